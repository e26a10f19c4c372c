#!/bin/sh
# tests/bench.sh - `make bench`: runs every tests/bench/*.sh with the
# program under test and prints their figures.  Not part of `make check`.
prog=${1:-build/annals}
status=0
for b in tests/bench/*.sh; do
  [ -f "$b" ] || continue
  echo "== $b"
  sh "$b" "$prog" || status=1
done
exit $status
