/*
 * text/words.h - the word splitter of the text stage (text/sentence.c):
 * words and punctuation tokens as byte spans with a lowercased form and
 * its hash, and bitmaps of word hashes.  Used by the phrase tables and
 * the gazetteer of the events stage.
 */
#ifndef ANNALS_TEXT_WORDS_H
#define ANNALS_TEXT_WORDS_H

#include "internal.h"

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

#endif
