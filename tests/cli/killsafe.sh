#!/bin/sh
# tests/cli/killsafe.sh - a write killed at any moment loses nothing.
#
# For each command that writes a file (-o), a large write is started over
# an existing old file and killed with SIGKILL at several moments (fractions
# of the time a full run takes).  After each kill the destination must be
# either the old content or the complete new file (byte-identical to a
# reference run).  Temporary files left by a kill are allowed but are
# never the destination; they are counted and reported.  After a run that
# completes, no temporary file may remain.
. "$(dirname "$0")/../lib.sh"

san=""
case "$ANNALS" in */san/*) san=1 ;; esac
N=20000
[ -n "$san" ] && N=4000

awk -v N="$N" 'BEGIN {
  print "annals: 1\ntitle: Kill test\nevents:"
  split("fight consult protest threaten aid", T, " ")
  for (i = 0; i < N; i++) {
    printf "- id: e%d\n  date: %04d-%02d-%02d\n", i, 1990 + i % 35, 1 + i % 12, 1 + i % 28
    printf "  title: Event %d, a title long enough to wrap on two lines\n", i
    printf "  type: %s\n  actors: [Side %d, Side %d]\n", T[1 + i % 5], i % 7, i % 11
  }
}' > "$T/big.yaml"
awk -v N=$((N * 2)) 'BEGIN {
  split("India Pakistan Iran Israel Turkey Egypt Japan Brazil", A, " ")
  split("January February March April May June July August September October November December", M, " ")
  for (i = 0; i < N; i++) {
    printf "%s struck %s on %s %d, %d, officials said.", A[1 + i % 8], A[1 + (i * 3 + 1) % 8], M[1 + i % 12], 1 + i % 28, 1990 + i % 35
    printf (i % 4 == 3) ? "\n\n" : " "
  }
}' > "$T/big.txt"

mkdir "$T/out"
kills=0
leftovers=0

# now_ms: milliseconds since the epoch (GNU date).
now_ms() { date +%s%3N; }

# trial NAME EXT CMD... : CMD writes $T/out/dest.EXT (the -o argument).
# With OLD=FILE the destination starts as a copy of FILE (--update).
trial() {
  tname=$1
  ext=$2
  shift 2
  dest="$T/out/dest.$ext"
  # Reference run: the complete new file, and how long it takes.
  rm -f "$T/out/"* "$T/out/".dest* 2> /dev/null
  if [ -n "${OLD:-}" ]; then
    cp "$OLD" "$T/old"
  else
    echo "old content of $tname" > "$T/old"
  fi
  cp "$T/old" "$dest"
  t0=$(now_ms)
  "$@" 2> "$T/stderr"
  rc=$?
  t1=$(now_ms)
  checks=$((checks + 1))
  if [ $rc -ne 0 ] || cmp -s "$dest" "$T/old"; then
    last_cmd="$*"
    last_rc=$rc
    fail "$tname: reference run did not write the file"
    return
  fi
  cp "$dest" "$T/ref"
  checks=$((checks + 1))
  left=$(ls -A "$T/out" | grep -v "^dest\.$ext\$" | wc -l)
  [ "$left" -eq 0 ] || fail "$tname: $left temporary files left by a run that completed"
  ms=$((t1 - t0))
  [ $ms -lt 20 ] && ms=20
  old_n=0
  new_n=0
  for pct in 5 15 30 50 70 85 95 99; do
    rm -f "$T/out/"* "$T/out/".dest* 2> /dev/null
    cp "$T/old" "$dest"
    "$@" 2> /dev/null &
    pid=$!
    sleep "$(awk -v ms=$ms -v p=$pct 'BEGIN { printf "%.3f", ms * p / 100000 }')"
    kill -9 $pid 2> /dev/null
    wait $pid 2> /dev/null
    kills=$((kills + 1))
    checks=$((checks + 1))
    if cmp -s "$dest" "$T/old"; then
      old_n=$((old_n + 1))
    elif cmp -s "$dest" "$T/ref"; then
      new_n=$((new_n + 1))
    else
      fail "$tname: killed at ${pct}% of ${ms} ms: the destination is neither the old file nor the complete new one ($(wc -c < "$dest") bytes)"
    fi
    left=$(ls -A "$T/out" | grep -v "^dest\.$ext\$" | wc -l)
    leftovers=$((leftovers + left))
  done
  echo "killsafe: $tname: full run $ms ms; 8 kills: $old_n left the old file, $new_n the new one"
}

trial "render svg $N events" svg \
  "$ANNALS" render -T svg -o "$T/out/dest.svg" "$T/big.yaml"
trial "render png $N events" png \
  "$ANNALS" render -T png -o "$T/out/dest.png" "$T/big.yaml"
trial "render pdf $N events" pdf \
  "$ANNALS" render -T pdf -o "$T/out/dest.pdf" "$T/big.yaml"
trial "render json $N events" json \
  "$ANNALS" render -T json -o "$T/out/dest.json" "$T/big.yaml"
trial "extract --force $(($(wc -c < "$T/big.txt") / 1000)) kB text" yaml \
  "$ANNALS" extract --force --dct 2025-06-01 -o "$T/out/dest.yaml" "$T/big.txt"

OLD="$T/big.yaml" trial "extract --update of $N events" yaml \
  "$ANNALS" extract --update "$T/out/dest.yaml" --dct 2025-06-01 "$T/big.txt"

echo "killsafe: $kills kills, $leftovers temporary files left behind by them"
finish
