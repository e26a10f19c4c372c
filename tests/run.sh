#!/bin/sh
# tests/run.sh - runs test programs and scripts, prints one summary line.
#   sh tests/run.sh build/tests/test_date ... tests/cli/check.sh ...
# Environment: ANNALS (the program under test), VALGRIND (a command prefix
# for the unit runners, set by `make valgrind`).
LC_ALL=C
export LC_ALL
pass=0
fail=0
failed=""
for t in "$@"; do
  case "$t" in
    *.sh) sh "$t" ;;
    *) $VALGRIND "$t" ;;
  esac
  rc=$?
  if [ $rc -eq 0 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    failed="$failed $t(exit $rc)"
    echo "FAIL: $t (exit $rc)"
  fi
done
echo
[ -n "$failed" ] && echo "failed suites:$failed"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
