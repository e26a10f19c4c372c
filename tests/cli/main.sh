#!/bin/sh
# tests/cli/main.sh - the program's top level: help, version, unknown
# commands, exit codes and the standard output close check.
. "$(dirname "$0")/../lib.sh"

run "$ANNALS" --help
expect_exit 0
expect_stdout_has "usage: annals COMMAND"
expect_stdout_has "Exit status"
expect_stderr_empty

run "$ANNALS" -h
expect_exit 0

run "$ANNALS" --version
expect_exit 0
expect_stdout_has "annals "

run "$ANNALS"
expect_exit 2
expect_stderr_has "usage: annals"
expect_stdout_empty

run "$ANNALS" frobnicate
expect_exit 2
expect_stderr_has "unknown command 'frobnicate'"

for c in check dates extract render; do
  run "$ANNALS" $c --help
  expect_exit 0
  expect_stdout_has "usage: annals $c"
  run "$ANNALS" $c --no-such-option
  expect_exit 2
  expect_stderr_has "annals $c"
done

# A full disk on standard output is an error, not a silent success.
if [ -w /dev/full ]; then
  "$ANNALS" --help > /dev/full 2> "$T/err"
  rc=$?
  [ $rc -eq 1 ] || fail "--help > /dev/full: exit $rc, want 1"
  grep -q "cannot write standard output" "$T/err" || fail "no message for /dev/full"
fi

finish
