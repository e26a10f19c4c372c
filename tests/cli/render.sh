#!/bin/sh
# tests/cli/render.sh - `annals render` end to end: formats and -T parsing,
# exit codes, atomic -o, write errors, size limits, determinism, SVG read
# back by rsvg-convert, PDF by pdftoppm, --strict, --watch.
# Run by `make check` with ANNALS set to the program.
LC_ALL=C
export LC_ALL
A=${ANNALS:?ANNALS must name the annals program}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "render.sh: FAIL: $*" >&2; fails=$((fails + 1)); }
# expect CODE CMD... : runs CMD, stdout to $T/out, stderr to $T/err
expect() {
  want=$1
  shift
  "$@" >"$T/out" 2>"$T/err"
  got=$?
  [ "$got" -eq "$want" ] || fail "exit $got, want $want: $* ($(head -c 300 "$T/err"))"
}
has() { grep -q -- "$2" "$1" || fail "'$2' not in $1: $(head -c 300 "$1")"; }

D=tests/layout/design-12.yaml
unset SOURCE_DATE_EPOCH

# Help and usage.
expect 0 "$A" render --help
has "$T/out" "usage: annals render"
has "$T/out" "Exit status"
expect 2 "$A" render
has "$T/err" "no input file"
expect 2 "$A" render -T gif "$D"
has "$T/err" "unknown format 'gif' (valid formats: svg, png, pdf, json)"
has "$T/err" "usage:"
expect 2 "$A" render --bogus "$D"
expect 2 "$A" render -T
expect 2 "$A" render --width 1e9 "$D"
has "$T/err" "width '1e9' out of range"
expect 2 "$A" render --width nan "$D"
expect 2 "$A" render -T png --scale 1000 -o "$T/x.png" "$D"
has "$T/err" "scale '1000' out of range"
expect 2 "$A" render -T png --width 10000 --scale 4 -o "$T/x.png" "$D"
has "$T/err" "would be 40000 pixels wide (at most 32767)"
[ -e "$T/x.png" ] && fail "file written for a refused size"
expect 2 "$A" render --theme neon "$D"
expect 2 "$A" render --lanes place "$D"
expect 2 "$A" render -o "$T/x.gif" "$D"
has "$T/err" "cannot tell the format"
[ -e "$T/x.gif" ] && fail "file written on a usage error"

# -Tsvg and -T svg are the same; the format follows -o.
expect 0 "$A" render -Tsvg "$D"
cp "$T/out" "$T/a.svg"
expect 0 "$A" render -T svg "$D"
cmp -s "$T/out" "$T/a.svg" || fail "-Tsvg and -T svg differ"
expect 0 "$A" render -o "$T/b.png" "$D"
# SVG: real text by default, glyph outlines on request.
expect 0 "$A" render -o "$T/text.svg" "$D"
grep -q '<text class=' "$T/text.svg" || fail "SVG without <text>"
grep -q '<g id="ev-' "$T/text.svg" || fail "SVG without event groups"
expect 0 "$A" render --svg-outlines -o "$T/outl.svg" "$D"
grep -q '<text' "$T/outl.svg" && fail "--svg-outlines wrote <text>"
grep -q '<path' "$T/outl.svg" || fail "--svg-outlines drew no outline"
# PNG width in pixels (bytes 16..19 of the IHDR chunk).
png_w() { od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}'; }
[ "$(png_w "$T/b.png")" = 1920 ] || fail "default PNG not at scale 2: $(png_w "$T/b.png") px"
expect 0 "$A" render --dpi 300 -o "$T/dpi.png" "$D"
[ "$(png_w "$T/dpi.png")" = 4000 ] || fail "--dpi 300: $(png_w "$T/dpi.png") px, want 4000"
expect 0 "$A" render --width a4 --scale 1 -o "$T/a4.png" "$D"
[ "$(png_w "$T/a4.png")" = 454 ] || fail "--width a4: $(png_w "$T/a4.png") px, want 454"
expect 2 "$A" render --dpi 10 -o "$T/x.png" "$D"
has "$T/err" "dpi '10' out of range"
[ "$(head -c 4 "$T/b.png" | od -An -c | tr -d ' ')" = "211PNG" ] ||
  fail "-o x.png did not write a PNG"
expect 0 "$A" render -o "$T/b.pdf" "$D"
[ "$(head -c 5 "$T/b.pdf")" = "%PDF-" ] || fail "-o x.pdf did not write a PDF"
expect 0 "$A" render -o "$T/b.json" "$D"
has "$T/b.json" '"canvas": {"w": 960.00'
has "$T/b.json" '"breaks": \['
has "$T/b.json" '"id": "2025-05-10-ceasefire"'
# Standard input and several files merge.
expect 0 sh -c "\"$A\" render -T json - < $D"
has "$T/out" '"dated": 12'
expect 0 "$A" render -T json "$D" tests/layout/one-event.yaml
has "$T/out" '"dated": 13'

# SVG: structure, and a real SVG reader accepts it.
has "$T/a.svg" 'viewBox="0 0 960 '
has "$T/a.svg" '<title>Strikes, a ceasefire and a pivot to Tehran</title>'
has "$T/a.svg" '<desc>Strikes, a ceasefire and a pivot to Tehran. Events:'
has "$T/a.svg" '7 May 2025: India strikes targets in Pakistan'
if command -v rsvg-convert >/dev/null 2>&1; then
  rsvg-convert -o "$T/rsvg.png" "$T/a.svg" 2>"$T/err" ||
    fail "rsvg-convert rejects the SVG: $(cat "$T/err")"
  [ -s "$T/rsvg.png" ] || fail "rsvg-convert wrote nothing"
else
  echo "render.sh: rsvg-convert missing (librsvg2-bin), SVG read-back skipped" >&2
fi
# PDF: poppler reads it.
if command -v pdftoppm >/dev/null 2>&1; then
  pdftoppm -r 36 -png -singlefile "$T/b.pdf" "$T/pdf" 2>"$T/err" ||
    fail "pdftoppm rejects the PDF: $(cat "$T/err")"
  [ -s "$T/pdf.png" ] || fail "pdftoppm wrote nothing"
else
  echo "render.sh: pdftoppm missing (poppler-utils), PDF read-back skipped" >&2
fi

# Determinism: two processes, same bytes, for every format.
for f in svg png pdf json; do
  "$A" render -T $f "$D" >"$T/r1.$f" 2>/dev/null
  "$A" render -T $f "$D" >"$T/r2.$f" 2>/dev/null
  cmp -s "$T/r1.$f" "$T/r2.$f" || fail "two $f renders differ"
done
SOURCE_DATE_EPOCH=1700000000 "$A" render -T pdf "$D" >"$T/sde.pdf"
grep -a -q '20231114221320' "$T/sde.pdf" || fail "SOURCE_DATE_EPOCH ignored"
"$A" render -T pdf "$D" >"$T/nodate.pdf"
grep -a -q 'CreationDate' "$T/nodate.pdf" && fail "PDF dated without SOURCE_DATE_EPOCH"
pdfinfo "$T/nodate.pdf" >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null ||
  fail "PDF without a date unreadable"
cmp -s "$T/sde.pdf" "$T/r1.pdf" && fail "PDF date did not change"

# PNG and PDF never go to a terminal.
if command -v script >/dev/null 2>&1; then
  script -qec "\"$A\" render -T png $D" /dev/null >"$T/tty" 2>&1
  rc=$?
  [ $rc -eq 2 ] || fail "PNG to a terminal: exit $rc, want 2"
  grep -q "refusing to write PNG to a terminal" "$T/tty" ||
    fail "no message for PNG to a terminal"
fi

# Atomic output: a failed render leaves no file and keeps an old one.
printf 'events:\n  - id: x\n    date: 2024-13-01\n    title: bad\n' >"$T/bad.yaml"
expect 1 "$A" render -o "$T/new.svg" "$T/bad.yaml"
[ -e "$T/new.svg" ] && fail "failed render left a file"
echo keep >"$T/old.svg"
expect 1 "$A" render -o "$T/old.svg" "$T/bad.yaml"
[ "$(cat "$T/old.svg")" = keep ] || fail "failed render replaced the old file"
ls "$T" | grep -q '\.tmp' && fail "temporary file left behind"
expect 1 "$A" render -o "$T/no/such/dir/x.svg" "$D"
has "$T/err" "no/such/dir"
if [ -w /dev/full ]; then
  "$A" render -T svg "$D" >/dev/full 2>"$T/err"
  rc=$?
  [ $rc -eq 1 ] || fail "write to /dev/full: exit $rc, want 1"
  grep -q "error" "$T/err" || fail "no message for /dev/full"
fi

# Fonts: a missing directory is a clear error.
expect 1 "$A" render --fontdir "$T/nofonts" "$D"
has "$T/err" "font directory '$T/nofonts' not found"
# Scripts: Hebrew, Armenian, Georgian, Greek and Cyrillic are bundled; a
# title in a script no face has is a warning naming the event and script.
cat >"$T/scripts.yaml" <<'EOF2'
annals: 1
title: Scripts
events:
  - id: hy
    date: 2025-05-10
    title: "\u0540\u0561\u0575\u0561\u057d\u057f\u0561\u0576 \u10e1\u10d0\u10e5\u10d0\u10e0\u10d7\u10d5\u10d4\u10da\u10dd \u05d9\u05e9\u05e8\u05d0\u05dc \u0395\u03bb\u03bb\u03ac\u03b4\u03b1 \u0420\u043e\u0441\u0441\u0438\u044f"
    type: consult
  - id: zh
    date: 2025-05-11
    title: "\u4e2d\u56fd talks \u0e44\u0e17\u0e22"
    type: consult
EOF2
expect 0 "$A" render -T json "$T/scripts.yaml"
has "$T/err" "scripts.yaml:8:5: warning: event 'zh': the title has Chinese (Han), Thai characters"
[ "$(grep -c warning "$T/err")" = 1 ] || fail "bundled scripts warned about: $(cat "$T/err")"
# Other faces in a --fontdir are loaded (a copy of ours with Thai added);
# a file there that is no font is an error.
mkdir "$T/fd"
cp fonts/*.ttf "$T/fd/"
if [ -f /usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf ]; then
  cp /usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf "$T/fd/"
  expect 0 "$A" render --fontdir "$T/fd" -T json "$T/scripts.yaml"
  has "$T/err" "the title has Chinese (Han) characters"
fi
echo "not a font" >"$T/fd/broken.ttf"
expect 1 "$A" render --fontdir "$T/fd" "$D"
has "$T/err" "cannot load font 'broken.ttf'"

# Folding: a warning, and an error with --strict; undated events noted.
expect 0 "$A" render -T json tests/layout/same-day-50.yaml
has "$T/err" "47 of 50 events did not fit"
expect 1 "$A" render --strict -T json tests/layout/same-day-50.yaml
has "$T/err" "error: 47 of 50 events"
expect 0 "$A" render -T json tests/layout/precision.yaml
has "$T/err" "1 event without a date was left out"
# Lanes and themes.
expect 0 "$A" render --lanes actor --theme dark -T json tests/layout/lanes-actor.yaml
has "$T/out" '"name": "Pakistan"'
has "$T/out" '"theme": "dark"'
expect 0 "$A" render --lanes type -T json tests/layout/lanes-type.yaml
has "$T/out" '"name": "Reduce relations"'
# The vertical layout labels all 400 events; --strict has nothing to fail.
expect 0 "$A" render --layout vertical --strict -T json \
  tests/layout/stress-400.yaml
has "$T/out" '"orient": "vertical"'
has "$T/out" '"folded": 0}'
expect 2 "$A" render --layout diagonal "$D"
has "$T/err" "unknown layout 'diagonal' (valid: horizontal, vertical)"
expect 2 "$A" render --layout vertical --lanes actor "$D"
has "$T/err" "lanes needs the horizontal layout"

# --watch renders again when the input changes; Ctrl-C stops it.
cp "$D" "$T/w.yaml"
"$A" render --watch -o "$T/w.svg" "$T/w.yaml" 2>"$T/watch.err" &
pid=$!
i=0
while [ $i -lt 40 ] && ! grep -q rendered "$T/watch.err"; do
  sleep 0.1; i=$((i + 1))
done
sed 's/^title: .*/title: Changed title/' "$D" >"$T/w.yaml"
touch "$T/w.yaml"
i=0
while [ $i -lt 40 ] && [ "$(grep -c rendered "$T/watch.err")" -lt 2 ]; do
  sleep 0.1; i=$((i + 1))
done
kill -INT $pid
wait $pid
rc=$?
[ $rc -eq 0 ] || fail "--watch exit $rc after SIGINT"
[ "$(grep -c rendered "$T/watch.err")" -ge 2 ] ||
  fail "--watch did not render again: $(cat "$T/watch.err")"
grep -q "Changed title" "$T/w.svg" || fail "--watch output not updated"
expect 2 "$A" render --watch "$D"

if [ $fails -ne 0 ]; then
  echo "render.sh: $fails failure(s)" >&2
  exit 1
fi
echo "render.sh: ok"
