/*
 * events/treefix_int.h - what the tree repairs share: helpers on a parsed
 * sentence and the repair steps, which tree_repair (treefix.c) runs in
 * order.  Each step repairs sentence si of doc in place and leaves a tree.
 */
#ifndef ANNALS_EVENTS_TREEFIX_INT_H
#define ANNALS_EVENTS_TREEFIX_INT_H

#include "events/events.h"

/* ---- treefix.c: helpers -------------------------------------------------- */

/* Is w's lemma one of set (NULL-ended)? */
bool lemma_in(const nlp_word *w, const char *const *set);

/* Is word i a comma? */
bool is_comma(const annals_doc *doc, const nlp_word *w, size_t i);

/* Is word i, or a word above it (at most n steps up), one of [lo, hi)?
 * A repair that hangs a word of [lo, hi) on i would make a loop. */
bool hangs_under(const annals_doc *doc, long i, long lo, long hi, size_t n);

/* Does clause c have a subject of its own, other than word not? */
bool own_subject(const annals_doc *doc, const nlp_word *w, size_t first,
                 size_t end, size_t c, long not );

/* Makes verb v the sentence's root and word n its subject. */
void root_with_subject(annals_doc *doc, nlp_word *w, size_t v, size_t n);

/* Does word v have a dependent by relation rel among words [first,
 * end)? */
bool has_dependent(const annals_doc *doc, const nlp_word *w, size_t first,
                   size_t end, size_t v, int rel);

/* Does verb v have an object among words [first, end)? */
bool has_object(const annals_doc *doc, const nlp_word *w, size_t first,
                size_t end, size_t v);

/* Does the phrase of word i (the words below it, not counting those
 * under stop) end right before word next? */
bool phrase_ends_before(const annals_doc *doc, size_t i, size_t next,
                        size_t end, long stop);

/* ---- treefix_speech.c: reported speech ----------------------------------- */

void fix_told_that(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                   size_t si);
void fix_said_in_that(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                      size_t si);
void fix_loose_that(annals_doc *doc, nlp_word *w, size_t si);
void fix_that_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_that_after_clause(const annals_lexicon *lx, annals_doc *doc,
                           nlp_word *w, size_t si);
void fix_according_appos(annals_doc *doc, nlp_word *w, size_t si);
void fix_that_clauses(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                      const bool *date_word, size_t si);
void fix_close_to(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                  size_t si);
void fix_reduced_clause_said(const annals_lexicon *lx, annals_doc *doc,
                             nlp_word *w, size_t si);
void fix_as_saying_on_noun(annals_doc *doc, nlp_word *w, size_t si);
void fix_quoted_as_saying(annals_doc *doc, nlp_word *w, size_t si);
void fix_said_object(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                     size_t si);
void fix_what_called(annals_doc *doc, nlp_word *w, size_t si);
void fix_sconj_argument(annals_doc *doc, nlp_word *w, size_t si);
void fix_phone_with(annals_doc *doc, nlp_word *w, size_t si);
void fix_attribution_relcl(const annals_lexicon *lx, annals_doc *doc,
                           nlp_word *w, size_t si);
void fix_attribution_subject(const annals_lexicon *lx, annals_doc *doc,
                             nlp_word *w, size_t si);

/* ---- treefix_dates.c: dates ---------------------------------------------- */

void fix_date_heads(annals_doc *doc, nlp_word *w, const bool *date_word,
                    size_t si);
void fix_date_opener(annals_doc *doc, nlp_word *w, const bool *date_word,
                     size_t si);
void fix_date_subject(annals_doc *doc, nlp_word *w, const bool *date_word,
                      size_t si);
void fix_date_before_verb(annals_doc *doc, nlp_word *w, const bool *date_word,
                          size_t si);
void fix_unmarked_object(annals_doc *doc, nlp_word *w, const bool *date_word,
                         size_t si);
void fix_relcl_on_date(annals_doc *doc, nlp_word *w, const bool *date_word,
                       size_t si);
void fix_date_by_agent(annals_doc *doc, nlp_word *w, const bool *date_word,
                       size_t si);
void fix_conj_dates(annals_doc *doc, nlp_word *w, const bool *date_word,
                    size_t si);

/* ---- treefix_clauses.c: clauses ------------------------------------------ */

void fix_be_participle(annals_doc *doc, nlp_word *w, size_t si);
void fix_noun_complement(annals_doc *doc, nlp_word *w, size_t si);
void fix_relcl_on_place(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                        size_t si);
void fix_ing_opener(annals_doc *doc, nlp_word *w, size_t si);
void fix_conj_after_clause(annals_doc *doc, nlp_word *w, size_t si);
void fix_finite_amod(annals_doc *doc, nlp_word *w, size_t si);
void fix_saw_participle(annals_doc *doc, nlp_word *w, size_t si);
void fix_acl_main_verb(annals_doc *doc, nlp_word *w, size_t si);
void fix_reduced_relative(annals_doc *doc, nlp_word *w, size_t si);
void fix_appos_participle(annals_doc *doc, nlp_word *w, size_t si);
void fix_active_agent(annals_doc *doc, nlp_word *w, size_t si);
void fix_as_as_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_participle_clause(annals_doc *doc, nlp_word *w, size_t si);
void fix_relative_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_reduced_relative_clause(annals_doc *doc, nlp_word *w, size_t si);
void fix_object_infinitive(annals_doc *doc, nlp_word *w, size_t si);
void fix_perfect_amod(annals_doc *doc, nlp_word *w, size_t si);
void fix_naming_predicate(annals_doc *doc, nlp_word *w, size_t si);
void fix_clause_as_phrase(annals_doc *doc, nlp_word *w, size_t si);
void fix_by_agent(annals_doc *doc, nlp_word *w, size_t si);
void fix_acl_past(annals_doc *doc, nlp_word *w, size_t si);
void fix_participle_tense(annals_doc *doc, nlp_word *w, size_t si);
void fix_who_place(annals_doc *doc, nlp_word *w, size_t si);
void fix_relative_after_comma(annals_doc *doc, nlp_word *w, size_t si);
void fix_participle_opener(annals_doc *doc, nlp_word *w, size_t si);
void fix_relative_that(annals_doc *doc, nlp_word *w, size_t si);
void fix_coup_detat(annals_doc *doc, nlp_word *w, size_t si);
void fix_act_participle(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                        size_t si);
void fix_verb_after_relative(annals_doc *doc, nlp_word *w, size_t si);
void fix_whose_clause(annals_doc *doc, nlp_word *w, size_t si);
void fix_conj_participle(annals_doc *doc, nlp_word *w, const bool *date_word,
                         size_t si);
void fix_participle_modifier(annals_doc *doc, nlp_word *w, size_t si);
void fix_hyphen_verb_subject(const annals_lexicon *lx, annals_doc *doc,
                             nlp_word *w, size_t si);
void fix_hyphen_modifier(annals_doc *doc, nlp_word *w, size_t si);
void fix_copula_passive(annals_doc *doc, nlp_word *w, size_t si);
void fix_active_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_adjective_root(annals_doc *doc, nlp_word *w, size_t si);
void fix_conj_tense(annals_doc *doc, nlp_word *w, size_t si);
void fix_headline_passive(const annals_lexicon *lx, annals_doc *doc,
                          nlp_word *w, size_t si);
void fix_event_subject_conj(const annals_lexicon *lx, annals_doc *doc,
                            nlp_word *w, size_t si);
void fix_passive_conj(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                      size_t si);

/* ---- treefix_args.c: arguments ------------------------------------------- */

void fix_name_root(annals_doc *doc, nlp_word *w, size_t si);
void fix_office_department(annals_doc *doc, nlp_word *w, size_t si);
void fix_marked_object(annals_doc *doc, nlp_word *w, size_t si);
void fix_act_object_prep(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                         const bool *date_word, size_t si);
void fix_noun_conj_on_verb(annals_doc *doc, nlp_word *w, size_t si);
void fix_title_before_name(annals_doc *doc, nlp_word *w, const bool *date_word,
                           size_t si);
void fix_conj_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_vocative_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_titles_conj_name(annals_doc *doc, nlp_word *w, size_t si);
void fix_subject_after_verb(const annals_lexicon *lx, annals_doc *doc,
                            nlp_word *w, size_t si);
void fix_pronoun_possessor(annals_doc *doc, nlp_word *w, size_t si);
void fix_infinitive_object(annals_doc *doc, nlp_word *w, size_t si);
void fix_subject_on_aux(annals_doc *doc, nlp_word *w, size_t si);
void fix_ing_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_reason_phrase(annals_doc *doc, nlp_word *w, size_t si);
void fix_taken_from(annals_doc *doc, nlp_word *w, size_t si);
void fix_object_on_noun(annals_doc *doc, nlp_word *w, size_t si);
void fix_late_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_list_apposition(annals_doc *doc, nlp_word *w, size_t si);
void fix_double_subjects(annals_doc *doc, nlp_word *w, size_t si);
void fix_possessor_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_role_subjects(annals_doc *doc, nlp_word *w, size_t si);
void fix_names(annals_doc *doc, nlp_word *w, const bool *date_word, size_t si);
void fix_subject_of_phrase(annals_doc *doc, nlp_word *w, size_t si);
void fix_fronted_phrase_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_object_apposition(annals_doc *doc, nlp_word *w, const bool *date_word,
                           size_t si);
void fix_title_of_possessor(annals_doc *doc, nlp_word *w, size_t si);
void fix_stray_compound(annals_doc *doc, nlp_word *w, size_t si);
void fix_particle(annals_doc *doc, nlp_word *w, size_t si);
void fix_partitive(annals_doc *doc, nlp_word *w, size_t si);
void fix_bracket_tag(annals_doc *doc, nlp_word *w, size_t si);
void fix_double_subject(annals_doc *doc, nlp_word *w, size_t si);
void fix_case_on_number(annals_doc *doc, nlp_word *w, size_t si);
void fix_coordinated_compound(annals_doc *doc, nlp_word *w, size_t si);

#endif
