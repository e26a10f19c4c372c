/*
 * extract_int.h - private interfaces of the extraction stages:
 * the data-file loader (yaml_data.c), the gazetteer (gazetteer.c), the
 * trigger lexicon (lexicon.c), the word tokenizer and the event finder
 * (event.c).  Included after internal.h by those files and extract.c.
 */
#ifndef ANNALS_EXTRACT_INT_H
#define ANNALS_EXTRACT_INT_H

#include "internal.h"

/* ---- yaml_data.c: a small data format for hand-written files ------- */

/* A data file is a YAML sequence of flat mappings whose values are
 * scalars or flow/block sequences of scalars:
 *     - name: Pakistan
 *       aliases: [Pakistani, Islamabad]
 * Everything is kept as text. */
typedef struct {
  char *key;
  char **values; /* one for a scalar */
  size_t n;
  bool is_list;
} data_field;

typedef struct {
  data_field *fields;
  size_t n, cap;
  unsigned line, column; /* 1-based position of the mapping */
} data_entry;

typedef struct {
  data_entry *items;
  size_t n, cap;
} data_doc;

/* Parses buf into doc (which it initialises).  Errors carry
 * name:line:col.  On failure doc is empty and ANNALS_ERR_INPUT returned. */
annals_status data_load(const char *buf, size_t len, const char *name,
                        data_doc *doc, annals_diags *d);
void data_doc_release(data_doc *doc);
/* The field of e named key, or NULL. */
const data_field *data_get(const data_entry *e, const char *key);
/* The first value of field key, or NULL. */
const char *data_str(const data_entry *e, const char *key);

/* ---- words ---------------------------------------------------------- */

enum word_flags {
  WORD_CAP = 1 << 0,   /* starts with an uppercase letter */
  WORD_PUNCT = 1 << 1, /* a punctuation token */
  WORD_POSS = 1 << 2,  /* followed by 's or ' (possessive, stripped) */
  WORD_DIGIT = 1 << 3, /* starts with a digit */
};

typedef struct {
  size_t start, end; /* bytes in the text (without a possessive 's) */
  unsigned flags;
  uint32_t hash; /* word_hash(low), computed once by words_split */
  char low[32];  /* lowercased ASCII form, truncated; "" when too long */
} word;

/* The hash of a lowercased word (FNV-1a), as stored in word.hash: the
 * tables of words look words up by it without hashing them again. */
#define WORD_HASH_INIT 2166136261u
static inline uint32_t word_hash_step(uint32_t h, unsigned char c) {
  return (h ^ c) * 16777619u;
}

static inline uint32_t word_hash(const char *low) {
  uint32_t h = WORD_HASH_INIT;
  for (const unsigned char *c = (const unsigned char *)low; *c; c++)
    h = word_hash_step(h, *c);
  return h;
}

/* A set of word hashes as a bitmap: a word whose bit is clear is surely
 * not in the set, so most words of a text are rejected in a few
 * instructions before any string is hashed or compared. */
#define WORD_BITS_LOG 16
typedef struct {
  uint64_t bits[(1u << WORD_BITS_LOG) / 64];
} word_bits;

static inline void word_bits_add(word_bits *b, uint32_t h) {
  h &= (1u << WORD_BITS_LOG) - 1;
  b->bits[h / 64] |= UINT64_C(1) << (h % 64);
}

static inline bool word_bits_has(const word_bits *b, uint32_t h) {
  h &= (1u << WORD_BITS_LOG) - 1;
  return (b->bits[h / 64] >> (h % 64)) & 1;
}

/* Splits text[start..end) into words and punctuation tokens; appends to
 * *w (a GArray of word). */
void words_split(const char *text, size_t start, size_t end, GArray *w);

/* Phrase tables (lexicon.c): lowercased word sequences -> values.  Keys
 * are found by hashes built from the words' own hashes (word.hash), so a
 * lookup hashes no string; bitmaps of the first words and of the phrases
 * reject most words of a text in a few instructions. */
typedef struct {
  uint32_t hash;
  char *key; /* owned; NULL = empty slot */
  void *value;
} phrase_slot;

typedef struct {
  phrase_slot *slots;
  size_t cap, n; /* cap: a power of two, or 0 */
} phrase_map;

typedef struct {
  phrase_map map;         /* phrase -> value */
  phrase_map first;       /* first word -> max length in words */
  word_bits *first_bits;  /* hashes of the first words */
  word_bits *phrase_bits; /* hashes of the phrases */
} phrase_table;

void phrase_init(phrase_table *t);
void phrase_release(phrase_table *t);
/* Adds phrase (tokenized with words_split, lowercased).  A later value for
 * the same phrase replaces the earlier one.  Returns false when the
 * phrase has no words or too many (> 8). */
bool phrase_add(phrase_table *t, const char *phrase, void *value);
/* Longest phrase starting at word i; NULL when none. */
void *phrase_match(const phrase_table *t, const word *w, size_t n, size_t i,
                   size_t *len);

/* ---- gazetteer.c ---------------------------------------------------- */

typedef enum {
  ENT_COUNTRY,
  ENT_CITY,
  ENT_REGION,
  ENT_ORG,
  ENT_GROUP,
  ENT_PERSON,
} ent_kind;

typedef struct {
  const char *name; /* canonical */
  ent_kind kind;
  const char *country; /* the country it stands for, or NULL */
  const char *role;    /* persons */
  bool metonym;        /* a capital used for its government */
  bool plural;         /* takes a plural verb: "the Houthis attack" */
} gaz_entity;

/* Longest entity match starting at word i of w (n words).  Returns the
 * entity and sets *len to the number of words, or NULL. */
const gaz_entity *gazetteer_match(const annals_gazetteer *g, const word *w,
                                  size_t n, size_t i, size_t *len);

/* ---- lexicon.c ------------------------------------------------------ */

enum trig_flags {
  TRIG_VERB = 1 << 0,    /* a past-tense or present verb form */
  TRIG_NOUN = 1 << 1,    /* a nominal trigger */
  TRIG_PRESENT = 1 << 2, /* a present-tense verb form (news present) */
};

typedef struct {
  annals_type type;
  const char *cameo;       /* or NULL */
  const char *verb;        /* title verb with one subject: "strikes" */
  const char *verb_plural; /* with several: "strike" */
  const char *noun;        /* title without a subject: "Airstrike" */
  const char *prep;        /* object preposition in titles, or NULL */
  const char *noun_prep;   /* after the noun title ("Capture of"), or NULL */
  const char *tag;         /* tag written on the event, or NULL */
  double strength;         /* 0..1 */
  bool needs_object;       /* only an event with an actor or a place */
  bool places_only;        /* named countries are places (disasters) */
  bool needs_subject;      /* only an event with a named initiator */
  bool passive_subject;    /* "X was elected": X stays the initiator */
} trig_sense;

typedef struct {
  const trig_sense *sense;
  unsigned flags;
  size_t len; /* words */
} trig_match;

/* Longest trigger starting at word i.  Returns false when none. */
bool lexicon_match(const annals_lexicon *lx, const word *w, size_t n, size_t i,
                   trig_match *m);

/* ---- event.c -------------------------------------------------------- */

/* One event found in a sentence, before merging. */
#define EV_MAX_ACTORS 6
typedef struct {
  const trig_sense *sense;
  unsigned trig_flags;
  size_t trig_start, trig_end;           /* bytes */
  const gaz_entity *subj[EV_MAX_ACTORS]; /* initiators, as written */
  size_t n_subj;
  const gaz_entity *obj[EV_MAX_ACTORS]; /* targets, as written */
  size_t n_obj;
  const gaz_entity *place; /* where, or NULL */
  annals_when when;        /* start.prec NONE: undated */
  int date_how;            /* enum ev_date_how */
  bool present;            /* news present or present perfect */
  bool no_context;         /* "earlier", "previously": no narrative date */
  bool quoted;             /* inside quotation marks: a mention only */
  bool state_subject;      /* "police", "troops": the place's state acts */
  char obj_words[48];      /* words after the trigger ("terrorism") */
  char event_name[64];     /* "20th India-Iran Joint Commission Meeting" */
  const gaz_entity *sent_ents[8]; /* entities named in the sentence */
  size_t n_sent_ents;
  int rel_year; /* "last year": -1; valid when has_rel */
  bool has_rel;
  size_t sent; /* sentence index */
} ev_cand;

enum ev_date_how {
  EV_DATE_NONE = 0,
  EV_DATE_CLAUSE = 1,  /* written in the trigger's clause */
  EV_DATE_SENT = 2,    /* elsewhere in the sentence */
  EV_DATE_CONTEXT = 3, /* from an earlier sentence of the paragraph */
  EV_DATE_DCT = 4,     /* the document date (news present) */
};

/* A date mention mapped onto words. */
typedef struct {
  size_t start, end;
  annals_when when;
  unsigned flags;
} ev_date;

/* Finds the event candidates of one sentence text[start..end), using the
 * buffers of scr.  dates are
 * the resolved date mentions inside the sentence.  Appends to out (GArray
 * of ev_cand).  Sets bit (1 << type) of *types_seen for every trigger
 * word seen, event or not (may be NULL).  *last_person (may be NULL) is
 * the person last named as an initiator, for "he"/"she"; updated. */
typedef struct ev_scratch ev_scratch; /* buffers reused across sentences */
ev_scratch *event_scratch_new(void);
void event_scratch_free(ev_scratch *x);

void event_find(ev_scratch *scr, const annals_gazetteer *g,
                const annals_lexicon *lx, const char *text, size_t start,
                size_t end, const ev_date *dates, size_t n_dates, size_t sent,
                GArray *out, unsigned *types_seen,
                const gaz_entity **last_person);

#endif
