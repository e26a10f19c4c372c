/*
 * nlp/nlp.h - private interfaces of the English analysis stage:
 * the word tokenizer (tokenize.c), the tag and label inventories
 * (tags.c), the statistical model file (model.c), the part-of-speech
 * tagger and lemmatizer (tagger.c) and the dependency parser (parser.c).
 *
 * The public face of the stage is the "English analysis" section of
 * annals.h (annals_analyse, annals_doc); this header is for the stage's
 * own files, its trainer and its tests.
 */
#ifndef ANNALS_NLP_H
#define ANNALS_NLP_H

#include "internal.h"

/* ---- tokenize.c: words with byte offsets ----------------------------- */

/* The tokenizer follows the conventions of the UD English Web Treebank:
 * punctuation is split off; hyphens between letters are words of their
 * own ("al-Ani" is al, -, Ani); clitics are split from their host
 * ("don't" is do + n't, "Iran's" is Iran + 's, "cannot" is can + not,
 * "gonna" is gon + na); abbreviations, initials and dotted acronyms keep
 * their dots ("U.S.", "Jan.", "J."); numbers keep their inner dots,
 * commas and colons ("1,000.5", "10:30"); URLs, e-mail addresses and
 * emoticons stay whole.  Every word is a byte span of the text, so split
 * words ("do" + "n't") are adjacent spans of one surface token. */
enum nlp_span_flags {
  NLP_SPAN_SPACE_AFTER = 1 << 0, /* whitespace follows in the text */
  NLP_SPAN_MWT = 1 << 1,         /* part of a split token (do + n't) */
  NLP_SPAN_MWT_FIRST = 1 << 2,   /* its first part */
};

typedef struct {
  size_t start, end; /* bytes [start, end) of the word */
  unsigned flags;    /* enum nlp_span_flags */
} nlp_span;

/* Splits text[start..end) (a sentence, valid UTF-8) into words and
 * appends them to out, a GArray of nlp_span.  Returns how many. */
size_t nlp_tokenize(const char *text, size_t start, size_t end, GArray *out);

#endif
