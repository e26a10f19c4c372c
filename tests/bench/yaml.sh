#!/bin/sh
# tests/bench/yaml.sh - reading and checking a large record: 100,000 events.
prog=${1:-build/annals}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
awk 'BEGIN {
  print "annals: 1"; print "title: bench"; print "events:";
  for (i = 0; i < 100000; i++) {
    y = 1990 + i % 35; m = 1 + i % 12; d = 1 + i % 28;
    printf "  - id: e%d\n    date: %04d-%02d-%02d\n", i, y, m, d;
    printf "    title: Event number %d between two capitals\n", i;
    print "    type: consult"; print "    actors: [India, Iran]";
  } }' > "$T/big.yaml"
bytes=$(wc -c < "$T/big.yaml")
if command -v /usr/bin/time >/dev/null 2>&1; then
  /usr/bin/time -f '%e %M' -o "$T/t" "$prog" check "$T/big.yaml" || exit 1
  read secs kb < "$T/t"
  echo "yaml: check of 100,000 events ($bytes bytes): ${secs} s, peak ${kb} KB"
else
  start=$(date +%s.%N)
  "$prog" check "$T/big.yaml" || exit 1
  end=$(date +%s.%N)
  echo "yaml: check of 100,000 events ($bytes bytes): $(echo "$end - $start" | bc) s"
fi
