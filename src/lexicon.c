/*
 * lexicon.c - event types and their trigger words, read from
 * events/types.yaml (compiled in) and user files of the same format; and
 * the phrase tables that the lexicon and the gazetteer share.
 *
 * Format (one entry per sense; see the comments of events/types.yaml):
 *   - type: fight            # CAMEO root slug
 *     cameo: "195"           # finer CAMEO code (optional)
 *     verb: strikes          # title verb, one initiator
 *     plural: strike         # title verb, several initiators
 *     noun: Airstrikes       # title when no initiator is known
 *     prep: on               # preposition before the target (optional)
 *     noun_prep: of          # after the noun when no initiator is known
 *     strength: 0.9          # how surely the words mean an event (0..1)
 *     object: true           # needs an actor or a place to count
 *     tag: disaster          # a tag for the events (optional)
 *     actors: false          # named countries are places, not actors
 *     subject: true          # needs a named initiator to count
 *     passive: subject       # "X was elected": X stays the initiator
 *     verbs: [struck, "carried out airstrikes"]  # past forms
 *     present: [strikes]     # present-tense forms (news headlines)
 *     nouns: [airstrike, airstrikes]
 */
#include "extract_int.h"

#include <stdlib.h>

#include "types.inc"

#define PHRASE_MAX_WORDS 8

/* ------------------------------------------------------------------ */
/* Phrase tables                                                        */
/* ------------------------------------------------------------------ */

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

/* ------------------------------------------------------------------ */
/* The lexicon                                                          */
/* ------------------------------------------------------------------ */

/* What a phrase of the table points to. */
typedef struct {
  trig_sense *sense;
  unsigned flags;
} trig_entry;

struct annals_lexicon {
  phrase_table words;
  GPtrArray *senses;  /* trig_sense, owned */
  GPtrArray *entries; /* trig_entry, owned */
  GStringChunk *strings;
  size_t n_senses;
};

static void sense_free(gpointer p) { g_free(p); }

static annals_lexicon *lexicon_alloc(void) {
  annals_lexicon *lx = g_new0(annals_lexicon, 1);
  phrase_init(&lx->words);
  lx->senses = g_ptr_array_new_with_free_func(sense_free);
  lx->entries = g_ptr_array_new_with_free_func(g_free);
  lx->strings = g_string_chunk_new(1024);
  return lx;
}

void annals_lexicon_free(annals_lexicon *lx) {
  if (!lx)
    return;
  phrase_release(&lx->words);
  g_ptr_array_free(lx->senses, TRUE);
  g_ptr_array_free(lx->entries, TRUE);
  g_string_chunk_free(lx->strings);
  g_free(lx);
}

size_t annals_lexicon_count(const annals_lexicon *lx) {
  return lx->words.map.n;
}

static const char *keep(annals_lexicon *lx, const char *s) {
  return s ? g_string_chunk_insert_const(lx->strings, s) : NULL;
}

static void add_words(annals_lexicon *lx, trig_sense *sense,
                      const data_field *f, unsigned flags) {
  if (!f)
    return;
  trig_entry *te = g_new0(trig_entry, 1);
  te->sense = sense;
  te->flags = flags;
  g_ptr_array_add(lx->entries, te);
  for (size_t i = 0; i < f->n; i++)
    phrase_add(&lx->words, f->values[i], te);
}

annals_status annals_lexicon_add(annals_lexicon *lx, const char *buf,
                                 size_t len, const char *name,
                                 annals_diags *d) {
  data_doc doc;
  annals_status st = data_load(buf, len, name, &doc, d);
  if (st != ANNALS_OK)
    return st;
  /* Check every entry first, so a bad file adds nothing. */
  char q[80];
  for (size_t i = 0; i < doc.n; i++) {
    const data_entry *e = &doc.items[i];
    const char *ty = data_str(e, "type");
    if (!ty) {
      annals_diags_add(d, ANNALS_SEV_ERROR, name, e->line, e->column, SIZE_MAX,
                       "lexicon entry has no 'type'");
      st = ANNALS_ERR_INPUT;
      continue;
    }
    if (annals_type_from_slug(ty) == ANNALS_TYPE_NONE) {
      const char *sug = annals_type_suggest(ty);
      annals_diags_add(d, ANNALS_SEV_ERROR, name, e->line, e->column, SIZE_MAX,
                       "unknown event type '%s'%s%s%s",
                       annals_quote(ty, strlen(ty), q, sizeof q),
                       sug ? " (did you mean '" : "", sug ? sug : "",
                       sug ? "'?)" : "");
      st = ANNALS_ERR_INPUT;
    }
    const char *sv = data_str(e, "strength");
    if (sv) {
      char *endp;
      double v = g_ascii_strtod(sv, &endp);
      if (*endp || v < 0 || v > 1) {
        annals_diags_add(d, ANNALS_SEV_ERROR, name, e->line, e->column,
                         SIZE_MAX, "strength '%s' is not a number in 0..1",
                         annals_quote(sv, strlen(sv), q, sizeof q));
        st = ANNALS_ERR_INPUT;
      }
    }
    if (!data_get(e, "verbs") && !data_get(e, "nouns") &&
        !data_get(e, "present")) {
      annals_diags_add(d, ANNALS_SEV_ERROR, name, e->line, e->column, SIZE_MAX,
                       "lexicon entry for '%s' has no 'verbs', 'present' "
                       "or 'nouns'",
                       annals_quote(ty, strlen(ty), q, sizeof q));
      st = ANNALS_ERR_INPUT;
    }
  }
  if (st != ANNALS_OK) {
    data_doc_release(&doc);
    return st;
  }
  for (size_t i = 0; i < doc.n; i++) {
    const data_entry *e = &doc.items[i];
    trig_sense *s = g_new0(trig_sense, 1);
    s->type = annals_type_from_slug(data_str(e, "type"));
    s->cameo = keep(lx, data_str(e, "cameo"));
    const char *slug = annals_type_slug(s->type);
    s->verb = keep(lx, data_str(e, "verb") ? data_str(e, "verb") : slug);
    s->verb_plural =
        keep(lx, data_str(e, "plural") ? data_str(e, "plural") : s->verb);
    s->noun = keep(lx, data_str(e, "noun") ? data_str(e, "noun") : slug);
    s->prep = keep(lx, data_str(e, "prep"));
    s->noun_prep = keep(lx, data_str(e, "noun_prep"));
    s->tag = keep(lx, data_str(e, "tag"));
    const char *sv = data_str(e, "strength");
    s->strength = sv ? g_ascii_strtod(sv, NULL) : 0.7;
    const char *ob = data_str(e, "object");
    s->needs_object = ob && strcmp(ob, "true") == 0;
    const char *sj = data_str(e, "subject");
    s->needs_subject = sj && strcmp(sj, "true") == 0;
    const char *pv = data_str(e, "passive");
    s->passive_subject = pv && strcmp(pv, "subject") == 0;
    const char *ac = data_str(e, "actors");
    s->places_only = ac && strcmp(ac, "false") == 0;
    g_ptr_array_add(lx->senses, s);
    /* A word listed twice keeps the last meaning: present-tense forms
     * ("visits") over nouns. */
    add_words(lx, s, data_get(e, "nouns"), TRIG_NOUN);
    add_words(lx, s, data_get(e, "verbs"), TRIG_VERB);
    add_words(lx, s, data_get(e, "present"), TRIG_VERB | TRIG_PRESENT);
  }
  data_doc_release(&doc);
  return ANNALS_OK;
}

annals_lexicon *annals_lexicon_new(void) {
  annals_lexicon *lx = lexicon_alloc();
  /* The bundled file is checked by the unit tests (a load failure would
   * leave the lexicon empty, which they catch). */
  (void)annals_lexicon_add(lx, embed_types, (size_t)embed_types_len,
                           "events/types.yaml", NULL);
  return lx;
}

bool lexicon_match(const annals_lexicon *lx, const word *w, size_t n, size_t i,
                   trig_match *m) {
  size_t len = 0;
  const trig_entry *te = phrase_match(&lx->words, w, n, i, &len);
  if (!te)
    return false;
  m->sense = te->sense;
  m->flags = te->flags;
  m->len = len;
  return true;
}
