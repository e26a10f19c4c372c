/*
 * events/treefix.c - repairs of the parser's trees that the event frames
 * depend on, made with what the parser does not know: the date
 * mentions and the frame lexicon.  Each repair names the reading it
 * fixes; tree_repair runs them in order on one parsed sentence.
 * The repairs themselves are in treefix_args.c, treefix_clauses.c,
 * treefix_dates.c and treefix_speech.c; this file has the helpers they
 * share and the order they run in.
 */
#include "events/treefix_int.h"

bool reporting_verb(const annals_lexicon *lx, const nlp_word *w) {
  const frame_def *const *fs =
      w->lemma ? lexicon_frames(lx, w->lemma, false) : NULL;
  for (size_t k = 0; fs && fs[k]; k++)
    if (fs[k]->complement == FC_REPORT)
      return true;
  return false;
}

bool lemma_in(const nlp_word *w, const char *const *set) {
  for (size_t k = 0; w->lemma && set[k]; k++)
    if (strcmp(w->lemma, set[k]) == 0)
      return true;
  return false;
}

bool is_comma(const annals_doc *doc, const nlp_word *w, size_t i) {
  return w[i].upos == NLP_UPOS_PUNCT && doc->text[doc->words[i].start] == ',';
}

bool making_verb(const nlp_word *w) {
  static const char *const make[] = {"force",    "compel",   "oblige", "prompt",
                                     "lead",     "cause",    "drive",  "spur",
                                     "persuade", "convince", NULL};
  return w->upos == NLP_UPOS_VERB && lemma_in(w, make);
}

/* Is word i, or a word above it (at most n steps up), one of [lo, hi)?
 * A repair that hangs a word of [lo, hi) on i would make a loop. */
bool hangs_under(const annals_doc *doc, long i, long lo, long hi, size_t n) {
  for (size_t k = 0; i >= 0 && k <= n; i = doc->words[i].head, k++)
    if (i >= lo && i < hi)
      return true;
  return false;
}

/* Does clause c have a subject of its own, other than word not? */
bool own_subject(const annals_doc *doc, const nlp_word *w, size_t first,
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
void root_with_subject(annals_doc *doc, nlp_word *w, size_t v, size_t n) {
  doc->words[v].head = -1;
  w[v].dep = NLP_DEP_ROOT;
  doc->words[n].head = (long)v;
  w[n].dep = NLP_DEP_NSUBJ;
}

/* Does word v have a dependent by relation rel among words [first,
 * end)? */
bool has_dependent(const annals_doc *doc, const nlp_word *w, size_t first,
                   size_t end, size_t v, int rel) {
  for (size_t i = first; i < end; i++)
    if (doc->words[i].head == (long)v && w[i].dep == rel)
      return true;
  return false;
}

/* Does verb v have an object among words [first, end)? */
bool has_object(const annals_doc *doc, const nlp_word *w, size_t first,
                size_t end, size_t v) {
  return has_dependent(doc, w, first, end, v, NLP_DEP_OBJ);
}

/* Does the phrase of word i (the words below it, not counting those
 * under stop) end right before word next? */
bool phrase_ends_before(const annals_doc *doc, size_t i, size_t next,
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
    for (int k = 0; k < 8 && p >= (long)s->first &&
                    w[p].upos == NLP_UPOS_PUNCT && doc->words[p].head >= 0;
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
    if (h < (long)s->first || h >= (long)end ||
        seen[h - (long)s->first] != stamp)
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
    STEP(fix_list_apposition(doc, w, si));
    STEP(fix_subject_on_aux(doc, w, si));
    STEP(fix_ing_subject(doc, w, si));
    STEP(fix_reason_phrase(doc, w, si));
    STEP(fix_taken_from(doc, w, si));
    STEP(fix_object_on_noun(doc, w, si));
    STEP(fix_late_subject(doc, w, si));
    STEP(fix_be_participle(doc, w, si));
    STEP(fix_noun_complement(doc, w, si));
    STEP(fix_relcl_on_date(doc, w, date_word, si));
    STEP(fix_relcl_on_place(lx, doc, w, si));
    STEP(fix_adjective_root(doc, w, si));
    STEP(fix_conj_tense(doc, w, si));
    STEP(fix_headline_passive(lx, doc, w, si));
    STEP(fix_event_subject_conj(lx, doc, w, si));
    STEP(fix_passive_conj(lx, doc, w, si));
    STEP(fix_participle_opener(doc, w, si));
    STEP(fix_coup_detat(doc, w, si));
    STEP(fix_what_called(doc, w, si));
    STEP(fix_act_participle(lx, doc, w, si));
    STEP(fix_as_saying_on_noun(doc, w, si));
    STEP(fix_quoted_as_saying(doc, w, si));
    STEP(fix_said_object(lx, doc, w, si));
    STEP(fix_reduced_clause_said(lx, doc, w, si));
    STEP(fix_by_agent(doc, w, si));
    STEP(fix_active_agent(doc, w, si));
    STEP(fix_as_as_subject(doc, w, si));
    STEP(fix_participle_clause(doc, w, si));
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
    STEP(fix_appos_participle(doc, w, si));
    STEP(fix_relative_subject(doc, w, si));
    STEP(fix_reduced_relative_clause(doc, w, si));
    STEP(fix_object_infinitive(doc, w, si));
    STEP(fix_perfect_amod(doc, w, si));
    STEP(fix_naming_predicate(doc, w, si));
    STEP(fix_finite_amod(doc, w, si));
    STEP(fix_saw_participle(doc, w, si));
  }
  STEP(fix_role_subjects(doc, w, si));
  STEP(fix_names(doc, w, date_word, si));
  STEP(fix_office_department(doc, w, si));
  STEP(fix_particle(doc, w, si));
#undef STEP
  if (seen != small)
    g_free(seen);
}
