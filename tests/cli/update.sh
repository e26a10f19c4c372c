#!/bin/sh
# tests/cli/update.sh - `annals extract --update`: the edit loop as a
# person runs it.  Extract, edit by hand (delete, retitle, comment, add an
# event without an id), update with a new article: no line of the edited
# file is removed or changed, the deleted event stays deleted, the same
# article twice changes nothing, and a file with errors is never touched.
. "$(dirname "$0")/../lib.sh"

A=$ANNALS
ART=events/examples/sample-article.txt
cat > "$T/second.txt" <<'EOF'
DOHA, March 20, 2025 - Houthi rebels attacked a Liberian-flagged tanker in
the Red Sea on February 20, 2025, officials said again on Thursday.

Qatar sent aid to Turkey on March 11, 2025 after the earthquake.

Iran and Oman held talks in Muscat on March 18, 2025.
EOF
cp "$ART" "$T/first.txt"
cd "$T" || exit 1

# The first run makes the file.
run "$A" extract --update ev.yaml first.txt
expect_exit 0
expect_stdout_empty
expect_stderr_has "annals: updated ev.yaml: "
expect_stderr_has " new events"
run "$A" check ev.yaml
expect_exit 0
checks=$((checks + 1))
grep -q '^texts:$' ev.yaml && grep -q '^- file: first.txt$' ev.yaml &&
  grep -q "^  sha256: $(sha256sum first.txt | cut -c1-64)\$" ev.yaml ||
  fail "the texts list does not name first.txt and its sha256"
n0=$(grep -c '^- id: ' ev.yaml)

# Hand edits: delete the first event, retitle one, comment, add an event
# without an id.
gone=$(grep -m1 '^- id: ' ev.yaml | cut -c7-)
awk -v gone="$gone" '
  /^- id: / { skip = ($0 == "- id: " gone) }
  /^texts:$/ { skip = 0
               print "- date: 2025-03-14"
               print "  title: \"Gulf leaders end the Doha summit\"  # by hand"
               print "  type: consult"
               print "  actors: [Qatar, Saudi Arabia]" }
  !skip { print }
  /^events:$/ { print "# checked against the wires" }
' ev.yaml > edited.yaml
sed -i '0,/^  title: /s/^  title: .*/  title: '"'"'Retitled: by hand'"'"'/' edited.yaml
cp edited.yaml ev.yaml
run "$A" check ev.yaml
expect_exit 0
chmod 640 ev.yaml

# Update with a new article.
run "$A" extract --update ev.yaml second.txt
expect_exit 0
expect_stdout_empty
expect_stderr_has "annals: updated ev.yaml: "
run "$A" check ev.yaml
expect_exit 0
# Nothing of the edited file went: diff shows added lines only.
checks=$((checks + 1))
if diff edited.yaml ev.yaml | grep -q '^[<|]'; then
  fail "the update removed or changed edited lines"
  diff edited.yaml ev.yaml | head -20 >&2
fi
checks=$((checks + 1))
[ "$(diff edited.yaml ev.yaml | grep -c '^>')" -gt 0 ] ||
  fail "the update added nothing"
checks=$((checks + 1))
grep -q "^- id: $gone\$" ev.yaml && fail "the deleted event came back"
checks=$((checks + 1))
grep -q '^- file: second.txt$' ev.yaml || fail "second.txt is not listed"
checks=$((checks + 1))
[ "$(stat -c %a ev.yaml)" = 640 ] || fail "the update changed the file mode"

# The same articles again: nothing changes, the file is not rewritten.
cp ev.yaml before.yaml
touch -d '2001-01-01' ev.yaml
run "$A" extract --update ev.yaml first.txt second.txt
expect_exit 0
expect_stderr_has "annals: ev.yaml is up to date: nothing new (2 texts read before)"
checks=$((checks + 1))
cmp -s ev.yaml before.yaml || fail "the same texts changed the file"
checks=$((checks + 1))
[ "$(stat -c %Y ev.yaml)" = "$(date -d 2001-01-01 +%s)" ] ||
  fail "an update with nothing new rewrote the file"

# A file written by plain extract: its texts count as read by name.
"$A" extract -o plain.yaml first.txt 2> /dev/null
cp plain.yaml plain.orig
run "$A" extract --update plain.yaml first.txt
expect_exit 0
expect_stderr_has "(left out: 1 text read before)"
checks=$((checks + 1))
diff plain.orig plain.yaml | grep -q '^[<|]' && fail "plain file changed"

# A file with errors is never touched.
printf 'events:\n- id: a\n  date: 07/28/2023\n  title: T\n  type: aid\n' \
  > bad.yaml
cp bad.yaml bad.orig
run "$A" extract --update bad.yaml second.txt
expect_exit 1
expect_stderr_has "bad.yaml:3:9: error: date '07/28/2023' is not written as YYYY-MM-DD: write 2023-07-28"
expect_stderr_has "bad.yaml has errors: fix them first; nothing was written"
checks=$((checks + 1))
cmp -s bad.yaml bad.orig || fail "a file with errors was changed"

# Usage: --update takes no -o; not standard output; not an input.
run "$A" extract --update ev.yaml -o x.yaml second.txt
expect_exit 2
expect_stderr_has "--update writes to its own file"
run "$A" extract --update - second.txt
expect_exit 2
run "$A" extract --update ev.yaml ev.yaml
expect_exit 1
expect_stderr_has "refusing to update input file 'ev.yaml'"

# A text with no events says so (plain extract and --update).
printf 'Nothing happened here.\n' > empty.txt
run "$A" extract empty.txt
expect_exit 0
expect_stderr_has "annals: warning: no events found in 'empty.txt'"
run "$A" extract --update ev.yaml empty.txt
expect_exit 0
expect_stderr_has "annals: warning: no events found in 'empty.txt'"

cd - > /dev/null || exit 1
finish
