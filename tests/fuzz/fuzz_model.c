/*
 * fuzz_model.c - bytes -> annals_model_read -> (when accepted) tag and
 * parse a few sentences with the model.
 *
 * The loader must refuse every damaged model with an error and never
 * crash, and a model it accepts must be safe to use.  Random bytes stop
 * at the magic, the size or the checksum, so the first byte chooses how
 * to get past them (the rest is the model):
 *   byte 0  bit 0: seal the bytes first: set the size and the checksum in
 *                  the header (nlp_model_seal), so that damage inside
 *                  sections reaches the section checks
 *           2 or 3: instead, read the builtin model cut to the length in
 *                  bytes 1-4 (little-endian, modulo its size), sealed or
 *                  not as bit 0 says (values, not a bit, so that the test
 *                  texts replayed through every target seldom copy it)
 * Invariants: an error status comes with an error message; an accepted
 * model tags and parses text into trees with one root per sentence.
 */
#include "fuzz.h"
#include "nlp/nlp.h"

#include <stdlib.h>
#include <string.h>

extern const unsigned char annals_model_blob[];
extern const unsigned char annals_model_blob_end[];

static const char sample[] =
    "The ministers met in Geneva on Monday. They agreed on a ceasefire, "
    "which the rebels rejected; talks resume in May.\n\nU.S. forces "
    "withdrew.";

static void use(const annals_model *m) {
  annals_doc *doc = NULL;
  FUZZ_CHECK(annals_analyse(m, sample, strlen(sample), ANNALS_ANALYSE_PARSE,
                            &doc, NULL) == ANNALS_OK);
  for (size_t i = 0; i < doc->n_sents; i++) {
    const annals_doc_sentence *s = &doc->sents[i];
    size_t roots = 0;
    for (size_t k = s->first; k < s->first + s->n; k++) {
      const annals_word *w = &doc->words[k];
      FUZZ_CHECK(w->upos && w->xpos && w->lemma && w->deprel);
      FUZZ_CHECK(w->head == -1 || (w->head >= (long)s->first &&
                                   w->head < (long)(s->first + s->n)));
      roots += w->head == -1;
    }
    FUZZ_CHECK(roots == 1);
  }
  char *buf = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&buf, &len);
  FUZZ_CHECK(fp != NULL);
  FUZZ_CHECK(annals_doc_write_conllu(doc, fp) == ANNALS_OK);
  FUZZ_CHECK(fclose(fp) == 0);
  free(buf);
  annals_doc_free(doc);
}

int fuzz_model_one(const uint8_t *data, size_t n) {
  if (n < 1)
    return 0;
  unsigned opt = data[0];
  unsigned char *buf;
  size_t len;
  if (opt == 2 || opt == 3) {
    size_t whole = (size_t)(annals_model_blob_end - annals_model_blob);
    if (whole == 0 || n < 5)
      return 0;
    uint32_t cut = (uint32_t)data[1] | (uint32_t)data[2] << 8 |
                   (uint32_t)data[3] << 16 | (uint32_t)data[4] << 24;
    len = cut % whole;
    buf = malloc(len ? len : 1);
    FUZZ_CHECK(buf != NULL);
    memcpy(buf, annals_model_blob, len);
  } else {
    len = n - 1;
    buf = malloc(len ? len : 1);
    FUZZ_CHECK(buf != NULL);
    memcpy(buf, data + 1, len);
  }
  if (opt & 1)
    nlp_model_seal(buf, len);
  annals_diags d;
  annals_diags_init(&d);
  annals_model *m = NULL;
  annals_status st = annals_model_read(buf, len, "fuzz.model", &m, &d);
  fuzz_check_diags(&d);
  if (st == ANNALS_OK) {
    FUZZ_CHECK(m != NULL);
    use(m);
    annals_model_free(m);
  } else {
    FUZZ_CHECK(m == NULL);
    FUZZ_CHECK(d.n_errors > 0);
  }
  annals_diags_release(&d);
  free(buf);
  return 0;
}
