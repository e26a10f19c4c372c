#!/bin/sh
# tests/fuzz/run.sh - builds the libFuzzer targets with clang and runs each
# for a given time (`make fuzz FUZZ_SECONDS=N` calls it).
#
#   sh tests/fuzz/run.sh SECONDS [TARGET...]     (default: every target)
#
# SECONDS 0 only builds the fuzzers and build/fuzz/fuzz-driver.
#
# The library sources are compiled with clang, ASan, UBSan and the
# libFuzzer instrumentation into build/fuzz/.  Each target X runs on a
# corpus build/fuzz/corpus-X seeded from the test files (copied, so the
# tree is never written) for SECONDS seconds, one process at a time, with
# -timeout=5 -rss_limit_mb=2048 and a -max_len suited to the target.
# Findings (crash-*, leak-*, timeout-*, oom-*, slow-unit-*) are copied to
# tests/fuzz/regressions/X/ for review; build/fuzz/summary.txt gets one
# line per run: date, target, seconds, executions, corpus size, findings.
# build/fuzz/fuzz-driver TARGET FILE... replays files with the sanitizers
# (no libFuzzer), to study a finding.
# Exit status: 0 when no target found anything, 1 otherwise, 2 misuse.
#
# Environment: CLANG (default clang), FUZZ_FLAGS (extra libFuzzer flags),
# FUZZ_CFLAGS (extra compile flags, e.g. -fno-sanitize=pointer-overflow to
# fuzz past a known open bug; the objects are rebuilt when it changes).
set -u
cd "$(dirname "$0")/../.." || exit 2
secs=${1:-60}
shift 2>/dev/null
case "$secs" in
  ''|*[!0-9]*) echo "usage: run.sh SECONDS [TARGET...]" >&2; exit 2 ;;
esac
CLANG=${CLANG:-clang}
B=build/fuzz
mkdir -p "$B/obj" || exit 1

all_targets=$(ls tests/fuzz/fuzz_*.c | sed 's|.*/fuzz_||; s|\.c$||' |
  grep -v '^util$')
targets=${*:-$all_targets}

# Generated data (events/*.yaml -> build/gen/*.inc) comes from the normal
# build, which knows how to make it.
gens="build/gen/places.inc build/gen/nouns.inc build/gen/persons.inc build/gen/model.S build/gen/fonts.S"
for f in events/*.yaml; do
  [ -f "$f" ] && gens="$gens build/gen/$(basename "$f" .yaml).inc"
done
for f in src/dates/*.txt; do
  [ -f "$f" ] && gens="$gens build/gen/dates/$(basename "$f" .txt).inc"
done
[ -n "$gens" ] && { make --no-print-directory -s $gens || exit 1; }
# The English model and the fonts are linked in as assembled blobs.
blobs="build/obj/model_blob.o build/obj/fonts_blob.o"
make --no-print-directory -s $blobs || exit 1

PKGS="yaml-0.1 glib-2.0 cairo cairo-svg cairo-pdf cairo-png pangocairo \
pangoft2 fontconfig"
PKG_CFLAGS=$(pkg-config --cflags $PKGS 2>/dev/null)
PKG_LIBS=$(pkg-config --libs $PKGS 2>/dev/null)
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all \
-fno-omit-frame-pointer"
CF="-std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 $SAN -Isrc -Ibuild/gen \
-Itests/fuzz $PKG_CFLAGS"
CF="$CF ${FUZZ_CFLAGS:-}"
# Rebuild everything when the flags change.
if [ "$(cat "$B/.flags" 2>/dev/null)" != "$CF" ]; then
  rm -f "$B"/obj/*.o
  echo "$CF" > "$B/.flags"
fi

# Library objects: everything in src/ and its stage folders but the
# program and build tools, and the built-in model.  Rebuilt when the
# source, a header or the generated data is newer.
objs=""
newest_dep=$(ls -t src/*.h src/*/*.h build/gen/*.inc build/gen/*/*.inc \
  2>/dev/null | head -1)
for s in src/*/*.c; do
  case "$s" in src/cli/*|src/tools/*) continue ;; esac
  o="$B/obj/$(echo "${s#src/}" | sed 's|/|_|g; s|\.c$||').o"
  if [ ! -f "$o" ] || [ "$s" -nt "$o" ] || [ "$newest_dep" -nt "$o" ]; then
    echo "  CLANG  $s"
    $CLANG $CF -fsanitize=fuzzer-no-link -c -o "$o" "$s" || exit 1
  fi
  objs="$objs $o"
done
objs="$objs $blobs"
for s in tests/fuzz/fuzz_*.c; do
  o="$B/obj/t_$(basename "$s" .c).o"
  if [ ! -f "$o" ] || [ "$s" -nt "$o" ] || [ "$newest_dep" -nt "$o" ] ||
     [ tests/fuzz/fuzz.h -nt "$o" ]; then
    echo "  CLANG  $s"
    $CLANG $CF -fsanitize=fuzzer-no-link -c -o "$o" "$s" || exit 1
  fi
  objs="$objs $o"
done

# seeds X: the directories whose files seed target X.
seeds() {
  case "$1" in
    yaml) echo tests/yaml/valid tests/yaml/warn tests/yaml/invalid \
            events/examples tests/layout ;;
    data) echo events ;;
    dates|extract|pipeline|parse) echo tests/spec events/examples tests/bench ;;
    *) ;;
  esac
  echo "tests/fuzz/seeds/$1 tests/fuzz/regressions/$1"
}
maxlen() {
  case "$1" in
    yaml|data|model) echo 65536 ;;
    layout) echo 8192 ;;
    parse) echo 4096 ;; # two analyses of it per run, under the sanitizers
    *) echo 16384 ;;
  esac
}

# A plain driver on the same objects, to replay one file with the
# sanitizers: build/fuzz/fuzz-driver TARGET FILE...
$CLANG $CF -o "$B/fuzz-driver" tests/fuzz/driver.c $objs $PKG_LIBS -lm || exit 1

found=0
for t in $targets; do
  if [ ! -f "tests/fuzz/fuzz_$t.c" ]; then
    echo "run.sh: no target '$t' (have: $(echo $all_targets))" >&2
    exit 2
  fi
  bin="$B/fuzz-$t"
  echo "  LINK   $bin"
  $CLANG $CF -fsanitize=fuzzer -DFUZZ_ONE="fuzz_${t}_one" -o "$bin" \
    tests/fuzz/entry.c $objs $PKG_LIBS -lm || exit 1
  [ "$secs" -eq 0 ] && continue
  corpus="$B/corpus-$t"
  art="$B/artifacts-$t"
  mkdir -p "$corpus" "$art"
  for d in $(seeds "$t"); do
    [ -d "$d" ] || continue
    find "$d" -type f ! -name '*.err' ! -name '*.sh' ! -name 'README*' |
      while read -r f; do
        cp "$f" "$corpus/seed-$(echo "$f" | tr '/' '_')"
      done
  done
  dict=""
  [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
  log="$B/$t.log"
  echo "  FUZZ   $t for ${secs}s (log: $log)"
  "./$bin" "$corpus" -max_total_time="$secs" -timeout=5 -rss_limit_mb=2048 \
    -max_len="$(maxlen "$t")" -print_final_stats=1 -artifact_prefix="$art/" \
    $dict ${FUZZ_FLAGS:-} > "$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # Fork mode (FUZZ_FLAGS=-fork=1) prints "#N: cov: ..." lines instead.
  [ -z "$execs" ] && execs=$(sed -n 's/^#\([0-9]*\): cov:.*/\1/p' "$log" | tail -1)
  units=$(ls "$corpus" | wc -l)
  n=0
  known=""
  for f in "$art"/*; do
    [ -f "$f" ] || continue
    mkdir -p "tests/fuzz/regressions/$t"
    # A known input found again (fork mode replays crashing seeds) is
    # not a new finding.
    known=""
    for r in "tests/fuzz/regressions/$t"/*; do
      [ -f "$r" ] && cmp -s "$f" "$r" && known=1 && break
    done
    [ -z "$known" ] && cp "$f" "tests/fuzz/regressions/$t/" && n=$((n + 1))
    rm -f "$f"
  done
  [ $rc -ne 0 ] && [ $n -eq 0 ] && [ -z "$known" ] && n=1
  line="$(date -u +%Y-%m-%dT%H:%MZ) $t ${secs}s execs=${execs:-?} corpus=$units findings=$n exit=$rc"
  echo "  DONE   $line"
  echo "$line" >> "$B/summary.txt"
  if [ $n -ne 0 ]; then
    found=1
    grep -E 'ERROR|SUMMARY|invariant|runtime error' "$log" | head -5
    echo "  findings copied to tests/fuzz/regressions/$t/ (review them)"
  fi
done
exit $found
