#!/bin/sh
# tests/check-deps.sh - the include rules of src/ (`make check-deps`).
#
# 1. The folder rule.  Each folder of src/ is a stage of the pipeline, in
#    this order (lowest first):
#
#      0 public  src/annals.h, src/internal.h (the API and shared helpers)
#      1 text    bytes, lines, diagnostics, sentences, words
#      2 nlp     tokens, tags, lemmas, dependency trees, the model
#      3 dates   calendar maths, temporal expressions and their values
#      4 events  event frames, lexicon, gazetteer, extraction driver
#      5 record  the timeline model, YAML read/write, fmt, update, merge
#      6 layout  scale, layout, display list (pure computation, no cairo)
#      7 render  fonts, text measurement, cairo and SVG output; also
#                src/annals_render.h, the public API of this stage
#      8 cli     the program (main, cmd_*)
#      8 tools   build-time and development tools
#
#    A file may include headers of its own stage and of lower stages only
#    (cli and tools, both at the top, include neither each other).  Each
#    "#include" of a project header names its folder ("dates/dates.h"),
#    except the three headers at the top of src/.  Generated files
#    (*.inc from build/gen) are not headers and are not checked.
# 2. The library rules.  Only src/record/yaml_*.c include <yaml.h>; only
#    src/render/fonts.c, measure_pango.c and render_cairo.c include cairo,
#    pango or fontconfig.
#
# Prints one line per violation ("file:line: stage X includes higher
# stage Y") and exits 1 if there is any.  Run from anywhere.
cd "$(dirname "$0")/.." || exit 2
files=$(ls src/*.h src/*/*.c src/*/*.h 2>/dev/null)
awk '
BEGIN {
  n = split("public text nlp dates events record layout render cli tools", s, " ")
  split("0 1 2 3 4 5 6 7 8 8", r, " ")
  for (i = 1; i <= n; i++) rank[s[i]] = r[i]
  top["annals.h"] = "public"; top["internal.h"] = "public"
  top["annals_render.h"] = "render"
  bad = 0
}
function report(msg) { print FILENAME ":" FNR ": " msg; bad++ }
# The stage of a file of src/: its folder, or that of a top header.
function stage_of(path,   p, k) {
  p = path; sub(/^src\//, "", p)
  k = index(p, "/")
  if (k) return substr(p, 1, k - 1)
  return (p in top) ? top[p] : "?"
}
FNR == 1 {
  me = stage_of(FILENAME)
  if (!(me in rank)) {
    print FILENAME ":1: src/" me "/ is not a stage (add it to tests/check-deps.sh)"
    bad++
  }
}
/^[ \t]*#[ \t]*include[ \t]*"/ {
  h = $0; sub(/^[^"]*"/, "", h); sub(/".*$/, "", h)
  if (h ~ /\.inc$/) next
  if (index(h, "/") == 0 && !(h in top)) {
    report("includes \"" h "\", which is not at the top of src/: name its folder")
    next
  }
  if ((getline line < ("src/" h)) < 0) {
    report("includes \"" h "\", which is not src/" h)
    next
  }
  close("src/" h)
  them = stage_of("src/" h)
  if (!(them in rank) || !(me in rank)) next
  if (rank[them] > rank[me])
    report("stage " me " includes higher stage " them " (\"" h "\")")
  else if (rank[them] == rank[me] && them != me)
    report("stage " me " includes sibling stage " them " (\"" h "\")")
}
/^[ \t]*#[ \t]*include[ \t]*<yaml\.h>/ {
  if (FILENAME !~ /^src\/record\/yaml_[a-z_]*\.c$/)
    report("includes <yaml.h>: only src/record/yaml_*.c may")
}
/^[ \t]*#[ \t]*include[ \t]*<(cairo|pango|fontconfig)/ {
  if (FILENAME !~ /^src\/render\/(fonts|measure_pango|render_cairo)\.c$/)
    report("includes cairo, pango or fontconfig: only src/render/fonts.c, measure_pango.c and render_cairo.c may")
}
END {
  if (bad) { print "check-deps: " bad " violation(s)"; exit 1 }
  print "check-deps: include rules ok (public < text < nlp < dates < events < record < layout < render < cli, tools)"
}' $files
