#!/bin/sh
# tests/cli/parse.sh - `annals parse`: well-formed CoNLL-U whose byte
# ranges point at the words, one tree per sentence, the passive agent and
# the subject where they belong, and errors for bad input and bad models.
# Needs ANNALS (the program).  Exits non-zero after all checks if any failed.
set -u
: "${ANNALS:?set ANNALS to the annals program}"
LC_ALL=C
export LC_ALL
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
checks=0
fail() { echo "parse.sh: FAIL: $*" >&2; fails=$((fails + 1)); }

expect_rc() {
  code=$1; shift
  checks=$((checks + 1))
  "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  [ "$rc" -eq "$code" ] || fail "exit $rc (wanted $code): $*: $(head -c 300 "$tmp/err")"
}

printf 'A tanker was struck by a drone off the coast on Friday. The navy said it didn'"'"'t fire.\n\nPresident Okoro, who leads the council, left for Geneva.\n' >"$tmp/a.txt"

expect_rc 0 "$ANNALS" parse "$tmp/a.txt"
cp "$tmp/out" "$tmp/a.conllu"
[ -s "$tmp/err" ] && fail "parse wrote to stderr: $(cat "$tmp/err")"

# Every word line has 10 columns; its TokenRange is the form's bytes in the
# text; each sentence has exactly one root and heads inside the sentence.
checks=$((checks + 1))
python3 - "$tmp/a.txt" "$tmp/a.conllu" <<'EOF' || fail "CoNLL-U structure (see above)"
import sys
text = open(sys.argv[1], 'rb').read()
sents, cur = [], []
for line in open(sys.argv[2], encoding='utf-8').read().split('\n'):
    if not line:
        if cur: sents.append(cur); cur = []
        continue
    if line.startswith('#'):
        continue
    cols = line.split('\t')
    assert len(cols) == 10, ('columns', line)
    rng = [m for m in cols[9].split('|') if m.startswith('TokenRange=')]
    assert rng, ('no TokenRange', line)
    a, b = map(int, rng[0][len('TokenRange='):].split(':'))
    assert text[a:b].decode() == cols[1], ('range', line, text[a:b])
    if '-' not in cols[0]:
        cur.append(cols)
assert len(sents) == 3, ('sentences', len(sents))
for s in sents:
    roots = [c for c in s if c[6] == '0']
    assert len(roots) == 1, ('roots', [c[1] for c in roots])
    for c in s:
        assert 0 <= int(c[6]) <= len(s), ('head', c)
        assert c[7] != '_', ('deprel', c)
EOF

# Who did what: the passive subject, the agent under "by", the clitic split.
word() { awk -F'\t' -v f="$1" '$2 == f { print $4 "\t" $8; exit }' "$tmp/a.conllu"; }
checks=$((checks + 1))
[ "$(word tanker)" = "$(printf 'NOUN\tnsubj:pass')" ] || fail "tanker: $(word tanker)"
checks=$((checks + 1))
[ "$(word drone)" = "$(printf 'NOUN\tobl:agent')" ] || fail "drone: $(word drone)"
checks=$((checks + 1))
grep -q "^[0-9]*-[0-9]*	didn't	" "$tmp/a.conllu" || fail "didn't is not a multiword token"
checks=$((checks + 1))
[ "$(word "n't" | cut -f1)" = "PART" ] || fail "n't: $(word "n't")"

# --tags-only: no trees; standard input; --about names the treebank
expect_rc 0 "$ANNALS" parse --tags-only - <"$tmp/a.txt"
checks=$((checks + 1))
awk -F'\t' 'NF == 10 && $7 != "_" { bad = 1 } END { exit bad }' "$tmp/out" ||
  fail "--tags-only printed heads"
expect_rc 0 "$ANNALS" parse --about
checks=$((checks + 1))
grep -q "Universal Dependencies" "$tmp/out" || fail "--about: $(head -3 "$tmp/out")"

# Bad input: invalid UTF-8 is an error with a position, no output
printf 'Troops \377 entered.\n' >"$tmp/bad.txt"
expect_rc 1 "$ANNALS" parse "$tmp/bad.txt"
checks=$((checks + 1))
grep -q "^$tmp/bad.txt:1:[0-9]*: error: " "$tmp/err" || fail "bad UTF-8: $(cat "$tmp/err")"

# Bad models: missing, truncated and garbage files are errors, not crashes
expect_rc 1 "$ANNALS" parse --model "$tmp/none.model" "$tmp/a.txt"
checks=$((checks + 1))
grep -q "none.model" "$tmp/err" || fail "missing model: $(cat "$tmp/err")"
root=$(cd "$(dirname "$0")/../.." && pwd)
head -c 5000 "$root/events/english.model" >"$tmp/cut.model"
expect_rc 1 "$ANNALS" parse --model "$tmp/cut.model" "$tmp/a.txt"
checks=$((checks + 1))
grep -q "cut.model" "$tmp/err" || fail "truncated model: $(cat "$tmp/err")"
head -c 4096 /dev/urandom >"$tmp/junk.model"
expect_rc 1 "$ANNALS" parse --model "$tmp/junk.model" "$tmp/a.txt"

# Usage errors
expect_rc 2 "$ANNALS" parse
expect_rc 2 "$ANNALS" parse --frobnicate "$tmp/a.txt"

if [ "$fails" -ne 0 ]; then
  echo "parse.sh: $fails of $checks checks failed" >&2
  exit 1
fi
echo "parse.sh: $checks checks passed"
