#!/bin/sh
# tests/cli/pathological.sh - worst-case inputs stay linear and bounded.
#
# Each case runs under a time ceiling (timeout) and, outside sanitized
# builds, a peak-memory ceiling (GNU time's %M, Debian package `time`),
# and checks the exact exit status.  Inputs are generated into $T with
# sh/awk/head/yes/tr, never into the tree.  Every case prints one line:
#   pathological: NAME  exit N  SECONDS s  PEAK MB  (ceilings S s, M MB)
# which is where the figures of the report come from.
#
# In a sanitized build (ANNALS under build/san/) sizes are divided by 20,
# time ceilings multiplied by 5 and memory ceilings not checked (ASan's
# shadow memory and quarantine make RSS meaningless).  PATHO_SCALE=N
# divides the sizes by N in any build (quick local runs).
. "$(dirname "$0")/../lib.sh"

san=""
case "$ANNALS" in */san/*) san=1 ;; esac
div=${PATHO_SCALE:-1}
[ -n "$san" ] && div=20
gnutime=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' -o "$T/probe" true 2>/dev/null
then
  gnutime=1
else
  echo "pathological: no GNU time (Debian package 'time'): memory not checked"
fi

# bounded NAME SECS MB WANT CMD... : runs CMD with stdout in $T/out and
# stderr in $T/stderr, checks the exit status, the time and memory.
bounded() {
  bname=$1
  secs=$2
  mb=$3
  want=$4
  shift 4
  [ -n "$san" ] && secs=$((secs * 5))
  last_cmd="$*"
  rm -f "$T/rusage"
  # Outside sanitized builds a hard limit on address space (twice the
  # memory ceiling plus room for libraries) stops a runaway case before
  # it hurts the machine; the ceiling itself is checked on the peak RSS.
  vlim=unlimited
  [ -z "$san" ] && vlim=$(((mb * 2 + 512) * 1024))
  if [ -n "$gnutime" ]; then
    (ulimit -v "$vlim" && exec timeout -k 5 "$secs" /usr/bin/time \
      -f '%e %M' -o "$T/rusage" "$@") > "$T/out" 2> "$T/stderr" < /dev/null
  else
    (ulimit -v "$vlim" && exec timeout -k 5 "$secs" "$@") \
      > "$T/out" 2> "$T/stderr" < /dev/null
  fi
  last_rc=$?
  el="?"
  kb=""
  if [ -s "$T/rusage" ]; then
    # shellcheck disable=SC2046
    set -- $(tail -n 1 "$T/rusage")
    case "$1:${2:-}" in
      [0-9]*:[0-9]*) el=$1; kb=$2 ;;
    esac
  fi
  checks=$((checks + 1))
  if [ "$last_rc" -eq 124 ] || [ "$last_rc" -eq 137 ]; then
    fail "$bname: over the time ceiling of ${secs} s"
  elif [ "$last_rc" -ne "$want" ]; then
    fail "$bname: exit $last_rc, want $want"
  fi
  peak="?"
  if [ -n "$kb" ]; then
    peak=$((kb / 1024))
    if [ -z "$san" ]; then
      checks=$((checks + 1))
      [ "$peak" -le "$mb" ] ||
        fail "$bname: peak memory $peak MB over the ceiling of $mb MB"
    fi
  fi
  [ -n "$san" ] && mb="-"
  printf 'pathological: %-42s exit %d %7s s %6s MB  (ceilings %s s, %s MB)\n' \
    "$bname" "$last_rc" "$el" "$peak" "$secs" "$mb"
}

# Sizes, scaled.  Case names give the full-scale sizes.
[ "$div" -ne 1 ] && echo "pathological: sizes divided by $div"
MB=$((1000000 / div))
[ "$MB" -lt 1000 ] && MB=1000
MILLION=$((1000000 / div))

# ---- generated inputs ------------------------------------------------

# News-like ASCII text of about $1 bytes: paragraphs of sentences with
# actors, event verbs and dates in several forms (our own wording).
news() {
  awk -v N="$1" 'BEGIN {
    split("India Pakistan Iran Israel Turkey Egypt Japan Brazil Kenya Norway", A, " ")
    split("struck|condemned|met officials from|signed an agreement with|warned|shelled positions of|held talks with|imposed sanctions on|sent aid to|protested against", V, "|")
    split("January February March April May June July August September October November December", M, " ")
    split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", W, " ")
    out = 0; i = 0
    while (out < N) {
      i++
      a = A[1 + i % 10]; b = A[1 + (i * 7 + 3) % 10]; v = V[1 + (i * 3) % 10]
      y = 1990 + i % 35; m = M[1 + i % 12]; d = 1 + i % 28; w = W[1 + i % 7]
      f = i % 6
      if (f == 0) s = a " " v " " b " on " m " " d ", " y "."
      else if (f == 1) s = "On " w ", " a " " v " " b ", officials said."
      else if (f == 2) s = "In " m " " y " " a " " v " " b " after talks in the capital."
      else if (f == 3) s = a " " v " " b " last year, and again on " y "-" sprintf("%02d-%02d", 1 + i % 12, d) "."
      else if (f == 4) s = "Two weeks later, " a " " v " " b " for the third time since " y "."
      else s = "The ministry of " a " said it " v " " b " in early " y ", a decade after the 1990s crisis."
      if (i % 5 == 0) s = s "\n\n"; else s = s " "
      printf "%s", s
      out += length(s)
    }
    printf "\n"
  }'
}

# A 100 MB article: 5 MB of text repeated 20 times (a long live blog
# that repeats itself is a fair worst case for merging and ids).
news $((5 * MB)) > "$T/a5.txt"
: > "$T/article.txt"
i=0
while [ $i -lt 20 ]; do
  cat "$T/a5.txt" >> "$T/article.txt"
  i=$((i + 1))
done
rm -f "$T/a5.txt"

bounded "extract 100 MB article" 240 2048 0 \
  "$ANNALS" extract --dct 2025-06-01 "$T/article.txt"
if [ "$last_rc" -eq 0 ]; then
  checks=$((checks + 1))
  grep -q '^- id: ' "$T/out" || fail "extract 100 MB article: no event"
fi
bounded "dates 100 MB article" 90 256 0 \
  "$ANNALS" dates --dct 2025-06-01 "$T/article.txt"
if [ "$last_rc" -eq 0 ]; then
  checks=$((checks + 1))
  [ -s "$T/out" ] || fail "dates 100 MB article: no output"
fi
rm -f "$T/article.txt" "$T/out"

# 10 MB on one line, no sentence end.
yes word | head -c $((10 * MB)) | tr '\n' ' ' > "$T/line.txt"
bounded "extract 10 MB line, no sentence end" 30 512 0 \
  "$ANNALS" extract --dct 2025-06-01 "$T/line.txt"
bounded "dates 10 MB line, no sentence end" 30 128 0 \
  "$ANNALS" dates --dct 2025-06-01 "$T/line.txt"

# A million date-like tokens on one line.
yes 2024-01-16 | head -n "$MILLION" | tr '\n' ' ' > "$T/dates.txt"
bounded "dates 1e6 date tokens" 30 512 0 \
  "$ANNALS" dates --dct 2025-06-01 "$T/dates.txt"
bounded "extract 1e6 date tokens" 60 1024 0 \
  "$ANNALS" extract --dct 2025-06-01 "$T/dates.txt"
yes 'May 9, 2025;' | head -n "$MILLION" | tr '\n' ' ' > "$T/dates.txt"
bounded "dates 1e6 'May 9, 2025;'" 60 1024 0 \
  "$ANNALS" dates "$T/dates.txt"
# One expression per token: none cut in two where the input is read in
# pieces.
checks=$((checks + 1))
got=$(wc -l < "$T/out")
[ "$got" -eq "$MILLION" ] ||
  fail "dates 1e6 'May 9, 2025;': $got expressions, want $MILLION"

# "May May May ..." and a million digits.
yes May | head -n "$MILLION" | tr '\n' ' ' > "$T/may.txt"
bounded "dates 'May ' x 1e6" 30 256 0 "$ANNALS" dates "$T/may.txt"
bounded "extract 'May ' x 1e6" 30 512 0 "$ANNALS" extract "$T/may.txt"
head -c "$MILLION" /dev/zero | tr '\0' 7 > "$T/digits.txt"
bounded "dates 1e6 digits" 30 256 0 "$ANNALS" dates "$T/digits.txt"
bounded "extract 1e6 digits" 30 256 0 "$ANNALS" extract "$T/digits.txt"
rm -f "$T"/*.txt

# ---- YAML ------------------------------------------------------------

# Deep nesting: flow sequences and block sequences.
{
  printf 'events: '
  head -c 100000 /dev/zero | tr '\0' '['
  head -c 100000 /dev/zero | tr '\0' ']'
  echo
} > "$T/deep.yaml"
bounded "check nested [[[...]]] x 1e5" 5 64 1 "$ANNALS" check "$T/deep.yaml"
expect_stderr_has "deep.yaml:1:"
expect_stderr_has "nesting deeper than"
{
  echo 'events:'
  awk 'BEGIN { for (i = 0; i < 100000; i++) printf "- " }'
  echo a
} > "$T/deep2.yaml"
bounded "check nested '- - - ...' x 1e5" 5 64 1 "$ANNALS" check \
  "$T/deep2.yaml"
expect_stderr_has "deep2.yaml:"

# Alias expansion bomb: 20 levels of ten aliases (10^20 nodes expanded).
awk 'BEGIN {
  printf "a: &a [\"lol\""; for (i = 0; i < 9; i++) printf ",\"lol\""; print "]"
  for (k = 1; k < 20; k++) {
    printf "%c: &%c [", 97 + k, 97 + k
    for (i = 0; i < 10; i++) printf "%s*%c", (i ? "," : ""), 96 + k
    print "]"
  }
  print "events: *t"
}' > "$T/bomb.yaml"
bounded "check alias bomb (10^20 nodes)" 5 64 1 "$ANNALS" check "$T/bomb.yaml"
expect_stderr_has "bomb.yaml:1:4: error: anchors are not supported"
bounded "render alias bomb" 5 128 1 "$ANNALS" render -T json "$T/bomb.yaml"

# The same against the loaders of user data (extract --gazetteer and
# --lexicon), and a gazetteer of 200,000 entries.
echo "Iran struck Israel on May 9, 2025." > "$T/s.txt"
bounded "extract --gazetteer alias bomb" 5 64 1 \
  "$ANNALS" extract --gazetteer "$T/bomb.yaml" "$T/s.txt"
expect_stderr_has "bomb.yaml:"
bounded "extract --lexicon nested x 1e5" 5 64 1 \
  "$ANNALS" extract --lexicon "$T/deep.yaml" "$T/s.txt"
expect_stderr_has "deep.yaml:"
awk -v N=$((200000 / div)) 'BEGIN {
  for (i = 0; i < N; i++)
    printf "- {name: \"Country %d\", kind: country, aliases: [\"Demonym%d\"]}\n", i, i
}' > "$T/gaz.yaml"
bounded "extract --gazetteer of 200000 entries" 20 512 0 \
  "$ANNALS" extract --gazetteer "$T/gaz.yaml" "$T/s.txt"
rm -f "$T/gaz.yaml"

# 100,000 events.
N=$((100000 / div))
awk -v N="$N" 'BEGIN {
  print "annals: 1\ntitle: A hundred thousand events\nevents:"
  split("fight consult protest threaten aid", T, " ")
  for (i = 0; i < N; i++) {
    printf "- id: e%d\n  date: %04d-%02d-%02d\n", i, 1900 + i % 120, 1 + i % 12, 1 + i % 28
    printf "  title: Event number %d between two sides\n  type: %s\n", i, T[1 + i % 5]
    printf "  actors:\n  - Actor %d\n", i % 40
  }
}' > "$T/big.yaml"
bounded "check $N events" 30 512 0 "$ANNALS" check "$T/big.yaml"
bounded "render -T json $N events" 60 1024 0 \
  "$ANNALS" render -T json "$T/big.yaml"
bounded "render -T svg $N events" 60 1024 0 \
  "$ANNALS" render -T svg -o "$T/big.svg" "$T/big.yaml"
bounded "render -T json --lanes actor $N events" 60 1024 0 \
  "$ANNALS" render -T json --lanes actor "$T/big.yaml"
rm -f "$T/big.yaml" "$T/big.svg" "$T/out"

# YAML over the 64 MiB read limit: refused before it is read.
head -c $((70 << 20)) /dev/zero | tr '\0' '#' > "$T/huge.yaml"
bounded "check 70 MiB YAML (over the limit)" 10 64 1 "$ANNALS" check \
  "$T/huge.yaml"
expect_stderr_has "huge.yaml"
rm -f "$T/huge.yaml"

# Titles of 1 MB: one word, and words; and a 50 kB word (measured and
# wrapped character by character).
title_file() { # word|words SIZE
  printf 'events:\n- id: a\n  date: 2024-01-16\n  type: fight\n  title: '
  if [ "$1" = word ]; then
    head -c "$2" /dev/zero | tr '\0' w
  else
    yes word | head -c "$2" | tr '\n' ' '
    printf 'end'
  fi
  printf '\n- id: b\n  date: 2024-02-01\n  type: consult\n  title: short\n'
}
title_file word "$MB" > "$T/t1.yaml"
title_file words "$MB" > "$T/t2.yaml"
title_file word $((MB / 20)) > "$T/t3.yaml"
bounded "check 1 MB title" 10 128 0 "$ANNALS" check "$T/t1.yaml"
bounded "render svg 1 MB title (one word)" 10 512 0 \
  "$ANNALS" render -T svg -o "$T/t.svg" "$T/t1.yaml"
bounded "render svg 1 MB title (words)" 10 512 0 \
  "$ANNALS" render -T svg -o "$T/t.svg" "$T/t2.yaml"
bounded "render png 1 MB title (words)" 10 512 0 \
  "$ANNALS" render -T png -o "$T/t.png" "$T/t2.yaml"
bounded "render svg 50 kB title (one word)" 10 512 0 \
  "$ANNALS" render -T svg -o "$T/t.svg" "$T/t3.yaml"
rm -f "$T"/t*

# ---- bytes that are not plain UTF-8 text -----------------------------

# NUL bytes.
printf 'Iran struck Israel on May 9, 2025.\000 Later text.\n' > "$T/nul.txt"
bounded "extract NUL byte" 5 64 1 "$ANNALS" extract "$T/nul.txt"
expect_stderr_has "nul.txt:1:35: error:"
bounded "dates NUL byte" 5 64 1 "$ANNALS" dates "$T/nul.txt"
expect_stderr_has "nul.txt"
printf 'events:\n- id: a\n  date: 2024\n  title: "x\000y"\n  type: fight\n' \
  > "$T/nul.yaml"
bounded "check NUL byte" 5 64 1 "$ANNALS" check "$T/nul.yaml"
expect_stderr_has "nul.yaml:4:12: error: NUL byte"
head -c "$MB" /dev/zero > "$T/zeros.txt"
bounded "extract 1 MB of NUL bytes" 5 64 1 "$ANNALS" extract "$T/zeros.txt"
expect_stderr_has "zeros.txt:1:1: error:"

# Invalid UTF-8.
printf 'Iran struck Israel on May 9, 2025. \377\376 bad\n' > "$T/bad.txt"
bounded "extract invalid UTF-8" 5 64 1 "$ANNALS" extract "$T/bad.txt"
expect_stderr_has "bad.txt:1:36: error: invalid UTF-8"
bounded "dates invalid UTF-8" 5 64 1 "$ANNALS" dates "$T/bad.txt"
expect_stderr_has "bad.txt"
printf 'events:\n- id: a\n  date: 2024\n  title: x\377\n  type: fight\n' \
  > "$T/bad.yaml"
bounded "check invalid UTF-8" 5 64 1 "$ANNALS" check "$T/bad.yaml"
expect_stderr_has "bad.yaml:4:11: error: invalid UTF-8"
head -c "$MB" /dev/urandom > "$T/random.bin"
bounded "extract 1 MB random bytes" 5 64 1 "$ANNALS" extract "$T/random.bin"
bounded "check 1 MB random bytes" 5 64 1 "$ANNALS" check "$T/random.bin"

# UTF-16 with a byte order mark.
printf '\377\376' > "$T/u16.txt"
printf 'I\000r\000a\000n\000 \000s\000t\000r\000u\000c\000k\000.\000\n\000' \
  >> "$T/u16.txt"
bounded "extract UTF-16LE with BOM" 5 64 1 "$ANNALS" extract "$T/u16.txt"
expect_stderr_has "u16.txt:1:1: error:"
bounded "dates UTF-16LE with BOM" 5 64 1 "$ANNALS" dates "$T/u16.txt"
expect_stderr_has "u16.txt"
printf '\376\377\000e\000v\000e\000n\000t\000s\000:\000 \000[\000]\000\n' \
  > "$T/u16.yaml"
bounded "check UTF-16BE with BOM" 5 64 1 "$ANNALS" check "$T/u16.yaml"
expect_stderr_has "u16.yaml:1:1: error: file is UTF-16"

# CRLF and lone CR line ends give the same events and dates as LF.
cat > "$T/lf.txt" <<'EOF'
Iran and Oman held talks in Muscat on March 3, 2025.

Pakistan condemned the strike on Tuesday, officials said. India shelled
positions near the border on May 7, 2025.
EOF
tr '\n' '\r' < "$T/lf.txt" > "$T/cr.txt"
awk '{ printf "%s\r\n", $0 }' "$T/lf.txt" > "$T/crlf.txt"
for f in lf cr crlf; do
  bounded "extract $f line ends" 5 64 0 \
    "$ANNALS" extract --dct 2025-06-01 "$T/$f.txt"
  grep -E '^  (date|title|type):' "$T/out" > "$T/$f.events"
  bounded "dates $f line ends" 5 64 0 \
    "$ANNALS" dates --dct 2025-06-01 --format text "$T/$f.txt"
  # Offsets differ with the line ends: keep type, value and text.
  cut -f 2- "$T/out" > "$T/$f.dates"
done
checks=$((checks + 6))
[ -s "$T/lf.events" ] || fail "no event extracted from the LF text"
[ -s "$T/lf.dates" ] || fail "no date found in the LF text"
cmp -s "$T/lf.events" "$T/crlf.events" || fail "CRLF text: other events"
cmp -s "$T/lf.events" "$T/cr.events" || fail "CR text: other events"
cmp -s "$T/lf.dates" "$T/crlf.dates" || fail "CRLF text: other dates"
cmp -s "$T/lf.dates" "$T/cr.dates" || fail "CR text: other dates"

printf 'events:\r\n- id: a\r\n  date: 2024\r\n  title: x\r\n  type: fight\r\n' \
  > "$T/crlf.yaml"
printf 'events:\r- id: a\r  date: 2024\r  title: x\r  type: fight\r' \
  > "$T/cr.yaml"
bounded "check CRLF YAML" 5 64 0 "$ANNALS" check "$T/crlf.yaml"
bounded "check CR YAML" 5 64 0 "$ANNALS" check "$T/cr.yaml"

finish
