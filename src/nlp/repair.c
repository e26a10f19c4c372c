/*
 * nlp/repair.c - a sentence needs a finite verb.
 *
 * The tagger decides each word from a window around it and cannot see
 * that a sentence it tagged has no finite verb at all: trained on web
 * text, it reads the past tense of news after a noun as a participle
 * ("The court ruled on Monday", "Ukrainian drones struck a refinery"),
 * and the parser then hangs the verb on the noun.  When a sentence has
 * no finite verb (VBD, VBZ, VBP, MD) in its first clause but a
 * participle there follows a noun or pronoun with no auxiliary before it,
 * that participle is the past tense; so is an irregular past the tagger
 * read as a noun ("The gang stole data.", WordNet's exception list says
 * "stole" is the past of "steal") in a sentence ending with a stop, and
 * a participle after "and" that follows a past tense ("issued warnings
 * and deployed missiles").
 * Lines without a verb at all
 * (headlines, captions) are left alone.  A word of capitals the tagger
 * read as a number ("Two CCG vessels") is a name.
 */
#include "nlp/nlp.h"

/* A list of lowercased words and their hashes (as nlp_word.low), so that
 * most words are told apart from them without normalising their form
 * again: equal forms have equal hashes. */
#define MAX_WORDS 32
typedef struct {
  const char *const *words;
  size_t n;
  gsize ready;
  uint64_t hash[MAX_WORDS];
} word_list;

/* Is w's lowercased form one of l's words? */
static bool word_in(word_list *l, const char *text, const nlp_word *w) {
  if (g_once_init_enter(&l->ready)) {
    for (size_t k = 0; k < l->n; k++)
      l->hash[k] = nlp_hash_bytes(l->words[k], strlen(l->words[k]));
    g_once_init_leave(&l->ready, 1);
  }
  size_t k = 0;
  while (k < l->n && l->hash[k] != w->low)
    k++;
  if (k == l->n)
    return false;
  char low[NLP_NORM_MAX];
  size_t n = nlp_normalise(text + w->start, w->end - w->start, true, low);
  for (; k < l->n; k++)
    if (strlen(l->words[k]) == n && memcmp(l->words[k], low, n) == 0)
      return true;
  return false;
}

/* Does word i read as "be", "have" or "get", an auxiliary a participle
 * may follow? */
static bool auxiliary(const char *text, const nlp_word *w) {
  static const char *const aux[] = {
      "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
      "have", "has", "had", "having", "'ve", "'d", "get", "gets", "got",
      "gotten", "getting"};
  static word_list l = {aux, ARRAY_SIZE(aux), 0, {0}};
  G_STATIC_ASSERT(ARRAY_SIZE(aux) <= MAX_WORDS);
  return word_in(&l, text, w);
}

static bool nominal(int xpos) {
  return xpos == NLP_XPOS_NN || xpos == NLP_XPOS_NNS ||
         xpos == NLP_XPOS_NNP || xpos == NLP_XPOS_NNPS ||
         xpos == NLP_XPOS_PRP || xpos == NLP_XPOS_CD;
}

/* Words that open a new clause: the finite verb of the clause before
 * them must come before them. */
static bool clause_opener(const char *text, const nlp_word *w) {
  static const char *const open[] = {
      "that",   "which",   "who",    "whom", "whose", "because", "although",
      "though", "while",   "whereas", "if",  "unless", "since",  "after",
      "before", "when",    "until",  "but",  "and",    ";",      "--",
      "as"};
  static word_list l = {open, ARRAY_SIZE(open), 0, {0}};
  G_STATIC_ASSERT(ARRAY_SIZE(open) <= MAX_WORDS);
  return word_in(&l, text, w);
}

/* "The gang stole data.": a word the tagger read as a noun or an
 * adjective that is the irregular past of a verb, between a noun and
 * what it governs. */
static bool irregular_past(const nlp_lexicon *lx, const char *text,
                           const nlp_word *w, size_t i, size_t b) {
  if (!lx || i + 1 >= b ||
      (w[i].xpos != NLP_XPOS_NN && w[i].xpos != NLP_XPOS_JJ) ||
      w[i - 1].xpos == NLP_XPOS_CD)
    return false;
  int nx = w[i + 1].xpos;
  if (nx != NLP_XPOS_DT && nx != NLP_XPOS_NN && nx != NLP_XPOS_NNS &&
      nx != NLP_XPOS_NNP && nx != NLP_XPOS_NNPS && nx != NLP_XPOS_PRPS &&
      nx != NLP_XPOS_PRP && nx != NLP_XPOS_CD && nx != NLP_XPOS_JJ)
    return false;
  char low[NLP_NORM_MAX];
  size_t n = nlp_normalise(text + w[i].start, w[i].end - w[i].start, true, low);
  /* pasts that are nouns of news in their own right ("the IDF ground
   * operation", "a gunshot wound") */
  static const char *const nouns[] = {"ground", "felt", "saw", "wound",
                                      "bit",    "lay",  "left", "rose",
                                      "bore",   "fell", "spoke", "won",
                                      "lit",    "sat",  "ate", "hid"};
  for (size_t k = 0; k < ARRAY_SIZE(nouns); k++)
    if (strlen(nouns[k]) == n && memcmp(nouns[k], low, n) == 0)
      return false;
  return nlp_lex_irregular_past(lx, low, n);
}

/* Repairs the clause w[a..b). */
static void repair_clause(int vbd, const char *text, nlp_word *w, size_t a,
                          size_t b) {
  for (size_t i = a; i < b; i++) {
    int x = w[i].xpos;
    if (x == NLP_XPOS_VBD || x == NLP_XPOS_VBZ || x == NLP_XPOS_VBP ||
        x == NLP_XPOS_MD)
      return;
  }
  for (size_t i = a + 1; i < b; i++) {
    if (!nominal(w[i - 1].xpos))
      continue;
    /* "vehicles blocked roads": an -ed word read as an adjective between
     * a plural or a name and what it governs */
    bool ed_adj = w[i].xpos == NLP_XPOS_JJ && i + 1 < b &&
                  w[i].end - w[i].start > 4 &&
                  memcmp(text + w[i].end - 2, "ed", 2) == 0 &&
                  (w[i - 1].xpos == NLP_XPOS_NNS ||
                   w[i - 1].xpos == NLP_XPOS_NNP ||
                   w[i - 1].xpos == NLP_XPOS_NNPS) &&
                  (w[i + 1].xpos == NLP_XPOS_NNS ||
                   w[i + 1].xpos == NLP_XPOS_DT ||
                   w[i + 1].xpos == NLP_XPOS_PRPS);
    if (w[i].xpos != NLP_XPOS_VBN && !ed_adj)
      continue;
    bool aux_before = false;
    for (size_t k = a; k < i && !aux_before; k++)
      aux_before = auxiliary(text, &w[k]);
    if (aux_before)
      return;
    w[i].tag = (uint8_t)vbd;
    w[i].upos = NLP_UPOS_VERB;
    w[i].xpos = NLP_XPOS_VBD;
    return;
  }
}

/* "Police said the gang stole data.": an irregular past read as a noun
 * after a noun is the verb of its clause, whatever verb the sentence has
 * before it. */
static void repair_irregular_pasts(int vbd, const nlp_lexicon *lx,
                                   const char *text, nlp_word *w, size_t n) {
  for (size_t i = 1; i + 1 < n; i++) {
    if (!nominal(w[i - 1].xpos) || !irregular_past(lx, text, w, i, n))
      continue;
    w[i].tag = (uint8_t)vbd;
    w[i].upos = NLP_UPOS_VERB;
    w[i].xpos = NLP_XPOS_VBD;
  }
}

/* "The army issued warnings and deployed missiles": a participle right
 * after "and" that takes an object, with a past tense before it and no
 * auxiliary between them, is a past tense too. */
static void repair_coordinated_pasts(int vbd, const char *text, nlp_word *w,
                                     size_t n) {
  bool past = false; /* a past tense since the last auxiliary */
  for (size_t i = 0; i + 1 < n; i++) {
    if (w[i].xpos == NLP_XPOS_VBD)
      past = true;
    else if (auxiliary(text, &w[i]) || w[i].xpos == NLP_XPOS_MD)
      past = false;
    if (!past || i == 0 || w[i].xpos != NLP_XPOS_VBN ||
        w[i - 1].xpos != NLP_XPOS_CC || w[i - 1].end - w[i - 1].start != 3 ||
        memcmp(text + w[i - 1].start, "and", 3) != 0)
      continue;
    int nx = w[i + 1].xpos;
    if (nx != NLP_XPOS_DT && nx != NLP_XPOS_NN && nx != NLP_XPOS_NNS &&
        nx != NLP_XPOS_NNP && nx != NLP_XPOS_NNPS && nx != NLP_XPOS_PRPS &&
        nx != NLP_XPOS_CD && nx != NLP_XPOS_JJ)
      continue;
    w[i].tag = (uint8_t)vbd;
    w[i].upos = NLP_UPOS_VERB;
    w[i].xpos = NLP_XPOS_VBD;
  }
}

/* The tagger class of a UPOS and XPOS pair, or -1. */
static int tag_class(const nlp_tagger *t, int upos, int xpos) {
  for (uint32_t c = 0; c < t->n_tags; c++)
    if (t->upos[c] == upos && t->xpos[c] == xpos)
      return (int)c;
  return -1;
}

/* "Two CCG vessels": a word of capital letters only is no cardinal
 * number, whatever its window says, unless it is a Roman numeral. */
static void repair_letter_numbers(const nlp_tagger *t, const char *text,
                                  nlp_word *w, size_t n) {
  int nnp = tag_class(t, NLP_UPOS_PROPN, NLP_XPOS_NNP);
  for (size_t i = 0; i < n && nnp >= 0; i++) {
    if (w[i].xpos != NLP_XPOS_CD)
      continue;
    const char *s = text + w[i].start;
    size_t len = w[i].end - w[i].start;
    bool caps = len >= 2, roman = true;
    for (size_t k = 0; k < len && caps; k++) {
      caps = s[k] >= 'A' && s[k] <= 'Z';
      roman = roman && strchr("IVXLCDM", s[k]) != NULL;
    }
    if (!caps || roman)
      continue;
    w[i].tag = (uint8_t)nnp;
    w[i].upos = NLP_UPOS_PROPN;
    w[i].xpos = NLP_XPOS_NNP;
  }
}

void nlp_finite_verb(const nlp_tagger *t, const nlp_lexicon *lx,
                     const char *text, nlp_word *w, size_t n) {
  repair_letter_numbers(t, text, w, n);
  int vbd = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VBD);
  if (vbd < 0 || n < 3)
    return;
  /* headlines and captions have no final stop: leave their nouns be */
  const nlp_word *last = &w[n - 1];
  bool prose = last->end - last->start == 1 &&
               (text[last->start] == '.' || text[last->start] == '!');
  /* the first clause: up to a word that opens another ("The court ruled
   * on Monday that ...", "Trump imposed tariffs ..., and China said") */
  size_t b = 1;
  while (b < n && !clause_opener(text, &w[b]))
    b++;
  if (prose)
    repair_irregular_pasts(vbd, lx, text, w, n);
  repair_clause(vbd, text, w, 0, b);
  /* and each clause after it that opens with a conjunction and a
   * subject ("..., as military vehicles blocked roads") */
  while (b < n) {
    size_t a = b;
    b = a + 1;
    while (b < n && !clause_opener(text, &w[b]))
      b++;
    if (b - a >= 4)
      repair_clause(vbd, text, w, a + 1, b);
  }
  repair_coordinated_pasts(vbd, text, w, n);
}
