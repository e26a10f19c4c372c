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
  memset(t, 0, sizeof *t);
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
