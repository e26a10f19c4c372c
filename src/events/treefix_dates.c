/*
 * events/treefix_dates.c - repairs around the date mentions: a date the parser
 * made a subject, an object or the head of a phrase is the time of its clause.
 * (tree_repair in treefix.c runs them in order).
 */
#include "events/treefix_int.h"

/* "May 8, 2018 - President Trump announces ...": a chronology entry
 * opens with its date and a dash or colon; the parser may make the date
 * the root and the clause its parataxis.  The clause is the root and the
 * date its time. */
void fix_date_heads(annals_doc *doc, nlp_word *w, const bool *date_word,
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

/* "On Monday Nepal asked ...", "In 2019 Sudan's army ousted ...", "...,
 * but on Monday soldiers arrested ...": with no comma after the date
 * that opens a clause, the parser may run the date into the subject
 * ("Monday Nepal" one name, "Sudan's army" the date's noun).  The date is
 * the verb's time, the words up to the verb its subject.  a: the
 * preposition before the date. */
static void date_opener_at(annals_doc *doc, nlp_word *w, const bool *date_word,
                           size_t si, size_t a) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  if (a + 3 >= end || w[a].upos != NLP_UPOS_ADP || date_word[a] ||
      !date_word[a + 1])
    return;
  /* (the clause opens at a: the sentence's start, or after a comma or
   * a conjunction) */
  bool inner = a > s->first;
  if (inner && w[a - 1].upos != NLP_UPOS_CCONJ &&
      !(w[a - 1].upos == NLP_UPOS_PUNCT && w[a - 1].lemma &&
        strcmp(w[a - 1].lemma, ",") == 0))
    return;
  size_t k = a + 1; /* the date is [a + 1, k) */
  while (k < end && date_word[k])
    k++;
  /* the subject is [k, j), up to the first verb or auxiliary; a phrase
   * of nouns, names, adjectives, determiners and possessives only */
  size_t j = k, e = 0; /* (e: where a phrase on the subject begins) */
  bool aside = false;  /* (it is set off by commas: "In May Ivo Dane, the
                        * leader of the party, was shot") */
  while (j < end && w[j].upos != NLP_UPOS_VERB && w[j].upos != NLP_UPOS_AUX) {
    int u = w[j].upos;
    bool comma = is_comma(doc, w, j);
    if (comma && !e && j > k && w[j - 1].upos == NLP_UPOS_PROPN) {
      e = j++;
      aside = true;
      continue;
    }
    if (aside && (comma || u == NLP_UPOS_ADP)) {
      j++;
      continue;
    }
    /* ("On Monday evening police in the capital fired ...": a phrase
     * on the subject's noun) */
    if (u == NLP_UPOS_ADP && j > k &&
        (w[j - 1].upos == NLP_UPOS_NOUN || w[j - 1].upos == NLP_UPOS_PROPN)) {
      e = e ? e : j;
      j++;
      continue;
    }
    if (u != NLP_UPOS_PROPN && u != NLP_UPOS_NOUN && u != NLP_UPOS_ADJ &&
        u != NLP_UPOS_DET && u != NLP_UPOS_NUM &&
        !(u == NLP_UPOS_PART && w[j].xpos == NLP_XPOS_POS))
      return;
    j++;
  }
  if (j == k || j >= end)
    return;
  size_t sj = j; /* the verb */
  if (e)
    j = e;
  long v = w[sj].upos == NLP_UPOS_VERB ? (long)sj : doc->words[sj].head;
  if (v < 0 || v >= (long)end || w[v].upos != NLP_UPOS_VERB)
    return;
  /* (an inner clause's verb is a conjunct of a verb before it) */
  if (inner ? w[v].dep != NLP_DEP_CONJ || doc->words[v].head < 0 ||
                  doc->words[v].head >= (long)a
            : doc->words[v].head != -1)
    return;
  /* the subject's head: its last noun or name */
  size_t h = j;
  while (h > k && w[h - 1].upos != NLP_UPOS_NOUN &&
         w[h - 1].upos != NLP_UPOS_PROPN)
    h--;
  if (h == k && w[k].upos != NLP_UPOS_NOUN && w[k].upos != NLP_UPOS_PROPN)
    return;
  h--;
  /* nothing to repair when the verb already has that subject and the
   * date hangs outside it */
  bool date_in = false;
  for (size_t i = a + 1; i < k; i++) {
    long hd = doc->words[i].head;
    date_in =
        date_in || (hd >= (long)k && hd < (long)j) || w[i].dep == NLP_DEP_NSUBJ;
  }
  if (doc->words[h].head == v &&
      (w[h].dep == NLP_DEP_NSUBJ || w[h].dep == NLP_DEP_NSUBJ_PASS) && !date_in)
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
  bool appos = aside;
  for (size_t i = j; i < sj; i++) {
    long hd = doc->words[i].head;
    if ((hd >= (long)k && hd < (long)sj) || w[i].upos == NLP_UPOS_ADP)
      continue;
    if (aside && w[i].upos == NLP_UPOS_PUNCT) {
      doc->words[i].head = (long)h;
      continue;
    }
    if (appos && (w[i].upos == NLP_UPOS_NOUN || w[i].upos == NLP_UPOS_PROPN)) {
      doc->words[i].head = (long)h; /* (the aside's noun) */
      w[i].dep = NLP_DEP_APPOS;
      appos = false;
      continue;
    }
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

void fix_date_opener(annals_doc *doc, nlp_word *w, const bool *date_word,
                     size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  for (size_t a = s->first; a + 1 < s->first + s->n; a++)
    if (a == s->first || date_word[a + 1])
      date_opener_at(doc, w, date_word, si, a);
}

/* "On 4 December, both Gbagbo and Ouattara are sworn in", "This year,
 * Manuel Marulanda, leader of the FARC, died": the parser may make the
 * opening date the subject, or hang the names on it.  A name hung on a
 * date as its conjunct or apposition, whose verb has no other subject,
 * is that verb's subject; the date is its time. */
void fix_date_subject(annals_doc *doc, nlp_word *w, const bool *date_word,
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
    while (n < end &&
           !(doc->words[n].head == (long)d &&
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
void fix_date_before_verb(annals_doc *doc, nlp_word *w, const bool *date_word,
                          size_t si) {
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
void fix_unmarked_object(annals_doc *doc, nlp_word *w, const bool *date_word,
                         size_t si) {
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

/* "Sanctions were imposed on the bank on Sunday by the United States":
 * the parser may hang the "by" phrase of a passive on the day before it;
 * a "by" phrase on a date word is the agent of the passive verb above,
 * when that has none. */
void fix_date_by_agent(annals_doc *doc, nlp_word *w, const bool *date_word,
                       size_t si) {
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

/* "recaptured areas in 2020 and on Tuesday demanded a surrender": a date
 * between "and" and a verb belongs to that verb, wherever the parser hung
 * it. */
void fix_conj_dates(annals_doc *doc, nlp_word *w, const bool *date_word,
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
    bool loop =
        hangs_under(doc, doc->words[v].head, (long)c + 1, (long)b, s->n);
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

/* "accepted foreign aid on Sunday, which they had spurned": a relative
 * clause opened by "which" or "that" is none of a date's (a day's is
 * opened by "when"); the parser may hang it on the date that ends the
 * phrase before it.  It is the clause of the object of the date's verb. */
void fix_relcl_on_date(annals_doc *doc, nlp_word *w, const bool *date_word,
                       size_t si) {
  static const char *const rel[] = {"which", "that", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t v = s->first; v < end; v++) {
    long d = doc->words[v].head;
    if (w[v].dep != NLP_DEP_ACL_RELCL || d < (long)s->first || !date_word[d])
      continue;
    bool opened = false;
    for (size_t i = (size_t)d + 1; i < v && !opened; i++)
      opened = doc->words[i].head == (long)v && lemma_in(&w[i], rel);
    long h = doc->words[d].head;
    if (!opened || h < (long)s->first || w[h].upos != NLP_UPOS_VERB)
      continue;
    long o = -1;
    for (size_t i = s->first; i < (size_t)d && o < 0; i++)
      if (doc->words[i].head == h && w[i].dep == NLP_DEP_OBJ && !date_word[i])
        o = (long)i;
    if (o < 0 || hangs_under(doc, o, (long)v, (long)v + 1, s->n))
      continue;
    doc->words[v].head = o;
  }
}
