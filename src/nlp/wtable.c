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
  g_free((void *)t->filter);
  memset(t, 0, sizeof *t);
}

/* Rows of at least this many entries get a dense copy: adding a dense
 * row costs about as much as adding this many sparse entries. */
#define DENSE_MIN 16

/* The filter of t's keys (see nlp.h): it lets through fewer than 1 % of
 * the absent features of a parser's steps on news. */
static void prepare_filter(nlp_wtable *t) {
  /* (the buckets are some 60 % full: six bits a bucket are ten a key) */
  uint32_t lg = 6;
  while (((size_t)1 << lg) * 64 < (size_t)t->nb * 6)
    lg++;
  uint64_t *filter = g_new0(uint64_t, (size_t)1 << lg);
  unsigned shift = 64 - lg;
  size_t w;
  for (uint32_t i = 0; i < t->nb; i++) {
    uint32_t key = t->slots4 ? t->slots4[i].key : t->slots[i].key;
    uint64_t m = nlp_filter_bits(key, shift, &w);
    filter[w] |= key ? m : 0;
  }
  t->filter = filter;
  t->filter_shift = shift;
}

void nlp_wtable_prepare(nlp_wtable *t) {
  if (t->nb && !t->filter)
    prepare_filter(t);
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

/* A filter that lets every key through, for tables without one. */
static const uint64_t no_filter[2] = {~(uint64_t)0, ~(uint64_t)0};

/* The keys in the cache add their rows, those that the filter lets
 * through are looked up in the table (their buckets prefetched first).
 * Without branches on the keys: which features of a step are in the cache
 * cannot be foretold, and every load can be under way at once. */
static void score_dense(const nlp_wtable *t, nlp_wcache *c, const uint32_t *f,
                        size_t nf, int32_t *acc) {
  uint32_t mask = ((uint32_t)1 << c->bits) - 1;
  const uint64_t *flt = t->filter ? t->filter : no_filter;
  unsigned shift = t->filter ? t->filter_shift : 63;
  uint32_t miss[128], hs[128];
  size_t nm = 0;
  nlp_v4i sum = {0, 0, 0, 0};
  for (size_t i = 0; i < nf; i++) {
    uint32_t k = f[i];
    const nlp_wslot4 *e = &c->dense[k & mask];
    int32_t hit = -(int32_t)(e->key == k);
    sum += nlp_widen4(e->w) & (nlp_v4i){hit, hit, hit, hit};
    size_t w;
    uint64_t m = nlp_filter_bits(k, shift, &w);
    miss[nm] = k;
    nm += (size_t)(!hit & ((flt[w] & m) == m));
  }
  for (size_t i = 0; i < nm; i++) {
    hs[i] = nlp_bucket(miss[i], t->nb);
    __builtin_prefetch(&t->slots4[hs[i]]);
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

/* Dense rows are what scoring spends most on: the frequent features
 * (the bias, common suffixes, the tag before) have one, and a word of the
 * tagger meets some twenty of them.  add_dense_rows() adds the rows
 * d[0..nd) (dense copies' numbers) of t to acc, a group of classes at a
 * time for all the rows, so that the group's sums stay in registers; on
 * processors with AVX2, eight classes at a time.  Integer sums: the
 * order of the additions changes nothing. */
static void add_dense_rows_base(const nlp_wtable *t, const uint32_t *d,
                                size_t nd, int32_t *acc) {
  uint32_t n = t->n_classes, c = 0;
  for (; c + 4 <= n; c += 4) {
    nlp_v4i a;
    memcpy(&a, acc + c, sizeof a);
    for (size_t i = 0; i < nd; i++)
      a += nlp_widen4(t->dense + (size_t)d[i] * n + c);
    memcpy(acc + c, &a, sizeof a);
  }
  for (; c < n; c++) {
    int32_t a = acc[c];
    for (size_t i = 0; i < nd; i++)
      a += t->dense[(size_t)d[i] * n + c];
    acc[c] = a;
  }
}

#if defined(__x86_64__) && defined(__GNUC__) && defined(__has_attribute)
#if __has_attribute(target)
#define HAVE_AVX2_ROWS 1
#include <immintrin.h>

__attribute__((target("avx2"))) static void
add_dense_rows_avx2(const nlp_wtable *t, const uint32_t *d, size_t nd,
                    int32_t *acc) {
  uint32_t n = t->n_classes, c = 0;
  for (; c + 8 <= n; c += 8) {
    __m256i a = _mm256_loadu_si256((const __m256i *)(const void *)(acc + c));
    for (size_t i = 0; i < nd; i++) {
      const int16_t *r = t->dense + (size_t)d[i] * n + c;
      __m128i w = _mm_loadu_si128((const __m128i *)(const void *)r);
      a = _mm256_add_epi32(a, _mm256_cvtepi16_epi32(w));
    }
    _mm256_storeu_si256((__m256i *)(void *)(acc + c), a);
  }
  for (; c + 4 <= n; c += 4) {
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(acc + c));
    for (size_t i = 0; i < nd; i++) {
      const int16_t *r = t->dense + (size_t)d[i] * n + c;
      __m128i w = _mm_loadl_epi64((const __m128i *)(const void *)r);
      a = _mm_add_epi32(a, _mm_cvtepi16_epi32(w));
    }
    _mm_storeu_si128((__m128i *)(void *)(acc + c), a);
  }
  for (; c < n; c++) {
    int32_t a = acc[c];
    for (size_t i = 0; i < nd; i++)
      a += t->dense[(size_t)d[i] * n + c];
    acc[c] = a;
  }
}
#endif
#endif

static void add_dense_rows(const nlp_wtable *t, const uint32_t *d, size_t nd,
                           int32_t *acc) {
#if defined(HAVE_AVX2_ROWS)
  if (__builtin_cpu_supports("avx2")) {
    add_dense_rows_avx2(t, d, nd, acc);
    return;
  }
#endif
  add_dense_rows_base(t, d, nd, acc);
}

/* The rows of the keys in the cache are added, those of the others
 * looked up in the table (their buckets prefetched first); the dense rows
 * met are added last, together. */
static void score_sparse(const nlp_wtable *t, nlp_wcache *c,
                         const uint32_t *f, size_t nf, int32_t *acc) {
  const uint32_t mask = ((uint32_t)1 << c->bits) - 1;
  nlp_wcache_row *cs = c->sparse;
  const uint64_t *flt = t->filter ? t->filter : no_filter;
  unsigned shift = t->filter ? t->filter_shift : 63;
  uint32_t miss[128], dense[128], lng[128], hit[128];
  size_t nm = 0, nd = 0, nl = 0, nh = 0;
  /* which keys are in the cache, which may be in the table: without
   * branches, as in score_dense */
  for (size_t i = 0; i < nf; i++) {
    uint32_t k = f[i];
    bool in = cs[k & mask].key == k;
    size_t w;
    uint64_t m = nlp_filter_bits(k, shift, &w);
    hit[nh] = k & mask;
    nh += in;
    miss[nm] = k;
    nm += (size_t)(!in & ((flt[w] & m) == m));
  }
  for (size_t i = 0; i < nh; i++) {
    const nlp_wcache_row *e = &cs[hit[i]];
    uint32_t n = e->n;
    if (n <= NLP_WCACHE_ROW) {
      add_row(e->e, n, acc);
    } else if (n & NLP_WCACHE_DENSE) {
      dense[nd++] = n & ~NLP_WCACHE_DENSE;
    } else {
      /* added after the misses are looked up, while it comes */
      lng[nl] = n & ~NLP_WCACHE_LONG;
      __builtin_prefetch(t->ents + lng[nl++]);
    }
  }
  uint32_t hs[128];
  for (size_t i = 0; i < nm; i++) {
    hs[i] = nlp_bucket(miss[i], t->nb);
    __builtin_prefetch(&t->slots[hs[i]]);
  }
  size_t nfound = 0;
  for (size_t i = 0; i < nm; i++) {
    uint32_t h = wtable_find(t, miss[i], hs[i]);
    if (h == UINT32_MAX) {
      nlp_wcache_row *e = &cs[miss[i] & mask];
      e->key = miss[i];
      e->n = 0;
      continue;
    }
    miss[nfound] = miss[i];
    hs[nfound++] = h;
    __builtin_prefetch(t->ents + t->slots[h].off);
  }
  for (size_t i = 0; i < nfound; i++) {
    uint32_t h = hs[i];
    const uint32_t *r = t->ents + t->slots[h].off;
    uint32_t n = r[0];
    nlp_wcache_row *e = &cs[miss[i] & mask];
    e->key = miss[i];
    const int16_t *d = nlp_wtable_dense_row(t, h);
    if (d) {
      uint32_t k = (uint32_t)((size_t)(d - t->dense) / t->n_classes);
      e->n = NLP_WCACHE_DENSE | k;
      dense[nd++] = k;
    } else if (n > NLP_WCACHE_ROW) {
      e->n = NLP_WCACHE_LONG | t->slots[h].off;
      add_row(r + 1, n, acc);
    } else {
      e->n = n;
      memcpy(e->e, r + 1, n * sizeof r[0]);
      add_row(e->e, n, acc);
    }
  }
  for (size_t i = 0; i < nl; i++) {
    const uint32_t *r = t->ents + lng[i];
    add_row(r + 1, r[0], acc);
  }
  add_dense_rows(t, dense, nd, acc);
}

void nlp_wtable_score_cached(const nlp_wtable *t, nlp_wcache *c,
                             const uint32_t *f, size_t nf, int32_t *acc) {
  /* (rows' offsets and dense copies' numbers must fit beside the
   * flags) */
  if (!c || !t->nb || t->nb >= NLP_WCACHE_LONG ||
      t->n_ents >= NLP_WCACHE_LONG) {
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
