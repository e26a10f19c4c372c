#!/bin/sh
# tests/bench/extract.sh - extraction throughput: `annals extract` on >= 50 MB
# of news-like text built from the project's own texts (the sample
# article and the articles of tests/spec/events*.txt), repeated, in a
# temporary directory.  Prints MB/s (one process, one core).
#   sh tests/bench/extract.sh build/annals [MB]
prog=${1:-build/annals}
mb=${2:-50}
LC_ALL=C
export LC_ALL
cd "$(dirname "$0")/../.." || exit 1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# Background and analysis paragraphs, as news articles carry between
# their reports of events (written for this benchmark).
cat >"$tmp/background.txt" <<'TXT'
Regional Outlook: Diplomacy Under Strain

Diplomats in the region describe a period of cautious recalculation. Several governments are weighing the cost of long disputes against the promise of trade corridors, energy links and investment from the Gulf. The mood in the capitals is wary rather than hopeful, and officials speak of managing risks rather than solving them.

Economists point out that growth across the region has slowed, that inflation remains high in several countries and that remittances from workers abroad still carry many household budgets. A stable neighbourhood, they argue, is a condition for the reforms that lenders keep asking for.

"There is no appetite for another crisis," said a senior official who asked not to be named because he was not authorised to speak to the press. "Everybody wants calm, but nobody wants to be seen giving ground first."

Security analysts are less optimistic. They note that militant groups operate along long and poorly policed borders, that intelligence sharing between neighbours remains thin, and that public opinion in each country rewards tough words more than patient bargaining.

Water, trade and migration are likely to dominate the agenda in the months ahead. Each of these issues touches domestic politics directly, which makes compromise harder to sell at home even when leaders privately see its value.

Some observers believe that outside powers could help by offering guarantees or financing, while others warn that their involvement often hardens positions. The history of the region offers examples of both, and few clear lessons.

For now, most governments appear content to keep channels open, issue measured statements and wait. Whether that caution holds will depend on events that none of them fully controls.
TXT

# One corpus of our own articles: the sample, every spec text block and
# the background pages (about two events per kilobyte, like wire news).
{
  cat events/examples/sample-article.txt
  echo
  cat "$tmp/background.txt"
  echo
  awk '/^text:$/ {on = 1; next} /^expect:$/ {on = 0; print ""; next}
       on {print}' tests/spec/events*.txt
  echo
  cat "$tmp/background.txt"
  echo
  cat "$tmp/background.txt"
} >"$tmp/corpus.txt"
size=$(wc -c <"$tmp/corpus.txt")
[ "$size" -gt 0 ] || { echo "extract bench: empty corpus"; exit 1; }
# Repeat it until it holds at least $mb MB.  Each copy moves its years
# (2023 -> 1023 + copy...) so that copies tell different events, as a real
# news archive would, instead of one event told ten thousand times.
copies=$(( (mb * 1000000 + size - 1) / size ))
awk -v copies="$copies" '
  { lines[NR] = $0 }
  END {
    for (c = 0; c < copies; c++) {
      shift = (c % 1850) + 100
      for (i = 1; i <= NR; i++) {
        line = lines[i]; out = ""
        while (match(line, /20[0-9][0-9]/)) {
          y = substr(line, RSTART, 4) + 0 - 2000 + shift + 1000
          out = out substr(line, 1, RSTART - 1) y
          line = substr(line, RSTART + 4)
        }
        print out line
      }
    }
  }' "$tmp/corpus.txt" >"$tmp/news.txt"
bytes=$(wc -c <"$tmp/news.txt")

now() { date +%s.%N; }
# Warm the page cache, then time the run with a given DCT: wall clock, and
# CPU time (user + system) of the process from the shell's `times`, which
# does not count the time other jobs on a shared machine take.  The
# machine is a virtual one whose speed varies by up to 1.7x from one
# second to the next, so the run is repeated and the best and the median
# are reported.
cat "$tmp/news.txt" >/dev/null
reps=${BENCH_REPS:-3}
: >"$tmp/times"
r=0
while [ $r -lt "$reps" ]; do
  t0=$(now)
  cpu=$(sh -c '"$1" extract --dct 2999-12-31 --force -o "$2" "$3" || exit 1; times' \
        sh "$prog" "$tmp/out.yaml" "$tmp/news.txt" | tail -n 1) || {
    echo "extract bench: annals extract failed"; exit 1; }
  t1=$(now)
  echo "$cpu" | awk -v t0="$t0" -v t1="$t1" '
    function secs(x,   m, s) {
      m = x; sub(/m.*/, "", m); s = x; sub(/^[0-9]+m/, "", s); sub(/s$/, "", s)
      return m * 60 + s
    }
    { printf "%.3f %.3f\n", secs($1) + secs($2), t1 - t0 }' >>"$tmp/times"
  r=$((r + 1))
done
events=$(grep -c '^- id:' "$tmp/out.yaml")
sort -n "$tmp/times" | awk -v b="$bytes" -v e="$events" '
  { c[NR] = $1; w[NR] = $2 }
  END {
    best = c[1]; med = c[int((NR + 1) / 2)]
    if (best <= 0) best = 0.001; if (med <= 0) med = 0.001
    printf "extract: %.1f MB, %d events (%.1f per KB)\n", b / 1e6, e, e / (b / 1000)
    printf "extract: %.1f MB/s on CPU time best (%.2f s user+sys), %.1f MB/s median (%.2f s) of %d runs; floor >= 2 MB/s\n",
           b / 1e6 / best, best, b / 1e6 / med, med, NR
  }'

# One article, many times: the per-file cost of a typical input.
t0=$(now)
i=0
while [ $i -lt 50 ]; do
  "$prog" extract --dct 2025-05-27 events/examples/sample-article.txt >/dev/null || exit 1
  i=$((i + 1))
done
t1=$(now)
awk -v t0="$t0" -v t1="$t1" 'BEGIN {
  printf "extract: one sample article: %.1f ms per run (50 runs)\n",
         (t1 - t0) * 1000 / 50 }'
