/*
 * events/sayings.c - what is said: the clause a saying reports and its
 * headline words, sayings that are really judgements (condemning words,
 * blame, dismay) or claims of a deed, and sources named by "according
 * to".  The frames themselves are read by frames.c.
 */
#include "events/frames_int.h"

/* The words [a, b] a saying reports, as they follow "says" in a
 * headline: a capital that only opened the quoted sentence is lowered
 * ("says the situation", not "says The situation"; names and "I" keep
 * theirs). */
static const char *content_text(const fctx *x, int a, int b) {
  /* A headline tells the gist: the reported clause up to its first
   * break (a comma, a semicolon, a dash, a bracket or a quotation mark)
   * once it has a few words, at most a dozen words, and not ending on a
   * word that needs the ones cut off ("the", "of", "that", "would"). */
  int cut = b;
  for (int i = a + 4; i <= b && cut == b; i++) {
    const char *c = x->ac->text + x->w[i].start;
    size_t len = x->w[i].end - x->w[i].start;
    if (x->w[i].upos == NLP_UPOS_PUNCT &&
        (*c == ',' || *c == ';' || *c == '(' || *c == '"' ||
         (len == 3 && (unsigned char)c[0] == 0xE2) || (len == 2 && *c == '-')))
      cut = i - 1;
  }
  if (cut > a + 11)
    cut = a + 11;
  while (cut > a + 2) {
    int u = x->w[cut].upos;
    if (u != NLP_UPOS_DET && u != NLP_UPOS_ADP && u != NLP_UPOS_CCONJ &&
        u != NLP_UPOS_SCONJ && u != NLP_UPOS_PART && u != NLP_UPOS_AUX &&
        u != NLP_UPOS_PUNCT && x->w[cut].xpos != NLP_XPOS_WDT &&
        x->w[cut].xpos != NLP_XPOS_WP && x->w[cut].xpos != NLP_XPOS_PRPS &&
        !(u == NLP_UPOS_ADJ && cut < b && is_noun(&x->w[cut + 1])))
      break;
    cut--;
  }
  b = cut;
  char *t = g_string_chunk_insert_len(x->ac->strings,
                                      x->ac->text + x->w[a].start,
                                      (gssize)(x->w[b].end - x->w[a].start));
  squeeze_spaces(t, x->w[b].end - x->w[a].start);
  if (t[0] >= 'A' && t[0] <= 'Z' && x->w[a].upos != NLP_UPOS_PROPN &&
      !(x->w[a].end - x->w[a].start == 1 && t[0] == 'I') &&
      !(x->w[a].flags & NLP_WF_UPPER))
    t[0] = (char)(t[0] + 32);
  return t;
}

/* The words a saying reports ("Putin said the expansion would be
 * seamless"), for its headline. */
void sayings_report_content(fctx *x, int p, ev_frame *fr) {
  if (fr->def->complement != FC_REPORT)
    return;
  int c = -1;
  for (int i = x->lo; i < x->hi; i++)
    if (H(x, i) == p && D(x, i) == NLP_DEP_CCOMP &&
        /* (not a participle after the saying that tells how it was
         * said: '"...," he said, referring to the talks') */
        !(i > p && x->w[i].xpos == NLP_XPOS_VBG &&
          kid(x, i, NLP_DEP_NSUBJ, x->lo) < 0 &&
          x->w[i - 1].upos == NLP_UPOS_PUNCT))
      c = i;
  if (c < 0)
    return;
  int a = c, b = c;
  for (int i = x->lo; i < x->hi; i++) {
    if (!under(x, i, c))
      continue;
    if (i < a)
      a = i;
    if (i > b)
      b = i;
  }
  while (a < b && (x->w[a].upos == NLP_UPOS_PUNCT ||
                   (D(x, a) == NLP_DEP_MARK && lemma_is(x, a, "that"))))
    a++;
  while (b > a && x->w[b].upos == NLP_UPOS_PUNCT)
    b--;
  if (b - a < 2)
    return;
  fr->content = content_text(x, a, b);
}

/* Words of what a ruling finds a thing to be ("illegal", "null"). */
static const char *const verdict_words[] = {
    "invalid",    "valid",      "illegal",      "legal",      "void",
    "null",       "unlawful",   "lawful",       "illegitimate",
    "legitimate", "fraudulent", "inadmissible", "admissible", "binding",
    "constitutional", "unconstitutional", NULL};

bool sayings_verdict_word(const fctx *x, int i) {
  return (x->w[i].upos == NLP_UPOS_ADJ || x->w[i].upos == NLP_UPOS_NOUN) &&
         lemma_among(x, i, verdict_words);
}

/* The words [a, b] of the phrase of noun n, without a leading article
 * ("the ban" -> "ban"), its clauses and its punctuation. */
static void noun_span(const fctx *x, int n, int *a, int *b) {
  *a = *b = n;
  for (int i = x->lo; i < x->hi; i++)
    if (under(x, i, n) && x->w[i].upos != NLP_UPOS_PUNCT &&
        nlp_dep_universal(D(x, i)) != NLP_DEP_ACL) {
      if (i < *a)
        *a = i;
      if (i > *b)
        *b = i;
    }
  while (*a < n && x->w[*a].upos == NLP_UPOS_DET &&
         lemma_among(x, *a, (const char *const[]){"the", "a", NULL}))
    (*a)++;
}

/* "The court ruled that the ban was illegal", "the runoff was ruled
 * invalid", "declared the vote null and void": what a ruling found of
 * what, for its headline ("High Court rules ban illegal"). */
void sayings_ruling_content(fctx *x, int p, ev_frame *fr) {
  if (!lemma_among(x, p,
                   (const char *const[]){"rule", "declare", "deem", "pronounce",
                                         "find", NULL}))
    return;
  int n = -1, v = -1; /* the thing, the first verdict word */
  for (int i = x->lo; i < x->hi && v < 0; i++) {
    /* (a clause of its own: "ruled that the ban was illegal") */
    if (H(x, i) == p && D(x, i) == NLP_DEP_CCOMP &&
        sayings_verdict_word(x, i) && kid(x, i, NLP_DEP_COP, x->lo) >= 0) {
      n = kid(x, i, NLP_DEP_NSUBJ, x->lo);
      v = i;
    }
  }
  /* (or the verb's passive subject or object, with the verdict word
   * after it, however the parser hung that: "declared the vote null") */
  if (v < 0) {
    n = kid(x, p, NLP_DEP_NSUBJ_PASS, x->lo);
    if (n < 0)
      n = kid(x, p, NLP_DEP_OBJ, x->lo);
    if (n >= 0 && sayings_verdict_word(x, n))
      n = -1;
    int a, b;
    if (n >= 0)
      noun_span(x, n, &a, &b);
    for (int i = p + 1; n >= 0 && i < x->hi && i <= (n > p ? b : p) + 3; i++)
      if ((n < p || i > b) && sayings_verdict_word(x, i)) {
        v = i;
        break;
      }
  }
  if (n < 0 || v < 0 || x->w[n].upos == NLP_UPOS_PRON)
    return;
  int a, b;
  noun_span(x, n, &a, &b);
  /* (the verdict with its conjuncts: "null and void") */
  int e = v;
  while (e + 2 < x->hi && lemma_is(x, e + 1, "and") &&
         sayings_verdict_word(x, e + 2))
    e += 2;
  GString *t = g_string_new(content_text(x, a, b));
  g_string_append_c(t, ' ');
  g_string_append_len(t, x->ac->text + x->w[v].start,
                      (gssize)(x->w[e].end - x->w[v].start));
  g_string_truncate(t, squeeze_spaces(t->str, t->len));
  fr->content =
      g_string_chunk_insert_len(x->ac->strings, t->str, (gssize)t->len);
  g_string_free(t, TRUE);
}

/* Roles, place and date of frame fr of predicate p (light: the light or
 * complement verb that governs it, or -1). */
/* Is c what the saying v says: its clausal complement, a "that" clause
 * the parser hung as an adverbial ("confirmed that X was behind"), or
 * the quotation v follows ('"...," he said')? */
static bool said_clause(const fctx *x, int v, int c) {
  if (H(x, c) == v && c > v &&
      (D(x, c) == NLP_DEP_PARATAXIS || D(x, c) == NLP_DEP_CONJ)) {
    /* 'said, "Pakistan and Iran have taken steps"': a quotation
     * opening right after the saying is what was said */
    int q = v + 1;
    if (q < c && x->w[q].upos == NLP_UPOS_PUNCT &&
        x->w[q].xpos != NLP_XPOS_LQUOTE)
      q++;
    return q < c && x->w[q].upos == NLP_UPOS_PUNCT &&
           x->w[q].xpos == NLP_XPOS_LQUOTE;
  }
  if (H(x, c) == v)
    return D(x, c) == NLP_DEP_CCOMP ||
           (D(x, c) == NLP_DEP_ADVCL &&
            marker_is(x, c, (const char *[]){"that", NULL}));
  return D(x, v) == NLP_DEP_PARATAXIS && c == H(x, v);
}

/* Is word i (or a conjunct of it) a word of condemnation ("fraudulent",
 * "unforgivable", "a violation"), or told with "behind" ("was behind
 * the attack")?  What the content calls it may be any word of the
 * lexicon's judgements ("the move was a coup"); what describes its head
 * or subject, one of the words below ("this counterproductive
 * resolution", not "the coup was necessary"). */
static bool condemning(const fctx *x, int i) {
  const char *const *judged = lexicon_class(x->lx, "judgement");
  for (int j = i, k = 0; judged && j >= 0 && k < 2;
       j = kid(x, j, NLP_DEP_CONJ, x->lo), k++)
    if (x->w[j].upos == NLP_UPOS_NOUN || x->w[j].upos == NLP_UPOS_ADJ)
      for (size_t w = 0; judged[w]; w++)
        if (lemma_is(x, j, judged[w]))
          return true;
  static const char *const words[] = {
      "fraudulent", "illegal",    "illegitimate", "unlawful",  "unacceptable",
      "unforgivable", "outrageous", "deplorable", "reckless",  "irresponsible",
      "provocative", "rigged",    "invalid",      "criminal",  "barbaric",
      "heinous",    "cowardly",   "shameful",     "unjustified", "baseless",
      "absurd",     "violation",  "crime",        "brutality", "atrocity",
      "aggression", "provocation", "terrorism",   "fraud",     "sham",
      "farce",      "abhorrent",  "despicable",   "inhumane",  "unprovoked",
      "regrettable", "counterproductive", "interference", "meddling",
      "destabilizing", "destabilising", "unfortunate", "unconstitutional",
      "undemocratic", "authoritarian", "unjust", "betrayal", "mistake",
      "hypocrisy", "blackmail", NULL};
  for (int k = 0; k < 2; k++) {
    for (size_t w = 0; words[w]; w++)
      if (lemma_is(x, i, words[w]))
        return true;
    /* (the words may describe the head or its subject: "was a reckless
     * act", "this counterproductive resolution places obstacles", "there
     * was Russian interference") */
    for (int j = x->lo; j < x->hi; j++) {
      if (H(x, j) != i)
        continue;
      int d = nlp_dep_universal(D(x, j));
      /* (or be the act's kind: "an act of aggression", "a declaration of
       * war") */
      bool of = d == NLP_DEP_NMOD && marker_is(x, j, (const char *[]){"of", NULL});
      if (of && lemma_is(x, i, "declaration") && lemma_is(x, j, "war"))
        return true;
      bool near = d == NLP_DEP_AMOD || d == NLP_DEP_NSUBJ || of;
      for (size_t w = 0; near && words[w]; w++)
        if (lemma_is(x, j, words[w]))
          return true;
      for (int m = x->lo; d == NLP_DEP_NSUBJ && m < x->hi; m++)
        if (H(x, m) == j && nlp_dep_universal(D(x, m)) == NLP_DEP_AMOD)
          for (size_t w = 0; words[w]; w++)
            if (lemma_is(x, m, words[w]))
              return true;
    }
    int c = kid(x, i, NLP_DEP_CONJ, x->lo);
    if (c < 0)
      break;
    i = c;
  }
  return false;
}

/* "said Russia was instrumentalizing migrants": a clause whose verb
 * charges its subject with a hostile deed. */
static bool charges(const fctx *x, int c) {
  static const char *const verbs[] = {
      "instrumentalize", "instrumentalise", "weaponize", "weaponise",
      "meddle",          "interfere",       "destabilize", "destabilise",
      "sabotage",        "provoke",         "usurp",
      "rig",             "loot",            "plunder",
      "embezzle",        "persecute",       "incite",
      "manipulate",      "falsify",         "fabricate",
      "steal",           NULL};
  if (x->w[c].upos != NLP_UPOS_VERB)
    return false;
  for (size_t k = 0; verbs[k]; k++)
    if (lemma_is(x, c, verbs[k]))
      return true;
  return false;
}

/* "said it was deeply disappointed by the signing", "is deeply
 * concerned about": the one who feels it disapproves. */
static bool dismay(const fctx *x, int i) {
  static const char *const words[] = {
      "disappointed", "dismayed", "appalled", "outraged", "alarmed",
      "concerned",    "troubled", "shocked",  "angered",  "indignant",
      NULL};
  if (x->w[i].xpos != NLP_XPOS_VBN && x->w[i].xpos != NLP_XPOS_JJ)
    return false;
  const annals_word *w = &x->ac->doc->words[i];
  size_t n = w->end - w->start;
  for (size_t k = 0; words[k]; k++)
    if (strlen(words[k]) == n &&
        g_ascii_strncasecmp(x->ac->text + w->start, words[k], n) == 0)
      return true;
  return false;
}

/* The deed clause c says its subject did: c itself in "X was behind the
 * attack", the noun of "X were responsible for / involved in the
 * explosion"; -1 when none, or when negated ("X was not behind it"). */
static int deed_of(const fctx *x, int c) {
  for (int i = x->lo; i < x->hi; i++)
    if (H(x, i) == c && D(x, i) == NLP_DEP_ADVMOD &&
        (lemma_is(x, i, "not") || lemma_is(x, i, "never")))
      return -1;
  /* ("X was responsible": for what the text tells) */
  if (frames_blame_word(x, c) && kid(x, c, NLP_DEP_COP, x->lo) >= 0 &&
      kid(x, c, NLP_DEP_OBL, x->lo) < 0)
    return c;
  for (int i = x->lo; i < x->hi; i++)
    if (H(x, i) == c) {
      if (D(x, i) == NLP_DEP_CASE && lemma_is(x, i, "behind"))
        return c;
      if (nlp_dep_universal(D(x, i)) == NLP_DEP_OBL &&
          frames_responsible_for(x, c, i) && frames_candidate(x->lx, &x->w[i]))
        return i;
    }
  return -1;
}

/* Does clause c tell that its subject (*s, set always) did a deed?  ("it
 * was behind" is an admission: no.) */
static bool blames(const fctx *x, int c, int *s) {
  *s = kid(x, c, NLP_DEP_NSUBJ, x->lo);
  if (*s < 0)
    *s = kid(x, c, NLP_DEP_NSUBJ_PASS, x->lo);
  return *s >= 0 && x->w[*s].upos != NLP_UPOS_PRON && deed_of(x, c) >= 0;
}

/* "acknowledged that they were behind the ransomware attack on the
 * pipeline": the speaker claims the deed; the saying becomes that claim,
 * told with the deed's words.  True when it did. */
static bool admission(fctx *x, ev_frame *fr, int c) {
  int s = kid(x, c, NLP_DEP_NSUBJ, x->lo), d = deed_of(x, c);
  /* (a personal pronoun: "whoever was behind the bombing will be
   * punished" claims nothing) */
  if (s < 0 || d < 0 || x->w[s].xpos != NLP_XPOS_PRP || lemma_is(x, s, "you"))
    return false;
  const frame_def *claim =
      lexicon_sense(x->lx, "claim", false, ANNALS_TYPE_STATEMENT, true);
  if (!claim)
    return false;
  /* the deed's noun phrase, from after "behind" or "for" on */
  int a = d, b = d;
  for (int i = x->lo; i < x->hi; i++) {
    if (i == d || !under(x, i, d))
      continue;
    int top = i;
    while (H(x, top) != d)
      top = H(x, top);
    int u = nlp_dep_universal(D(x, top));
    if (u != NLP_DEP_DET && u != NLP_DEP_AMOD && u != NLP_DEP_COMPOUND &&
        u != NLP_DEP_NMOD && u != NLP_DEP_NUMMOD)
      continue;
    if (i < a)
      a = i;
    if (i > b)
      b = i;
  }
  fr->def = claim;
  fr->content = content_text(x, a, b);
  fr->admits = true;
  return true;
}

/* "would react", "will retaliate", "would take countermeasures": a
 * response to come, which said is a warning. */
static bool reaction_vowed(const fctx *x, int c) {
  if (x->w[c].upos != NLP_UPOS_VERB ||
      !kid_among(x, c, NLP_DEP_AUX, (const char *const[]){"will", "would",
                                                       "shall", NULL}) ||
      kid_among(x, c, NLP_DEP_ADVMOD, (const char *const[]){"not", "never",
                                                         NULL}))
    return false;
  /* (a response that is an act of its own is told as a threat by its
   * doer: "will respond to the killing") */
  const frame_def *own =
      frames_candidate(x->lx, &x->w[c]) ? frames_choose(x, c) : NULL;
  if (own && !own->light)
    return false;
  if (lemma_among(x, c, (const char *const[]){"react", "respond", "retaliate",
                                              "reciprocate", NULL}))
    return true;
  int o = kid(x, c, NLP_DEP_OBJ, x->lo);
  return lemma_is(x, c, "take") && o >= 0 &&
         lemma_among(x, o, (const char *const[]){"countermeasure",
                                                 "retaliation", "reprisal",
                                                 NULL});
}

/* "said the vote was fraudulent", '"This attack is unforgivable," he
 * said', "confirmed DarkSide was behind the attack": a statement whose
 * content condemns, or blames someone other than the speaker, is a
 * disapproval. */
void sayings_judgement(fctx *x, ev_frame *fr) {
  int p = fr->pred;
  if (fr->type != ANNALS_TYPE_STATEMENT || fr->def->complement != FC_REPORT ||
      x->w[p].upos != NLP_UPOS_VERB)
    return;
  /* the content: what the saying says */
  for (int c = x->lo; c < x->hi; c++) {
    /* (also a predicate the parser made a conjunct: "claims the win was
     * fraudulent") */
    if (!said_clause(x, p, c) &&
        !(H(x, c) == p && D(x, c) == NLP_DEP_CONJ &&
          kid(x, c, NLP_DEP_COP, x->lo) >= 0))
      continue;
    if (admission(x, fr, c))
      return;
    if (reaction_vowed(x, c)) {
      /* "said Russia would react to such hostile actions", "said it
       * would retaliate against any attack": a warning */
      const frame_def *warn =
          lexicon_sense(x->lx, "warn", false, ANNALS_TYPE_THREATEN, false);
      fr->type = ANNALS_TYPE_THREATEN;
      if (warn)
        fr->def = warn;
      /* (the one who will react is the warner's side, not its target) */
      int cs = kid(x, c, NLP_DEP_NSUBJ, x->lo);
      size_t kept = 0;
      for (size_t t = 0; t < fr->n_targets; t++)
        if (cs < 0 || fr->targets[t].word != cs)
          fr->targets[kept++] = fr->targets[t];
      fr->n_targets = kept;
      return;
    }
    int s = -1;
    bool blame = blames(x, c, &s);
    /* ("said they suspected that X was responsible": what one says one
     * believes) */
    int c2 = x->w[c].upos == NLP_UPOS_VERB &&
                     lemma_among(x, c, (const char *const[]){
                                           "suspect", "believe", "think",
                                           "conclude", "assess", NULL})
                 ? kid(x, c, NLP_DEP_CCOMP, x->lo)
                 : -1;
    if (!blame && c2 >= 0 && blames(x, c2, &s)) {
      blame = true;
      c = c2;
    }
    if (!blame && charges(x, c)) {
      s = kid(x, c, NLP_DEP_NSUBJ, x->lo);
      blame = s >= 0 && x->w[s].upos != NLP_UPOS_PRON;
    }
    /* "said the reason is the suspicion that X were involved in the
     * explosion": the clause of a noun the content names */
    for (int i = x->lo; i < x->hi && !blame; i++) {
      int n = H(x, i), s2;
      if (n < 0 || x->w[n].upos != NLP_UPOS_NOUN ||
          nlp_dep_universal(D(x, i)) != NLP_DEP_ACL ||
          !marker_is(x, i, (const char *[]){"that", NULL}) ||
          (n != c && H(x, n) != c))
        continue;
      int det = kid(x, n, NLP_DEP_DET, x->lo);
      if (det >= 0 && lemma_is(x, det, "no"))
        continue; /* "there is no evidence that X was behind it" */
      if (blames(x, i, &s2)) {
        blame = true;
        c = i;
        s = s2;
      }
    }
    if (dismay(x, c)) {
      /* the one who is dismayed (when named: "Ruiz is concerned, her
       * spokesman said"), about what it is dismayed by */
      fr->type = ANNALS_TYPE_DISAPPROVE;
      fr->content = NULL;
      ev_actor a;
      if (s >= 0 && x->w[s].upos != NLP_UPOS_PRON && actor_of(x->ac, s, &a) &&
          a.kind == ACT_NAMED) {
        fr->n_agents = 0;
        frames_actors_of(x, s, fr->agents, &fr->n_agents);
      }
      for (int i = x->lo; i < x->hi; i++)
        if (H(x, i) == c && nlp_dep_universal(D(x, i)) == NLP_DEP_OBL &&
            marker_is(x, i, (const char *[]){"by", "about", "over", "at",
                                             "with", NULL}))
          frames_actors_of(x, i, fr->targets, &fr->n_targets);
      const frame_def *sense = lexicon_sense(x->lx, "criticize", false,
                                             ANNALS_TYPE_DISAPPROVE, false);
      if (sense)
        fr->def = sense;
      return;
    }
    if (blame || condemning(x, c)) {
      fr->type = ANNALS_TYPE_DISAPPROVE;
      /* headlined as what it is: "FBI blames DarkSide", "Army denounces" */
      const frame_def *sense =
          lexicon_sense(x->lx, blame ? "blame" : "denounce", false,
                        ANNALS_TYPE_DISAPPROVE, false);
      if (sense)
        fr->def = sense;
      /* the one blamed, or the one whose act is condemned ("This attack
       * ... is unforgivable": the attack); not the ones told ("told
       * reporters") */
      fr->content = NULL;
      size_t kept = 0;
      bool tell = lemma_among(x, fr->pred, (const char *const[]){
                                               "tell", "inform", "brief",
                                               "assure", NULL});
      for (size_t t = 0; t < fr->n_targets; t++) {
        int tw = fr->targets[t].word;
        if (!(tell && tw >= x->lo && tw < x->hi && H(x, tw) == fr->pred &&
              (D(x, tw) == NLP_DEP_OBJ || D(x, tw) == NLP_DEP_IOBJ)))
          fr->targets[kept++] = fr->targets[t];
      }
      fr->n_targets = kept;
      for (int i = x->lo; tell && fr->object && i < x->hi; i++) {
        ev_actor a;
        if (H(x, i) == fr->pred &&
            (D(x, i) == NLP_DEP_OBJ || D(x, i) == NLP_DEP_IOBJ) &&
            actor_of(x->ac, i, &a) &&
            (strcmp(fr->object, a.name) == 0 ||
             (a.phrase && strcmp(fr->object, a.phrase) == 0)))
          fr->object = NULL;
      }
      if (!fr->n_targets && s >= 0 && x->w[s].upos != NLP_UPOS_PRON) {
        ev_actor a;
        if (actor_of(x->ac, s, &a)) {
          if (a.kind == ACT_NAMED)
            frames_add_actor(fr->targets, &fr->n_targets, &a);
          else if (!fr->object)
            fr->object = a.phrase && *a.phrase ? a.phrase : a.name;
        }
      }
      return;
    }
  }
}

/* Marks the predicates of a reported clause (the complement of a saying,
 * or the clause a saying is parenthetical to: "..., Biden said"). */
void sayings_mark_reports(fctx *x) {
  for (int v = x->lo; v < x->hi; v++) {
    if (x->w[v].upos != NLP_UPOS_VERB || !frames_candidate(x->lx, &x->w[v]))
      continue;
    const frame_def *f = frames_choose(x, v);
    if (!f || f->complement != FC_REPORT)
      continue;
    int c = -1;
    for (int i = x->lo; i < x->hi; i++)
      if (H(x, i) == v && said_clause(x, v, i))
        c = i;
    if (c < 0 && D(x, v) == NLP_DEP_PARATAXIS && H(x, v) >= 0)
      c = H(x, v);
    if (c < 0)
      continue;
    for (int i = x->lo; i < x->hi; i++) {
      int a = i;
      for (int k = 0; a >= 0 && a != c && k < 24; k++)
        a = H(x, a);
      if (a == c && i != v && x->reporter[i - x->lo] < 0)
        x->reporter[i - x->lo] = v;
    }
  }
}

/* Is word j inside a clause that opens clause c ("as reported by LANA,
 * 300 people died")? */
static bool fronted_clause(const fctx *x, int j, int c) {
  for (int k = 0; j >= 0 && k < 32 && H(x, j) != c; k++)
    j = H(x, j);
  return j >= 0 && j < c && H(x, j) == c && D(x, j) == NLP_DEP_ADVCL;
}

/* "According to Marovia's health ministry, at least 1,200 people have
 * died": the source says the clause, in the news present.  A source that
 * is a statement or a report is the one it comes from ("a joint
 * statement from the governments of Norway and Chile"); only named
 * sources and the state's own voices count ("according to witnesses"
 * is no one's statement). */
void sayings_according_to(fctx *x) {
  const frame_def *say =
      lexicon_sense(x->lx, "say", false, ANNALS_TYPE_STATEMENT, false);
  for (int i = x->lo; say && i + 2 < x->hi; i++) {
    if ((!lemma_is(x, i, "according") && !lemma_is(x, i, "accord")) ||
        !lemma_is(x, i + 1, "to") || x->used[i - x->lo])
      continue;
    int n = H(x, i), c = n >= 0 ? H(x, n) : -1;
    /* ', according to a joint statement from ...' closing the sentence
     * is said of its main clause, wherever the parser hung it */
    bool closing = i > x->lo && x->w[i - 1].upos == NLP_UPOS_PUNCT;
    for (int j = i + 2; j < x->hi && closing; j++) {
      int u = x->w[j].upos;
      closing = u == NLP_UPOS_NOUN || u == NLP_UPOS_PROPN ||
                u == NLP_UPOS_ADJ || u == NLP_UPOS_DET ||
                u == NLP_UPOS_ADP || u == NLP_UPOS_CCONJ ||
                u == NLP_UPOS_PUNCT || u == NLP_UPOS_NUM;
    }
    if (closing)
      for (int j = x->lo; j < x->hi; j++)
        if (H(x, j) < 0 && j < i)
          c = j;
    if (n <= i + 1 || c < 0 || under(x, c, n))
      continue;
    int src = n;
    for (int j = n + 1; j < x->hi; j++)
      if (H(x, j) == n && nlp_dep_universal(D(x, j)) == NLP_DEP_NMOD &&
          marker_is(x, j, (const char *[]){"from", "by", NULL})) {
        src = j;
        break;
      }
    ev_frame fr;
    frames_frame_init(x, &fr, say, i);
    frames_actors_of(x, src, fr.agents, &fr.n_agents);
    if (!fr.n_agents ||
        (fr.agents[0].kind != ACT_NAMED && !fr.agents[0].state))
      continue;
    x->used[i - x->lo] = true;
    fr.present = true;
    /* what it says: the clause without the attribution, when that
     * stands at either end */
    int a = -1, b = -1;
    for (int j = x->lo; j < x->hi; j++)
      if (under(x, j, c) && !under(x, j, n) && j != i && j != i + 1 &&
          !(closing && j > i) &&
          x->w[j].upos != NLP_UPOS_PUNCT && !fronted_clause(x, j, c)) {
        if (a < 0)
          a = j;
        b = j;
      }
    bool edge = a > n || b < i;
    if (edge && a >= 0 && b - a >= 2) {
      fr.content = content_text(x, a, b);
    }
    frames_emit(x, &fr);
  }
}
