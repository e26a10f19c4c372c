/*
 * fuzz_extract.c - text -> events (annals_extract).
 *
 * The first 4 bytes choose the options; the rest is the text, passed as
 * is (invalid UTF-8 included, which must be refused with a diagnostic):
 *   byte 0  bit 0: a DCT is given (bytes 1-3), else inferred
 *           bit 1: keep_undated
 *           bit 2: the bundled gazetteer and lexicon loaded by the call
 *                  itself (NULL), else loaded once and passed in (the
 *                  second run, which must give the same record, always
 *                  passes them in)
 *           bit 3: a source file name is given
 *   bytes 1-3: DCT year (1900 + b1), month, day
 * Invariants: invalid UTF-8 -> ANNALS_ERR_INPUT with an error and no
 * event; valid -> OK and a timeline that validates: unique non-empty ids,
 * non-empty UTF-8 titles and actors, valid dates in order, nothing after
 * the DCT, source spans inside the text, no undated event unless asked;
 * the same input gives the same record twice.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

static const annals_gazetteer *gaz;
static const annals_lexicon *lex;

static bool utf8(const char *s) {
  return s && annals_utf8_check(s, strlen(s)) == strlen(s);
}

void fuzz_check_timeline(const annals_timeline *t, size_t text_len,
                         bool keep_undated) {
  size_t n = annals_timeline_count(t);
  const annals_dct *dct = annals_timeline_dct(t);
  annals_diags d;
  annals_diags_init(&d);
  annals_status st = annals_timeline_validate(t, &d);
  if (d.n_errors) {
    for (size_t i = 0; i < d.n; i++)
      annals_diag_print(&d.items[i], stderr);
  }
  FUZZ_CHECK(st == ANNALS_OK && d.n_errors == 0);
  fuzz_check_diags(&d);
  annals_diags_release(&d);
  for (size_t i = 0; i < n; i++) {
    const annals_event *e = annals_timeline_get(t, i);
    FUZZ_CHECK(e->id && e->id[0]);
    FUZZ_CHECK(e->title && e->title[0] && utf8(e->title));
    for (size_t k = 0; k < e->n_actors; k++)
      FUZZ_CHECK(e->actors[k][0] && utf8(e->actors[k]));
    FUZZ_CHECK(!e->location || utf8(e->location));
    FUZZ_CHECK(e->type > ANNALS_TYPE_NONE && e->type < ANNALS_TYPE_COUNT);
    if (e->when.start.prec == ANNALS_PREC_NONE) {
      FUZZ_CHECK(keep_undated);
    } else if (dct->date.prec != ANNALS_PREC_NONE) {
      FUZZ_CHECK(annals_date_first_day(&e->when.start) <=
                 annals_date_last_day(&dct->date));
    }
    if (i > 0)
      FUZZ_CHECK(
          annals_when_cmp(&annals_timeline_get(t, i - 1)->when, &e->when) <= 0);
    const annals_source *src[1 + 64];
    size_t ns = 0;
    src[ns++] = &e->source;
    for (size_t k = 0; k < e->n_mentions && ns < 65; k++)
      src[ns++] = &e->mentions[k];
    for (size_t k = 0; k < ns; k++) {
      const annals_source *s = src[k];
      FUZZ_CHECK(!s->text || utf8(s->text));
      if (s->offset >= 0) {
        FUZZ_CHECK(s->length >= 0);
        FUZZ_CHECK((unsigned long long)(s->offset + s->length) <= text_len);
      }
    }
  }
}

const annals_gazetteer *fuzz_gazetteer(void) {
  if (!gaz)
    gaz = annals_gazetteer_new();
  return gaz;
}

const annals_lexicon *fuzz_lexicon(void) {
  if (!lex)
    lex = annals_lexicon_new();
  return lex;
}

annals_timeline *fuzz_extract_run(const uint8_t *data, size_t n, bool cached,
                                  bool *valid) {
  annals_extract_opts o;
  memset(&o, 0, sizeof o);
  if (data[0] & 1) {
    int y = 1900 + data[1], m = data[2] % 12 + 1;
    o.dct.y = y;
    o.dct.m = m;
    o.dct.d = data[3] % annals_days_in_month(y, m) + 1;
    o.dct.prec = ANNALS_PREC_DAY;
  }
  o.keep_undated = data[0] & 2;
  if (cached || !(data[0] & 4)) {
    o.gazetteer = fuzz_gazetteer();
    o.lexicon = fuzz_lexicon();
  }
  if (data[0] & 8)
    o.file = "fuzz.txt";
  const char *text = (const char *)data + 4;
  size_t len = n - 4;
  *valid = annals_utf8_check(text, len) == len;

  annals_timeline *t = annals_timeline_new();
  annals_diags d;
  annals_diags_init(&d);
  annals_status st = annals_extract(text, len, &o, t, &d);
  fuzz_check_diags(&d);
  if (!*valid) {
    FUZZ_CHECK(st == ANNALS_ERR_INPUT);
    FUZZ_CHECK(d.n_errors > 0);
    FUZZ_CHECK(annals_timeline_count(t) == 0);
  } else {
    FUZZ_CHECK(st == ANNALS_OK);
    FUZZ_CHECK(d.n_errors == 0);
    fuzz_check_timeline(t, len, o.keep_undated);
  }
  annals_diags_release(&d);
  return t;
}

int fuzz_extract_one(const uint8_t *data, size_t n) {
  if (n < 4)
    return 0;
  bool valid;
  annals_timeline *a = fuzz_extract_run(data, n, false, &valid);
  if (valid) {
    /* Again, with the data loaded once: the same record (so the bundled
     * data loaded by the call and passed in agree, and nothing depends on
     * state left by an earlier call). */
    annals_timeline *b = fuzz_extract_run(data, n, true, &valid);
    size_t la, lb;
    char *wa = fuzz_write_yaml(a, &la);
    char *wb = fuzz_write_yaml(b, &lb);
    FUZZ_CHECK(la == lb && memcmp(wa, wb, la) == 0);
    free(wa);
    free(wb);
    annals_timeline_free(b);
  }
  annals_timeline_free(a);
  return 0;
}
