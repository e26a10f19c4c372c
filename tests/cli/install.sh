#!/bin/sh
# tests/cli/install.sh - `make install` into a staging directory installs
# the program, the fonts and the manual pages annals(1) and annals(5); the
# installed program draws with the installed fonts; the program copied on
# its own into an empty directory draws the very same bytes with the fonts
# built into it; `make uninstall` removes what was installed.
. "$(dirname "$0")/../lib.sh"

A=$ANNALS
D=tests/layout/design-12.yaml
STAGE="$T/stage"
san=
[ "${BUILD:-build}" = build/san ] && san=SANITIZE=1

# The reference drawing, by the program under test (in the build tree).
"$A" render -o "$T/ref.svg" "$D" 2> /dev/null
"$A" render -o "$T/ref.png" "$D" 2> /dev/null

run ${MAKE:-make} --no-print-directory -s install $san DESTDIR="$STAGE" \
  PREFIX=/opt/annals
expect_exit 0
for f in bin/annals share/annals/fonts/NotoSans-Regular.ttf \
  share/annals/fonts/OFL.txt share/man/man1/annals.1 share/man/man5/annals.5
do
  checks=$((checks + 1))
  [ -f "$STAGE/opt/annals/$f" ] || fail "make install did not install $f"
done
checks=$((checks + 1))
cmp -s src/man/annals.1 "$STAGE/opt/annals/share/man/man1/annals.1" ||
  fail "the installed annals(1) is not src/man/annals.1"

# The installed program, with the installed fonts.
run "$STAGE/opt/annals/bin/annals" render -o "$T/inst.svg" "$D"
expect_exit 0
checks=$((checks + 1))
cmp -s "$T/ref.svg" "$T/inst.svg" || fail "the installed program draws otherwise"

# The program alone, copied where no font directory is: the built-in fonts.
mkdir -p "$T/lone"
cp "$A" "$T/lone/annals"
run "$T/lone/annals" render -o "$T/lone.svg" "$D"
expect_exit 0
checks=$((checks + 1))
# (Under SANITIZE=1 LeakSanitizer may add its report of suppressions.)
grep -q 'annals' "$T/stderr" && fail "the copied program complains: $(head -c 300 "$T/stderr")"
checks=$((checks + 1))
cmp -s "$T/ref.svg" "$T/lone.svg" || fail "the copied program draws another SVG"
run "$T/lone/annals" render -o "$T/lone.png" "$D"
expect_exit 0
checks=$((checks + 1))
cmp -s "$T/ref.png" "$T/lone.png" || fail "the copied program draws another PNG"
# A --fontdir that is not there is still an error.
run "$T/lone/annals" render --fontdir "$T/none" -o "$T/x.svg" "$D"
expect_exit 1
expect_stderr_has "font directory '$T/none' not found"

run ${MAKE:-make} --no-print-directory -s uninstall $san DESTDIR="$STAGE" \
  PREFIX=/opt/annals
expect_exit 0
checks=$((checks + 1))
left=$(find "$STAGE" -type f | wc -l)
[ "$left" -eq 0 ] || fail "make uninstall left $left files: $(find "$STAGE" -type f | head -3)"

finish
