#!/usr/bin/env bash
# Runs the unit, integration and renderer tests (Vitest) with the system clock set to other
# instants by Debian's faketime (libfaketime), so a test that assumes "today", a time of day,
# a DST change or a leap day fails here rather than on one day of the year. Instants are UTC;
# time runs on from each. Usage: scripts/test-at-instants.sh ["YYYY-MM-DD HH:MM:SS" ...]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -eq 0 ]; then
  # Europe's spring-forward night, and a leap day that is already 1 March in Brussels.
  set -- '2027-03-28 00:30:00' '2028-02-29 23:30:00'
fi
command -v faketime >/dev/null || {
  echo "faketime is not installed (Debian package faketime)" >&2
  exit 1
}

for instant in "$@"; do
  echo "== Vitest at ${instant} UTC (faketime)"
  # Timers keep the real monotonic clock; only the wall clock (Date.now) moves.
  TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1 faketime "$instant" npx vitest run
done
