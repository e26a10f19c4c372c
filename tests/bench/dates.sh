#!/bin/sh
# tests/bench/dates.sh PROG - throughput and peak memory of `annals dates`
# on >= 50 MB of generated news-like text (tests/bench/gen_news), read
# from a file and from standard input.  Prints MB/s and peak RSS.  The
# text is generated into a temporary directory, never into the tree.
prog=${1:-build/annals}
case "$prog" in /*) ;; *) prog=$(pwd)/$prog ;; esac
mb=${BENCH_MB:-64}
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
${CC:-cc} -O1 -o "$tmp/maxrss" "$here/maxrss.c" || exit 1
sh "$here/gen_news" "$mb" >"$tmp/news.txt" || exit 1
bytes=$(wc -c <"$tmp/news.txt")
run() { # label, then the command
  label=$1; shift
  "$tmp/maxrss" "$@" 2>"$tmp/rss" >"$tmp/out" || { echo "$label: failed"; cat "$tmp/rss"; exit 1; }
  s=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$tmp/rss" | tail -n 1)
  kb=$(sed -n 's/.*maxrss_kb=\([0-9]*\).*/\1/p' "$tmp/rss" | tail -n 1)
  cpu=$(sed -n 's/.*cpu=\([0-9.]*\).*/\1/p' "$tmp/rss" | tail -n 1)
  n=$(wc -l <"$tmp/out")
  awk -v b="$bytes" -v s="$s" -v c="$cpu" -v kb="$kb" -v n="$n" -v l="$label" 'BEGIN {
    mb = b / 1048576; if (c <= 0) c = 0.001;
    printf "%-22s %5.1f MB: %6.1f MB/s of CPU time (%.2f s), %6.1f MB/s wall (%.2f s), %d expressions, peak RSS %.1f MB\n",
      l, mb, mb / c, c, mb / s, s, n, kb / 1024 }'
}
run "dates jsonl (file)" "$prog" dates --dct 2025-05-27 "$tmp/news.txt"
run "dates jsonl (stdin)" sh -c "exec '$prog' dates --dct 2025-05-27 - <'$tmp/news.txt'"
run "dates, DCT inferred" "$prog" dates "$tmp/news.txt"
