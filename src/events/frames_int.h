/*
 * events/frames_int.h - what the frame readers share: the sentence being
 * read, its tree in small helpers, and the steps one reader asks of the
 * other.  frames.c reads predicates, roles.c their roles (who acts, on
 * whom, where), frame_dates.c their dates; sayings.c
 * reads what is said: reported clauses, their headlines, judgements and
 * claims, and "according to" sources.
 */
#ifndef ANNALS_EVENTS_FRAMES_INT_H
#define ANNALS_EVENTS_FRAMES_INT_H

#include "events/events.h"

/* The sentence being read. */
typedef struct {
  actor_ctx *ac;
  const annals_lexicon *lx;
  const nlp_word *w;
  int lo, hi;
  const ev_date *dates; /* this sentence's dates */
  size_t nd;
  int *gov;             /* per date: the predicate word it hangs from, -1
                           when none, -2 when it ends a period ("until") */
  bool *used;           /* per word (local): taken by another frame */
  bool *in_date;        /* per word (local): inside a date mention */
  int *reporter;        /* per word (local): the saying reporting it, -1 */
  GArray *out;
  size_t sent;
  int as_noun; /* a word read as an event noun whatever its tag, or -1 */
} fctx;

static inline int H(const fctx *x, int i) {
  long h = x->ac->doc->words[i].head;
  return h < 0 ? -1 : (int)h;
}

static inline int D(const fctx *x, int i) { return x->w[i].dep; }

static inline const char *lemma(const fctx *x, int i) {
  return x->w[i].lemma ? x->w[i].lemma : "";
}

static inline bool lemma_is(const fctx *x, int i, const char *s) {
  /* (the first letters first: this is asked of nearly every word) */
  const char *l = lemma(x, i);
  return l[0] == s[0] && strcmp(l, s) == 0;
}

/* The first child of h with relation rel (or its universal relation when
 * rel is universal), from index from on; -1 when none. */
static inline int kid(const fctx *x, int h, int rel, int from) {
  for (int i = from < x->lo ? x->lo : from; i < x->hi; i++)
    if (H(x, i) == h &&
        (D(x, i) == rel || nlp_dep_universal(D(x, i)) == rel))
      return i;
  return -1;
}

/* The head word of date k of the sentence: the word of its span that
 * hangs outside it. */
static inline int date_head(const fctx *x, size_t k) {
  int d = x->dates[k].first;
  while (H(x, d) >= x->dates[k].first && H(x, d) <= x->dates[k].last)
    d = H(x, d);
  return d;
}

/* Is word i inside the subtree of word top? */
static inline bool under(const fctx *x, int i, int top) {
  for (int k = 0; i >= 0 && k < 32; k++, i = H(x, i))
    if (i == top)
      return true;
  return false;
}

/* The case marker (or mark) of word n: "on" of "on Kharkiv". */
static inline int marker(const fctx *x, int n) {
  for (int i = x->lo; i < x->hi; i++)
    if (H(x, i) == n && (D(x, i) == NLP_DEP_CASE || D(x, i) == NLP_DEP_MARK))
      return i;
  return -1;
}

static inline bool lemma_among(const fctx *x, int i, const char *const *set) {
  for (size_t k = 0; set[k]; k++)
    if (lemma_is(x, i, set[k]))
      return true;
  return false;
}

/* Has p a dependent of relation rel whose lemma is one of set? */
static inline bool kid_among(const fctx *x, int p, int rel,
                             const char *const *set) {
  for (int i = x->lo; i < x->hi; i++)
    if (H(x, i) == p && D(x, i) == rel && lemma_among(x, i, set))
      return true;
  return false;
}

static inline bool marker_is(const fctx *x, int n, const char *const *set) {
  int m = marker(x, n);
  if (m < 0)
    return false;
  for (size_t k = 0; set[k]; k++)
    if (lemma_is(x, m, set[k]))
      return true;
  return false;
}

static inline bool is_noun(const nlp_word *w) {
  return w->upos == NLP_UPOS_NOUN || w->upos == NLP_UPOS_PROPN;
}

/* ---- frames.c -------------------------------------------------------- */

/* The most specific frame of word p whose constraints hold, or NULL. */
const frame_def *frames_choose(const fctx *x, int p);
/* Does a child of p in an object's role (a noun's "of" dependent when
 * noun is set) have a lemma in list ("@place", "@person": a name)? */
bool frames_has_obj_in(const fctx *x, int p, const char **list, bool noun);
/* The phrase that names the author of a deed in participle i said of it
 * ("claimed by X", "carried out by X", "blamed on X"), or -1. */
int roles_deed_author(const fctx *x, int i);
/* "comments made by X": the "by" phrase of a participle on noun n (of
 * one of lemmas, when not NULL), or -1. */
int frames_participle_by(const fctx *x, int n, const char *const *lemmas);
/* "the drone launched by the rebels": the "by" phrase of a participle
 * of launching on noun n, or -1. */
int frames_launcher(const fctx *x, int n);
/* The dependent of p introduced by prep (with a lemma in list when list
 * is not NULL), or -1. */
int frames_prep_word(const fctx *x, int p, const char *prep, const char **list);
/* "warned Israel against any attack": with verb p's object told, is
 * word i a deed named after "against", what one warns of rather than
 * whom? (i may be -1) */
bool frames_deed_warned_of(const fctx *x, int p, int i);
/* A new frame of predicate p and definition f in fr. */
void frames_frame_init(fctx *x, ev_frame *fr, const frame_def *f, int p);
/* Dates fr, sets its modality and adds it to the sentence's frames. */
void frames_emit(fctx *x, ev_frame *fr);

/* ---- roles.c --------------------------------------------------------- */

/* The prepositions of a place: "in", "at", "near", ... (NULL-ended). */
extern const char *const roles_locative[];
/* Adds a to list (FRAME_MAX_ACTORS at most), unless it is there. */
void frames_add_actor(ev_actor *list, size_t *n, const ev_actor *a);
/* The actors noun phrase n names, with its conjuncts, added to list. */
void frames_actors_of(fctx *x, int n, ev_actor *list, size_t *count);
/* Is verb p passive (a passive auxiliary or subject, or a participle
 * with a "by" agent)? */
bool roles_passive(const fctx *x, int p);
/* The subject of predicate p (its own, or the one it shares), or -1;
 * *pass tells whether it is the subject of a passive. */
int frames_subject(const fctx *x, int p, bool *pass);
/* "gave an address denouncing the mutiny", "issued a statement calling
 * for calm": the noun of the lexicon's class "speech" a participle p
 * describes, whose speaker does what p tells; or -1. */
int roles_speech_noun(const fctx *x, int p);

/* "adopted a resolution condemning X", "signed a decree imposing
 * sanctions": the text noun (the object of a verb) that participle p
 * tells what it does, or -1.  Its issuer does it. */
int roles_document_noun(const fctx *x, int p);
/* The one made to do p ("forced the prime minister to resign",
 * "prompting the president to declare an emergency"), or -1; *maker is
 * the verb that made them. */
int roles_made_to(const fctx *x, int p, int *maker);
/* "..., with X saying that ...": the subject "with" gives participle p,
 * or -1. */
int roles_with_subject(const fctx *x, int p, bool *pass);
/* Is h a word that lays a deed on its subject ("responsible",
 * "culpable")? */
bool frames_blame_word(const fctx *x, int h);
/* Does possessor po name whose a deed or thing is: a name, or a third
 * person's pronoun ("Spain's proposal", "his resignation", not "our")? */
/* Is n an oblique of verb p opened by "in" that names what frame f gives
 * ("pledged 500 million euros in military aid")? */
bool frames_amount_in(const fctx *x, int p, int n, const frame_def *f);
bool frames_owner_word(const fctx *x, int po);
/* "X were responsible for the attack", "involved in": does adjective h
 * with dependent p name a deed's author? */
bool frames_responsible_for(const fctx *x, int h, int p);
/* Agents and targets of verb p of frame f, added to fr. */
void roles_verb(fctx *x, int p, const frame_def *f, ev_frame *fr);
/* Agents and targets of event noun p, added to fr. */
void roles_noun(fctx *x, int p, ev_frame *fr);
/* The target of verbal act p told in its clause ("demanded that X
 * leave") or its purpose ("sent aid to help Tonga"). */
void roles_clause_target(fctx *x, int p, ev_frame *fr);
/* "X was killed in an Israeli strike": agents from the event that was
 * the means of verb p's act. */
void roles_means_agents(fctx *x, int p, ev_frame *fr);
/* An attack's "against X" hung deeper in p's arguments, as its target. */
void roles_deep_against(fctx *x, int p, ev_frame *fr);
/* Fighting with no one named: the sides of the border between whom. */
void roles_deep_between(fctx *x, int p, ev_frame *fr);
/* An attack noun's "by X" hung deeper in its arguments, as its agent. */
void roles_deep_by(fctx *x, int p, ev_frame *fr);
/* The place of p in *out: a locative phrase among its dependents or in
 * its arguments, nearest first; false when none. */
bool roles_find_place(fctx *x, int p, ev_actor *out);
/* A visit, show of force or attack in a place with no other target is
 * done to the place's country (or region), unless it is the actor's. */
void roles_place_target(const fctx *x, ev_frame *fr);
/* Is p a verb of making one an office ("elected X president")? */
bool roles_naming_verb(const fctx *x, int p);

/* frame_dates.c: the predicate word each date of the sentence hangs
 * from (x->gov); the date of frame fr (its light verb light, or -1); the
 * relative clause word i is in (its verb), or -1. */
void frames_date_governors(fctx *x);
void frames_date_frame(fctx *x, ev_frame *fr, int light);
int frames_in_relative(const fctx *x, int i);

/* ---- sayings.c ------------------------------------------------------- */

/* The words saying p reports, for its headline (fr->content). */
void sayings_report_content(fctx *x, int p, ev_frame *fr);
/* What ruling p found of what ("rules ban illegal"), for its headline
 * (fr->content). */
void sayings_ruling_content(fctx *x, int p, ev_frame *fr);
/* Is word i one of what a ruling finds a thing to be ("illegal")? */
bool sayings_verdict_word(const fctx *x, int i);
/* A statement whose content condemns, blames someone, tells dismay or
 * claims a deed becomes that disapproval or claim. */
void sayings_judgement(fctx *x, ev_frame *fr);
/* Marks the predicates every saying of the sentence reports
 * (x->reporter). */
void sayings_mark_reports(fctx *x);
/* "According to X, ...": X's saying, in the news present. */
void sayings_according_to(fctx *x);

#endif
