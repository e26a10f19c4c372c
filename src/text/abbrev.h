/*
 * text/abbrev.h - the one list of abbreviations (text/abbrev.c): words
 * whose '.' does not end a sentence ("Dr.", "Jan.", "Inc.", "Ill.").
 * The sentence splitter (text/sentence.c), whose sentences the date
 * finder reads too, and the tokenizer (nlp/tokenize.c) look words up
 * here.  Each entry says which of them take it: their lists grew apart,
 * and each one's outputs are pinned by its tests, so the flags keep every
 * reader's choice as it was.  A new
 * abbreviation goes into the table with the flags of the readers that
 * should know it.
 */
#ifndef ANNALS_TEXT_ABBREV_H
#define ANNALS_TEXT_ABBREV_H

#include "internal.h"

enum abbrev_flags {
  /* text/sentence.c: a '.' after the word ends no sentence, in any case
   * (initials and dotted acronyms are handled there). */
  ABBREV_SPLIT = 1 << 0,
  /* nlp/tokenize.c: the word keeps its '.' ("Dr." "Smith"), in any case
   * unless ABBREV_CAP or ABBREV_NUM say otherwise. */
  ABBREV_TOKEN = 1 << 1,
  /* ... only when capitalised ("Ill." is Illinois, "ill." is not). */
  ABBREV_CAP = 1 << 2,
  /* ... only before a number ("No. 5", not "said no."). */
  ABBREV_NUM = 1 << 3,
};

/* The flags (enum abbrev_flags) of the word s[0..len), in any case, or 0
 * when it is not listed (or holds anything but ASCII letters). */
unsigned abbrev_lookup(const char *s, size_t len);

#endif
