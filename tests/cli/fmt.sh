#!/bin/sh
# tests/cli/fmt.sh - `annals fmt`: canonical form in place, --check with a
# diff for CI, comments kept, files with errors left alone; and every
# event record of the repository is canonical.
. "$(dirname "$0")/../lib.sh"

A=$ANNALS

run "$A" fmt --help
expect_exit 0
expect_stdout_has "usage: annals fmt [--check] FILE...|-"
run "$A" fmt
expect_exit 2
expect_stderr_has "no files to format"
run "$A" fmt --frobnicate x.yaml
expect_exit 2
expect_stderr_has "usage: annals fmt"

# A hand-written file: fmt --check shows the diff and fails; fmt rewrites
# it (keeping its mode and comments); then --check passes.
cat > "$T/hand.yaml" <<'EOF'
# Niger, kept by hand
events:
  - title: Soldiers detain President Bazoum   # as AP put it
    date: 2023-07-26
    type: coerce
    actors: [Presidential Guard, Bazoum]
EOF
chmod 640 "$T/hand.yaml"
cp "$T/hand.yaml" "$T/orig.yaml"
run "$A" fmt --check "$T/hand.yaml"
expect_exit 1
expect_stdout_has "--- $T/hand.yaml"
expect_stdout_has "+++ $T/hand.yaml (formatted)"
expect_stdout_has "+- id: 2023-07-26-soldiers-detain-president-bazoum"
expect_stdout_has "-  - title: Soldiers detain President Bazoum   # as AP put it"
expect_stderr_has "$T/hand.yaml: error: not in canonical form ('annals fmt $T/hand.yaml' writes it)"
checks=$((checks + 1))
cmp -s "$T/hand.yaml" "$T/orig.yaml" || fail "fmt --check wrote the file"
run "$A" fmt "$T/hand.yaml"
expect_exit 0
expect_stdout_empty
expect_stderr_empty
cat > "$T/want.yaml" <<'EOF'
# Niger, kept by hand
annals: 1
events:
- id: 2023-07-26-soldiers-detain-president-bazoum
  date: 2023-07-26
  title: Soldiers detain President Bazoum # as AP put it
  type: coerce
  actors:
  - Presidential Guard
  - Bazoum
EOF
checks=$((checks + 1))
cmp -s "$T/hand.yaml" "$T/want.yaml" || {
  fail "fmt result differs"
  diff "$T/want.yaml" "$T/hand.yaml" >&2
}
checks=$((checks + 1))
[ "$(stat -c %a "$T/hand.yaml")" = 640 ] || fail "fmt changed the file mode"
run "$A" fmt --check "$T/hand.yaml"
expect_exit 0
expect_stdout_empty
# Formatting a canonical file again does not even rewrite it.
touch -d '2001-01-01' "$T/hand.yaml"
run "$A" fmt "$T/hand.yaml"
expect_exit 0
checks=$((checks + 1))
[ "$(stat -c %Y "$T/hand.yaml")" = "$(date -d 2001-01-01 +%s)" ] ||
  fail "fmt rewrote a canonical file"

# Standard input to standard output.
run_in "$T/orig.yaml" "$A" fmt -
expect_exit 0
checks=$((checks + 1))
cmp -s "$T/stdout" "$T/want.yaml" || fail "fmt - differs"

# A file with errors is left as it is, and says why.
printf 'events:\n- id: a\n  date: 07/28/2023\n  title: T\n  type: aid\n' \
  > "$T/bad.yaml"
cp "$T/bad.yaml" "$T/bad.orig"
run "$A" fmt "$T/bad.yaml"
expect_exit 1
expect_stderr_has "$T/bad.yaml:3:9: error: date '07/28/2023' is not written as YYYY-MM-DD: write 2023-07-28"
checks=$((checks + 1))
cmp -s "$T/bad.yaml" "$T/bad.orig" || fail "fmt changed a file with errors"
# So is one with a key the canonical form would drop.
printf 'events:\n- id: a\n  date: 2024\n  title: T\n  type: aid\n  url: x\n' \
  > "$T/unknown.yaml"
run "$A" fmt "$T/unknown.yaml"
expect_exit 1
expect_stderr_has "warning: unknown key 'url' in event (ignored)"
expect_stderr_has "not formatted: the canonical form has no place for the 1 unknown key above"

# Several files: each on its own, the worst status wins.
cp "$T/orig.yaml" "$T/two.yaml"
run "$A" fmt "$T/bad.yaml" "$T/two.yaml"
expect_exit 1
checks=$((checks + 1))
cmp -s "$T/two.yaml" "$T/want.yaml" || fail "fmt skipped the good file"

# Every event record in the repository is in canonical form: each YAML
# file `annals check` accepts.  The others are not records meant to be
# valid: the test inputs with errors (tests/yaml/invalid) and the
# extractor's data files (events/frames.yaml, events/gazetteer.yaml); nor
# are the inputs of the warning tests (tests/yaml/warn), whose point is a
# mistake fmt would write away.
n=0
skipped=0
for f in $(find events tests -name '*.yaml' | sort); do
  case "$f" in tests/yaml/warn/*) skipped=$((skipped + 1)); continue ;; esac
  if "$A" check "$f" > /dev/null 2>&1; then
    n=$((n + 1))
    run "$A" fmt --check "$f"
    expect_exit 0
  else
    skipped=$((skipped + 1))
    case "$f" in
      tests/yaml/invalid/*|events/frames.yaml|events/gazetteer.yaml) ;;
      *) fail "$f is neither a valid record nor a known exception" ;;
    esac
  fi
done
checks=$((checks + 1))
[ "$n" -ge 15 ] || fail "only $n records checked"
echo "fmt.sh: $n record files in canonical form ($skipped other YAML files: test inputs with errors or warnings, data files)"

finish
