#!/bin/sh
# tests/cli/extract.sh - `annals extract`: exit codes, output files, several
# inputs, stdin, user data files, determinism.  Needs $ANNALS.
LC_ALL=C
export LC_ALL
: "${ANNALS:?set ANNALS to the program under test}"
cd "$(dirname "$0")/../.." || exit 1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: extract.sh: $*"; fails=$((fails + 1)); }
# expect CODE CMD... : runs CMD, checks its exit code
expect() {
  want=$1
  shift
  "$@" >"$tmp/out" 2>"$tmp/err"
  got=$?
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, want $want: $(head -c 300 "$tmp/err")"
}

sample=events/examples/sample-article.txt

cat >"$tmp/a.txt" <<'TXT'
Last year, Iran carried out airstrikes in Balochistan against Jaish al-Adl.
Pakistan retaliated with airstrikes in Iran the same week.

India and Iran held talks in New Delhi on May 9, 2025.
TXT
cat >"$tmp/b.txt" <<'TXT'
Thousands of people protested in Tehran on May 20, 2025 against rising prices.
TXT

# --help on stdout, exit 0
expect 0 "$ANNALS" extract --help
grep -q '^usage: annals extract' "$tmp/out" || fail "--help prints no usage"
[ -s "$tmp/err" ] && fail "--help wrote to stderr"

# usage errors: exit 2 with a usage line on stderr
expect 2 "$ANNALS" extract --dct 2025-13-01 "$tmp/a.txt"
grep -q "invalid --dct '2025-13-01'" "$tmp/err" || fail "bad --dct message: $(cat "$tmp/err")"
grep -q '^usage: ' "$tmp/err" || fail "bad --dct prints no usage"
expect 2 "$ANNALS" extract --dct yesterday "$tmp/a.txt"
expect 2 "$ANNALS" extract --frobnicate "$tmp/a.txt"
expect 2 "$ANNALS" extract "$tmp/a.txt" -o

# unreadable input: exit 1 naming the file
expect 1 "$ANNALS" extract --dct 2025-05-27 "$tmp/missing.txt"
grep -q "missing.txt" "$tmp/err" || fail "missing file not named: $(cat "$tmp/err")"

# invalid UTF-8: exit 1 with a position
printf 'Iran struck.\n\377 bad\n' >"$tmp/bad.txt"
expect 1 "$ANNALS" extract --dct 2025-05-27 "$tmp/bad.txt"
grep -q "bad.txt:2:1: error: invalid UTF-8" "$tmp/err" || fail "utf-8 message: $(cat "$tmp/err")"

# a normal run: YAML on stdout, quiet stderr
expect 0 "$ANNALS" extract --dct 2025-05-27 "$tmp/a.txt"
[ -s "$tmp/err" ] && fail "extract is not quiet: $(cat "$tmp/err")"
grep -q '^annals: 1' "$tmp/out" || fail "no record header"
grep -q 'date: 2025-05-27' "$tmp/out" || fail "dct not written"
grep -q 'title: Iran strikes Jaish al-Adl in Balochistan' "$tmp/out" || fail "Iran strike missing"
grep -q 'date: 2025-05-09' "$tmp/out" || fail "May 9 talks missing"
grep -q 'date: 2024$' "$tmp/out" || fail "last year not resolved to 2024"
n=$(grep -c '^- id:' "$tmp/out")
[ "$n" -eq 3 ] || fail "want 3 events from a.txt, got $n"
cp "$tmp/out" "$tmp/first.yaml"

# same input, same bytes
expect 0 "$ANNALS" extract --dct 2025-05-27 "$tmp/a.txt"
cmp -s "$tmp/out" "$tmp/first.yaml" || fail "output differs between runs"

# stdin
expect 0 sh -c "\"$ANNALS\" extract --dct 2025-05-27 - < \"$tmp/a.txt\""
grep -q 'file: <stdin>' "$tmp/out" || fail "stdin not named <stdin>"

# several inputs give one timeline naming each file
expect 0 "$ANNALS" extract --dct 2025-05-27 "$tmp/a.txt" "$tmp/b.txt"
grep -q "file: $tmp/a.txt" "$tmp/out" || fail "a.txt not named"
grep -q "file: $tmp/b.txt" "$tmp/out" || fail "b.txt not named"
n=$(grep -c '^- id:' "$tmp/out")
[ "$n" -eq 4 ] || fail "want 4 events from two files, got $n"

# -o writes a file; refuses to overwrite without --force
expect 0 "$ANNALS" extract --dct 2025-05-27 -o "$tmp/out.yaml" "$tmp/a.txt"
[ -s "$tmp/out" ] && fail "-o also wrote to stdout"
cmp -s "$tmp/out.yaml" "$tmp/first.yaml" || fail "-o file differs from stdout output"
echo 'hand edited' >"$tmp/out.yaml"
expect 1 "$ANNALS" extract --dct 2025-05-27 -o "$tmp/out.yaml" "$tmp/a.txt"
grep -q 'out.yaml' "$tmp/err" || fail "no-clobber message does not name the file"
[ "$(cat "$tmp/out.yaml")" = "hand edited" ] || fail "existing file was overwritten"
expect 0 "$ANNALS" extract --dct 2025-05-27 --force -o "$tmp/out.yaml" "$tmp/a.txt"
cmp -s "$tmp/out.yaml" "$tmp/first.yaml" || fail "--force did not replace the file"
# never over an input, even with --force
cp "$tmp/a.txt" "$tmp/keep.txt"
expect 1 "$ANNALS" extract --dct 2025-05-27 --force -o "$tmp/keep.txt" "$tmp/keep.txt"
cmp -s "$tmp/keep.txt" "$tmp/a.txt" || fail "input was overwritten"
ls "$tmp" | grep -q '\.tmp' && fail "temporary file left behind"

# user gazetteer and lexicon
printf 'The Ruritanian army zapped Strelsau on March 3, 2024.\n' >"$tmp/r.txt"
cat >"$tmp/g.yaml" <<'YAML'
- {name: Ruritania, kind: country, aliases: [Ruritanian]}
- {name: Strelsau, kind: city, country: Ruritania, capital: true}
YAML
cat >"$tmp/l.yaml" <<'YAML'
- {lemma: zap, pos: verb, type: fight, title: zap}
YAML
expect 0 "$ANNALS" extract --dct 2024-06-01 "$tmp/r.txt"
grep -q '^events: \[\]' "$tmp/out" || fail "unknown words made an event"
expect 0 "$ANNALS" extract --dct 2024-06-01 -g "$tmp/g.yaml" --lexicon "$tmp/l.yaml" "$tmp/r.txt"
grep -q 'title: Ruritania zaps' "$tmp/out" || fail "user data not used: $(cat "$tmp/out")"
printf -- '- name: X\n  kind: planet\n' >"$tmp/badg.yaml"
expect 1 "$ANNALS" extract --dct 2024-06-01 --gazetteer "$tmp/badg.yaml" "$tmp/r.txt"
grep -q "badg.yaml:1:3: error: unknown kind 'planet'" "$tmp/err" || fail "bad gazetteer message: $(cat "$tmp/err")"
expect 1 "$ANNALS" extract --lexicon "$tmp/nothere.yaml" "$tmp/r.txt"

# without --dct: the dateline of the sample article is the DCT
expect 0 "$ANNALS" extract "$sample"
grep -q 'how: dateline' "$tmp/out" || fail "dateline not used as DCT"
grep -q 'date: 2025-03-14' "$tmp/out" || fail "dateline date missing"

# the headline becomes the chart title; the source note names the inputs
grep -q '^title: Gulf Leaders Meet In Doha' "$tmp/out" || fail "headline is not the title"
grep -q "^source: 'Source: sample-article.txt (events extracted by annals)'" "$tmp/out" || fail "no source note (the file name, without its folders)"
printf 'Iran struck targets in Pakistan on January 16, 2024.\n' >"$tmp/one.txt"
expect 0 "$ANNALS" extract "$tmp/one.txt"
grep -q '^title:' "$tmp/out" && fail "a sentence was taken for a headline"

# a byte-order mark is no text: the dateline after it is still one, the
# headline still the title, and offsets still count the file's bytes
printf '\357\273\277LIMA (Wire) - Peru recalled its ambassador from Chile on Monday.\n' >"$tmp/bom.txt"
expect 0 "$ANNALS" extract --dct 2024-05-10 "$tmp/bom.txt"
grep -q 'text: Peru recalled' "$tmp/out" || fail "the dateline after a byte-order mark is read as prose: $(grep text: "$tmp/out")"
grep -q 'offset: 17$' "$tmp/out" || fail "offsets after a byte-order mark: $(grep offset: "$tmp/out")"
printf '\357\273\277Border Row\n\nPeru recalled its ambassador from Chile on Monday.\n' >"$tmp/bom.txt"
expect 0 "$ANNALS" extract --dct 2024-05-10 "$tmp/bom.txt"
grep -q '^title: Border Row' "$tmp/out" || fail "a headline after a byte-order mark is not the title"

# a force told by a verb whose own subject is a deed's noun is as sure as
# that noun, though no one is named: it passes a demanding filter
printf 'A drone strike hit a bus station in Kherson on Friday.\n' >"$tmp/strike.txt"
expect 0 "$ANNALS" extract --dct 2024-05-10 --min-confidence 0.6 "$tmp/strike.txt"
grep -q 'bus station' "$tmp/out" || fail "a drone strike that hit a station is not sure: $(cat "$tmp/err")"

# the output is a valid record
"$ANNALS" extract --dct 2025-05-27 -o "$tmp/c.yaml" "$sample" 2>/dev/null
"$ANNALS" check "$tmp/c.yaml" >/dev/null 2>"$tmp/cerr" || fail "extract output does not pass check: $(cat "$tmp/cerr")"

[ "$fails" -eq 0 ] || exit 1
echo "extract.sh: ok"
