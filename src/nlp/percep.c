/*
 * nlp/percep.c - the averaged perceptron (Collins 2002; Freund and
 * Schapire 1999) that trains the tagger and the parser.  Weights live in
 * rows of n_classes floats, one row per feature that was ever updated,
 * found through an open-addressing map from feature keys.  Averages are
 * kept lazily: each weight remembers when it last changed and the running
 * sum of its past values.
 */
#include "nlp/nlp.h"

#include <math.h>
#include <stdlib.h>

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

void nlp_percep_init(nlp_percep *p, uint32_t n_classes) {
  memset(p, 0, sizeof *p);
  p->n_classes = n_classes;
  p->cap = 1u << 16;
  p->keys = g_new0(uint32_t, p->cap);
  p->rows = g_new0(uint32_t, p->cap);
}

void nlp_percep_release(nlp_percep *p) {
  g_free(p->keys);
  g_free(p->rows);
  g_free(p->w);
  g_free(p->tot);
  g_free(p->stamp);
  memset(p, 0, sizeof *p);
}

static size_t slot_of(const nlp_percep *p, uint32_t key) {
  size_t h = key & (p->cap - 1);
  while (p->keys[h] && p->keys[h] != key)
    h = (h + 1) & (p->cap - 1);
  return h;
}

static void grow_map(nlp_percep *p) {
  uint32_t *ok = p->keys, *orow = p->rows;
  size_t ocap = p->cap;
  p->cap *= 2;
  p->keys = g_new0(uint32_t, p->cap);
  p->rows = g_new0(uint32_t, p->cap);
  for (size_t i = 0; i < ocap; i++)
    if (ok[i]) {
      size_t h = slot_of(p, ok[i]);
      p->keys[h] = ok[i];
      p->rows[h] = orow[i];
    }
  g_free(ok);
  g_free(orow);
}

/* The row of key, created when create is set; -1 when absent. */
static long row_of(nlp_percep *p, uint32_t key, bool create) {
  size_t h = slot_of(p, key);
  if (p->keys[h])
    return p->rows[h];
  if (!create)
    return -1;
  if ((p->n + 1) * 2 > p->cap) {
    grow_map(p);
    h = slot_of(p, key);
  }
  if (p->n == p->rows_cap) {
    p->rows_cap = p->rows_cap ? p->rows_cap * 2 : 4096;
    size_t c = p->n_classes;
    p->w = g_renew(float, p->w, p->rows_cap * c);
    p->tot = g_renew(double, p->tot, p->rows_cap * c);
    p->stamp = g_renew(uint32_t, p->stamp, p->rows_cap * c);
  }
  size_t r = p->n++;
  size_t c = p->n_classes;
  memset(p->w + r * c, 0, c * sizeof(float));
  memset(p->tot + r * c, 0, c * sizeof(double));
  memset(p->stamp + r * c, 0, c * sizeof(uint32_t));
  p->keys[h] = key;
  p->rows[h] = (uint32_t)r;
  return (long)r;
}

void nlp_percep_score(const nlp_percep *p, const uint32_t *f, size_t nf,
                      float *scores) {
  size_t c = p->n_classes;
  memset(scores, 0, c * sizeof(float));
  for (size_t i = 0; i < nf; i++) {
    size_t h = slot_of(p, f[i]);
    if (!p->keys[h])
      continue;
    const float *w = p->w + (size_t)p->rows[h] * c;
    for (size_t k = 0; k < c; k++)
      scores[k] += w[k];
  }
}

static void bump(nlp_percep *p, size_t r, int cls, float d) {
  size_t i = r * p->n_classes + (size_t)cls;
  p->tot[i] += (double)(p->time - p->stamp[i]) * p->w[i];
  p->stamp[i] = p->time;
  p->w[i] += d;
}

void nlp_percep_update(nlp_percep *p, const uint32_t *f, size_t nf, int truth,
                       int guess) {
  if (truth == guess)
    return;
  for (size_t i = 0; i < nf; i++) {
    long r = row_of(p, f[i], true);
    bump(p, (size_t)r, truth, 1.0f);
    if (guess >= 0)
      bump(p, (size_t)r, guess, -1.0f);
  }
}

void nlp_percep_add(nlp_percep *into, const nlp_percep *from, float scale) {
  size_t c = from->n_classes;
  for (size_t h = 0; h < from->cap; h++) {
    if (!from->keys[h])
      continue;
    size_t r = (size_t)row_of(into, from->keys[h], true);
    const float *w = from->w + (size_t)from->rows[h] * c;
    float *t = into->w + r * c;
    for (size_t k = 0; k < c; k++)
      t[k] += scale * w[k];
  }
}

void nlp_percep_average(nlp_percep *p) {
  size_t total = p->n * p->n_classes;
  double t = p->time ? (double)p->time : 1.0;
  for (size_t i = 0; i < total; i++) {
    double sum = p->tot[i] + (double)(p->time - p->stamp[i]) * p->w[i];
    p->w[i] = (float)(sum / t);
    p->tot[i] = sum;
    p->stamp[i] = p->time;
  }
}

static int cmp_desc_f(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return x > y ? -1 : x < y;
}

void nlp_percep_export(const nlp_percep *p, float min_abs, size_t max_rows,
                       nlp_wtable *out) {
  size_t c = p->n_classes;
  /* Keep the max_rows features of greatest weight: their rows' largest
   * absolute weight must reach the max_rows-th largest. */
  float row_min = 0;
  if (max_rows && max_rows < p->n) {
    float *mx = g_new(float, p->n);
    for (size_t r = 0; r < p->n; r++) {
      float m = 0;
      for (size_t k = 0; k < c; k++)
        m = fmaxf(m, fabsf(p->w[r * c + k]));
      mx[r] = m;
    }
    qsort(mx, p->n, sizeof *mx, cmp_desc_f);
    row_min = mx[max_rows - 1];
    g_free(mx);
  }
  float mx = 0;
  for (size_t i = 0; i < p->n * c; i++)
    mx = fmaxf(mx, fabsf(p->w[i]));
  float scale = mx > 0 ? mx / 32767.0f : 1.0f;
  if (min_abs < scale * 0.5f)
    min_abs = scale * 0.5f;
  /* Rows in key order, so that the table is the same whatever order the
   * features were met in. */
  GArray *ents = g_array_new(FALSE, FALSE, sizeof(uint32_t));
  size_t n_rows = 0;
  uint64_t *kr = g_new(uint64_t, p->n ? p->n : 1); /* key << 32 | row */
  for (size_t h = 0; h < p->cap; h++)
    if (p->keys[h])
      kr[n_rows++] = ((uint64_t)p->keys[h] << 32) | p->rows[h];
  qsort(kr, n_rows, sizeof *kr, cmp_u64);
  size_t kept = 0;
  uint32_t *koff = g_new(uint32_t, n_rows ? n_rows : 1);
  uint32_t *kkey = g_new(uint32_t, n_rows ? n_rows : 1);
  for (size_t i = 0; i < n_rows; i++) {
    const float *w = p->w + (size_t)(uint32_t)kr[i] * c;
    float rm = 0;
    for (size_t k = 0; k < c; k++)
      rm = fmaxf(rm, fabsf(w[k]));
    if (rm < row_min || rm == 0)
      continue;
    uint32_t cnt = 0;
    for (size_t k = 0; k < c; k++)
      if (fabsf(w[k]) >= min_abs && lrintf(w[k] / scale) != 0)
        cnt++;
    if (!cnt)
      continue;
    uint32_t off = ents->len;
    g_array_append_val(ents, cnt);
    for (size_t k = 0; k < c; k++) {
      if (!(fabsf(w[k]) >= min_abs))
        continue;
      long q = lrintf(w[k] / scale);
      if (q == 0)
        continue;
      if (q > 32767)
        q = 32767;
      if (q < -32767)
        q = -32767;
      uint32_t e = ((uint32_t)k << 16) | (uint16_t)(int16_t)q;
      g_array_append_val(ents, e);
    }
    kkey[kept] = (uint32_t)(kr[i] >> 32);
    koff[kept++] = off;
  }
  /* About 60 % full: a probe for an absent feature (most of them) ends
   * after a few buckets. */
  uint32_t nb = (uint32_t)(kept + kept * 2 / 3 + 1);
  out->nb = nb;
  if (c <= 4) {
    nlp_wslot4 *s4 = g_new0(nlp_wslot4, nb);
    for (size_t i = 0; i < kept; i++) {
      uint32_t h = nlp_bucket(kkey[i], nb);
      while (s4[h].key)
        h = h + 1 == nb ? 0 : h + 1;
      s4[h].key = kkey[i];
      const uint32_t *r = (const uint32_t *)(void *)ents->data + koff[i];
      for (uint32_t j = 1; j <= r[0]; j++)
        s4[h].w[r[j] >> 16] = (int16_t)(uint16_t)(r[j] & 0xFFFF);
    }
    out->slots4 = s4;
    g_array_set_size(ents, 0);
  } else {
    nlp_wslot *slots = g_new0(nlp_wslot, nb);
    for (size_t i = 0; i < kept; i++) {
      uint32_t h = nlp_bucket(kkey[i], nb);
      while (slots[h].key)
        h = h + 1 == nb ? 0 : h + 1;
      slots[h].key = kkey[i];
      slots[h].off = koff[i];
    }
    out->slots = slots;
  }
  out->n_classes = (uint32_t)c;
  out->n_ents = ents->len;
  out->ents = (const uint32_t *)g_array_free(ents, FALSE);
  if (!out->n_ents) {
    g_free((void *)out->ents);
    out->ents = NULL;
  }
  out->owned = true;
  g_free(kr);
  g_free(koff);
  g_free(kkey);
}
