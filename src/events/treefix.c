/*
 * events/treefix.c - repairs of the parser's trees that the event frames
 * depend on, made with what the parser does not know: the date
 * mentions and the frame lexicon.  Each repair names the reading it
 * fixes; tree_repair runs them in order on one parsed sentence.
 */
#include "events/events.h"

bool reporting_verb(const annals_lexicon *lx, const nlp_word *w) {
  const frame_def *const *fs =
      w->lemma ? lexicon_frames(lx, w->lemma, false) : NULL;
  for (size_t k = 0; fs && fs[k]; k++)
    if (fs[k]->complement == FC_REPORT)
      return true;
  return false;
}

static bool lemma_in(const nlp_word *w, const char *const *set) {
  for (size_t k = 0; w->lemma && set[k]; k++)
    if (strcmp(w->lemma, set[k]) == 0)
      return true;
  return false;
}

bool making_verb(const nlp_word *w) {
  static const char *const make[] = {"force", "compel", "oblige", "prompt",
                                     "lead", "cause", "drive", "spur",
                                     "persuade", "convince", NULL};
  return w->upos == NLP_UPOS_VERB && lemma_in(w, make);
}

/* Is word i, or a word above it (at most n steps up), one of [lo, hi)?
 * A repair that hangs a word of [lo, hi) on i would make a loop. */
static bool hangs_under(const annals_doc *doc, long i, long lo, long hi,
                        size_t n) {
  for (size_t k = 0; i >= 0 && k <= n; i = doc->words[i].head, k++)
    if (i >= lo && i < hi)
      return true;
  return false;
}

/* Does clause c have a subject of its own, other than word not? */
static bool own_subject(const annals_doc *doc, const nlp_word *w, size_t first,
                        size_t end, size_t c, long not ) {
  for (size_t i = first; i < end; i++)
    if (doc->words[i].head == (long)c &&
        (long)i != not &&(w[i].dep == NLP_DEP_NSUBJ ||
                          w[i].dep == NLP_DEP_NSUBJ_PASS ||
                          w[i].dep == NLP_DEP_EXPL))
      return true;
  return false;
}

/* Makes verb v the sentence's root and word n its subject. */
static void root_with_subject(annals_doc *doc, nlp_word *w, size_t v,
                              size_t n) {
  doc->words[v].head = -1;
  w[v].dep = NLP_DEP_ROOT;
  doc->words[n].head = (long)v;
  w[n].dep = NLP_DEP_NSUBJ;
}

/* Does word v have a dependent by relation rel among words [first,
 * end)? */
static bool has_dependent(const annals_doc *doc, const nlp_word *w,
                          size_t first, size_t end, size_t v, int rel) {
  for (size_t i = first; i < end; i++)
    if (doc->words[i].head == (long)v && w[i].dep == rel)
      return true;
  return false;
}

/* Does verb v have an object among words [first, end)? */
static bool has_object(const annals_doc *doc, const nlp_word *w, size_t first,
                       size_t end, size_t v) {
  return has_dependent(doc, w, first, end, v, NLP_DEP_OBJ);
}

/* Does the phrase of word i (the words below it, not counting those
 * under stop) end right before word next? */
static bool phrase_ends_before(const annals_doc *doc, size_t i, size_t next,
                               size_t end, long stop) {
  size_t last = i;
  for (size_t j = i + 1; j < end; j++)
    for (long h = doc->words[j].head; h >= 0 && h != stop;
         h = doc->words[h].head)
      if (h == (long)i) {
        last = j;
        break;
      }
  return last + 1 == next;
}

/* Makes clause c, with a "that" of its own after word h (already its
 * mark when marked is set) and a subject of its own, the content of
 * saying g; false when it has none. */
static bool said_that(annals_doc *doc, nlp_word *w,
                      const annals_doc_sentence *s, size_t c, long h, long g,
                      bool marked) {
  long that = -1;
  for (size_t j = (size_t)h + 1; j < c && that < 0; j++)
    if (doc->words[j].head == (long)c &&
        (!marked || w[j].dep == NLP_DEP_MARK) && w[j].lemma &&
        strcmp(w[j].lemma, "that") == 0)
      that = (long)j;
  if (that < 0 || !own_subject(doc, w, s->first, s->first + s->n, c, that))
    return false;
  doc->words[c].head = g;
  w[c].dep = NLP_DEP_CCOMP;
  if (!marked) {
    w[that].dep = NLP_DEP_MARK;
    w[that].upos = NLP_UPOS_SCONJ;
  }
  return true;
}

/* "told the network that the crossings had been closed": after a verb
 * that says something to someone, a that-clause with a subject of its
 * own is what was said, not a relative clause on the one told. */
static void fix_told_that(const annals_lexicon *lx, annals_doc *doc,
                          nlp_word *w, size_t si) {
  static const char *const tell[] = {
      "tell",     "inform",   "assure",  "reassure", "warn",
      "remind",   "notify",   "advise",  "brief",    "promise",
      "convince", "persuade", "caution", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first; c < end; c++) {
    long h = doc->words[c].head;
    if ((w[c].dep != NLP_DEP_ACL && w[c].dep != NLP_DEP_ACL_RELCL) ||
        w[c].upos != NLP_UPOS_VERB || h < 0 ||
        (w[h].dep != NLP_DEP_OBJ && w[h].dep != NLP_DEP_IOBJ))
      continue;
    long g = doc->words[h].head;
    if (g < 0 || w[g].upos != NLP_UPOS_VERB || !lemma_in(&w[g], tell) ||
        !reporting_verb(lx, &w[g]))
      continue;
    said_that(doc, w, s, c, h, g, false);
  }
}

/* "acknowledged on its website that they were behind the attack", "said
 * in a statement that ...": after a saying's prepositional phrase, a
 * that-clause with a subject of its own is what was said, not a clause
 * on the phrase's noun. */
static void fix_said_in_that(const annals_lexicon *lx, annals_doc *doc,
                             nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first; c < end; c++) {
    long h = doc->words[c].head;
    /* (and "acknowledged on Monday that it was behind the attack" with
     * the clause made an oblique of the saying itself) */
    if (h >= 0 && h < (long)c && nlp_dep_universal(w[c].dep) == NLP_DEP_OBL &&
        w[h].upos == NLP_UPOS_VERB && reporting_verb(lx, &w[h])) {
      said_that(doc, w, s, c, h, h, true);
      continue;
    }
    if ((w[c].dep != NLP_DEP_ACL && w[c].dep != NLP_DEP_ACL_RELCL &&
         nlp_dep_universal(w[c].dep) != NLP_DEP_NMOD) ||
        h < 0 || h >= (long)c || nlp_dep_universal(w[h].dep) != NLP_DEP_OBL)
      continue;
    long g = doc->words[h].head;
    if (g < 0 || g > h || w[g].upos != NLP_UPOS_VERB ||
        !reporting_verb(lx, &w[g]))
      continue;
    said_that(doc, w, s, c, h, g, false);
  }
}

/* No word hangs on a punctuation mark (UD has none do); the parser
 * sometimes hangs a whole clause on a sentence's final stop.  What hangs
 * on a mark hangs on the mark's own head (its relation kept). */
static void fix_punct_heads(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  /* (a mark made the root: its first verb, else its first word, is) */
  long p0 = -1, r = -1, any = -1;
  for (size_t i = s->first; i < end && p0 < 0; i++)
    if (doc->words[i].head < 0 && w[i].upos == NLP_UPOS_PUNCT)
      p0 = (long)i;
  for (size_t i = s->first; i < end && p0 >= 0 && r < 0; i++)
    if (doc->words[i].head == p0 && w[i].upos != NLP_UPOS_PUNCT) {
      if (any < 0)
        any = (long)i;
      if (w[i].upos == NLP_UPOS_VERB)
        r = (long)i;
    }
  if (r < 0)
    r = any;
  if (r >= 0) {
    doc->words[r].head = -1;
    w[r].dep = NLP_DEP_ROOT;
    doc->words[p0].head = r;
    w[p0].dep = NLP_DEP_PUNCT;
  }
  for (size_t i = s->first; i < end; i++) {
    long p = doc->words[i].head;
    bool moved = false;
    for (int k = 0; k < 8 && p >= (long)s->first && w[p].upos == NLP_UPOS_PUNCT &&
                    doc->words[p].head >= 0;
         k++) {
      p = doc->words[p].head;
      moved = true;
    }
    if (p == (long)i)
      continue;
    doc->words[i].head = p;
    /* ("declared the party the winner", the parser's second subject on
     * the stop: a subject after a verb that has one before it is its
     * second object) */
    if (!moved || p < 0 || p >= (long)i || w[i].dep != NLP_DEP_NSUBJ ||
        w[p].upos != NLP_UPOS_VERB)
      continue;
    bool subject = own_subject(doc, w, s->first, (size_t)p, (size_t)p, -1);
    /* (right after the verb's object, only its own modifiers between:
     * not "as did X") */
    long o = -1;
    for (size_t k = (size_t)p + 1; k < i; k++)
      if (doc->words[k].head == p && w[k].dep == NLP_DEP_OBJ)
        o = (long)k;
    bool next = o >= 0;
    for (size_t k = (size_t)o + 1; next && k < i; k++)
      next = doc->words[k].head == (long)i ||
             (doc->words[k].head > (long)k && doc->words[k].head <= (long)i &&
              w[k].upos != NLP_UPOS_PUNCT && w[k].upos != NLP_UPOS_AUX &&
              w[k].upos != NLP_UPOS_SCONJ);
    /* ("condemned the attacks and also the loss of lives": joined by
     * "and", the object's conjunct) */
    bool joined = false;
    for (size_t k = (size_t)(o >= 0 ? o : p) + 1; k < i && !joined; k++)
      joined = (doc->words[k].head == (long)i || doc->words[k].head == p) &&
               w[k].dep == NLP_DEP_CC;
    for (size_t k = (size_t)(o >= 0 ? o : p) + 1; joined && k < i; k++)
      if (w[k].dep == NLP_DEP_CC && doc->words[k].head == p)
        doc->words[k].head = (long)i; /* (its "and" with it) */
    if (subject && joined && o >= 0) {
      doc->words[i].head = o;
      w[i].dep = NLP_DEP_CONJ;
    } else if (subject && next)
      w[i].dep = NLP_DEP_OBJ;
  }
}

/* "said on Monday that Russia was instrumentalizing migrants": the
 * parser may hang "that" and the clause it opens side by side on the
 * verb before them.  A "that" read as a conjunction hung on a verb
 * before it (a mark hangs on a verb after it), right before a clause (its subject, then its verb) whose verb hangs on
 * the same word as the "that" or on the "that", opens that clause: the
 * clause is the verb's complement. */
static void fix_loose_that(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t t = s->first + 1; t + 2 < end; t++) {
    long h = doc->words[t].head;
    if (!w[t].lemma || strcmp(w[t].lemma, "that") != 0 ||
        w[t].upos != NLP_UPOS_SCONJ || h < 0 || h >= (long)t ||
        w[h].upos != NLP_UPOS_VERB)
      continue;
    /* the clause's verb: the first verb after the "that" with a subject
     * of its own after the "that" */
    long v = -1;
    for (size_t i = t + 1; i < end && v < 0; i++)
      if (w[i].upos == NLP_UPOS_VERB || w[i].upos == NLP_UPOS_AUX) {
        long vi = w[i].upos == NLP_UPOS_AUX ? doc->words[i].head : (long)i;
        if (vi < (long)t + 1)
          break;
        v = own_subject(doc, w, t + 1, (size_t)vi, (size_t)vi, -1) ? vi : -2;
      }
    if (v < 0 || (doc->words[v].head != h && doc->words[v].head != (long)t))
      continue;
    doc->words[v].head = h;
    w[v].dep = NLP_DEP_CCOMP;
    doc->words[t].head = v;
    w[t].dep = NLP_DEP_MARK;
  }
}

/* "told the radio that 'more than 30 million dollars have been pledged'":
 * a "that" the parser made the subject of a clause with another subject
 * opens the clause. */
static void fix_that_subject(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t t = s->first; t < end; t++) {
    long c = doc->words[t].head;
    if (!w[t].lemma || strcmp(w[t].lemma, "that") != 0 || c <= (long)t ||
        (w[t].dep != NLP_DEP_NSUBJ && w[t].dep != NLP_DEP_NSUBJ_PASS) ||
        !own_subject(doc, w, t + 1, (size_t)c, (size_t)c, -1))
      continue;
    w[t].dep = NLP_DEP_MARK;
    w[t].upos = NLP_UPOS_SCONJ;
  }
}

/* "wrote that as the police left their posts, the rebels would enter":
 * a that-clause opening with a clause of its own ("as ...", "if ...") is
 * the clause after it, which the parser may have hung on the saying as a
 * conjunct or a parataxis. */
static void fix_that_after_clause(const annals_lexicon *lx, annals_doc *doc,
                                  nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t t = s->first; t + 2 < end; t++) {
    if (!w[t].lemma || strcmp(w[t].lemma, "that") != 0 ||
        w[t + 1].upos != NLP_UPOS_SCONJ)
      continue;
    long g = t > s->first ? (long)t - 1 : -1;
    while (g > (long)s->first && w[g].upos != NLP_UPOS_VERB)
      g--;
    if (g < 0 || !reporting_verb(lx, &w[g]))
      continue;
    long a = doc->words[t + 1].head; /* the clause "as" opens */
    if (a <= (long)t + 1 || doc->words[a].head != g ||
        w[a].dep != NLP_DEP_ADVCL)
      continue;
    /* the clause after it, hung on the saying */
    long v = -1;
    for (size_t i = (size_t)a + 1; i < end && v < 0; i++)
      if (doc->words[i].head == g && w[i].upos == NLP_UPOS_VERB &&
          (w[i].dep == NLP_DEP_CONJ || w[i].dep == NLP_DEP_PARATAXIS ||
           w[i].dep == NLP_DEP_CCOMP || w[i].dep == NLP_DEP_DEP) &&
          own_subject(doc, w, s->first, end, i, -1))
        v = (long)i;
    if (v < 0)
      continue;
    for (size_t i = s->first; i < end; i++)
      if (doc->words[i].head == g && i > (size_t)a && i < (size_t)v &&
          w[i].upos == NLP_UPOS_PUNCT)
        doc->words[i].head = v;
    doc->words[v].head = g;
    w[v].dep = NLP_DEP_CCOMP;
    doc->words[a].head = v;
    doc->words[t].head = v;
    w[t].dep = NLP_DEP_MARK;
    w[t].upos = NLP_UPOS_SCONJ;
  }
}

/* "According to the ministry, as reported by LANA, 300 people have
 * died": a source the parser made the root gives that place to the
 * first verb with a subject after it, and hangs on it. */
static void according_root(annals_doc *doc, nlp_word *w, size_t first,
                           size_t end, size_t n) {
  size_t v = n + 1;
  while (v < end && !(w[v].upos == NLP_UPOS_VERB &&
                      own_subject(doc, w, first, end, v, -1)))
    v++;
  if (v >= end)
    return;
  for (size_t j = n + 1; j < end; j++)
    if (doc->words[j].head == (long)n && j != v &&
        (w[j].dep == NLP_DEP_ADVCL || w[j].dep == NLP_DEP_PUNCT ||
         w[j].dep == NLP_DEP_PARATAXIS || w[j].dep == NLP_DEP_ACL))
      doc->words[j].head = (long)v;
  doc->words[v].head = -1;
  w[v].dep = NLP_DEP_ROOT;
  doc->words[n].head = (long)v;
  w[n].dep = NLP_DEP_OBL;
}

/* "According to Foreign Minister Lena Varga, the army crossed the
 * border": the noun phrase after the source and its comma is the
 * subject of the verb that has none, not an apposition to the source. */
static void fix_according_appos(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first; i + 2 < end; i++) {
    if (!w[i].lemma || !w[i + 1].lemma ||
        (strcmp(w[i].lemma, "according") != 0 &&
         strcmp(w[i].lemma, "accord") != 0) ||
        strcmp(w[i + 1].lemma, "to") != 0)
      continue;
    long n = doc->words[i].head;
    if (n > (long)i + 1 && doc->words[n].head < 0)
      according_root(doc, w, s->first, end, (size_t)n);
    long c = n >= 0 ? doc->words[n].head : -1;
    if (n <= (long)i + 1 || c <= n || w[c].upos != NLP_UPOS_VERB ||
        own_subject(doc, w, s->first, end, (size_t)c, -1))
      continue;
    bool comma = false;
    for (size_t j = (size_t)n + 1; j < (size_t)c; j++) {
      comma = comma || (w[j].upos == NLP_UPOS_PUNCT && w[j].lemma &&
                        strcmp(w[j].lemma, ",") == 0);
      if (comma && doc->words[j].head == n && w[j].dep == NLP_DEP_APPOS &&
          (w[j].upos == NLP_UPOS_NOUN || w[j].upos == NLP_UPOS_PROPN)) {
        doc->words[j].head = c;
        w[j].dep = NLP_DEP_NSUBJ;
        break;
      }
    }
  }
}

/* "Ahmad Vahidi, a senior commander in the army said on Monday that":
 * without the comma that closes the apposition, the parser may make the
 * name the root and the verb a clause on the apposition.  The verb is
 * the root, the name its subject. */
static void fix_name_root(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  size_t r = s->first;
  while (r < end && doc->words[r].head >= 0)
    r++;
  if (r >= end || w[r].upos != NLP_UPOS_PROPN)
    return;
  for (size_t a = r + 1; a < end; a++) {
    if (doc->words[a].head != (long)r || w[a].dep != NLP_DEP_APPOS)
      continue;
    for (size_t v = a + 1; v < end; v++) {
      if (doc->words[v].head != (long)a ||
          (w[v].dep != NLP_DEP_ACL && w[v].dep != NLP_DEP_ACL_RELCL) ||
          w[v].upos != NLP_UPOS_VERB ||
          (w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBZ) ||
          own_subject(doc, w, s->first, end, v, -1))
        continue;
      bool rel = false; /* "who said": a relative clause indeed */
      for (size_t j = a + 1; j < v; j++)
        rel = rel || (doc->words[j].head == (long)v &&
                      (w[j].upos == NLP_UPOS_PRON ||
                       w[j].xpos == NLP_XPOS_WDT || w[j].xpos == NLP_XPOS_WP));
      if (rel)
        return;
      for (size_t j = v + 1; j < end; j++)
        if (doc->words[j].head == (long)r && w[j].upos == NLP_UPOS_PUNCT)
          doc->words[j].head = (long)v;
      doc->words[v].head = -1;
      w[v].dep = NLP_DEP_ROOT;
      doc->words[r].head = (long)v;
      w[r].dep = NLP_DEP_NSUBJ;
      return;
    }
  }
}

/* "said on Saturday that 18 diplomats would be expelled": the parser
 * may read the that-clause as a relative clause on the date; it is the
 * complement of the verb the date belongs to. */
static void fix_that_clauses(const annals_lexicon *lx, annals_doc *doc,
                             nlp_word *w, const bool *date_word, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  for (size_t i = s->first; i < s->first + s->n; i++) {
    long h = doc->words[i].head;
    if (w[i].dep != NLP_DEP_ACL_RELCL || h < 0 || !date_word[h] ||
        w[i].upos != NLP_UPOS_VERB)
      continue;
    long g = h;
    for (int k = 0; g >= 0 && date_word[g] && k < 8; k++)
      g = doc->words[g].head;
    if (g < 0 || w[g].upos != NLP_UPOS_VERB)
      continue;
    long that = -1;
    for (size_t j = (size_t)h + 1; j < i; j++)
      if (doc->words[j].head == (long)i && w[j].lemma &&
          strcmp(w[j].lemma, "that") == 0)
        that = (long)j;
    /* "said on Monday it had pulled out": no "that" after a saying */
    bool rel = false;
    for (size_t j = (size_t)h + 1; j < i; j++)
      if (doc->words[j].head == (long)i && w[j].lemma &&
          (strcmp(w[j].lemma, "which") == 0 ||
           strcmp(w[j].lemma, "when") == 0 || strcmp(w[j].lemma, "who") == 0))
        rel = true;
    if (that < 0 && (rel || !reporting_verb(lx, &w[g])))
      continue;
    doc->words[i].head = g;
    w[i].dep = NLP_DEP_CCOMP;
    if (that >= 0)
      w[that].dep = NLP_DEP_MARK;
  }
}

/* "May 8, 2018 - President Trump announces ...": a chronology entry
 * opens with its date and a dash or colon; the parser may make the date
 * the root and the clause its parataxis.  The clause is the root and the
 * date its time. */
static void fix_date_heads(annals_doc *doc, nlp_word *w, const bool *date_word,
                           size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  size_t r = s->first;
  while (r < end && doc->words[r].head >= 0)
    r++;
  if (r >= end || !date_word[r])
    return;
  long v = -1;
  for (size_t i = r + 1; i < end && v < 0; i++)
    if (doc->words[i].head == (long)r && w[i].upos == NLP_UPOS_VERB &&
        (w[i].dep == NLP_DEP_PARATAXIS || w[i].dep == NLP_DEP_APPOS ||
         w[i].dep == NLP_DEP_DEP || w[i].dep == NLP_DEP_LIST ||
         w[i].dep == NLP_DEP_ACL || w[i].dep == NLP_DEP_ACL_RELCL))
      v = (long)i;
  if (v < 0)
    return;
  /* the date's words come first, then a dash or colon */
  bool sep = false;
  for (size_t i = s->first; i < (size_t)v && !sep; i++)
    if (!date_word[i] && w[i].upos == NLP_UPOS_PUNCT && w[i].lemma &&
        (strchr(":-", w[i].lemma[0]) || (unsigned char)w[i].lemma[0] == 0xE2))
      sep = true;
  if (!sep || !date_word[s->first])
    return;
  for (size_t i = s->first; i < end; i++)
    if (doc->words[i].head == (long)r && (long)i != v && !date_word[i])
      doc->words[i].head = v;
  doc->words[v].head = -1;
  w[v].dep = NLP_DEP_ROOT;
  doc->words[r].head = v;
  w[r].dep = NLP_DEP_OBL_UNMARKED;
}

/* "On Monday Nepal asked ...", "In 2019 Sudan's army ousted ...": with
 * no comma after the opening date, the parser may run the date into the
 * subject ("Monday Nepal" one name, "Sudan's army" the date's noun).  The
 * date is the verb's time, the words up to the verb its subject. */
static void fix_date_opener(annals_doc *doc, nlp_word *w, const bool *date_word,
                            size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n, a = s->first;
  if (s->n < 4 || w[a].upos != NLP_UPOS_ADP || date_word[a] ||
      !date_word[a + 1])
    return;
  size_t k = a + 1; /* the date is [a + 1, k) */
  while (k < end && date_word[k])
    k++;
  /* the subject is [k, j), up to the first verb or auxiliary; a phrase
   * of nouns, names, adjectives, determiners and possessives only */
  size_t j = k, e = 0; /* (e: where a phrase on the subject begins) */
  while (j < end && w[j].upos != NLP_UPOS_VERB && w[j].upos != NLP_UPOS_AUX) {
    int u = w[j].upos;
    /* ("On Monday evening police in the capital fired ...": a phrase
     * on the subject's noun) */
    if (u == NLP_UPOS_ADP && j > k &&
        (w[j - 1].upos == NLP_UPOS_NOUN || w[j - 1].upos == NLP_UPOS_PROPN)) {
      e = e ? e : j;
      j++;
      continue;
    }
    if (u != NLP_UPOS_PROPN && u != NLP_UPOS_NOUN && u != NLP_UPOS_ADJ &&
        u != NLP_UPOS_DET && u != NLP_UPOS_NUM && !(u == NLP_UPOS_PART &&
                                                     w[j].xpos == NLP_XPOS_POS))
      return;
    j++;
  }
  if (j == k || j >= end)
    return;
  size_t sj = j; /* the verb */
  if (e)
    j = e;
  long v = w[sj].upos == NLP_UPOS_VERB ? (long)sj : doc->words[sj].head;
  if (v < 0 || v >= (long)end || w[v].upos != NLP_UPOS_VERB ||
      doc->words[v].head != -1)
    return;
  /* the subject's head: its last noun or name */
  size_t h = j;
  while (h > k && w[h - 1].upos != NLP_UPOS_NOUN && w[h - 1].upos != NLP_UPOS_PROPN)
    h--;
  if (h == k && w[k].upos != NLP_UPOS_NOUN && w[k].upos != NLP_UPOS_PROPN)
    return;
  h--;
  /* nothing to repair when the verb already has that subject and the
   * date hangs outside it */
  bool date_in = false;
  for (size_t i = a + 1; i < k; i++) {
    long hd = doc->words[i].head;
    date_in = date_in || (hd >= (long)k && hd < (long)j) ||
              w[i].dep == NLP_DEP_NSUBJ;
  }
  if (doc->words[h].head == v && (w[h].dep == NLP_DEP_NSUBJ ||
                                  w[h].dep == NLP_DEP_NSUBJ_PASS) && !date_in)
    return;
  bool pass = false;
  for (size_t i = s->first; i < end; i++)
    pass = pass || (doc->words[i].head == v && w[i].dep == NLP_DEP_AUX_PASS);
  /* the date: its last word the head, the others on it */
  size_t dh = k - 1;
  for (size_t i = a + 1; i < dh; i++)
    if (doc->words[i].head < (long)(a + 1) || doc->words[i].head >= (long)k)
      doc->words[i].head = (long)dh;
  doc->words[dh].head = v;
  w[dh].dep = NLP_DEP_OBL;
  doc->words[a].head = (long)dh;
  w[a].dep = NLP_DEP_CASE;
  /* the subject: words whose head lies outside it hang on its head */
  for (size_t i = k; i < j; i++) {
    if (i == h)
      continue;
    long hd = doc->words[i].head;
    if (hd < (long)k || hd >= (long)j) {
      doc->words[i].head = (long)h;
      if (w[i].upos == NLP_UPOS_PROPN && w[h].upos == NLP_UPOS_PROPN)
        w[i].dep = NLP_DEP_FLAT;
      else if (w[i].upos == NLP_UPOS_DET)
        w[i].dep = NLP_DEP_DET;
      else if (w[i].upos == NLP_UPOS_ADJ)
        w[i].dep = NLP_DEP_AMOD;
      else if (w[i].dep != NLP_DEP_NMOD_POSS)
        w[i].dep = NLP_DEP_COMPOUND;
    }
  }
  /* the phrase on it: words hung outside the subject and its phrase
   * (on the verb as a second subject, on the date) are nouns of the
   * phrase, on the noun before their preposition */
  for (size_t i = j; i < sj; i++) {
    long hd = doc->words[i].head;
    if ((hd >= (long)k && hd < (long)sj) || w[i].upos == NLP_UPOS_ADP)
      continue;
    size_t c = i;
    while (c > j && w[c].upos != NLP_UPOS_ADP)
      c--;
    bool noun = c > k && (w[c - 1].upos == NLP_UPOS_NOUN ||
                          w[c - 1].upos == NLP_UPOS_PROPN);
    doc->words[i].head = noun ? (long)(c - 1) : (long)h;
    w[i].dep = NLP_DEP_NMOD;
  }
  doc->words[h].head = v;
  w[h].dep = pass ? NLP_DEP_NSUBJ_PASS : NLP_DEP_NSUBJ;
}

/* "Meeting in Bali, Biden and Xi signed a joint statement": the parser
 * may make the opening participle the subject and the names after the
 * comma conjuncts of its phrase.  The names are the subject, the
 * participle's clause tells the circumstance. */
static void fix_ing_opener(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n, g = s->first;
  size_t len = doc->words[g].end - doc->words[g].start;
  if (s->n < 6 || len < 5 ||
      strncmp(doc->text + doc->words[g].end - 3, "ing", 3) != 0 ||
      (w[g].xpos != NLP_XPOS_VBG && w[g].xpos != NLP_XPOS_NN))
    return;
  long v = doc->words[g].head;
  if (v < 0 || w[v].upos != NLP_UPOS_VERB || doc->words[v].head != -1 ||
      (w[g].dep != NLP_DEP_NSUBJ && w[g].dep != NLP_DEP_ADVCL))
    return;
  /* (a verb with a subject of its own has its subject) */
  for (size_t i = s->first; i < end; i++)
    if (i != g && doc->words[i].head == v &&
        (w[i].dep == NLP_DEP_NSUBJ || w[i].dep == NLP_DEP_NSUBJ_PASS))
      return;
  /* the comma closing the participle's phrase, then a name hung in it */
  size_t c = g + 1;
  while (c < (size_t)v && !(w[c].upos == NLP_UPOS_PUNCT &&
                            doc->text[doc->words[c].start] == ','))
    c++;
  size_t n = c + 1;
  if (n >= (size_t)v || w[n].upos != NLP_UPOS_PROPN)
    return;
  long nh = doc->words[n].head;
  if (nh < (long)g || nh >= (long)c ||
      (w[n].dep != NLP_DEP_CONJ && w[n].dep != NLP_DEP_APPOS))
    return;
  /* the names after it, hung on the same word, are its conjuncts */
  for (size_t i = n + 1; i < (size_t)v; i++)
    if (doc->words[i].head == nh && (w[i].dep == NLP_DEP_CONJ ||
                                     w[i].dep == NLP_DEP_APPOS)) {
      doc->words[i].head = (long)n;
      w[i].dep = NLP_DEP_CONJ;
    }
  doc->words[n].head = v;
  w[n].dep = NLP_DEP_NSUBJ;
  doc->words[g].head = v;
  w[g].dep = NLP_DEP_ADVCL;
  w[g].upos = NLP_UPOS_VERB;
  w[g].xpos = NLP_XPOS_VBG;
  doc->words[c].head = (long)g;
}

/* "On 4 December, both Gbagbo and Ouattara are sworn in", "This year,
 * Manuel Marulanda, leader of the FARC, died": the parser may make the
 * opening date the subject, or hang the names on it.  A name hung on a
 * date as its conjunct or apposition, whose verb has no other subject,
 * is that verb's subject; the date is its time. */
static void fix_date_subject(annals_doc *doc, nlp_word *w, const bool *date_word,
                             size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t d = s->first; d < end; d++) {
    long v = doc->words[d].head;
    if (!date_word[d] || v < 0 || w[v].upos != NLP_UPOS_VERB)
      continue;
    int dd = w[d].dep;
    if (dd != NLP_DEP_NSUBJ && dd != NLP_DEP_NSUBJ_PASS &&
        nlp_dep_universal(dd) != NLP_DEP_OBL)
      continue;
    /* the verb's subject, if another than the date */
    bool other = false;
    for (size_t i = s->first; i < end && !other; i++)
      other = (long)i != (long)d && doc->words[i].head == v &&
              (w[i].dep == NLP_DEP_NSUBJ || w[i].dep == NLP_DEP_NSUBJ_PASS);
    if (other)
      continue;
    size_t n = d + 1;
    while (n < end && !(doc->words[n].head == (long)d &&
                        (w[n].dep == NLP_DEP_CONJ || w[n].dep == NLP_DEP_APPOS) &&
                        (w[n].upos == NLP_UPOS_PROPN || w[n].upos == NLP_UPOS_NOUN) &&
                        !date_word[n]))
      n++;
    if (n >= end || (long)n > v)
      continue;
    bool pass = dd == NLP_DEP_NSUBJ_PASS;
    for (size_t i = s->first; i < end && !pass; i++)
      pass = doc->words[i].head == v && w[i].dep == NLP_DEP_AUX_PASS;
    /* the others hung on the date after the name are the name's */
    for (size_t i = n + 1; i < end; i++)
      if (doc->words[i].head == (long)d && !date_word[i] && (long)i < v &&
          w[i].dep != NLP_DEP_PUNCT)
        doc->words[i].head = (long)n;
    /* (a "both" or "either" before it goes with it) */
    for (size_t i = d + 1; i < n; i++)
      if (doc->words[i].head == (long)n || doc->words[i].head == (long)d) {
        if (!date_word[i] && w[i].upos != NLP_UPOS_PUNCT)
          doc->words[i].head = (long)n;
      }
    doc->words[n].head = v;
    w[n].dep = pass ? NLP_DEP_NSUBJ_PASS : NLP_DEP_NSUBJ;
    if (dd == NLP_DEP_NSUBJ || dd == NLP_DEP_NSUBJ_PASS)
      w[d].dep = NLP_DEP_OBL;
  }
}

/* "A Ukrainian court Tuesday sentenced X", "A court on Tuesday sentenced
 * X": wire copy puts the day between the subject and its verb, and the
 * parser may make the day the verb's subject and the verb a clause on
 * the noun before it.  A finite verb hung on a noun as a clause, whose
 * subject is a date standing between them (only the date's words, an
 * "on" and commas between), takes the noun's place; the noun is its
 * subject, the date its time. */
static void fix_date_before_verb(annals_doc *doc, nlp_word *w,
                                 const bool *date_word, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  /* (or made both the noun and the day its subjects) */
  for (size_t d = s->first + 1; d < end; d++) {
    long v = doc->words[d].head;
    if (!date_word[d] || v <= (long)d || w[d].dep != NLP_DEP_NSUBJ)
      continue;
    for (size_t i = s->first; i < d; i++)
      if (doc->words[i].head == v && !date_word[i] &&
          (w[i].dep == NLP_DEP_NSUBJ || w[i].dep == NLP_DEP_NSUBJ_PASS)) {
        w[d].dep = NLP_DEP_OBL_UNMARKED;
        break;
      }
  }
  for (size_t v = s->first + 2; v < end; v++) {
    long n = doc->words[v].head;
    int x = w[v].xpos, u = nlp_dep_universal(w[v].dep);
    if (n < (long)s->first || n >= (long)v || w[v].upos != NLP_UPOS_VERB ||
        (x != NLP_XPOS_VBD && x != NLP_XPOS_VBZ && x != NLP_XPOS_VBP) ||
        (u != NLP_DEP_ACL && u != NLP_DEP_ADVCL) ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN) ||
        date_word[n])
      continue;
    /* only the date between them, and it is the verb's subject */
    size_t d = SIZE_MAX;
    bool ok = true;
    for (size_t i = (size_t)n + 1; i < v && ok; i++) {
      size_t len = doc->words[i].end - doc->words[i].start;
      const char *t = doc->text + doc->words[i].start;
      bool on = len == 2 && memcmp(t, "on", 2) == 0;
      bool comma = len == 1 && *t == ',';
      ok = date_word[i] || on || comma;
      if (date_word[i] && doc->words[i].head == (long)v &&
          (w[i].dep == NLP_DEP_NSUBJ || w[i].dep == NLP_DEP_NSUBJ_PASS))
        d = i;
    }
    if (!ok || d == SIZE_MAX)
      continue;
    bool pass = w[d].dep == NLP_DEP_NSUBJ_PASS;
    /* the verb takes the noun's place and what hangs on the noun after it */
    doc->words[v].head = doc->words[n].head;
    w[v].dep = w[n].dep;
    for (size_t i = v + 1; i < end; i++)
      if (doc->words[i].head == n)
        doc->words[i].head = (long)v;
    doc->words[n].head = (long)v;
    w[n].dep = pass ? NLP_DEP_NSUBJ_PASS : NLP_DEP_NSUBJ;
    w[d].dep = NLP_DEP_OBL_UNMARKED;
    for (size_t i = (size_t)n + 1; i < v; i++) {
      size_t len = doc->words[i].end - doc->words[i].start;
      if (len == 2 && memcmp(doc->text + doc->words[i].start, "on", 2) == 0) {
        doc->words[i].head = (long)d;
        w[i].dep = NLP_DEP_CASE;
        w[d].dep = NLP_DEP_OBL;
      } else if (!date_word[i] || doc->words[i].head == (long)n)
        doc->words[i].head = (long)v;
    }
  }
  /* (or hung the noun on the day: "Ukraine's Parliament yesterday voted",
   * "Parliament" a compound of "yesterday") */
  for (size_t d = s->first + 1; d + 1 < end; d++) {
    long v = doc->words[d].head;
    if (!date_word[d] || v <= (long)d || w[v].upos != NLP_UPOS_VERB ||
        (w[d].dep != NLP_DEP_OBL_UNMARKED && w[d].dep != NLP_DEP_NSUBJ) ||
        own_subject(doc, w, s->first, end, (size_t)v, (long)d))
      continue;
    long c = -1;
    for (size_t i = s->first; i < d; i++)
      if (doc->words[i].head == (long)d && !date_word[i] &&
          w[i].dep == NLP_DEP_COMPOUND &&
          (w[i].upos == NLP_UPOS_NOUN || w[i].upos == NLP_UPOS_PROPN))
        c = (long)i;
    if (c < 0 || c != (long)d - 1)
      continue;
    doc->words[c].head = v;
    w[c].dep = NLP_DEP_NSUBJ;
    w[d].dep = NLP_DEP_OBL_UNMARKED;
  }
}

/* "sentenced former Prime Minister X to four years": the parser may
 * label a name right after its verb a bare time ("obl:unmarked") as it
 * does "Friday", or a predicate ("xcomp").  A word that is no date, so
 * labelled, right after a verb without an object (only its own modifiers
 * between), is the verb's object. */
static void fix_unmarked_object(annals_doc *doc, nlp_word *w,
                                const bool *date_word, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 1; i < end; i++) {
    long v = doc->words[i].head;
    /* (so is a name made a predicate of a verb without object: "named
     * General Brice Oligui Nguema as president") */
    if (w[i].dep == NLP_DEP_XCOMP && w[i].upos == NLP_UPOS_PROPN &&
        !date_word[i] && v >= 0 && v < (long)i && w[v].upos == NLP_UPOS_VERB) {
      if (!has_object(doc, w, s->first, end, (size_t)v))
        w[i].dep = NLP_DEP_OBJ;
      continue;
    }
    if (w[i].dep != NLP_DEP_OBL_UNMARKED || date_word[i] || v < 0 ||
        v >= (long)i || w[v].upos != NLP_UPOS_VERB ||
        (w[i].upos != NLP_UPOS_PROPN && w[i].upos != NLP_UPOS_NOUN))
      continue;
    bool ok = true;
    for (size_t k = (size_t)v + 1; k < i && ok; k++) {
      long h = doc->words[k].head;
      while (h >= 0 && h != (long)i && h > (long)v && h < (long)i)
        h = doc->words[h].head;
      ok = h == (long)i && !date_word[k] && w[k].upos != NLP_UPOS_ADP;
    }
    if (ok && !has_object(doc, w, s->first, end, (size_t)v))
      w[i].dep = NLP_DEP_OBJ;
  }
}

/* "imposed sanctions on five Iranian officials" parsed with the
 * officials a second object of the verb, "on" the case marker of their
 * count: a verb's object marked by a preposition is an oblique, the
 * marker its own (and a conjunct with no "and", a modifier of the noun
 * it was joined to). */
static void fix_marked_object(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first; c < end; c++) {
    long i = doc->words[c].head;
    /* (the marker may hang on the count: "on five officials") */
    if (i >= (long)s->first && w[i].upos == NLP_UPOS_NUM &&
        w[i].dep == NLP_DEP_NUMMOD && doc->words[i].head > i)
      i = doc->words[i].head;
    if (i < (long)s->first || w[c].dep != NLP_DEP_CASE ||
        w[c].upos != NLP_UPOS_ADP || (long)c > i ||
        (w[i].upos != NLP_UPOS_NOUN && w[i].upos != NLP_UPOS_PROPN &&
         w[i].upos != NLP_UPOS_PRON))
      continue;
    /* ("announced sanctions on five US defence firms" with the firms a
     * conjunct of the sanctions, no "and" between: the sanctions') */
    if (w[i].dep == NLP_DEP_CONJ && doc->words[i].head >= (long)s->first &&
        doc->words[i].head < (long)c) {
      bool cc = false;
      for (size_t k = s->first; k < end && !cc; k++)
        cc = doc->words[k].head == i &&
             (w[k].dep == NLP_DEP_CC || w[k].dep == NLP_DEP_PUNCT);
      if (!cc) {
        w[i].dep = NLP_DEP_NMOD;
        doc->words[c].head = i;
      }
      continue;
    }
    if (w[i].dep != NLP_DEP_OBJ && w[i].dep != NLP_DEP_IOBJ)
      continue;
    long v = doc->words[i].head;
    /* (a word right after the verb is its particle: "taking over
     * parts of the country") */
    if (v >= (long)s->first && w[v].upos == NLP_UPOS_VERB &&
        (long)c != v + 1) {
      w[i].dep = NLP_DEP_OBL;
      doc->words[c].head = i;
    }
  }
  /* (or the count made the oblique, its noun the object: "on five"
   * and "Iranian officials" both hung on "imposed") */
  for (size_t n = s->first + 1; n + 1 < end; n++) {
    long v = doc->words[n].head;
    size_t c = n - 1;
    if (w[n].upos != NLP_UPOS_NUM || w[n].dep != NLP_DEP_OBL ||
        w[c].dep != NLP_DEP_CASE || w[c].upos != NLP_UPOS_ADP ||
        doc->words[c].head != (long)n || v < (long)s->first ||
        w[v].upos != NLP_UPOS_VERB)
      continue;
    size_t i = n + 1; /* the noun: the first word after the count that
                         is no modifier of it */
    while (i < end && doc->words[i].head > (long)i &&
           (w[i].dep == NLP_DEP_AMOD || w[i].dep == NLP_DEP_COMPOUND))
      i++;
    if (i >= end || doc->words[i].head != v ||
        (w[i].dep != NLP_DEP_OBJ && w[i].dep != NLP_DEP_IOBJ) ||
        (w[i].upos != NLP_UPOS_NOUN && w[i].upos != NLP_UPOS_PROPN))
      continue;
    doc->words[n].head = (long)i;
    w[n].dep = NLP_DEP_NUMMOD;
    doc->words[c].head = (long)i;
    w[i].dep = NLP_DEP_OBL;
  }
}

/* Does the lexicon know lemma (as a noun, or a verb) with the
 * preposition prep? */
static bool takes_prep(const annals_lexicon *lx, const char *lemma, bool noun,
                       const char *prep) {
  const frame_def *const *fs = lemma ? lexicon_frames(lx, lemma, noun) : NULL;
  for (size_t k = 0; fs && fs[k]; k++)
    if (fs[k]->prep && strcmp(fs[k]->prep, prep) == 0)
      return true;
  return false;
}

/* Does the lexicon know lemma as a noun of a deed done to someone (a
 * strike, an attack, a raid, sanctions, a ban)? */
static bool deed_noun(const annals_lexicon *lx, const char *lemma) {
  const frame_def *const *fs = lemma ? lexicon_frames(lx, lemma, true) : NULL;
  for (size_t k = 0; fs && fs[k]; k++)
    if (annals_type_quad(fs[k]->type) == ANNALS_QUAD_MATERIAL_CONFLICT ||
        fs[k]->type == ANNALS_TYPE_REDUCE_RELATIONS)
      return true;
  return false;
}

/* "condemned the Russian strike on a hospital" parsed with the hospital
 * an oblique of "condemned": an "on" or "against" phrase (no date) right
 * after a verb's object that is a deed done to someone, and that the
 * verb does not take, is the deed's. */
static void fix_act_object_prep(const annals_lexicon *lx, annals_doc *doc,
                                nlp_word *w, const bool *date_word,
                                size_t si) {
  static const char *const preps[] = {"on", "against", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first + 2; c < end; c++) {
    long o = doc->words[c].head;
    if (w[c].dep != NLP_DEP_CASE || !lemma_in(&w[c], preps) ||
        o <= (long)c || o >= (long)end || date_word[o] ||
        nlp_dep_universal(w[o].dep) != NLP_DEP_OBL)
      continue;
    long v = doc->words[o].head;
    /* the object: the word before the marker's phrase, or its head */
    long n = (long)c - 1;
    while (n > v && doc->words[n].head > n && doc->words[n].head < (long)c)
      n = doc->words[n].head;
    if (v < (long)s->first || w[v].upos != NLP_UPOS_VERB ||
        n <= v || doc->words[n].head != v || w[n].dep != NLP_DEP_OBJ ||
        w[n].upos != NLP_UPOS_NOUN || !deed_noun(lx, w[n].lemma) ||
        takes_prep(lx, w[v].lemma, false, w[c].lemma))
      continue;
    /* (the words from the object on all hang under it or the phrase) */
    bool whole = true;
    for (long k = n + 1; k < (long)c && whole; k++)
      whole = hangs_under(doc, k, n, n + 1, 4);
    if (!whole)
      continue;
    doc->words[o].head = n;
    w[o].dep = NLP_DEP_NMOD;
  }
}

/* "Sanctions were imposed on the bank on Sunday by the United States":
 * the parser may hang the "by" phrase of a passive on the day before it;
 * a "by" phrase on a date word is the agent of the passive verb above,
 * when that has none. */
static void fix_date_by_agent(annals_doc *doc, nlp_word *w,
                              const bool *date_word, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first; i < end; i++) {
    long d = doc->words[i].head;
    if (d < (long)s->first || !date_word[d] || date_word[i] ||
        nlp_dep_universal(w[i].dep) != NLP_DEP_NMOD ||
        (w[i].upos != NLP_UPOS_NOUN && w[i].upos != NLP_UPOS_PROPN))
      continue;
    bool by = false;
    for (size_t m = s->first; m < i && !by; m++)
      by = doc->words[m].head == (long)i && w[m].dep == NLP_DEP_CASE &&
           w[m].lemma && strcmp(w[m].lemma, "by") == 0;
    /* the verb above the date */
    long v = doc->words[d].head;
    while (v >= (long)s->first && w[v].upos != NLP_UPOS_VERB &&
           doc->words[v].head >= 0)
      v = doc->words[v].head;
    if (!by || v < (long)s->first || w[v].upos != NLP_UPOS_VERB ||
        w[v].xpos != NLP_XPOS_VBN)
      continue;
    bool pass = false, agent = false;
    for (size_t k = s->first; k < end; k++)
      if (doc->words[k].head == v) {
        pass = pass || w[k].dep == NLP_DEP_AUX_PASS ||
               w[k].dep == NLP_DEP_NSUBJ_PASS;
        agent = agent || w[k].dep == NLP_DEP_OBL_AGENT;
      }
    if (pass && !agent) {
      doc->words[i].head = v;
      w[i].dep = NLP_DEP_OBL_AGENT;
    }
  }
}

/* "signed by the government and the rebels" parsed with the rebels a
 * conjunct of the verb: a noun joined by "and" to a verb, right after a
 * noun phrase that is the verb's own, is that noun's conjunct. */
static void fix_noun_conj_on_verb(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 2; i < end; i++) {
    long v = doc->words[i].head;
    if (w[i].dep != NLP_DEP_CONJ || v < (long)s->first || v >= (long)i ||
        w[v].upos != NLP_UPOS_VERB ||
        (w[i].upos != NLP_UPOS_NOUN && w[i].upos != NLP_UPOS_PROPN))
      continue;
    /* (its own "and", with no comma before it, and no verb of its own
     * below it: "visited Taiwan, and another round in April" is no
     * Taiwan's) */
    bool cc = false, verb = false, comma = false;
    for (size_t k = s->first; k < end; k++)
      if (doc->words[k].head == (long)i) {
        cc = cc || w[k].dep == NLP_DEP_CC;
        comma = comma || (w[k].dep == NLP_DEP_PUNCT && k < i);
        verb = verb || w[k].upos == NLP_UPOS_VERB || w[k].upos == NLP_UPOS_AUX;
      }
    if (!cc || verb || comma)
      continue;
    /* the noun before it: the head of the words before its own */
    long a = (long)i - 1;
    while (a > v && doc->words[a].head == (long)i)
      a--;
    while (a > v && doc->words[a].head > a && doc->words[a].head < (long)i &&
           doc->words[a].head != v)
      a = doc->words[a].head;
    if (a <= v || doc->words[a].head != v ||
        (w[a].upos != NLP_UPOS_NOUN && w[a].upos != NLP_UPOS_PROPN))
      continue;
    int u = nlp_dep_universal(w[a].dep);
    if (u != NLP_DEP_OBL && u != NLP_DEP_OBJ && u != NLP_DEP_NSUBJ)
      continue;
    doc->words[i].head = a;
  }
}

/* A common noun right before a name that hangs on the same word is the
 * name's title, and the name takes its place with its marker and
 * modifiers: a noun of a person (WordNet) when the name has no marker of
 * its own ("an arrest warrant for former president Ali Dosso", parsed
 * with the president and Ali Dosso two dependents of the warrant), and
 * any noun when both are objects of a verb ("sentenced journalist Evan
 * Gershkovich to 16 years", parsed as a verb with two objects). */
static void fix_title_before_name(annals_doc *doc, nlp_word *w,
                                  const bool *date_word, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first; i + 1 < end; i++) {
    size_t n = i + 1;
    long h = doc->words[i].head;
    /* ("the release of former prime minister Imran Khan on Thursday"
     * with the name hung on the day after it: the name is beside the
     * title) */
    long nh = doc->words[n].head;
    if (w[n].upos == NLP_UPOS_PROPN && nh > (long)n && date_word &&
        date_word[nh] && !date_word[n] &&
        w[n].dep == NLP_DEP_COMPOUND && h >= 0) {
      doc->words[n].head = h;
      w[n].dep = NLP_DEP_NMOD;
    }
    bool objects = h >= 0 && w[h].upos == NLP_UPOS_VERB &&
                   (w[i].dep == NLP_DEP_OBJ || w[i].dep == NLP_DEP_IOBJ) &&
                   (w[n].dep == NLP_DEP_OBJ || w[n].dep == NLP_DEP_IOBJ);
    if (w[i].upos != NLP_UPOS_NOUN || w[i].xpos != NLP_XPOS_NN || !w[i].lemma ||
        (!noun_names_person(w[i].lemma) && !objects) ||
        w[n].upos != NLP_UPOS_PROPN || doc->words[n].head != h || h < 0 ||
        w[n].dep == NLP_DEP_CONJ ||
        /* (a name read as the subject of a passive whose "by" phrase
         * the title ends: "called off by then-president Ivan Duque") */
        (w[n].dep == NLP_DEP_NSUBJ &&
         !(w[i].dep == NLP_DEP_OBL_AGENT &&
           has_dependent(doc, w, s->first, end, (size_t)h,
                         NLP_DEP_NSUBJ_PASS))) ||
        (!objects && !(w[n].flags & NLP_WF_CAP)))
      continue;
    bool marked = false;
    for (size_t k = s->first; k < end && !marked; k++)
      marked = doc->words[k].head == (long)n &&
               (w[k].dep == NLP_DEP_CASE || w[k].dep == NLP_DEP_CC ||
                w[k].dep == NLP_DEP_PUNCT);
    if (marked)
      continue;
    for (size_t k = s->first; k < i; k++)
      if (doc->words[k].head == (long)i)
        doc->words[k].head = (long)n;
    w[n].dep = objects ? NLP_DEP_OBJ : w[i].dep;
    doc->words[i].head = (long)n;
    w[i].dep = NLP_DEP_COMPOUND;
    /* ("killed al-Qaeda leader Osama bin Laden" read as three objects:
     * the name right before the title is the title's) */
    for (size_t k = s->first; objects && k + 1 < i; k++) {
      if (doc->words[k].head != h || w[k].dep != NLP_DEP_OBJ ||
          w[k].upos != NLP_UPOS_PROPN)
        continue;
      size_t last = k; /* the name's last word */
      for (size_t j = k + 1; j < i; j++)
        if (doc->words[j].head == (long)k)
          last = j;
      if (last + 1 == i) {
        doc->words[k].head = (long)i;
        w[k].dep = NLP_DEP_COMPOUND;
      }
    }
  }
}

/* "spoke on Sunday, months after troops swept into the capital and
 * toppled the regime": the parser may join the second verb to the main
 * clause's.  A verb joined by "and", with no subject of its own, to the
 * verb of a main clause, right after a clause that "after", "before",
 * "when", "as" or "since" opens in between (no comma before "and"), is
 * that clause's second verb. */
static void fix_conj_after_clause(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const marks[] = {"after", "before", "when", "as",
                                      "since", "until", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first + 2; c < end; c++) {
    long h = doc->words[c].head;
    if (w[c].dep != NLP_DEP_CONJ || w[c].upos != NLP_UPOS_VERB || h < 0 ||
        h >= (long)c || w[h].upos != NLP_UPOS_VERB)
      continue;
    if (own_subject(doc, w, s->first, end, c, -1) || !w[c - 1].lemma || strcmp(w[c - 1].lemma, "and") != 0 ||
        doc->words[c - 1].head != (long)c)
      continue;
    /* the clause in between: a verb of h opened by a mark, the last such */
    long v = -1;
    for (size_t i = (size_t)h + 1; i < c - 1; i++)
      if (doc->words[i].head == h && w[i].dep == NLP_DEP_ADVCL &&
          w[i].upos == NLP_UPOS_VERB)
        for (size_t k = (size_t)h + 1; k < i; k++)
          if (doc->words[k].head == (long)i && w[k].dep == NLP_DEP_MARK &&
              lemma_in(&w[k], marks))
            v = (long)i;
    if (v < 0)
      continue;
    /* its words run up to the "and" */
    bool comma = false;
    for (size_t i = (size_t)v + 1; i < c - 1 && !comma; i++)
      comma = w[i].upos == NLP_UPOS_PUNCT;
    if (comma)
      continue;
    doc->words[c].head = v;
  }
}

/* "X is severing ties with Rwanda and the Security Council has called a
 * meeting": the parser may join the second clause's subject to the
 * first clause's object and its verb, subjectless, to the first verb.  A
 * verb joined to an earlier verb, with no subject of its own, right
 * after a noun joined by "and" to a noun of the first clause, has that
 * noun as its subject, and the "and" joins the clauses. */
static void fix_conj_subject(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first + 3; c < end; c++) {
    long h = doc->words[c].head;
    if (w[c].dep != NLP_DEP_CONJ || w[c].upos != NLP_UPOS_VERB || h < 0 ||
        h >= (long)c || w[h].upos != NLP_UPOS_VERB ||
        own_subject(doc, w, s->first, end, c, -1))
      continue;
    /* the word before it, past its own auxiliaries and adverbs */
    size_t n = c - 1;
    bool passive = false;
    while (n > s->first && doc->words[n].head == (long)c &&
           (w[n].dep == NLP_DEP_AUX || w[n].dep == NLP_DEP_AUX_PASS ||
            w[n].dep == NLP_DEP_ADVMOD)) {
      passive = passive || w[n].dep == NLP_DEP_AUX_PASS;
      n--;
    }
    long m = doc->words[n].head;
    if (n == c - 1 || w[n].dep != NLP_DEP_CONJ ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN) ||
        m <= h || m >= (long)n ||
        (w[m].upos != NLP_UPOS_NOUN && w[m].upos != NLP_UPOS_PROPN))
      continue;
    long cc = -1;
    for (size_t k = (size_t)m + 1; k < n; k++)
      if (doc->words[k].head == (long)n && w[k].dep == NLP_DEP_CC)
        cc = (long)k;
    if (cc < 0)
      continue;
    doc->words[n].head = (long)c;
    w[n].dep = passive ? NLP_DEP_NSUBJ_PASS : NLP_DEP_NSUBJ;
    doc->words[cc].head = (long)c;
  }
}

/* "Milosevic, in a nationally televised address, called on his people":
 * news prose addresses no one; a name the parser made a vocative of a
 * verb after it that has no subject is that verb's subject (and the
 * verb, read as a participle without an auxiliary, its past tense). */
static void fix_vocative_subject(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first; i < end; i++) {
    long v = doc->words[i].head;
    if (w[i].dep != NLP_DEP_VOCATIVE || v <= (long)i ||
        w[v].upos != NLP_UPOS_VERB ||
        (w[i].upos != NLP_UPOS_PROPN && w[i].upos != NLP_UPOS_NOUN) ||
        own_subject(doc, w, s->first, end, (size_t)v, -1))
      continue;
    bool aux = false;
    for (size_t k = s->first; k < end && !aux; k++)
      aux = doc->words[k].head == v && (w[k].dep == NLP_DEP_AUX ||
                                        w[k].dep == NLP_DEP_AUX_PASS);
    w[i].dep = NLP_DEP_NSUBJ;
    if (!aux && w[v].xpos == NLP_XPOS_VBN)
      w[v].xpos = NLP_XPOS_VBD;
  }
}

/* "captured former Liberian leader and warlord Charles Taylor": two
 * titles joined by "and" before one name are that one person's; the
 * parser may join the name, with the second title on it, to the first
 * title.  The name is the first title's apposition. */
static void fix_titles_conj_name(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const titles[] = {
      "leader", "president", "minister", "premier", "warlord", "general",
      "commander", "chief", "head", "founder", "dictator", "ruler", "king",
      "emir", "chairman", "strongman", "militant", "rebel", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t n = s->first + 3; n < end; n++) {
    /* the name joined ("and", the second title hung on the name) to the
     * first title or to the verb that governs it */
    long t = (long)n - 3, t2 = (long)n - 1, cc = (long)n - 2;
    if (w[n].dep != NLP_DEP_CONJ || w[n].upos != NLP_UPOS_PROPN ||
        w[cc].dep != NLP_DEP_CC || doc->words[cc].head != (long)n ||
        doc->words[t2].head != (long)n || w[t2].upos != NLP_UPOS_NOUN ||
        !lemma_in(&w[t2], titles) || w[t].upos != NLP_UPOS_NOUN ||
        !lemma_in(&w[t], titles) ||
        (doc->words[n].head != t &&
         doc->words[n].head != doc->words[t].head))
      continue;
    doc->words[n].head = t;
    w[n].dep = NLP_DEP_APPOS;
    doc->words[cc].head = t2;
    w[t2].dep = NLP_DEP_CONJ;
    doc->words[t2].head = t;
  }
}

/* "Police fired tear gas at protesters": the parser may read a past
 * tense before a noun as its adjective and make the noun the root.  A
 * word tagged as a past tense is no adjective: it is the verb, the noun
 * it hung on its object, the subject before it its own, and the phrases
 * after the noun (but "of" ones) its obliques. */
static void fix_finite_amod(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first; v < end; v++) {
    long n = doc->words[v].head;
    if (w[v].xpos != NLP_XPOS_VBD || w[v].dep != NLP_DEP_AMOD ||
        n <= (long)v || (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN))
      continue;
    /* ("Police fired tear gas and water cannon at protesters" with
     * "Police" the root and the gas its conjunct: the root noun before
     * the verb is its subject, the gas its object, and what hung on the
     * root after the verb hangs on the verb) */
    long r = doc->words[n].head;
    if (r >= (long)s->first && r < (long)v && doc->words[r].head < 0 &&
        w[n].dep == NLP_DEP_CONJ &&
        (w[r].upos == NLP_UPOS_NOUN || w[r].upos == NLP_UPOS_PROPN)) {
      bool verb = false;
      for (long k = r + 1; k < (long)v && !verb; k++)
        verb = w[k].upos == NLP_UPOS_VERB || w[k].upos == NLP_UPOS_AUX;
      if (!verb) {
        for (size_t i = (size_t)v + 1; i < end; i++)
          if (doc->words[i].head == r && i != (size_t)n) {
            doc->words[i].head = (long)v;
            if (nlp_dep_universal(w[i].dep) == NLP_DEP_NMOD)
              w[i].dep = NLP_DEP_OBL;
          }
        doc->words[v].head = -1;
        w[v].dep = NLP_DEP_ROOT;
        doc->words[r].head = (long)v;
        w[r].dep = NLP_DEP_NSUBJ;
        doc->words[n].head = (long)v;
        w[n].dep = NLP_DEP_OBJ;
        continue;
      }
    }
    /* a subject of its own before it */
    if (!own_subject(doc, w, s->first, v, (size_t)n, -1))
      continue;
    /* ("Police fired tear gas and arrested protesters": the noun made
     * the subject of the verb after "and"; that verb is the first one's
     * conjunct) */
    long h = doc->words[n].head;
    bool joined = false;
    if (w[n].dep == NLP_DEP_NSUBJ && h > n && w[h].upos == NLP_UPOS_VERB)
      for (size_t k = (size_t)n + 1; k < (size_t)h && !joined; k++)
        joined = doc->words[k].head == h && w[k].dep == NLP_DEP_CC;
    if (joined) {
      doc->words[v].head = doc->words[h].head;
      w[v].dep = w[h].dep;
      doc->words[h].head = (long)v;
      w[h].dep = NLP_DEP_CONJ;
      for (size_t i = s->first; i < v; i++)
        if (doc->words[i].head == n)
          doc->words[i].head = (long)v; /* the subject */
      doc->words[n].head = (long)v;
      w[n].dep = NLP_DEP_OBJ;
      continue;
    }
    doc->words[v].head = doc->words[n].head;
    w[v].dep = w[n].dep;
    for (size_t i = s->first; i < end; i++) {
      if (doc->words[i].head != n || i == v)
        continue;
      if (i < v)
        doc->words[i].head = (long)v; /* the subject, and what opened */
      else if (i > (size_t)n && (nlp_dep_universal(w[i].dep) == NLP_DEP_NMOD ||
                                 w[i].dep == NLP_DEP_PUNCT)) {
        bool of = false;
        for (size_t k = (size_t)n + 1; k < i && !of; k++)
          of = doc->words[k].head == (long)i && w[k].lemma &&
               strcmp(w[k].lemma, "of") == 0;
        if (of)
          continue;
        doc->words[i].head = (long)v;
        if (w[i].dep != NLP_DEP_PUNCT)
          w[i].dep = NLP_DEP_OBL;
      }
    }
    doc->words[n].head = (long)v;
    w[n].dep = NLP_DEP_OBJ;
  }
}

/* Makes verb v the root of its sentence, and n, the root it had,
 * its dependent by relation rel. */
static void promote_root(annals_doc *doc, nlp_word *w, long v, long n,
                         int rel) {
  doc->words[v].head = -1;
  w[v].dep = NLP_DEP_ROOT;
  doc->words[n].head = v;
  w[n].dep = (uint8_t)rel;
}

/* "The president's guards killed rebel leader X": the parser may make
 * the subject the root and the verb a participle on it.  A participle
 * with an object and no auxiliary right after the root noun's phrase is
 * the main verb in the past, the noun its subject. */
static void fix_acl_main_verb(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t n = s->first; n < end; n++) {
    if (doc->words[n].head != -1 ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN))
      continue;
    for (size_t v = n + 1; v < end; v++) {
      if (doc->words[v].head != (long)n || w[v].dep != NLP_DEP_ACL ||
          w[v].upos != NLP_UPOS_VERB ||
          (w[v].xpos != NLP_XPOS_VBN && w[v].xpos != NLP_XPOS_VBD))
        continue;
      /* (right after the noun's phrase: the words between are its) */
      bool next = true;
      for (size_t i = n + 1; i < v && next; i++) {
        long h = doc->words[i].head;
        while (h >= 0 && h != (long)n)
          h = doc->words[h].head;
        next = h == (long)n;
      }
      if (!next)
        continue;
      bool obj = false, aux = false, cop = false;
      for (size_t i = s->first; i < end; i++) {
        if (doc->words[i].head == (long)v) {
          obj = obj || w[i].dep == NLP_DEP_OBJ;
          aux = aux || w[i].upos == NLP_UPOS_AUX;
        }
        cop = cop || (doc->words[i].head == (long)n && w[i].dep == NLP_DEP_COP);
      }
      if (!obj || aux || cop)
        continue;
      for (size_t i = v + 1; i < end; i++)
        if (doc->words[i].head == (long)n)
          doc->words[i].head = (long)v;
      w[v].xpos = NLP_XPOS_VBD;
      promote_root(doc, w, (long)v, (long)n, NLP_DEP_NSUBJ);
      return;
    }
  }
}

/* Verbs of a deed done to someone, whose past participle after a noun
 * tells what befell it ("a reporter shot last week"). */
static const char *const done_to[] = {
    "shoot",  "arrest",  "detain",  "kidnap", "abduct",  "wound",
    "injure", "capture", "kill",    "charge", "convict", "sentence",
    "jail",   "hold",    "seize",   "hit",    "elect",   "appoint",
    "accuse", "release", "free",    "deport", "expel",   "attack",
    "storm",  "raid",    "bomb",    "target", "ambush",  "assassinate",
    "murder", "torture", "besiege", "behead", "execute", NULL};

/* "The strikes carried out by the coalition killed 12 people": the
 * parser may read the participle of a reduced relative as the main verb
 * in the past and the true main verb, with its object, as its
 * complement.  A root verb with a subject, no object and a "by" agent
 * (or a "to" or "with" after a participle of allegiance, "linked to"),
 * whose clausal complement after the agent has an object and no subject
 * of its own, is that participle, and the complement the main verb. */
static void fix_reduced_relative(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t r = s->first + 1; r < end; r++) {
    /* (the root, or what the root after it says: "..., officials said") */
    long top = doc->words[r].head;
    if ((top != -1 && !(w[r].dep == NLP_DEP_CCOMP && top > (long)r &&
                        doc->words[top].head == -1)) ||
        w[r].upos != NLP_UPOS_VERB ||
        (w[r].xpos != NLP_XPOS_VBD && w[r].xpos != NLP_XPOS_VBN))
      continue;
    long subj = -1, by = -1, v2 = -1;
    bool obj = false, aux = false;
    for (size_t i = s->first; i < end; i++) {
      if (doc->words[i].head != (long)r)
        continue;
      if (w[i].dep == NLP_DEP_NSUBJ && i < r)
        subj = (long)i;
      obj = obj || w[i].dep == NLP_DEP_OBJ;
      aux = aux || w[i].upos == NLP_UPOS_AUX;
      /* (an agent, not a means: "advanced by night", "by road") */
      static const char *const means[] = {
          "night", "day", "force", "road", "air", "sea", "land", "train",
          "car", "bus", "foot", "hand", "phone", "telephone", "video", "law",
          "decree", "vote", "margin", "majority", "mistake", "accident",
          NULL};
      bool means_word = false;
      for (size_t m = 0; means[m] && w[i].lemma && !means_word; m++)
        means_word = strcmp(w[i].lemma, means[m]) == 0;
      /* (or, of a participle of allegiance, its "to" or "with": "hackers
       * linked to Russia's military intelligence targeted ...") */
      static const char *const ties[] = {"link", "tie", "affiliate",
                                         "align", "ally", "connect",
                                         "associate", NULL};
      bool tie = lemma_in(&w[r], ties);
      if (nlp_dep_universal(w[i].dep) == NLP_DEP_OBL && i > r && by < 0 &&
          !means_word)
        for (size_t k = r + 1; k < i; k++)
          if (doc->words[k].head == (long)i && w[k].dep == NLP_DEP_CASE &&
              w[k].lemma &&
              (strcmp(w[k].lemma, "by") == 0 ||
               (tie && (strcmp(w[k].lemma, "to") == 0 ||
                        strcmp(w[k].lemma, "with") == 0))))
            by = (long)i;
      /* (or its conjunct with no "and": "carried out by X killed Y") */
      if ((w[i].dep == NLP_DEP_XCOMP || w[i].dep == NLP_DEP_CCOMP ||
           w[i].dep == NLP_DEP_CONJ) &&
          w[i].upos == NLP_UPOS_VERB &&
          (w[i].xpos == NLP_XPOS_VBN || w[i].xpos == NLP_XPOS_VBD))
        v2 = (long)i;
    }
    /* (or, with no agent, a participle of a deed done to someone, told
     * with no one it was done to and only when, where or how before the
     * next verb in the past: "a reporter shot last week while covering a
     * rally died on Friday") */
    bool bare = by < 0 && lemma_in(&w[r], done_to) && v2 > (long)r &&
                w[v2].xpos == NLP_XPOS_VBD;
    for (size_t i = r + 1; bare && i < (size_t)v2; i++) {
      int u = nlp_dep_universal(w[i].dep);
      bare = doc->words[i].head != (long)r || u == NLP_DEP_OBL ||
             u == NLP_DEP_ADVMOD || u == NLP_DEP_ADVCL;
    }
    /* (a participle set off by commas may name what its noun is called:
     * "Hezbollah, designated a terrorist group by the EU, won seats") */
    bool set_off = subj >= 0 && by >= 0 && subj + 2 == (long)r &&
                   w[r - 1].upos == NLP_UPOS_PUNCT;
    if (subj < 0 || (by < 0 && !bare) || v2 < 0 || (obj && !set_off) || aux ||
        v2 < by)
      continue;
    bool v2obj = false, v2subj = false;
    for (size_t i = s->first; i < end; i++) {
      if (doc->words[i].head != v2)
        continue;
      v2obj = v2obj || w[i].dep == NLP_DEP_OBJ;
      v2subj = v2subj || w[i].dep == NLP_DEP_NSUBJ || w[i].upos == NLP_UPOS_AUX ||
               w[i].dep == NLP_DEP_MARK || w[i].dep == NLP_DEP_CC;
    }
    if ((!v2obj && !bare) || v2subj)
      continue;
    /* (what follows the complement is the main verb's) */
    for (size_t i = (size_t)v2 + 1; i < end; i++)
      if (doc->words[i].head == (long)r)
        doc->words[i].head = v2;
    w[v2].xpos = NLP_XPOS_VBD;
    doc->words[v2].head = top;
    w[v2].dep = w[r].dep;
    w[r].dep = NLP_DEP_ACL;
    doc->words[r].head = subj; /* (the participle describes the subject) */
    w[r].xpos = NLP_XPOS_VBN;
    doc->words[subj].head = v2;
    return;
  }
}

/* "The town, which rebels captured in 2019, was retaken": the parser may
 * read the relative word as the subject of the noun after it, and the
 * verb as that noun's participle.  "which" or "that" on a noun right
 * after it, that a verb with no subject and no auxiliary describes, is
 * the verb's object, the noun its subject, and the verb a relative
 * clause of the noun the noun hung on. */
static void fix_relative_subject(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t r = s->first + 1; r + 2 < end; r++) {
    if (w[r].xpos != NLP_XPOS_WDT || !w[r].lemma ||
        (strcmp(w[r].lemma, "which") != 0 && strcmp(w[r].lemma, "that") != 0))
      continue;
    /* (the noun's determiner between: "which the rebels seized") */
    size_t n = r + 1 + (w[r + 1].upos == NLP_UPOS_DET);
    if (n + 1 >= end ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN))
      continue;
    size_t v = n + 1;
    long h = doc->words[n].head;
    /* (or the relative word and the noun both the verb's subjects, the
     * verb a participle of the noun before: "The port, which the rebels
     * seized") */
    bool both = doc->words[r].head == (long)v &&
                doc->words[n].head == (long)v &&
                nlp_dep_universal(w[n].dep) == NLP_DEP_NSUBJ &&
                nlp_dep_universal(w[r].dep) == NLP_DEP_NSUBJ &&
                (w[v].dep == NLP_DEP_ACL || w[v].dep == NLP_DEP_ACL_RELCL);
    if (both) {
      h = doc->words[v].head;
    } else if (doc->words[r].head != (long)n || doc->words[v].head != (long)n) {
      continue;
    }
    if (h < (long)s->first || h >= (long)r || w[v].upos != NLP_UPOS_VERB ||
        (w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBZ &&
         w[v].xpos != NLP_XPOS_VBP && w[v].xpos != NLP_XPOS_VBN) ||
        (!both && own_subject(doc, w, s->first, end, v, -1)) ||
        has_object(doc, w, s->first, end, v) ||
        has_dependent(doc, w, s->first, end, v, NLP_DEP_AUX) ||
        has_dependent(doc, w, s->first, end, v, NLP_DEP_AUX_PASS))
      continue;
    /* (a participle told so was read so: "captured" after "rebels") */
    if (w[v].xpos == NLP_XPOS_VBN)
      w[v].xpos = NLP_XPOS_VBD;
    doc->words[v].head = h;
    w[v].dep = NLP_DEP_ACL_RELCL;
    doc->words[n].head = (long)v;
    w[n].dep = NLP_DEP_NSUBJ;
    doc->words[r].head = (long)v;
    w[r].dep = NLP_DEP_OBJ;
    w[r].upos = NLP_UPOS_PRON;
  }
}

/* "An aid worker kidnapped in Niger in March was freed on Tuesday": the
 * parser may read the participle as a clause of the main verb with the
 * noun its subject, and leave the main verb with none.  Such a clause,
 * unmarked, with no object and no auxiliary, of a deed done to someone,
 * is the noun's participle, and the noun the main verb's subject. */
static void fix_reduced_relative_clause(annals_doc *doc, nlp_word *w,
                                        size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 1; v < end; v++) {
    if (doc->words[v].head != -1 || w[v].upos != NLP_UPOS_VERB ||
        own_subject(doc, w, s->first, end, v, -1))
      continue;
    for (size_t r = s->first + 1; r < v; r++) {
      if (doc->words[r].head != (long)v || w[r].dep != NLP_DEP_ADVCL ||
          w[r].xpos != NLP_XPOS_VBD || !lemma_in(&w[r], done_to) ||
          has_dependent(doc, w, s->first, end, r, NLP_DEP_MARK) ||
          has_object(doc, w, s->first, end, r))
        continue;
      long n = -1;
      bool aux = false;
      for (size_t i = s->first; i < end; i++)
        if (doc->words[i].head == (long)r) {
          if (w[i].dep == NLP_DEP_NSUBJ && i < r &&
              (w[i].upos == NLP_UPOS_NOUN || w[i].upos == NLP_UPOS_PROPN))
            n = (long)i;
          aux = aux || w[i].upos == NLP_UPOS_AUX;
        }
      if (n < 0 || aux)
        return;
      bool pass = has_dependent(doc, w, s->first, end, v, NLP_DEP_AUX_PASS);
      doc->words[n].head = (long)v;
      w[n].dep = pass ? NLP_DEP_NSUBJ_PASS : NLP_DEP_NSUBJ;
      doc->words[r].head = n;
      w[r].dep = NLP_DEP_ACL;
      w[r].xpos = NLP_XPOS_VBN;
      return;
    }
    return;
  }
}

/* "ordered the UN mission to leave", "urged Russia to withdraw": the
 * parser may hang the infinitive on the object; after a verb that tells
 * someone to do something, it is that verb's complement. */
static void fix_object_infinitive(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const tell[] = {
      "order", "ask", "tell", "urge", "force", "instruct", "direct", "invite",
      "allow", "permit", "encourage", "press", "pressure", "compel", "oblige",
      "request", "authorize", "authorise", "warn", "advise", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first + 2; c < end; c++) {
    long o = doc->words[c].head;
    if (o < 0 || w[c].dep != NLP_DEP_ACL || w[c].xpos != NLP_XPOS_VB ||
        w[o].dep != NLP_DEP_OBJ || (size_t)o > c)
      continue;
    long v = doc->words[o].head;
    bool to = false, told = false;
    for (size_t k = (size_t)o + 1; k < c && !to; k++)
      to = doc->words[k].head == (long)c && w[k].dep == NLP_DEP_MARK &&
           w[k].lemma && strcmp(w[k].lemma, "to") == 0;
    for (size_t k = 0; v >= 0 && tell[k] && !told; k++)
      told = w[v].lemma && strcmp(w[v].lemma, tell[k]) == 0;
    if (!to || !told || w[v].upos != NLP_UPOS_VERB)
      continue;
    doc->words[c].head = v;
    w[c].dep = NLP_DEP_XCOMP;
  }
}

/* Participles that news uses as adjectives after "have" ("had armed
 * groups", "has limited means"): not read as a perfect. */
static bool adjective_participle(const annals_doc *doc, const nlp_word *w) {
  static const char *const adj[] = {
      "armed",     "limited",  "mixed",        "fixed",     "detailed",
      "advanced",  "united",   "organised",    "organized", "skilled",
      "qualified", "elected",  "displaced",    "wounded",   "injured",
      "disputed",  "occupied", "vested",       "reserved",  "registered",
      "licensed",  "trained",  "unidentified", NULL};
  size_t n = w->end - w->start;
  for (size_t k = 0; adj[k]; k++)
    if (strlen(adj[k]) == n &&
        g_ascii_strncasecmp(doc->text + w->start, adj[k], n) == 0)
      return true;
  return false;
}

/* Moves the words before v that hang on n (a subject, an auxiliary, a
 * mark) to v. */
static void take_opening(annals_doc *doc, size_t first, size_t v, long n) {
  for (size_t i = first; i < v; i++)
    if (doc->words[i].head == n)
      doc->words[i].head = (long)v;
}

/* "Venezuela has dismissed comments made by ...", "said it had cut trade
 * links with ...", "said that Chad had imposed sanctions on ...": the
 * parser may read a participle right after "has" or "had" as an
 * adjective of the noun after it, and make that noun the root, a clause
 * of its own or the object of "have".  A participle after a form of
 * "have" is the verb of a perfect; the noun is its object, the subject
 * and the auxiliary are its own. */
static void fix_perfect_amod(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 2; v + 1 < end; v++) {
    long n = doc->words[v].head;
    if (w[v].xpos != NLP_XPOS_VBN || w[v].dep != NLP_DEP_AMOD || n <= (long)v ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN))
      continue;
    size_t a = v - 1;
    if (!w[a].lemma || strcmp(w[a].lemma, "have") != 0)
      continue;
    long ha = doc->words[a].head, hn = doc->words[n].head;
    if (hn == -1 && ha == n && w[a].upos == NLP_UPOS_AUX) {
      /* (the words between the participle and the noun stay the noun's) */
      take_opening(doc, s->first, v, n);
      if (w[end - 1].upos == NLP_UPOS_PUNCT && doc->words[end - 1].head == n)
        doc->words[end - 1].head = (long)v;
      w[v].upos = NLP_UPOS_VERB;
      promote_root(doc, w, (long)v, n, NLP_DEP_OBJ);
      return;
    }
    if (adjective_participle(doc, &w[v]) || hn < 0 ||
        hangs_under(doc, hn, (long)v, n + 1, s->n))
      continue;
    if (hn == (long)a && w[n].dep == NLP_DEP_OBJ && ha >= 0 &&
        ha < (long)a && w[ha].upos == NLP_UPOS_VERB) {
      /* "said it had cut trade links": "had" read as the verb, with the
       * subject before it hung beside it on the saying */
      for (size_t i = s->first; i < end; i++)
        if (doc->words[i].head == (long)a && i != v)
          doc->words[i].head = (long)v;
      doc->words[v].head = ha;
      w[v].dep = NLP_DEP_CCOMP;
      doc->words[a].head = (long)v;
      w[a].dep = NLP_DEP_AUX;
      w[a].upos = NLP_UPOS_AUX;
      if (a > s->first && doc->words[a - 1].head == ha &&
          (w[a - 1].upos == NLP_UPOS_PRON || w[a - 1].upos == NLP_UPOS_PROPN) &&
          (w[a - 1].dep == NLP_DEP_PARATAXIS || w[a - 1].dep == NLP_DEP_DEP ||
           w[a - 1].dep == NLP_DEP_NSUBJ)) {
        doc->words[a - 1].head = (long)v;
        w[a - 1].dep = NLP_DEP_NSUBJ;
      }
    } else if (ha == (long)v && w[a].upos == NLP_UPOS_AUX) {
      /* "that Chad had imposed sanctions": the noun made the subject or
       * the content of the saying (or hung on the stop) */
      long g = hn;
      if (w[g].upos == NLP_UPOS_PUNCT)
        g = doc->words[g].head;
      if (g < 0 || g >= (long)a || w[g].upos != NLP_UPOS_VERB)
        continue;
      take_opening(doc, s->first, v, n);
      if (hn != g)
        take_opening(doc, s->first, v, hn);
      doc->words[v].head = g;
      w[v].dep = NLP_DEP_CCOMP;
    } else {
      continue;
    }
    doc->words[n].head = (long)v;
    w[n].dep = NLP_DEP_OBJ;
    w[v].upos = NLP_UPOS_VERB;
    return;
  }
}

/* "called the sentence politically motivated": the parser may make the
 * predicative word after the object of a verb of naming a conjunct of
 * the verb; with no "and" and no subject of its own, it says what the
 * object was called. */
static void fix_naming_predicate(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const naming[] = {"call", "label", "brand", "term",
                                       "deem", "declare", "consider", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first + 2; c < end; c++) {
    long v = doc->words[c].head;
    if (v < 0 || w[c].dep != NLP_DEP_CONJ ||
        (w[c].xpos != NLP_XPOS_VBN && w[c].xpos != NLP_XPOS_VBD &&
         w[c].xpos != NLP_XPOS_JJ) ||
        w[v].upos != NLP_UPOS_VERB || !w[v].lemma)
      continue;
    bool named = false, obj = false, own = false;
    for (size_t k = 0; naming[k] && !named; k++)
      named = strcmp(w[v].lemma, naming[k]) == 0;
    for (size_t i = (size_t)v + 1; i < c; i++)
      obj = obj || (doc->words[i].head == v && w[i].dep == NLP_DEP_OBJ);
    for (size_t i = s->first; i < end; i++)
      own = own || (doc->words[i].head == (long)c &&
                    (w[i].dep == NLP_DEP_CC || w[i].dep == NLP_DEP_NSUBJ ||
                     w[i].dep == NLP_DEP_OBJ || w[i].upos == NLP_UPOS_AUX));
    if (named && obj && !own)
      w[c].dep = NLP_DEP_XCOMP;
  }
}

/* "recaptured areas in 2020 and on Tuesday demanded a surrender": a date
 * between "and" and a verb belongs to that verb, wherever the parser hung
 * it. */
static void fix_conj_dates(annals_doc *doc, nlp_word *w, const bool *date_word,
                           size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first; c + 2 < end; c++) {
    if (w[c].upos != NLP_UPOS_CCONJ || date_word[c])
      continue;
    size_t a = c + 1;
    if (!date_word[a] && w[a].upos == NLP_UPOS_ADP && a + 1 < end &&
        date_word[a + 1])
      a++; /* "on" before the date */
    if (!date_word[a])
      continue;
    size_t b = a;
    while (b < end && date_word[b])
      b++;
    size_t v = b;
    while (v < end &&
           (w[v].upos == NLP_UPOS_ADV || (w[v].upos == NLP_UPOS_PUNCT &&
                                          w[v].lemma && w[v].lemma[0] == ',')))
      v++;
    if (v >= end || w[v].upos != NLP_UPOS_VERB ||
        (w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBZ &&
         w[v].xpos != NLP_XPOS_VBP))
      continue;
    /* (not when the verb hangs under one of those words: it would hang
     * under itself) */
    bool loop = hangs_under(doc, doc->words[v].head, (long)c + 1, (long)b, s->n);
    for (size_t i = c + 1; i < b && !loop; i++) {
      long h = doc->words[i].head;
      if ((h < (long)c + 1 || h >= (long)b) && h != (long)v) {
        doc->words[i].head = (long)v;
        if (date_word[i])
          w[i].dep = NLP_DEP_OBL;
      }
    }
    c = b;
  }
}

/* "Vell denounced the United States": a verb the parser gave a subject
 * before it and another after it, and no object, has the one after as
 * its object (but a saying's subject may follow it: "..., said the
 * minister"). */
static void fix_subject_after_verb(const annals_lexicon *lx, annals_doc *doc,
                                   nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t e = s->first + s->n;
  for (size_t v = s->first; v < e; v++) {
    /* (nor a verb right after a quotation or a comma, whose subject
     * follows it: '"We nullify the results," ruled Judge X') */
    if (w[v].upos != NLP_UPOS_VERB || reporting_verb(lx, &w[v]) ||
        has_object(doc, w, s->first, e, v) || v == s->first ||
        w[v - 1].upos == NLP_UPOS_PUNCT)
      continue;
    long before = -1, after = -1;
    for (size_t i = s->first; i < e; i++)
      if (doc->words[i].head == (long)v && w[i].dep == NLP_DEP_NSUBJ) {
        if (i < v)
          before = (long)i;
        else if (after < 0)
          after = (long)i;
      }
    if (before >= 0 && after >= 0)
      w[after].dep = NLP_DEP_OBJ;
  }
}

/* "met her Vellan counterpart": the tagger may read "her" before a noun
 * as the pronoun, and the parser then makes it and the noun two objects
 * of the verb.  "her" as an object right before the verb's other object,
 * a singular noun with no determiner (only its modifiers between them),
 * is that noun's possessor ("gave her money" keeps its two objects: a
 * mass noun may stand alone). */
static void fix_pronoun_possessor(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t e = s->first + s->n;
  for (size_t i = s->first; i + 1 < e; i++) {
    if (w[i].xpos != NLP_XPOS_PRP || !w[i].lemma ||
        strcmp(w[i].lemma, "she") != 0 ||
        (w[i].dep != NLP_DEP_OBJ && w[i].dep != NLP_DEP_IOBJ))
      continue;
    long v = doc->words[i].head;
    size_t o = i + 1;
    while (o < e && doc->words[o].head > (long)o &&
           (w[o].upos == NLP_UPOS_ADJ || w[o].upos == NLP_UPOS_PROPN ||
            w[o].upos == NLP_UPOS_NOUN))
      o++;
    if (o >= e || w[o].xpos != NLP_XPOS_NN || doc->words[o].head != v ||
        w[o].dep != NLP_DEP_OBJ)
      continue;
    bool det = false;
    for (size_t k = s->first; k < e && !det; k++)
      det = doc->words[k].head == (long)o && w[k].dep == NLP_DEP_DET;
    if (det)
      continue;
    doc->words[i].head = (long)o;
    w[i].dep = NLP_DEP_NMOD_POSS;
    w[i].xpos = NLP_XPOS_PRPS;
  }
}

/* "The decision by the junta to expel the French ambassador was
 * condemned": the parser may make the noun after an infinitive that has
 * no object a second subject of the main verb.  A noun phrase right
 * after such an infinitive, between it and a verb whose subject comes
 * before the infinitive, is the infinitive's object. */
static void fix_infinitive_object(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const deciding[] = {
      "decision", "move",  "plan",     "bid",     "attempt", "order",
      "call",     "effort", "vote",    "threat",  "refusal", "pledge",
      "promise",  "offer", "proposal", "request", "demand",  NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t e = s->first + s->n;
  for (size_t t = s->first + 1; t + 1 < e; t++) {
    /* ("the decision by the junta to expel", read with the infinitive
     * on the junta: it is the decision's) */
    long x = doc->words[t].head, d = x >= 0 ? doc->words[x].head : -1;
    if (w[t].dep == NLP_DEP_ACL && w[t].xpos == NLP_XPOS_VB && x >= 0 &&
        x < (long)t && d >= 0 && d < x &&
        nlp_dep_universal(w[x].dep) == NLP_DEP_NMOD &&
        lemma_in(&w[d], deciding))
      doc->words[t].head = d;
    if (w[t].upos != NLP_UPOS_VERB || w[t].xpos != NLP_XPOS_VB ||
        !w[t - 1].lemma || strcmp(w[t - 1].lemma, "to") != 0 ||
        has_object(doc, w, s->first, e, t))
      continue;
    /* the noun phrase after it: its words hang on its head n */
    size_t n = t + 1;
    while (n < e && (w[n].upos == NLP_UPOS_DET || w[n].upos == NLP_UPOS_ADJ ||
                     w[n].dep == NLP_DEP_COMPOUND))
      n++;
    long v = n < e ? doc->words[n].head : -1;
    if (n >= e || (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN) ||
        v <= (long)n || w[v].upos != NLP_UPOS_VERB ||
        (w[n].dep != NLP_DEP_NSUBJ && w[n].dep != NLP_DEP_NSUBJ_PASS))
      continue;
    bool first = false, inside = true;
    for (size_t i = s->first; i < t && !first; i++)
      first = doc->words[i].head == v &&
              nlp_dep_universal(w[i].dep) == NLP_DEP_NSUBJ;
    for (size_t i = t + 1; i < n && inside; i++)
      inside = doc->words[i].head == (long)n;
    if (!first || !inside)
      continue;
    doc->words[n].head = (long)t;
    w[n].dep = NLP_DEP_OBJ;
  }
}

/* "Saudi Arabia, Egypt and the UAE announced", "West Africa bloc ECOWAS
 * has suspended": a verb the parser gave a passive subject and an active
 * one, with no passive auxiliary, has two active subjects. */
static void fix_double_subjects(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t e = s->first + s->n;
  for (size_t v = s->first; v < e; v++) {
    if (w[v].upos != NLP_UPOS_VERB)
      continue;
    long pass = -1;
    bool active = false, aux_pass = false;
    for (size_t i = s->first; i < e; i++) {
      if (doc->words[i].head != (long)v)
        continue;
      if (w[i].dep == NLP_DEP_NSUBJ_PASS && pass < 0)
        pass = (long)i;
      active = active || w[i].dep == NLP_DEP_NSUBJ;
      aux_pass = aux_pass || w[i].dep == NLP_DEP_AUX_PASS;
    }
    if (pass >= 0 && active && !aux_pass)
      w[pass].dep = NLP_DEP_NSUBJ;
  }
}

/* "Malawi's Constitutional Court annulled ...": the parser may make the
 * possessor a subject of the verb beside its noun.  A subject with a
 * possessive "'s" that the verb's next subject follows, with only the
 * noun's modifiers between, is that subject's possessor. */
static void fix_possessor_subject(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t e = s->first + s->n;
  for (size_t p = s->first; p + 2 < e; p++) {
    long v = doc->words[p].head;
    if (v < 0 ||
        (w[p].dep != NLP_DEP_NSUBJ && w[p].dep != NLP_DEP_NSUBJ_PASS) ||
        w[p + 1].xpos != NLP_XPOS_POS || doc->words[p + 1].head != (long)p)
      continue;
    size_t n = p + 2;
    while (n < e && n < (size_t)v && doc->words[n].head != v)
      n++;
    /* (the same in the passive: "Chad's President X was declared") */
    if (n >= e || n >= (size_t)v || w[n].dep != w[p].dep ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN))
      continue;
    /* (the words between hang inside the noun's phrase) */
    bool inside = true;
    for (size_t i = p + 2; i < n && inside; i++) {
      long h = doc->words[i].head;
      inside = h > (long)p + 1 && h <= (long)n;
    }
    if (!inside)
      continue;
    doc->words[p].head = (long)n;
    w[p].dep = NLP_DEP_NMOD_POSS;
    return;
  }
}

/* "Opposition leader Dan Moro branded": a role noun right before a
 * name, both made subjects of the verb, is the name's title. */
static void fix_role_subjects(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t e = s->first + s->n;
  for (size_t a = s->first; a + 1 < e; a++) {
    long v = doc->words[a].head;
    if (w[a].upos != NLP_UPOS_NOUN || w[a].dep != NLP_DEP_NSUBJ || v < 0 ||
        w[a + 1].upos != NLP_UPOS_PROPN)
      continue;
    /* the name's head: the first word after a hung on v as its subject */
    size_t b = a + 1;
    while (b < e && b < (size_t)v && w[b].upos == NLP_UPOS_PROPN &&
           doc->words[b].head != v)
      b++;
    if (b >= e || b >= (size_t)v || doc->words[b].head != v ||
        w[b].dep != NLP_DEP_NSUBJ || w[b].upos != NLP_UPOS_PROPN)
      continue;
    doc->words[a].head = (long)b;
    w[a].dep = NLP_DEP_COMPOUND;
  }
}

/* "ousted President Jean - Marc Tembo": a run of proper nouns (halves
 * of a hyphenated name joined to it) that the parser split between
 * several heads is one name; its words hang on the first of them that
 * the parser linked outside the run. */
static void fix_names(annals_doc *doc, nlp_word *w, const bool *date_word,
                      size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t a = s->first; a < end;) {
    if (w[a].upos != NLP_UPOS_PROPN || date_word[a]) {
      a++;
      continue;
    }
    size_t b = a + 1; /* the run is [a, b) */
    for (;;) {
      if (b < end && w[b].upos == NLP_UPOS_PROPN && !date_word[b]) {
        b++;
      } else if (b + 1 < end && w[b].upos == NLP_UPOS_PUNCT &&
                 doc->words[b].end - doc->words[b].start == 1 &&
                 doc->text[doc->words[b].start] == '-' &&
                 doc->words[b - 1].end == doc->words[b].start &&
                 doc->words[b].end == doc->words[b + 1].start &&
                 w[b + 1].upos == NLP_UPOS_PROPN) {
        b += 2;
      } else {
        break;
      }
    }
    /* the run's head: a word hung outside it, and not below another
     * such word ("US Secretary of State Marco Rubio": "State" hangs on
     * "Secretary", itself under "Rubio"; the head is "Rubio") */
    long r = -1;
    size_t outside = 0;
    for (size_t i = a; i < b; i++) {
      long h = doc->words[i].head;
      if (h >= (long)a && h < (long)b)
        continue;
      outside++;
      if (r < 0 && !hangs_under(doc, h, (long)a, (long)b, s->n))
        r = (long)i;
    }
    if (outside >= 2 && r >= 0)
      for (size_t i = a; i < b; i++) {
        long h = doc->words[i].head;
        if ((long)i == r || (h >= (long)a && h < (long)b))
          continue;
        doc->words[i].head = r;
        w[i].dep = w[i].upos == NLP_UPOS_PUNCT ? NLP_DEP_PUNCT : NLP_DEP_FLAT;
      }
    a = b;
  }
}

/* "a source close to the government said ...": the parser may read
 * "source close to the government" as a clause said; the noun is the
 * subject of the saying and "close to ..." describes it. */
static void fix_close_to(const annals_lexicon *lx, annals_doc *doc,
                         nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first; c < end; c++) {
    long g = doc->words[c].head;
    if (!w[c].lemma || strcmp(w[c].lemma, "close") != 0 ||
        w[c].upos != NLP_UPOS_ADJ || g <= (long)c ||
        (w[c].dep != NLP_DEP_CCOMP && w[c].dep != NLP_DEP_ADVCL) ||
        w[g].upos != NLP_UPOS_VERB || !reporting_verb(lx, &w[g]))
      continue;
    long subj = -1;
    bool cop = false, g_subj = false;
    for (size_t j = s->first; j < end; j++) {
      if (doc->words[j].head == (long)c && w[j].dep == NLP_DEP_NSUBJ &&
          w[j].upos == NLP_UPOS_NOUN && j + 1 == c)
        subj = (long)j;
      cop = cop || (doc->words[j].head == (long)c && w[j].dep == NLP_DEP_COP);
      g_subj = g_subj || (doc->words[j].head == g &&
                          (w[j].dep == NLP_DEP_NSUBJ ||
                           w[j].dep == NLP_DEP_NSUBJ_PASS));
    }
    if (subj < 0 || cop || g_subj)
      continue;
    /* (what came before the noun is the saying's: "The next day") */
    for (size_t j = s->first; j < (size_t)subj; j++)
      if (doc->words[j].head == (long)c)
        doc->words[j].head = g;
    doc->words[subj].head = g;
    w[subj].dep = NLP_DEP_NSUBJ;
    doc->words[c].head = subj;
    w[c].dep = NLP_DEP_AMOD;
  }
}

/* Does the phrase of word i end before word next but for an aside set
 * off by commas ("Belmark, once Ardania's closest ally, severed"),
 * whether the parser hung the aside on i or elsewhere (then it holds
 * no verb)? */
static bool aside_before(const annals_doc *doc, const nlp_word *w, size_t i,
                         size_t next, size_t end, long stop) {
  if (next < 2 || w[next - 1].upos != NLP_UPOS_PUNCT ||
      doc->text[doc->words[next - 1].start] != ',')
    return false;
  /* (the aside in i's phrase) */
  if (next - 1 > i && phrase_ends_before(doc, i, next - 1, end, stop))
    return true;
  /* (or the first comma after i at the end of i's own phrase) */
  size_t c = i + 1;
  while (c + 1 < next && !(w[c].upos == NLP_UPOS_PUNCT &&
                           doc->text[doc->words[c].start] == ','))
    c++;
  if (c + 1 >= next || !phrase_ends_before(doc, i, c, end, stop))
    return false;
  for (size_t k = c + 1; k + 1 < next; k++)
    if (w[k].upos == NLP_UPOS_VERB || w[k].upos == NLP_UPOS_AUX ||
        (w[k].upos == NLP_UPOS_PUNCT && doc->text[doc->words[k].start] != ','))
      return false;
  return true;
}

/* "after the two countries conducted airstrikes": the parser may read
 * "after the two countries" as a phrase and leave the verb that follows
 * without a subject (a parataxis or a conjunct).  A finite verb with no
 * subject right after a noun phrase opened by "after", "before",
 * "since" or "until" is the clause that word opens, the noun its
 * subject; the clause hangs on the verb the phrase hung on. */
static void fix_clause_as_phrase(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const opens[] = {"after", "before", "since", "until",
                                      NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 2; v < end; v++) {
    /* (a past the tagger called a participle, when it has an object
     * and no auxiliary: "after X, once Y's ally, severed ties") */
    bool past = w[v].xpos == NLP_XPOS_VBN &&
                (w[v].dep == NLP_DEP_CONJ || w[v].dep == NLP_DEP_PARATAXIS) &&
                has_object(doc, w, s->first, end, v);
    for (size_t i = s->first; i < end && past; i++)
      past = !(doc->words[i].head == (long)v &&
               nlp_dep_universal(w[i].dep) == NLP_DEP_AUX);
    if (w[v].upos != NLP_UPOS_VERB ||
        (w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBZ &&
         w[v].xpos != NLP_XPOS_VBP && !past))
      continue;
    /* ("after the army and the RSF declared a truce": the second noun
     * made the verb's subject, "and" the verb's; both nouns are its
     * subject) */
    long s2 = -1, cc = -1;
    for (size_t i = s->first; i < v; i++)
      if (doc->words[i].head == (long)v && w[i].dep == NLP_DEP_NSUBJ)
        s2 = (long)i;
    if (s2 >= 0) {
      size_t a = (size_t)s2; /* the first word of its phrase */
      for (size_t i = s->first; i < (size_t)s2; i++)
        for (long h = doc->words[i].head; h >= 0; h = doc->words[h].head)
          if (h == s2) {
            if (i < a)
              a = i;
            break;
          }
      if (a > s->first + 1 && w[a - 1].upos == NLP_UPOS_CCONJ &&
          doc->words[a - 1].head == (long)v)
        cc = (long)a - 1;
    }
    if (s2 >= 0 && cc < 0)
      continue;
    if (s2 < 0 && own_subject(doc, w, s->first, end, v, -1))
      continue;
    size_t vv = cc >= 0 ? (size_t)cc : v; /* where the first noun ends */
    /* the noun opened by such a word whose phrase ends right before v */
    long n = -1, c = -1;
    for (size_t i = vv - 1; i > s->first && n < 0; i--) {
      if (w[i].upos != NLP_UPOS_NOUN && w[i].upos != NLP_UPOS_PROPN)
        continue;
      c = -1;
      for (size_t j = s->first; j < i && c < 0; j++)
        if (doc->words[j].head == (long)i && w[j].dep == NLP_DEP_CASE &&
            lemma_in(&w[j], opens))
          c = (long)j;
      if (c < 0)
        continue;
      if (phrase_ends_before(doc, i, vv, end, (long)v) ||
          aside_before(doc, w, i, vv, end, (long)v))
        n = (long)i;
    }
    if (n < 0 || nlp_dep_universal(w[n].dep) == NLP_DEP_NSUBJ)
      continue;
    /* the verb the phrase hung on */
    long g = doc->words[n].head;
    while (g >= 0 && w[g].upos != NLP_UPOS_VERB)
      g = doc->words[g].head;
    if (g < 0 || g == (long)v)
      continue;
    for (long h = g; h >= 0; h = doc->words[h].head)
      if (h == (long)v)
        g = -1; /* (v would hang under itself) */
    if (g < 0)
      continue;
    doc->words[n].head = (long)v;
    w[n].dep = NLP_DEP_NSUBJ;
    doc->words[c].head = (long)v;
    w[c].dep = NLP_DEP_MARK;
    w[c].upos = NLP_UPOS_SCONJ;
    doc->words[v].head = g;
    w[v].dep = NLP_DEP_ADVCL;
    if (past)
      w[v].xpos = NLP_XPOS_VBD;
    if (cc >= 0) {
      doc->words[s2].head = n;
      w[s2].dep = NLP_DEP_CONJ;
      doc->words[cc].head = s2;
      w[cc].dep = NLP_DEP_CC;
    }
  }
}

/* "a move described by a furious minister as a betrayal": a participle
 * with no auxiliary, a subject, no object and a "by" phrase naming
 * someone is a passive the parser read as active (subject and "by"
 * oblique); its subject undergoes it and the "by" phrase is its agent.
 * ("travelled by train", "won by a wide margin": means and measures
 * are no agents.) */
static void fix_by_agent(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const means[] = {
      "car",    "train",  "plane",   "air",      "sea",     "road",
      "land",   "boat",   "bus",     "phone",    "telephone", "mail",
      "email",  "letter", "force",   "surprise", "night",   "day",
      "mistake", "accident", "margin", "vote",   "majority", "percent",
      "point",  "hand",   "way",     "means",    "far",     "chance",
      "default", "decree", "law",    "video",    "videolink", "satellite",
      NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first; v < end; v++) {
    /* (the tagger may call an "-ed" form a past tense: then only a name
     * after "by" tells an agent) */
    const annals_word *dv = &doc->words[v];
    bool ed = w[v].xpos == NLP_XPOS_VBD && dv->end - dv->start > 3 &&
              strncmp(doc->text + dv->end - 2, "ed", 2) == 0;
    if (w[v].upos != NLP_UPOS_VERB || (w[v].xpos != NLP_XPOS_VBN && !ed))
      continue;
    long subj = -1, by = -1;
    bool other = false;
    for (size_t i = s->first; i < end && !other; i++) {
      if (doc->words[i].head != (long)v)
        continue;
      int d = w[i].dep;
      other = w[i].upos == NLP_UPOS_AUX ||
              nlp_dep_universal(d) == NLP_DEP_AUX || d == NLP_DEP_OBJ ||
              d == NLP_DEP_NSUBJ_PASS || d == NLP_DEP_OBL_AGENT;
      if (d == NLP_DEP_NSUBJ && (w[i].upos == NLP_UPOS_NOUN ||
                                 w[i].upos == NLP_UPOS_PROPN))
        subj = (long)i;
      /* (of a deed done to someone, with no object, any noun: "38
       * citizens killed on March 29 by suicide bombers") */
      if (d == NLP_DEP_OBL && by < 0 && (long)i > (long)v &&
          (w[i].upos == NLP_UPOS_PROPN ||
           (w[i].upos == NLP_UPOS_NOUN && (!ed || lemma_in(&w[v], done_to)) &&
            !lemma_in(&w[i], means))))
        for (size_t m = s->first; m < i; m++)
          if (doc->words[m].head == (long)i && w[m].dep == NLP_DEP_CASE &&
              w[m].lemma && strcmp(w[m].lemma, "by") == 0)
            by = (long)i;
    }
    if (other || subj < 0 || by < 0)
      continue;
    w[subj].dep = NLP_DEP_NSUBJ_PASS;
    w[by].dep = NLP_DEP_OBL_AGENT;
    w[v].xpos = NLP_XPOS_VBN;
  }
}

/* "The blast left seven people killed": the tagger may read the
 * participle of a clause on a noun as the past tense; one with no
 * subject, no object and no auxiliary of its own, on an object or a
 * phrase's noun, in a sentence whose root is another verb, is the
 * participle.  (With a noun at the root,
 * it may be the main verb the parser missed: "a crowd of supporters
 * gathered".) */
static void fix_acl_past(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  bool verb_root = false;
  for (size_t i = s->first; i < end; i++)
    verb_root =
        verb_root || (doc->words[i].head == -1 && w[i].upos == NLP_UPOS_VERB);
  for (size_t v = s->first + 1; verb_root && v < end; v++) {
    if (w[v].upos != NLP_UPOS_VERB || w[v].xpos != NLP_XPOS_VBD ||
        w[v].dep != NLP_DEP_ACL || doc->words[v].head != (long)v - 1 ||
        (w[v - 1].upos != NLP_UPOS_NOUN && w[v - 1].upos != NLP_UPOS_PROPN) ||
        /* (a noun some verb has as its object or in a phrase) */
        (w[v - 1].dep != NLP_DEP_OBJ &&
         nlp_dep_universal(w[v - 1].dep) != NLP_DEP_OBL &&
         nlp_dep_universal(w[v - 1].dep) != NLP_DEP_NMOD))
      continue;
    bool own = false;
    for (size_t i = s->first; i < end && !own; i++)
      own = doc->words[i].head == (long)v &&
            (w[i].dep == NLP_DEP_NSUBJ || w[i].dep == NLP_DEP_OBJ ||
             w[i].upos == NLP_UPOS_AUX);
    if (!own)
      w[v].xpos = NLP_XPOS_VBN;
  }
}

/* "Mali's foreign minister criticised the report": the tagger may read
 * a past tense it does not know ("-ised") as a participle; a participle
 * with an active subject and no auxiliary heading a clause of its own
 * is the past tense. */
static void fix_participle_tense(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first; v < end; v++) {
    if (w[v].upos != NLP_UPOS_VERB || w[v].xpos != NLP_XPOS_VBN ||
        (doc->words[v].head >= 0 && w[v].dep != NLP_DEP_CCOMP &&
         w[v].dep != NLP_DEP_PARATAXIS))
      continue;
    bool subj = false, aux = false;
    for (size_t i = s->first; i < end; i++) {
      if (doc->words[i].head != (long)v)
        continue;
      subj = subj || w[i].dep == NLP_DEP_NSUBJ;
      aux = aux || w[i].upos == NLP_UPOS_AUX ||
            nlp_dep_universal(w[i].dep) == NLP_DEP_AUX ||
            w[i].dep == NLP_DEP_NSUBJ_PASS;
    }
    if (subj && !aux)
      w[v].xpos = NLP_XPOS_VBD;
  }
}

/* "the Tamil community in the north, who staged protests": the one
 * "who" stands for is no place or direction but the noun whose phrase
 * names it; the word before the comma n, or that noun. */
static long who_antecedent(const nlp_word *w, long first, long n) {
  if (!actor_place_noun(&w[n]) && !actor_direction(&w[n]))
    return n;
  long c = n - 1;
  while (c > first && (w[c].upos == NLP_UPOS_DET || w[c].upos == NLP_UPOS_ADJ))
    c--;
  if (c > first && w[c].upos == NLP_UPOS_ADP &&
      (w[c - 1].upos == NLP_UPOS_NOUN || w[c - 1].upos == NLP_UPOS_PROPN) &&
      !actor_place_noun(&w[c - 1]))
    return c - 1;
  return n;
}

/* A "who" clause the parser hung on a place or a direction ("the
 * Madheshi community in the south, who waged protests") is its noun's. */
static void fix_who_place(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  for (size_t r = s->first + 1; r < s->first + s->n; r++) {
    long n = doc->words[r].head;
    if (w[r].dep != NLP_DEP_ACL_RELCL || n < (long)s->first || (size_t)n >= r ||
        w[n].upos != NLP_UPOS_NOUN)
      continue;
    bool who = false; /* (its "who", after n) */
    for (size_t k = (size_t)n + 1; k < r && !who; k++)
      who = doc->words[k].head == (long)r && w[k].lemma &&
            strcmp(w[k].lemma, "who") == 0;
    long a = who ? who_antecedent(w, (long)s->first, n) : n;
    /* ("a major blow for the party and Masisi, 63, who took power": not
     * a noun of no person, but the name before the comma and the age) */
    if (who && a == n && w[n].lemma && !noun_names_person(w[n].lemma)) {
      long k = (long)r - 1;
      while (k > n && w[k].upos != NLP_UPOS_PRON)
        k--; /* ("who") */
      k--;
      while (k > n &&
             (w[k].upos == NLP_UPOS_PUNCT || w[k].upos == NLP_UPOS_NUM))
        k--;
      while (k > n && w[k].upos == NLP_UPOS_PROPN &&
             (w[k].dep == NLP_DEP_FLAT || w[k].dep == NLP_DEP_COMPOUND) &&
             doc->words[k].head < k && doc->words[k].head > n)
        k = doc->words[k].head;
      if (k > n && (w[k].upos == NLP_UPOS_PROPN ||
                    (w[k].lemma && noun_names_person(w[k].lemma))))
        a = k;
    }
    bool cycle = false;
    for (long h = a; h >= 0 && !cycle; h = doc->words[h].head)
      cycle = h == (long)r;
    if (a != n && !cycle)
      doc->words[r].head = a;
  }
}

/* "arrested Keita, who took power in 2013": the parser may hang a
 * relative clause opened by "who" or "which" after a comma on the main
 * verb (a conjunct, a parataxis); it describes the noun before the comma. */
static void fix_relative_after_comma(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const rel[] = {"who", "which", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t r = s->first + 2; r + 1 < end; r++) {
    long v = doc->words[r].head;
    if (!lemma_in(&w[r], rel) ||
        (w[r].dep != NLP_DEP_NSUBJ && w[r].dep != NLP_DEP_NSUBJ_PASS) ||
        v <= (long)r || w[r - 1].upos != NLP_UPOS_PUNCT ||
        doc->text[doc->words[r - 1].start] != ',')
      continue;
    /* ("an activist and a critic of Moscow, which annexed ...": not on
     * a person's noun further back, as "which" is no person) */
    long h = doc->words[v].head;
    bool person_before =
        w[v].dep == NLP_DEP_ACL_RELCL && strcmp(w[r].lemma, "which") == 0 &&
        h >= (long)s->first && h < (long)r - 2 && w[h].upos == NLP_UPOS_NOUN &&
        w[h].lemma && noun_names_person(w[h].lemma) &&
        !noun_names_person(w[r - 2].lemma ? w[r - 2].lemma : "");
    if (!person_before && w[v].dep != NLP_DEP_CONJ &&
        w[v].dep != NLP_DEP_PARATAXIS && w[v].dep != NLP_DEP_CCOMP &&
        w[v].dep != NLP_DEP_ADVCL)
      continue;
    /* the noun before the comma (and before words in brackets after
     * it: "Lubos Blaha (Smer-SD), who"), up to the head of its name */
    long n = (long)r - 2;
    if (doc->text[doc->words[n].start] == ')' &&
        strcmp(w[r].lemma, "who") == 0) {
      long o = n - 1;
      while (o > (long)s->first + 1 && o > n - 8 &&
             doc->text[doc->words[o].start] != '(')
        o--;
      if (doc->text[doc->words[o].start] == '(')
        n = o - 1;
    }
    if (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN)
      continue;
    if (strcmp(w[r].lemma, "who") == 0)
      n = who_antecedent(w, (long)s->first, n);
    while (doc->words[n].head >= (long)s->first && doc->words[n].head < n &&
           (w[n].dep == NLP_DEP_FLAT || w[n].dep == NLP_DEP_COMPOUND) &&
           w[doc->words[n].head].upos == NLP_UPOS_PROPN)
      n = doc->words[n].head;
    bool cycle = false;
    for (long h = n; h >= 0 && !cycle; h = doc->words[h].head)
      cycle = h == v;
    if (cycle)
      continue;
    doc->words[v].head = n;
    w[v].dep = NLP_DEP_ACL_RELCL;
    doc->words[r - 1].head = v; /* (its comma too) */
  }
}

/* "Masked men broke into the studio", "Armed men stormed ...": the
 * tagger may read a participle opening the sentence as its verb, with
 * the noun after it as its object and the true verb as a clause of it.
 * A participle that opens a sentence with no subject, followed by a
 * plural noun and then a finite verb with no subject of its own, is the
 * noun's adjective, and the noun that verb's subject. */
static void fix_participle_opener(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n, p = s->first, n = p + 1, v = p + 2;
  if (s->n < 3 || w[p].upos != NLP_UPOS_VERB ||
      (w[p].xpos != NLP_XPOS_VBD && w[p].xpos != NLP_XPOS_VBN) ||
      doc->words[p].head != -1 ||
      own_subject(doc, w, s->first, end, p, -1) ||
      (w[n].xpos != NLP_XPOS_NNS && w[n].xpos != NLP_XPOS_NNPS) ||
      doc->words[n].head != (long)p || w[v].upos != NLP_UPOS_VERB ||
      (w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBZ &&
       w[v].xpos != NLP_XPOS_VBP) ||
      doc->words[v].head != (long)p ||
      own_subject(doc, w, s->first, end, v, -1))
    return;
  for (size_t i = s->first; i < end; i++)
    if (doc->words[i].head == (long)p && i != n)
      doc->words[i].head = (long)v;
  root_with_subject(doc, w, v, n);
  doc->words[p].head = (long)n;
  w[p].dep = NLP_DEP_AMOD;
  w[p].upos = NLP_UPOS_ADJ;
  w[p].xpos = NLP_XPOS_JJ;
}

/* "Guinea's special forces arrested President Kamara on Sunday, the army
 * said": the parser may read the verb as a participle on the noun before
 * it ("forces arrested ...") and make that noun the subject of the
 * saying that has a subject of its own after the comma.  A participle
 * with a direct object of its own on such a noun is the clause said. */
static void fix_reduced_clause_said(const annals_lexicon *lx, annals_doc *doc,
                                    nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 1; v < end; v++) {
    long n = doc->words[v].head;
    /* (the noun may be what a quantity counts: "Hundreds of soldiers
     * crossed into X, the ministry said") */
    long top = n;
    for (int k = 0; k < 2 && top >= 0 && w[top].dep == NLP_DEP_NMOD &&
                    doc->words[top].head >= 0 && doc->words[top].head < top;
         k++)
      top = doc->words[top].head;
    long g = top >= 0 ? doc->words[top].head : -1;
    if (w[v].upos != NLP_UPOS_VERB ||
        (w[v].xpos != NLP_XPOS_VBN && w[v].xpos != NLP_XPOS_VBD) ||
        w[v].dep != NLP_DEP_ACL || n < 0 || n + 1 != (long)v || g <= (long)v ||
        w[top].dep != NLP_DEP_NSUBJ || w[g].upos != NLP_UPOS_VERB ||
        !reporting_verb(lx, &w[g]))
      continue;
    bool obj = false, other = false;
    for (size_t i = s->first; i < end; i++) {
      /* (an object, or a phrase it went by: "crossed into Georgia") */
      obj = obj || (doc->words[i].head == (long)v &&
                    (w[i].dep == NLP_DEP_OBJ ||
                     nlp_dep_universal(w[i].dep) == NLP_DEP_OBL));
      other = other || (doc->words[i].head == g && i > v &&
                        w[i].dep == NLP_DEP_NSUBJ);
    }
    if (!obj || !other)
      continue;
    doc->words[v].head = g;
    w[v].dep = NLP_DEP_CCOMP;
    w[v].xpos = NLP_XPOS_VBD;
    doc->words[top].head = (long)v;
    w[top].dep = NLP_DEP_NSUBJ;
  }
}

/* "It was Turkey that shot down the jet", "the group that attacked the
 * convoy": the parser may read a relative "that" as a conjunction and
 * leave its clause with no subject.  A "that" (or "which") marking a
 * relative clause with no subject of its own is that clause's subject,
 * the relative pronoun. */
static void fix_relative_that(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t t = s->first; t + 1 < end; t++) {
    long v = doc->words[t].head;
    if (w[t].dep != NLP_DEP_MARK || v <= (long)t || w[v].dep != NLP_DEP_ACL_RELCL ||
        w[v].upos != NLP_UPOS_VERB || !w[t].lemma ||
        (strcmp(w[t].lemma, "that") != 0 && strcmp(w[t].lemma, "which") != 0))
      continue;
    bool subj = false;
    for (size_t i = s->first; i < end && !subj; i++)
      subj = doc->words[i].head == v &&
             nlp_dep_universal(w[i].dep) == NLP_DEP_NSUBJ;
    if (subj)
      continue;
    w[t].dep = NLP_DEP_NSUBJ;
    w[t].upos = NLP_UPOS_PRON;
    w[t].xpos = NLP_XPOS_WDT;
  }
}

/* "was quoted on his Facebook page as saying ...": the parser may hang
 * "as saying" on the noun before it; it says how the quoting verb above
 * that noun quoted. */
static void fix_as_saying_on_noun(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const quote[] = {"quote", "cite", "report", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t g = s->first + 2; g < end; g++) {
    long n = doc->words[g].head;
    if (w[g].xpos != NLP_XPOS_VBG || !w[g].lemma ||
        strcmp(w[g].lemma, "say") != 0 || !w[g - 1].lemma ||
        strcmp(w[g - 1].lemma, "as") != 0 || w[g].dep != NLP_DEP_ACL ||
        n < (long)s->first)
      continue;
    long q = doc->words[n].head;
    if (q < (long)s->first || w[q].upos != NLP_UPOS_VERB ||
        !lemma_in(&w[q], quote))
      continue;
    doc->words[g].head = q;
    w[g].dep = NLP_DEP_ADVCL;
  }
}

/* "the ministry quoted Wang Yi as saying the agreement represented a
 * victory": the parser may make the one quoted the subject of what he
 * said and "as saying" a clause of it.  After "quoted" or "cited", a
 * name, then "as saying" and a clause: the name is the one quoted, the
 * clause what he said. */
static void fix_quoted_as_saying(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const quote[] = {"quote", "cite", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t g = s->first + 2; g + 1 < end; g++) {
    if (w[g].xpos != NLP_XPOS_VBG || !w[g].lemma ||
        strcmp(w[g].lemma, "say") != 0 || !w[g - 1].lemma ||
        strcmp(w[g - 1].lemma, "as") != 0)
      continue;
    /* the name before "as", and the quoting verb before it */
    long n = (long)g - 2;
    while (n > (long)s->first && w[n].upos == NLP_UPOS_PROPN &&
           w[n - 1].upos == NLP_UPOS_PROPN && w[n].dep == NLP_DEP_FLAT)
      n--;
    if (w[n].upos != NLP_UPOS_PROPN && w[n].upos != NLP_UPOS_NOUN)
      continue;
    long q = -1;
    for (long i = n - 1; i >= (long)s->first && q < 0; i--)
      if (w[i].upos == NLP_UPOS_VERB && lemma_in(&w[i], quote))
        q = i;
    long v = doc->words[n].head; /* the verb the name was made subject of */
    if (q < 0 || v <= (long)g || w[n].dep != NLP_DEP_NSUBJ ||
        doc->words[g].head != v)
      continue;
    bool cycle = false;
    for (long h = q; h >= 0 && !cycle; h = doc->words[h].head)
      cycle = h == v;
    if (cycle)
      continue;
    /* what was said: the verb, with the object of "saying" before it as
     * its subject */
    for (size_t i = g + 1; i < (size_t)v; i++)
      if (doc->words[i].head == (long)g && w[i].dep == NLP_DEP_OBJ) {
        doc->words[i].head = v;
        w[i].dep = NLP_DEP_NSUBJ;
      }
    doc->words[v].head = (long)g;
    w[v].dep = NLP_DEP_CCOMP;
    doc->words[g].head = q;
    w[g].dep = NLP_DEP_ADVCL;
    doc->words[n].head = q;
    w[n].dep = NLP_DEP_OBJ;
  }
}

/* "as saying the army had retaken the town": the parser may make the
 * noun after a saying its object, leaving the clause said without a
 * subject.  A noun right before such a clause is its subject. */
static void fix_said_object(const annals_lexicon *lx, annals_doc *doc,
                            nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 2; v < end; v++) {
    long g = doc->words[v].head;
    if (w[v].upos != NLP_UPOS_VERB || g < 0 || g >= (long)v ||
        (w[v].dep != NLP_DEP_CCOMP && w[v].dep != NLP_DEP_PARATAXIS) ||
        w[g].upos != NLP_UPOS_VERB || !reporting_verb(lx, &w[g]) ||
        own_subject(doc, w, s->first, end, v, -1))
      continue;
    /* the object of the saying, ending right before v (or its
     * auxiliaries) */
    size_t b = v;
    while (b > s->first && doc->words[b - 1].head == (long)v &&
           (w[b - 1].upos == NLP_UPOS_AUX || w[b - 1].upos == NLP_UPOS_PART))
      b--;
    long o = -1;
    for (size_t i = g + 1; i < b && o < 0; i++)
      if (doc->words[i].head == g && w[i].dep == NLP_DEP_OBJ &&
          phrase_ends_before(doc, i, b, b, g))
        o = (long)i;
    if (o < 0)
      continue;
    /* (of a passive, its passive subject: "said an attack had been
     * thwarted") */
    bool pass = false;
    for (size_t i = s->first; i < end && !pass; i++)
      pass = doc->words[i].head == (long)v && w[i].dep == NLP_DEP_AUX_PASS;
    doc->words[o].head = (long)v;
    w[o].dep = pass ? NLP_DEP_NSUBJ_PASS : NLP_DEP_NSUBJ;
  }
}

/* "staged a coup d'etat": the parser may take "d'etat" for the head and
 * "coup" for its modifier; the coup is the head, "d'etat" part of its
 * name. */
static void fix_coup_detat(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t d = s->first + 1; d < end; d++) {
    const char *l = w[d].lemma;
    size_t c = d - 1;
    if (!l || strncmp(l, "d", 1) != 0 || !strstr(l, "tat") ||
        doc->words[c].head != (long)d || !w[c].lemma ||
        strcmp(w[c].lemma, "coup") != 0)
      continue;
    for (size_t i = s->first; i < end; i++)
      if (i != c && doc->words[i].head == (long)d)
        doc->words[i].head = (long)c;
    doc->words[c].head = doc->words[d].head;
    w[c].dep = w[d].dep;
    doc->words[d].head = (long)c;
    w[d].dep = NLP_DEP_FLAT;
  }
}

/* "condemned the terrorist attack targeting the residence": a participle
 * right after a verb's object that names an act tells more of that act
 * (it is the attack that targets), though the parser may have hung it on
 * the verb as its complement, and the verb's subject with it. */
static void fix_act_participle(const annals_lexicon *lx, annals_doc *doc,
                               nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 2; v < end; v++) {
    long h = doc->words[v].head;
    size_t o = v - 1;
    if (w[v].xpos != NLP_XPOS_VBG || h < 0 ||
        (w[v].dep != NLP_DEP_XCOMP && w[v].dep != NLP_DEP_ADVCL) ||
        doc->words[o].head != h || w[o].dep != NLP_DEP_OBJ ||
        w[o].upos != NLP_UPOS_NOUN || !w[o].lemma ||
        !lexicon_frames(lx, w[o].lemma, true))
      continue;
    doc->words[v].head = (long)o;
    w[v].dep = NLP_DEP_ACL;
  }
}

/* "launched what it called anti-terrorist operations": what a verb of
 * naming names in a free relative is the object of the verb outside it
 * (the operations were launched; "what it called" tells the name is the
 * doer's).  The noun takes the place of "what", the naming verb hangs on
 * it as a relative clause, and "what" is that verb's object. */
static void fix_what_called(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const naming[] = {"call", "describe", "term", "dub",
                                       "label", "brand", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t r = s->first + 1; r < end; r++) {
    long wh = doc->words[r].head;
    if (w[r].upos != NLP_UPOS_VERB || !lemma_in(&w[r], naming) || wh < 0 ||
        (size_t)wh >= r || !w[wh].lemma || strcmp(w[wh].lemma, "what") != 0 ||
        w[wh].xpos != NLP_XPOS_WP || doc->words[wh].head < 0)
      continue;
    size_t n = end;
    for (size_t i = r + 1; i < end && n == end; i++)
      if (doc->words[i].head == (long)r && w[i].upos == NLP_UPOS_NOUN &&
          (w[i].dep == NLP_DEP_OBJ || w[i].dep == NLP_DEP_XCOMP))
        n = i;
    if (n == end)
      continue;
    doc->words[n].head = doc->words[wh].head;
    w[n].dep = w[wh].dep;
    doc->words[r].head = (long)n;
    w[r].dep = NLP_DEP_ACL_RELCL;
    doc->words[wh].head = (long)r;
    w[wh].dep = NLP_DEP_OBJ;
  }
}

/* "sentenced opposition leader X Y to 25 years in prison": a subject
 * hung on a phrase that a preposition marks and no copula makes a
 * predicate ("to 25 years") is none; it belongs to the verb above the
 * phrase, a phrase of that verb with no preposition (which
 * fix_object_apposition() may then join to the object before it). */
static void fix_subject_of_phrase(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first; i < end; i++) {
    long h = doc->words[i].head;
    if (w[i].dep != NLP_DEP_NSUBJ || h < 0 ||
        (w[h].upos != NLP_UPOS_NOUN && w[h].upos != NLP_UPOS_PROPN) ||
        nlp_dep_universal(w[h].dep) != NLP_DEP_OBL)
      continue;
    long v = doc->words[h].head;
    bool marked = false, cop = false;
    for (size_t k = s->first; k < end; k++) {
      if (doc->words[k].head != h)
        continue;
      marked |= w[k].dep == NLP_DEP_CASE && k < (size_t)h && k > i;
      cop |= w[k].dep == NLP_DEP_COP;
    }
    if (!marked || cop || v < 0 || w[v].upos != NLP_UPOS_VERB ||
        hangs_under(doc, v, (long)i, (long)i + 1, s->n))
      continue;
    doc->words[i].head = v;
    w[i].dep = NLP_DEP_OBL;
  }
}

/* "Under Operation Insaniyat, India provided ...": a phrase that opens
 * with a preposition is no subject; the parser, which made it one, hung
 * the true subject after the comma on it as an apposition. */
static void fix_fronted_phrase_subject(annals_doc *doc, nlp_word *w,
                                       size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 1; i < end; i++) {
    long v = doc->words[i].head;
    if (w[i].dep != NLP_DEP_NSUBJ || v < 0 || (size_t)v < i ||
        w[v].upos != NLP_UPOS_VERB)
      continue;
    /* (its case marker: on it, or on a word of its name) */
    bool marked = false;
    for (size_t k = s->first; k < i && !marked; k++) {
      long h = doc->words[k].head;
      marked = w[k].dep == NLP_DEP_CASE && w[k].upos == NLP_UPOS_ADP &&
               (h == (long)i || (h >= 0 && doc->words[h].head == (long)i));
    }
    long a = -1;
    for (size_t k = i + 1; k < (size_t)v && a < 0; k++)
      if (doc->words[k].head == (long)i && w[k].dep == NLP_DEP_APPOS &&
          (w[k].upos == NLP_UPOS_PROPN || w[k].upos == NLP_UPOS_NOUN) &&
          w[k - 1].upos == NLP_UPOS_PUNCT)
        a = (long)k;
    if (!marked || a < 0)
      continue;
    doc->words[a].head = v;
    w[a].dep = NLP_DEP_NSUBJ;
    w[i].dep = NLP_DEP_OBL;
  }
}

/* "hijacked the cargo ship, Maersk Alabama, ...": the parser may make the
 * name after the comma a second object of the verb, or its conjunct with
 * no "and"; a name right after
 * the comma that closes the first object names it (an apposition). */
static void fix_object_apposition(annals_doc *doc, nlp_word *w,
                                  const bool *date_word, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t o2 = s->first + 2; o2 < end; o2++) {
    long v = doc->words[o2].head;
    /* (or a conjunct of the verb with no "and": "seized the tanker,
     * Ocean Star, off ...") */
    bool cc = false, marked = false;
    for (size_t i = s->first; i < end; i++) {
      cc |= doc->words[i].head == (long)o2 && w[i].dep == NLP_DEP_CC;
      marked |= doc->words[i].head == (long)o2 && w[i].dep == NLP_DEP_CASE;
    }
    if (v < 0 || w[o2].upos != NLP_UPOS_PROPN || date_word[o2] ||
        !(w[o2].dep == NLP_DEP_OBJ || w[o2].dep == NLP_DEP_OBL_UNMARKED ||
          (w[o2].dep == NLP_DEP_OBL && !marked) ||
          (w[o2].dep == NLP_DEP_CONJ && !cc)))
      continue;
    /* the words before it back to the comma are its own */
    size_t c = o2;
    while (c > s->first && doc->words[c - 1].head == (long)o2 &&
           w[c - 1].upos != NLP_UPOS_PUNCT)
      c--;
    /* ("arrested former vice president Jorge Glas", "jailed opposition
     * politician X": a role noun, or a noun of a person, right before a
     * name made two objects is the name's title) */
    static const char *const roles[] = {
        "president", "minister", "leader", "general", "commander",
        "premier", "governor", "mayor", "chief", "senator", "lawmaker",
        "journalist", "activist", "opponent", "cleric", "colonel", NULL};
    if (c > s->first && doc->words[c - 1].head == v &&
        w[c - 1].dep == NLP_DEP_OBJ && w[c - 1].upos == NLP_UPOS_NOUN &&
        w[o2].dep != NLP_DEP_CONJ &&
        (lemma_in(&w[c - 1], roles) || noun_names_person(w[c - 1].lemma))) {
      doc->words[c - 1].head = (long)o2;
      w[c - 1].dep = NLP_DEP_COMPOUND;
      w[o2].dep = NLP_DEP_OBJ;
      continue;
    }
    if (c < s->first + 2 || w[c - 1].upos != NLP_UPOS_PUNCT ||
        doc->text[doc->words[c - 1].start] != ',')
      continue;
    /* the first object's phrase ends right before the comma ("the
     * commander of Ukraine's armed forces, Valery Zaluzhny") */
    long o1 = (long)c - 2;
    for (int k = 0; k < 6 && o1 >= (long)s->first && doc->words[o1].head != v;
         k++)
      o1 = doc->words[o1].head;
    if (o1 < (long)s->first || doc->words[o1].head != v ||
        w[o1].dep != NLP_DEP_OBJ || w[o1].upos != NLP_UPOS_NOUN ||
        !phrase_ends_before(doc, (size_t)o1, c - 1, end, -1))
      continue;
    doc->words[o2].head = (long)o1;
    w[o2].dep = NLP_DEP_APPOS;
    doc->words[c - 1].head = (long)o2;
  }
}

/* "arrested opposition leader Juan Guaido's chief of staff": the parser
 * may make the title before a possessor's name a first object of the
 * verb, and the possessed noun a second.  The title is the name's. */
static void fix_title_of_possessor(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t t = s->first + 1; t + 2 < end; t++) {
    long v = doc->words[t].head;
    size_t n = t + 1; /* the name's first word */
    if (v < 0 || w[t].dep != NLP_DEP_OBJ || w[t].upos != NLP_UPOS_NOUN ||
        w[n].upos != NLP_UPOS_PROPN || w[n].dep != NLP_DEP_NMOD_POSS)
      continue;
    long o2 = doc->words[n].head;
    /* (a second object, or an apposition of the title: "killed Hamas
     * leader Yahya Sinwar's deputy") */
    bool second =
        o2 > (long)n && doc->words[o2].head == v && w[o2].dep == NLP_DEP_OBJ;
    bool appos = o2 > (long)n && doc->words[o2].head == (long)t &&
                 w[o2].dep == NLP_DEP_APPOS;
    if ((!second && !appos) ||
        has_dependent(doc, w, s->first, end, t, NLP_DEP_NMOD_POSS))
      continue;
    if (appos) {
      doc->words[o2].head = v;
      w[o2].dep = NLP_DEP_OBJ;
    }
    doc->words[t].head = (long)n;
    w[t].dep = NLP_DEP_COMPOUND;
  }
}

/* "The president, who took office in 2019, announced new elections":
 * the parser may hang the main verb on the relative clause and leave the
 * noun as the sentence's root.  A finite verb with no subject after the
 * comma that closes a relative clause on the root noun is the main verb,
 * the noun its subject; so is a conjunct of the clause with neither
 * comma nor "and" before it ("The quake that struck the coast on Monday
 * killed 300"). */
static void fix_verb_after_relative(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t n = s->first; n < end; n++) {
    if (doc->words[n].head != -1 ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN))
      continue;
    for (size_t r = n + 1; r < end; r++) {
      /* (or on the noun's apposition: "Qatar, a nation that will host
       * the World Cup, rejected the demands") */
      long a = doc->words[r].head;
      /* (or a clause opened by "which" or "who" hung as a parataxis:
       * "Egypt and Qatar, which have been mediating, called for") */
      bool rel = w[r].dep == NLP_DEP_ACL_RELCL;
      for (size_t i = n + 1; i < r && !rel; i++)
        rel = w[r].dep == NLP_DEP_PARATAXIS &&
              doc->words[i].head == (long)r && w[i].dep == NLP_DEP_NSUBJ &&
              w[i].lemma &&
              (strcmp(w[i].lemma, "which") == 0 ||
               strcmp(w[i].lemma, "who") == 0);
      /* (or on the noun's last conjunct: "Egypt and Qatar, which ...") */
      if (a < 0 || !rel ||
          (a != (long)n &&
           (doc->words[a].head != (long)n ||
            (w[a].dep != NLP_DEP_APPOS && w[a].dep != NLP_DEP_CONJ))))
        continue;
      for (size_t v = r + 1; v < end; v++) {
        /* (a participle with an object and no auxiliary is the past:
         * "announced new elections") */
        bool active_vbn = false;
        if (w[v].xpos == NLP_XPOS_VBN) {
          bool obj = false, aux = false;
          for (size_t i = s->first; i < end; i++)
            if (doc->words[i].head == (long)v) {
              obj = obj || w[i].dep == NLP_DEP_OBJ;
              aux = aux || w[i].upos == NLP_UPOS_AUX;
            }
          active_vbn = obj && !aux;
        }
        bool comma = w[v - 1].upos == NLP_UPOS_PUNCT &&
                     doc->text[doc->words[v - 1].start] == ',';
        /* ("the quake that struck the coast on Monday killed 300": a
         * conjunct with no comma and no "and" is the main verb) */
        bool bare = !comma && w[v].dep == NLP_DEP_CONJ &&
                    w[v - 1].upos != NLP_UPOS_PUNCT;
        for (size_t i = s->first; i < end && bare; i++)
          bare = !(doc->words[i].head == (long)v &&
                   (w[i].dep == NLP_DEP_CC || w[i].upos == NLP_UPOS_CCONJ));
        /* (the verb after it on the clause, or on the noun itself, or,
         * after the comma that closes the clause, on a verb inside it:
         * "MEND, which says it is fighting for X, threatened") */
        long vh = doc->words[v].head;
        bool inside = false;
        for (long q = vh, k = 0; comma && q > (long)r && q < (long)v && k < 8;
             q = doc->words[q].head, k++)
          inside = doc->words[q].head == (long)r;
        if ((vh != (long)r && !(vh == (long)n && comma) && !inside) ||
            w[v].upos != NLP_UPOS_VERB ||
            (w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBZ &&
             w[v].xpos != NLP_XPOS_VBP && !active_vbn) ||
            (w[v].dep != NLP_DEP_ADVCL && w[v].dep != NLP_DEP_CONJ &&
             w[v].dep != NLP_DEP_PARATAXIS) ||
            (!comma && !bare) || own_subject(doc, w, s->first, end, v, -1))
          continue;
        for (size_t i = s->first; i < end; i++) /* (the end mark) */
          if (doc->words[i].head == (long)n && i > v)
            doc->words[i].head = (long)v;
        doc->words[v].head = -1;
        w[v].dep = NLP_DEP_ROOT;
        if (active_vbn)
          w[v].xpos = NLP_XPOS_VBD;
        doc->words[n].head = (long)v;
        w[n].dep = NLP_DEP_NSUBJ;
        if (comma)
          doc->words[v - 1].head = (long)r; /* (the comma closes it) */
        return;
      }
    }
  }
}

/* "Chamorro, whose aunt defeated Ortega in 1990, said that ...": the
 * parser may make the clause opened by "whose" the sentence's main one,
 * with two subjects, and the verb after it its conjunct.  The clause is
 * the noun's (a relative clause), and the finite verb after the comma
 * that closes it, with no subject of its own, is the main verb, the noun
 * its subject. */
static void fix_whose_clause(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t k = s->first + 2; k + 2 < end; k++) {
    size_t n = k - 2;
    long a = doc->words[k].head;
    if (!w[k].lemma || strcmp(w[k].lemma, "whose") != 0 ||
        doc->text[doc->words[k - 1].start] != ',' ||
        (w[n].upos != NLP_UPOS_PROPN && w[n].upos != NLP_UPOS_NOUN) ||
        a <= (long)k || a >= (long)end)
      continue;
    long r = doc->words[a].head;
    if (r <= a || r >= (long)end || doc->words[r].head != -1 ||
        w[r].upos != NLP_UPOS_VERB ||
        (w[a].dep != NLP_DEP_NSUBJ && w[a].dep != NLP_DEP_NSUBJ_PASS) ||
        doc->words[n].head != r)
      continue;
    for (size_t v = (size_t)r + 2; v < end; v++) {
      if (doc->words[v].head != r || w[v].upos != NLP_UPOS_VERB ||
          (w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBZ &&
           w[v].xpos != NLP_XPOS_VBP) ||
          (w[v].dep != NLP_DEP_CONJ && w[v].dep != NLP_DEP_PARATAXIS &&
           w[v].dep != NLP_DEP_ADVCL) ||
          w[v - 1].upos != NLP_UPOS_PUNCT ||
          doc->text[doc->words[v - 1].start] != ',' ||
          own_subject(doc, w, s->first, end, v, -1))
        continue;
      for (size_t i = v + 1; i < end; i++) /* (the end mark) */
        if (doc->words[i].head == r)
          doc->words[i].head = (long)v;
      root_with_subject(doc, w, v, n);
      doc->words[r].head = (long)n;
      w[r].dep = NLP_DEP_ACL_RELCL;
      doc->words[v - 1].head = r; /* (the comma closes the clause) */
      return;
    }
  }
}

/* "who won re-election earlier this year": the parser may hang the
 * noun after a verb as a compound on the adverb that follows it.  A
 * compound on a word that is no noun, right after a verb with no object,
 * is the verb's object. */
static void fix_stray_compound(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 1; i < end; i++) {
    long h = doc->words[i].head;
    size_t v = i - 1;
    if (w[i].dep != NLP_DEP_COMPOUND || w[i].upos != NLP_UPOS_NOUN || h < 0 ||
        w[h].upos == NLP_UPOS_NOUN || w[h].upos == NLP_UPOS_PROPN ||
        w[h].upos == NLP_UPOS_NUM || w[h].upos == NLP_UPOS_ADJ ||
        w[v].upos != NLP_UPOS_VERB || has_object(doc, w, s->first, end, v))
      continue;
    doc->words[i].head = (long)v;
    w[i].dep = NLP_DEP_OBJ;
  }
}

/* "which was established by ethnic Hutus linked to the massacres": the
 * parser may make a participle right after a noun a conjunct of a verb
 * further back (and the tagger may read it as a past tense).  A past
 * form with no "and", subject or auxiliary of its own right after a
 * noun describes that noun. */
static void fix_conj_participle(annals_doc *doc, nlp_word *w,
                                const bool *date_word, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 1; v < end; v++) {
    size_t n = v - 1;
    long h = doc->words[v].head;
    /* (a past tense only when "to" or "by" follows it, as in "linked
     * to", "backed by") */
    bool past = w[v].xpos == NLP_XPOS_VBD && v + 1 < end &&
                lemma_in(&w[v + 1], (const char *const[]){"to", "by", NULL});
    if ((w[v].xpos != NLP_XPOS_VBN && !past) || date_word[n] ||
        w[v].dep != NLP_DEP_CONJ ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN) ||
        h < 0 || h >= (long)n)
      continue;
    /* (nor a noun after "and" that may be the verb's subject: "and
     * Hezbollah retaliated") */
    bool own = w[n].dep == NLP_DEP_CONJ;
    for (size_t i = s->first; i < end && !own; i++)
      own = (doc->words[i].head == (long)v &&
             (w[i].dep == NLP_DEP_CC || w[i].dep == NLP_DEP_NSUBJ ||
              w[i].dep == NLP_DEP_OBJ ||
              w[i].dep == NLP_DEP_NSUBJ_PASS ||
              nlp_dep_universal(w[i].dep) == NLP_DEP_AUX)) ||
            (doc->words[i].head == (long)n && w[i].dep == NLP_DEP_CC);
    if (own)
      continue;
    /* (the noun's name may go on before it: its head word) */
    long m = (long)n;
    if (doc->words[m].head > m - 4 && doc->words[m].head < m &&
        w[m].dep == NLP_DEP_FLAT)
      m = doc->words[m].head;
    /* (not when the noun hangs under the participle itself) */
    if (hangs_under(doc, m, (long)v, (long)v + 1, s->n))
      continue;
    doc->words[v].head = m;
    w[v].dep = NLP_DEP_ACL;
    w[v].xpos = NLP_XPOS_VBN;
  }
}

/* "hours after mutinying soldiers detained him": the parser may read
 * the participle before a noun as the verb of the clause that "after"
 * opens, the noun as its object and the finite verb that follows as a
 * clause of its own.  A participle opened by a subordinator whose object
 * is followed at once by a finite verb with no subject modifies that
 * noun, the noun is the verb's subject, and the verb is the clause. */
static void fix_participle_modifier(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const marks[] = {"after", "before", "when", "as",
                                      "since", "until", "while", "because",
                                      NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t g = s->first + 1; g + 2 < end; g++) {
    size_t n = g + 1, v = g + 2;
    if (w[g].xpos != NLP_XPOS_VBG || !lemma_in(&w[g - 1], marks) ||
        doc->words[g - 1].head != (long)g || w[g - 1].dep != NLP_DEP_MARK ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN) ||
        doc->words[n].head != (long)g || w[n].dep != NLP_DEP_OBJ ||
        w[v].upos != NLP_UPOS_VERB ||
        (w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBZ &&
         w[v].xpos != NLP_XPOS_VBP) ||
        doc->words[v].head == (long)g ||
        own_subject(doc, w, s->first, end, v, -1))
      continue;
    /* (not when the verb's head is inside the participle's phrase) */
    long vh = doc->words[v].head;
    if (vh == (long)n)
      continue;
    for (size_t i = s->first; i < end; i++)
      if (doc->words[i].head == (long)g && i != n && i != g - 1)
        doc->words[i].head = (long)v;
    doc->words[v].head = doc->words[g].head;
    w[v].dep = doc->words[g].head == -1 ? NLP_DEP_ROOT : NLP_DEP_ADVCL;
    doc->words[g - 1].head = (long)v;
    doc->words[n].head = (long)v;
    w[n].dep = NLP_DEP_NSUBJ;
    doc->words[g].head = (long)n;
    w[g].dep = NLP_DEP_AMOD;
    w[g].upos = NLP_UPOS_ADJ;
    w[g].xpos = NLP_XPOS_JJ;
    return;
  }
}

/* "refused to be sworn in on Monday", "stepped down on Friday": a
 * particle right after its verb and right before a preposition or the
 * end of the clause may be read as the preposition of the noun that
 * follows.  It is the verb's particle. */
static void fix_particle(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const prts[] = {"in", "up", "down", "out", "off",
                                     "over", "back", "away", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 1; i < end; i++) {
    if (w[i - 1].upos != NLP_UPOS_VERB || w[i].dep == NLP_DEP_COMPOUND_PRT ||
        !lemma_in(&w[i], prts) ||
        (i + 1 < end && w[i + 1].upos != NLP_UPOS_ADP &&
         w[i + 1].upos != NLP_UPOS_PUNCT))
      continue;
    /* (not a word with words of its own) */
    bool kids = false;
    for (size_t k = s->first; k < end && !kids; k++)
      kids = doc->words[k].head == (long)i;
    if (kids)
      continue;
    doc->words[i].head = (long)(i - 1);
    w[i].dep = NLP_DEP_COMPOUND_PRT;
    w[i].upos = NLP_UPOS_ADP;
  }
  /* "set aside the verdict", "shut down the station": a particle of
   * undoing right after a verb with no object, read as the preposition
   * of the noun after it, is the verb's particle, and the noun its
   * object ("walked down the street" is read so too, harmlessly: walking
   * is no event) */
  static const char *const undo[] = {"aside", "down", "off", NULL};
  for (size_t i = s->first + 1; i + 1 < end; i++) {
    long n = doc->words[i].head;
    size_t v = i - 1;
    if (w[v].upos != NLP_UPOS_VERB || w[i].dep != NLP_DEP_CASE ||
        !lemma_in(&w[i], undo) || n <= (long)i ||
        doc->words[n].head != (long)v ||
        nlp_dep_universal(w[n].dep) != NLP_DEP_OBL ||
        has_object(doc, w, s->first, end, v))
      continue;
    doc->words[i].head = (long)v;
    w[i].dep = NLP_DEP_COMPOUND_PRT;
    w[n].dep = NLP_DEP_OBJ;
  }
  /* "took over the airport": an object has no preposition; one the
   * parser gave it right after the verb is the verb's particle */
  for (size_t i = s->first + 1; i + 1 < end; i++) {
    long n = doc->words[i].head;
    size_t v = i - 1;
    if (w[v].upos != NLP_UPOS_VERB || w[i].dep != NLP_DEP_CASE ||
        !lemma_in(&w[i], prts) || n <= (long)i ||
        doc->words[n].head != (long)v || w[n].dep != NLP_DEP_OBJ)
      continue;
    doc->words[i].head = (long)v;
    w[i].dep = NLP_DEP_COMPOUND_PRT;
  }
}

/* "shot down 20 of 25 drones", "freed 12 of the hostages": the number
 * before "of" is the verb's object and the noun after it names what it
 * counts; the parser may read the number as a modifier of the noun and
 * the noun as an "of" oblique of the verb (with the verb's particle on
 * the number). */
static void fix_partitive(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const prts[] = {"down", "off", "up", "out", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 1; i + 2 < end; i++) {
    long n = doc->words[i].head;
    if (w[i].upos != NLP_UPOS_NUM ||
        !lemma_in(&w[i + 1], (const char *const[]){"of", NULL}) ||
        n <= (long)i + 1 || n >= (long)end || doc->words[i + 1].head != n ||
        w[n].upos != NLP_UPOS_NOUN ||
        nlp_dep_universal(w[n].dep) != NLP_DEP_OBL)
      continue;
    long v = doc->words[n].head;
    if (v < (long)s->first || v >= (long)i || w[v].upos != NLP_UPOS_VERB ||
        has_object(doc, w, s->first, end, (size_t)v))
      continue;
    doc->words[i].head = v;
    w[i].dep = NLP_DEP_OBJ;
    doc->words[n].head = (long)i;
    w[n].dep = NLP_DEP_NMOD;
    /* ("down" hung on the number: the verb's particle) */
    if (i - 1 == (size_t)v + 1 && doc->words[i - 1].head == (long)i &&
        lemma_in(&w[i - 1], prts)) {
      doc->words[i - 1].head = v;
      w[i - 1].dep = NLP_DEP_COMPOUND_PRT;
      w[i - 1].upos = NLP_UPOS_ADP;
    }
  }
}

/* "[JURIST] A court in Senegal rejected ...", "[Reuters] ...": the tag
 * in square brackets that opens a sentence names where the text comes
 * from; the parser may make it part of the subject ("JURIST court").
 * Its words hang on the sentence's root as loose dependents. */
static void fix_bracket_tag(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t f = s->first, end = s->first + s->n;
  if (s->n < 4 || doc->text[doc->words[f].start] != '[' ||
      doc->words[f].end - doc->words[f].start != 1)
    return;
  size_t c = f + 1;
  while (c < end && c < f + 6 &&
         !(doc->words[c].end - doc->words[c].start == 1 &&
           doc->text[doc->words[c].start] == ']'))
    c++;
  if (c >= end || c >= f + 6 || c == f + 1)
    return;
  long root = -1;
  for (size_t i = c + 1; i < end && root < 0; i++)
    if (doc->words[i].head == -1)
      root = (long)i;
  if (root < 0)
    return;
  for (size_t i = f + 1; i < c; i++) {
    if (w[i].upos != NLP_UPOS_PROPN && w[i].upos != NLP_UPOS_NOUN &&
        w[i].upos != NLP_UPOS_X)
      return;
  }
  for (size_t i = f + 1; i < c; i++) {
    for (size_t k = c + 1; k < end; k++) /* (none of the rest on it) */
      if (doc->words[k].head == (long)i)
        doc->words[k].head = root;
    doc->words[i].head = root;
    w[i].dep = NLP_DEP_DEP;
  }
  doc->words[f].head = (long)(f + 1);
  doc->words[c].head = (long)(f + 1);
}

/* "PLA soldiers attacked": two subjects of one verb side by side, the
 * first a name or a noun with nothing of its own, are one phrase, the
 * first a compound of the second; so are a noun and a name after it
 * ("Former lawmaker Pedro Vega was sentenced"). */
static void fix_double_subject(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  for (size_t i = s->first + 1; i < s->first + s->n; i++) {
    size_t a = i - 1;
    long h = doc->words[i].head;
    if (h < 0 || doc->words[a].head != h || w[i].upos != NLP_UPOS_NOUN ||
        nlp_dep_universal(w[i].dep) != NLP_DEP_NSUBJ ||
        nlp_dep_universal(w[a].dep) != NLP_DEP_NSUBJ ||
        (w[a].upos != NLP_UPOS_PROPN && w[a].upos != NLP_UPOS_NOUN))
      continue;
    bool kids = false;
    for (size_t k = s->first; k < s->first + s->n && !kids; k++)
      kids = doc->words[k].head == (long)a;
    if (kids)
      continue;
    doc->words[a].head = (long)i;
    w[a].dep = NLP_DEP_COMPOUND;
  }
  /* "Former lawmaker Pedro Vega was sentenced": a noun of one's trade
   * or office right before a name, both subjects of one verb, is the
   * name's, with its own modifiers before it */
  for (size_t i = s->first + 1; i < s->first + s->n; i++) {
    long h = doc->words[i].head;
    if (h < 0 || w[i].upos != NLP_UPOS_PROPN ||
        nlp_dep_universal(w[i].dep) != NLP_DEP_NSUBJ)
      continue;
    size_t a = i;
    while (a > s->first && w[a - 1].upos == NLP_UPOS_PROPN &&
           doc->words[a - 1].head > (long)(a - 1) &&
           doc->words[a - 1].head <= (long)i)
      a--;
    if (a == s->first)
      continue;
    a--;
    if (w[a].upos != NLP_UPOS_NOUN || w[a].xpos != NLP_XPOS_NN ||
        doc->words[a].head != h || nlp_dep_universal(w[a].dep) != NLP_DEP_NSUBJ)
      continue;
    bool after = false; /* (no words of its own after it) */
    for (size_t k = a + 1; k < s->first + s->n && !after; k++)
      after = doc->words[k].head == (long)a;
    if (after)
      continue;
    doc->words[a].head = (long)i;
    w[a].dep = NLP_DEP_COMPOUND;
  }
}

/* "sanctions on three Iranians": a preposition the parser hung on the
 * number of a noun is the noun's. */
static void fix_case_on_number(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  for (size_t i = s->first; i + 2 < s->first + s->n; i++) {
    long n = doc->words[i].head;
    if (w[i].dep != NLP_DEP_CASE || w[i].upos != NLP_UPOS_ADP ||
        n != (long)i + 1 || w[n].upos != NLP_UPOS_NUM ||
        w[n].dep != NLP_DEP_NUMMOD)
      continue;
    long h = doc->words[n].head;
    if (h > n && (w[h].upos == NLP_UPOS_NOUN || w[h].upos == NLP_UPOS_PROPN))
      doc->words[i].head = h;
  }
}

/* The longest sentence the clause repairs below look at, in words. */
#define REPAIR_MAX_WORDS 200

/* A repair must never make a word hang under itself; should one do it
 * all the same, the walks up the tree that every later step makes would
 * never end.  A word on such a loop hangs from the sentence's root
 * instead (as a loose dependent), which breaks the loop.  seen has a slot
 * a word of the sentence; each word is walked over once. */
static void break_loops(annals_doc *doc, nlp_word *w, size_t si,
                        uint32_t *seen) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  long root = -1;
  for (size_t i = s->first; i < end; i++) {
    seen[i - s->first] = 0;
    if (root < 0 && doc->words[i].head == -1)
      root = (long)i;
  }
  for (size_t i = s->first; i < end; i++) {
    /* (a walk from i stamps the words with i + 1 until it meets the root,
     * a word walked before, or its own stamp: a loop) */
    uint32_t stamp = (uint32_t)(i - s->first) + 1;
    long h = (long)i;
    while (h >= (long)s->first && h < (long)end &&
           seen[h - (long)s->first] == 0) {
      seen[h - (long)s->first] = stamp;
      h = doc->words[h].head;
    }
    if (h < (long)s->first || h >= (long)end || seen[h - (long)s->first] != stamp)
      continue;
    if (root < 0) {
      doc->words[h].head = -1;
      w[h].dep = NLP_DEP_ROOT;
      root = h;
    } else {
      doc->words[h].head = root;
      w[h].dep = NLP_DEP_DEP;
    }
  }
}

/* "said that army units had attacked its base": a subordinating
 * conjunction the parser made an argument ("that" the object of
 * "attacked") marks its clause. */
static void fix_sconj_argument(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  for (size_t i = s->first; i < s->first + s->n; i++) {
    int d = nlp_dep_universal(w[i].dep);
    if (w[i].upos == NLP_UPOS_SCONJ && w[i].xpos == NLP_XPOS_IN &&
        (d == NLP_DEP_OBJ || d == NLP_DEP_NSUBJ || d == NLP_DEP_IOBJ) &&
        doc->words[i].head > (long)i)
      w[i].dep = NLP_DEP_MARK;
  }
}

/* "Erdogan spoke by phone with Putin": the parser hangs "with Putin" on
 * the phone; whom one speaks with is the verb's. */
static void fix_phone_with(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const media[] = {"phone", "telephone", "videoconference",
                                      "video", "videolink", "link", "call",
                                      "line", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first; i < end; i++) {
    long n = doc->words[i].head;
    if (n < 0 || nlp_dep_universal(w[i].dep) != NLP_DEP_NMOD ||
        !lemma_in(&w[n], media) ||
        nlp_dep_universal(w[n].dep) != NLP_DEP_OBL)
      continue;
    long v = doc->words[n].head;
    bool with = false, by = false;
    for (size_t k = s->first; k < end; k++) {
      with |= doc->words[k].head == (long)i && w[k].dep == NLP_DEP_CASE &&
              w[k].lemma && strcmp(w[k].lemma, "with") == 0;
      by |= doc->words[k].head == n && w[k].dep == NLP_DEP_CASE && w[k].lemma &&
            (strcmp(w[k].lemma, "by") == 0 || strcmp(w[k].lemma, "over") == 0 ||
             strcmp(w[k].lemma, "via") == 0);
    }
    if (!with || !by || v < 0 || w[v].upos != NLP_UPOS_VERB)
      continue;
    doc->words[i].head = v;
    w[i].dep = NLP_DEP_OBL;
  }
}

/* Is word i joined by a hyphen, with no space, to the word two before
 * it ("short-range", "test-fired", which the tokenizer splits)? */
static bool glued_by_hyphen(const annals_doc *doc, const nlp_word *w,
                            size_t i) {
  return w[i - 1].xpos == NLP_XPOS_HYPH &&
         doc->words[i - 1].start == doc->words[i - 2].end &&
         doc->words[i].start == doc->words[i - 1].end;
}

/* "North Korea test-fired a missile": a verb joined by a hyphen to a word
 * before it ("test-", "re-") the parser read as the end of a name; the
 * names hung on it before that word are its subject, and the verb is the
 * whole word when the lexicon knows it ("test-fire"). */
static void fix_hyphen_verb_subject(const annals_lexicon *lx,
                                    annals_doc *doc, nlp_word *w,
                                    size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 2; v < end; v++) {
    if (w[v].upos != NLP_UPOS_VERB || !glued_by_hyphen(doc, w, v))
      continue;
    /* the verb the lexicon knows by the whole word: "test-fire" */
    bool whole_verb = false;
    if (w[v - 2].lemma && w[v].lemma) {
      char *whole = g_strconcat(w[v - 2].lemma, "-", w[v].lemma, NULL);
      whole_verb = lexicon_frames(lx, whole, false) != NULL;
      if (whole_verb)
        w[v].lemma = g_intern_string(whole);
      g_free(whole);
    }
    if (whole_verb && doc->words[v - 2].head == (long)v)
      w[v - 2].dep = NLP_DEP_DEP; /* ("test-" is part of the verb, no
                                     noun of an event) */
    if (!whole_verb)
      continue; /* (not "Prime Minister-elect") */
    /* its subject: a name hung on it before the word, as a compound or
     * as the subject of a passive with no "was" */
    long subj = -1;
    bool aux = false, active = false;
    for (size_t i = s->first; i < end; i++) {
      if (doc->words[i].head != (long)v)
        continue;
      aux |= w[i].upos == NLP_UPOS_AUX;
      active |= w[i].dep == NLP_DEP_NSUBJ;
      if (i + 2 < v && (w[i].upos == NLP_UPOS_PROPN || w[i].upos == NLP_UPOS_NOUN) &&
          (w[i].dep == NLP_DEP_COMPOUND || w[i].dep == NLP_DEP_NSUBJ_PASS))
        subj = (long)i;
    }
    if (subj < 0 || active || aux)
      continue;
    w[subj].dep = NLP_DEP_NSUBJ;
    if (w[v].xpos == NLP_XPOS_VBN)
      w[v].xpos = NLP_XPOS_VBD; /* (its past, with a subject and no "was") */
  }
}

/* "launched two short-range ballistic missiles": the tokenizer splits
 * "short-range", and the parser may make "range" the object and the
 * missiles an object of it.  A noun glued by a hyphen to the word before
 * it, followed by the noun it describes (only that noun's modifiers
 * between), is that noun's modifier; the noun takes its place. */
static void fix_hyphen_modifier(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t r = s->first + 2; r + 1 < end; r++) {
    if (w[r].upos != NLP_UPOS_NOUN || !glued_by_hyphen(doc, w, r))
      continue;
    size_t n = r + 1;
    while (n < end && (w[n].upos == NLP_UPOS_ADJ || w[n].upos == NLP_UPOS_NOUN) &&
           doc->words[n].head != (long)r)
      n++;
    if (n >= end || w[n].upos != NLP_UPOS_NOUN || doc->words[n].head != (long)r)
      continue;
    int d = nlp_dep_universal(w[n].dep);
    if (d != NLP_DEP_OBJ && d != NLP_DEP_NMOD && d != NLP_DEP_APPOS)
      continue;
    bool between = true; /* (only the noun's own modifiers between) */
    for (size_t k = r + 1; k < n && between; k++)
      between = doc->words[k].head == (long)n;
    long h = doc->words[r].head;
    if (!between || hangs_under(doc, h, (long)n, (long)n + 1, s->n))
      continue;
    doc->words[n].head = h;
    w[n].dep = w[r].dep;
    if (h < 0)
      w[n].dep = NLP_DEP_ROOT;
    for (size_t k = s->first; k < end; k++)
      if (doc->words[k].head == (long)r && k != n && (k + 2 < r || k > n))
        doc->words[k].head = (long)n; /* ("two", "at X": the missiles') */
    doc->words[r].head = (long)n;
    w[r].dep = NLP_DEP_COMPOUND;
  }
}

/* "Talks with the rebels were broken off by X": the parser may hang
 * "were" on a participle as a copula, which only a word that is no verb
 * has; "be" with a verb's participle is the passive, and its subject
 * the passive's. */
static void fix_copula_passive(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first; c < end; c++) {
    long v = doc->words[c].head;
    if (w[c].dep != NLP_DEP_COP || v <= (long)c || !w[c].lemma ||
        strcmp(w[c].lemma, "be") != 0 || w[v].upos != NLP_UPOS_VERB ||
        w[v].xpos != NLP_XPOS_VBN)
      continue;
    w[c].dep = NLP_DEP_AUX_PASS;
    for (size_t k = s->first; k < end; k++)
      if (doc->words[k].head == v && w[k].dep == NLP_DEP_NSUBJ)
        w[k].dep = NLP_DEP_NSUBJ_PASS;
  }
}

/* "The strike was a war crime, Ana Silva said on Tuesday": the parser
 * may read the saying after the last comma as a clause on the sentence's
 * head (a relative clause, or a participle with its subject set in
 * apposition to the head).  A saying there with nothing said of its own
 * tells the sentence: it hangs beside the head, with its subject. */
static void fix_attribution_relcl(const annals_lexicon *lx, annals_doc *doc,
                                  nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 3; v < end; v++) {
    long h = doc->words[v].head;
    if (w[v].upos != NLP_UPOS_VERB || !reporting_verb(lx, &w[v]) ||
        (w[v].dep != NLP_DEP_ACL && w[v].dep != NLP_DEP_ACL_RELCL) || h < 0)
      continue;
    /* the root, and the subject phrase: the words between the comma
     * after the root's phrase and the saying */
    long n = -1, r = h;
    if (doc->words[h].head >= 0 && w[h].dep == NLP_DEP_APPOS &&
        h > (long)s->first && doc->words[doc->words[h].head].head == -1) {
      n = h; /* ("..., Ana Silva said": Ana in apposition) */
      r = doc->words[h].head;
    }
    if (doc->words[r].head != -1 || r >= (long)v)
      continue;
    long c = -1;
    for (long k = (long)v - 1; k > r && c < 0; k--)
      if (w[k].upos == NLP_UPOS_PUNCT && doc->text[w[k].start] == ',')
        c = k;
    if (c < 0 || c + 1 >= (long)v)
      continue;
    /* ("..., Ana Silva told reporters": the saying on the head, its
     * subject in apposition to the head) */
    for (long k = c + 1; n < 0 && k < (long)v; k++)
      if (doc->words[k].head == r && w[k].dep == NLP_DEP_APPOS)
        n = k;
    bool said = false, subj = n >= 0;
    for (size_t k = s->first; k < end && !said; k++) {
      if (doc->words[k].head != (long)v)
        continue;
      said = w[k].dep == NLP_DEP_CCOMP || w[k].dep == NLP_DEP_OBJ ||
             w[k].dep == NLP_DEP_XCOMP || w[k].dep == NLP_DEP_MARK;
      subj = subj || ((long)k > c && w[k].dep == NLP_DEP_NSUBJ);
    }
    /* (the subject's words are the phrase after the comma, none of them
     * hung elsewhere) */
    for (long k = c + 1; k < (long)v && !said && subj; k++)
      subj = k == n || doc->words[k].head == (long)v ||
             doc->words[k].head == n ||
             (doc->words[k].head > c && doc->words[k].head < (long)v);
    if (said || !subj)
      continue;
    if (n >= 0) {
      doc->words[n].head = (long)v;
      w[n].dep = NLP_DEP_NSUBJ;
    }
    doc->words[v].head = r;
    w[v].dep = NLP_DEP_PARATAXIS;
    doc->words[c].head = (long)v;
  }
}

/* "... approved the sale of jets to Turkey, officials said": the noun
 * phrase between the last comma and a saying with no subject, hung by
 * the parser on a word before the comma (a conjunct, an apposition), is
 * the saying's subject. */
static void fix_attribution_subject(const annals_lexicon *lx, annals_doc *doc,
                                    nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 2; v < end; v++) {
    if (w[v].upos != NLP_UPOS_VERB || !reporting_verb(lx, &w[v]) ||
        own_subject(doc, w, s->first, end, v, -1))
      continue;
    size_t h = v - 1;
    if (w[h].upos != NLP_UPOS_NOUN && w[h].upos != NLP_UPOS_PROPN)
      continue;
    size_t c = h;
    while (c > s->first &&
           (w[c - 1].upos == NLP_UPOS_DET || w[c - 1].upos == NLP_UPOS_ADJ ||
            w[c - 1].upos == NLP_UPOS_NOUN || w[c - 1].upos == NLP_UPOS_PROPN))
      c--;
    if (c == s->first || w[c - 1].upos != NLP_UPOS_PUNCT)
      continue;
    /* (the phrase's head: its one word hung before it; "Interior
     * Minister Mohsen Naqvi" ends in a word of the name) */
    long top = -1;
    for (size_t k = c; k <= h && top != -2; k++) {
      long hd = doc->words[k].head;
      if (hd >= (long)c && hd <= (long)h)
        continue;
      top = top == -1 && hd >= 0 && hd < (long)c ? (long)k : -2;
    }
    if (top < 0)
      continue;
    doc->words[top].head = (long)v;
    w[top].dep = NLP_DEP_NSUBJ;
  }
}

/* "launched a massive missile and drone attack on the grid": two nouns
 * joined by "and" before the noun they both modify, read with the first
 * as the verb's object and the noun after them hung apart on the verb.
 * The noun after them heads the phrase; the first is its compound (with
 * the second still its conjunct), and the article and adjectives before
 * it go with the head. */
static void fix_coordinated_compound(annals_doc *doc, nlp_word *w,
                                     size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t z = s->first + 3; z < end; z++) {
    size_t y = z - 1;
    long x = doc->words[y].head;
    long v = doc->words[z].head;
    if (w[z].upos != NLP_UPOS_NOUN || w[y].upos != NLP_UPOS_NOUN ||
        w[y].dep != NLP_DEP_CONJ || x < (long)s->first || x >= (long)y ||
        w[x].upos != NLP_UPOS_NOUN || doc->words[x].head != v || v < 0 ||
        w[v].upos != NLP_UPOS_VERB || w[x].dep != NLP_DEP_OBJ ||
        (w[z].dep != NLP_DEP_OBL_UNMARKED && w[z].dep != NLP_DEP_OBJ &&
         w[z].dep != NLP_DEP_DEP))
      continue;
    bool own_det = false;
    for (size_t k = s->first; k < z && !own_det; k++)
      own_det = doc->words[k].head == (long)z && w[k].dep == NLP_DEP_DET;
    if (own_det)
      continue;
    for (size_t k = s->first; k < (size_t)x; k++)
      if (doc->words[k].head == x &&
          (w[k].dep == NLP_DEP_DET || w[k].dep == NLP_DEP_AMOD ||
           w[k].dep == NLP_DEP_NMOD_POSS || w[k].dep == NLP_DEP_NUMMOD))
        doc->words[k].head = (long)z;
    w[z].dep = w[x].dep;
    doc->words[x].head = (long)z;
    w[x].dep = NLP_DEP_COMPOUND;
  }
}

/* "soldiers had crossed the border" labelled with the soldiers a
 * passive subject: a verb with an object of its own and no passive
 * auxiliary has an active subject. */
static void fix_active_subject(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first; c < end; c++) {
    long v = doc->words[c].head;
    if (w[c].dep != NLP_DEP_NSUBJ_PASS || v < (long)s->first ||
        w[v].upos != NLP_UPOS_VERB)
      continue;
    bool obj = false, pass = false;
    for (size_t k = s->first; k < end; k++)
      if (doc->words[k].head == v) {
        obj = obj || w[k].dep == NLP_DEP_OBJ;
        pass = pass || w[k].dep == NLP_DEP_AUX_PASS;
      }
    if (obj && !pass)
      w[c].dep = NLP_DEP_NSUBJ;
  }
}

void tree_repair(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                 const bool *date_word, size_t si) {
  /* (every step leaves a tree: no word hangs under itself) */
  uint32_t small[256]; /* (no allocation for a sentence of news) */
  size_t n = doc->sents[si].n;
  uint32_t *seen = n <= G_N_ELEMENTS(small) ? small : g_new(uint32_t, n);
#define STEP(call)                                                             \
  do {                                                                         \
    call;                                                                      \
    break_loops(doc, w, si, seen);                                             \
  } while (0)
  STEP(fix_punct_heads(doc, w, si));
  STEP(fix_bracket_tag(doc, w, si));
  STEP(fix_double_subject(doc, w, si));
  STEP(fix_case_on_number(doc, w, si));
  STEP(fix_copula_passive(doc, w, si));
  STEP(fix_active_subject(doc, w, si));
  STEP(fix_attribution_relcl(lx, doc, w, si));
  STEP(fix_attribution_subject(lx, doc, w, si));
  STEP(fix_coordinated_compound(doc, w, si));
  STEP(fix_sconj_argument(doc, w, si));
  STEP(fix_phone_with(doc, w, si));
  STEP(fix_hyphen_verb_subject(lx, doc, w, si));
  STEP(fix_that_clauses(lx, doc, w, date_word, si));
  STEP(fix_name_root(doc, w, si));
  STEP(fix_that_subject(doc, w, si));
  STEP(fix_loose_that(doc, w, si));
  STEP(fix_according_appos(doc, w, si));
  STEP(fix_told_that(lx, doc, w, si));
  STEP(fix_said_in_that(lx, doc, w, si));
  STEP(fix_close_to(lx, doc, w, si));
  STEP(fix_that_after_clause(lx, doc, w, si));
  STEP(fix_date_heads(doc, w, date_word, si));
  STEP(fix_date_opener(doc, w, date_word, si));
  STEP(fix_date_subject(doc, w, date_word, si));
  STEP(fix_date_before_verb(doc, w, date_word, si));
  STEP(fix_unmarked_object(doc, w, date_word, si));
  STEP(fix_marked_object(doc, w, si));
  STEP(fix_partitive(doc, w, si));
  STEP(fix_title_before_name(doc, w, date_word, si));
  STEP(fix_act_object_prep(lx, doc, w, date_word, si));
  STEP(fix_date_by_agent(doc, w, date_word, si));
  STEP(fix_noun_conj_on_verb(doc, w, si));
  STEP(fix_conj_dates(doc, w, date_word, si));
  STEP(fix_infinitive_object(doc, w, si));
  STEP(fix_double_subjects(doc, w, si));
  STEP(fix_subject_after_verb(lx, doc, w, si));
  STEP(fix_pronoun_possessor(doc, w, si));
  STEP(fix_vocative_subject(doc, w, si));
  STEP(fix_titles_conj_name(doc, w, si));
  STEP(fix_possessor_subject(doc, w, si));
  /* (these compare each verb with the words around it: a "sentence" of
   * thousands of words, a list or a table, is no clause to repair, and
   * would cost their square) */
  if (doc->sents[si].n <= REPAIR_MAX_WORDS) {
    STEP(fix_participle_opener(doc, w, si));
    STEP(fix_coup_detat(doc, w, si));
    STEP(fix_what_called(doc, w, si));
    STEP(fix_act_participle(lx, doc, w, si));
    STEP(fix_as_saying_on_noun(doc, w, si));
    STEP(fix_quoted_as_saying(doc, w, si));
    STEP(fix_said_object(lx, doc, w, si));
    STEP(fix_reduced_clause_said(lx, doc, w, si));
    STEP(fix_by_agent(doc, w, si));
    STEP(fix_participle_tense(doc, w, si));
    STEP(fix_acl_past(doc, w, si));
    STEP(fix_attribution_subject(lx, doc, w, si));
    STEP(fix_relative_after_comma(doc, w, si));
    STEP(fix_who_place(doc, w, si));
    STEP(fix_relative_that(doc, w, si));
    STEP(fix_verb_after_relative(doc, w, si));
    STEP(fix_whose_clause(doc, w, si));
    STEP(fix_clause_as_phrase(doc, w, si));
    STEP(fix_hyphen_modifier(doc, w, si));
    STEP(fix_subject_of_phrase(doc, w, si));
    STEP(fix_fronted_phrase_subject(doc, w, si));
    STEP(fix_object_apposition(doc, w, date_word, si));
    STEP(fix_title_of_possessor(doc, w, si));
    STEP(fix_ing_opener(doc, w, si));
    STEP(fix_participle_modifier(doc, w, si));
    STEP(fix_conj_participle(doc, w, date_word, si));
    STEP(fix_stray_compound(doc, w, si));
    STEP(fix_conj_after_clause(doc, w, si));
    STEP(fix_conj_subject(doc, w, si));
    STEP(fix_acl_main_verb(doc, w, si));
    STEP(fix_reduced_relative(doc, w, si));
    STEP(fix_relative_subject(doc, w, si));
    STEP(fix_reduced_relative_clause(doc, w, si));
    STEP(fix_object_infinitive(doc, w, si));
    STEP(fix_perfect_amod(doc, w, si));
    STEP(fix_naming_predicate(doc, w, si));
    STEP(fix_finite_amod(doc, w, si));
  }
  STEP(fix_role_subjects(doc, w, si));
  STEP(fix_names(doc, w, date_word, si));
  STEP(fix_particle(doc, w, si));
#undef STEP
  if (seen != small)
    g_free(seen);
}
