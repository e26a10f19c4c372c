/*
 * nlp/lemma.c - lemmas and lexical classes.
 *
 * The lemma of a word comes, in this order, from the treebank's own
 * lemmas for the forms the rules get wrong (pronouns, "n't", "'s" of
 * "is"), from WordNet's exception lists of irregular forms ("struck" ->
 * strike), and from WordNet's detachment rules, checked against its list
 * of lemmas (Morphy, as described in WordNet's morphy(7)).  An unknown
 * word falls back on the plain rules of English inflection.
 */
#include "nlp/nlp.h"

void nlp_kv_build(nlp_kv *t, const nlp_kv_slot *pairs, size_t n) {
  uint32_t nb = (uint32_t)(n + n * 2 / 3 + 1);
  nlp_kv_slot *s = g_new0(nlp_kv_slot, nb);
  for (size_t i = 0; i < n; i++) {
    uint32_t key = pairs[i].key ? pairs[i].key : 1;
    uint32_t h = nlp_bucket(key, nb);
    while (s[h].key && s[h].key != key)
      h = h + 1 == nb ? 0 : h + 1;
    s[h].key = key;
    s[h].val = pairs[i].val;
  }
  t->nb = nb;
  t->slots = s;
  t->owned = true;
}

void nlp_kv_release(nlp_kv *t) {
  if (t->owned)
    g_free((void *)t->slots);
  memset(t, 0, sizeof *t);
}

bool nlp_kv_valid(const nlp_kv *t, uint32_t max_val) {
  if (!t->nb)
    return true;
  size_t empty = 0;
  for (size_t i = 0; i < t->nb; i++) {
    if (!t->slots[i].key)
      empty++;
    else if (t->slots[i].val > max_val)
      return false;
  }
  return empty > 0;
}

/* ------------------------------------------------------------------ */
/* Morphy                                                               */
/* ------------------------------------------------------------------ */

typedef struct {
  const char *suffix, *ending;
} rule;

static const rule noun_rules[] = {
    {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
    {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""},
};
static const rule verb_rules[] = {
    {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"},
    {"ed", ""},   {"ing", "e"}, {"ing", ""}, {"s", ""},
};
static const rule adj_rules[] = {
    {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
};

static unsigned lemma_bits(const nlp_lexicon *lx, const char *s, size_t n) {
  uint32_t v;
  return nlp_kv_get(&lx->lemmas, nlp_key32(s, n, 0), &v) ? v : 0;
}

/* Copies a pooled string to out; returns its length. */
static size_t from_pool(const nlp_lexicon *lx, uint32_t off, char *out) {
  if (off >= lx->pool_len)
    return 0;
  size_t n = strnlen(lx->pool + off, lx->pool_len - off);
  if (n > NLP_NORM_MAX)
    n = NLP_NORM_MAX;
  memcpy(out, lx->pool + off, n);
  out[n] = '\0';
  return n;
}

/* WordNet's lemma of low[0..n) as a pos (one nlp_lex_bits bit), by the
 * exception list, then the rules; 0 when none is found. */
static size_t morphy(const nlp_lexicon *lx, const char *low, size_t n,
                     unsigned pos, char *out) {
  uint32_t off;
  if (nlp_kv_get(&lx->exc, nlp_key32(low, n, pos), &off)) {
    size_t k = from_pool(lx, off, out);
    if (k)
      return k;
  }
  const rule *r;
  size_t nr;
  switch (pos) {
  case NLP_LEX_NOUN:
    r = noun_rules;
    nr = ARRAY_SIZE(noun_rules);
    break;
  case NLP_LEX_VERB:
    r = verb_rules;
    nr = ARRAY_SIZE(verb_rules);
    break;
  case NLP_LEX_ADJ:
    r = adj_rules;
    nr = ARRAY_SIZE(adj_rules);
    break;
  default:
    return 0;
  }
  for (size_t i = 0; i < nr; i++) {
    size_t sl = strlen(r[i].suffix), el = strlen(r[i].ending);
    if (n <= sl || memcmp(low + n - sl, r[i].suffix, sl) != 0)
      continue;
    size_t k = n - sl;
    if (k + el > NLP_NORM_MAX)
      continue;
    memcpy(out, low, k);
    memcpy(out + k, r[i].ending, el);
    k += el;
    out[k] = '\0';
    if (lemma_bits(lx, out, k) & pos)
      return k;
  }
  return 0;
}

static bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* The rules of English inflection alone, for words WordNet lacks. */
static size_t guess(const char *low, size_t n, unsigned pos, char *out) {
  memcpy(out, low, n);
  out[n] = '\0';
#define ENDS(sfx) (n > strlen(sfx) + 1 && memcmp(low + n - strlen(sfx), sfx, strlen(sfx)) == 0)
  if (pos == NLP_LEX_NOUN) {
    if (ENDS("ies")) {
      memcpy(out + n - 3, "y", 2);
      return n - 2;
    }
    if (ENDS("sses") || ENDS("ches") || ENDS("shes") || ENDS("xes"))
      return out[n - 2] = '\0', n - 2;
    if (ENDS("s") && !ENDS("ss") && !ENDS("us") && !ENDS("is"))
      return out[n - 1] = '\0', n - 1;
    return n;
  }
  if (pos == NLP_LEX_VERB) {
    size_t k = n;
    if (ENDS("ies")) {
      memcpy(out + n - 3, "y", 2);
      return n - 2;
    }
    if (ENDS("ied")) {
      memcpy(out + n - 3, "y", 2);
      return n - 2;
    }
    if (ENDS("ed"))
      k = n - 2;
    else if (ENDS("ing"))
      k = n - 3;
    else if (ENDS("es") && (ENDS("sses") || ENDS("ches") || ENDS("shes") ||
                            ENDS("xes") || ENDS("zes")))
      k = n - 2;
    else if (ENDS("s") && !ENDS("ss"))
      return out[n - 1] = '\0', n - 1;
    else
      return n;
    if (k < 2)
      return n;
    /* stopped -> stop; hoped -> hope; created -> create */
    char a = out[k - 1], b = out[k - 2];
    if (a == b && !is_vowel(a) && a != 'l' && a != 's' && a != 'z')
      k--;
    else if (!is_vowel(a) && is_vowel(b) && k >= 3 && !is_vowel(out[k - 3]) &&
             (a == 't' || a == 'v' || a == 'z' || a == 'c' || a == 'g' ||
              a == 's') &&
             k <= 5)
      out[k++] = 'e';
    else if ((a == 'v' || a == 'z') || (a == 'c' && b != 'i') ||
             (a == 'l' && b == 'b') || (a == 'u'))
      out[k++] = 'e';
    out[k] = '\0';
    return k;
  }
#undef ENDS
  return n;
}

static unsigned pos_of_xpos(int xpos) {
  switch (xpos) {
  case NLP_XPOS_NNS:
  case NLP_XPOS_NNPS:
    return NLP_LEX_NOUN;
  case NLP_XPOS_VBD:
  case NLP_XPOS_VBG:
  case NLP_XPOS_VBN:
  case NLP_XPOS_VBZ:
    return NLP_LEX_VERB;
  case NLP_XPOS_JJR:
  case NLP_XPOS_JJS:
    return NLP_LEX_ADJ;
  case NLP_XPOS_RBR:
  case NLP_XPOS_RBS:
    return NLP_LEX_ADV;
  default:
    return 0;
  }
}

size_t nlp_lemmatize(const nlp_lexicon *lx, const char *s, size_t n, int upos,
                     int xpos, char *out) {
  char low[NLP_NORM_MAX + 1];
  size_t nl = nlp_normalise(s, n, true, low);
  low[nl] = '\0';
  uint32_t off;
  if (nlp_kv_get(&lx->tb, nlp_key32(low, nl, 100u + (unsigned)xpos), &off)) {
    size_t k = from_pool(lx, off, out);
    /* "troops", "supplies", "goods": a plural the treebank keeps as its
     * own lemma is the singular when WordNet has that noun, as the
     * lexicons name it ("sent troops" is sending a troop) */
    if (k && xpos == NLP_XPOS_NNS && k == nl && memcmp(out, low, nl) == 0 &&
        nl > 3 && low[nl - 1] == 's' && low[nl - 2] != 's') {
      char one[NLP_NORM_MAX + 8];
      size_t m = morphy(lx, low, nl, NLP_LEX_NOUN, one);
      if (m && m < nl && (lemma_bits(lx, one, m) & NLP_LEX_NOUN)) {
        memcpy(out, one, m + 1);
        return m;
      }
    }
    if (k)
      return k;
  }
  bool proper = upos == NLP_UPOS_PROPN || xpos == NLP_XPOS_NNP ||
                xpos == NLP_XPOS_NNPS;
  if (proper && xpos != NLP_XPOS_NNPS) {
    size_t k = nlp_normalise(s, n, false, out);
    out[k] = '\0';
    return k;
  }
  unsigned pos = pos_of_xpos(xpos);
  size_t k = 0;
  if (pos) {
    k = morphy(lx, low, nl, pos, out);
    if (!k && pos != NLP_LEX_ADV)
      k = guess(low, nl, pos, out);
  }
  if (!k) {
    memcpy(out, low, nl);
    out[nl] = '\0';
    k = nl;
  }
  if (proper) { /* NNPS: Americans -> American */
    char cased[NLP_NORM_MAX + 1];
    size_t nc = nlp_normalise(s, n, false, cased);
    if (k <= nc)
      memcpy(out, cased, k);
  }
  return k;
}

bool nlp_lex_irregular_past(const nlp_lexicon *lx, const char *low,
                            size_t n) {
  uint32_t off;
  if (!lx->lemmas.nb || n < 3 || low[n - 1] == 's' ||
      (n > 3 && memcmp(low + n - 3, "ing", 3) == 0) ||
      !nlp_kv_get(&lx->exc, nlp_key32(low, n, NLP_LEX_VERB), &off))
    return false;
  char tmp[NLP_NORM_MAX + 8];
  size_t k = from_pool(lx, off, tmp);
  return k && (k != n || memcmp(tmp, low, n) != 0);
}

uint64_t nlp_lex_class(const nlp_lexicon *lx, const char *low, size_t n) {
  if (!lx->lemmas.nb)
    return 0;
  unsigned bits = lemma_bits(lx, low, n);
  char tmp[NLP_NORM_MAX + 8];
  static const unsigned poses[] = {NLP_LEX_NOUN, NLP_LEX_VERB, NLP_LEX_ADJ};
  for (size_t i = 0; i < ARRAY_SIZE(poses); i++) {
    size_t k = morphy(lx, low, n, poses[i], tmp);
    if (k && (k != n || memcmp(tmp, low, n) != 0))
      bits |= poses[i] << 4;
  }
  return 0x4c4558ull + bits; /* "LEX" + bits: never 0 */
}

bool nlp_lex_adjective(const nlp_lexicon *lx, const char *low, size_t n) {
  return lx->lemmas.nb && (lemma_bits(lx, low, n) & NLP_LEX_ADJ);
}

bool nlp_lex_noun(const nlp_lexicon *lx, const char *low, size_t n) {
  return lx->lemmas.nb && (lemma_bits(lx, low, n) & NLP_LEX_NOUN);
}

bool nlp_lex_verb_base(const nlp_lexicon *lx, const char *low, size_t n) {
  return lx->lemmas.nb && (lemma_bits(lx, low, n) & NLP_LEX_VERB);
}

bool nlp_lex_verb(const nlp_lexicon *lx, const char *low, size_t n) {
  if (!lx->lemmas.nb)
    return false;
  if (lemma_bits(lx, low, n) & NLP_LEX_VERB)
    return true;
  char tmp[NLP_NORM_MAX + 8];
  return morphy(lx, low, n, NLP_LEX_VERB, tmp) != 0;
}
