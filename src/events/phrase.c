/*
 * events/phrase.c - phrase tables: lowercased word sequences -> values,
 * as the gazetteer matches names in text.  Keys are found by hashes built
 * from the words' own hashes (word.hash), so a lookup hashes no string;
 * bitmaps of the first words and of the phrases reject most words of a
 * text in a few instructions.
 */
#include "events/extract_int.h"

#define PHRASE_MAX_WORDS 8


/* Open addressing on the phrase hash, linear probing, at most half
 * full; keys are compared only when the hashes agree. */
static void *pmap_get(const phrase_map *m, uint32_t h, const char *key) {
  if (m->cap == 0)
    return NULL;
  for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
    const phrase_slot *s = &m->slots[i];
    if (!s->key)
      return NULL;
    if (s->hash == h && strcmp(s->key, key) == 0)
      return s->value;
  }
}

static phrase_slot *pmap_slot(phrase_map *m, uint32_t h, const char *key) {
  for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
    phrase_slot *s = &m->slots[i];
    if (!s->key || (s->hash == h && strcmp(s->key, key) == 0))
      return s;
  }
}

/* Sets key's value (a later value replaces an earlier one). */
static void pmap_put(phrase_map *m, uint32_t h, const char *key, void *value) {
  if (2 * (m->n + 1) > m->cap) {
    phrase_map bigger = {g_new0(phrase_slot, m->cap ? 2 * m->cap : 64),
                         m->cap ? 2 * m->cap : 64, m->n};
    for (size_t i = 0; i < m->cap; i++)
      if (m->slots[i].key)
        *pmap_slot(&bigger, m->slots[i].hash, m->slots[i].key) = m->slots[i];
    g_free(m->slots);
    *m = bigger;
  }
  phrase_slot *s = pmap_slot(m, h, key);
  if (!s->key) {
    s->key = g_strdup(key);
    s->hash = h;
    m->n++;
  }
  s->value = value;
}

static void pmap_release(phrase_map *m) {
  for (size_t i = 0; i < m->cap; i++)
    g_free(m->slots[i].key);
  g_free(m->slots);
  memset(m, 0, sizeof *m);
}

void phrase_init(phrase_table *t) {
  memset(t, 0, sizeof *t);
  t->first_bits = g_new0(word_bits, 1);
  t->phrase_bits = g_new0(word_bits, 1);
}

/* The hash of a phrase of k + 1 words, from that of its first k words (h)
 * and the next word. */
static uint32_t phrase_hash(uint32_t h, const word *next) {
  return (h ^ next->hash) * 0x9E3779B1u + 0x7F4A7C15u;
}

/* The key of the k words at w: their lowercased forms joined by spaces.
 * key has room for PHRASE_MAX_WORDS words of up to 31 bytes. */
static void phrase_key(const word *w, size_t k, char *key) {
  size_t kl = 0;
  for (size_t q = 0; q < k; q++) {
    size_t l = strlen(w[q].low);
    if (q)
      key[kl++] = ' ';
    memcpy(key + kl, w[q].low, l);
    kl += l;
  }
  key[kl] = 0;
}

void phrase_release(phrase_table *t) {
  pmap_release(&t->map);
  pmap_release(&t->first);
  g_free(t->first_bits);
  g_free(t->phrase_bits);
  t->first_bits = t->phrase_bits = NULL;
}

bool phrase_add(phrase_table *t, const char *phrase, void *value) {
  GArray *w = g_array_new(FALSE, FALSE, sizeof(word));
  words_split(phrase, 0, strlen(phrase), w);
  bool ok = w->len > 0 && w->len <= PHRASE_MAX_WORDS;
  uint32_t h = 0;
  for (size_t i = 0; ok && i < w->len; i++) {
    const word *x = &g_array_index(w, word, i);
    ok = x->low[0] != 0;
    h = phrase_hash(h, x);
  }
  if (ok) {
    char key[PHRASE_MAX_WORDS * 33];
    phrase_key((const word *)(void *)w->data, w->len, key);
    pmap_put(&t->map, h, key, value);
    word_bits_add(t->phrase_bits, h);
    const word *f = &g_array_index(w, word, 0);
    word_bits_add(t->first_bits, f->hash);
    size_t old = GPOINTER_TO_SIZE(pmap_get(&t->first, f->hash, f->low));
    if (w->len > old)
      pmap_put(&t->first, f->hash, f->low, GSIZE_TO_POINTER(w->len));
  }
  g_array_free(w, TRUE);
  return ok;
}

void *phrase_match(const phrase_table *t, const word *w, size_t n, size_t i,
                   size_t *len) {
  if (!w[i].low[0] || !word_bits_has(t->first_bits, w[i].hash))
    return NULL;
  size_t maxw = GPOINTER_TO_SIZE(pmap_get(&t->first, w[i].hash, w[i].low));
  if (maxw == 0)
    return NULL;
  if (maxw > n - i)
    maxw = n - i;
  uint32_t hs[PHRASE_MAX_WORDS + 1];
  size_t got = 0;
  uint32_t h = 0;
  for (size_t k = 0; k < maxw && w[i + k].low[0]; k++) {
    h = phrase_hash(h, &w[i + k]);
    hs[k] = h;
    got = k + 1;
  }
  /* Longest first; the key string is built only for a length whose hash
   * may be in the table. */
  for (size_t k = got; k > 0; k--) {
    if (!word_bits_has(t->phrase_bits, hs[k - 1]))
      continue;
    char key[PHRASE_MAX_WORDS * 33];
    phrase_key(w + i, k, key);
    void *v = pmap_get(&t->map, hs[k - 1], key);
    if (v) {
      *len = k;
      return v;
    }
  }
  return NULL;
}

