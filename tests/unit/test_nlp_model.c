/* test_nlp_model.c - the English model file: the builtin model loads and
 * analyses text; a missing, truncated or damaged model file is refused
 * with a message and never crashes, whatever part of it is damaged; a
 * model the loader accepts is safe to use.  The damaged models are made
 * from the library's own model and from the small model of the fuzz
 * seeds (trained on sentences written for it). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annals.h"
#include "nlp/nlp.h"

extern const unsigned char annals_model_blob[];
extern const unsigned char annals_model_blob_end[];

static const char text[] = "The ministers met in Geneva on Monday. Talks "
                           "resume in May.";

/* Tags and parses text with m: every word has tags, a lemma and a head
 * in its sentence, each sentence one root. */
static void analyse_ok(const annals_model *m) {
  annals_doc *doc = NULL;
  assert_int_equal(
      annals_analyse(m, text, strlen(text), ANNALS_ANALYSE_PARSE, &doc, NULL),
      ANNALS_OK);
  assert_int_equal(doc->n_sents, 2);
  for (size_t i = 0; i < doc->n_sents; i++) {
    const annals_doc_sentence *s = &doc->sents[i];
    size_t roots = 0;
    for (size_t k = s->first; k < s->first + s->n; k++) {
      const annals_word *w = &doc->words[k];
      assert_non_null(w->upos);
      assert_non_null(w->lemma);
      assert_non_null(w->deprel);
      assert_true(w->head == -1 || (w->head >= (long)s->first &&
                                    w->head < (long)(s->first + s->n)));
      roots += w->head == -1;
    }
    assert_int_equal(roots, 1);
  }
  annals_doc_free(doc);
}

/* Reads buf[0..len) as a model: either refused with an error message, or
 * accepted and usable.  Returns whether it was accepted. */
static bool try_read(const unsigned char *buf, size_t len) {
  annals_diags d;
  annals_diags_init(&d);
  annals_model *m = NULL;
  annals_status st = annals_model_read(buf, len, "damaged.model", &m, &d);
  if (st != ANNALS_OK) {
    assert_null(m);
    assert_true(d.n_errors > 0);
    assert_string_equal(d.items[0].file, "damaged.model");
    assert_non_null(strstr(d.items[0].message, "model"));
  } else {
    analyse_ok(m);
    annals_model_free(m);
  }
  annals_diags_release(&d);
  return st == ANNALS_OK;
}

static size_t builtin_len(void) {
  return (size_t)(annals_model_blob_end - annals_model_blob);
}

static void test_builtin(void **state) {
  (void)state;
  const annals_model *m = annals_model_builtin();
  assert_non_null(m);
  assert_non_null(strstr(annals_model_about(m), "English"));
  analyse_ok(m);
  /* the words of the first sentence: tags, lemmas, root */
  annals_doc *doc = NULL;
  assert_int_equal(
      annals_analyse(m, text, strlen(text), ANNALS_ANALYSE_PARSE, &doc, NULL),
      ANNALS_OK);
  assert_string_equal(doc->words[1].lemma, "minister");
  assert_string_equal(doc->words[2].upos, "VERB");
  assert_string_equal(doc->words[2].lemma, "meet");
  assert_int_equal(doc->words[2].head, -1);
  assert_int_equal(doc->words[1].head, 2);
  assert_string_equal(doc->words[1].deprel, "nsubj");
  annals_doc_free(doc);
  /* read again from its bytes, as a file would be */
  assert_true(try_read(annals_model_blob, builtin_len()));
}

/* The index of the word of doc whose text is form (the first one). */
static long word_at(const annals_doc *doc, const char *t, const char *form) {
  for (size_t k = 0; k < doc->n_words; k++)
    if (doc->words[k].end - doc->words[k].start == strlen(form) &&
        memcmp(t + doc->words[k].start, form, strlen(form)) == 0)
      return (long)k;
  fail_msg("no word '%s'", form);
  return -1;
}

/* The analysis of t with the bundled model, tagged and parsed. */
static annals_doc *parse_text(const char *t) {
  annals_doc *doc = NULL;
  assert_int_equal(annals_analyse(annals_model_builtin(), t, strlen(t),
                                  ANNALS_ANALYSE_PARSE, &doc, NULL),
                   ANNALS_OK);
  return doc;
}

/* A time told between an auxiliary and its verb ("was on Tuesday sworn
 * in") is parsed out of the clause and hung on the verb, which stays
 * the root with its own subject; with quotation marks in the clause too. */
static void test_time_aside(void **state) {
  (void)state;
  static const char *const texts[] = {
      "Opposition leader Marta Lindqvist was on Tuesday sworn in as prime "
      "minister.",
      "Opposition leader Marta Lindqvist was on Tuesday morning sworn in as "
      "\"interim prime minister\".",
      "Opposition leader Marta Lindqvist was last week sworn in as prime "
      "minister.",
  };
  static const char *const heads[] = {"Tuesday", "morning", "week"};
  static const char *const rels[] = {"obl", "obl", "obl:unmarked"};
  for (size_t i = 0; i < 3; i++) {
    const char *t = texts[i];
    annals_doc *doc = parse_text(t);
    assert_int_equal(doc->n_sents, 1);
    long v = word_at(doc, t, "sworn"), s = word_at(doc, t, "leader");
    long h = word_at(doc, t, heads[i]);
    assert_int_equal(doc->words[v].head, -1);
    assert_int_equal(doc->words[s].head, v);
    assert_string_equal(doc->words[s].deprel, "nsubj:pass");
    assert_int_equal(doc->words[h].head, v);
    assert_string_equal(doc->words[h].deprel, rels[i]);
    assert_int_equal(doc->words[word_at(doc, t, "was")].head, v);
    if (i < 2) {
      long on = word_at(doc, t, "on");
      assert_int_equal(doc->words[on].head, h);
      assert_string_equal(doc->words[on].deprel, "case");
    }
    annals_doc_free(doc);
  }
}

/* A time told between a verb (or a verb of telling and its object) and
 * the "that" of its clause ("said on Wednesday that", "told reporters
 * on Monday that") is hung on the verb, and the clause is the verb's,
 * not a relative clause on the day. */
static void test_time_before_that(void **state) {
  (void)state;
  static const char *const texts[] = {
      "Seoul said on Wednesday that soldiers had crossed the border.",
      "The minister told reporters on Wednesday that soldiers had crossed "
      "the border.",
  };
  static const char *const verbs[] = {"said", "told"};
  for (size_t i = 0; i < 2; i++) {
    const char *t = texts[i];
    annals_doc *doc = parse_text(t);
    long v = word_at(doc, t, verbs[i]), d = word_at(doc, t, "Wednesday"),
         th = word_at(doc, t, "that"), c = word_at(doc, t, "crossed");
    assert_int_equal(doc->words[d].head, v);
    assert_string_equal(doc->words[d].deprel, "obl");
    assert_int_equal(doc->words[c].head, v);
    assert_string_equal(doc->words[c].deprel, "ccomp");
    assert_string_equal(doc->words[th].upos, "SCONJ");
    assert_int_equal(doc->words[th].head, c);
    assert_string_equal(doc->words[th].deprel, "mark");
    annals_doc_free(doc);
  }
  /* (but "the year that followed" keeps its relative clause) */
  const char *t = "Troops stayed in the year that followed the war.";
  annals_doc *doc = parse_text(t);
  assert_string_equal(doc->words[word_at(doc, t, "that")].upos, "PRON");
  annals_doc_free(doc);
}

/* A past told in the base's form ("set", "hit") that the tagger read as
 * a noun is the past tense in a clause with no finite verb before a
 * closing attribution ("..., the governor said"). */
static void test_attributed_base_past(void **state) {
  (void)state;
  const char *t = "A drone attack set fire to an oil depot overnight, the "
                  "regional governor said.";
  annals_doc *doc = parse_text(t);
  long v = word_at(doc, t, "set"), s = word_at(doc, t, "attack");
  assert_string_equal(doc->words[v].upos, "VERB");
  assert_string_equal(doc->words[v].xpos, "VBD");
  assert_int_equal(doc->words[s].head, v);
  annals_doc_free(doc);
}

/* A plural noun after a name and before "that" and a clause's subject
 * ("The High Court rules that ...") is the name's verb; "the EU rules
 * that apply" keeps its noun, a relative clause's verb after "that". */
static void test_present_before_that(void **state) {
  (void)state;
  const char *t = "The High Court rules that the minister cannot act alone.";
  annals_doc *doc = parse_text(t);
  long v = word_at(doc, t, "rules"), c = word_at(doc, t, "act");
  assert_string_equal(doc->words[v].upos, "VERB");
  assert_string_equal(doc->words[v].xpos, "VBZ");
  assert_int_equal(doc->words[v].head, -1);
  assert_int_equal(doc->words[c].head, v);
  annals_doc_free(doc);
  t = "The EU rules that apply to steel imports are strict.";
  doc = parse_text(t);
  assert_string_equal(doc->words[word_at(doc, t, "rules")].upos, "NOUN");
  annals_doc_free(doc);
}

/* A noun after an article that the tagger reads as an adjective, and
 * that WordNet knows as no adjective, is the noun before a finite verb
 * ("The airstrike hit"), and before a past of its base's form in a
 * sentence with no other finite verb ("An airstrike hit"). */
static void test_article_nouns(void **state) {
  (void)state;
  static const char *const texts[] = {
      "The airstrike hit a crowded market in Kharkiv on Thursday.",
      "An airstrike hit a crowded market in Kharkiv on Thursday.",
  };
  for (size_t i = 0; i < 2; i++) {
    const char *t = texts[i];
    annals_doc *doc = parse_text(t);
    long n = word_at(doc, t, "airstrike"), v = word_at(doc, t, "hit");
    assert_string_equal(doc->words[n].upos, "NOUN");
    assert_string_equal(doc->words[v].upos, "VERB");
    assert_int_equal(doc->words[v].head, -1);
    assert_int_equal(doc->words[n].head, v);
    assert_string_equal(doc->words[n].deprel, "nsubj");
    annals_doc_free(doc);
  }
}

/* "a decree imposing sanctions": an -ing word the tagger reads as an
 * adjective after a noun and before what a verb governs is the
 * participle; "an imposing building" keeps its adjective. */
static void test_noun_participles(void **state) {
  (void)state;
  const char *t = "The president signed a decree imposing sanctions on "
                  "the bank. They met in an imposing building.";
  annals_doc *doc = parse_text(t);
  long v = word_at(doc, t, "imposing"), a = -1;
  for (size_t k = (size_t)v + 1; k < doc->n_words && a < 0; k++)
    if (doc->words[k].end - doc->words[k].start == 8 &&
        memcmp(t + doc->words[k].start, "imposing", 8) == 0)
      a = (long)k;
  assert_true(a > v);
  assert_string_equal(doc->words[v].upos, "VERB");
  assert_string_equal(doc->words[v].xpos, "VBG");
  assert_string_equal(doc->words[v].lemma, "impose");
  assert_string_equal(doc->words[a].upos, "ADJ");
  annals_doc_free(doc);
}

/* Scores features of t (keys it has, and random ones) plainly, with its
 * rows as the file holds them, and through a small cache c (so that rows
 * are replaced in it; it may hold another table's): the sums agree. */
static void scores_agree(const nlp_wtable *t, nlp_wcache *c) {
  nlp_wtable plain = *t;
  plain.dense_bits = NULL; /* the rows as in the file */
  plain.dense_rank = NULL;
  plain.dense = NULL;
  uint64_t x = 88172645463325252ull;
  for (int round = 0; round < 2000; round++) {
    uint32_t f[NLP_PARSER_MAX_FEATS];
    size_t nf = 1 + (size_t)round % NLP_PARSER_MAX_FEATS;
    for (size_t i = 0; i < nf; i++) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      uint32_t b = (uint32_t)(x % t->nb);
      uint32_t key = t->slots4 ? t->slots4[b].key : t->slots[b].key;
      f[i] = (x >> 40) % 3 && key ? key : (uint32_t)(x >> 32) | 1;
    }
    int32_t a[256] = {0}, b[256] = {0}, c2[256] = {0};
    nlp_wtable_score(&plain, f, nf, a);
    nlp_wtable_score(t, f, nf, b);
    nlp_wtable_score_cached(t, c, f, nf, c2);
    assert_memory_equal(a, b, sizeof a);
    assert_memory_equal(a, c2, sizeof a);
  }
}

static void test_scoring(void **state) {
  (void)state;
  const annals_model *m = annals_model_builtin();
  assert_non_null(m);
  assert_non_null(m->tagger.w.dense_bits); /* its long rows are dense */
  nlp_wcache c;
  nlp_wcache_init(&c, 6);
  scores_agree(&m->tagger.w, &c);
  scores_agree(&m->parser.moves, &c);
  scores_agree(&m->parser.labels, &c);
  scores_agree(&m->tagger.w, &c);
  nlp_wcache_release(&c);
}

static void test_missing_file(void **state) {
  (void)state;
  annals_diags d;
  annals_diags_init(&d);
  annals_model *m = NULL;
  assert_int_equal(annals_model_load("tests/no-such.model", &m, &d),
                   ANNALS_ERR_IO);
  assert_null(m);
  assert_true(d.n_errors == 1);
  assert_non_null(strstr(d.items[0].message, "no-such.model"));
  annals_diags_release(&d);
}

/* The builtin model cut short anywhere, as is (the size in the header
 * tells) and with its header made to fit (the sections tell). */
static void test_truncated(void **state) {
  (void)state;
  size_t len = builtin_len();
  unsigned char *buf = malloc(len);
  assert_non_null(buf);
  static const size_t cuts[] = {0,  1,   8,   31,   32,   33,
                                56, 100, 300, 1000, 4096, 70000};
  for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
    memcpy(buf, annals_model_blob, cuts[i]);
    assert_false(try_read(buf, cuts[i]));
    nlp_model_seal(buf, cuts[i]);
    assert_false(try_read(buf, cuts[i]));
  }
  for (int k = 1; k <= 7; k++) {
    size_t cut = len / 8 * (size_t)k + (size_t)k * 13;
    memcpy(buf, annals_model_blob, cut);
    assert_false(try_read(buf, cut));
    nlp_model_seal(buf, cut);
    assert_false(try_read(buf, cut));
  }
  memcpy(buf, annals_model_blob, len);
  assert_false(try_read(buf, len - 1));
  free(buf);
}

/* The small model with one byte changed: refused by its checksum; with the
 * checksum made to fit, refused or usable, never a crash.  Every byte of
 * the header and the section table is tried, then bytes at random. */
static void test_damaged(void **state) {
  (void)state;
  char *file = NULL;
  size_t n = 0;
  assert_int_equal(annals_read_file("tests/fuzz/seeds/model/tiny-as-is.model",
                                    SIZE_MAX, &file, &n, NULL),
                   ANNALS_OK);
  /* the seed's first byte chooses the fuzz target's options */
  const unsigned char *good = (const unsigned char *)file + 1;
  size_t len = n - 1;
  assert_true(try_read(good, len));
  unsigned char *buf = malloc(len);
  assert_non_null(buf);
  uint64_t rnd = 0x9E3779B97F4A7C15ull;
  size_t accepted = 0;
  for (size_t i = 0; i < 32 + 24 * 12 + 400; i++) {
    memcpy(buf, good, len);
    size_t at;
    unsigned char v;
    rnd ^= rnd << 13;
    rnd ^= rnd >> 7;
    rnd ^= rnd << 17;
    if (i < 32 + 24 * 12) {
      at = i;
      v = (unsigned char)(buf[at] ^ (1u << (i % 8)));
    } else {
      at = (size_t)(rnd >> 11) % len;
      v = (unsigned char)(rnd >> 3);
    }
    if (buf[at] == v)
      continue;
    buf[at] = v;
    if (at >= 32)
      assert_false(try_read(buf, len));
    nlp_model_seal(buf, len);
    accepted += try_read(buf, len);
  }
  /* a damaged weight changes the model, not its structure: some are
   * accepted */
  assert_true(accepted > 0);
  free(buf);
  free(file);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_builtin),
      cmocka_unit_test(test_time_aside),
      cmocka_unit_test(test_article_nouns),
      cmocka_unit_test(test_time_before_that),
      cmocka_unit_test(test_attributed_base_past),
      cmocka_unit_test(test_present_before_that),
      cmocka_unit_test(test_noun_participles),
      cmocka_unit_test(test_scoring),
      cmocka_unit_test(test_missing_file),
      cmocka_unit_test(test_truncated),
      cmocka_unit_test(test_damaged),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
