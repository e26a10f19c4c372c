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
  g_free((void *)t->dense_bits);
  g_free((void *)t->dense_rank);
  g_free((void *)t->dense);
  memset(t, 0, sizeof *t);
}

/* Rows of at least this many entries get a dense copy: adding a dense
 * row costs about as much as adding this many sparse entries. */
#define DENSE_MIN 16

void nlp_wtable_prepare(nlp_wtable *t) {
  if (!t->nb || t->slots4 || t->dense_bits || t->n_classes > 256)
    return;
  size_t nw = ((size_t)t->nb + 63) / 64;
  uint64_t *bits = NULL;
  int16_t *dense = NULL;
  size_t k = 0, cap = 0;
  for (uint32_t i = 0; i < t->nb; i++) {
    const nlp_wslot *s = &t->slots[i];
    if (!s->key)
      continue;
    const uint32_t *r = t->ents + s->off;
    uint32_t n = r[0];
    if (n < DENSE_MIN)
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
    if (!bits)
      bits = g_new0(uint64_t, nw);
    if (k == cap) {
      cap = cap ? cap * 2 : 256;
      dense = g_renew(int16_t, dense, cap * t->n_classes);
    }
    int16_t *d = dense + k * t->n_classes;
    memset(d, 0, t->n_classes * sizeof d[0]);
    for (uint32_t j = 1; j <= n; j++)
      d[r[j] >> 16] = (int16_t)(uint16_t)(r[j] & 0xFFFF);
    bits[i >> 6] |= (uint64_t)1 << (i & 63);
    k++;
  }
  if (!bits)
    return;
  uint32_t *rank = g_new(uint32_t, nw);
  uint32_t before = 0;
  for (size_t j = 0; j < nw; j++) {
    rank[j] = before;
    before += (uint32_t)__builtin_popcountll(bits[j]);
  }
  t->dense_bits = bits;
  t->dense_rank = rank;
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

void nlp_wcache_init(nlp_wcache *c, uint32_t bits) {
  memset(c, 0, sizeof *c);
  c->bits = bits;
}

void nlp_wcache_release(nlp_wcache *c) {
  g_free(c->dense);
  g_free(c->sparse);
  nlp_wcache_init(c, c->bits);
}

/* Makes c a cache of t's rows: empty when it held another table's. */
static void wcache_bind(nlp_wcache *c, const nlp_wtable *t) {
  const void *of = t->slots4 ? (const void *)t->slots4 : (const void *)t->slots;
  if (c->of == of && c->of_nb == t->nb && (t->slots4 ? !!c->dense : !!c->sparse))
    return;
  uint32_t bits = c->bits;
  nlp_wcache_release(c);
  c->bits = bits;
  size_t n = (size_t)1 << bits;
  if (t->slots4)
    c->dense = g_new0(nlp_wslot4, n);
  else
    c->sparse = g_new0(nlp_wcache_row, n);
  c->of = of;
  c->of_nb = t->nb;
}

/* The bucket of key in t, or UINT32_MAX when t lacks it. */
static inline uint32_t wtable_find(const nlp_wtable *t, uint32_t key,
                                   uint32_t h) {
  for (;;) {
    uint32_t k = t->slots4 ? t->slots4[h].key : t->slots[h].key;
    if (k == key)
      return h;
    if (k == 0)
      return UINT32_MAX;
    if (++h == t->nb)
      h = 0;
  }
}

static void score_dense(const nlp_wtable *t, nlp_wcache *c, const uint32_t *f,
                        size_t nf, int32_t *acc) {
  uint32_t mask = ((uint32_t)1 << c->bits) - 1;
  uint32_t miss[128], hs[128];
  size_t nm = 0;
  nlp_v4i sum = {0, 0, 0, 0};
  for (size_t i = 0; i < nf; i++) {
    const nlp_wslot4 *e = &c->dense[f[i] & mask];
    if (e->key == f[i]) {
      sum += nlp_widen4(e->w);
      continue;
    }
    hs[nm] = nlp_bucket(f[i], t->nb);
    __builtin_prefetch(&t->slots4[hs[nm]]);
    miss[nm++] = f[i];
  }
  for (size_t i = 0; i < nm; i++) {
    uint32_t h = wtable_find(t, miss[i], hs[i]);
    nlp_wslot4 *e = &c->dense[miss[i] & mask];
    if (h == UINT32_MAX)
      memset(e->w, 0, sizeof e->w);
    else
      memcpy(e->w, t->slots4[h].w, sizeof e->w);
    e->key = miss[i];
    sum += nlp_widen4(e->w);
  }
  nlp_v4i a;
  memcpy(&a, acc, sizeof a);
  a += sum;
  memcpy(acc, &a, sizeof a);
}

static inline void add_row(const uint32_t *r, uint32_t n, int32_t *acc) {
  for (uint32_t j = 0; j < n; j++)
    acc[r[j] >> 16] += (int16_t)(uint16_t)(r[j] & 0xFFFF);
}

static void score_sparse(const nlp_wtable *t, nlp_wcache *c,
                         const uint32_t *f, size_t nf, int32_t *acc) {
  uint32_t mask = ((uint32_t)1 << c->bits) - 1;
  uint32_t miss[128], hs[128], far[128];
  size_t nm = 0, nr = 0;
  for (size_t i = 0; i < nf; i++) {
    const nlp_wcache_row *e = &c->sparse[f[i] & mask];
    if (e->key == f[i]) {
      if (e->n == NLP_WCACHE_FAR) {
        far[nr++] = e->e[0];
      } else {
        add_row(e->e, e->n, acc);
      }
      continue;
    }
    hs[nm] = nlp_bucket(f[i], t->nb);
    __builtin_prefetch(&t->slots[hs[nm]]);
    miss[nm++] = f[i];
  }
  size_t nfound = 0;
  for (size_t i = 0; i < nm; i++) {
    uint32_t h = wtable_find(t, miss[i], hs[i]);
    if (h == UINT32_MAX) {
      nlp_wcache_row *e = &c->sparse[miss[i] & mask];
      e->key = miss[i];
      e->n = 0;
      continue;
    }
    miss[nfound] = miss[i];
    hs[nfound++] = h;
    __builtin_prefetch(t->ents + t->slots[h].off);
  }
  for (size_t i = 0; i < nr; i++)
    nlp_wtable_add_row(t, far[i], acc);
  for (size_t i = 0; i < nfound; i++) {
    const uint32_t *r = t->ents + t->slots[hs[i]].off;
    uint32_t n = r[0];
    nlp_wtable_add_row(t, hs[i], acc);
    nlp_wcache_row *e = &c->sparse[miss[i] & mask];
    e->key = miss[i];
    if (n <= NLP_WCACHE_ROW && !nlp_wtable_dense_row(t, hs[i])) {
      e->n = n;
      memcpy(e->e, r + 1, n * sizeof r[0]);
    } else {
      e->n = NLP_WCACHE_FAR;
      e->e[0] = hs[i];
    }
  }
}

void nlp_wtable_score_cached(const nlp_wtable *t, nlp_wcache *c,
                             const uint32_t *f, size_t nf, int32_t *acc) {
  if (!c || !t->nb) {
    nlp_wtable_score(t, f, nf, acc);
    return;
  }
  if (nf > 128)
    nf = 128;
  wcache_bind(c, t);
  if (t->slots4)
    score_dense(t, c, f, nf, acc);
  else
    score_sparse(t, c, f, nf, acc);
}
