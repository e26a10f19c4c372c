#!/bin/sh
# tests/identity.sh OLD NEW - byte-identity check of two annals programs:
# runs both over the same inputs and compares what they write (standard
# output, standard error and the exit status) byte for byte.  For
# restructurings, which must not change any output:
#   sh tests/identity.sh /tmp/annals-before build/annals
# (`make check-identity BASE=<git-ref>` builds BASE and runs this.)
#
# Inputs: a small generated news corpus (tests/bench/gen_news, fixed
# seed), two generated timelines (tests/bench/gen_events), the bundled
# examples (events/examples/) and the timeline extracted from the corpus.
# Commands: annals dates, extract (without and with --dct), parse, and
# render in every format (-T json, svg, png, pdf) and both layouts.
# Prints one line per output, "OK" or "DIFFERS"; exits 1 on any
# difference, 2 on a usage error.  Runs in well under a minute.
old=$1
new=$2
if [ $# -ne 2 ] || [ ! -x "$old" ] || [ ! -x "$new" ]; then
  echo "usage: sh tests/identity.sh OLD_ANNALS NEW_ANNALS" >&2
  exit 2
fi
case $old in /*) ;; *) old=$PWD/$old ;; esac
case $new in /*) ;; *) new=$PWD/$new ;; esac
LC_ALL=C
export LC_ALL
# Pinned, so that a PDF's dates cannot differ between the two runs.
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
cd "$(dirname "$0")/.." || exit 2
T=$(mktemp -d) || exit 2
trap 'rm -rf "$T"' EXIT
mkdir "$T/old" "$T/new" "$T/in"

# The inputs, each the same for both programs.
sh tests/bench/gen_news 0.3 >"$T/in/news.txt" || exit 2
sh tests/bench/gen_news 0.02 >"$T/in/news-small.txt" || exit 2
sh tests/bench/gen_events 400 6 2019 >"$T/in/events-400.yaml" || exit 2
sh tests/bench/gen_events 25 1 >"$T/in/events-25.yaml" || exit 2
cp events/examples/*.txt events/examples/*.yaml "$T/in/" || exit 2
# The extracted record is an input of render; made by the old program.
"$old" extract "$T/in/news.txt" >"$T/in/news-extracted.yaml" 2>/dev/null

status=0
# run NAME ARGS...: runs both programs in $T/in with ARGS, compares.
run() {
  name=$1
  shift
  for side in old new; do
    eval prog=\$$side
    (cd "$T/in" && "$prog" "$@" >"$T/$side/out" 2>"$T/$side/err"
     echo "exit $?" >"$T/$side/rc")
  done
  if cmp -s "$T/old/out" "$T/new/out" && cmp -s "$T/old/err" "$T/new/err" &&
     cmp -s "$T/old/rc" "$T/new/rc"; then
    printf 'OK       %s (%s bytes, %s)\n' "$name" \
      "$(wc -c <"$T/new/out" | tr -d ' ')" "$(cat "$T/new/rc")"
  else
    what=""
    cmp -s "$T/old/out" "$T/new/out" || what="$what stdout"
    cmp -s "$T/old/err" "$T/new/err" || what="$what stderr"
    cmp -s "$T/old/rc" "$T/new/rc" || what="$what exit-status"
    printf 'DIFFERS  %s (%s)\n' "$name" "${what# }"
    status=1
  fi
}

for f in news.txt sample-article.txt; do
  run "dates $f" dates "$f"
  run "dates --format yaml $f" dates --format yaml "$f"
  run "dates --dct 2025-05-10 $f" dates --dct 2025-05-10 "$f"
  run "extract $f" extract "$f"
  run "extract --dct 2025-05-10 $f" extract --dct 2025-05-10 "$f"
done
for f in news-small.txt sample-article.txt; do
  run "parse $f" parse "$f"
done
for f in iran-pakistan-2025.yaml events-25.yaml events-400.yaml \
         news-extracted.yaml; do
  for t in json svg png pdf; do
    run "render -T $t $f" render -T "$t" "$f"
  done
  run "render -T json --layout vertical $f" render -T json --layout vertical "$f"
  run "render -T svg --layout vertical $f" render -T svg --layout vertical "$f"
done
run "render -T svg --svg-outlines iran-pakistan-2025.yaml" \
  render -T svg --svg-outlines iran-pakistan-2025.yaml
run "render -T png --theme dark --lanes actor iran-pakistan-2025.yaml" \
  render -T png --theme dark --lanes actor iran-pakistan-2025.yaml
run "render -T pdf --theme print --width a4 iran-pakistan-2025.yaml" \
  render -T pdf --theme print --width a4 iran-pakistan-2025.yaml
if [ $status -eq 0 ]; then
  echo "identity: every output is byte-identical"
else
  echo "identity: some outputs differ"
fi
exit $status
