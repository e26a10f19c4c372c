/*
 * fuzz_parse.c - text -> annals_analyse with the builtin model -> CoNLL-U
 * (what `annals parse` does).
 *
 * The first byte chooses what is asked (the rest is the text, cut at its
 * first invalid UTF-8 byte since the API requires valid UTF-8):
 *   byte 0  bit 0: tag only, then parse the sentences one by one with
 *                  annals_doc_parse_sentence (as extraction does), in
 *                  reverse order when bit 1 is set
 * Invariants: status OK; sentences in order, inside the text, their words
 * in order inside them, on UTF-8 boundaries; every word has its tags, a
 * lemma and, once parsed, a relation and a head in its own sentence (or
 * -1), with exactly one root per sentence and no cycle; the CoNLL-U
 * writer succeeds; the same input gives the same trees.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

static bool cont_byte(const uint8_t *s, size_t n, size_t i) {
  return i < n && (s[i] & 0xC0) == 0x80;
}

static void check_tree(const annals_doc *doc, const annals_doc_sentence *s) {
  size_t roots = 0;
  for (size_t k = s->first; k < s->first + s->n; k++) {
    const annals_word *w = &doc->words[k];
    FUZZ_CHECK(w->deprel != NULL && w->deprel[0] != '\0');
    FUZZ_CHECK(w->head == -1 ||
               (w->head >= (long)s->first &&
                w->head < (long)(s->first + s->n) && w->head != (long)k));
    roots += w->head == -1;
    /* no cycle: the chain of heads reaches the root within n steps */
    long h = (long)k;
    size_t steps = 0;
    while (h != -1 && steps <= s->n) {
      h = doc->words[h].head;
      steps++;
    }
    FUZZ_CHECK(h == -1);
  }
  FUZZ_CHECK(s->n == 0 || roots == 1);
}

static void check_doc(const annals_doc *doc, const uint8_t *s, size_t n,
                      bool parsed) {
  size_t prev = 0, words = 0;
  for (size_t i = 0; i < doc->n_sents; i++) {
    const annals_doc_sentence *st = &doc->sents[i];
    FUZZ_CHECK(st->start >= prev && st->start <= st->end && st->end <= n);
    FUZZ_CHECK(st->first == words && st->n > 0);
    words += st->n;
    FUZZ_CHECK(words <= doc->n_words);
    size_t at = st->start;
    for (size_t k = st->first; k < st->first + st->n; k++) {
      const annals_word *w = &doc->words[k];
      FUZZ_CHECK(w->start >= at && w->start < w->end && w->end <= st->end);
      FUZZ_CHECK(!cont_byte(s, n, w->start) && !cont_byte(s, n, w->end));
      FUZZ_CHECK(w->sentence == i);
      FUZZ_CHECK(w->upos && w->xpos && w->lemma);
      FUZZ_CHECK(w->upos[0] && w->xpos[0]);
      at = w->end;
    }
    if (parsed) {
      FUZZ_CHECK(st->parsed);
      check_tree(doc, st);
    }
    prev = st->end;
  }
  FUZZ_CHECK(words == doc->n_words);
}

static void write_conllu(const annals_doc *doc) {
  char *buf = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&buf, &len);
  FUZZ_CHECK(fp != NULL);
  FUZZ_CHECK(annals_doc_write_conllu(doc, fp) == ANNALS_OK);
  FUZZ_CHECK(fclose(fp) == 0);
  FUZZ_CHECK(doc->n_words == 0 || len > 0);
  free(buf);
}

int fuzz_parse_one(const uint8_t *data, size_t n) {
  const annals_model *m = annals_model_builtin();
  if (!m || n < 1)
    return 0;
  unsigned opt = data[0];
  const uint8_t *s = data + 1;
  size_t len = fuzz_utf8_prefix(s, n - 1);
  annals_doc *doc = NULL;
  annals_diags d;
  annals_diags_init(&d);
  unsigned what = opt & 1 ? ANNALS_ANALYSE_TAG : ANNALS_ANALYSE_PARSE;
  annals_status st = annals_analyse(m, (const char *)s, len, what, &doc, &d);
  FUZZ_CHECK(st == ANNALS_OK && doc != NULL);
  fuzz_check_diags(&d);
  annals_diags_release(&d);
  if (opt & 1)
    for (size_t i = 0; i < doc->n_sents; i++)
      annals_doc_parse_sentence(m, doc, opt & 2 ? doc->n_sents - 1 - i : i);
  check_doc(doc, s, len, true);
  write_conllu(doc);
  /* the same text parsed again gives the same trees */
  annals_doc *again = NULL;
  FUZZ_CHECK(annals_analyse(m, (const char *)s, len, ANNALS_ANALYSE_PARSE,
                            &again, NULL) == ANNALS_OK);
  FUZZ_CHECK(again->n_words == doc->n_words);
  for (size_t k = 0; k < doc->n_words; k++) {
    FUZZ_CHECK(again->words[k].head == doc->words[k].head);
    FUZZ_CHECK(strcmp(again->words[k].deprel, doc->words[k].deprel) == 0);
    FUZZ_CHECK(strcmp(again->words[k].lemma, doc->words[k].lemma) == 0);
  }
  annals_doc_free(again);
  annals_doc_free(doc);
  return 0;
}
