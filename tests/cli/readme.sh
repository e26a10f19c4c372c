#!/bin/sh
# tests/cli/readme.sh - the example messages of README.md and
# events/schema.md are what the program prints.  In those files
#   <!-- readme.sh: input NAME -->     the next fenced block is file NAME
#   <!-- readme.sh: run annals ARGS --> the next fenced block is exactly
#                                       what `annals ARGS` prints on stderr
# Each run happens in a fresh directory holding the inputs given so far;
# it must exit 1 when the expected messages hold an error, else 0.
. "$(dirname "$0")/../lib.sh"

A=$ANNALS
n_runs=0

# blocks FILE : writes $T/blocks/K.kind ("input NAME" or "run ARGS") and
# $T/blocks/K.text (the fenced block after the marker), K = 1, 2, ...
blocks() {
  rm -rf "$T/blocks"
  mkdir -p "$T/blocks"
  awk -v dir="$T/blocks" '
    /^<!-- readme\.sh: (input|run) .* -->$/ {
      k++
      kind = $0
      sub(/^<!-- readme\.sh: /, "", kind)
      sub(/ -->$/, "", kind)
      print kind > (dir "/" k ".kind")
      close(dir "/" k ".kind")
      want = 1
      next
    }
    want == 1 && /^```/ { want = 2; printf "" > (dir "/" k ".text"); next }
    want == 2 && /^```$/ { want = 0; close(dir "/" k ".text"); next }
    want == 2 { print > (dir "/" k ".text") }
  ' "$1"
}

for doc in README.md events/schema.md; do
  blocks "$doc"
  rm -rf "$T/work"
  mkdir -p "$T/work"
  k=1
  while [ -f "$T/blocks/$k.kind" ]; do
    kind=$(cat "$T/blocks/$k.kind")
    case "$kind" in
      input\ *)
        cp "$T/blocks/$k.text" "$T/work/${kind#input }"
        ;;
      run\ annals\ *)
        n_runs=$((n_runs + 1))
        checks=$((checks + 1))
        # shellcheck disable=SC2086 # the arguments are words of the doc
        (cd "$T/work" && "$A" ${kind#run annals }) > /dev/null 2> "$T/got"
        rc=$?
        want_rc=0
        grep -q ': error: ' "$T/blocks/$k.text" && want_rc=1
        if ! cmp -s "$T/got" "$T/blocks/$k.text"; then
          fail "$doc: 'annals ${kind#run annals }' prints other messages:"
          diff "$T/blocks/$k.text" "$T/got" | head -20 >&2
        fi
        [ "$rc" -eq "$want_rc" ] ||
          fail "$doc: 'annals ${kind#run annals }' exits $rc, not $want_rc"
        ;;
      *) fail "$doc: unknown readme.sh marker '$kind'" ;;
    esac
    k=$((k + 1))
  done
done

checks=$((checks + 1))
[ "$n_runs" -ge 4 ] || fail "only $n_runs examples run (want >= 4)"
echo "readme.sh: $n_runs example runs of README.md and events/schema.md match"
finish
