# tests/lib.sh - tiny assertion helpers for the CLI test scripts.
# Source it; it sets T (a temporary directory removed at exit) and provides
# run, expect_exit, expect_stdout_has, expect_stderr_has, ... and finish.
: "${ANNALS:?set ANNALS to the annals program}"
LC_ALL=C
export LC_ALL
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
failures=0
checks=0
name=$(basename "$0")

fail() {
  failures=$((failures + 1))
  echo "$name: FAIL: $*" >&2
  if [ -n "${last_cmd:-}" ]; then
    echo "  command: $last_cmd" >&2
    echo "  exit: $last_rc" >&2
    echo "  stderr: $(head -c 600 "$T/stderr")" >&2
  fi
}

# run CMD ARGS... : runs with stdout/stderr captured in $T/stdout, $T/stderr.
run() {
  last_cmd="$*"
  "$@" > "$T/stdout" 2> "$T/stderr"
  last_rc=$?
}

# run_in INPUTFILE CMD ARGS... : same, with standard input from a file.
run_in() {
  in=$1
  shift
  last_cmd="$* < $in"
  "$@" < "$in" > "$T/stdout" 2> "$T/stderr"
  last_rc=$?
}

expect_exit() {
  checks=$((checks + 1))
  [ "$last_rc" -eq "$1" ] || fail "exit $last_rc, want $1"
}
expect_stdout_has() {
  checks=$((checks + 1))
  grep -qF -- "$1" "$T/stdout" || fail "stdout lacks '$1'"
}
expect_stderr_has() {
  checks=$((checks + 1))
  grep -qF -- "$1" "$T/stderr" || fail "stderr lacks '$1'"
}
expect_stdout_empty() {
  checks=$((checks + 1))
  [ ! -s "$T/stdout" ] || fail "stdout not empty"
}
expect_stderr_empty() {
  checks=$((checks + 1))
  [ ! -s "$T/stderr" ] || fail "stderr not empty"
}

finish() {
  if [ "$failures" -ne 0 ]; then
    echo "$name: $failures of $checks checks failed" >&2
    exit 1
  fi
  echo "$name: $checks checks passed"
  exit 0
}
