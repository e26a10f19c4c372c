#!/bin/sh
# tests/bench/dates.sh PROG - throughput and peak memory of `annals dates`
# on >= 50 MB of generated news-like text (tests/bench/gen_news), read
# from a file and from standard input, and of the date layer alone
# (tests/bench/dates_lib.c, linked with the libannals.a next to PROG).
# Prints MB/s and peak RSS.  The text is generated into a temporary
# directory, never into the tree.
prog=${1:-build/annals}
case "$prog" in /*) ;; *) prog=$(pwd)/$prog ;; esac
mb=${BENCH_MB:-64}
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
${CC:-cc} -O1 -o "$tmp/maxrss" "$here/maxrss.c" || exit 1
sh "$here/gen_news" "$mb" >"$tmp/news.txt" || exit 1
bytes=$(wc -c <"$tmp/news.txt")
# The machine is shared (a virtual machine whose speed varies by up to
# 1.7x from one second to the next, as `sha256sum` of a fixed file
# shows), so each command runs $reps times and the best and the median
# CPU time are reported.
reps=${BENCH_REPS:-5}
run() { # label, then the command
  label=$1; shift
  : >"$tmp/times"
  r=0
  while [ $r -lt "$reps" ]; do
    "$tmp/maxrss" "$@" 2>"$tmp/rss" >"$tmp/out" || { echo "$label: failed"; cat "$tmp/rss"; exit 1; }
    s=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$tmp/rss" | tail -n 1)
    kb=$(sed -n 's/.*maxrss_kb=\([0-9]*\).*/\1/p' "$tmp/rss" | tail -n 1)
    cpu=$(sed -n 's/.*cpu=\([0-9.]*\).*/\1/p' "$tmp/rss" | tail -n 1)
    echo "$cpu $s $kb" >>"$tmp/times"
    r=$((r + 1))
  done
  n=$(wc -l <"$tmp/out")
  sort -n "$tmp/times" | awk -v b="$bytes" -v n="$n" -v l="$label" '
    { c[NR] = $1; w[NR] = $2; if ($3 > kb) kb = $3 }
    END {
      mb = b / 1048576; best = c[1]; med = c[int((NR + 1) / 2)]
      if (best <= 0) best = 0.001; if (med <= 0) med = 0.001
      printf "%-22s %5.1f MB: %6.1f MB/s of CPU time best (%.2f s), %6.1f MB/s median (%.2f s) of %d runs, %d expressions, peak RSS %.1f MB\n",
        l, mb, mb / best, best, mb / med, med, NR, n, kb / 1024 }'
}
run "dates jsonl (file)" "$prog" dates --dct 2025-05-27 "$tmp/news.txt"
run "dates jsonl (stdin)" sh -c "exec '$prog' dates --dct 2025-05-27 - <'$tmp/news.txt'"
run "dates, DCT inferred" "$prog" dates "$tmp/news.txt"

# The date layer alone (what extraction uses): the library's stream API
# over the same text in memory, without reading the file or writing JSON.
lib=$(dirname "$prog")/libannals.a
if [ -f "$lib" ] &&
   ${CC:-cc} -O2 -std=c11 -I"$here/../../src" $(pkg-config --cflags glib-2.0) \
     -o "$tmp/dates_lib" \
     "$here/dates_lib.c" "$lib" $(pkg-config --libs glib-2.0) -lm; then
  "$tmp/dates_lib" "$tmp/news.txt" "$reps" || exit 1
else
  echo "date layer (library): skipped (no $lib)"
fi
