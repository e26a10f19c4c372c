/*
 * events/treefix_speech.c - repairs of reported speech: what is said ("said
 * that ...", "told X that ..."), by whom ("according to", attribution clauses)
 * and the subordinate clauses the parser takes for arguments of a saying.
 * (tree_repair in treefix.c runs them in order).
 */
#include "events/treefix_int.h"

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
void fix_told_that(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                   size_t si) {
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
void fix_said_in_that(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                      size_t si) {
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

/* "said on Monday that Russia was instrumentalizing migrants": the
 * parser may hang "that" and the clause it opens side by side on the
 * verb before them.  A "that" read as a conjunction hung on a verb
 * before it (a mark hangs on a verb after it), right before a clause (its
 * subject, then its verb) whose verb hangs on the same word as the "that" or on
 * the "that", opens that clause: the clause is the verb's complement. */
void fix_loose_that(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_that_subject(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_that_after_clause(const annals_lexicon *lx, annals_doc *doc,
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
void fix_according_appos(annals_doc *doc, nlp_word *w, size_t si) {
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

/* "said on Saturday that 18 diplomats would be expelled": the parser
 * may read the that-clause as a relative clause on the date; it is the
 * complement of the verb the date belongs to. */
void fix_that_clauses(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                      const bool *date_word, size_t si) {
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

/* "a source close to the government said ...": the parser may read
 * "source close to the government" as a clause said; the noun is the
 * subject of the saying and "close to ..." describes it. */
void fix_close_to(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                  size_t si) {
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
      g_subj = g_subj ||
               (doc->words[j].head == g &&
                (w[j].dep == NLP_DEP_NSUBJ || w[j].dep == NLP_DEP_NSUBJ_PASS));
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

/* "Guinea's special forces arrested President Kamara on Sunday, the army
 * said": the parser may read the verb as a participle on the noun before
 * it ("forces arrested ...") and make that noun the subject of the
 * saying that has a subject of its own after the comma.  A participle
 * with a direct object of its own on such a noun is the clause said. */
void fix_reduced_clause_said(const annals_lexicon *lx, annals_doc *doc,
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
      other = other ||
              (doc->words[i].head == g && i > v && w[i].dep == NLP_DEP_NSUBJ);
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

/* "was quoted on his Facebook page as saying ...": the parser may hang
 * "as saying" on the noun before it; it says how the quoting verb above
 * that noun quoted. */
void fix_as_saying_on_noun(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_quoted_as_saying(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_said_object(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                     size_t si) {
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

/* "launched what it called anti-terrorist operations": what a verb of
 * naming names in a free relative is the object of the verb outside it
 * (the operations were launched; "what it called" tells the name is the
 * doer's).  The noun takes the place of "what", the naming verb hangs on
 * it as a relative clause, and "what" is that verb's object. */
void fix_what_called(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const naming[] = {"call",  "describe", "term", "dub",
                                       "label", "brand",    NULL};
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

/* "said that army units had attacked its base": a subordinating
 * conjunction the parser made an argument ("that" the object of
 * "attacked") marks its clause. */
void fix_sconj_argument(annals_doc *doc, nlp_word *w, size_t si) {
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
void fix_phone_with(annals_doc *doc, nlp_word *w, size_t si) {
  static const char *const media[] = {"phone", "telephone", "videoconference",
                                      "video", "videolink", "link",
                                      "call",  "line",      NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first; i < end; i++) {
    long n = doc->words[i].head;
    if (n < 0 || nlp_dep_universal(w[i].dep) != NLP_DEP_NMOD ||
        !lemma_in(&w[n], media) || nlp_dep_universal(w[n].dep) != NLP_DEP_OBL)
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

/* "The strike was a war crime, Ana Silva said on Tuesday": the parser
 * may read the saying after the last comma as a clause on the sentence's
 * head (a relative clause, or a participle with its subject set in
 * apposition to the head).  A saying there with nothing said of its own
 * tells the sentence: it hangs beside the head, with its subject. */
void fix_attribution_relcl(const annals_lexicon *lx, annals_doc *doc,
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
void fix_attribution_subject(const annals_lexicon *lx, annals_doc *doc,
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
