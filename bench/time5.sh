#!/bin/bash
# Runs a command five times under /usr/bin/time and prints each run's wall clock, CPU (user + system),
# peak memory and, for `permanence ssda903 validate`, its own read/validate/report split; then the
# median wall clock and the load average (docs/performance.md quotes these lines).
# usage: bench/time5.sh <label> <command...>
label=$1; shift
times=$(mktemp -d)
for i in 1 2 3 4 5; do
  /usr/bin/time -f "%e %U %S %M" -o "$times/t.$i" "$@" > /dev/null 2> "$times/err.$i"
  read -r wall user sys rss < <(tail -1 "$times/t.$i")
  phase=$(grep -o "in [0-9.]* s: read.*" "$times/err.$i")
  echo "$label run $i: wall $wall s, cpu $(echo "$user + $sys" | bc) s, peak ${rss} KB; $phase"
done
echo "$label median wall: $(for i in 1 2 3 4 5; do tail -1 "$times/t.$i" | cut -d' ' -f1; done | sort -n | sed -n 3p) s; load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -r "$times"
