/* test_sentence.c - the sentence splitter, the data files (gazetteer and
 * lexicon loaders with their errors) and properties of annals_extract()
 * (determinism, provenance, invalid input). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "annals.h"
#include "text/abbrev.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Splits text and checks the sentences against want (NULL-terminated). */
static void check_split(const char *text, const char *const *want) {
  annals_sentence *s = NULL;
  size_t n = annals_sentences_split(text, strlen(text), &s);
  size_t nw = 0;
  while (want[nw])
    nw++;
  for (size_t i = 0; i < n && i < nw; i++) {
    size_t len = s[i].end - s[i].start;
    if (len != strlen(want[i]) || memcmp(text + s[i].start, want[i], len))
      fprintf(stderr, "sentence %zu: got '%.*s', want '%s'\n", i, (int)len,
              text + s[i].start, want[i]);
    assert_int_equal(len, strlen(want[i]));
    assert_memory_equal(text + s[i].start, want[i], len);
  }
  if (n != nw)
    for (size_t i = 0; i < n; i++)
      fprintf(stderr, "  [%zu] '%.*s'\n", i, (int)(s[i].end - s[i].start),
              text + s[i].start);
  assert_int_equal(n, nw);
  g_free(s);
}

static void test_titles_and_initials(void **state) {
  (void)state;
  const char *want[] = {
      "The meeting was co-chaired by External Affairs Minister Dr S "
      "Jaishankar and Mr Araghchi.",
      "Dr. J. R. Smith met Mr. Lee in Washington.", "They left.", NULL};
  check_split("The meeting was co-chaired by External Affairs Minister Dr S "
              "Jaishankar and Mr Araghchi. Dr. J. R. Smith met Mr. Lee in "
              "Washington. They left.",
              want);
}

/* A line with sentences but no final stop (a caption and its credit) is
 * split like prose; a short headline stays whole. */
static void test_line_without_stop(void **state) {
  (void)state;
  const char *want[] = {
      "Storm Kala Hits The Coast",
      "The mayor opened the shelters on Sunday as the river rose.",
      "Two bridges closed.", "Residents at a school in the old town.",
      "Photo: Staff", NULL};
  check_split("Storm Kala Hits The Coast\n"
              "The mayor opened the shelters on Sunday as the river rose. "
              "Two bridges closed. Residents at a school in the old town. "
              "Photo: Staff\n",
              want);
}

static void test_abbreviations(void **state) {
  (void)state;
  const char *want[] = {"The U.S. envoy arrived on Jan. 5 with Gen. Ali.",
                        "Talks with the U.S. ended.", "The deal held.", NULL};
  /* A dotted acronym ends a sentence only before a usual opener. */
  check_split("Talks with the U.S. The deal held. The U.S. Senate voted.",
              (const char *const[]){"Talks with the U.S.", "The deal held.",
                                    "The U.S. Senate voted.", NULL});
  check_split("The U.S. envoy arrived on Jan. 5 with Gen. Ali. Talks with "
              "the U.S. ended. The deal held.",
              want);
}

/* The one abbreviation table: each reader's entries, in any case. */
static void test_abbrev_table(void **state) {
  (void)state;
  /* the first and last entries, found by the binary search */
  assert_true(abbrev_lookup("adm", 3) & ABBREV_SPLIT);
  assert_true(abbrev_lookup("yrs", 3) & ABBREV_TOKEN);
  assert_int_equal(abbrev_lookup("Dr", 2), ABBREV_SPLIT | ABBREV_TOKEN);
  assert_int_equal(abbrev_lookup("ILL", 3), ABBREV_TOKEN | ABBREV_CAP);
  assert_int_equal(abbrev_lookup("No", 2),
                   ABBREV_SPLIT | ABBREV_TOKEN | ABBREV_CAP | ABBREV_NUM);
  assert_int_equal(abbrev_lookup("sheikh", 6), ABBREV_SPLIT);
  assert_int_equal(abbrev_lookup("Dr.", 3), 0);
  assert_int_equal(abbrev_lookup("said", 4), 0);
  assert_int_equal(abbrev_lookup("", 0), 0);
  assert_int_equal(abbrev_lookup("messrsx", 7), 0);
  assert_int_equal(abbrev_lookup("messrsxx", 8), 0);
}

static void test_quotes(void **state) {
  (void)state;
  const char *want[] = {"\"We are ready to talk,\" Sharif said.",
                        "\"But if they accept my offer, we will act.\"",
                        "He left on Friday.", NULL};
  check_split("\"We are ready to talk,\" Sharif said. \"But if they accept my "
              "offer, we will act.\" He left on Friday.",
              want);
  /* Curly quotes. */
  const char *want2[] = {"\xe2\x80\x9cIt is over.\xe2\x80\x9d",
                         "The army withdrew.", NULL};
  check_split("\xe2\x80\x9cIt is over.\xe2\x80\x9d The army withdrew.", want2);
  /* Typewriter and Penn Treebank quotes open with `` */
  const char *want3[] = {"``It helped us to win,'' Geremek said.",
                         "``For Poland, high noon comes today.''", NULL};
  check_split("``It helped us to win,'' Geremek said. ``For Poland, high noon "
              "comes today.''",
              want3);
}

static void test_lines_and_captions(void **state) {
  (void)state;
  const char *text = "Iran Strikes Militant Bases\n\n"
                     "By a staff reporter\n\n"
                     "Iran struck bases on Tuesday. Pakistan protested.\n\n"
                     "Iranian President Masoud Pezeshkian (left) at the "
                     "meeting\n"
                     "A Thaw In Ties\n";
  annals_sentence *s = NULL;
  size_t n = annals_sentences_split(text, strlen(text), &s);
  assert_int_equal(n, 6);
  assert_true(s[0].flags & ANNALS_SENT_LINE);
  assert_true(s[1].flags & ANNALS_SENT_LINE);
  assert_false(s[2].flags & ANNALS_SENT_LINE);
  assert_false(s[3].flags & ANNALS_SENT_LINE);
  assert_int_equal(s[2].para, s[3].para);
  assert_true(s[2].flags & ANNALS_SENT_PARA_START);
  assert_false(s[3].flags & ANNALS_SENT_PARA_START);
  assert_true(s[4].flags & ANNALS_SENT_CAPTION);
  assert_true(s[5].flags & ANNALS_SENT_LINE);
  assert_false(s[5].flags & ANNALS_SENT_CAPTION);
  assert_true(s[0].para < s[1].para && s[1].para < s[2].para);
  g_free(s);
}

/* A headline that ends in a lowercase word, over a paragraph on one long
 * line: the text is not hard-wrapped, so the headline is a unit. */
static void test_long_headline_over_long_line(void **state) {
  (void)state;
  const char *want[] = {
      "Border militias accept the army demand to disarm",
      "Two days after the army launched an offensive in the valley, the "
      "border militias have accepted the terms offered by the mediators.",
      "Talks resume on Friday.", NULL};
  check_split("Border militias accept the army demand to disarm\n"
              "Two days after the army launched an offensive in the valley, "
              "the border militias have accepted the terms offered by the "
              "mediators.\nTalks resume on Friday.\n",
              want);
}

static void test_wrapped_and_crlf(void **state) {
  (void)state;
  /* Hard-wrapped prose continues in lowercase; CRLF line ends. */
  const char *text = "Iran carried out airstrikes in\r\nPakistan's border "
                     "province. Pakistan\r\nretaliated.\r\n";
  annals_sentence *s = NULL;
  size_t n = annals_sentences_split(text, strlen(text), &s);
  assert_int_equal(n, 2);
  assert_int_equal(s[0].start, 0);
  assert_memory_equal(text + s[0].end - 9, "province.", 9);
  assert_memory_equal(text + s[1].start, "Pakistan\r\nretaliated.", 21);
  assert_int_equal(s[1].end, strlen(text) - 2);
  g_free(s);
  /* Nothing at all. */
  n = annals_sentences_split("", 0, &s);
  assert_int_equal(n, 0);
  g_free(s);
  n = annals_sentences_split(" \n\n \n", 5, &s);
  assert_int_equal(n, 0);
  g_free(s);
}

/* A wrapped line goes on in the next whatever its first letter when it
 * continued the one before, or ends with an article or a preposition;
 * a headline before prose stays a unit. */
static void test_wrapped_open_lines(void **state) {
  (void)state;
  const char *a[] = {"General Tomas Berro, head of the Ostra\nbranch of the "
                     "Committee on National Security\n(KNB), was killed.",
                     NULL};
  check_split("General Tomas Berro, head of the Ostra\nbranch of the "
              "Committee on National Security\n(KNB), was killed.\n",
              a);
  const char *b[] = {"Thousands were killed before the opposition won a\n"
                     "30-percent quota.",
                     NULL};
  check_split("Thousands were killed before the opposition won a\n"
              "30-percent quota.\n",
              b);
  const char *c[] = {"Border Talks Resume", "(Wire) Talks resumed.", NULL};
  check_split("Border Talks Resume\n(Wire) Talks resumed.\n", c);
}

static void test_numbers_and_ellipsis(void **state) {
  (void)state;
  const char *want[] = {"A magnitude 7.7 quake hit at 3.30 p.m. local time.",
                        "No. 10 said 1,000 people were hurt...",
                        "Rescue went on.", NULL};
  check_split("A magnitude 7.7 quake hit at 3.30 p.m. local time. No. 10 said "
              "1,000 people were hurt... Rescue went on.",
              want);
}

static void test_citation_marks(void **state) {
  (void)state;
  /* "[15]" after a stop closes the sentence before, as in encyclopedias */
  const char *a[] = {"Troops seized the airport.[7][13]", "In Ankara, jets flew low.[2]",
                     "Talks [with aides] went on.", NULL};
  check_split("Troops seized the airport.[7][13] In Ankara, jets flew low.[2] "
              "Talks [with aides] went on.",
              a);
  /* ... also at the end of a line, which then ends with a stop */
  const char *b[] = {"Jets flew low.[4]", "Troops seized it.[5][6]", NULL};
  check_split("Jets flew low.[4] Troops seized it.[5][6]", b);
}

static void test_datelines(void **state) {
  (void)state;
  /* a wire dateline is a unit of its own, whatever its form */
  const char *a[] = {"OSLO, Feb. 3 (Wire)", "The U.S. envoy left.", NULL};
  check_split("OSLO, Feb. 3 (Wire) - The U.S. envoy left.", a);
  const char *b[] = {"Lyon, France (TV5)", "Talks ended.", NULL};
  check_split("Lyon, France (TV5) -- Talks ended.", b);
  const char *c[] = {"KYIV, Ukraine", "Drones hit a depot.", NULL};
  check_split("KYIV, Ukraine \xe2\x80\x94 Drones hit a depot.", c);
  const char *c2[] = {"Lagos, Nigeria", "Police fired tear gas.", NULL};
  check_split("Lagos, Nigeria - Police fired tear gas.", c2);
  /* the agency, a stop and a dash, as Spanish-language wires write it */
  const char *c3[] = {"Quito, May 2 (Wire)", "Peru's court ruled.", NULL};
  check_split("Quito, May 2 (Wire).- Peru's court ruled.", c3);
  const char *c4[] = {"The vote (held in May).", "Courts ruled.", NULL};
  check_split("The vote (held in May). Courts ruled.", c4);
  /* a place in capitals, a date and a colon */
  const char *c5[] = {"DHAKA, Mar 4", "Bhutan's king spoke.", NULL};
  check_split("DHAKA, Mar 4: Bhutan's king spoke.", c5);
  const char *c6[] = {"TALKS, Day 4: What we know.", NULL};
  check_split("TALKS, Day 4: What we know.", c6);
  /* a place in capitals and a date, then the first word with no mark */
  const char *c7[] = {"OSLO, July 17", "A Dutch airliner was hit.", NULL};
  check_split("OSLO, July 17 A Dutch airliner was hit.", c7);
  const char *c8[] = {"OSLO, July 17, 2014", "A jet was hit.", NULL};
  check_split("OSLO, July 17, 2014 A jet was hit.", c8);
  const char *c9[] = {"Oslo, July 17 Talks end.", NULL};
  check_split("Oslo, July 17 Talks end.", c9);
  const char *c10[] = {"OSLO, July 17 was hot.", NULL};
  check_split("OSLO, July 17 was hot.", c10);
  /* a place in mixed case, a spaced dash or bar, then prose */
  const char *m1[] = {"Tarsa City", "The army took the port.", NULL};
  check_split("Tarsa City \u2014 The army took the port.", m1);
  const char *m2[] = {"Karvo", "Rebels shelled the town.", NULL};
  check_split("Karvo | Rebels shelled the town.", m2);
  const char *m3[] = {"Karvo", "The council met.", NULL};
  check_split("Karvo - The council met.", m3);
  /* (but not two states, an aside, or a headline with no stop) */
  const char *m4[] = {"Chad - Sudan talks resumed.", NULL};
  check_split("Chad - Sudan talks resumed.", m4);
  const char *m5[] = {"Chad \u2014 Sudan talks \u2014 resumed.", NULL};
  check_split("Chad \u2014 Sudan talks \u2014 resumed.", m5);
  const char *m6[] = {"Karvo \u2014 The Long Night", NULL};
  check_split("Karvo \u2014 The Long Night", m6);
  /* dashes inside prose are not datelines */
  const char *d2[] = {"Mali, Niger and Chad - all juntas - met.", NULL};
  check_split("Mali, Niger and Chad - all juntas - met.", d2);
  const char *d[] = {"The raids - which began Monday - killed 3.", NULL};
  check_split("The raids - which began Monday - killed 3.", d);
  const char *e[] = {"Chad - Sudan talks - resumed.", NULL};
  check_split("Chad - Sudan talks - resumed.", e);
  /* an indented paragraph opens at its first word */
  const char *f[] = {"OSLO, Feb. 3 (Wire)", "The envoy left.", NULL};
  check_split("   OSLO, Feb. 3 (Wire) - The envoy left.", f);
  const char *g[] = {"Talks ended.", "LIMA (Wire)", "Peru voted.", NULL};
  check_split("Talks ended.\n\n\tLIMA (Wire) - Peru voted.", g);
  annals_sentence *s = NULL;
  /* (and an indented headline is still a line of its own) */
  const char *hl = "  Border Row\n  Peru closed the border with Chile.\n";
  assert_int_equal(annals_sentences_split(hl, strlen(hl), &s), 2);
  assert_true(s[0].flags & ANNALS_SENT_LINE);
  assert_false(s[1].flags & ANNALS_SENT_LINE);
  g_free(s);
  s = NULL;
  const char *t = "ROME - Italy voted.";
  size_t n = annals_sentences_split(t, strlen(t), &s);
  assert_int_equal(n, 2);
  assert_true(s[0].flags & ANNALS_SENT_DATELINE);
  assert_false(s[1].flags & ANNALS_SENT_DATELINE);
  assert_int_equal(s[0].para, s[1].para);
  g_free(s);
}

static void test_bundled_data_loads(void **state) {
  (void)state;
  annals_gazetteer *g = annals_gazetteer_new();
  annals_lexicon *lx = annals_lexicon_new();
  assert_true(annals_gazetteer_count(g) > 400);
  assert_true(annals_lexicon_count(lx) > 1000);
  annals_gazetteer_free(g);
  annals_lexicon_free(lx);
}

static void test_data_errors(void **state) {
  (void)state;
  annals_gazetteer *g = annals_gazetteer_new();
  size_t before = annals_gazetteer_count(g);
  annals_diags d;
  annals_diags_init(&d);
  const char *bad = "- name: Atlantis\n  kind: island\n";
  assert_int_equal(annals_gazetteer_add(g, bad, strlen(bad), "my.yaml", &d),
                   ANNALS_ERR_INPUT);
  assert_int_equal(d.n_errors, 1);
  assert_string_equal(d.items[0].message,
                      "unknown kind 'island' (use country, city, region, "
                      "org, group or person)");
  assert_int_equal(d.items[0].line, 1);
  assert_int_equal(annals_gazetteer_count(g), before);
  annals_diags_release(&d);

  annals_diags_init(&d);
  const char *syn = "- name: X\n  kind: [a\n";
  assert_int_equal(annals_gazetteer_add(g, syn, strlen(syn), "s.yaml", &d),
                   ANNALS_ERR_INPUT);
  assert_true(d.n_errors >= 1);
  assert_string_equal(d.items[0].file, "s.yaml");
  assert_true(d.items[0].line >= 2);
  annals_diags_release(&d);

  /* "country," in a flow mapping is a key without a value: an entry that
   * would act for a country with an empty name (found by fuzz_data) */
  annals_diags_init(&d);
  const char *nc = "- {name: Ruritania, kind: country}\n"
                   "- {name: Strelsau, kind: city, country, capital: true}\n";
  assert_int_equal(annals_gazetteer_add(g, nc, strlen(nc), "c.yaml", &d),
                   ANNALS_ERR_INPUT);
  assert_int_equal(d.n_errors, 1);
  assert_string_equal(d.items[0].message,
                      "gazetteer entry has an empty 'country'");
  assert_int_equal(d.items[0].line, 2);
  assert_int_equal(d.items[0].column, 3);
  assert_int_equal(annals_gazetteer_count(g), before);
  annals_diags_release(&d);

  annals_diags_init(&d);
  const char *ok = "- {name: Ruritania, kind: country, aliases: [Ruritanian]}\n"
                   "- name: Strelsau\n  kind: city\n  country: Ruritania\n"
                   "  capital: true\n  colour: red\n";
  assert_int_equal(annals_gazetteer_add(g, ok, strlen(ok), "r.yaml", &d),
                   ANNALS_OK);
  assert_int_equal(d.n_warnings, 1);
  assert_int_equal(annals_gazetteer_count(g), before + 2);
  annals_diags_release(&d);
  annals_gazetteer_free(g);

  annals_lexicon *lx = annals_lexicon_new();
  size_t frames = annals_lexicon_count(lx);
  static const struct {
    const char *yaml, *message;
    unsigned line, column;
  } lex_errors[] = {
      {"- {lemma: zap, pos: verb, type: fihgt, title: zap}\n",
       "unknown event type 'fihgt' (did you mean 'fight'?)", 1, 3},
      {"- {lemma: zap, pos: verb, type: fight, title: zap, strength: 2}\n",
       "strength '2' is not a number from 0 to 1", 1, 3},
      {"- {lemma: zap, pos: verb, type: fight, title: zap}\n"
       "- {pos: verb, type: fight, title: zap}\n",
       "frame has no 'lemma'", 2, 3},
      {"- {lemma: zap, pos: adjective, type: fight, title: zap}\n",
       "unknown pos 'adjective' (use verb or noun)", 1, 3},
      {"- {lemma: zap, pos: verb, title: zap}\n",
       "frame has no 'type' (give one, or light: true)", 1, 3},
      {"- {lemma: zap, pos: verb, type: fight}\n",
       "frame has no 'title' (the headline verb phrase)", 1, 3},
      {"- {lemma: zap, pos: verb, clause: maybe, type: fight, title: zap}\n",
       "clause 'maybe' must be true or false (or left out)", 1, 3},
      {"- {lemma: zap, pos: verb, naming: yes, type: fight, title: zap}\n",
       "naming 'yes' must be true (or left out)", 1, 3},
      {"- {lemma: zap, pos: verb, light: true, complement: perhaps}\n",
       "unknown complement 'perhaps' (event, intent, decide, threat, refuse, "
       "negate, report, deny, order or permit)",
       1, 3},
      {"- {lemma: zap, pos: noun, then: [enter], type: fight, title: zap}\n",
       "frame has 'then' but is a noun (then names a verb's infinitive)", 1, 3},
      {"- {lemma: zap, pos: verb, then: [\"@gizmo\"], type: fight, "
       "title: zap}\n",
       "unknown word class '@gizmo' in 'then' (define it before its first "
       "use: {class: gizmo, words: [...]}; '@place' and '@person' are built "
       "in)",
       1, 3},
      {"- {lemma: zap, pos: verb, type: fight, title: zap}\n"
       "- {lemma: zap, pos: verb, pobj: [pact], type: fight, title: zap}\n",
       "frame has 'pobj' but no 'prep' (pobj names the noun after prep)", 2, 3},
      /* word classes: known before their use, named once, with words */
      {"- {lemma: zap, pos: verb, obj: [tank, \"@gizmo\"], type: fight, "
       "title: zap}\n"
       "- {class: gizmo, words: [widget]}\n",
       "unknown word class '@gizmo' in 'obj' (define it before its first use: "
       "{class: gizmo, words: [...]}; '@place' and '@person' are built in)",
       1, 3},
      {"- {class: diplomat, words: [nuncio]}\n",
       "word class 'diplomat' is already defined; choose another name", 1, 3},
      {"- {class: gizmo, words: [widget]}\n"
       "- {class: gizmo, words: [gadget]}\n",
       "word class 'gizmo' is already defined; choose another name", 2, 3},
      {"- {class: Gizmo, words: [widget]}\n",
       "a word class is named by one lowercase word (letters, digits, '-'), "
       "as in {class: diplomat, words: [ambassador, envoy]}",
       1, 3},
      {"- {class: place, words: [widget]}\n",
       "word class 'place' is built in (a name the gazetteer knows); choose "
       "another name",
       1, 3},
      {"- {class: gizmo}\n",
       "word class 'gizmo' has no 'words' (a list of lemmas)", 1, 3},
      {"- {class: gizmo, words: [widget, \"@thing\"]}\n",
       "unknown word class '@thing' in 'words' (define it before its first "
       "use: {class: thing, words: [...]}; '@place' and '@person' are built "
       "in)",
       1, 3},
  };
  for (size_t i = 0; i < ARRAY_LEN(lex_errors); i++) {
    annals_diags_init(&d);
    const char *y = lex_errors[i].yaml;
    assert_int_equal(annals_lexicon_add(lx, y, strlen(y), "l.yaml", &d),
                     ANNALS_ERR_INPUT);
    assert_int_equal(d.n_errors, 1);
    assert_string_equal(d.items[0].message, lex_errors[i].message);
    assert_string_equal(d.items[0].file, "l.yaml");
    assert_int_equal(d.items[0].line, lex_errors[i].line);
    assert_int_equal(d.items[0].column, lex_errors[i].column);
    annals_diags_release(&d);
  }
  /* a file with an error adds nothing */
  assert_int_equal(annals_lexicon_count(lx), frames);
  /* an unknown key is a warning; a frame with the same predicate and
   * constraints as a bundled one replaces it */
  annals_diags_init(&d);
  const char *okl = "- {lemma: zap, pos: verb, type: fight, title: zap, "
                   "colour: red}\n";
  assert_int_equal(annals_lexicon_add(lx, okl, strlen(okl), "l.yaml", &d),
                   ANNALS_OK);
  assert_int_equal(d.n_warnings, 1);
  assert_int_equal(annals_lexicon_count(lx), frames + 1);
  annals_diags_release(&d);
  /* a sense without a clause is another sense than the bare one, and
   * than one with a clause */
  annals_diags_init(&d);
  const char *cls = "- {lemma: zap, pos: verb, clause: false, type: fight, "
                    "title: zap}\n"
                    "- {lemma: zap, pos: verb, clause: true, type: fight, "
                    "title: zap}\n";
  assert_int_equal(annals_lexicon_add(lx, cls, strlen(cls), "l.yaml", &d),
                   ANNALS_OK);
  assert_int_equal(d.n_errors + d.n_warnings, 0);
  assert_int_equal(annals_lexicon_count(lx), frames + 3);
  annals_diags_release(&d);
  /* a sense of no event needs no title */
  annals_diags_init(&d);
  const char *none = "- {lemma: zap, pos: noun, mod: [heart], type: none}\n";
  assert_int_equal(annals_lexicon_add(lx, none, strlen(none), "l.yaml", &d),
                   ANNALS_OK);
  assert_int_equal(d.n_errors + d.n_warnings, 0);
  assert_int_equal(annals_lexicon_count(lx), frames + 4);
  annals_diags_release(&d);
  annals_lexicon_free(lx);
}

/* Extracts text with the given user data; returns the YAML as a string. */
static char *extract_yaml(const char *text, const char *gaz, const char *lex,
                          const char *dct) {
  annals_gazetteer *g = annals_gazetteer_new();
  annals_lexicon *lx = annals_lexicon_new();
  if (gaz)
    assert_int_equal(annals_gazetteer_add(g, gaz, strlen(gaz), "g", NULL),
                     ANNALS_OK);
  if (lex)
    assert_int_equal(annals_lexicon_add(lx, lex, strlen(lex), "l", NULL),
                     ANNALS_OK);
  annals_extract_opts o;
  memset(&o, 0, sizeof o);
  o.gazetteer = g;
  o.lexicon = lx;
  o.file = "in.txt";
  if (dct) {
    annals_when w;
    assert_int_equal(annals_when_parse(dct, &w, NULL, 0, NULL), ANNALS_OK);
    o.dct = w.start;
  }
  annals_timeline *t = annals_timeline_new();
  assert_int_equal(annals_extract(text, strlen(text), &o, t, NULL), ANNALS_OK);
  char *buf = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&buf, &len);
  assert_non_null(fp);
  assert_int_equal(annals_timeline_write_yaml(t, fp, NULL), ANNALS_OK);
  fclose(fp);
  annals_timeline_free(t);
  annals_gazetteer_free(g);
  annals_lexicon_free(lx);
  return buf;
}

static void test_user_data_extends(void **state) {
  (void)state;
  const char *text = "The Ruritanian army zapped Strelsau on March 3, 2024.\n";
  char *plain = extract_yaml(text, NULL, NULL, "2024-06-01");
  assert_null(strstr(plain, "Ruritania"));
  assert_non_null(strstr(plain, "events: []"));
  free(plain);
  const char *gaz = "- {name: Ruritania, kind: country, aliases: "
                    "[Ruritanian]}\n"
                    "- {name: Strelsau, kind: city, country: Ruritania}\n";
  const char *lex = "- {lemma: zap, pos: verb, type: fight, title: zap, "
                    "noun: Zapping of}\n";
  char *y = extract_yaml(text, gaz, lex, "2024-06-01");
  assert_non_null(strstr(y, "date: 2024-03-03"));
  assert_non_null(strstr(y, "type: fight"));
  assert_non_null(strstr(y, "- Ruritania"));
  assert_non_null(strstr(y, "location: Strelsau"));
  assert_non_null(strstr(y, "title: Ruritania zaps Strelsau"));
  free(y);
  /* a word class of the user's, built on a bundled one, reaches a frame
   * through "@name"; the bundled frames do not know its words */
  const char *text2 = "Ruritania wrote off the Strelsau gizmo on March 4, "
                      "2024.\n";
  const char *lex2 = "- {class: gadget, words: [gizmo, \"@weapon\"]}\n"
                     "- {lemma: write, pos: verb, prt: off, obj: "
                     "[\"@gadget\"], type: reduce-relations, title: write "
                     "off}\n";
  y = extract_yaml(text2, gaz, NULL, "2024-06-01");
  assert_non_null(strstr(y, "events: []"));
  free(y);
  y = extract_yaml(text2, gaz, lex2, "2024-06-01");
  assert_non_null(strstr(y, "type: reduce-relations"));
  assert_non_null(strstr(y, "date: 2024-03-04"));
  free(y);
  const char *text3 = "Ruritania wrote off the Strelsau tanks on March 4, "
                      "2024.\n";
  y = extract_yaml(text3, gaz, lex2, "2024-06-01");
  assert_non_null(strstr(y, "type: reduce-relations"));
  free(y);
  /* a user's sense of no event silences the words it names, and only
   * them */
  const char *text4 = "Ruritania launched a ground offensive in Strelsau on "
                      "March 5, 2024.\n";
  const char *lex4 = "- {lemma: offensive, pos: noun, mod: [ground], "
                     "type: none}\n";
  y = extract_yaml(text4, gaz, NULL, "2024-06-01");
  assert_non_null(strstr(y, "type: fight"));
  free(y);
  y = extract_yaml(text4, gaz, lex4, "2024-06-01");
  assert_non_null(strstr(y, "events: []"));
  free(y);
}

/* A record told by a headline and again by a sentence of the story
 * quotes the story's sentence, the one that tells it in full. */
static void test_source_is_story(void **state) {
  (void)state;
  const char *text = "Soldiers seize power in Vellan\n\n"
                     "State of emergency declared and Internet disconnected\n\n"
                     "Soldiers detained the prime minister of Vellan on "
                     "Monday. A state of emergency is also declared across "
                     "the country.\n";
  char *y = extract_yaml(text, NULL, NULL, "2025-03-25");
  const char *rec = strstr(y, "title: State of emergency");
  assert_non_null(rec);
  const char *src = strstr(rec, "source:");
  assert_non_null(src);
  assert_true(strncmp(strstr(src, "text: ") + 6,
                      "A state of emergency is also declared", 37) == 0);
  free(y);
}

/* A user gazetteer of thousands of two-word names: the phrase tables grow
 * many times over, and every name stays findable, the first and the last
 * added, and a later entry for the same name replaces the earlier one. */
static void test_big_user_gazetteer(void **state) {
  (void)state;
  GString *gaz = g_string_new(NULL);
  for (int i = 0; i < 3000; i++)
    g_string_append_printf(gaz, "- {name: \"Nova Land%04d\", kind: country}\n",
                           i);
  annals_gazetteer *g = annals_gazetteer_new();
  size_t before = annals_gazetteer_count(g);
  assert_int_equal(annals_gazetteer_add(g, gaz->str, gaz->len, "big", NULL),
                   ANNALS_OK);
  assert_int_equal(annals_gazetteer_count(g), before + 3000);
  annals_gazetteer_free(g);
  const char *text = "Nova Land2999 struck Nova Land0000 on March 3, 2024.\n"
                     "Nova Land1500 struck Nova Land0750 on March 9, 2024.\n";
  char *y = extract_yaml(text, gaz->str, NULL, "2024-06-01");
  assert_non_null(strstr(y, "- Nova Land2999\n"));
  assert_non_null(strstr(y, "- Nova Land0000\n"));
  assert_non_null(strstr(y, "- Nova Land1500\n"));
  assert_non_null(strstr(y, "- Nova Land0750\n"));
  free(y);
  /* "Nova Land0000" again, now a city of Nova Land0001 */
  g_string_append(gaz, "- {name: \"Nova Land0000\", kind: city, country: "
                       "\"Nova Land0001\"}\n");
  y = extract_yaml("Nova Land2999 struck Nova Land0000 on March 3, 2024.\n",
                   gaz->str, NULL, "2024-06-01");
  assert_non_null(strstr(y, "location: Nova Land0000\n"));
  free(y);
  g_string_free(gaz, TRUE);
}

static void test_deterministic_and_provenance(void **state) {
  (void)state;
  const char *text =
      "Last year, Iran carried out airstrikes in Balochistan against Jaish "
      "al-Adl. Pakistan retaliated with airstrikes in Iran.\n\n"
      "The two countries exchanged strikes in January 2024.\n";
  char *a = extract_yaml(text, NULL, NULL, "2025-05-27");
  char *b = extract_yaml(text, NULL, NULL, "2025-05-27");
  assert_string_equal(a, b);
  /* "last year" against the document date */
  assert_non_null(strstr(a, "date: 2024\n"));
  assert_non_null(strstr(a, "offset: 0\n"));
  assert_non_null(strstr(a, "file: in.txt"));
  free(a);
  free(b);
}

static void test_invalid_utf8(void **state) {
  (void)state;
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = annals_timeline_new();
  annals_extract_opts o;
  memset(&o, 0, sizeof o);
  o.file = "bad.txt";
  const char text[] = "Iran struck.\n\xff\xfe bases";
  assert_int_equal(annals_extract(text, sizeof text - 1, &o, t, &d),
                   ANNALS_ERR_INPUT);
  assert_int_equal(d.n_errors, 1);
  assert_int_equal(d.items[0].line, 2);
  assert_int_equal(d.items[0].column, 1);
  assert_string_equal(d.items[0].message, "invalid UTF-8 byte 0xff");
  assert_int_equal(annals_timeline_count(t), 0);
  annals_timeline_free(t);
  annals_diags_release(&d);
}

static void test_pathological(void **state) {
  (void)state;
  /* One 200 KB sentence of triggers, entities and dates stays linear. */
  GString *s = g_string_new(NULL);
  for (int i = 0; i < 4000; i++)
    g_string_append(s, "Iran struck Pakistan on May 9, 2024 and ");
  g_string_append(s, "it ended.");
  annals_timeline *t = annals_timeline_new();
  annals_extract_opts o;
  memset(&o, 0, sizeof o);
  o.dct.y = 2025;
  o.dct.m = 1;
  o.dct.d = 1;
  o.dct.prec = ANNALS_PREC_DAY;
  assert_int_equal(annals_extract(s->str, s->len, &o, t, NULL), ANNALS_OK);
  assert_true(annals_timeline_count(t) >= 1);
  annals_timeline_free(t);
  g_string_free(s, TRUE);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_titles_and_initials),
      cmocka_unit_test(test_datelines),
      cmocka_unit_test(test_citation_marks),
      cmocka_unit_test(test_abbreviations),
      cmocka_unit_test(test_abbrev_table),
      cmocka_unit_test(test_line_without_stop),
      cmocka_unit_test(test_quotes),
      cmocka_unit_test(test_lines_and_captions),
      cmocka_unit_test(test_wrapped_and_crlf),
      cmocka_unit_test(test_wrapped_open_lines),
      cmocka_unit_test(test_long_headline_over_long_line),
      cmocka_unit_test(test_numbers_and_ellipsis),
      cmocka_unit_test(test_bundled_data_loads),
      cmocka_unit_test(test_data_errors),
      cmocka_unit_test(test_user_data_extends),
      cmocka_unit_test(test_source_is_story),
      cmocka_unit_test(test_big_user_gazetteer),
      cmocka_unit_test(test_deterministic_and_provenance),
      cmocka_unit_test(test_invalid_utf8),
      cmocka_unit_test(test_pathological),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
