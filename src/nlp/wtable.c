/*
 * nlp/wtable.c - weight tables of the linear classifiers (tagger,
 * transitions, labels): validation of a table read from a model file and
 * release of an owned one.  Scoring is inline in nlp.h.
 */
#include "nlp/nlp.h"

void nlp_wtable_release(nlp_wtable *t) {
  if (t->owned) {
    g_free((void *)t->slots);
    g_free((void *)t->slots4);
    g_free((void *)t->ents);
  }
  g_free((void *)t->run_ents);
  g_free((void *)t->dense);
  memset(t, 0, sizeof *t);
}

/* Rows of at least this many entries get a dense copy: adding a dense
 * row costs about as much as adding this many sparse entries. */
#define DENSE_MIN 16

void nlp_wtable_prepare(nlp_wtable *t) {
  if (!t->nb || t->slots4 || t->run_ents || t->n_classes > 256)
    return;
  uint32_t *run = NULL;
  int16_t *dense = NULL;
  size_t k = 0, cap = 0;
  for (uint32_t i = 0; i < t->nb; i++) {
    const nlp_wslot *s = &t->slots[i];
    if (!s->key)
      continue;
    const uint32_t *r = t->ents + s->off;
    uint32_t n = r[0];
    if (n < DENSE_MIN || (run && (run[s->off] & NLP_WROW_DENSE)))
      continue;
    /* a class twice in a row (never written so) stays sparse */
    uint64_t seen[4] = {0, 0, 0, 0};
    bool twice = false;
    for (uint32_t j = 1; j <= n && !twice; j++) {
      uint32_t c = r[j] >> 16;
      twice = (seen[c >> 6] >> (c & 63)) & 1;
      seen[c >> 6] |= (uint64_t)1 << (c & 63);
    }
    if (twice)
      continue;
    if (!run)
      run = g_memdup2(t->ents, t->n_ents * sizeof t->ents[0]);
    if (k == cap) {
      cap = cap ? cap * 2 : 256;
      dense = g_renew(int16_t, dense, cap * t->n_classes);
    }
    int16_t *d = dense + k * t->n_classes;
    memset(d, 0, t->n_classes * sizeof d[0]);
    for (uint32_t j = 1; j <= n; j++)
      d[r[j] >> 16] = (int16_t)(uint16_t)(r[j] & 0xFFFF);
    run[s->off] = NLP_WROW_DENSE | (uint32_t)k;
    k++;
  }
  t->run_ents = run;
  t->dense = dense;
}

bool nlp_wtable_valid(const nlp_wtable *t) {
  if (!t->nb)
    return true;
  if (t->n_classes == 0 || t->n_classes > 256)
    return false;
  if (!t->slots == !t->slots4)
    return false;
  if (t->slots4 && t->n_classes > 4)
    return false;
  size_t empty = 0;
  for (size_t i = 0; i < t->nb; i++) {
    if (t->slots4) {
      empty += t->slots4[i].key == 0;
      continue;
    }
    const nlp_wslot *s = &t->slots[i];
    if (s->key == 0) {
      empty++;
      continue;
    }
    if (s->off >= t->n_ents)
      return false;
    uint32_t n = t->ents[s->off];
    if (n > t->n_classes || (size_t)n > t->n_ents - s->off - 1)
      return false;
    for (uint32_t j = 1; j <= n; j++)
      if ((t->ents[s->off + j] >> 16) >= t->n_classes)
        return false;
  }
  return empty > 0; /* a probe for an absent key must end */
}
