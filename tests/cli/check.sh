#!/bin/sh
# tests/cli/check.sh - `annals check`: exit codes, streams and messages.
# Run from the repository root with ANNALS set to the program under test.
LC_ALL=C
export LC_ALL
: "${ANNALS:?set ANNALS to the annals program}"
[ -x "$ANNALS" ] || { echo "check.sh: $ANNALS is not a program"; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/annals-check.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
n=0

fail() {
  echo "FAIL: $*"
  fails=$((fails + 1))
}

# run EXPECTED_EXIT ARGS...: runs annals, keeps stdout and stderr.
run() {
  want=$1
  shift
  n=$((n + 1))
  "$ANNALS" "$@" >"$tmp/out" 2>"$tmp/err"
  got=$?
  if [ "$got" -ne "$want" ]; then
    fail "annals $* exited $got, expected $want"
    sed 's/^/  stderr: /' "$tmp/err"
  fi
}

# contains FILE TEXT: FILE holds the fixed string TEXT.
contains() {
  grep -qF -- "$2" "$1" || {
    fail "$1 lacks '$2'"
    sed 's/^/  | /' "$1"
  }
}

empty() {
  [ -s "$1" ] && {
    fail "$1 should be empty"
    sed 's/^/  | /' "$1"
  }
  return 0
}

valid=tests/yaml/valid/full-record.yaml
warn=tests/yaml/warn/unknown-key-event.yaml

# --help goes to stdout, exit 0.
run 0 check --help
contains "$tmp/out" "usage: annals check"
contains "$tmp/out" "--strict"
empty "$tmp/err"

# Usage errors: exit 2, short usage on stderr, nothing on stdout.
run 2 check
contains "$tmp/err" "usage: annals check"
contains "$tmp/err" "no files to check"
empty "$tmp/out"
run 2 check --no-such-option "$valid"
contains "$tmp/err" "unknown option '--no-such-option'"
contains "$tmp/err" "try 'annals check --help'"
empty "$tmp/out"
run 2 check -z "$valid"
contains "$tmp/err" "usage: annals check"

# A valid file: quiet by default.
run 0 check "$valid"
empty "$tmp/out"
empty "$tmp/err"
run 0 check --quiet "$valid"
empty "$tmp/out"

# --summary: one line per file on stdout.
run 0 check --summary "$valid" tests/yaml/valid/empty-events.yaml
contains "$tmp/out" \
  "$valid: 4 events, 2025-04-22 .. 2025-05-10 (0 warnings)"
contains "$tmp/out" "tests/yaml/valid/empty-events.yaml: 0 events (1 warning)"
[ "$(wc -l <"$tmp/out")" -eq 2 ] || fail "--summary: expected 2 lines"
contains "$tmp/err" "tests/yaml/valid/empty-events.yaml:3:9: warning: no events"

# Warnings do not fail, unless --strict.
run 0 check "$warn"
contains "$tmp/err" "$warn:5:3: warning: unknown key 'titel' in event"
run 1 check --strict "$warn"
contains "$tmp/err" "$warn:5:3: warning:"
run 1 check "$warn" --strict --summary
empty "$tmp/out"

# Invalid files: exit 1, FILE:LINE:COLUMN on stderr, sorted by position.
run 1 check tests/yaml/invalid/month-13.yaml
msg="error: month 13 out of range in date '2024-13-02'"
contains "$tmp/err" "tests/yaml/invalid/month-13.yaml:4:14: $msg"
empty "$tmp/out"
run 1 check tests/yaml/invalid/many-errors.yaml
[ "$(grep -c ': error: ' "$tmp/err")" -eq 4 ] ||
  fail "many-errors: want 4 errors"
sed 's/^[^:]*:\([0-9]*\):.*/\1/' "$tmp/err" >"$tmp/lines"
sort -n "$tmp/lines" | cmp -s - "$tmp/lines" || fail "errors not sorted by line"

# One bad file among good ones: every file is checked, exit 1.
run 1 check --summary "$valid" tests/yaml/invalid/type-typo.yaml \
  tests/yaml/valid/minimal.yaml
contains "$tmp/out" "$valid: 4 events"
contains "$tmp/out" "tests/yaml/valid/minimal.yaml: 1 event,"
msg="error: unknown event type 'fihgt' (did you mean 'fight'?)"
contains "$tmp/err" "type-typo.yaml:6:9: $msg"

# Standard input as "-", named <stdin>.
n=$((n + 1))
"$ANNALS" check --summary - <"$valid" >"$tmp/out" 2>"$tmp/err" ||
  fail "stdin: valid input rejected"
contains "$tmp/out" "<stdin>: 4 events"
n=$((n + 1))
printf 'events:\n- id: a\n  date: 2024-02-30\n  title: T\n  type: aid\n' |
  "$ANNALS" check - >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] || fail "stdin: invalid input accepted"
msg="error: day 30 out of range in date '2024-02-30'"
contains "$tmp/err" "<stdin>:3:17: $msg"

# A directory and a missing file: exit 1, named in the message.
run 1 check tests/yaml
contains "$tmp/err" "tests/yaml"
contains "$tmp/err" "directory"
run 1 check "$tmp/no-such-file.yaml"
contains "$tmp/err" "no-such-file.yaml"

# Binary and hostile inputs end with exit 1, never a crash.
for f in bad-utf8-title nul-byte utf16-bom alias-bomb deep-nesting; do
  run 1 check "tests/yaml/invalid/$f.yaml"
  contains "$tmp/err" "tests/yaml/invalid/$f.yaml:"
done

# check never writes to its inputs.
cp "$valid" "$tmp/copy.yaml"
run 0 check "$tmp/copy.yaml"
cmp -s "$valid" "$tmp/copy.yaml" || fail "check changed its input"

echo "check.sh: $n runs, $fails failures"
[ "$fails" -eq 0 ]
