/*
 * events/events.h - private interfaces of the event stage: the frame
 * lexicon (lexicon.c), actors and places (actors.c), who speaks a
 * quotation (quotes.c), event frames read
 * off dependency trees (frames.c, roles.c), headlines (title.c), records
 * (records.c) and the driver annals_extract() (extract.c).
 *
 * The stage reads the English analysis (nlp/) and the date mentions
 * (timex.c) of a text; it knows nothing of YAML or drawing.
 */
#ifndef ANNALS_EVENTS_H
#define ANNALS_EVENTS_H

#include "events/extract_int.h"
#include "nlp/nlp.h"

/* ---- lexicon.c: the frame lexicon (events/frames.yaml) ------------------- */

/* How a verb combines with a clausal complement (frames.yaml,
 * "complement"). */
typedef enum {
  FC_NONE = 0,
  FC_EVENT,  /* try to X: X is the event, same actor */
  FC_INTENT, /* plan to X: only intended */
  FC_THREAT, /* threaten to X */
  FC_REFUSE, /* refuse to X: a rejection */
  FC_NEGATE, /* fail to X: no event */
  FC_REPORT, /* say that X: a statement; X an event of its own */
  FC_DENY,   /* deny X */
  FC_ORDER,  /* order X: X done by the orderer's side */
  FC_DECIDE, /* decide to X: a measure X is taken, else only intended */
  FC_PERMIT, /* authorize Y to X: only permitted; Y is no target */
} frame_complement;

/* One frame: a predicate (lemma and part of speech) with the dependents
 * it needs, and what it means. */
typedef struct {
  const char *lemma;
  bool noun;
  const char *prt, *prep;
  const char **obj, **of, **mod; /* NULL-terminated lists, or NULL */
  const char **pobj; /* lemmas of the noun after prep, or NULL */
  const char **subj; /* lemmas one of which the subject must have, or NULL */
  const char **then; /* lemmas one of which the verb's infinitive must
                        have ("allowed trucks to enter"), or NULL */
  annals_type type;       /* NONE for light verbs */
  const char *cameo;
  const char *title; /* base form: "cut ties with" */
  const char *headline; /* without an actor: "Attack on" */
  const char *tag;
  double strength;
  bool light;
  bool possessor_target; /* "Castillo's arrest": the possessor undergoes it */
  bool needs_clause;     /* only with a that-clause: "recalled that ..." */
  bool no_clause;        /* only without a clause or an infinitive:
                            "called on the king" (a visit), not "called
                            on the king to resign" */
  bool needs_naming;     /* only when the verb names its object with a
                            second one: "called the vote the last chance" */
  bool no_event;         /* type none: the words tell no event ("heart
                            attack", "charm offensive", "price war") */
  frame_complement complement;
  int specific; /* how many constraints: the most specific match wins */
  unsigned line;
} frame_def;

/* The frames of a lemma as a verb or a noun (NULL-terminated array), or
 * NULL. */
const frame_def *const *lexicon_frames(const annals_lexicon *lx,
                                       const char *lemma, bool noun);

/* Is lemma a verb the lexicon knows as a deed of force or coercion
 * (assault, fight, coerce, mass violence): one done to someone? */
bool lexicon_deed_verb(const annals_lexicon *lx, const char *lemma);

/* The words of word class name ({class: name, words: [...]} of the
 * lexicon's files), NULL-terminated, or NULL when there is none. */
const char *const *lexicon_class(const annals_lexicon *lx, const char *name);

/* The sense of a lemma used to headline another frame as what it is:
 * the first of type t that is bare (no constraints), or, with obj set,
 * that names objects ("claim" + responsibility); NULL when none. */
const frame_def *lexicon_sense(const annals_lexicon *lx, const char *lemma,
                               bool noun, annals_type t, bool obj);

/* ---- nouns.c: nouns that name no one -------------------------------------- */

/* Is lemma a noun none of whose WordNet senses is a being, a group, a
 * place or a thing ("result", "decree")?  Such a word is no actor. */
bool noun_names_no_one(const char *lemma);
/* Is lemma a noun whose first WordNet sense is a person ("citizen")? */
bool noun_names_person(const char *lemma);

/* Is lemma a noun of words someone said ("comment", "demand",
 * "proposal"), which a rejection is aimed at the sayer of? */
bool noun_names_saying(const char *lemma);

/* ---- actors.c: who and where --------------------------------------------- */

typedef enum {
  ACT_NAMED = 0, /* a name: a country, organisation, group or person */
  ACT_GROUP,     /* a common noun phrase: "protesters", "security forces" */
} actor_kind;

/* actor_of() calls inside one another at most (a name, its apposition,
 * an office's holder ... never go this deep) */
#define ACTOR_MAX_DEPTH 32

/* An actor or a place as the records name it. */
typedef struct {
  const char *name;    /* canonical (gazetteer) or as written; interned */
  const char *phrase;  /* for headlines when not the name ("US
                          contractor" of United States), or NULL */
  const char *said;    /* the words naming a state's or a group's people
                          or things ("Hamas commander", "Russian drones"),
                          for the headline of a deed of force that befalls
                          them, or NULL */
  const char *country; /* the country it belongs to or stands for, or NULL */
  actor_kind kind;
  const gaz_entity *ent; /* the gazetteer entry, or NULL */
  bool plural;
  bool state;  /* police, army, government: acts for its country */
  bool office; /* said names one in an office of the state ("Peruvian
                  minister"): who acts, the headline tells so */
  bool crowd;  /* a crowd named for what it does: "protesters" of
                  "thousands" */
  int word;    /* head word (doc index) */
  int first, last; /* the words naming it, or -1 */
} ev_actor;

/* What the actor and place finders need: the text, its analysis, the
 * gazetteer and string storage. */
typedef struct {
  const char *text;
  const annals_doc *doc;
  const nlp_word *w;
  const annals_gazetteer *g;
  const bool *date_word; /* per word of the doc: inside a date, or NULL */
  GStringChunk *strings;
  /* Coreference within a paragraph: the last person and the last named
   * organisation or country met as an actor. */
  ev_actor last_person, last_org;
  bool have_person, have_org;
  /* the last country named: "the country", "the tiny kingdom" */
  ev_actor last_country;
  bool have_country;
  /* the countries met, the latest first, with the word that named each
   * (-1 when none) */
  const char *countries[6];
  int country_word[6];
  size_t n_countries;
  /* the person before the last: a pronoun before the last one's words
   * stands for it ("He appointed Harini Amarasuriya ... and dissolved") */
  ev_actor prev_person;
  bool have_prev_person;
  /* the persons named so far (the last ones): "Silva" after "Luiz
   * Inácio Lula da Silva" is him */
  ev_actor persons[8];
  size_t n_persons;
  /* the sex a title told of each person above and of the last two ('m',
   * 'f', or 0 when none did): "Mr Linkevicius said she had been
   * detained" does not tell of him */
  char person_sex[8], last_sex, prev_sex;
  /* the last organisations named with a common noun ("the Black Orchid
   * gang"): "the gang" stands for the last with that noun */
  ev_actor orgs[4];
  size_t n_orgs;
  /* the last persons named with an office before the name ("UN
   * Secretary-General Antonio Guterres"): "the secretary-general" stands
   * for the last with that office (lowercased, as written) */
  struct {
    char office[40];
    ev_actor who;
  } offices[8];
  size_t n_offices;
  /* the last bodies of a state named with their country ("the Swedish
   * Foreign Ministry"): "the ministry" stands for the last with that
   * head word */
  ev_actor bodies[4];
  size_t n_bodies;
  /* The state a bare "the army", "police" belongs to: the last one named
   * with its country, else the dateline's */
  const char *last_state_country, *dateline_country;
  GHashTable *acronyms; /* "CCG" -> the actor its full name names, or NULL */
  /* per word of the doc: who speaks the quotation it is in (the head
   * word of the speaker), or -1; NULL when not known (quotes.c) */
  const int *quote_speaker;
  int governing; /* depth of governing_subject() calls under way */
  int depth;     /* depth of actor_of() calls under way */
  /* the lexicon's class "weapon": a name before one is its model
   * ("Leopard tanks"), no one's (NULL: none) */
  const char *const *weapons;
  /* the lexicon's class "premises": the seat of a body or a person
   * named with its owner stands for the owner (NULL: none) */
  const char *const *premises;
  /* the lexicon's class "landmark": a name ending in one before a
   * deed's noun tells where, not who (NULL: none) */
  const char *const *landmarks;
  /* the lexicon's class "body-part": a part of a body named with the
   * body acts for it (NULL: none) */
  const char *const *body_parts;
  /* the last plural that was a clause's subject: "they" */
  ev_actor last_plural;
  bool have_plural;
  /* the last one who said something, a person or people, and the
   * sentence it was said in: "He added that ..." */
  ev_actor last_speaker;
  bool have_speaker;
  size_t speaker_sent;
} actor_ctx;

/* Finds the acronyms the text defines ("China Coast Guard (CCG)"); the
 * caller frees ac->acronyms with g_hash_table_destroy. */
void actor_acronyms(actor_ctx *ac);

/* The actor named by the noun phrase headed by word h (doc index), or
 * false when it names none (a pronoun without antecedent, a number...). */
bool actor_of(actor_ctx *ac, int h, ev_actor *out);

/* The actor of word h as actor_of() finds it, the story's memory left as
 * it was: asking what a word names ("is it a person's name?") must not
 * change whom a later "he" or "they" stands for. */
bool actor_peek(actor_ctx *ac, int h, ev_actor *out);
/* Is a one person, as far as the names met tell (a person the gazetteer
 * knows, one named before, or a name of several words that no title or
 * body's word ends)? */
bool actor_is_person(const actor_ctx *ac, const ev_actor *a);

/* The other of the last two persons named than the one called name,
 * for the pronoun (lemma "he" or "she") at doc word `word`, of a sex its
 * title does not contradict: whom a pronoun stands for when it cannot
 * stand for the other side of its act ("Ruta demanded that he resign").
 * False when there is none. */
bool actor_other_person(const actor_ctx *ac, const char *pronoun, int word,
                        const char *name, ev_actor *out);

/* Is word i a month's or a weekday's name ("the March vote")?  A time,
 * never an actor. */
bool actor_calendar_word(const actor_ctx *ac, int i);

/* Are word i and the number glued to it by a hyphen a model's name
 * ("F-16", "Su-25", "GBU-57")?  A weapon, never an actor. */
bool actor_model_letters(const actor_ctx *ac, int i);

/* "anti-government", "anti-Maduro": whom word i says its noun is
 * against (a name the gazetteer knows, or the rulers), or false. */
bool actor_opposed(actor_ctx *ac, int i, ev_actor *out);

/* The land an actor gives those it owns or speaks for ("Kenya's farmers",
 * "the president's guards" of a president of Kenya): its country, or its
 * own name when it is a place or a name of no person and no body; NULL
 * for a person or a body with no known country ("Marta Velez's
 * supporters", "the Council's spokesman" are no country's). */
const char *actor_land(const actor_ctx *ac, const ev_actor *a);

/* "the Swedish Foreign Ministry", "Peru's Supreme Court": a body of a
 * state named with its country (so a later bare "the ministry" is that
 * country's). */
bool actor_state_body(const actor_ctx *ac, const ev_actor *a);

/* Is lemma a weapon (the lexicon's class `weapon`, given as weapons) or a
 * craft of war ("aircraft", "warship")?  Arms are a state's, but only
 * their own words say whose: "missiles struck Kharkiv" are as likely the
 * enemy's as those of the place or of the state the text is about. */
bool actor_arms(const char *const *weapons, const char *lemma);

/* "Syrian rebels", "renegade Malian soldiers": is group a named by words
 * that tell those who fight its country's state (who are then a group
 * of that country, not the country)? */
bool actor_against_state(const actor_ctx *ac, const ev_actor *a);

/* "EU leaders": the people of a union of states (an organisation of no
 * country, named before the common noun that heads them) are no
 * country's body. */
bool actor_union_body(const ev_actor *a);

/* "the high command of the army", "the missions of France and Germany":
 * the "of" phrase of h when h is a part of a body (the lexicon's class
 * "body-part") that acts for the body it names, or -1. */
int actor_body_part_of(const actor_ctx *ac, int h);
/* One of a is one of b: the same name, a person and the country he acts
 * for ("Mohammed bin Salman" and "Saudi Arabia"), or a person's last
 * name and the full name ("Gillard" and "Julia Gillard"). */
bool actors_share(const ev_actor *a, size_t na, const ev_actor *b, size_t nb);
/* Is one (a single word) the last word of full, a name of capitalised
 * words ("Gillard" of "Julia Gillard"; not "Kesh" of "town of Kesh")? */
bool actor_last_name_of(const char *one, const char *full);
/* Is lemma a noun of persons by their trade or part, set before a name
 * as no title of it ("journalist", "lawyer", "activist"), unlike the
 * titles and offices a name is read with ("president", "general",
 * "bishop")? */
bool actor_trade_noun(const char *lemma);
/* Is word i a title of an office or a rank before a name ("General",
 * "Minister"; not "Mr" or "Dr")? */
bool actor_office_title(const actor_ctx *ac, int i);
/* The headline's words for one who holds office n of the body a names
 * ("leader of Hamas"), interned. */
const char *actor_office_phrase(actor_ctx *ac, int n, const ev_actor *a);
/* Is w a noun of a direction ("north", "south-east")? */
bool actor_direction(const nlp_word *w);
/* Is w a common noun of a place ("city", "region", "capital")? */
bool actor_place_noun(const nlp_word *w);

/* The place named by the phrase headed by word h, or false. */
bool place_of(actor_ctx *ac, int h, ev_actor *out);
/* Looks a span of text up in the gazetteer (whole span only). */
const gaz_entity *gaz_lookup(const annals_gazetteer *g, const char *text,
                             size_t start, size_t end);
/* The name an entity has as an actor, and its country. */
const char *entity_country(const gaz_entity *e);

/* ---- frames.c: event frames from trees ------------------------------------ */

enum frame_date_how {
  DH_NONE = 0,
  DH_OWN,     /* a date attached to the predicate */
  DH_CLAUSE,  /* a date of the clause that governs it */
  DH_REPORT,  /* the date of the saying that reports it */
  DH_SENT,    /* another date of the sentence */
  DH_CONTEXT, /* the last date of the paragraph */
  DH_DCT,     /* the document date (news present) */
  DH_RECENT,  /* the document's month (news past without a date) */
};

#define FRAME_MAX_ACTORS 4

/* One event read off a sentence. */
typedef struct {
  const frame_def *def;
  annals_type type;      /* def->type, or threaten/reject/... */
  const frame_def *inner; /* for intents, threats, refusals: the intended */
  bool inner_not; /* the intent is not to do it: "pledged not to use force" */
  size_t sent;           /* sentence index */
  int pred;              /* predicate word (doc index) */
  ev_actor agents[FRAME_MAX_ACTORS];
  size_t n_agents;
  ev_actor targets[FRAME_MAX_ACTORS];
  size_t n_targets;
  ev_actor place;
  bool has_place;
  const char *object;     /* a common-noun object phrase, for titles */
  const char *participle; /* "arrested" of a passive, for titles, or NULL */
  bool implied; /* the last target only follows from the place */
  const char *content;    /* what a saying reports, for titles, or NULL */
  const char *predicative; /* what the object is declared or named ("a
                              republic", "free", "over"), for titles, or
                              NULL */
  annals_when when;
  int date_how;
  bool date_since; /* its date opens a span: "since 2011" */
  bool approximate;
  bool passive;
  bool future;   /* announced for the future: a pledge or a threat */
  bool date_named; /* its date is a word of its noun's phrase ("a January
                      peace deal"): no time the next sentences tell of */
  bool planned;    /* an event noun dated after the document date ("until
                      the 2027 election"): no one's pledge, no record */
  bool told_before; /* a definite deed reacted to that a deed of its kind
                       told a few sentences back is ("condemned the
                       coup"): no record of its own */
  bool present;  /* news present or present perfect */
  bool sent_present; /* the sentence's main verb is in the present */
  bool reported; /* the content of a report */
  int report_pred; /* the reporting verb, or -1 */
  bool attribution; /* a saying whose content is an event of its own
                       ("X captured Y, the ministry said") */
  bool admits; /* a saying that claims a deed: charted as the claim */
  double strength_floor; /* at least this sure (an order's), or 0 */
  double confidence;
  bool relative;  /* told in a relative clause ("Keita, who took power in
                     2013"): background to its sentence */
  bool looks_back; /* a deed a "since" phrase looks back to ("the first
                      talks since the invasion"), or that a participle
                      says a noun had undergone ("a man convicted of
                      murder"): no date of its sentence or its story is
                      its own */
  bool after_main; /* told in a clause opened by "after", "before" or
                      "since" after the main verb ("It was the second
                      vote, after lawmakers boycotted it last Saturday") */
  size_t date_at; /* byte start of the date it was dated by, or SIZE_MAX */
  size_t open_at; /* byte start of its own date that only a document date
                     resolves ("last year" with none), or SIZE_MAX */
  ev_actor concerned[2]; /* other parties, actors of the record but not
                            of its headline: of the deed a disapproval
                            is of ("condemned the attack by X"), whom a
                            place is taken from ("seized the airport
                            from government forces") */
  size_t n_concerned;
} ev_frame;

/* A date mention mapped onto the words of the doc. */
typedef struct {
  size_t start, end; /* bytes */
  int first, last;   /* words [first, last] */
  annals_when when;
  unsigned flags;
  bool usable;       /* a calendar date not after the document date */
} ev_date;

/* Finds the frames of sentence si of a parsed doc; dates are the doc's
 * date mentions (sorted by start).  Appends to out (GArray of ev_frame). */
void frames_find(actor_ctx *ac, const annals_lexicon *lx, size_t si,
                 const ev_date *dates, size_t n_dates, GArray *out);
/* Is fr an act of verbal cooperation between two sides, one of them a
 * group of no state's (rebels, civilian groups), such as are often held
 * abroad: its place's country is then no party's? */
bool frames_held_abroad(const ev_frame *fr);
/* Is word i a predicate the lexicon knows (a candidate for parsing)? */
bool frames_candidate(const annals_lexicon *lx, const nlp_word *w);
/* Is w a noun of an office one holds ("president", "in power")? */
bool frames_office_word(const nlp_word *w);

/* ---- treefix*.c: repairs of parsed sentences ----------------------------- */

/* Repairs the tree of parsed sentence si where the parser misreads what
 * the date mentions (date_word: per doc word) or the lexicon tell. */
void tree_repair(const annals_lexicon *lx, annals_doc *doc, nlp_word *w,
                 const bool *date_word, size_t si);
/* Does the lexicon know w as a verb of saying (a report complement)? */
bool reporting_verb(const annals_lexicon *lx, const nlp_word *w);
/* Is w a verb of making someone do something ("forced X to resign",
 * "prompted X to declare"): what X was made to do, X did? */
bool making_verb(const nlp_word *w);

/* ---- quotes.c: who speaks in a quotation ------------------------------------ */

/* Per word of the doc: the head word of the one who speaks the quotation
 * it is in, or -1 (parses the sentences that name speakers).  The caller
 * frees the array with g_free. */
int *quote_speakers(const annals_model *m, const annals_lexicon *lx,
                    annals_doc *doc, const nlp_word *w);

/* ---- title.c: headlines ---------------------------------------------------- */

/* Writes a headline for f ("Houthis attack cargo ship in Red Sea") into
 * buf (at most size bytes, cut at a word). */
void title_make(const ev_frame *f, char *buf, size_t size);
/* The third person singular of a base-form verb phrase's first word. */
void title_verb(const char *base, bool plural, GString *out);

#endif
