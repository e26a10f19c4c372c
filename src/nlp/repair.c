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
 * read as a number ("Two CCG vessels") is a name.  The other repairs
 * here each name the reading of news they fix (an office's noun read as
 * an adjective, "Army chief X"; a noun after an article or a possessor
 * read as an adjective; a plural subject read as a verb; a participle
 * after a noun read as an adjective, "a decree imposing sanctions";
 * "outside parliament" read as an adjective).
 */
#include "nlp/nlp.h"

/* Gives w the tagger's class tag and the tags it stands for. */
static void retag(nlp_word *w, int tag, int upos, int xpos) {
  w->tag = (uint8_t)tag;
  w->upos = (uint8_t)upos;
  w->xpos = (uint8_t)xpos;
}

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
  /* "Niger's new rulers posted tanks": a possessive is no "is" */
  return w->xpos != NLP_XPOS_POS && word_in(&l, text, w);
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

static bool form_in(const char *text, const nlp_word *w,
                    const char *const *list, size_t n);

/* "The gang stole data.": a word the tagger read as a noun or an
 * adjective that is the irregular past of a verb, between a noun and
 * what it governs (or an adverb before it: "stole nearly 50 GB"). */
static bool irregular_past(const nlp_lexicon *lx, const char *text,
                           const nlp_word *w, size_t i, size_t b) {
  if (!lx || i + 1 >= b ||
      (w[i].xpos != NLP_XPOS_NN && w[i].xpos != NLP_XPOS_JJ) ||
      w[i - 1].xpos == NLP_XPOS_CD)
    return false;
  int nx = w[i + 1].xpos;
  /* "stole nearly 50 GB": an adverb before a quantity */
  if (nx == NLP_XPOS_RB && i + 2 < b &&
      (w[i + 2].xpos == NLP_XPOS_CD || w[i + 2].xpos == NLP_XPOS_DT))
    nx = w[i + 2].xpos;
  char low[NLP_NORM_MAX];
  size_t n = nlp_normalise(text + w[i].start, w[i].end - w[i].start, true, low);
  /* "Xi spoke by phone with Putin", "the minister fled to Dubai": the
   * pasts of verbs of speaking and going, which no noun of news shares,
   * before a preposition */
  static const char *const going[] = {"spoke", "fled", "went", "came",
                                      "flew", "fought", "met", "swept"};
  if (nx == NLP_XPOS_IN)
    for (size_t k = 0; k < ARRAY_SIZE(going); k++)
      if (strlen(going[k]) == n && memcmp(going[k], low, n) == 0)
        return nlp_lex_irregular_past(lx, low, n);
  if (nx != NLP_XPOS_DT && nx != NLP_XPOS_NN && nx != NLP_XPOS_NNS &&
      nx != NLP_XPOS_NNP && nx != NLP_XPOS_NNPS && nx != NLP_XPOS_PRPS &&
      nx != NLP_XPOS_PRP && nx != NLP_XPOS_CD && nx != NLP_XPOS_JJ)
    return false;
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

/* "the High Court set aside the verdict", "the army shut down the
 * station": a verb whose past is its base form, read as a noun or an
 * adjective, before a particle and a determiner. */
static bool particle_past(const nlp_lexicon *lx, const char *text,
                          const nlp_word *w, size_t i, size_t b) {
  static const char *const prts[] = {"aside", "down", "up", "off", "out",
                                     "back"};
  if (!lx || i + 2 >= b ||
      (w[i].xpos != NLP_XPOS_NN && w[i].xpos != NLP_XPOS_JJ) ||
      (w[i + 1].xpos != NLP_XPOS_IN && w[i + 1].xpos != NLP_XPOS_RP &&
       w[i + 1].xpos != NLP_XPOS_RB) ||
      !form_in(text, &w[i + 1], prts, ARRAY_SIZE(prts)) ||
      (w[i + 2].xpos != NLP_XPOS_DT && w[i + 2].xpos != NLP_XPOS_PRPS))
    return false;
  char low[NLP_NORM_MAX];
  size_t n = nlp_normalise(text + w[i].start, w[i].end - w[i].start, true, low);
  return n >= 3 && low[n - 1] != 's' && nlp_lex_verb(lx, low, n);
}

static bool has_finite(const nlp_word *w, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    int x = w[i].xpos;
    if (x == NLP_XPOS_VBD || x == NLP_XPOS_VBZ || x == NLP_XPOS_VBP ||
        x == NLP_XPOS_MD)
      return true;
  }
  return false;
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
     * a plural or a name and what it governs (or, after a name, a noun
     * and its name: "Ana Lopez defeated opposition leader Raul Vega") */
    bool ed_adj = w[i].xpos == NLP_XPOS_JJ && i + 1 < b &&
                  w[i].end - w[i].start > 4 &&
                  memcmp(text + w[i].end - 2, "ed", 2) == 0 &&
                  (w[i - 1].xpos == NLP_XPOS_NNS ||
                   w[i - 1].xpos == NLP_XPOS_NNP ||
                   w[i - 1].xpos == NLP_XPOS_NNPS) &&
                  (w[i + 1].xpos == NLP_XPOS_NNS ||
                   w[i + 1].xpos == NLP_XPOS_DT ||
                   w[i + 1].xpos == NLP_XPOS_PRPS ||
                   (w[i - 1].xpos == NLP_XPOS_NNP && i + 2 < b &&
                    w[i + 1].xpos == NLP_XPOS_NN &&
                    (w[i + 2].xpos == NLP_XPOS_NN ||
                     w[i + 2].xpos == NLP_XPOS_NNP) &&
                    (w[i + 2].xpos == NLP_XPOS_NNP ||
                     (i + 3 < b && w[i + 3].xpos == NLP_XPOS_NNP))));
    /* "Unrest spread on Friday": a past with the form of its noun,
     * before what follows a verb */
    static const char *const same_past[] = {
        "spread", "hit",  "cut",   "shut", "burst", "quit",      "cast",
        "set",    "put",  "split", "shed", "hurt",  "upset"};
    int nx = i + 1 < b ? w[i + 1].xpos : NLP_XPOS_NONE;
    /* (or before its object, after a plural or a name: "Protesters set
     * fire to", not "the government cut spending") */
    int px = w[i - 1].xpos;
    bool plural_before = px == NLP_XPOS_NNS || px == NLP_XPOS_NNP ||
                         px == NLP_XPOS_NNPS;
    bool noun_past = (w[i].xpos == NLP_XPOS_NN || w[i].xpos == NLP_XPOS_JJ) &&
                     i + 1 < b &&
                     (nx == NLP_XPOS_IN || nx == NLP_XPOS_DT ||
                      nx == NLP_XPOS_RB || nx == NLP_XPOS_CD ||
                      nx == NLP_XPOS_PRP || nx == NLP_XPOS_PRPS ||
                      nx == NLP_XPOS_NNP || nx == NLP_XPOS_RP ||
                      nx == NLP_XPOS_COMMA || nx == NLP_XPOS_PERIOD ||
                      (plural_before &&
                       (nx == NLP_XPOS_NN || nx == NLP_XPOS_NNS))) &&
                     form_in(text, &w[i], same_past, ARRAY_SIZE(same_past));
    /* "The island nation of Nauru cut ties": read as a base form after
     * its subject, in a clause with no verb that could govern it */
    bool base_past = w[i].xpos == NLP_XPOS_VB && i + 1 < b &&
                     form_in(text, &w[i], same_past, ARRAY_SIZE(same_past));
    if (w[i].xpos != NLP_XPOS_VBN && !ed_adj && !noun_past && !base_past)
      continue;
    bool aux_before = false;
    for (size_t k = a; k < i && !aux_before; k++)
      aux_before = auxiliary(text, &w[k]);
    if (aux_before)
      return;
    retag(&w[i], vbd, NLP_UPOS_VERB, NLP_XPOS_VBD);
    return;
  }
}

/* "Police said the gang stole data.": an irregular past read as a noun
 * after a noun is the verb of its clause, whatever verb the sentence has
 * before it. */
static void repair_irregular_pasts(int vbd, const nlp_lexicon *lx,
                                   const char *text, nlp_word *w, size_t n) {
  for (size_t i = 1; i + 1 < n; i++) {
    /* (the noun may have its acronym after it: "the High Court (IHC)
     * set aside") */
    size_t p = i - 1;
    if (p >= 3 && w[p].xpos == NLP_XPOS_RRB && w[p - 2].xpos == NLP_XPOS_LRB)
      p -= 3;
    if (!nominal(w[p].xpos) ||
        !(irregular_past(lx, text, w, i, n) ||
          particle_past(lx, text, w, i, n)))
      continue;
    retag(&w[i], vbd, NLP_UPOS_VERB, NLP_XPOS_VBD);
  }
}

/* The tagger class of a UPOS and XPOS pair, or -1. */
static int tag_class(const nlp_tagger *t, int upos, int xpos) {
  for (uint32_t c = 0; c < t->n_tags; c++)
    if (t->upos[c] == upos && t->xpos[c] == xpos)
      return (int)c;
  return -1;
}

/* "... as Prime Minister Sharif and Marshal Munir visit Tehran": a word
 * read as a noun between a name and what it governs, in a clause without
 * a finite verb, is the present tense when it can be a verb. */
static bool repair_present(const nlp_tagger *t, const nlp_lexicon *lx,
                           const char *text, nlp_word *w, size_t a,
                           size_t b) {
  int vbp = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VBP);
  int vbz = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VBZ);
  for (size_t i = a + 1; i + 1 < b && lx && vbp >= 0 && vbz >= 0; i++) {
    int x = w[i].xpos, nx = w[i + 1].xpos;
    if ((x != NLP_XPOS_NN && x != NLP_XPOS_NNS) ||
        (w[i - 1].xpos != NLP_XPOS_NNP && w[i - 1].xpos != NLP_XPOS_NNPS) ||
        (nx != NLP_XPOS_NNP && nx != NLP_XPOS_DT && nx != NLP_XPOS_PRPS &&
         nx != NLP_XPOS_CD))
      continue;
    char low[NLP_NORM_MAX];
    size_t n = nlp_normalise(text + w[i].start, w[i].end - w[i].start, true, low);
    if (!nlp_lex_verb(lx, low, n))
      continue;
    bool third = x == NLP_XPOS_NNS;
    retag(&w[i], third ? vbz : vbp, NLP_UPOS_VERB,
          third ? NLP_XPOS_VBZ : NLP_XPOS_VBP);
    return true;
  }
  return false;
}

/* Can the lowercased form of w, less its last cut bytes ("troops" ->
 * "troop"), be a noun WordNet knows?  And an adjective? */
static bool noun_form(const nlp_lexicon *lx, const char *text,
                      const nlp_word *w, size_t cut) {
  char low[NLP_NORM_MAX];
  size_t len = w->end - w->start;
  size_t k = nlp_normalise(text + w->start, len > cut ? len - cut : len, true,
                           low);
  return lx && nlp_lex_noun(lx, low, k);
}

static bool adjective_form(const nlp_lexicon *lx, const char *text,
                           const nlp_word *w) {
  char low[NLP_NORM_MAX];
  size_t k = nlp_normalise(text + w->start, w->end - w->start, true, low);
  return lx && nlp_lex_adjective(lx, low, k);
}

/* Is the lowercased form of w one of list[0..n)? */
static bool form_in(const char *text, const nlp_word *w,
                    const char *const *list, size_t n) {
  char low[NLP_NORM_MAX];
  size_t len = nlp_normalise(text + w->start, w->end - w->start, true, low);
  for (size_t k = 0; k < n; k++)
    if (strlen(list[k]) == len && memcmp(list[k], low, len) == 0)
      return true;
  return false;
}

/* Is word i one of the prepositions that also open a clause? */
static bool time_subordinator(const char *text, const nlp_word *w) {
  static const char *const subs[] = {"after", "before", "since", "until",
                                     "till"};
  return form_in(text, w, subs, ARRAY_SIZE(subs));
}

/* "Hours after the army launched an offensive, ...": "after" read as a
 * preposition before a noun phrase that is the subject of a finite verb
 * opens that clause. */
static void repair_subordinators(const nlp_tagger *t, const char *text,
                                 nlp_word *w, size_t n) {
  int sconj = tag_class(t, NLP_UPOS_SCONJ, NLP_XPOS_IN);
  for (size_t i = 0; i + 2 < n && sconj >= 0; i++) {
    if (w[i].upos != NLP_UPOS_ADP || !time_subordinator(text, &w[i]))
      continue;
    /* a noun phrase: determiners, possessives, adjectives, numbers and
     * nouns, at least one of them a noun, then the verb */
    size_t k = i + 1;
    bool noun = false;
    for (; k < n; k++) {
      int x = w[k].xpos;
      if (x == NLP_XPOS_NN || x == NLP_XPOS_NNS || x == NLP_XPOS_NNP ||
          x == NLP_XPOS_NNPS || x == NLP_XPOS_PRP)
        noun = true;
      else if (x != NLP_XPOS_DT && x != NLP_XPOS_JJ && x != NLP_XPOS_CD &&
               x != NLP_XPOS_POS && x != NLP_XPOS_PRPS && x != NLP_XPOS_HYPH)
        break;
    }
    if (!noun || k >= n || k == i + 1)
      continue;
    int x = w[k].xpos;
    if (x == NLP_XPOS_VBD || x == NLP_XPOS_VBZ || x == NLP_XPOS_VBP ||
        x == NLP_XPOS_MD) {
      retag(&w[i], sconj, NLP_UPOS_SCONJ, NLP_XPOS_IN);
    }
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
    retag(&w[i], vbd, NLP_UPOS_VERB, NLP_XPOS_VBD);
  }
}


/* "Guinea's special forces arrested ...": the capital of a sentence's
 * first word hides whether it is a name, and the tagger reads some
 * countries as common nouns ("guinea", "turkey", "chad").  An opening
 * word with its capital and a possessive after it is a name. */
static void repair_opening_possessor(const nlp_tagger *t, const char *text,
                                     nlp_word *w, size_t n) {
  int nnp = tag_class(t, NLP_UPOS_PROPN, NLP_XPOS_NNP);
  if (n < 3 || nnp < 0 || w[0].xpos != NLP_XPOS_NN ||
      w[1].xpos != NLP_XPOS_POS)
    return;
  unsigned char c = (unsigned char)text[w[0].start];
  if (c < 'A' || c > 'Z')
    return;
  retag(&w[0], nnp, NLP_UPOS_PROPN, NLP_XPOS_NNP);
}

/* Is w an adverb that may stand between a subject and its verb ("the
 * army also seized", "Trump formally recognised")?  Not "along", "out"
 * or "up", which the tagger gives to prepositions and particles too. */
static bool verb_adverb(const char *text, const nlp_word *w) {
  static const char *const adv[] = {"also",    "then",  "later", "again",
                                    "already", "just",  "now",   "still",
                                    "soon",    "once",  "first", "quickly",
                                    "never",   "finally"};
  if (w->upos != NLP_UPOS_ADV)
    return false;
  size_t len = w->end - w->start;
  return (len > 4 && memcmp(text + w->end - 2, "ly", 2) == 0) ||
         form_in(text, w, adv, ARRAY_SIZE(adv));
}

/* Is w a word of a date that may follow a verb ("announced today",
 * "signed on Monday" has its preposition and is not one)? */
static bool date_after(const char *text, const nlp_word *w) {
  static const char *const words[] = {
      "today",    "yesterday", "tonight",  "monday",   "tuesday",
      "wednesday", "thursday", "friday",   "saturday", "sunday",
      "last",     "this",      "next",     "early",    "late",
      "earlier",  "january",   "february", "march",    "april",
      "may",      "june",      "july",     "august",   "september",
      "october",  "november",  "december"};
  return w->xpos == NLP_XPOS_CD || form_in(text, w, words, ARRAY_SIZE(words));
}

/* Participles that stand after a noun as its description far more often
 * than as a verb ("a town called Bakhmut", "a group based in Doha"). */
static bool descriptive_participle(const char *text, const nlp_word *w) {
  static const char *const parts[] = {
      "named",   "called",  "dubbed",   "titled",  "entitled",  "labelled",
      "labeled", "termed",  "styled",   "nicknamed", "known",   "based",
      "located", "situated", "born",    "aged",    "estimated", "headquartered",
      "stationed", "wanted", "confirmed", "reported", "scheduled", "planned"};
  return form_in(text, w, parts, ARRAY_SIZE(parts));
}

/* "The ministry said Cambodian troops fired artillery at the border":
 * the verb of a clause with no "that" before it, read as a participle.
 * A participle right after a noun phrase (an adverb may stand between)
 * and right before what it governs (a determiner, a possessive, a noun,
 * or an adjective or number before a noun), with no auxiliary before
 * that noun phrase, is a past tense wherever it stands in the sentence.
 * On the news texts this reads right some four times in five; what it
 * leaves alone: a participle before its date ("the agreement signed
 * today is", unless a "that" or an object follows the date), a bare noun
 * after a preposition ("in government controlled areas"), and the
 * participles of description above. */
static void repair_complement_pasts(int vbd, const char *text, nlp_word *w,
                                    size_t n) {
  for (size_t i = 1; i + 1 < n; i++) {
    if (w[i].xpos != NLP_XPOS_VBN || descriptive_participle(text, &w[i]))
      continue;
    size_t j = i - 1;
    while (j > 0 && verb_adverb(text, &w[j]))
      j--;
    int px = w[j].xpos;
    if (px != NLP_XPOS_NN && px != NLP_XPOS_NNS && px != NLP_XPOS_NNP &&
        px != NLP_XPOS_NNPS && px != NLP_XPOS_PRP)
      continue;
    /* the noun phrase, and the word before it */
    size_t s = j;
    while (s > 0) {
      int x = w[s - 1].xpos;
      if (x != NLP_XPOS_NN && x != NLP_XPOS_NNS && x != NLP_XPOS_NNP &&
          x != NLP_XPOS_NNPS && x != NLP_XPOS_DT && x != NLP_XPOS_JJ &&
          x != NLP_XPOS_CD && x != NLP_XPOS_POS && x != NLP_XPOS_PRPS &&
          x != NLP_XPOS_HYPH)
        break;
      s--;
    }
    if (s == j && px == NLP_XPOS_NN && s > 0 && w[s - 1].xpos == NLP_XPOS_IN)
      continue;
    if (s > 0 && (auxiliary(text, &w[s - 1]) || w[s - 1].xpos == NLP_XPOS_MD))
      continue;
    /* what it governs, past a date said without preposition */
    size_t k = i + 1;
    bool dated = false;
    while (k < n && date_after(text, &w[k])) {
      dated = true;
      k++;
    }
    if (k >= n)
      continue;
    int x = w[k].xpos;
    bool object;
    if (dated)
      object = x == NLP_XPOS_DT || x == NLP_XPOS_PRP || x == NLP_XPOS_PRPS ||
               (w[k].end - w[k].start == 4 &&
                memcmp(text + w[k].start, "that", 4) == 0);
    else if (x == NLP_XPOS_JJ || x == NLP_XPOS_CD) {
      object = false;
      for (size_t m = k + 1; m < n && m <= k + 3 && !object; m++) {
        int y = w[m].xpos;
        object = y == NLP_XPOS_NN || y == NLP_XPOS_NNS || y == NLP_XPOS_NNP ||
                 y == NLP_XPOS_NNPS;
        if (y != NLP_XPOS_JJ && y != NLP_XPOS_CD && y != NLP_XPOS_CC &&
            !object)
          break;
      }
    } else
      object = x == NLP_XPOS_DT || x == NLP_XPOS_PRPS || x == NLP_XPOS_NN ||
               x == NLP_XPOS_NNS || x == NLP_XPOS_NNP || x == NLP_XPOS_NNPS;
    if (!object)
      continue;
    retag(&w[i], vbd, NLP_UPOS_VERB, NLP_XPOS_VBD);
  }
}

/* Is w a word in -ing longer than a bare "-ing" stem ("severing", not
 * "king")? */
static bool ing_form(const char *text, const nlp_word *w) {
  return w->end - w->start >= 6 && memcmp(text + w->end - 3, "ing", 3) == 0;
}

/* "with Mr Vell's government severing ties with Taiwan": the subject of
 * a "with" clause and its participle read as one noun phrase.  A word in
 * -ing read as a noun or adjective right after such a phrase (with a
 * determiner, a possessor, a number, a plural or a name in it, not a bare
 * noun: "with oil drilling rights"), before what a verb governs, is the
 * participle when it is a form of a verb. */
static void repair_with_participles(const nlp_tagger *t, const nlp_lexicon *lx,
                                    const char *text, nlp_word *w, size_t n) {
  int vbg = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VBG);
  for (size_t i = 2; i + 1 < n && lx && vbg >= 0; i++) {
    size_t len = w[i].end - w[i].start;
    if ((w[i].xpos != NLP_XPOS_NN && w[i].xpos != NLP_XPOS_JJ) ||
        !ing_form(text, &w[i]) || !nominal(w[i - 1].xpos) ||
        w[i - 1].xpos == NLP_XPOS_PRP || w[i - 1].xpos == NLP_XPOS_CD)
      continue;
    int nx = w[i + 1].xpos;
    if (nx != NLP_XPOS_DT && nx != NLP_XPOS_PRPS && nx != NLP_XPOS_NNP &&
        nx != NLP_XPOS_NNS && nx != NLP_XPOS_CD && nx != NLP_XPOS_RP)
      continue;
    /* the phrase back to "with" */
    size_t k = i - 1;
    bool marked = w[i - 1].xpos != NLP_XPOS_NN;
    while (k > 0) {
      int x = w[k - 1].xpos;
      if (x != NLP_XPOS_NN && x != NLP_XPOS_NNS && x != NLP_XPOS_NNP &&
          x != NLP_XPOS_NNPS && x != NLP_XPOS_DT && x != NLP_XPOS_JJ &&
          x != NLP_XPOS_CD && x != NLP_XPOS_POS && x != NLP_XPOS_PRPS)
        break;
      marked = marked || x == NLP_XPOS_DT || x == NLP_XPOS_POS ||
               x == NLP_XPOS_PRPS || x == NLP_XPOS_CD || x == NLP_XPOS_NNP;
      k--;
    }
    if (k == 0 || !marked || w[k - 1].end - w[k - 1].start != 4 ||
        g_ascii_strncasecmp(text + w[k - 1].start, "with", 4) != 0)
      continue;
    char low[NLP_NORM_MAX];
    size_t nl = nlp_normalise(text + w[i].start, len, true, low);
    if (!nlp_lex_verb(lx, low, nl))
      continue;
    retag(&w[i], vbg, NLP_UPOS_VERB, NLP_XPOS_VBG);
  }
}

/* "a decree imposing sanctions", "a law banning foreign funding": a word
 * in -ing read as an adjective right after a noun (one with its article
 * or possessor, or a plural) and before what a verb governs is the
 * participle that tells what the noun does, when it is a form of a verb
 * ("imposing", "striking" are adjectives too; before a noun phrase
 * after a noun they seldom are). */
static void repair_noun_participles(const nlp_tagger *t, const nlp_lexicon *lx,
                                    const char *text, nlp_word *w, size_t n) {
  int vbg = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VBG);
  for (size_t i = 2; i + 1 < n && lx && vbg >= 0; i++) {
    int px = w[i - 1].xpos, nx = w[i + 1].xpos, bx = w[i - 2].xpos;
    if (w[i].xpos != NLP_XPOS_JJ || !ing_form(text, &w[i]) ||
        (px != NLP_XPOS_NN && px != NLP_XPOS_NNS))
      continue;
    /* (a bare noun before it may be a modifier: "oil drilling rights") */
    if (px == NLP_XPOS_NN && bx != NLP_XPOS_DT && bx != NLP_XPOS_PRPS &&
        bx != NLP_XPOS_POS && bx != NLP_XPOS_JJ)
      continue;
    if (nx != NLP_XPOS_DT && nx != NLP_XPOS_PRPS && nx != NLP_XPOS_CD &&
        nx != NLP_XPOS_NNS && nx != NLP_XPOS_NNP && nx != NLP_XPOS_NNPS &&
        nx != NLP_XPOS_JJ)
      continue;
    char low[NLP_NORM_MAX];
    size_t nl = nlp_normalise(text + w[i].start, w[i].end - w[i].start, true,
                              low);
    if (!nlp_lex_verb(lx, low, nl))
      continue;
    retag(&w[i], vbg, NLP_UPOS_VERB, NLP_XPOS_VBG);
  }
}

/* "rallied outside parliament", "kicked him outside court": "outside"
 * before a determiner, a name or a building's noun tells where, a
 * preposition; the tagger read some as an adjective ("outside
 * observers" keeps it). */
static void repair_outside(const nlp_tagger *t, const char *text,
                           nlp_word *w, size_t n) {
  static const char *const outside[] = {"outside"};
  static const char *const places[] = {
      "parliament", "court", "courthouse", "embassy", "consulate",
      "headquarters", "ministry", "palace", "home", "house", "office",
      "station", "building", "prison", "jail", "church", "mosque", "school",
      "hospital", "capitol", "congress", "legislature", "residence",
      "stadium", "hotel", "camp", "base", "gates", "gate"};
  int in = tag_class(t, NLP_UPOS_ADP, NLP_XPOS_IN);
  for (size_t i = 1; i + 1 < n && in >= 0; i++) {
    int nx = w[i + 1].xpos;
    if (w[i].upos != NLP_UPOS_ADJ || !form_in(text, &w[i], outside, 1))
      continue;
    if (nx == NLP_XPOS_DT || nx == NLP_XPOS_PRPS || nx == NLP_XPOS_NNP ||
        nx == NLP_XPOS_NNPS || nx == NLP_XPOS_CD ||
        form_in(text, &w[i + 1], places, ARRAY_SIZE(places)))
      retag(&w[i], in, NLP_UPOS_ADP, NLP_XPOS_IN);
  }
}

/* "said on Wednesday that troops had crossed": a "that" after a day
 * told after a verb opens the verb's clause; the tagger, seeing the day
 * before it, read some as a relative pronoun. */
static void repair_time_that(const nlp_tagger *t, const char *text,
                             nlp_word *w, size_t n) {
  static const char *const days[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "yesterday", "today", "week", "weekend", "month", "year",
      "morning", "afternoon", "evening", "night"};
  static const char *const that[] = {"that"};
  int in = tag_class(t, NLP_UPOS_SCONJ, NLP_XPOS_IN);
  for (size_t i = 2; i + 2 < n && in >= 0; i++) {
    static const char *const articles[] = {"the", "a", "an"};
    if (w[i].upos == NLP_UPOS_SCONJ || !form_in(text, &w[i], that, 1) ||
        !form_in(text, &w[i - 1], days, ARRAY_SIZE(days)) ||
        /* ("in the year that followed": a relative clause on it) */
        form_in(text, &w[i - 2], articles, ARRAY_SIZE(articles)))
      continue;
    /* (a verb a few words before, with only the time between) */
    bool verb = false;
    for (size_t j = i - 1; j-- > 0 && j + 7 > i && !verb;) {
      verb = w[j].upos == NLP_UPOS_VERB;
      if (!verb && w[j].upos != NLP_UPOS_ADP && w[j].upos != NLP_UPOS_DET &&
          w[j].upos != NLP_UPOS_ADJ && w[j].upos != NLP_UPOS_PROPN &&
          w[j].upos != NLP_UPOS_NOUN)
        break;
    }
    if (verb)
      retag(&w[i], in, NLP_UPOS_SCONJ, NLP_XPOS_IN);
  }
}

/* "Russia was instrumentalizing migrants": a word in -ing that WordNet
 * does not know as an adjective, read as one after a form of "be" and
 * before a noun phrase, is the progressive's participle. */
static void repair_progressives(const nlp_tagger *t, const nlp_lexicon *lx,
                                const char *text, nlp_word *w, size_t n) {
  static const char *const be[] = {"is",   "are", "was", "were",
                                    "been", "be",  "being", "'s", "'re"};
  int vbg = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VBG);
  for (size_t i = 1; i + 1 < n && lx && vbg >= 0; i++) {
    size_t len = w[i].end - w[i].start;
    int nx = w[i + 1].xpos;
    if (w[i].xpos != NLP_XPOS_JJ || !ing_form(text, &w[i]) ||
        !form_in(text, &w[i - 1], be, ARRAY_SIZE(be)) ||
        (nx != NLP_XPOS_DT && nx != NLP_XPOS_NNS && nx != NLP_XPOS_NN &&
         nx != NLP_XPOS_PRPS && nx != NLP_XPOS_NNP && nx != NLP_XPOS_NNPS &&
         nx != NLP_XPOS_PRP))
      continue;
    char low[NLP_NORM_MAX];
    size_t nl = nlp_normalise(text + w[i].start, len, true, low);
    if (nlp_lex_adjective(lx, low, nl))
      continue; /* ("was alarming news") */
    retag(&w[i], vbg, NLP_UPOS_VERB, NLP_XPOS_VBG);
  }
}

/* "The jets shot down the plane": a word the tagger read as a present
 * or a base form that is only the irregular past of a verb ("shot",
 * "struck", "fought"; not "bid", "cut" or "hit", which are their own
 * bases) is the past. */
static void repair_present_pasts(const nlp_tagger *t, const nlp_lexicon *lx,
                                 const char *text, nlp_word *w, size_t n) {
  int vbd = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VBD);
  for (size_t i = 0; i < n && vbd >= 0 && lx; i++) {
    if (w[i].upos != NLP_UPOS_VERB ||
        (w[i].xpos != NLP_XPOS_VBP && w[i].xpos != NLP_XPOS_VB))
      continue;
    char low[NLP_NORM_MAX];
    size_t k = nlp_normalise(text + w[i].start, w[i].end - w[i].start, true,
                             low);
    if (nlp_lex_irregular_past(lx, low, k) && !nlp_lex_verb_base(lx, low, k))
      retag(&w[i], vbd, NLP_UPOS_VERB, NLP_XPOS_VBD);
  }
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
    retag(&w[i], nnp, NLP_UPOS_PROPN, NLP_XPOS_NNP);
  }
}

/* "Hours after the army launched an offensive, local militias agreed
 * to a truce": the main clause after the comma that closes a fronted
 * subordinate clause needs its own finite verb. */
static void repair_fronted_clause(int vbd, const char *text, nlp_word *w,
                                  size_t n) {
  size_t k = 0;
  while (k < n && k < 4 && !time_subordinator(text, &w[k]) &&
         !clause_opener(text, &w[k]))
    k++;
  if (k >= n || k >= 4 || w[k].xpos == NLP_XPOS_CC)
    return;
  size_t c = k + 1;
  while (c < n && !(w[c].end - w[c].start == 1 && text[w[c].start] == ','))
    c++;
  size_t b = c + 1;
  while (b < n && !clause_opener(text, &w[b]))
    b++;
  if (c + 3 < b)
    repair_clause(vbd, text, w, c + 1, b);
}

/* Quotation marks open or close by their shape (“ ” ‘ ’), a straight one
 * by its place: after a space or at the start it opens, else it closes.
 * The tagger, seeing only words, reads some of them the wrong way round,
 * and who speaks a quotation depends on where it ends. */
static void repair_quote_marks(const nlp_tagger *t, const char *text,
                               nlp_word *w, size_t n) {
  int open = tag_class(t, NLP_UPOS_PUNCT, NLP_XPOS_LQUOTE);
  int close = tag_class(t, NLP_UPOS_PUNCT, NLP_XPOS_RQUOTE);
  if (open < 0 || close < 0)
    return;
  for (size_t i = 0; i < n; i++) {
    if (w[i].upos != NLP_UPOS_PUNCT)
      continue;
    const char *s = text + w[i].start;
    size_t len = w[i].end - w[i].start;
    int dir = 0; /* 1 opens, 2 closes */
    if (len == 3 && memcmp(s, "\xe2\x80\x9c", 3) == 0)
      dir = 1;
    else if (len == 3 && memcmp(s, "\xe2\x80\x9d", 3) == 0)
      dir = 2;
    else if (len == 1 && s[0] == '"') {
      char before = w[i].start > 0 ? text[w[i].start - 1] : ' ';
      dir = before == ' ' || before == '\n' || before == '\t' ||
                    before == '(' || before == '[' || before == '\r'
                ? 1
                : 2;
    }
    if (dir == 1 && w[i].xpos != NLP_XPOS_LQUOTE) {
      w[i].tag = (uint8_t)open;
      w[i].xpos = NLP_XPOS_LQUOTE;
    } else if (dir == 2 && w[i].xpos != NLP_XPOS_RQUOTE) {
      w[i].tag = (uint8_t)close;
      w[i].xpos = NLP_XPOS_RQUOTE;
    }
  }
}

static bool capitalised(const char *text, const nlp_word *w) {
  unsigned char c = (unsigned char)text[w->start];
  return c >= 'A' && c <= 'Z';
}

/* "Minister for Foreign Affairs", "Ministry of Defence", "Court of
 * Justice": capitalised words after "of" or "for" that follows a name
 * are part of it, whatever their tags say ("Foreign" is no adjective of
 * the sentence). */
static void repair_name_tails(const nlp_tagger *t, const char *text,
                              nlp_word *w, size_t n) {
  int nnp = tag_class(t, NLP_UPOS_PROPN, NLP_XPOS_NNP);
  int nnps = tag_class(t, NLP_UPOS_PROPN, NLP_XPOS_NNPS);
  for (size_t i = 1; i + 2 < n && nnp >= 0; i++) {
    if (w[i - 1].upos != NLP_UPOS_PROPN || !capitalised(text, &w[i - 1]))
      continue;
    size_t len = w[i].end - w[i].start;
    const char *s = text + w[i].start;
    if (!((len == 2 && memcmp(s, "of", 2) == 0) ||
          (len == 3 && memcmp(s, "for", 3) == 0)))
      continue;
    size_t k = i + 1;
    while (k < n && capitalised(text, &w[k]) &&
           (w[k].upos == NLP_UPOS_ADJ || w[k].upos == NLP_UPOS_NOUN ||
            w[k].upos == NLP_UPOS_PROPN))
      k++;
    /* the run must end in a name word: "Foreign Affairs", not "Foreign
     * policy" */
    if (k == i + 1 || w[k - 1].upos == NLP_UPOS_ADJ)
      continue;
    for (size_t j = i + 1; j < k; j++) {
      if (w[j].upos == NLP_UPOS_PROPN)
        continue;
      bool plural = w[j].xpos == NLP_XPOS_NNS && nnps >= 0;
      retag(&w[j], plural ? nnps : nnp, NLP_UPOS_PROPN,
            plural ? NLP_XPOS_NNPS : NLP_XPOS_NNP);
    }
    i = k;
  }
}

/* Words of offices that are adjectives outside names. */
static bool office_adjective(const char *text, const nlp_word *w) {
  static const char *const l[] = {"foreign", "interior", "external", "home",
                                  "defence", "defense", "finance", "prime",
                                  "chief", "deputy", "vice", "general"};
  return form_in(text, w, l, ARRAY_SIZE(l));
}

/* "Iranian Foreign Affairs Minister Abbas Araghchi": inside a run of
 * capitalised words that ends in a name, the nouns and the adjectives of
 * offices are part of the name. */
static void repair_title_runs(const nlp_tagger *t, const char *text,
                              nlp_word *w, size_t n) {
  int nnp = tag_class(t, NLP_UPOS_PROPN, NLP_XPOS_NNP);
  int nnps = tag_class(t, NLP_UPOS_PROPN, NLP_XPOS_NNPS);
  if (nnp < 0 || nnps < 0)
    return;
  for (size_t a = 1; a < n;) {
    size_t b = a;
    while (b < n && capitalised(text, &w[b]) &&
           (w[b].upos == NLP_UPOS_PROPN || w[b].upos == NLP_UPOS_NOUN ||
            w[b].upos == NLP_UPOS_ADJ))
      b++;
    if (b - a >= 3 && w[b - 1].upos == NLP_UPOS_PROPN)
      for (size_t i = a; i + 1 < b; i++) {
        if (w[i].xpos == NLP_XPOS_NN || w[i].xpos == NLP_XPOS_NNS) {
          bool pl = w[i].xpos == NLP_XPOS_NNS;
          retag(&w[i], pl ? nnps : nnp, NLP_UPOS_PROPN,
                pl ? NLP_XPOS_NNPS : NLP_XPOS_NNP);
        } else if (w[i].upos == NLP_UPOS_ADJ &&
                   (office_adjective(text, &w[i]) ||
                    /* ("President Xi Jinping": a word between two
                     * names is one) */
                    (i > a && w[i - 1].upos == NLP_UPOS_PROPN &&
                     w[i + 1].upos == NLP_UPOS_PROPN))) {
          retag(&w[i], nnp, NLP_UPOS_PROPN, NLP_XPOS_NNP);
        }
      }
    a = b > a ? b : a + 1;
  }
}

/* "launched airstrikes against", "the military junta": a word of small
 * letters read as a name is a common noun (the tagger guesses names for
 * words it never saw); but not a short particle of a name ("al", "de",
 * "bin") nor a word between two capitalised names. */
static void repair_lowercase_names(const nlp_tagger *t, const char *text,
                                   nlp_word *w, size_t n) {
  int nn = tag_class(t, NLP_UPOS_NOUN, NLP_XPOS_NN);
  int nns = tag_class(t, NLP_UPOS_NOUN, NLP_XPOS_NNS);
  /* (only in edited prose, that opens with a capital: where a name may
   * go in small letters, in chat and mail, the tagger is right more
   * often) */
  if (n == 0 || !capitalised(text, &w[0]))
    return;
  for (size_t i = 1; i < n && nn >= 0 && nns >= 0; i++) {
    if (w[i].upos != NLP_UPOS_PROPN)
      continue;
    const char *s = text + w[i].start;
    size_t len = w[i].end - w[i].start;
    if (len < 4 || len >= NLP_NORM_MAX)
      continue;
    bool lower = true;
    for (size_t k = 0; k < len && lower; k++)
      lower = (s[k] >= 'a' && s[k] <= 'z') || (k > 0 && s[k] == '-');
    if (!lower || s[len - 1] == '-' ||
        (w[i - 1].end == w[i].start && text[w[i - 1].start] == '-'))
      continue; /* ("Lee Jae-myung") */
    if (capitalised(text, &w[i - 1]) && w[i - 1].upos == NLP_UPOS_PROPN &&
        i + 1 < n && capitalised(text, &w[i + 1]) &&
        w[i + 1].upos == NLP_UPOS_PROPN)
      continue;
    bool plural = w[i].xpos == NLP_XPOS_NNPS ||
                  (s[len - 1] == 's' && s[len - 2] != 's' &&
                   s[len - 2] != 'u' && s[len - 2] != 'i');
    /* (the common head of a name, "the Myanmar junta", or a plural,
     * "launched airstrikes"; a single word alone may be a name written
     * small: "in canada") */
    if (!plural && !(capitalised(text, &w[i - 1]) &&
                     w[i - 1].upos == NLP_UPOS_PROPN))
      continue;
    retag(&w[i], plural ? nns : nn, NLP_UPOS_NOUN,
          plural ? NLP_XPOS_NNS : NLP_XPOS_NN);
  }
}

/* "The general won't step down", "the military said", "South Korea's
 * military said": an adjective right after an article or a possessive
 * and before a finite verb is the subject, a noun (when it can be one). */
static void repair_article_adjectives(const nlp_tagger *t,
                                      const nlp_lexicon *lx, const char *text,
                                      nlp_word *w, size_t n) {
  int nn = tag_class(t, NLP_UPOS_NOUN, NLP_XPOS_NN);
  for (size_t i = 1; i + 1 < n && lx && nn >= 0; i++) {
    int nx = w[i + 1].xpos;
    int pv = w[i - 1].xpos;
    /* ("Israel's offensive in Gaza": after a possessor, and ending its
     * phrase, before a preposition or a stop) */
    bool ends = (pv == NLP_XPOS_POS || pv == NLP_XPOS_PRPS) &&
                (nx == NLP_XPOS_IN || nx == NLP_XPOS_TO || nx == NLP_XPOS_CC ||
                 w[i + 1].upos == NLP_UPOS_PUNCT);
    if (w[i].xpos != NLP_XPOS_JJ ||
        (pv != NLP_XPOS_DT && pv != NLP_XPOS_POS && pv != NLP_XPOS_PRPS) ||
        (nx != NLP_XPOS_MD && nx != NLP_XPOS_VBD && nx != NLP_XPOS_VBZ &&
         !ends))
      continue;
    /* (or is no adjective WordNet knows: "The airstrike hit") */
    if (noun_form(lx, text, &w[i], 0) ||
        (!ends && !adjective_form(lx, text, &w[i])))
      retag(&w[i], nn, NLP_UPOS_NOUN, NLP_XPOS_NN);
  }
}

/* "the jailed opposition leader", "Russia's exiled dissidents": a past
 * form right after an article or a possessive and before a noun is no
 * finite verb but a participle describing the noun; and "armed" before a
 * noun ("the M23 armed group", "armed men") is the adjective, whatever
 * stands before it. */
static void repair_prenominal_pasts(const nlp_tagger *t, const char *text,
                                    nlp_word *w, size_t n) {
  int jj = tag_class(t, NLP_UPOS_ADJ, NLP_XPOS_JJ);
  int vbn = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VBN);
  /* ("Masked men broke onto the set", "Unidentified gunmen killed": a
   * past form opening the sentence before a plural noun and its verb
   * describes the noun) */
  if (n > 3 && jj >= 0 &&
      (w[0].xpos == NLP_XPOS_VBD || w[0].xpos == NLP_XPOS_VBN) &&
      w[1].xpos == NLP_XPOS_NNS &&
      (w[2].xpos == NLP_XPOS_VBD || w[2].xpos == NLP_XPOS_VBZ ||
       w[2].xpos == NLP_XPOS_VBP))
    retag(&w[0], jj, NLP_UPOS_ADJ, NLP_XPOS_JJ);
  for (size_t i = 1; i + 1 < n && jj >= 0 && vbn >= 0; i++) {
    int px = w[i - 1].xpos, nx = w[i + 1].xpos;
    if ((w[i].xpos != NLP_XPOS_VBD && w[i].xpos != NLP_XPOS_VBN) ||
        (nx != NLP_XPOS_NN && nx != NLP_XPOS_NNS && nx != NLP_XPOS_NNP &&
         nx != NLP_XPOS_NNPS))
      continue;
    if (form_in(text, &w[i], (const char *const[]){"armed"}, 1))
      retag(&w[i], jj, NLP_UPOS_ADJ, NLP_XPOS_JJ);
    else if (w[i].xpos == NLP_XPOS_VBD &&
             ((px == NLP_XPOS_DT &&
               form_in(text, &w[i - 1],
                       (const char *const[]){"the", "a", "an"}, 3)) ||
              px == NLP_XPOS_PRPS || px == NLP_XPOS_POS ||
              px == NLP_XPOS_WPS))
      retag(&w[i], vbn, NLP_UPOS_VERB, NLP_XPOS_VBN);
  }
}

/* "Ruling party lawmakers boycotted the vote", "the warring sides": an
 * -ing word that stands before nouns as an adjective ("ruling",
 * "governing", "warring", "outgoing") and that the tagger read as a
 * verb before a noun is that adjective (not "leading" or "opposing",
 * which take objects). */
static void repair_prenominal_ings(const nlp_tagger *t, const char *text,
                                   nlp_word *w, size_t n) {
  static const char *const ings[] = {
      "ruling", "governing", "warring", "outgoing", "incoming",
      "neighbouring", "neighboring", "ongoing", "remaining", "reigning"};
  int jj = tag_class(t, NLP_UPOS_ADJ, NLP_XPOS_JJ);
  for (size_t i = 0; i + 1 < n && jj >= 0; i++) {
    int nx = w[i + 1].xpos;
    if (w[i].xpos == NLP_XPOS_VBG &&
        (nx == NLP_XPOS_NN || nx == NLP_XPOS_NNS || nx == NLP_XPOS_NNP ||
         nx == NLP_XPOS_NNPS) &&
        form_in(text, &w[i], ings, ARRAY_SIZE(ings)))
      retag(&w[i], jj, NLP_UPOS_ADJ, NLP_XPOS_JJ);
  }
}

/* "Anti-government demonstrators", "pro-Russian separatists": a word of
 * "anti-", "pro-" or "non-" and another, before a noun, describes the
 * noun; the tagger, which met few of them, read some at the start of a
 * sentence as a determiner or a conjunction. */
static void repair_prefixed_adjectives(const nlp_tagger *t, const char *text,
                                       nlp_word *w, size_t n) {
  static const char *const prefixes[] = {"anti-", "pro-", "non-"};
  int jj = tag_class(t, NLP_UPOS_ADJ, NLP_XPOS_JJ);
  for (size_t i = 0; i + 1 < n && jj >= 0; i++) {
    int nx = w[i + 1].xpos, x = w[i].xpos;
    if (x == NLP_XPOS_JJ || x == NLP_XPOS_NN || x == NLP_XPOS_NNS ||
        x == NLP_XPOS_NNP || x == NLP_XPOS_VBN || x == NLP_XPOS_VBG ||
        (nx != NLP_XPOS_NN && nx != NLP_XPOS_NNS && nx != NLP_XPOS_NNP &&
         nx != NLP_XPOS_NNPS))
      continue;
    size_t len = w[i].end - w[i].start;
    for (size_t k = 0; k < ARRAY_SIZE(prefixes); k++) {
      size_t m = strlen(prefixes[k]);
      if (len > m + 1 &&
          g_ascii_strncasecmp(text + w[i].start, prefixes[k], m) == 0 &&
          g_ascii_isalpha(text[w[i].start + m])) {
        retag(&w[i], jj, NLP_UPOS_ADJ, NLP_XPOS_JJ);
        break;
      }
    }
  }
}

/* "helped broker a ceasefire": a word right after a form of "help" that
 * the tagger read as a noun or an adjective but that is a verb's base
 * form, with a determiner after it, is the verb ("broker" was a
 * comparative adjective). */
static void repair_help_infinitive(const nlp_tagger *t, const nlp_lexicon *lx,
                                   const char *text, nlp_word *w, size_t n) {
  static const char *const helps[] = {"help", "helps", "helped", "helping"};
  int vb = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VB);
  for (size_t i = 1; i + 1 < n && lx && vb >= 0; i++) {
    int x = w[i].xpos, nx = w[i + 1].xpos;
    if ((x != NLP_XPOS_NN && x != NLP_XPOS_JJ && x != NLP_XPOS_JJR) ||
        (nx != NLP_XPOS_DT && nx != NLP_XPOS_PRPS) ||
        !form_in(text, &w[i - 1], helps, ARRAY_SIZE(helps)))
      continue;
    char low[NLP_NORM_MAX];
    size_t m = nlp_normalise(text + w[i].start, w[i].end - w[i].start, true, low);
    if (m >= 3 && nlp_lex_verb(lx, low, m))
      retag(&w[i], vb, NLP_UPOS_VERB, NLP_XPOS_VB);
  }
}

/* "was shot and injured": a verb's form read as an adjective after a
 * form of "be" and before "and" and a past form is a past participle,
 * and so is that past form (the tagger made "shot" an adjective, and
 * the clause active). */
static void repair_coordinated_participle(const nlp_tagger *t,
                                          const nlp_lexicon *lx,
                                          const char *text, nlp_word *w,
                                          size_t n) {
  static const char *const be[] = {"was", "were", "is", "are", "been",
                                   "being", "be"};
  int vbn = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VBN);
  for (size_t i = 1; i + 2 < n && lx && vbn >= 0; i++) {
    if (w[i].xpos != NLP_XPOS_JJ || w[i + 1].xpos != NLP_XPOS_CC ||
        (w[i + 2].xpos != NLP_XPOS_VBN && w[i + 2].xpos != NLP_XPOS_VBD) ||
        !form_in(text, &w[i - 1], be, ARRAY_SIZE(be)))
      continue;
    char low[NLP_NORM_MAX];
    size_t m = nlp_normalise(text + w[i].start, w[i].end - w[i].start, true, low);
    if (m < 3 || !nlp_lex_verb(lx, low, m))
      continue;
    retag(&w[i], vbn, NLP_UPOS_VERB, NLP_XPOS_VBN);
    /* (and the past after "and" is one too: "shot and injured") */
    if (w[i + 2].xpos == NLP_XPOS_VBD)
      retag(&w[i + 2], vbn, NLP_UPOS_VERB, NLP_XPOS_VBN);
  }
}

/* "demanding that President X step down", "urged that the army
 * withdraw": after a verb of demanding and "that", the first word after
 * the subject that the tagger read as a noun or an adjective but that is
 * a verb's base form is that verb (the subjunctive has no -s). */
static void repair_mandative(const nlp_tagger *t, const nlp_lexicon *lx,
                             const char *text, nlp_word *w, size_t n) {
  static const char *const ask[] = {
      "demand",   "demands",   "demanded",  "demanding", "insist",
      "insists",  "insisted",  "insisting", "urge",      "urges",
      "urged",    "urging",    "ask",       "asks",      "asked",
      "asking",   "request",   "requests",  "requested", "requesting",
      "propose",  "proposed",  "recommend", "recommended", "require",
      "required", "order",     "ordered"};
  static word_list l = {ask, ARRAY_SIZE(ask), 0, {0}};
  G_STATIC_ASSERT(ARRAY_SIZE(ask) <= MAX_WORDS);
  int vb = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VB);
  for (size_t i = 1; i + 3 < n && lx && vb >= 0; i++) {
    if (!word_in(&l, text, &w[i - 1]) || !form_in(text, &w[i], (const char *[]){"that"}, 1))
      continue;
    /* the subject: a noun phrase, then the word after it */
    size_t k = i + 1;
    while (k < n && (w[k].xpos == NLP_XPOS_DT || w[k].xpos == NLP_XPOS_JJ ||
                     w[k].xpos == NLP_XPOS_PRPS || w[k].xpos == NLP_XPOS_POS ||
                     w[k].upos == NLP_UPOS_PROPN ||
                     (w[k].upos == NLP_UPOS_PUNCT && text[w[k].start] == '-')))
      k++;
    while (k + 1 < n && w[k].upos == NLP_UPOS_NOUN && w[k + 1].upos == NLP_UPOS_NOUN)
      k++; /* ("the border guards withdraw") */
    if (k == i + 1 || k + 1 >= n ||
        !(w[k - 1].upos == NLP_UPOS_PROPN || w[k - 1].upos == NLP_UPOS_NOUN))
      continue;
    if (w[k].xpos != NLP_XPOS_NN && w[k].xpos != NLP_XPOS_JJ &&
        w[k].xpos != NLP_XPOS_NNP)
      continue;
    char low[NLP_NORM_MAX];
    size_t m = nlp_normalise(text + w[k].start, w[k].end - w[k].start, true, low);
    if (m < 3 || low[m - 1] == 's' ||
        (m > 4 && memcmp(low + m - 3, "ing", 3) == 0) ||
        (m > 3 && memcmp(low + m - 2, "ed", 2) == 0) ||
        !nlp_lex_verb(lx, low, m))
      continue;
    retag(&w[k], vb, NLP_UPOS_VERB, NLP_XPOS_VB);
  }
}

/* "The Houthis, who control much of Yemen, fired missiles": a past the
 * tagger read as a participle right after the comma that closes a
 * relative clause on the opening noun phrase, with no finite verb before
 * that clause, is the main verb in the past. */
static void repair_relative_pasts(int vbd, const char *text, nlp_word *w,
                                  size_t n) {
  for (size_t i = 3; i + 2 < n; i++) {
    if (w[i + 1].xpos != NLP_XPOS_VBN || text[w[i].start] != ',' ||
        w[i].end - w[i].start != 1)
      continue;
    /* the relative clause: ", who ..." or ", which ..." before i */
    size_t j = i;
    while (j > 1 && !(text[w[j - 1].start] == ',' &&
                      w[j - 1].end - w[j - 1].start == 1))
      j--;
    if (j <= 1 || j >= i ||
        !form_in(text, &w[j], (const char *const[]){"who", "which"}, 2) ||
        !nominal(w[j - 2].xpos) || has_finite(w, 0, j - 1) ||
        !has_finite(w, j + 1, i))
      continue;
    /* (not an item of a list the clause opened: "who made weapons
     * including axes, sharpened steel rods") */
    bool list = false;
    for (size_t k = j + 1; k < i && !list; k++)
      list = form_in(text, &w[k], (const char *const[]){"including", "such",
                                                         "like"}, 3);
    if (list)
      continue;
    retag(&w[i + 1], vbd, NLP_UPOS_VERB, NLP_XPOS_VBD);
  }
}

/* "A drone attack set fire to a depot": in a sentence with no finite
 * verb, a past that is its base's form ("set", "hit", "cut", "put",
 * "shut", "spread"), read as a noun after a noun and before what it
 * governs, is the past tense. */
/* The comma before a closing attribution (", the governor said.",
 * ", officials told Reuters."), or 0 when the sentence has none. */
static size_t attribution_comma(const char *text, const nlp_word *w,
                                size_t n) {
  static const char *const saying[] = {"said", "says", "told", "reported",
                                       "added", "confirmed", "announced"};
  size_t c = n;
  while (c-- > 1)
    if (w[c].end - w[c].start == 1 && text[w[c].start] == ',')
      break;
  if (c < 2 || n - c > 8)
    return 0;
  bool say = false;
  for (size_t k = c + 1; k < n; k++) {
    if (form_in(text, &w[k], saying, ARRAY_SIZE(saying)))
      say = true;
    else if (w[k].upos == NLP_UPOS_VERB)
      return 0;
  }
  return say ? c : 0;
}

static void repair_base_pasts(const nlp_tagger *t, const nlp_lexicon *lx,
                              int vbd, const char *text, nlp_word *w,
                              size_t n) {
  static const char *const same[] = {"set", "hit", "cut", "put", "shut",
                                     "spread", "hurt", "burst", "cast"};
  int nn = tag_class(t, NLP_UPOS_NOUN, NLP_XPOS_NN);
  for (size_t i = 1; i + 1 < n; i++) {
    int nx = w[i + 1].xpos;
    /* ("An airstrike hit a school": the noun after the article read as
     * an adjective, when it can be a noun or is no adjective WordNet
     * knows) */
    bool adj_noun = false;
    if (i >= 2 && w[i - 1].xpos == NLP_XPOS_JJ &&
        w[i - 2].xpos == NLP_XPOS_DT && lx && nn >= 0)
      adj_noun = noun_form(lx, text, &w[i - 1], 0) ||
                 !adjective_form(lx, text, &w[i - 1]);
    if ((w[i].xpos != NLP_XPOS_NN && w[i].xpos != NLP_XPOS_VB &&
         w[i].xpos != NLP_XPOS_VBP) ||
        (!nominal(w[i - 1].xpos) && !adj_noun) ||
        (nx != NLP_XPOS_DT && nx != NLP_XPOS_NN && nx != NLP_XPOS_NNS &&
         nx != NLP_XPOS_NNP && nx != NLP_XPOS_PRPS && nx != NLP_XPOS_CD &&
         nx != NLP_XPOS_JJ) ||
        !form_in(text, &w[i], same, ARRAY_SIZE(same)))
      continue;
    if (adj_noun)
      retag(&w[i - 1], nn, NLP_UPOS_NOUN, NLP_XPOS_NN);
    w[i].tag = (uint8_t)vbd;
    w[i].upos = NLP_UPOS_VERB;
    w[i].xpos = NLP_XPOS_VBD;
    return;
  }
}

/* "the UN Secretary-General condemned ...": an office named "...-General"
 * ("Secretary-General", "Director-General", "Attorney-General") with no
 * name after it is the office's noun, as "secretary-general" is, not a
 * name ("General"). */
static void repair_general_offices(const nlp_tagger *t, const char *text,
                                   nlp_word *w, size_t n) {
  static const char *const offices[] = {"secretary", "director", "attorney",
                                        "governor",  "inspector", "solicitor",
                                        "auditor",   "surgeon",  NULL};
  int nn = tag_class(t, NLP_UPOS_NOUN, NLP_XPOS_NN);
  for (size_t i = 0; i + 2 < n && nn >= 0; i++) {
    const nlp_word *g = &w[i + 2];
    if (w[i].upos != NLP_UPOS_PROPN || g->upos != NLP_UPOS_PROPN ||
        w[i + 1].end - w[i + 1].start != 1 || text[w[i + 1].start] != '-' ||
        w[i].end != w[i + 1].start || w[i + 1].end != g->start ||
        g->end - g->start != 7 ||
        g_ascii_strncasecmp(text + g->start, "general", 7) != 0 ||
        (i + 3 < n && w[i + 3].upos == NLP_UPOS_PROPN))
      continue;
    bool office = false;
    for (size_t k = 0; offices[k] && !office; k++)
      office = w[i].end - w[i].start == strlen(offices[k]) &&
               g_ascii_strncasecmp(text + w[i].start, offices[k],
                                   strlen(offices[k])) == 0;
    if (!office)
      continue;
    retag(&w[i], nn, NLP_UPOS_NOUN, NLP_XPOS_NN);
    retag(&w[i + 2], nn, NLP_UPOS_NOUN, NLP_XPOS_NN);
  }
}

/* "said that troops had repelled an attack": a plural noun read as a
 * verb's present ("troops" as "troops up") right before an auxiliary or a
 * finite verb, after "that", an article, a conjunction or a comma, is
 * the clause's plural subject, when it can be a noun. */
static void repair_plural_subjects(const nlp_tagger *t, const nlp_lexicon *lx,
                                   const char *text, nlp_word *w, size_t n) {
  int nns = tag_class(t, NLP_UPOS_NOUN, NLP_XPOS_NNS);
  for (size_t i = 1; i + 1 < n && lx && nns >= 0; i++) {
    int nx = w[i + 1].xpos, pv = w[i - 1].xpos;
    size_t len = w[i].end - w[i].start;
    if (w[i].xpos != NLP_XPOS_VBZ || len < 4 || text[w[i].end - 1] != 's' ||
        (w[i + 1].upos != NLP_UPOS_AUX && nx != NLP_XPOS_MD &&
         nx != NLP_XPOS_VBD) ||
        (pv != NLP_XPOS_WDT && pv != NLP_XPOS_IN && pv != NLP_XPOS_DT &&
         pv != NLP_XPOS_CC && w[i - 1].upos != NLP_UPOS_PUNCT))
      continue;
    if (noun_form(lx, text, &w[i], 1))
      retag(&w[i], nns, NLP_UPOS_NOUN, NLP_XPOS_NNS);
  }
}

/* "sent 31 Abrams tanks", "delivered 40 F-16 jets": a plural noun after
 * a number and a model's name, read as a verb with the name its
 * subject, is the thing counted. */
static void repair_counted_models(const nlp_tagger *t, const nlp_lexicon *lx,
                                  const char *text, nlp_word *w, size_t n) {
  int nns = tag_class(t, NLP_UPOS_NOUN, NLP_XPOS_NNS);
  for (size_t i = 2; i < n && lx && nns >= 0; i++) {
    size_t len = w[i].end - w[i].start;
    if ((w[i].xpos != NLP_XPOS_VBZ && w[i].xpos != NLP_XPOS_VBP) || len < 4 ||
        text[w[i].end - 1] != 's' || w[i - 1].upos != NLP_UPOS_PROPN)
      continue;
    /* (the name may be of several words or glued by a hyphen: "F-16") */
    size_t k = i - 1;
    while (k > 1 &&
           (w[k - 1].upos == NLP_UPOS_PROPN ||
            /* (a hyphen between letters, not a dash between spaces) */
            (w[k - 1].end - w[k - 1].start == 1 &&
             text[w[k - 1].start] == '-' && w[k - 2].end == w[k - 1].start &&
             w[k - 1].end == w[k].start)) &&
           i - k < 4)
      k--;
    if (k == 0 || w[k - 1].xpos != NLP_XPOS_CD)
      continue;
    if (noun_form(lx, text, &w[i], 1))
      retag(&w[i], nns, NLP_UPOS_NOUN, NLP_XPOS_NNS);
  }
}

/* "Army chief Ali Khan", "police chief Omar Haddad": "chief" between a
 * noun and a name is the noun of an office held, as "leader" is, whatever
 * the tagger made of it (an adjective, "chief executive"; a verb; a list
 * marker). */
static void repair_chief(const nlp_tagger *t, const nlp_lexicon *lx,
                         const char *text, nlp_word *w, size_t n) {
  int nn = tag_class(t, NLP_UPOS_NOUN, NLP_XPOS_NN);
  for (size_t i = 1; i + 1 < n && nn >= 0; i++) {
    if (w[i].end - w[i].start != 5 ||
        g_ascii_strncasecmp(text + w[i].start, "chief", 5) != 0 ||
        (w[i - 1].upos != NLP_UPOS_NOUN && w[i - 1].upos != NLP_UPOS_PROPN) ||
        w[i + 1].upos != NLP_UPOS_PROPN || !(w[i + 1].flags & NLP_WF_CAP))
      continue;
    retag(&w[i], nn, NLP_UPOS_NOUN, NLP_XPOS_NN);
    /* (and the body the sentence opens with, capitalised as its first
     * word, is its noun: "Army chief X") */
    if (i == 1 && w[0].upos == NLP_UPOS_PROPN && noun_form(lx, text, &w[0], 0))
      retag(&w[0], nn, NLP_UPOS_NOUN, NLP_XPOS_NN);
  }
}

/* "Protest leaders called on X to resign", "Rescue teams found ...": a
 * sentence's first word read as a command (a verb's base form) before a
 * plural noun and a finite verb is no command but the noun's modifier,
 * when it can be a noun. */
static void repair_opening_command(const nlp_tagger *t, const nlp_lexicon *lx,
                                   const char *text, nlp_word *w, size_t n) {
  int nn = tag_class(t, NLP_UPOS_NOUN, NLP_XPOS_NN);
  if (n < 4 || !lx || nn < 0 || w[0].xpos != NLP_XPOS_VB ||
      w[1].xpos != NLP_XPOS_NNS ||
      (w[2].xpos != NLP_XPOS_VBD && w[2].xpos != NLP_XPOS_VBZ &&
       w[2].xpos != NLP_XPOS_VBP && w[2].xpos != NLP_XPOS_MD))
    return;
  if (noun_form(lx, text, &w[0], 0))
    retag(&w[0], nn, NLP_UPOS_NOUN, NLP_XPOS_NN);
}

/* "The Supreme Court rules that the law is void": a plural noun right
 * after a name, before a "that" and the subject of a clause, in a
 * sentence with no finite verb before it, is the name's verb in the
 * present when it can be a verb (not "the EU rules that apply": a
 * relative clause's verb follows its "that"). */
static void repair_present_that(const nlp_tagger *t, const nlp_lexicon *lx,
                                const char *text, nlp_word *w, size_t n) {
  int vbz = tag_class(t, NLP_UPOS_VERB, NLP_XPOS_VBZ);
  static const char *const that[] = {"that"};
  for (size_t i = 1; i + 2 < n && lx && vbz >= 0; i++) {
    /* (a name's last word, maybe read as a noun: "The High Court") */
    bool name =
        w[i - 1].xpos == NLP_XPOS_NNP ||
        (w[i - 1].xpos == NLP_XPOS_NN && (w[i - 1].flags & NLP_WF_CAP) &&
         !(w[i - 1].flags & NLP_WF_FIRST));
    if (w[i].xpos != NLP_XPOS_NNS || !name ||
        !form_in(text, &w[i + 1], that, 1) ||
        (w[i + 2].upos != NLP_UPOS_DET && w[i + 2].upos != NLP_UPOS_PROPN &&
         w[i + 2].upos != NLP_UPOS_PRON && w[i + 2].upos != NLP_UPOS_NOUN) ||
        has_finite(w, 0, i))
      continue;
    char low[NLP_NORM_MAX];
    size_t k =
        nlp_normalise(text + w[i].start, w[i].end - w[i].start, true, low);
    if (nlp_lex_verb(lx, low, k))
      retag(&w[i], vbz, NLP_UPOS_VERB, NLP_XPOS_VBZ);
    return;
  }
}

void nlp_finite_verb(const nlp_tagger *t, const nlp_lexicon *lx,
                     const char *text, nlp_word *w, size_t n) {
  repair_letter_numbers(t, text, w, n);
  repair_present_pasts(t, lx, text, w, n);
  repair_lowercase_names(t, text, w, n);
  repair_article_adjectives(t, lx, text, w, n);
  repair_plural_subjects(t, lx, text, w, n);
  repair_counted_models(t, lx, text, w, n);
  repair_prenominal_pasts(t, text, w, n);
  repair_prenominal_ings(t, text, w, n);
  repair_prefixed_adjectives(t, text, w, n);
  repair_mandative(t, lx, text, w, n);
  repair_help_infinitive(t, lx, text, w, n);
  repair_coordinated_participle(t, lx, text, w, n);
  repair_quote_marks(t, text, w, n);
  repair_name_tails(t, text, w, n);
  repair_opening_possessor(t, text, w, n);
  repair_title_runs(t, text, w, n);
  repair_subordinators(t, text, w, n);
  repair_present_that(t, lx, text, w, n);
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
  if (prose && !has_finite(w, 0, n))
    repair_base_pasts(t, lx, vbd, text, w, n);
  /* ("A drone attack set fire to a depot, the governor said": the same
   * for the clause before a closing attribution) */
  size_t said = attribution_comma(text, w, n);
  if (prose && said && !has_finite(w, 0, said))
    repair_base_pasts(t, lx, vbd, text, w, said);
  repair_clause(vbd, text, w, 0, b);
  /* and each clause after it that opens with a conjunction and a
   * subject ("..., as military vehicles blocked roads") */
  while (b < n) {
    size_t a = b;
    b = a + 1;
    while (b < n && !clause_opener(text, &w[b]))
      b++;
    if (b - a >= 4) {
      repair_clause(vbd, text, w, a + 1, b);
      if (prose && !has_finite(w, a + 1, b))
        repair_present(t, lx, text, w, a + 1, b);
    }
  }
  repair_fronted_clause(vbd, text, w, n);
  repair_relative_pasts(vbd, text, w, n);
  repair_complement_pasts(vbd, text, w, n);
  repair_coordinated_pasts(vbd, text, w, n);
  repair_with_participles(t, lx, text, w, n);
  repair_noun_participles(t, lx, text, w, n);
  repair_time_that(t, text, w, n);
  repair_outside(t, text, w, n);
  repair_progressives(t, lx, text, w, n);
  /* (a past tense found above opens the clause of an "after" before it:
   * "eight months after troops swept into Baghdad") */
  repair_subordinators(t, text, w, n);
  repair_opening_command(t, lx, text, w, n);
  repair_chief(t, lx, text, w, n);
  repair_general_offices(t, text, w, n);
}
