#!/bin/sh
# tests/bench/nlp.sh PROG - words per second of the English analysis
# layer (tokenizer, tagger with lemmas, parser) on generated news-like
# text (tests/bench/gen_news), through the library alone
# (tests/bench/nlp_lib.c, linked with the libannals.a next to PROG).
prog=${1:-build/annals}
case "$prog" in /*) ;; *) prog=$(pwd)/$prog ;; esac
mb=${BENCH_NLP_MB:-8}
here=$(dirname "$0")
lib=$(dirname "$prog")/libannals.a
[ -f "$lib" ] || { echo "nlp: skipped (no $lib)"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sh "$here/gen_news" "$mb" >"$tmp/news.txt" || exit 1
${CC:-cc} -O2 -std=c11 -I"$here/../../src" $(pkg-config --cflags glib-2.0) \
  -o "$tmp/nlp_lib" \
  "$here/nlp_lib.c" "$lib" \
  $(pkg-config --libs yaml-0.1 glib-2.0) -lm || exit 1
"$tmp/nlp_lib" "$tmp/news.txt" "${BENCH_REPS:-3}"
