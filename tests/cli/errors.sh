#!/bin/sh
# tests/cli/errors.sh - the error catalogue: bad inputs and misuses, each
# with its exact exit status (1 input or processing error, 2 usage) and a
# message that names the file, with LINE:COLUMN where there is one.
# Nothing is written outside $T; "disk full" uses a private device node
# ($T/full, like /dev/full), never /dev/full itself.
. "$(dirname "$0")/../lib.sh"

A=$ANNALS
n_cases=0
# bad WANT_EXIT CMD... : one catalogue case (stdin from /dev/null).
bad() {
  n_cases=$((n_cases + 1))
  want=$1
  shift
  run_in /dev/null "$@"
  expect_exit "$want"
  expect_stdout_empty
  if [ "$want" -eq 2 ]; then
    expect_stderr_has "usage: annals"
    expect_stderr_has "--help"
  fi
}

EX="$T/ok.yaml"
cat > "$EX" <<'EOF'
title: Two events
events:
- id: talks
  date: 2025-03-03
  title: Foreign ministers meet in Geneva
  type: consult
  actors: [Iran, Oman]
- id: strike
  date: 2025-02-27
  title: Missile strike near the border
  type: fight
EOF
TXT="$T/article.txt"
cat > "$TXT" <<'EOF'
Iran and Oman held talks in Muscat on March 3, 2025. Pakistan condemned
the strike on February 27, 2025, officials said.
EOF
mkdir "$T/dir"

# ---- files that cannot be read ---------------------------------------

for c in check extract dates render; do
  bad 1 "$A" $c "$T/missing.yaml"
  expect_stderr_has "cannot open '$T/missing.yaml': No such file or directory"
  bad 1 "$A" $c "$T/dir"
  expect_stderr_has "$T/dir"
  expect_stderr_has "directory"
done
bad 1 "$A" extract --gazetteer "$T/missing-gaz.yaml" "$TXT"
expect_stderr_has "cannot open '$T/missing-gaz.yaml'"
bad 1 "$A" extract --lexicon "$T/dir" "$TXT"
expect_stderr_has "$T/dir"

# Permission denied.  Root reads everything whatever the mode, so as root
# the case runs as user nobody (setpriv); without either it is skipped.
printf 'events: []\n' > "$T/secret.yaml"
chmod 000 "$T/secret.yaml"
if [ "$(id -u)" -ne 0 ]; then
  bad 1 "$A" check "$T/secret.yaml"
  expect_stderr_has "cannot open '$T/secret.yaml': Permission denied"
elif command -v setpriv > /dev/null 2>&1 &&
  setpriv --reuid=65534 --regid=65534 --clear-groups true 2> /dev/null &&
  setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$A"; then
  # $T itself is private (mode 700): nobody cannot even reach the file.
  bad 1 setpriv --reuid=65534 --regid=65534 --clear-groups \
    "$A" check "$T/secret.yaml"
  expect_stderr_has "cannot open '$T/secret.yaml': Permission denied"
  bad 1 setpriv --reuid=65534 --regid=65534 --clear-groups \
    "$A" extract "$T/secret.yaml"
  expect_stderr_has "Permission denied"
else
  echo "errors.sh: running as root without setpriv: permission case skipped"
fi

# ---- outputs that cannot be written ----------------------------------

bad 1 "$A" render -T svg -o "$T/no/such/dir/out.svg" "$EX"
expect_stderr_has "cannot write '$T/no/such/dir/out.svg'"
bad 1 "$A" extract -o "$T/no/such/dir/out.yaml" "$TXT"
expect_stderr_has "cannot write '$T/no/such/dir/out.yaml'"
bad 1 "$A" render -T svg -o "$T/dir" "$EX"
expect_stderr_has "$T/dir"
# Output onto the input file: refused, the input left as it was.
cp "$EX" "$T/same.yaml"
bad 1 "$A" render -T json -o "$T/same.yaml" "$T/same.yaml"
expect_stderr_has "refusing to overwrite input file '$T/same.yaml'"
checks=$((checks + 1))
cmp -s "$EX" "$T/same.yaml" || fail "render -o INPUT changed the input"
cp "$TXT" "$T/same.txt"
bad 1 "$A" extract --force -o "$T/same.txt" "$T/same.txt"
expect_stderr_has "refusing to overwrite input file '$T/same.txt'"
checks=$((checks + 1))
cmp -s "$TXT" "$T/same.txt" || fail "extract -o INPUT changed the input"
# The same file through another name (a hard link) is still the input.
ln "$T/same.txt" "$T/link.txt"
bad 1 "$A" extract --force -o "$T/link.txt" "$T/same.txt"
expect_stderr_has "refusing to overwrite input file"
# extract -o onto an existing file without --force.
echo "precious" > "$T/old.yaml"
bad 1 "$A" extract -o "$T/old.yaml" "$TXT"
expect_stderr_has "refusing to overwrite existing file '$T/old.yaml' (use --force)"
checks=$((checks + 1))
[ "$(cat "$T/old.yaml")" = precious ] || fail "extract -o clobbered a file"

# Disk full, on a private full device (character device 1,7) so that a
# bug can never replace the system's /dev/full.
if mknod "$T/full" c 1 7 2> /dev/null && ! echo x 2> /dev/null > "$T/full"
then
  for f in json svg png pdf; do
    bad 1 "$A" render -T $f -o "$T/full" "$EX"
    expect_stderr_has "cannot write '$T/full'"
    checks=$((checks + 1))
    [ -c "$T/full" ] || fail "render -o DEVICE replaced the device node"
  done
  bad 1 "$A" extract --force -o "$T/full" "$TXT"
  expect_stderr_has "cannot write '$T/full'"
  checks=$((checks + 1))
  [ -c "$T/full" ] || fail "extract -o DEVICE replaced the device node"
else
  echo "errors.sh: cannot make a full device here: disk-full cases skipped"
fi
if [ -w /dev/full ]; then
  # Standard output on a full disk (the shell opens /dev/full itself).
  n_cases=$((n_cases + 1))
  "$A" extract "$TXT" > /dev/full 2> "$T/stderr"
  last_rc=$?
  expect_exit 1
  expect_stderr_has "cannot write standard output"
fi

# ---- usage errors: exit 2 --------------------------------------------

for c in check extract dates render; do
  bad 2 "$A" $c --no-such-option "$EX"
  expect_stderr_has "'--no-such-option'"
done
bad 2 "$A" extract --dct
expect_stderr_has "'--dct'"
for d in 2025-13-01 yesterday 2025-02-30 25-01-01 2025-01-01T10:00 ''; do
  bad 2 "$A" extract --dct "$d" "$TXT"
  expect_stderr_has "invalid --dct '$d'"
done
for d in 2025-02-30 yesterday; do
  bad 2 "$A" dates --dct "$d" "$TXT"
  expect_stderr_has "invalid --dct '$d'"
done
bad 2 "$A" dates --format xml "$TXT"
expect_stderr_has "'xml'"
bad 2 "$A" dates "$TXT" "$TXT"
bad 2 "$A" render -T gif "$EX"
expect_stderr_has "'gif'"
expect_stderr_has "svg, png, pdf"
bad 2 "$A" render -T
bad 2 "$A" render --width 1e9 "$EX"
expect_stderr_has "'1e9'"
bad 2 "$A" render --width abc "$EX"
expect_stderr_has "'abc'"
bad 2 "$A" render --width 199 "$EX"
bad 2 "$A" render -T png -o "$T/x.png" --scale 0 "$EX"
expect_stderr_has "'0'"
bad 2 "$A" render --theme neon "$EX"
expect_stderr_has "'neon'"
bad 2 "$A" render --lanes colour "$EX"
expect_stderr_has "'colour'"
bad 2 "$A" check
bad 2 "$A" render
bad 2 "$A" frobnicate
expect_stderr_has "'frobnicate'"

# ---- bad YAML: exit 1, FILE:LINE:COLUMN: error: message ---------------

# yaml NAME 'printf format' 'expected message' : check and render agree.
yaml() {
  printf "$2" > "$T/$1.yaml"
  bad 1 "$A" check "$T/$1.yaml"
  expect_stderr_has "$T/$1.yaml:$3"
}
yaml badmonth 'events:\n- id: a\n  date: 2024-13-02\n  title: x\n  type: fight\n' \
  "3:14: error: month 13 out of range in date '2024-13-02'"
yaml feb30 'events:\n- id: a\n  date: 2025-02-30\n  title: x\n  type: fight\n' \
  "3:17: error: day 30 out of range in date '2025-02-30'"
yaml backwards 'events:\n- id: a\n  date: 2025-05-10/2025-05-07\n  title: x\n  type: fight\n' \
  "3:20: error: interval ends before it starts"
yaml badtype 'events:\n- id: a\n  date: 2024-01-02\n  title: x\n  type: fihgt\n' \
  "5:9: error: unknown event type 'fihgt' (did you mean 'fight'?)"
yaml dupid 'events:\n- id: a\n  date: 2024\n  title: x\n  type: fight\n- id: a\n  date: 2025\n  title: y\n  type: fight\n' \
  "6:7: error: duplicate id 'a' (first used at line 2)"
yaml badid 'events:\n- id: Iran Strikes\n  date: 2024\n  title: x\n  type: fight\n' \
  "2:7: error: invalid id 'Iran Strikes'"
yaml notitle 'events:\n- id: a\n  date: 2024\n  type: fight\n' \
  "2:3: error: event has no 'title'"
yaml conf 'events:\n- id: a\n  date: 2024\n  title: x\n  type: fight\n  confidence: 1.5\n' \
  "6:15: error: confidence '1.5'"
yaml approx 'events:\n- id: a\n  date: 2024\n  title: x\n  type: fight\n  approximate: maybe\n' \
  "6:16: error: 'approximate' must be true or false, not 'maybe'"
yaml quote 'events:\n- id: a\n  date: "2024\n  title: x\n' \
  "3:9: error: the quote \" that starts this value is never closed"
yaml indent 'events:\n- id: a\n  date: 2024\n   title: x\n' \
  "4:4: error: 'title' is indented more than 'date' on the line above"
yaml version 'annals: 2\nevents: []\n' \
  "1:9: error: unsupported record version '2'"
yaml empty '' "1:1: error: empty file"
yaml binary '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\003\000>\000' \
  "1:8: error: NUL byte"
yaml nul 'events:\n- id: a\n  date: 2024\n  title: "a\000b"\n  type: fight\n' \
  "4:12: error: NUL byte"
# render reports the same positions through its own loader.
bad 1 "$A" render -T json "$T/badmonth.yaml"
expect_stderr_has "$T/badmonth.yaml:3:14: error: month 13 out of range"
bad 1 "$A" render -T json "$EX" "$T/dupid.yaml"
expect_stderr_has "$T/dupid.yaml:6:7: error: duplicate id 'a'"

# ---- bad text --------------------------------------------------------

printf 'Iran struck Israel on May 9, 2025.\n\377\376 binary\n' > "$T/bin.txt"
bad 1 "$A" extract "$T/bin.txt"
expect_stderr_has "$T/bin.txt:2:1: error: invalid UTF-8"
bad 1 "$A" dates "$T/bin.txt"
expect_stderr_has "$T/bin.txt:2:1: error:"
bad 1 "$A" extract --gazetteer "$T/badmonth.yaml" "$TXT"
expect_stderr_has "$T/badmonth.yaml:1:1: error:"
printf -- '- {name: Ruritania, kind: planet}\n' > "$T/gaz.yaml"
bad 1 "$A" extract --gazetteer "$T/gaz.yaml" "$TXT"
expect_stderr_has "$T/gaz.yaml:1:"
# Empty input is not an error: no events.
: > "$T/empty.txt"
run "$A" extract "$T/empty.txt"
expect_exit 0
expect_stdout_has "events: []"

checks=$((checks + 1))
[ "$n_cases" -ge 40 ] || fail "only $n_cases catalogue cases (want >= 40)"
echo "errors.sh: $n_cases catalogue cases"
finish
