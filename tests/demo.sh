#!/bin/sh
# tests/demo.sh - `make demo`: the main job on the bundled inputs.
#  1. checks the hand-curated example timelines and prints their summary;
#  2. extracts the events of the bundled sample article (written for this
#     project) into YAML;
#  3. renders both timelines to SVG and PNG.
# Everything is written under build/demo/.
set -eu
prog=${1:-build/annals}
out=build/demo
mkdir -p "$out"
LC_ALL=C
export LC_ALL

echo "== annals check --summary events/examples/*.yaml"
"$prog" check --summary events/examples/*.yaml

echo
echo "== annals extract events/examples/sample-article.txt"
"$prog" extract --force -o "$out/sample-article.yaml" \
  events/examples/sample-article.txt
"$prog" check --summary "$out/sample-article.yaml"
sed -n '1,40p' "$out/sample-article.yaml"
echo "   ... (full record in $out/sample-article.yaml)"

echo
echo "== annals render"
for f in events/examples/iran-pakistan-2025.yaml "$out/sample-article.yaml"; do
  b=$(basename "$f" .yaml)
  "$prog" render -o "$out/$b.svg" "$f"
  "$prog" render -o "$out/$b.png" "$f"
  echo "   $out/$b.svg $out/$b.png"
done
echo
echo "demo done: open $out/iran-pakistan-2025.svg in a browser"
