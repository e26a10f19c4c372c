#!/bin/sh
# tests/cli/man.sh - the manual pages src/man/annals.1 and src/man/annals.5: they
# render without a warning (man --warnings, else groff -ww), annals(1) has
# a section for every command `annals --help` lists and describes every
# option of every command's --help, and the example record of annals(5)
# is valid.
. "$(dirname "$0")/../lib.sh"

A=$ANNALS
M=src/man

# render PAGE : the page as text in $T/page.txt, warnings in $T/warn.
render() {
  if command -v man > /dev/null 2>&1; then
    MANWIDTH=80 man --warnings -l "$1" > "$T/page.txt" 2> "$T/warn"
  elif command -v groff > /dev/null 2>&1; then
    groff -man -ww -Tutf8 "$1" > "$T/page.txt" 2> "$T/warn"
  else
    return 1
  fi
}

if ! command -v man > /dev/null 2>&1 && ! command -v groff > /dev/null 2>&1
then
  echo "man.sh: neither man nor groff is installed: pages not rendered"
  finish
fi

for page in $M/annals.1 $M/annals.5; do
  checks=$((checks + 1))
  render "$page"
  [ -s "$T/warn" ] && fail "$page: warnings: $(head -c 600 "$T/warn")"
  [ "$(wc -l < "$T/page.txt")" -gt 40 ] || fail "$page renders nearly empty"
done

# annals(1): every command and every option of its --help.
render $M/annals.1
# Rendered text joins a hyphenated word across lines: undo that.
sed -e ':a' -e '/-$/N; s/-\n *//; ta' "$T/page.txt" > "$T/man1.txt"
cmds=$("$A" --help | sed -n 's/^  \([a-z][a-z]*\)  .*/\1/p')
[ -n "$cmds" ] || fail "annals --help lists no commands"
n_opts=0
for c in $cmds; do
  checks=$((checks + 1))
  grep -q "^   annals $c\$" "$T/man1.txt" || fail "annals(1) has no section for '$c'"
  "$A" "$c" --help > "$T/help" 2>&1
  for o in $(grep -o -- '--[a-z][a-z-]*' "$T/help" | sort -u); do
    n_opts=$((n_opts + 1))
    checks=$((checks + 1))
    grep -q -- "$o" "$T/man1.txt" || fail "annals(1) does not describe $c $o"
  done
done
for o in --help --version; do
  checks=$((checks + 1))
  grep -q -- "$o" "$T/man1.txt" || fail "annals(1) does not describe $o"
done

# annals(5): its example record is valid (events written with and without
# an id).
awk '/^\.nf$/ { on = 1; next } /^\.fi$/ { on = 0 } on && !/^\.R[SE]$/' \
  $M/annals.5 | sed 's/\\-/-/g' > "$T/example.yaml"
run "$A" check "$T/example.yaml"
expect_exit 0
checks=$((checks + 1))
[ "$(grep -c 'date: ' "$T/example.yaml")" -ge 2 ] ||
  fail "annals(5) has no example record"

echo "man.sh: 2 pages, $(echo $cmds | wc -w) commands, $n_opts options checked"
finish
