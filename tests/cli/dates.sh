#!/bin/sh
# tests/cli/dates.sh - `annals dates`: formats, exit codes, bad options,
# invalid UTF-8, CRLF, standard input and piecewise reading.
# Needs ANNALS (the program).  Exits non-zero on the first failure.
set -u
: "${ANNALS:?set ANNALS to the annals program}"
LC_ALL=C
export LC_ALL
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "dates.sh: FAIL: $*" >&2; fails=$((fails + 1)); }

# expect_rc CODE CMD... : runs CMD with stdout/stderr to $tmp/out, $tmp/err
expect_rc() {
  code=$1; shift
  "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  [ "$rc" -eq "$code" ] || fail "exit $rc (wanted $code): $*: $(head -c 300 "$tmp/err")"
}

printf 'Iran carried out strikes last year, officials said.\n' >"$tmp/a.txt"

# jsonl, the default format: exact line
expect_rc 0 "$ANNALS" dates --dct 2025-05-27 "$tmp/a.txt"
want='{"start": 25, "end": 34, "text": "last year", "type": "DATE", "value": "2024", "anchor": "document"}'
[ "$(cat "$tmp/out")" = "$want" ] || fail "jsonl line: $(cat "$tmp/out")"
[ -s "$tmp/err" ] && fail "jsonl wrote to stderr: $(cat "$tmp/err")"

# explicit --format jsonl gives the same
expect_rc 0 "$ANNALS" dates --dct 2025-05-27 --format jsonl "$tmp/a.txt"
[ "$(cat "$tmp/out")" = "$want" ] || fail "--format jsonl differs"

# yaml: dct header then the list
expect_rc 0 "$ANNALS" dates --dct 2025-05-27 --format yaml "$tmp/a.txt"
grep -q '^dct:$' "$tmp/out" || fail "yaml: no dct header"
grep -q '^  date: 2025-05-27$' "$tmp/out" || fail "yaml: no dct date"
grep -q '^  how: given$' "$tmp/out" || fail "yaml: no dct how"
grep -q '^  - start: 25$' "$tmp/out" || fail "yaml: no item"
grep -q '^    value: "2024"$' "$tmp/out" || fail "yaml: value not quoted"

# anchor: the offset of the date a story's partial date took its year from;
# none for an explicit date
printf 'In 1950 the rebels took the hills, and in 1951 the plain.\n\nIn June they reached the sea.\n' >"$tmp/story.txt"
expect_rc 0 "$ANNALS" dates --dct 2025-05-27 "$tmp/story.txt"
grep -q '"text": "June", "type": "DATE", "value": "1951-06", "anchor": 42}' "$tmp/out" ||
  fail "jsonl: story anchor: $(cat "$tmp/out")"
grep -q '"value": "1950"}' "$tmp/out" || fail "jsonl: explicit date has an anchor"
expect_rc 0 "$ANNALS" dates --dct 2025-05-27 --format yaml "$tmp/story.txt"
grep -q '^    anchor: 42$' "$tmp/out" || fail "yaml: no story anchor"

# yaml with nothing found
printf 'No dates here at all.\n' >"$tmp/none.txt"
expect_rc 0 "$ANNALS" dates --format yaml "$tmp/none.txt"
grep -q '^timexes: \[\]$' "$tmp/out" || fail "yaml: empty list"
grep -q '^  how: none$' "$tmp/out" || fail "yaml: no dct should say none"

# text: one line per expression, the DCT on stderr
expect_rc 0 "$ANNALS" dates --dct 2025-05-27 --format text "$tmp/a.txt"
grep -q 'last year' "$tmp/out" || fail "text: no expression"
grep -q 'dct 2025-05-27' "$tmp/err" || fail "text: no dct line on stderr"

# DCT inference from a publication line, reported in yaml
printf 'Published: May 27, 2025\n\nThe vote was held yesterday.\n' >"$tmp/pub.txt"
expect_rc 0 "$ANNALS" dates --format yaml "$tmp/pub.txt"
grep -q '^  how: dateline$' "$tmp/out" || fail "inference: how"
grep -q '"2025-05-26"' "$tmp/out" || fail "inference: yesterday"

# standard input
expect_rc 0 sh -c "'$ANNALS' dates --dct 2025-05-27 - <'$tmp/a.txt'"
[ "$(cat "$tmp/out")" = "$want" ] || fail "stdin output differs"

# --day-first
printf 'Signed on 05/09/2025.\n' >"$tmp/num.txt"
expect_rc 0 "$ANNALS" dates "$tmp/num.txt"
grep -q '"value": "2025-05-09"' "$tmp/out" || fail "month-first default"
expect_rc 0 "$ANNALS" dates --day-first "$tmp/num.txt"
grep -q '"value": "2025-09-05"' "$tmp/out" || fail "--day-first"

# help and usage errors
expect_rc 0 "$ANNALS" dates --help
grep -q '^usage: annals dates' "$tmp/out" || fail "--help on stdout"
grep -q 'day-first' "$tmp/out" || fail "--help documents --day-first"
expect_rc 2 "$ANNALS" dates --dct 2025-13-01 "$tmp/a.txt"
grep -q "invalid --dct '2025-13-01'" "$tmp/err" || fail "bad --dct message"
grep -q '^usage:' "$tmp/err" || fail "bad --dct: no usage"
expect_rc 2 "$ANNALS" dates --dct yesterday "$tmp/a.txt"
expect_rc 2 "$ANNALS" dates --format xml "$tmp/a.txt"
grep -q "unknown format 'xml'" "$tmp/err" || fail "bad format message"
expect_rc 2 "$ANNALS" dates
expect_rc 2 "$ANNALS" dates "$tmp/a.txt" "$tmp/a.txt"
expect_rc 2 "$ANNALS" dates --bogus "$tmp/a.txt"
expect_rc 2 "$ANNALS" dates --dct

# unreadable input
expect_rc 1 "$ANNALS" dates "$tmp/missing.txt"
grep -q "missing.txt" "$tmp/err" || fail "missing file not named"

# invalid UTF-8: error with line and column (bytes), exit 1
printf 'First line.\nOn May 9 \377 they met.\n' >"$tmp/bad.txt"
expect_rc 1 "$ANNALS" dates "$tmp/bad.txt"
grep -q "bad.txt:2:10: error: invalid UTF-8 byte 0xff" "$tmp/err" ||
  fail "invalid UTF-8 message: $(cat "$tmp/err")"
printf 'On May 9\000 they met.\n' >"$tmp/nul.txt"
expect_rc 1 "$ANNALS" dates "$tmp/nul.txt"
grep -q "nul.txt:1:9: error: NUL byte in the file" "$tmp/err" ||
  fail "NUL message: $(cat "$tmp/err")"
printf '\377\376O\000n\000' >"$tmp/u16.txt"
expect_rc 1 "$ANNALS" dates "$tmp/u16.txt"
grep -q "u16.txt:1:1: error: file is UTF-16 (byte order mark); convert it to UTF-8" \
  "$tmp/err" || fail "UTF-16 message: $(cat "$tmp/err")"
# an invalid byte far into a long line, after the first pieces: the line
# and column count the whole input
awk 'BEGIN { printf "Intro.\n"; for (i = 0; i < 300000; i++) printf "word word " }' >"$tmp/late.txt"
printf '\377\n' >>"$tmp/late.txt"
expect_rc 1 "$ANNALS" dates "$tmp/late.txt"
grep -q "late.txt:2:3000001: error: invalid UTF-8 byte 0xff" "$tmp/err" ||
  fail "late invalid byte: $(cat "$tmp/err")"

# CRLF: offsets are bytes of the input as given
printf 'First.\r\nOn May 9, 2025 they met.\r\n' >"$tmp/crlf.txt"
expect_rc 0 "$ANNALS" dates "$tmp/crlf.txt"
grep -q '"start": 11, "end": 22, "text": "May 9, 2025"' "$tmp/out" ||
  fail "CRLF offsets: $(cat "$tmp/out")"

# JSON escaping of a span that crosses a line end
printf 'They met on May 9,\n2025 in Rome.\n' >"$tmp/nl.txt"
expect_rc 0 "$ANNALS" dates "$tmp/nl.txt"
grep -q '"text": "May 9,\\n2025"' "$tmp/out" || fail "JSON escape: $(cat "$tmp/out")"

# a long input is read in pieces: every expression is found once, with
# offsets into the whole input
awk 'BEGIN { for (i = 0; i < 120000; i++) printf "On May 9, 2025 the council met again.\n\n" }' >"$tmp/big.txt"
expect_rc 0 "$ANNALS" dates "$tmp/big.txt"
n=$(wc -l <"$tmp/out")
[ "$n" -eq 120000 ] || fail "big input: $n expressions instead of 120000"
last=$(tail -n 1 "$tmp/out")
want_last='{"start": 4679964, "end": 4679975, "text": "May 9, 2025", "type": "DATE", "value": "2025-05-09"}'
[ "$last" = "$want_last" ] || fail "big input: last line $last"

# one very long line (no paragraph breaks) still works
awk 'BEGIN { for (i = 0; i < 60000; i++) printf "Talks ended in March 2024 and "; printf "done.\n" }' >"$tmp/line.txt"
expect_rc 0 "$ANNALS" dates "$tmp/line.txt"
n=$(wc -l <"$tmp/out")
[ "$n" -eq 60000 ] || fail "long line: $n expressions instead of 60000"

# one 5 MB paragraph with no sentence end nor line end: the pieces are
# cut at spaces, never inside an expression
awk 'BEGIN { for (i = 0; i < 400000; i++) printf "May 9, 2025; " }' >"$tmp/para.txt"
expect_rc 0 "$ANNALS" dates "$tmp/para.txt"
n=$(grep -c '"text": "May 9, 2025", "type": "DATE", "value": "2025-05-09"' "$tmp/out")
all=$(wc -l <"$tmp/out")
[ "$n" -eq 400000 ] && [ "$all" -eq 400000 ] ||
  fail "one paragraph: $n whole of $all expressions instead of 400000"
# the same with expressions that cross line ends (wrapped text, no blank
# line), and abbreviations that are no sentence ends
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "met on Sept. 9,\n2025 and " }' >"$tmp/wrap.txt"
expect_rc 0 "$ANNALS" dates "$tmp/wrap.txt"
n=$(grep -c '"value": "2025-09-09"' "$tmp/out")
all=$(wc -l <"$tmp/out")
[ "$n" -eq 200000 ] && [ "$all" -eq 200000 ] ||
  fail "wrapped text: $n of $all expressions instead of 200000"

# writing to a full device fails with exit 1
if [ -w /dev/full ]; then
  "$ANNALS" dates "$tmp/big.txt" >/dev/full 2>"$tmp/err"
  [ $? -eq 1 ] || fail "/dev/full: exit code"
fi

# without --dct, a dateline or a date standing alone at the top dates the
# text, as it does for extract: relative dates resolve against it
printf 'KISUMU, Kenya, March 14, 2025 - Police fired tear gas on Thursday.\n' >"$tmp/dl.txt"
expect_rc 0 "$ANNALS" dates "$tmp/dl.txt"
grep -q '"text": "Thursday", "type": "DATE", "value": "2025-03-13", "anchor": "document"' "$tmp/out" ||
  fail "dateline as document date: $(cat "$tmp/out")"
expect_rc 0 "$ANNALS" dates --format yaml "$tmp/dl.txt"
grep -q 'how: dateline' "$tmp/out" || fail "dateline how: $(head -5 "$tmp/out")"
# ... but an event's date inside the first sentence is the story's
printf 'On June 28, 1914, a student shot the heir. Austria declared war on Thursday.\n' >"$tmp/st.txt"
expect_rc 0 "$ANNALS" dates --format yaml "$tmp/st.txt"
grep -q 'how: dateline' "$tmp/out" && fail "a story's date taken as the text's: $(head -5 "$tmp/out")"

[ "$fails" -eq 0 ] || { echo "dates.sh: $fails failure(s)" >&2; exit 1; }
echo "dates.sh: ok"
