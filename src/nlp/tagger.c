/*
 * nlp/tagger.c - the part-of-speech tagger: a greedy left-to-right
 * averaged perceptron over hashed features of the word, its affixes and
 * shape, the words around it and the tags already given to the two words
 * before it (Collins 2002; Ratnaparkhi 1996 for the feature set).
 * Frequent words that had one tag in training get it from a dictionary
 * without scoring (as in Honnibal's tagger): half the words of news.
 */
#include "nlp/nlp.h"

/* Atoms standing for the words before the first and after the last. */
#define BOS 0x5354415254ull /* "START" */
#define EOS 0x454e44ull     /* "END" */
#define NO_TAG 255u

enum {
  T_BIAS, T_LOW, T_SUF1, T_SUF2, T_SUF3, T_SUF4, T_PRE1, T_PRE2, T_PRE3,
  T_SHAPE, T_FLAGS, T_P1, T_P2P1, T_P1W, T_W_1, T_SUF3_1, T_W_2, T_W1,
  T_SUF3_1R, T_W2, T_W_1W, T_WW1, T_FORM, T_SHAPE_1, T_SHAPE1, T_P1SUF3,
  T_P2, T_FIRSTFORM, T_LEX, T_LEX1, T_LEX_1, T_W1W2, T_P1W1, T_SUF2_1R,
};

/* Features are gathered in B (nlp_feat_batch) and hashed together. */
#define F(t_, x_, y_, z_) NLP_FEAT_ADD(B, k, t_, x_, y_, z_)

/* The features of the word itself (its form, affixes, shape, flags and
 * lexical class): the same wherever it stands.  head: those before the
 * context's, else those after. */
static size_t word_feats(const nlp_word *x, bool head, uint32_t *f) {
  nlp_feat_batch B;
  size_t k = 0;
  if (head) {
    uint64_t fl = x->flags & (NLP_WF_CAP | NLP_WF_UPPER | NLP_WF_DIGIT |
                              NLP_WF_HYPHEN | NLP_WF_FIRST | NLP_WF_ALPHA |
                              NLP_WF_PUNCT);
    F(T_BIAS, 0, 0, 0);
    F(T_LOW, x->low, 0, 0);
    F(T_FORM, x->form, 0, 0);
    F(T_SUF1, x->suf[0], 0, 0);
    F(T_SUF2, x->suf[1], 0, 0);
    F(T_SUF3, x->suf[2], 0, 0);
    F(T_SUF4, x->suf[3], 0, 0);
    F(T_PRE1, x->pre[0], 0, 0);
    F(T_PRE2, x->pre[1], 0, 0);
    F(T_PRE3, x->pre[2], 0, 0);
    F(T_SHAPE, x->shape, 0, 0);
    F(T_FLAGS, fl, 0, 0);
    nlp_feat_keys(&B, k, f);
    return k;
  }
  if (x->flags & NLP_WF_FIRST)
    F(T_FIRSTFORM, x->form, 0, 0);
  if (x->lex)
    F(T_LEX, x->lex, 0, 0);
  nlp_feat_keys(&B, k, f);
  return k;
}

/* The features of word i that its neighbours and their tags give.
 * head: those before the word's own second part, else those after. */
static size_t context_feats(const nlp_word *w, size_t n, size_t i, bool head,
                            uint32_t *f) {
  nlp_feat_batch B;
  size_t k = 0;
  const nlp_word *x = &w[i];
  uint64_t p1 = i >= 1 ? w[i - 1].tag : NO_TAG;
  if (!head) {
    if (i + 1 < n && w[i + 1].lex)
      F(T_LEX1, w[i + 1].lex, 0, 0);
    if (i >= 1 && w[i - 1].lex)
      F(T_LEX_1, w[i - 1].lex, p1, 0);
    nlp_feat_keys(&B, k, f);
    return k;
  }
  uint64_t wm1 = i >= 1 ? w[i - 1].low : BOS;
  uint64_t wm2 = i >= 2 ? w[i - 2].low : BOS;
  uint64_t wp1 = i + 1 < n ? w[i + 1].low : EOS;
  uint64_t wp2 = i + 2 < n ? w[i + 2].low : EOS;
  uint64_t p2 = i >= 2 ? w[i - 2].tag : NO_TAG;
  F(T_P1, p1, 0, 0);
  F(T_P2, p2, 0, 0);
  F(T_P2P1, p2, p1, 0);
  F(T_P1W, p1, x->low, 0);
  F(T_P1SUF3, p1, x->suf[2], 0);
  F(T_W_1, wm1, 0, 0);
  F(T_W_2, wm2, 0, 0);
  F(T_W1, wp1, 0, 0);
  F(T_W2, wp2, 0, 0);
  F(T_W_1W, wm1, x->low, 0);
  F(T_WW1, x->low, wp1, 0);
  F(T_W1W2, wp1, wp2, 0);
  F(T_P1W1, p1, wp1, 0);
  if (i >= 1) {
    F(T_SUF3_1, w[i - 1].suf[2], 0, 0);
    F(T_SHAPE_1, w[i - 1].shape, x->shape, 0);
  }
  if (i + 1 < n) {
    F(T_SUF3_1R, w[i + 1].suf[2], 0, 0);
    F(T_SUF2_1R, w[i + 1].suf[1], 0, 0);
    F(T_SHAPE1, x->shape, w[i + 1].shape, 0);
  }
  nlp_feat_keys(&B, k, f);
  return k;
}

#undef F

size_t nlp_tagger_feats(const nlp_word *w, size_t n, size_t i, uint32_t *f) {
  size_t k = word_feats(&w[i], true, f);
  k += context_feats(w, n, i, true, f + k);
  k += word_feats(&w[i], false, f + k);
  return k + context_feats(w, n, i, false, f + k);
}

void nlp_wsums_init(nlp_wsums *s, uint32_t bits) {
  memset(s, 0, sizeof *s);
  s->bits = bits;
}

void nlp_wsums_release(nlp_wsums *s) {
  g_free(s->keys);
  g_free(s->sums);
  nlp_wsums_init(s, s->bits);
}

/* The atoms word_feats() reads, as a cache key. */
static void word_key(const nlp_word *x, uint64_t key[NLP_WSUMS_KEY]) {
  key[0] = x->low;
  key[1] = x->form;
  key[2] = x->shape;
  memcpy(key + 3, x->suf, sizeof x->suf);
  memcpy(key + 7, x->pre, sizeof x->pre);
  key[10] = x->lex;
  /* (the top bit marks a filled slot: an empty one, all zeros, never
   * matches) */
  key[11] = (x->flags & (NLP_WF_CAP | NLP_WF_UPPER | NLP_WF_DIGIT |
                         NLP_WF_HYPHEN | NLP_WF_FIRST | NLP_WF_ALPHA |
                         NLP_WF_PUNCT)) |
            (uint64_t)1 << 63;
}

/* Adds the weights of x's own features to acc: from s, or scored
 * through c (and kept in s).  The same sums either way. */
static void add_word_sum(const nlp_tagger *t, nlp_wcache *c, nlp_wsums *s,
                         const nlp_word *x, int32_t *acc) {
  uint32_t f[NLP_TAGGER_MAX_FEATS];
  uint32_t n = t->n_tags;
  if (!s) {
    size_t nf = word_feats(x, true, f);
    nf += word_feats(x, false, f + nf);
    nlp_wtable_score_cached(&t->w, c, f, nf, acc);
    return;
  }
  if (!s->keys || s->n_tags != n) {
    g_free(s->keys);
    g_free(s->sums);
    s->n_tags = n;
    s->keys = g_new0(uint64_t, ((size_t)NLP_WSUMS_KEY) << s->bits);
    s->sums = g_new(int32_t, (size_t)n << s->bits);
  }
  uint64_t key[NLP_WSUMS_KEY];
  word_key(x, key);
  uint64_t h = nlp_mix64(key[1] ^ (key[11] & 0xFFFF) * 0x9E3779B97F4A7C15ull);
  size_t slot = (size_t)(h >> (64 - s->bits));
  uint64_t *k = s->keys + slot * NLP_WSUMS_KEY;
  int32_t *sum = s->sums + slot * n;
  if (memcmp(k, key, sizeof key) != 0) {
    size_t nf = word_feats(x, true, f);
    nf += word_feats(x, false, f + nf);
    memset(sum, 0, n * sizeof sum[0]);
    nlp_wtable_score_cached(&t->w, c, f, nf, sum);
    memcpy(k, key, sizeof key);
  }
  nlp_add_dense32(sum, n, acc);
}

/* The modal auxiliaries (MD), a closed class: the forms the treebank
 * tags so, with its spellings of the web ("wud", "wil").  Any other word
 * the scores would make a modal is given its best other tag ("said it
 * shot down two drones": "shot" after "said it" had read as "would"). */
static const char *const modals[] = {
    "will", "can",  "would", "could", "should", "may",  "'ll",  "’ll",
    "might", "ca",  "must",  "wo",    "'d",     "’d",   "shall", "ought",
    "need", "dare", "woud",  "wilt",  "ll",     "wud",  "willl", "wil",
    "ould", "d",    "cannot"};

/* Is the word with lowercase hash low one of words[0..n)?  (hash[] and
 * *ready cache the words' hashes, made once.) */
static bool hashed_in(const char *const *words, size_t n, uint64_t *hash,
                      gsize *ready, uint64_t low) {
  if (g_once_init_enter(ready)) {
    for (size_t k = 0; k < n; k++)
      hash[k] = nlp_hash_bytes(words[k], strlen(words[k]));
    g_once_init_leave(ready, 1);
  }
  for (size_t k = 0; k < n; k++)
    if (hash[k] == low)
      return true;
  return false;
}

static bool modal_form(uint64_t low) {
  static uint64_t hash[ARRAY_SIZE(modals)];
  static gsize ready;
  return hashed_in(modals, ARRAY_SIZE(modals), hash, &ready, low);
}

/* The auxiliaries (AUX) are a closed class too: forms of "be", "have",
 * "do" and "get", and the modals, as the treebank spells them ("The
 * court freed jailed opposition leader X" had read "freed" as a
 * copula). */
static const char *const auxiliaries[] = {
    "be",     "is",    "am",     "are",    "was",    "were",  "been",
    "being",  "'s",    "’s",     "`s",     "s",      "'m",    "’m",
    "m",      "'re",   "’re",    "re",     "r",      "ar",    "ai",
    "have",   "has",   "had",    "having", "'ve",    "’ve",   "ve",
    "do",     "does",  "did",    "get",    "gets",   "got",   "getting",
    "gotten"};

static bool aux_form(uint64_t low) {
  static uint64_t hash[ARRAY_SIZE(auxiliaries)];
  static gsize ready;
  return hashed_in(auxiliaries, ARRAY_SIZE(auxiliaries), hash, &ready, low) ||
         modal_form(low);
}

void nlp_tag(const nlp_tagger *t, nlp_word *w, size_t n, nlp_wcache *c,
             nlp_wsums *ws) {
  uint32_t f[NLP_TAGGER_MAX_FEATS];
  int32_t acc[256];
  for (size_t i = 0; i < n; i++) {
    uint32_t known;
    if (nlp_kv_get(&t->dict, nlp_tagdict_key(w[i].form), &known) &&
        known < t->n_tags) {
      w[i].tag = (uint8_t)known;
      w[i].upos = t->upos[known];
      w[i].xpos = t->xpos[known];
      w[i].xpos2 = 255;
      continue;
    }
    /* the word's own features, then its context's */
    memset(acc, 0, t->n_tags * sizeof acc[0]);
    add_word_sum(t, c, ws, &w[i], acc);
    size_t nf = context_feats(w, n, i, true, f);
    nf += context_feats(w, n, i, false, f + nf);
    nlp_wtable_score_cached(&t->w, c, f, nf, acc);
    uint32_t best = 0, second = 1;
    if (t->n_tags > 1 && acc[1] > acc[0]) {
      best = 1;
      second = 0;
    }
    int32_t lo = t->n_tags > 1 ? MIN(acc[0], acc[1]) : acc[0];
    for (uint32_t c = 2; c < t->n_tags; c++) {
      if (acc[c] > acc[best]) {
        second = best;
        best = c;
      } else if (acc[c] > acc[second]) {
        second = c;
      }
      lo = acc[c] < lo ? acc[c] : lo;
    }
    bool closed = t->closed_modals && t->n_tags > 1 &&
                  ((t->xpos[best] == NLP_XPOS_MD && !modal_form(w[i].low)) ||
                   (t->upos[best] == NLP_UPOS_AUX && !aux_form(w[i].low)));
    if (closed) {
      /* (the best tag that is no modal's, nor an auxiliary's, takes its
       * place, and the next such is the runner-up) */
      int b = -1, s2 = -1;
      for (uint32_t c = 0; c < t->n_tags; c++) {
        if (t->xpos[c] == NLP_XPOS_MD || t->upos[c] == NLP_UPOS_AUX)
          continue;
        if (b < 0 || acc[c] > acc[b]) {
          s2 = b;
          b = (int)c;
        } else if (s2 < 0 || acc[c] > acc[s2]) {
          s2 = (int)c;
        }
      }
      if (b >= 0) {
        best = (uint32_t)b;
        second = s2 >= 0 ? (uint32_t)s2 : best;
      }
    }
    w[i].tag = (uint8_t)best;
    w[i].upos = t->upos[best];
    w[i].xpos = t->xpos[best];
    /* The runner-up's XPOS, when it differs and comes within an eighth of
     * the spread of the scores. */
    int64_t lead = (int64_t)acc[best] - acc[second];
    int64_t spread = (int64_t)acc[best] - lo;
    w[i].xpos2 = t->n_tags > 1 && lead * 8 < spread && t->xpos[second] != w[i].xpos
                     ? t->xpos[second]
                     : 255;
  }
}
