/*
 * events/treefix_args.c - repairs of a clause's arguments: subjects, objects
 * and particles, names and the titles before them, possessors and appositions.
 * (tree_repair in treefix.c runs them in order).
 */
#include "events/treefix_int.h"

/* "Ahmad Vahidi, a senior commander in the army said on Monday that":
 * without the comma that closes the apposition, the parser may make the
 * name the root and the verb a clause on the apposition.  The verb is
 * the root, the name its subject. */
void fix_name_root(annals_doc *doc, nlp_word *w, size_t si) {
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

/* "imposed sanctions on five Iranian officials" parsed with the
 * officials a second object of the verb, "on" the case marker of their
 * count: a verb's object marked by a preposition is an oblique, the
 * marker its own (and a conjunct with no "and", a modifier of the noun
 * it was joined to). */
void fix_marked_object(annals_doc *doc, nlp_word *w, size_t si) {
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
    if (v >= (long)s->first && w[v].upos == NLP_UPOS_VERB && (long)c != v + 1) {
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
void fix_act_object_prep(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                         const bool *date_word, size_t si) {
  static const char *const preps[] = {"on", "against", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first + 2; c < end; c++) {
    long o = doc->words[c].head;
    if (w[c].dep != NLP_DEP_CASE || !lemma_in(&w[c], preps) || o <= (long)c ||
        o >= (long)end || date_word[o] ||
        nlp_dep_universal(w[o].dep) != NLP_DEP_OBL)
      continue;
    long v = doc->words[o].head;
    /* the object: the word before the marker's phrase, or its head */
    long n = (long)c - 1;
    while (n > v && doc->words[n].head > n && doc->words[n].head < (long)c)
      n = doc->words[n].head;
    if (v < (long)s->first || w[v].upos != NLP_UPOS_VERB || n <= v ||
        doc->words[n].head != v || w[n].dep != NLP_DEP_OBJ ||
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

/* "signed by the government and the rebels" parsed with the rebels a
 * conjunct of the verb: a noun joined by "and" to a verb, right after a
 * noun phrase that is the verb's own, is that noun's conjunct. */
void fix_noun_conj_on_verb(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_title_before_name(annals_doc *doc, nlp_word *w, const bool *date_word,
                           size_t si) {
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
        date_word[nh] && !date_word[n] && w[n].dep == NLP_DEP_COMPOUND &&
        h >= 0) {
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

/* "X is severing ties with Rwanda and the Security Council has called a
 * meeting": the parser may join the second clause's subject to the
 * first clause's object and its verb, subjectless, to the first verb.  A
 * verb joined to an earlier verb, with no subject of its own, right
 * after a noun joined by "and" to a noun of the first clause, has that
 * noun as its subject, and the "and" joins the clauses. */
void fix_conj_subject(annals_doc *doc, nlp_word *w, size_t si) {
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
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN) || m <= h ||
        m >= (long)n ||
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
void fix_vocative_subject(annals_doc *doc, nlp_word *w, size_t si) {
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
      aux = doc->words[k].head == v &&
            (w[k].dep == NLP_DEP_AUX || w[k].dep == NLP_DEP_AUX_PASS);
    w[i].dep = NLP_DEP_NSUBJ;
    if (!aux && w[v].xpos == NLP_XPOS_VBN)
      w[v].xpos = NLP_XPOS_VBD;
  }
}

/* "captured former Liberian leader and warlord Charles Taylor": two
 * titles joined by "and" before one name are that one person's; the
 * parser may join the name, with the second title on it, to the first
 * title.  The name is the first title's apposition. */
void fix_titles_conj_name(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const titles[] = {
      "leader",    "president", "minister", "premier", "warlord",
      "general",   "commander", "chief",    "head",    "founder",
      "dictator",  "ruler",     "king",     "emir",    "chairman",
      "strongman", "militant",  "rebel",    NULL};
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
        (doc->words[n].head != t && doc->words[n].head != doc->words[t].head))
      continue;
    doc->words[n].head = t;
    w[n].dep = NLP_DEP_APPOS;
    doc->words[cc].head = t2;
    w[t2].dep = NLP_DEP_CONJ;
    doc->words[t2].head = t;
  }
}

/* "Vell denounced the United States": a verb the parser gave a subject
 * before it and another after it, and no object, has the one after as
 * its object (but a saying's subject may follow it: "..., said the
 * minister"). */
void fix_subject_after_verb(const annals_lexicon *lx, annals_doc *doc,
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
void fix_pronoun_possessor(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_infinitive_object(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const deciding[] = {
      "decision", "move",   "plan",     "bid",     "attempt", "order",
      "call",     "effort", "vote",     "threat",  "refusal", "pledge",
      "promise",  "offer",  "proposal", "request", "demand",  NULL};
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
void fix_double_subjects(annals_doc *doc, nlp_word *w, size_t si) {
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

/* "said it had shot down two drones": the parser may hang the subject
 * on the auxiliary, read as a verb of its own; a subject of a word
 * that is itself a verb's auxiliary is that verb's. */
void fix_subject_on_aux(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first; i < end; i++) {
    /* (an auxiliary's own lemma: not a verb the parser called one) */
    static const char *const auxes[] = {
        "be",  "have",  "do",   "will",  "would",  "can", "could",
        "may", "might", "must", "shall", "should", NULL};
    long a = doc->words[i].head;
    if (a < (long)s->first || nlp_dep_universal(w[i].dep) != NLP_DEP_NSUBJ ||
        nlp_dep_universal(w[a].dep) != NLP_DEP_AUX || !lemma_in(&w[a], auxes))
      continue;
    long v = doc->words[a].head;
    if (v < (long)s->first || v == (long)i || w[v].upos != NLP_UPOS_VERB ||
        own_subject(doc, w, s->first, end, (size_t)v, (long)i))
      continue;
    doc->words[i].head = v;
    if (w[a].upos == NLP_UPOS_VERB)
      w[a].upos = NLP_UPOS_AUX;
  }
}

/* "fled as fighting spread to the outskirts": the tagger may read the
 * event noun in "-ing" after "as", "while" or "when" as a verb, and a
 * verb whose past is its base form ("spread", "hit", "burst") as its
 * object; the noun is the subject of that verb. */
void fix_ing_subject(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const same_past[] = {"spread", "hit",   "burst", "shut",
                                          "split",  "erupt", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 1; v + 1 < end; v++) {
    size_t o = v + 1;
    const annals_word *dv = &doc->words[v];
    if (w[v].xpos != NLP_XPOS_VBG || dv->end - dv->start < 5 ||
        strncmp(doc->text + dv->end - 3, "ing", 3) != 0 ||
        w[v - 1].upos != NLP_UPOS_SCONJ || doc->words[v - 1].head != (long)v ||
        doc->words[o].head != (long)v || w[o].dep != NLP_DEP_OBJ ||
        w[o].upos != NLP_UPOS_NOUN || !lemma_in(&w[o], same_past))
      continue;
    bool bare = true; /* (the "object" has nothing of its own) */
    for (size_t k = s->first; k < end && bare; k++)
      bare = doc->words[k].head != (long)o;
    if (!bare)
      continue;
    for (size_t k = s->first; k < end; k++)
      if (doc->words[k].head == (long)v && k != o)
        doc->words[k].head = (long)o;
    doc->words[o].head = doc->words[v].head;
    w[o].dep = w[v].dep;
    w[o].upos = NLP_UPOS_VERB;
    w[o].xpos = NLP_XPOS_VBD;
    doc->words[v].head = (long)o;
    w[v].dep = NLP_DEP_NSUBJ;
    w[v].upos = NLP_UPOS_NOUN;
    w[v].xpos = NLP_XPOS_NN;
    /* (the noun is its own lemma: "fighting", not "fight") */
    static const char *const nouns[][2] = {
        {"fight", "fighting"}, {"shell", "shelling"}, {"bomb", "bombing"},
        {"loot", "looting"},   {"riot", "rioting"},   {"kill", "killing"}};
    for (size_t k = 0; k < G_N_ELEMENTS(nouns); k++)
      if (w[v].lemma && strcmp(w[v].lemma, nouns[k][0]) == 0)
        w[v].lemma = nouns[k][1];
  }
}

/* "struck targets in retaliation for an attack", "in response to the
 * raid": the parser may hang the "for" or "to" phrase on the verb (which
 * then reads as "strike for", a labour strike); it is the noun's. */
void fix_reason_phrase(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const reasons[] = {
      "retaliation", "response",     "revenge",    "reprisal", "return",
      "exchange",    "compensation", "punishment", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t n = s->first + 1; n + 2 < end; n++) {
    long v = doc->words[n].head;
    if (!lemma_in(&w[n], reasons) || v < (long)s->first ||
        nlp_dep_universal(w[n].dep) != NLP_DEP_OBL || !w[n + 1].lemma ||
        (strcmp(w[n + 1].lemma, "for") != 0 &&
         strcmp(w[n + 1].lemma, "to") != 0))
      continue;
    long o = doc->words[n + 1].head;
    if (o <= (long)n + 1 || o >= (long)end || doc->words[o].head != v ||
        nlp_dep_universal(w[o].dep) != NLP_DEP_OBL)
      continue;
    doc->words[o].head = (long)n;
    w[o].dep = NLP_DEP_NMOD;
  }
}

/* "regained control of the palace from the RSF", "seized the town from
 * the rebels": a "from" phrase the parser hung on what was taken (or on
 * the noun of its "of") is whom the taking verb took it from. */
void fix_taken_from(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const taking[] = {
      "take", "retake",  "seize",   "capture", "recapture", "wrest", "regain",
      "gain", "reclaim", "recover", "grab",    "snatch",    NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 2; i < end; i++) {
    long n = doc->words[i].head;
    if (n < (long)s->first || n >= (long)i ||
        nlp_dep_universal(w[i].dep) != NLP_DEP_NMOD ||
        (w[i].upos != NLP_UPOS_NOUN && w[i].upos != NLP_UPOS_PROPN))
      continue;
    bool from = false;
    for (size_t k = (size_t)n + 1; k < i && !from; k++)
      from = doc->words[k].head == (long)i && w[k].dep == NLP_DEP_CASE &&
             w[k].lemma && strcmp(w[k].lemma, "from") == 0;
    long o = n; /* (up an "of" phrase to the object) */
    if (nlp_dep_universal(w[o].dep) == NLP_DEP_NMOD &&
        doc->words[o].head >= (long)s->first)
      o = doc->words[o].head;
    long v = doc->words[o].head;
    if (!from || w[o].dep != NLP_DEP_OBJ || v < (long)s->first ||
        w[v].upos != NLP_UPOS_VERB || !lemma_in(&w[v], taking))
      continue;
    doc->words[i].head = v;
    w[i].dep = NLP_DEP_OBL;
  }
}

/* "has revoked with immediate effect a military accord": the parser may
 * hang the object after an adverbial phrase on that phrase's noun; a
 * noun has no object, so it is the verb's, when the verb has none. */
void fix_object_on_noun(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 2; i < end; i++) {
    long n = doc->words[i].head;
    if (w[i].dep != NLP_DEP_OBJ || n < (long)s->first || n >= (long)i ||
        w[n].upos != NLP_UPOS_NOUN ||
        nlp_dep_universal(w[n].dep) != NLP_DEP_OBL)
      continue;
    long v = doc->words[n].head;
    if (v < (long)s->first || w[v].upos != NLP_UPOS_VERB ||
        has_object(doc, w, s->first, end, (size_t)v))
      continue;
    doc->words[i].head = v;
  }
}

/* "seized power on Wednesday and detained President Ivo Dane.": the
 * parser may hang the last name on the stop, which the repair of marks
 * then makes a second subject of the first verb.  A subject after its
 * verb, right after a verb joined to it by "and" that has no object, is
 * that verb's object. */
void fix_late_subject(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t n = s->first + 2; n < end; n++) {
    long v = doc->words[n].head;
    if (v < (long)s->first || v >= (long)n ||
        nlp_dep_universal(w[n].dep) != NLP_DEP_NSUBJ ||
        (w[n].upos != NLP_UPOS_PROPN && w[n].upos != NLP_UPOS_NOUN))
      continue;
    /* (the first word of the subject's phrase) */
    size_t a = n;
    while (a > s->first + 1 && doc->words[a - 1].head == (long)n)
      a--;
    long c = (long)a - 1;
    if (c <= v || w[c].upos != NLP_UPOS_VERB || doc->words[c].head != v ||
        w[c].dep != NLP_DEP_CONJ ||
        has_object(doc, w, s->first, end, (size_t)c) ||
        !has_dependent(doc, w, s->first, end, (size_t)c, NLP_DEP_CC))
      continue;
    doc->words[n].head = c;
    w[n].dep = NLP_DEP_OBJ;
  }
}

/* "a general who once led the police, Karl Brenn, was killed": a name
 * set off by commas after a noun of a person and its clause is that
 * person's name, whatever loose relation the parser gave it. */
void fix_list_apposition(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t n = s->first + 2; n + 1 < end; n++) {
    long h = doc->words[n].head;
    int d = w[n].dep;
    if (w[n].upos != NLP_UPOS_PROPN || h < (long)s->first || h >= (long)n ||
        (d != NLP_DEP_LIST && d != NLP_DEP_DEP && d != NLP_DEP_PARATAXIS) ||
        w[h].upos != NLP_UPOS_NOUN || !w[h].lemma ||
        !noun_names_person(w[h].lemma))
      continue;
    /* (the name's words, between two commas) */
    size_t a = n, b = n;
    while (a > s->first && w[a - 1].upos == NLP_UPOS_PROPN &&
           doc->words[a - 1].head == (long)n)
      a--;
    while (b + 1 < end && w[b + 1].upos == NLP_UPOS_PROPN &&
           doc->words[b + 1].head == (long)n)
      b++;
    if (a == s->first || b + 1 >= end || !is_comma(doc, w, a - 1) ||
        !is_comma(doc, w, b + 1))
      continue;
    w[n].dep = NLP_DEP_APPOS;
    doc->words[a - 1].head = (long)n;
    doc->words[b + 1].head = (long)n;
  }
}

/* "Malawi's Constitutional Court annulled ...": the parser may make the
 * possessor a subject of the verb beside its noun.  A subject with a
 * possessive "'s" that the verb's next subject follows, with only the
 * noun's modifiers between, is that subject's possessor. */
void fix_possessor_subject(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_role_subjects(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_names(annals_doc *doc, nlp_word *w, const bool *date_word, size_t si) {
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

/* "sentenced opposition leader X Y to 25 years in prison": a subject
 * hung on a phrase that a preposition marks and no copula makes a
 * predicate ("to 25 years") is none; it belongs to the verb above the
 * phrase, a phrase of that verb with no preposition (which
 * fix_object_apposition() may then join to the object before it). */
void fix_subject_of_phrase(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_fronted_phrase_subject(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_object_apposition(annals_doc *doc, nlp_word *w, const bool *date_word,
                           size_t si) {
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
        "president", "minister", "leader", "general", "commander", "premier",
        "governor",  "mayor",    "chief",  "senator", "lawmaker",  "journalist",
        "activist",  "opponent", "cleric", "colonel", NULL};
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
void fix_title_of_possessor(annals_doc *doc, nlp_word *w, size_t si) {
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

/* "who won re-election earlier this year": the parser may hang the
 * noun after a verb as a compound on the adverb that follows it.  A
 * compound on a word that is no noun, right after a verb with no object,
 * is the verb's object. */
void fix_stray_compound(annals_doc *doc, nlp_word *w, size_t si) {
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

/* "refused to be sworn in on Monday", "stepped down on Friday": a
 * particle right after its verb and right before a preposition or the
 * end of the clause may be read as the preposition of the noun that
 * follows.  It is the verb's particle. */
void fix_particle(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const prts[] = {"in",   "up",   "down", "out", "off",
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
void fix_partitive(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_bracket_tag(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_double_subject(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  /* "Armenian Prime Minister Ivo Sarkis has issued": an adjective made a
   * subject of the verb whose next subject's phrase follows it is that
   * phrase's modifier */
  for (size_t a = s->first; a + 1 < s->first + s->n; a++) {
    long v = doc->words[a].head;
    if (w[a].upos != NLP_UPOS_ADJ || v < 0 ||
        nlp_dep_universal(w[a].dep) != NLP_DEP_NSUBJ)
      continue;
    size_t n = a + 1;
    while (n < s->first + s->n && n < (size_t)v &&
           !(doc->words[n].head == v &&
             nlp_dep_universal(w[n].dep) == NLP_DEP_NSUBJ))
      n++;
    if (n >= s->first + s->n || n >= (size_t)v ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN))
      continue;
    bool inside = true;
    for (size_t i = a + 1; i < n && inside; i++)
      inside = hangs_under(doc, (long)i, (long)n, (long)n + 1, 6);
    if (!inside)
      continue;
    doc->words[a].head = (long)n;
    w[a].dep = NLP_DEP_AMOD;
  }
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
void fix_case_on_number(annals_doc *doc, nlp_word *w, size_t si) {
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

/* "launched a massive missile and drone attack on the grid": two nouns
 * joined by "and" before the noun they both modify, read with the first
 * as the verb's object and the noun after them hung apart on the verb.
 * The noun after them heads the phrase; the first is its compound (with
 * the second still its conjunct), and the article and adjectives before
 * it go with the head. */
void fix_coordinated_compound(annals_doc *doc, nlp_word *w, size_t si) {
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

/* Is word i a hyphen that joins the words beside it with no space
 * ("Kassym-Jomart")? */
static bool hyphen_joins(const annals_doc *doc, const nlp_word *w, size_t i) {
  return w[i].upos == NLP_UPOS_PUNCT && w[i].lemma &&
         strcmp(w[i].lemma, "-") == 0 &&
         doc->words[i].start == doc->words[i - 1].end &&
         doc->words[i + 1].start == doc->words[i].end &&
         (w[i - 1].flags & NLP_WF_CAP) && (w[i + 1].flags & NLP_WF_CAP);
}

/* "Minister for Foreign Affairs Penny Wong said", "Secretary of
 * Communication Frantz Exantus said", "Chair of the Senate Kassym-Jomart
 * Tokayev": an office, "for" or "of" (and "the"), its department in
 * capitals and the holder's name.  The parser makes the office, the
 * department and the name subjects of their own, or the name the
 * office's "of" phrase.  The office is the phrase's head, the department
 * its own, the name (the last two words, three with a hyphen) in
 * apposition. */
void fix_office_department(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const offices[] = {
      "minister", "secretary", "commissioner", "director",      "governor",
      "chief",    "chair",     "chairman",     "chairwoman",    "chairperson",
      "speaker",  "president", "coordinator",  "administrator", NULL};
  /* (not one who speaks or acts for a person: "a spokesman for
   * President Gloria Macapagal Arroyo") */
  static const char *const persons[] = {"president", "prime", "king",
                                        "queen", "leader", "general",
                                        "premier", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t t = s->first; t + 5 < end; t++) {
    bool office = false;
    for (size_t k = 0; w[t].lemma && offices[k] && !office; k++)
      office = g_ascii_strcasecmp(w[t].lemma, offices[k]) == 0;
    if ((w[t].upos != NLP_UPOS_NOUN && w[t].upos != NLP_UPOS_PROPN) ||
        !office || !w[t + 1].lemma ||
        (strcmp(w[t + 1].lemma, "for") != 0 &&
         strcmp(w[t + 1].lemma, "of") != 0))
      continue;
    size_t b = t + 2; /* the department's first word */
    if (w[b].lemma && strcmp(w[b].lemma, "the") == 0 &&
        !(w[b].flags & NLP_WF_CAP))
      b++;
    size_t e = b;
    while (e < end &&
           (((w[e].flags & NLP_WF_CAP) &&
             (w[e].upos == NLP_UPOS_PROPN || w[e].upos == NLP_UPOS_ADJ ||
              w[e].upos == NLP_UPOS_NOUN)) ||
            (e > b && e + 1 < end && hyphen_joins(doc, w, e))))
      e++;
    /* (a department of one word or more, and a name of two, ending the
     * run: not "Pakistan Tehreek-e-Insaf") */
    if (e < b + 3 || e >= end || (w[e].flags & NLP_WF_CAP) ||
        doc->words[e].start == doc->words[e - 1].end)
      continue;
    e--;
    /* the holder's first word: two words from the end, three with a
     * hyphen */
    size_t n = e - 1;
    if (n >= b + 3 && hyphen_joins(doc, w, n - 1))
      n -= 2;
    if (n < b + 1)
      continue;
    bool person = false;
    for (size_t i = b; i < n && !person; i++)
      person = lemma_in(&w[i], persons);
    if (person)
      continue;
    long v = -1;
    int rel = 0;
    for (size_t i = t; i <= e && v < 0; i++) {
      long h = doc->words[i].head;
      if (h < (long)t || h > (long)e) {
        v = h;
        rel = w[i].dep;
      }
    }
    if (v < 0 && rel == 0)
      continue;
    size_t d = n - 1;
    /* (an office in capitals is a noun, not a name: "Chair") */
    w[t].upos = NLP_UPOS_NOUN;
    w[t].xpos = NLP_XPOS_NN;
    doc->words[t].head = v;
    w[t].dep = rel;
    doc->words[n].head = (long)t;
    w[n].dep = NLP_DEP_APPOS;
    for (size_t i = n + 1; i <= e; i++) {
      doc->words[i].head = (long)n;
      w[i].dep = w[i].upos == NLP_UPOS_PUNCT ? NLP_DEP_PUNCT : NLP_DEP_FLAT;
    }
    doc->words[t + 1].head = (long)d;
    w[t + 1].dep = NLP_DEP_CASE;
    doc->words[d].head = (long)t;
    w[d].dep = NLP_DEP_NMOD;
    for (size_t i = t + 2; i < d; i++) {
      doc->words[i].head = (long)d;
      w[i].dep = i < b ? NLP_DEP_DET : NLP_DEP_COMPOUND;
    }
    /* (what hung on the words of the run hangs on the office) */
    for (size_t i = s->first; i < end; i++)
      if ((i < t || i > e) && doc->words[i].head > (long)t &&
          doc->words[i].head <= (long)e)
        doc->words[i].head = (long)t;
    return;
  }
}
