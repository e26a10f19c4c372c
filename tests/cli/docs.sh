#!/bin/sh
# tests/cli/docs.sh - many documents: a document date per file, the
# JSON-lines stream in and out, annals merge, --top, --jobs and the chart
# text of a multi-source timeline.  Needs $ANNALS.
cd "$(dirname "$0")/../.." || exit 1
. tests/lib.sh

# Four articles of four months; two with a dateline, two without.
printf 'NIAMEY, July 26, 2023 - Soldiers detained President Bazoum in Niamey on Tuesday.\n' >"$T/niger.txt"
printf 'Rebels attacked an army base in Darfur on Monday, killing 12 soldiers.\n' >"$T/sudan.txt"
printf 'BAKU, September 20, 2023 - Azerbaijan launched a military offensive in Karabakh yesterday.\n' >"$T/karabakh.txt"
printf 'Houthi forces attacked a cargo ship in the Red Sea on Wednesday.\n' >"$T/redsea.txt"
four="$T/niger.txt $T/sudan.txt $T/karabakh.txt $T/redsea.txt"

# the date of an event and the document date it was read against, as
# "DATE DCT" lines in file order
dates_of() {
  awk '/^- id:/ {id=1} /^  date:/ {d=$2} /^    dct:/ {print d, $2}' "$1"
}

# --- each document its own date ---------------------------------------------
run "$ANNALS" extract --dct "$T/sudan.txt=2024-01-10" --dct "$T/redsea.txt=2024-06-14" $four
expect_exit 0
expect_stderr_empty
dates_of "$T/stdout" >"$T/dates"
checks=$((checks + 1))
printf '2023-07-25 2023-07-26\n2023-09-19 2023-09-20\n2024-01-08 2024-01-10\n2024-06-12 2024-06-14\n' |
  cmp -s - "$T/dates" || fail "per-document dates: $(cat "$T/dates")"

# a bare --dct with several files: the date of those without a dateline
run "$ANNALS" extract --dct 2024-06-14 $four
expect_exit 0
expect_stderr_has "sudan.txt: no dateline: relative dates read against --dct 2024-06-14"
dates_of "$T/stdout" >"$T/dates"
checks=$((checks + 1))
printf '2023-07-25 2023-07-26\n2023-09-19 2023-09-20\n2024-06-10 2024-06-14\n2024-06-12 2024-06-14\n' |
  cmp -s - "$T/dates" || fail "bare --dct: $(cat "$T/dates")"

# one file and a bare --dct: as before, the given date wins
run "$ANNALS" extract --dct 2023-08-01 "$T/niger.txt"
expect_exit 0
expect_stdout_has "how: given"

# conflicting or repeated options are usage errors
run "$ANNALS" extract --dct 2024-06-14 --dct 2024-06-15 $four
expect_exit 2
expect_stderr_has "--dct given twice"
run "$ANNALS" extract --dct "$T/sudan.txt=2024-01-10" --dct "$T/sudan.txt=2024-01-11" $four
expect_exit 2
expect_stderr_has "--dct given twice for"
run "$ANNALS" extract --dct "$T/nothere.txt=2024-01-10" $four
expect_exit 2
expect_stderr_has "which is not an input"
run "$ANNALS" extract --dct "$T/sudan.txt=10/01/2024" $four
expect_exit 2
expect_stderr_has "invalid --dct"

# --- the chart text of several documents ---------------------------------------
run "$ANNALS" extract --dct "$T/sudan.txt=2024-01-10" --dct "$T/redsea.txt=2024-06-14" $four
expect_stdout_has "title: Events in "
expect_stdout_has "from 4 documents"
expect_stdout_has "Sources: karabakh.txt, niger.txt, redsea.txt, sudan.txt, published 26 Jul 2023"
checks=$((checks + 1))
grep '^source:' "$T/stdout" | grep -q "$T" && fail "the source note names a local path"
run "$ANNALS" extract --title "Four coups and wars" --subtitle "Coups and wars of a year" \
  --source "Sources: wire reports" --dct 2024-06-14 $four
expect_stdout_has "title: Four coups and wars"
expect_stdout_has "subtitle: Coups and wars of a year"
expect_stdout_has "source: 'Sources: wire reports'"

# --- the document stream ----------------------------------------------------------
json_line() { # ID DATE URL TEXT
  printf '{"id": "%s", "date": "%s", "url": "%s", "title": "t", "text": "%s"}\n' "$1" "$2" "$3" "$4"
}
{
  json_line n1 2023-07-26 https://www.example.org/niger "Soldiers detained President Bazoum in Niamey on Tuesday."
  echo
  json_line s1 2024-01-10 https://news.example.net/sudan "Rebels attacked an army base in Darfur on Monday, killing 12 soldiers.\\nThe army shelled rebel positions on Tuesday."
  json_line s2 2024-01-11 https://wire.example.com/s2 "Rebels attacked an army base in Darfur on Monday, officials said."
} >"$T/docs.jsonl"
run "$ANNALS" extract --input jsonl --format jsonl "$T/docs.jsonl"
expect_exit 0
expect_stderr_empty
expect_stdout_has '"date": "2023-07-25"'
expect_stdout_has '"doc": "n1", "url": "https://www.example.org/niger", "offset": 0'
expect_stdout_has '"dct": "2024-01-10"'
checks=$((checks + 1))
[ "$(grep -c '"doc": "s2"' "$T/stdout")" -eq 1 ] || fail "s2 not one event line"
# every line is JSON
checks=$((checks + 1))
if command -v python3 >/dev/null 2>&1; then
  python3 -c 'import json,sys; [json.loads(l) for l in sys.stdin]' <"$T/stdout" ||
    fail "--format jsonl writes lines that are not JSON"
fi
# the byte offsets point at the sentence in the document's text
checks=$((checks + 1))
grep -q '"text": "The army shelled rebel positions on Tuesday.", "doc": "s1", "url": "https://news.example.net/sudan", "offset": 71' "$T/stdout" ||
  fail "offset of the second sentence: $(grep '"s1"' "$T/stdout")"

# a text file's events one a line also name their document date
run "$ANNALS" extract --format jsonl --dct 2024-01-10 "$T/sudan.txt"
expect_exit 0
expect_stdout_has '"date": "2024-01-08"'
expect_stdout_has '"dct": "2024-01-10"'

# YAML from a stream: the two reports of the attack become one record
run_in "$T/docs.jsonl" "$ANNALS" extract --input jsonl -
expect_exit 0
expect_stdout_has "url: https://wire.example.com/s2"
expect_stdout_has "Sources: example.org, news.example.net, wire.example.com"
checks=$((checks + 1))
[ "$(grep -c 'Rebels attacked an army base' "$T/stdout")" -eq 2 ] || fail "reports of the attack"
[ "$(grep -c '^- id: 2024-01-08' "$T/stdout")" -eq 1 ] || fail "the attack is not one record"

# a filter in a pipe: the first document's events come out before the
# stream ends
if command -v mkfifo >/dev/null 2>&1; then
  mkfifo "$T/fifo"
  "$ANNALS" extract --input jsonl --format jsonl - <"$T/fifo" >"$T/piped" 2>&1 &
  pid=$!
  exec 3>"$T/fifo"
  json_line p1 2024-01-10 "" "Rebels attacked an army base in Darfur on Monday." >&3
  n=0
  while [ ! -s "$T/piped" ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
  checks=$((checks + 1))
  grep -q '"doc": "p1"' "$T/piped" || fail "no event before the end of the stream"
  exec 3>&-
  wait $pid
fi

# bad lines: file:line:column, exit 1, no output file
{ json_line ok 2024-01-10 "" "Fine."; printf '{"id": "x", "text": "open\n'; } >"$T/bad.jsonl"
run "$ANNALS" extract --input jsonl "$T/bad.jsonl" -o "$T/bad.yaml"
expect_exit 1
expect_stderr_has "bad.jsonl:2:21: error: string not closed on its line"
checks=$((checks + 1))
[ -e "$T/bad.yaml" ] && fail "a bad stream left an output file"
printf '{"id": "x", "date": "26 July", "text": "t"}\n' >"$T/bad2.jsonl"
run "$ANNALS" extract --input jsonl "$T/bad2.jsonl"
expect_exit 1
expect_stderr_has "bad2.jsonl:1:21: error: date '26 July' is not a day written YYYY-MM-DD"
run "$ANNALS" extract --input xml "$T/docs.jsonl"
expect_exit 2
run "$ANNALS" extract --input jsonl --format jsonl --top 3 "$T/docs.jsonl"
expect_exit 2

# --- --jobs: the same bytes for every N ----------------------------------------------
for i in 1 2 3 4 5 6; do
  json_line "r$i" "2024-0$i-1$i" "https://site$i.example/a" "Rebels attacked an army base in Darfur on Monday.\\nProtesters marched in Khartoum on Tuesday against the war."
done >"$T/many.jsonl"
"$ANNALS" extract --input jsonl --jobs 1 "$T/many.jsonl" >"$T/j1.yaml" 2>&1
for j in 2 3 8; do
  run "$ANNALS" extract --input jsonl --jobs "$j" "$T/many.jsonl"
  expect_exit 0
  checks=$((checks + 1))
  cmp -s "$T/j1.yaml" "$T/stdout" || fail "--jobs $j differs from --jobs 1"
done
run "$ANNALS" extract --jobs 0 "$T/many.jsonl"
expect_exit 2

# --- merge --------------------------------------------------------------------------
"$ANNALS" extract --dct 2024-01-10 "$T/sudan.txt" -o "$T/a.yaml"
printf 'KHARTOUM, January 11, 2024 - Rebels attacked an army base in Darfur on Monday.\n' >"$T/sudan2.txt"
"$ANNALS" extract "$T/sudan2.txt" -o "$T/b.yaml"
"$ANNALS" extract "$T/karabakh.txt" -o "$T/c.yaml"
run "$ANNALS" merge "$T/a.yaml" "$T/b.yaml" "$T/c.yaml" -o "$T/abc.yaml"
expect_exit 0
expect_stderr_empty
checks=$((checks + 1))
[ "$(grep -c '^- id: 2024-01-08' "$T/abc.yaml")" -eq 1 ] || fail "merge: the attack is not one record"
grep -q '^  mentions:' "$T/abc.yaml" || fail "merge: no mentions"
# the same bytes for every order and grouping
for order in "a b c" "a c b" "b a c" "b c a" "c a b" "c b a"; do
  set -- $order
  "$ANNALS" merge "$T/$1.yaml" "$T/$2.yaml" "$T/$3.yaml" >"$T/m.yaml"
  checks=$((checks + 1))
  cmp -s "$T/abc.yaml" "$T/m.yaml" || fail "merge $order differs"
  "$ANNALS" merge "$T/$1.yaml" "$T/$2.yaml" >"$T/m12.yaml"
  "$ANNALS" merge "$T/m12.yaml" "$T/$3.yaml" >"$T/m.yaml"
  checks=$((checks + 1))
  cmp -s "$T/abc.yaml" "$T/m.yaml" || fail "merge (($1 $2) $3) differs"
done
# extract of several files is the merge of their extracts
"$ANNALS" extract --dct "$T/sudan.txt=2024-01-10" "$T/sudan.txt" "$T/sudan2.txt" "$T/karabakh.txt" >"$T/x.yaml"
checks=$((checks + 1))
cmp -s "$T/abc.yaml" "$T/x.yaml" || fail "extract A B C is not merge of the extracts"
# --top keeps the most reported day
run "$ANNALS" merge --top 1 "$T/a.yaml" "$T/b.yaml" "$T/c.yaml"
expect_exit 0
checks=$((checks + 1))
[ "$(grep -c '^- id:' "$T/stdout")" -eq 1 ] && grep -q '^- id: 2024-01-08' "$T/stdout" || fail "--top 1"
# the merged file is a valid record
run "$ANNALS" check "$T/abc.yaml"
expect_exit 0
# bad input: nothing written
printf 'annals: 1\nevents:\n- date: 2024-13-01\n' >"$T/broken.yaml"
run "$ANNALS" merge "$T/a.yaml" "$T/broken.yaml" -o "$T/out.yaml"
expect_exit 1
expect_stderr_has "broken.yaml:3:14: error: month 13 out of range"
checks=$((checks + 1))
[ -e "$T/out.yaml" ] && fail "merge wrote a file after an error"
run "$ANNALS" merge
expect_exit 2
run "$ANNALS" merge --top x "$T/a.yaml"
expect_exit 2

# --- render: --top and the chart text ---------------------------------------------------
run "$ANNALS" render -T svg --top 1 --title "One day in Darfur" "$T/a.yaml" "$T/b.yaml" "$T/c.yaml"
expect_exit 0
expect_stdout_has "<title>One day in Darfur</title>"
checks=$((checks + 1))
"$ANNALS" render -T json --top 1 "$T/a.yaml" "$T/b.yaml" "$T/c.yaml" >"$T/top.json"
grep -q '"2024-01-0' "$T/top.json" && ! grep -q '"2023-09' "$T/top.json" ||
  fail "render --top 1 did not keep only the most reported day"
# several files with different titles: chart text from all of them
"$ANNALS" fmt - <"$T/a.yaml" | sed 's/^title: .*/title: First/' >"$T/t1.yaml"
"$ANNALS" fmt - <"$T/c.yaml" | sed 's/^title: .*/title: Second/' >"$T/t2.yaml"
run "$ANNALS" render -T svg "$T/t1.yaml" "$T/t2.yaml"
expect_exit 0
expect_stdout_has "<title>Events in "
run "$ANNALS" render -T json --top 0 "$T/a.yaml"
expect_exit 2

finish
