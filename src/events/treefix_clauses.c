/*
 * events/treefix_clauses.c - repairs of clauses: relative and reduced relative
 * clauses, participles, passives by agent, and clauses the parser hung on the
 * wrong verb or noun. (tree_repair in treefix.c runs them in order).
 */
#include "events/treefix_int.h"

/* "Meeting in Bali, Biden and Xi signed a joint statement": the parser
 * may make the opening participle the subject and the names after the
 * comma conjuncts of its phrase.  The names are the subject, the
 * participle's clause tells the circumstance. */
void fix_ing_opener(annals_doc *doc, nlp_word *w, size_t si) {
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
    if (doc->words[i].head == nh &&
        (w[i].dep == NLP_DEP_CONJ || w[i].dep == NLP_DEP_APPOS)) {
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

/* "spoke on Sunday, months after troops swept into the capital and
 * toppled the regime": the parser may join the second verb to the main
 * clause's.  A verb joined by "and", with no subject of its own, to the
 * verb of a main clause, right after a clause that "after", "before",
 * "when", "as" or "since" opens in between (no comma before "and"), is
 * that clause's second verb. */
void fix_conj_after_clause(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const marks[] = {"after", "before", "when", "as",
                                      "since", "until",  NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t c = s->first + 2; c < end; c++) {
    long h = doc->words[c].head;
    if (w[c].dep != NLP_DEP_CONJ || w[c].upos != NLP_UPOS_VERB || h < 0 ||
        h >= (long)c || w[h].upos != NLP_UPOS_VERB)
      continue;
    if (own_subject(doc, w, s->first, end, c, -1) || !w[c - 1].lemma ||
        strcmp(w[c - 1].lemma, "and") != 0 || doc->words[c - 1].head != (long)c)
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

/* "Police fired tear gas at protesters": the parser may read a past
 * tense before a noun as its adjective and make the noun the root.  A
 * word tagged as a past tense is no adjective: it is the verb, the noun
 * it hung on its object, the subject before it its own, and the phrases
 * after the noun (but "of" ones) its obliques. */
void fix_finite_amod(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first; v < end; v++) {
    long n = doc->words[v].head;
    if (w[v].xpos != NLP_XPOS_VBD || w[v].dep != NLP_DEP_AMOD || n <= (long)v ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN))
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
void fix_acl_main_verb(annals_doc *doc, nlp_word *w, size_t si) {
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

/* "Ana Ruiz, a judge arrested last year, won the vote": or it may
 * make the name the subject of the participle on the apposition, and
 * the apposition the subject of the main verb. */
static void appos_subject(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t a = s->first; a + 3 < end; a++) {
    long r = doc->words[a].head;
    if (r <= (long)a + 2 || w[a].dep != NLP_DEP_NSUBJ ||
        (w[a].upos != NLP_UPOS_PROPN && w[a].upos != NLP_UPOS_NOUN) ||
        w[r].upos != NLP_UPOS_VERB || w[r].dep != NLP_DEP_ACL ||
        (w[r].xpos != NLP_XPOS_VBN && w[r].xpos != NLP_XPOS_VBD))
      continue;
    long b = doc->words[r].head, v = b > 0 ? doc->words[b].head : -1;
    if (b <= (long)a || b >= r || v <= r || w[b].upos != NLP_UPOS_NOUN ||
        nlp_dep_universal(w[b].dep) != NLP_DEP_NSUBJ)
      continue;
    bool comma = false;
    for (long i = (long)a + 1; i < b && !comma; i++)
      comma = is_comma(doc, w, (size_t)i);
    if (!comma)
      continue;
    for (long i = (long)a + 1; i < b; i++)
      if (doc->words[i].head == r || doc->words[i].head == v)
        doc->words[i].head = b;
    doc->words[a].head = v;
    w[a].dep = w[b].dep;
    doc->words[b].head = (long)a;
    w[b].dep = NLP_DEP_APPOS;
    return;
  }
}

/* "Ana Ruiz, a lawyer jailed by the junta in 1981, was sworn in": the
 * parser may take the participle of a reduced relative on an apposition
 * for the main verb, with the name and the apposition as its subjects,
 * and the true main verb after the next comma as its parataxis.  A root
 * in the past with no auxiliary and no object, two subjects before it
 * with a comma between them, and a verb after a comma with no subject of
 * its own: that verb is the root and the name its subject, the noun the
 * name's apposition and the participle what befell the noun. */
static void appos_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_appos_participle(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  appos_subject(doc, w, si);
  long r = -1;
  for (size_t i = s->first; i < end && r < 0; i++)
    if (doc->words[i].head == -1)
      r = (long)i;
  if (r < 0 || w[r].upos != NLP_UPOS_VERB ||
      (w[r].xpos != NLP_XPOS_VBD && w[r].xpos != NLP_XPOS_VBN))
    return;
  long a = -1, b = -1, v = -1;
  for (size_t i = s->first; i < end; i++) {
    if (doc->words[i].head != r)
      continue;
    int u = nlp_dep_universal(w[i].dep);
    if (w[i].upos == NLP_UPOS_AUX || u == NLP_DEP_OBJ)
      return;
    if (u == NLP_DEP_NSUBJ && (long)i < r) {
      if (a < 0)
        a = (long)i;
      else if (b < 0)
        b = (long)i;
      else
        return;
    }
    if (v < 0 && (long)i > r && w[i].upos == NLP_UPOS_VERB &&
        (w[i].dep == NLP_DEP_PARATAXIS || w[i].dep == NLP_DEP_CONJ ||
         w[i].dep == NLP_DEP_CCOMP) &&
        i > 0 && is_comma(doc, w, i - 1 - (w[i - 1].upos == NLP_UPOS_AUX)))
      v = (long)i;
  }
  if (a < 0 || b < 0 || v < 0 ||
      (w[a].upos != NLP_UPOS_PROPN && w[a].upos != NLP_UPOS_NOUN) ||
      w[b].upos != NLP_UPOS_NOUN ||
      own_subject(doc, w, s->first, end, (size_t)v, -1))
    return;
  long c = -1; /* (the comma between the name and its apposition) */
  for (long i = a + 1; i < b && c < 0; i++)
    if (is_comma(doc, w, (size_t)i))
      c = i;
  if (c < 0)
    return;
  /* (the main verb is finite, or has its auxiliary) */
  bool pass = false, aux = false;
  for (size_t i = s->first; i < end; i++)
    if (doc->words[i].head == v && w[i].upos == NLP_UPOS_AUX) {
      aux = true;
      pass = pass || w[i].dep == NLP_DEP_AUX_PASS;
    }
  if (!aux && w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBZ &&
      w[v].xpos != NLP_XPOS_VBP)
    return;
  for (long i = v + 1; i < (long)end; i++)
    if (doc->words[i].head == r)
      doc->words[i].head = v;
  for (long i = a + 1; i < b; i++)
    if (doc->words[i].head == r)
      doc->words[i].head = b;
  doc->words[v].head = -1;
  w[v].dep = NLP_DEP_ROOT;
  doc->words[a].head = v;
  w[a].dep = pass ? NLP_DEP_NSUBJ_PASS : NLP_DEP_NSUBJ;
  doc->words[b].head = a;
  w[b].dep = NLP_DEP_APPOS;
  doc->words[r].head = b;
  w[r].dep = NLP_DEP_ACL;
  w[r].xpos = NLP_XPOS_VBN;
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
void fix_reduced_relative(annals_doc *doc, nlp_word *w, size_t si) {
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
          "night",  "day",       "force",   "road",     "air",    "sea",
          "land",   "train",     "car",     "bus",      "foot",   "hand",
          "phone",  "telephone", "video",   "law",      "decree", "vote",
          "margin", "majority",  "mistake", "accident", NULL};
      bool means_word = false;
      for (size_t m = 0; means[m] && w[i].lemma && !means_word; m++)
        means_word = strcmp(w[i].lemma, means[m]) == 0;
      /* (or, of a participle of allegiance, its "to" or "with": "hackers
       * linked to Russia's military intelligence targeted ...") */
      static const char *const ties[] = {"link",      "tie",  "affiliate",
                                         "align",     "ally", "connect",
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
      v2subj = v2subj || w[i].dep == NLP_DEP_NSUBJ ||
               w[i].upos == NLP_UPOS_AUX || w[i].dep == NLP_DEP_MARK ||
               w[i].dep == NLP_DEP_CC;
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
void fix_relative_subject(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_reduced_relative_clause(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_object_infinitive(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const tell[] = {
      "order",    "ask",    "tell",   "urge",    "force",     "instruct",
      "direct",   "invite", "allow",  "permit",  "encourage", "press",
      "pressure", "compel", "oblige", "request", "authorize", "authorise",
      "warn",     "advise", NULL};
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
void fix_perfect_amod(annals_doc *doc, nlp_word *w, size_t si) {
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
    if (hn == (long)a && w[n].dep == NLP_DEP_OBJ && ha >= 0 && ha < (long)a &&
        w[ha].upos == NLP_UPOS_VERB) {
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
void fix_naming_predicate(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const naming[] = {"call", "label",   "brand",    "term",
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

/* "after the two countries conducted airstrikes", "resigned as Houthi
 * rebels seized the headquarters": the parser may read "after the two
 * countries" as a phrase and leave the verb that follows without a
 * subject (a parataxis or a conjunct).  A finite verb with no subject
 * right after a noun phrase opened by "after", "before", "since",
 * "until", "as", "while" or "once" is the clause that word opens, the
 * noun its subject; the clause hangs on the verb the phrase hung on. */
void fix_clause_as_phrase(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const opens[] = {"after", "before", "since", "until",
                                      "as",    "while",  "once",  NULL};
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

/* "A court as divided as the nation's voters ruled for Bush": the parser
 * may read the noun a comparison is set after as the sentence's root and
 * the verb as a clause of the comparison, with the compared noun for its
 * subject.  A root noun (or one beside a dateline) with "as" and an
 * adjective or participle, then "as", a noun and a verb in the past or
 * present: the verb is the root, the first noun its subject, the second
 * one what it is compared to. */
void fix_as_as_subject(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 1; i + 4 < end; i++) {
    size_t a = i + 1;
    long n = doc->words[a].head;
    if (!w[i].lemma || strcmp(w[i].lemma, "as") != 0 ||
        doc->words[i].head != (long)a ||
        (w[a].upos != NLP_UPOS_ADJ && w[a].upos != NLP_UPOS_VERB) ||
        n < (long)s->first || n >= (long)i ||
        (doc->words[n].head != -1 && w[n].dep != NLP_DEP_PARATAXIS) ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN))
      continue;
    size_t j = a + 1;
    long v = j < end ? doc->words[j].head : -1;
    if (!w[j].lemma || strcmp(w[j].lemma, "as") != 0 || v <= (long)j ||
        w[v].upos != NLP_UPOS_VERB ||
        (doc->words[v].head != (long)a && doc->words[v].head != n) ||
        (w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBZ &&
         w[v].xpos != NLP_XPOS_VBP))
      continue;
    long c = -1;
    for (long k = (long)j + 1; k < v && c < 0; k++)
      if (doc->words[k].head == v && w[k].dep == NLP_DEP_NSUBJ)
        c = k;
    if (c < 0)
      return;
    for (long k = v + 1; k < (long)end; k++)
      if (doc->words[k].head == n)
        doc->words[k].head = v;
    /* (the verb takes the noun's place: the root, or a clause set beside
     * a dateline the parser kept in the sentence) */
    doc->words[v].head = doc->words[n].head;
    w[v].dep = w[n].dep;
    doc->words[n].head = v;
    w[n].dep = NLP_DEP_NSUBJ;
    doc->words[c].head = (long)a;
    w[c].dep = NLP_DEP_OBL;
    doc->words[j].head = c;
    w[j].dep = NLP_DEP_CASE;
    return;
  }
}

/* "Arrested at the border, the two men were taken to Tarn", "Stripped of
 * power, the former president refused to leave": a past participle with
 * no subject of its own opening the sentence, then a comma, tells what
 * befell the subject of the clause after the comma (the parser may read
 * it as an active verb, or as the root).  The participle describes that
 * subject. */
void fix_participle_clause(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n, v = s->first;
  if (s->n < 5 || w[v].upos != NLP_UPOS_VERB || w[v].xpos != NLP_XPOS_VBN ||
      has_dependent(doc, w, s->first, end, v, NLP_DEP_NSUBJ) ||
      has_dependent(doc, w, s->first, end, v, NLP_DEP_NSUBJ_PASS) ||
      has_dependent(doc, w, s->first, end, v, NLP_DEP_AUX) ||
      has_dependent(doc, w, s->first, end, v, NLP_DEP_AUX_PASS))
    return;
  /* the main verb: the participle's head, or a clause hung on it; with
   * a subject whose phrase a comma opens */
  long h = doc->words[v].head, m = -1, subj = -1, c = -1;
  bool root = h < 0;
  for (size_t i = v + 1; i < end && m < 0; i++) {
    if (w[i].upos != NLP_UPOS_VERB ||
        !(root
              ? doc->words[i].head == (long)v &&
                    (w[i].dep == NLP_DEP_ADVCL || w[i].dep == NLP_DEP_CONJ ||
                     w[i].dep == NLP_DEP_PARATAXIS || w[i].dep == NLP_DEP_CCOMP)
              : (long)i == h))
      continue;
    long n = -1;
    for (size_t k = v + 1; k < i && n < 0; k++)
      if (doc->words[k].head == (long)i &&
          (w[k].dep == NLP_DEP_NSUBJ || w[k].dep == NLP_DEP_NSUBJ_PASS))
        n = (long)k;
    if (n < 0 || (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN))
      continue;
    long k = n - 1;
    while (k > (long)v && doc->words[k].head == n)
      k--;
    if (k > (long)v && is_comma(doc, w, (size_t)k)) {
      m = (long)i;
      subj = n;
      c = k;
    }
  }
  if (m < 0)
    return;
  if (root) {
    for (size_t i = (size_t)c; i < end; i++)
      if (doc->words[i].head == (long)v)
        doc->words[i].head = m;
    doc->words[m].head = -1;
    w[m].dep = NLP_DEP_ROOT;
  }
  doc->words[v].head = subj;
  w[v].dep = NLP_DEP_ACL;
}

/* "has resigned after weeks of protests and a mutiny by police
 * officers": a "by" agent the parser hung on a verb in the active (with a
 * subject of its own and no passive auxiliary), right after a noun, is
 * that noun's: the mutineers did not resign. */
void fix_active_agent(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t a = s->first + 2; a < end; a++) {
    long v = doc->words[a].head;
    if (w[a].dep != NLP_DEP_OBL_AGENT || v < (long)s->first || v >= (long)a ||
        w[v].upos != NLP_UPOS_VERB ||
        !has_dependent(doc, w, s->first, end, (size_t)v, NLP_DEP_NSUBJ) ||
        has_dependent(doc, w, s->first, end, (size_t)v, NLP_DEP_AUX_PASS) ||
        has_dependent(doc, w, s->first, end, (size_t)v, NLP_DEP_NSUBJ_PASS))
      continue;
    /* ("by" and the words of the agent's phrase before it) */
    size_t b = s->first;
    for (size_t m = (size_t)v + 1; m < a; m++)
      if (doc->words[m].head == (long)a && w[m].dep == NLP_DEP_CASE &&
          w[m].lemma && strcmp(w[m].lemma, "by") == 0)
        b = m;
    if (b <= (size_t)v + 1 || w[b - 1].upos != NLP_UPOS_NOUN ||
        hangs_under(doc, (long)b - 1, (long)a, (long)a + 1, 8))
      continue;
    doc->words[a].head = (long)b - 1;
    w[a].dep = NLP_DEP_NMOD;
  }
}

/* "a move described by a furious minister as a betrayal": a participle
 * with no auxiliary, a subject, no object and a "by" phrase naming
 * someone is a passive the parser read as active (subject and "by"
 * oblique); its subject undergoes it and the "by" phrase is its agent.
 * ("travelled by train", "won by a wide margin": means and measures
 * are no agents.) */
void fix_by_agent(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const means[] = {
      "car",     "train",    "plane",  "air",      "sea",       "road",
      "land",    "boat",     "bus",    "phone",    "telephone", "mail",
      "email",   "letter",   "force",  "surprise", "night",     "day",
      "mistake", "accident", "margin", "vote",     "majority",  "percent",
      "point",   "hand",     "way",    "means",    "far",       "chance",
      "default", "decree",   "law",    "video",    "videolink", "satellite",
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
      if (d == NLP_DEP_NSUBJ &&
          (w[i].upos == NLP_UPOS_NOUN || w[i].upos == NLP_UPOS_PROPN))
        subj = (long)i;
      /* (of a deed done to someone, with no object, any noun: "38
       * citizens killed on March 29 by suicide bombers") */
      if (d == NLP_DEP_OBL && by < 0 && (long)i > (long)v &&
          (w[i].upos == NLP_UPOS_PROPN ||
           (w[i].upos == NLP_UPOS_NOUN && (!ed || lemma_in(&w[v], done_to)) &&
            /* (but "by rebel forces" names who: "by force" is how) */
            (!lemma_in(&w[i], means) ||
             (w[i].xpos == NLP_XPOS_NNS && strcmp(w[i].lemma, "force") == 0)))))
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
void fix_acl_past(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_participle_tense(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_who_place(annals_doc *doc, nlp_word *w, size_t si) {
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
      /* ("the longest-serving leader of the Arab world who died": the
       * person whose "of" phrase the noun is) */
      long p = doc->words[n].head;
      if (a == n && p >= (long)s->first && p < n &&
          nlp_dep_universal(w[n].dep) == NLP_DEP_NMOD &&
          w[p].upos == NLP_UPOS_NOUN && w[p].lemma &&
          noun_names_person(w[p].lemma))
        a = p;
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
void fix_relative_after_comma(annals_doc *doc, nlp_word *w, size_t si) {
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
    /* (nor on the noun a form of "be" says something is, past the noun
     * of its phrase before the comma: "the release was a gift to the
     * new cabinet, which took office") */
    bool past_predicate =
        w[v].dep == NLP_DEP_ACL_RELCL && h < (long)r - 2 &&
        h >= (long)s->first &&
        has_dependent(doc, w, s->first, end, (size_t)h, NLP_DEP_COP) &&
        nlp_dep_universal(w[r - 2].dep) == NLP_DEP_NMOD &&
        hangs_under(doc, (long)r - 2, h, h + 1, 6);
    if (!person_before && !past_predicate && w[v].dep != NLP_DEP_CONJ &&
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
void fix_participle_opener(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n, p = s->first, n = p + 1, v = p + 2;
  if (s->n < 3 || w[p].upos != NLP_UPOS_VERB ||
      (w[p].xpos != NLP_XPOS_VBD && w[p].xpos != NLP_XPOS_VBN) ||
      doc->words[p].head != -1 || own_subject(doc, w, s->first, end, p, -1) ||
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

/* "It was Turkey that shot down the jet", "the group that attacked the
 * convoy": the parser may read a relative "that" as a conjunction and
 * leave its clause with no subject.  A "that" (or "which") marking a
 * relative clause with no subject of its own is that clause's subject,
 * the relative pronoun. */
void fix_relative_that(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t t = s->first; t + 1 < end; t++) {
    long v = doc->words[t].head;
    if (w[t].dep != NLP_DEP_MARK || v <= (long)t ||
        w[v].dep != NLP_DEP_ACL_RELCL || w[v].upos != NLP_UPOS_VERB ||
        !w[t].lemma ||
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

/* "staged a coup d'etat": the parser may take "d'etat" for the head and
 * "coup" for its modifier; the coup is the head, "d'etat" part of its
 * name. */
void fix_coup_detat(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_act_participle(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                        size_t si) {
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

/* "The president, who took office in 2019, announced new elections":
 * the parser may hang the main verb on the relative clause and leave the
 * noun as the sentence's root.  A finite verb with no subject after the
 * comma that closes a relative clause on the root noun is the main verb,
 * the noun its subject; so is a conjunct of the clause with neither
 * comma nor "and" before it ("The quake that struck the coast on Monday
 * killed 300"). */
void fix_verb_after_relative(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const opens[] = {"after", "before", "since", "until",
                                      NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t n = s->first; n < end; n++) {
    if (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN)
      continue;
    /* (or a noun after a word that opens a clause, made an oblique: "came
     * after the leader, who had led the council, announced his
     * resignation": the verb is the clause's, the noun its subject) */
    long opener = -1;
    if (doc->words[n].head != -1) {
      for (size_t i = s->first; i < n && w[n].dep == NLP_DEP_OBL; i++)
        if (doc->words[i].head == (long)n && w[i].dep == NLP_DEP_CASE &&
            lemma_in(&w[i], opens))
          opener = (long)i;
      if (opener < 0)
        continue;
    }
    for (size_t r = n + 1; r < end; r++) {
      /* (or on the noun's apposition: "Qatar, a nation that will host
       * the World Cup, rejected the demands") */
      long a = doc->words[r].head;
      /* (or a clause opened by "which" or "who" hung as a parataxis:
       * "Egypt and Qatar, which have been mediating, called for") */
      bool rel = w[r].dep == NLP_DEP_ACL_RELCL;
      for (size_t i = n + 1; i < r && !rel; i++)
        rel = w[r].dep == NLP_DEP_PARATAXIS && doc->words[i].head == (long)r &&
              w[i].dep == NLP_DEP_NSUBJ && w[i].lemma &&
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
        bool active_vbn = false, passive = false;
        if (w[v].xpos == NLP_XPOS_VBN) {
          bool obj = false, aux = false;
          for (size_t i = s->first; i < end; i++)
            if (doc->words[i].head == (long)v) {
              obj = obj || w[i].dep == NLP_DEP_OBJ;
              aux = aux || w[i].upos == NLP_UPOS_AUX;
              /* (or a passive's: "The two men, who were serving
               * sentences, were freed") */
              passive = passive || w[i].dep == NLP_DEP_AUX_PASS;
            }
          active_vbn = obj && !aux;
        }
        /* (the comma before its auxiliaries: ", were freed") */
        size_t f = v;
        while (f - 1 > r && doc->words[f - 1].head == (long)v &&
               (w[f - 1].upos == NLP_UPOS_AUX || w[f - 1].upos == NLP_UPOS_ADV))
          f--;
        bool comma = w[f - 1].upos == NLP_UPOS_PUNCT &&
                     doc->text[doc->words[f - 1].start] == ',';
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
             w[v].xpos != NLP_XPOS_VBP && !active_vbn && !passive) ||
            (w[v].dep != NLP_DEP_ADVCL && w[v].dep != NLP_DEP_CONJ &&
             w[v].dep != NLP_DEP_PARATAXIS) ||
            (!comma && !bare) || own_subject(doc, w, s->first, end, v, -1))
          continue;
        if (opener >= 0) {
          doc->words[v].head = doc->words[n].head;
          w[v].dep = NLP_DEP_ADVCL;
          doc->words[opener].head = (long)v;
          w[opener].dep = NLP_DEP_MARK;
          w[opener].upos = NLP_UPOS_SCONJ;
        } else {
          for (size_t i = s->first; i < end; i++) /* (the end mark) */
            if (doc->words[i].head == (long)n && i > v)
              doc->words[i].head = (long)v;
          doc->words[v].head = -1;
          w[v].dep = NLP_DEP_ROOT;
        }
        if (active_vbn)
          w[v].xpos = NLP_XPOS_VBD;
        doc->words[n].head = (long)v;
        w[n].dep = passive ? NLP_DEP_NSUBJ_PASS : NLP_DEP_NSUBJ;
        if (comma)
          doc->words[f - 1].head = (long)r; /* (the comma closes it) */
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
void fix_whose_clause(annals_doc *doc, nlp_word *w, size_t si) {
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

/* "which was established by ethnic Hutus linked to the massacres": the
 * parser may make a participle right after a noun a conjunct of a verb
 * further back (and the tagger may read it as a past tense).  A past
 * form with no "and", subject or auxiliary of its own right after a
 * noun describes that noun. */
void fix_conj_participle(annals_doc *doc, nlp_word *w, const bool *date_word,
                         size_t si) {
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
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN) || h < 0 ||
        h >= (long)n)
      continue;
    /* (nor a noun after "and" that may be the verb's subject: "and
     * Hezbollah retaliated") */
    bool own = w[n].dep == NLP_DEP_CONJ;
    for (size_t i = s->first; i < end && !own; i++)
      own = (doc->words[i].head == (long)v &&
             (w[i].dep == NLP_DEP_CC || w[i].dep == NLP_DEP_NSUBJ ||
              w[i].dep == NLP_DEP_OBJ || w[i].dep == NLP_DEP_NSUBJ_PASS ||
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
void fix_participle_modifier(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const marks[] = {"after", "before",  "when",
                                      "as",    "since",   "until",
                                      "while", "because", NULL};
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
void fix_hyphen_verb_subject(const annals_lexicon *lx, annals_doc *doc,
                             nlp_word *w, size_t si) {
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
      if (i + 2 < v &&
          (w[i].upos == NLP_UPOS_PROPN || w[i].upos == NLP_UPOS_NOUN) &&
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
void fix_hyphen_modifier(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t r = s->first + 2; r + 1 < end; r++) {
    if (w[r].upos != NLP_UPOS_NOUN || !glued_by_hyphen(doc, w, r))
      continue;
    size_t n = r + 1;
    while (n < end &&
           (w[n].upos == NLP_UPOS_ADJ || w[n].upos == NLP_UPOS_NOUN) &&
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
void fix_copula_passive(annals_doc *doc, nlp_word *w, size_t si) {
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

/* "soldiers had crossed the border" labelled with the soldiers a
 * passive subject: a verb with an object of its own and no passive
 * auxiliary has an active subject. */
void fix_active_subject(annals_doc *doc, nlp_word *w, size_t si) {
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

/* "The vote saw Diego Paz elected mayor", "the attack left three
 * guards wounded": after a verb of seeing or leaving, an object followed
 * by a participle with no subject of its own is what the participle
 * befell (the parser may make the participle a conjunct of the verb).
 * The participle becomes the verb's clause, the object its passive
 * subject. */
void fix_saw_participle(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const seeing[] = {"see", "watch", "witness", "leave",
                                       NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first; v < end; v++) {
    if (w[v].upos != NLP_UPOS_VERB || !lemma_in(&w[v], seeing))
      continue;
    for (size_t o = v + 1; o + 1 < end; o++) {
      if (doc->words[o].head != (long)v || w[o].dep != NLP_DEP_OBJ ||
          (w[o].upos != NLP_UPOS_PROPN && w[o].upos != NLP_UPOS_NOUN &&
           w[o].upos != NLP_UPOS_PRON))
        continue;
      /* (the participle right after the object's phrase) */
      size_t u = o + 1;
      while (u < end && hangs_under(doc, (long)u, (long)o, (long)o + 1, 8) &&
             w[u].upos != NLP_UPOS_VERB)
        u++;
      long uh = u < end ? doc->words[u].head : -1;
      if (u >= end || w[u].upos != NLP_UPOS_VERB ||
          (w[u].xpos != NLP_XPOS_VBN && w[u].xpos != NLP_XPOS_VBD) ||
          (uh != (long)v && uh != (long)o) ||
          own_subject(doc, w, s->first, end, u, -1) ||
          has_dependent(doc, w, s->first, end, u, NLP_DEP_AUX) ||
          has_dependent(doc, w, s->first, end, u, NLP_DEP_CC))
        break;
      doc->words[u].head = (long)v;
      w[u].dep = NLP_DEP_CCOMP;
      w[u].xpos = NLP_XPOS_VBN;
      doc->words[o].head = (long)u;
      w[o].dep = NLP_DEP_NSUBJ_PASS;
      break;
    }
  }
}

/* "Soldiers loyal to the president fired on protesters": the parser may
 * make the adjective after a noun the root ("soldiers are loyal") and the
 * finite verb after it a conjunct with no "and".  The verb is the root,
 * the noun its subject, the adjective (with its phrase) the noun's. */
void fix_adjective_root(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t r = s->first + 1; r < end; r++) {
    size_t n = r - 1;
    if (w[r].upos != NLP_UPOS_ADJ || doc->words[n].head != (long)r ||
        w[n].dep != NLP_DEP_NSUBJ ||
        (w[n].upos != NLP_UPOS_NOUN && w[n].upos != NLP_UPOS_PROPN))
      continue;
    long v = -1, up = doc->words[r].head;
    if (up < 0) {
      for (size_t i = r + 1; i < end && v < 0; i++)
        if (doc->words[i].head == (long)r && w[i].dep == NLP_DEP_CONJ)
          v = (long)i;
    } else if (up > (long)r && w[r].dep != NLP_DEP_CONJ &&
               nlp_dep_universal(w[r].dep) != NLP_DEP_ACL) {
      /* ("Protesters angry at the price blocked the road": the
       * adjective made a clause of the verb's, the noun its subject) */
      v = up;
    }
    if (v < 0 ||
        (w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBZ &&
         w[v].xpos != NLP_XPOS_VBP) ||
        has_dependent(doc, w, s->first, end, (size_t)v, NLP_DEP_CC) ||
        own_subject(doc, w, s->first, end, (size_t)v, -1))
      continue;
    /* (every word between is the adjective's, and no copula or comma:
     * "X is loyal and fired" is two clauses) */
    bool clause = false;
    for (size_t i = r + 1; i < (size_t)v && !clause; i++) {
      long h = (long)i;
      for (int k = 0; h >= 0 && h != (long)r && h != v && k < 16; k++)
        h = doc->words[h].head;
      clause = h != (long)r;
    }
    for (size_t i = r + 1; i < (size_t)v && !clause; i++)
      clause = doc->words[i].head == (long)r &&
               (w[i].dep == NLP_DEP_COP || w[i].dep == NLP_DEP_CC ||
                (w[i].upos == NLP_UPOS_PUNCT && i + 1 == (size_t)v));
    if (clause)
      continue;
    for (size_t i = (size_t)v + 1; i < end; i++)
      if (doc->words[i].head == (long)r)
        doc->words[i].head = v;
    if (up < 0) {
      root_with_subject(doc, w, (size_t)v, n);
    } else {
      doc->words[n].head = v;
      w[n].dep = NLP_DEP_NSUBJ;
    }
    doc->words[r].head = (long)n;
    w[r].dep = NLP_DEP_AMOD;
    return;
  }
}

/* "The decree allows police to act against protesters who clashed with
 * officers and mobbed the offices": the parser may join a past tense
 * after a relative clause to the main verb in the present.  A past
 * joined to a present, with a relative clause in the past ending right
 * before its "and", is that clause's conjunct (and so are its own). */
void fix_conj_tense(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 2; v < end; v++) {
    long h = doc->words[v].head;
    if (w[v].dep != NLP_DEP_CONJ || w[v].xpos != NLP_XPOS_VBD || h < 0 ||
        h >= (long)v ||
        (w[h].xpos != NLP_XPOS_VBZ && w[h].xpos != NLP_XPOS_VBP) ||
        w[v - 1].dep != NLP_DEP_CC || doc->words[v - 1].head != (long)v ||
        own_subject(doc, w, s->first, end, v, -1))
      continue;
    for (long r = (long)v - 2; r > h; r--) {
      if (w[r].dep != NLP_DEP_ACL_RELCL || w[r].xpos != NLP_XPOS_VBD ||
          !phrase_ends_before(doc, (size_t)r, v - 1, end, -1) ||
          hangs_under(doc, r, (long)v, (long)v + 1, 16))
        continue;
      doc->words[v].head = r;
      break;
    }
  }
}

/* "X was captured as he tried to cross the border and deported to Mali":
 * the parser may join a participle of a deed to the verb of a clause
 * inside a passive ("tried ... and deported"), which then has an
 * actor for a subject and no object.  A past or participle of a deed of
 * force or coercion (lexicon) joined with no subject, object or
 * auxiliary of its own to a verb below a passive is that passive's
 * conjunct: the one who underwent the first underwent it too. */
void fix_passive_conj(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                      size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 2; v < end; v++) {
    long h = doc->words[v].head;
    if (w[v].dep != NLP_DEP_CONJ || h < 0 || !w[v].lemma ||
        (w[v].xpos != NLP_XPOS_VBD && w[v].xpos != NLP_XPOS_VBN) ||
        w[h].xpos == NLP_XPOS_VBN)
      continue;
    bool own = false;
    for (size_t i = s->first; i < end && !own; i++)
      own = doc->words[i].head == (long)v &&
            (w[i].dep == NLP_DEP_OBJ || w[i].dep == NLP_DEP_IOBJ ||
             w[i].dep == NLP_DEP_CCOMP || w[i].dep == NLP_DEP_XCOMP ||
             nlp_dep_universal(w[i].dep) == NLP_DEP_NSUBJ ||
             nlp_dep_universal(w[i].dep) == NLP_DEP_AUX);
    if (own)
      continue;
    long p = doc->words[h].head;
    bool passive = false;
    for (int k = 0; p >= 0 && k < 4 && !passive; k++)
      if (!(passive = w[p].xpos == NLP_XPOS_VBN &&
                      has_dependent(doc, w, s->first, end, (size_t)p,
                                    NLP_DEP_AUX_PASS)))
        p = doc->words[p].head;
    if (!passive)
      continue;
    if (!lexicon_deed_verb(lx, w[v].lemma))
      continue;
    doc->words[v].head = p;
    w[v].xpos = NLP_XPOS_VBN;
  }
}

/* "The crisis began when militants dug a tunnel and attacked a post":
 * the parser may join the verb after "and" to the main verb, whose
 * subject then does the deed.  An event ("crisis", "war", "fighting":
 * a noun the lexicon knows as one, or in the list below) does no deed:
 * a verb joined to the main verb of such a subject, after a clause
 * (when, as, after) with a subject of its own that ends right before
 * the "and", is that clause's conjunct. */
void fix_event_subject_conj(const annals_lexicon *lx, annals_doc *doc,
                            nlp_word *w, size_t si) {
  static const char *const events[] = {
      "crisis", "standoff", "trouble", "unrest", "turmoil", "saga", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 3; v < end; v++) {
    long m = doc->words[v].head;
    if (w[v].dep != NLP_DEP_CONJ || w[v].upos != NLP_UPOS_VERB || m < 0 ||
        m >= (long)v || w[v - 1].dep != NLP_DEP_CC ||
        own_subject(doc, w, s->first, end, v, -1))
      continue;
    long sub = -1;
    for (size_t i = s->first; i < (size_t)m && sub < 0; i++)
      if (doc->words[i].head == m && w[i].dep == NLP_DEP_NSUBJ)
        sub = (long)i;
    if (sub < 0 || w[sub].upos != NLP_UPOS_NOUN || !w[sub].lemma ||
        !(lemma_in(&w[sub], events) || lexicon_frames(lx, w[sub].lemma, true)))
      continue;
    for (long a = (long)v - 2; a > m; a--) {
      if (doc->words[a].head != m ||
          nlp_dep_universal(w[a].dep) != NLP_DEP_ADVCL ||
          w[a].upos != NLP_UPOS_VERB ||
          !own_subject(doc, w, s->first, end, (size_t)a, -1) ||
          !phrase_ends_before(doc, (size_t)a, v - 1, end, -1))
        continue;
      doc->words[v].head = a;
      break;
    }
  }
}

/* "X shot dead in Moscow - government", "... - sources": a headline's
 * last words after a spaced dash, with no verb, tell whose news it is;
 * they are no object or subject of its verb. */
static void headline_source(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n, d = end;
  for (size_t i = end; i-- > s->first + 2 && end - i <= 4;)
    if (w[i].upos == NLP_UPOS_PUNCT &&
        doc->words[i].start > doc->words[i - 1].end && i + 1 < end &&
        doc->words[i + 1].start > doc->words[i].end) {
      const char *t = doc->text + doc->words[i].start;
      size_t n = doc->words[i].end - doc->words[i].start;
      if ((n == 1 && (*t == '-' || *t == '|')) ||
          (n == 3 && (memcmp(t, "\xe2\x80\x93", 3) == 0 ||
                      memcmp(t, "\xe2\x80\x94", 3) == 0)))
        d = i;
      break;
    }
  if (d == end)
    return;
  for (size_t i = d + 1; i < end; i++)
    if (w[i].upos == NLP_UPOS_VERB || w[i].upos == NLP_UPOS_AUX)
      return;
  for (size_t i = d + 1; i < end; i++) {
    long h = doc->words[i].head;
    if (h < (long)(d + 1) || h >= (long)end) {
      w[i].dep = NLP_DEP_PARATAXIS;
      doc->words[d].head = (long)i;
    }
  }
}

/* "Taylor captured and sent to The Hague", "X shot dead in Moscow": a
 * headline's past or participle of a deed done to someone (a deed of
 * force or coercion the lexicon knows), with a subject and no auxiliary,
 * object or partner ("with", "against"), tells what the subject
 * underwent (a passive, its "was" left out): headlines tell what one did
 * in the present. */
void fix_headline_passive(const annals_lexicon *lx, annals_doc *doc,
                          nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  if (!(s->flags & ANNALS_SENT_LINE))
    return;
  headline_source(doc, w, si);
  size_t end = s->first + s->n;
  for (size_t r = s->first + 1; r < end; r++) {
    if (doc->words[r].head >= 0 || !w[r].lemma ||
        (w[r].xpos != NLP_XPOS_VBN && w[r].xpos != NLP_XPOS_VBD))
      continue;
    /* (or of a choice of one for an office, the office named after it:
     * "Vela named Tarsa's new president", "Lebanon's president elected
     * with broad support") */
    static const char *const chosen[] = {"elect",    "name",    "appoint",
                                         "nominate", "choose",  "select",
                                         "re-elect", "reelect", NULL};
    bool choice = lemma_in(&w[r], chosen);
    long n = -1, office = -1;
    bool other = false;
    for (size_t i = s->first; i < end; i++) {
      if (doc->words[i].head != (long)r)
        continue;
      if (w[i].dep == NLP_DEP_NSUBJ)
        n = (long)i;
      if (choice && office < 0 && i > r &&
          (w[i].dep == NLP_DEP_OBJ || w[i].dep == NLP_DEP_XCOMP) &&
          w[i].upos == NLP_UPOS_NOUN && w[i].lemma &&
          noun_names_person(w[i].lemma)) {
        office = (long)i;
        continue;
      }
      bool partner = false;
      for (size_t k = s->first;
           k < i && nlp_dep_universal(w[i].dep) == NLP_DEP_OBL && !partner; k++)
        partner = doc->words[k].head == (long)i && w[k].dep == NLP_DEP_CASE &&
                  w[k].lemma &&
                  (strcmp(w[k].lemma, "with") == 0 ||
                   strcmp(w[k].lemma, "against") == 0);
      other = other || (partner && !choice) || w[i].dep == NLP_DEP_OBJ ||
              w[i].dep == NLP_DEP_IOBJ || w[i].dep == NLP_DEP_CCOMP ||
              /* (but the state it left one in: "shot dead") */
              (w[i].dep == NLP_DEP_XCOMP && w[i].upos != NLP_UPOS_ADJ) ||
              nlp_dep_universal(w[i].dep) == NLP_DEP_AUX ||
              w[i].dep == NLP_DEP_COP;
    }
    if (n < 0 || other || n > (long)r)
      continue;
    if (!choice && !lexicon_deed_verb(lx, w[r].lemma))
      continue;
    w[n].dep = NLP_DEP_NSUBJ_PASS;
    w[r].xpos = NLP_XPOS_VBN;
    if (office >= 0)
      w[office].dep = NLP_DEP_XCOMP;
  }
}

/* "that he was shot for telling the truth": a participle after a form of
 * "be" is a passive, whatever the parser labelled its auxiliary and
 * subject (read as "was shooting", the one shot had done it). */
void fix_be_participle(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 1; v < end; v++) {
    if (w[v].upos != NLP_UPOS_VERB || w[v].xpos != NLP_XPOS_VBN)
      continue;
    size_t b = v - 1;
    if (w[b].upos == NLP_UPOS_ADV && b > s->first)
      b--;
    if (doc->words[b].head != (long)v || w[b].dep != NLP_DEP_AUX ||
        !w[b].lemma || strcmp(w[b].lemma, "be") != 0)
      continue;
    w[b].dep = NLP_DEP_AUX_PASS;
    for (size_t i = s->first; i < end; i++)
      if (doc->words[i].head == (long)v && w[i].dep == NLP_DEP_NSUBJ)
        w[i].dep = NLP_DEP_NSUBJ_PASS;
  }
}

/* "only one version: that he was shot", "the claim that Russia attacked
 * Ukraine": a clause opened by "that" as a conjunction, with a subject
 * of its own and no gap (a passive, or an object of its own), tells what
 * the noun says; it is no relative clause on it. */
void fix_noun_complement(annals_doc *doc, nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 1; v < end; v++) {
    if (w[v].dep != NLP_DEP_ACL_RELCL || w[v].upos != NLP_UPOS_VERB)
      continue;
    bool that = false, subj = false, pass = false, obj = false;
    for (size_t i = s->first; i < end; i++) {
      if (doc->words[i].head != (long)v)
        continue;
      if (i < v && w[i].dep == NLP_DEP_MARK && w[i].lemma &&
          strcmp(w[i].lemma, "that") == 0)
        that = true;
      if ((w[i].dep == NLP_DEP_NSUBJ || w[i].dep == NLP_DEP_NSUBJ_PASS) &&
          !(w[i].lemma && (strcmp(w[i].lemma, "that") == 0 ||
                           strcmp(w[i].lemma, "which") == 0 ||
                           strcmp(w[i].lemma, "who") == 0)))
        subj = true;
      pass = pass || w[i].dep == NLP_DEP_AUX_PASS;
      obj = obj || (w[i].dep == NLP_DEP_OBJ && i > v);
    }
    if (that && subj && (pass || obj))
      w[v].dep = NLP_DEP_ACL;
  }
}

/* "an attack on a university campus in Garissa that has killed 15
 * people": a relative clause of a deed of force whose subject is "that"
 * or "which", hung on a place (a building, a site, a stronghold: the
 * lexicon's classes) inside an event noun's phrase, is the event's (a
 * campus kills no one). */
void fix_relcl_on_place(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                        size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first + 1; v < end; v++) {
    long n = doc->words[v].head;
    if (w[v].dep != NLP_DEP_ACL_RELCL || n < (long)s->first ||
        w[n].upos != NLP_UPOS_NOUN || !w[v].lemma ||
        !lexicon_deed_verb(lx, w[v].lemma) || !w[n].lemma)
      continue;
    static const char *const sites[] = {"premises", "landmark", "stronghold"};
    bool site = false;
    for (size_t k = 0; k < sizeof sites / sizeof sites[0] && !site; k++) {
      const char *const *l = lexicon_class(lx, sites[k]);
      site = l && lemma_in(&w[n], l);
    }
    if (!site)
      continue;
    bool rel = false;
    for (size_t i = (size_t)n + 1; i < v && !rel; i++)
      rel =
          doc->words[i].head == (long)v && w[i].dep == NLP_DEP_NSUBJ &&
          w[i].lemma &&
          (strcmp(w[i].lemma, "that") == 0 || strcmp(w[i].lemma, "which") == 0);
    if (!rel)
      continue;
    /* the event noun the place's phrase hangs on, one or two steps up */
    long e = n;
    for (int steps = 0; steps < 2; steps++) {
      if (nlp_dep_universal(w[e].dep) != NLP_DEP_NMOD || doc->words[e].head < 0)
        break;
      e = doc->words[e].head;
      if (w[e].upos == NLP_UPOS_NOUN && w[e].lemma &&
          lexicon_frames(lx, w[e].lemma, true))
        break;
    }
    if (e == n || w[e].upos != NLP_UPOS_NOUN || !w[e].lemma ||
        !lexicon_frames(lx, w[e].lemma, true))
      continue;
    doc->words[v].head = e;
  }
}
