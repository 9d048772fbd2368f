#!/usr/bin/env bash
# Starts Permanence on its embedded default: a SQLite file (permanence.db) seeded with the demo
# region. Prints the address to open and the demo sign-ins.
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project src/Permanence.Web --launch-profile Permanence "$@"
