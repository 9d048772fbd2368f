#!/usr/bin/env bash
# Runs every test of Permanence: domain and SSDA903 unit tests, the web tests on SQLite and
# then again on a real, throwaway PostgreSQL server, and the browser tests in headless Chromium.
# Installs what it needs from Debian's packages and npm. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/.test-output/results"
rm -rf "$results"; mkdir -p "$results"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need_apt=()
command -v pg_ctl >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing from Debian: ${need_apt[*]}"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
fi
(cd tests/Permanence.EndToEndTests && npm ci --no-audit --no-fund --silent) || { echo "npm ci failed"; exit 1; }

# A throwaway PostgreSQL: its own folder, a free port on 127.0.0.1, no durability (tests only).
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)")
pgdir=$(mktemp -d /tmp/permanence-pg.XXXXXX)
chown postgres "$pgdir" 2>/dev/null || true
pguser=postgres; [ "$(id -u)" = 0 ] || pguser=$(id -un)
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgport=""
for candidate in $(shuf -i 40000-59999 -n 50); do   # a port nothing answers on
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pgport=$candidate; break; fi
done
[ -n "$pgport" ] || { echo "No free port for PostgreSQL"; exit 1; }
run_pg "$pgbin/initdb" -D "$pgdir/data" -U "$pguser" -A trust >/dev/null || { echo "initdb failed"; exit 1; }
run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || { echo "PostgreSQL did not start:"; cat "$pgdir/log"; exit 1; }
stop_pg() { run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"; }
trap stop_pg EXIT
postgres="Host=127.0.0.1;Port=$pgport;Username=$pguser;Pooling=true"

dotnet build Permanence.slnx -c Release -v quiet -nologo 2>&1 | grep -E "error|Warn|Elapsed" ; build=${PIPESTATUS[0]}
[ "$build" = 0 ] || { echo "The build failed."; echo "0 passed, 1 failed"; exit 1; }

status=0
run() { # name, project, environment...
  local name=$1 project=$2; shift 2
  echo "== $name"
  env "$@" dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 \
    | grep -E "^(Passed|Failed)!|\[FAIL\]|Error Message|^\s+(Assert|Expected|Actual)" | head -n 200
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
}

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  case "$name" in
    Permanence.TestCommon) ;;
    Permanence.Web.Tests|Permanence.Cli.Tests)
      run "$name.sqlite" "$project" PERMANENCE_TEST_DATABASE=sqlite
      run "$name.postgres" "$project" PERMANENCE_TEST_DATABASE=postgres "PERMANENCE_TEST_POSTGRES=$postgres" ;;
    *) run "$name" "$project" PERMANENCE_TEST_DATABASE=sqlite ;;
  esac
done

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
[ "$status" = 0 ] || [ "$failed" -gt 0 ] || failed=1   # a run that died without a result file still fails
echo "Screenshots: $root/.test-output/screenshots"
echo "$passed passed, $failed failed"
[ "$status" = 0 ] && [ "$failed" = 0 ]
