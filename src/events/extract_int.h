/*
 * events/extract_int.h - private interfaces shared by the extraction
 * stages: the data-file loader (yaml_data.c), the word splitter of the
 * gazetteer (sentence.c), phrase tables (events/phrase.c) and the
 * gazetteer (events/gazetteer.c).
 */
#ifndef ANNALS_EXTRACT_INT_H
#define ANNALS_EXTRACT_INT_H

#include "internal.h"
#include "text/words.h"

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
  ENT_MEDIA, /* a news outlet: what it reports is its sources' */
} ent_kind;

typedef struct {
  const char *name; /* canonical */
  ent_kind kind;
  const char *country; /* the country it stands for, or NULL */
  const char *role;    /* persons */
  bool metonym;        /* a capital used for its government */
  bool plural;         /* takes a plural verb: "the Houthis attack" */
} gaz_entity;

/* Names and headlines are made of the text's words, which a hard-wrapped
 * text breaks across lines: each run of spaces, tabs and line breaks in
 * s[0..n) becomes one space, in place.  Returns the new length. */
static inline size_t squeeze_spaces(char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    bool sp = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
    if (sp && k > 0 && s[k - 1] == ' ')
      continue;
    s[k++] = sp ? ' ' : s[i];
  }
  if (k < n)
    s[k] = '\0';
  return k;
}

/* Does s end with the word w, whole ("Julia Gillard" with "Gillard",
 * ignoring ASCII case; s may be w itself)? */
static inline bool ends_with_word(const char *s, const char *w) {
  size_t n = strlen(s), k = w ? strlen(w) : 0;
  return k && n >= k && g_ascii_strcasecmp(s + n - k, w) == 0 &&
         (n == k || s[n - k - 1] == ' ');
}

/* Longest entity match starting at word i of w (n words).  Returns the
 * entity and sets *len to the number of words, or NULL. */
const gaz_entity *gazetteer_match(const annals_gazetteer *g, const word *w,
                                  size_t n, size_t i, size_t *len);

#endif
