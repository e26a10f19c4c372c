#!/bin/sh
# tests/bench/render.sh PROGRAM - `make bench`: renders 10, 1,000 and
# 10,000 generated events (over 40 years) to SVG and PNG and prints wall
# time and peak memory; then the layout time alone at 1k, 10k and 100k
# events, to show it grows like n log n.  Targets: 10,000 events to SVG in
# under 0.3 s, to PNG (default scale 2) in under 1 s, under 300 MB.  CPU
# time (user + system) is printed too: on a shared machine it is the
# steadier figure.
LC_ALL=C
export LC_ALL
A=${1:-build/annals}
BUILD=${BUILD:-build}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# Deterministic generator (Park-Miller LCG, exact in awk doubles).
gen() {
  awk -v n="$1" 'BEGIN {
    split("talks strike border minister ceasefire envoy summit troops aid sanctions protest capital visit deal the of and in a with", w, " ");
    split("consult fight protest aid statement yield assault demand", ty, " ");
    s = 12345;
    print "annals: 1"; print "title: " n " generated events over 40 years"; print "events:";
    for (i = 0; i < n; i++) {
      s = (s * 16807) % 2147483647; y = 1985 + s % 40;
      s = (s * 16807) % 2147483647; m = 1 + s % 12;
      s = (s * 16807) % 2147483647; d = 1 + s % 28;
      s = (s * 16807) % 2147483647; k = 2 + s % 12;
      t = "";
      for (j = 0; j < k; j++) {
        s = (s * 16807) % 2147483647;
        t = t (j ? " " : "") w[1 + s % 20];
      }
      s = (s * 16807) % 2147483647;
      printf "  - id: e%d\n    date: %04d-%02d-%02d\n    title: %s\n    type: %s\n", i, y, m, d, t, ty[1 + s % 8];
    }
  }'
}

have_time=0
[ -x /usr/bin/time ] && have_time=1
printf '%-8s %-6s %10s %10s %10s %10s\n' events format "wall (s)" "cpu (s)" \
  "peak (MB)" "bytes"
status=0
for n in 10 1000 10000; do
  gen $n >"$T/ev$n.yaml"
  for f in svg png; do
    if [ $have_time -eq 1 ]; then
      /usr/bin/time -f '%e %M %U %S' -o "$T/time" "$A" render \
        -o "$T/out.$f" "$T/ev$n.yaml" 2>/dev/null
      rc=$?
      read -r wall kb usr sys <"$T/time"
      cpu=$(echo "$usr + $sys" | bc)
    else
      s=$(date +%s.%N)
      "$A" render -o "$T/out.$f" "$T/ev$n.yaml" 2>/dev/null
      rc=$?
      wall=$(echo "$(date +%s.%N) - $s" | bc)
      kb=0
      cpu=?
    fi
    [ $rc -eq 0 ] || { echo "render failed ($n, $f)"; status=1; }
    printf '%-8s %-6s %10s %10s %10.1f %10s\n' $n $f "$wall" "$cpu" \
      "$(echo "$kb / 1024" | bc -l)" "$(wc -c <"$T/out.$f")"
  done
done
echo
if [ -x "$BUILD/tests/test_layout" ]; then
  ANNALS_LAYOUT_BENCH=1 "$BUILD/tests/test_layout"
else
  echo "(build $BUILD/tests/test_layout for the layout-only figures)"
fi
exit $status
