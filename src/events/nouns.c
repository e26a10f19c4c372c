/*
 * events/nouns.c - two lists of nouns written at build time from WordNet
 * 3.0 by src/tools/tool_nouns.c and compiled in: the nouns that name no
 * one, none of whose senses is a being, a group, a place or a thing
 * ("result", "decree", "history": what an act is about, never who acts
 * or undergoes it); and the nouns whose first sense is a person
 * ("citizen", "journalist": what "he" or "him" may stand for).
 */
#include "events/events.h"

/* one noun a line, sorted (strcmp order), after '#' comment lines */
#include "nouns.inc"
#include "persons.inc"

/* Compares line [s, s + n) of the list with word w (m bytes). */
static int line_cmp(const char *s, size_t n, const char *w, size_t m) {
  int c = memcmp(s, w, n < m ? n : m);
  return c ? c : (n > m) - (n < m);
}

/* Is lemma a line of list t (len bytes)? */
static bool listed(const char *t, size_t len, const char *lemma) {
  if (!lemma || !*lemma)
    return false;
  size_t m = strlen(lemma);
  /* a binary search over the bytes of the list, by whole lines */
  size_t lo = 0, hi = len;
  while (lo < hi) {
    size_t s = lo + (hi - lo) / 2;
    while (s > lo && t[s - 1] != '\n')
      s--;
    size_t e = s;
    while (e < len && t[e] != '\n')
      e++;
    int c = line_cmp(t + s, e - s, lemma, m);
    if (c == 0)
      return true;
    if (c < 0)
      lo = e + 1;
    else
      hi = s;
  }
  return false;
}

bool noun_names_no_one(const char *lemma) {
  return listed(embed_nouns, (size_t)embed_nouns_len, lemma);
}

bool noun_names_person(const char *lemma) {
  return listed(embed_persons, (size_t)embed_persons_len, lemma);
}

bool noun_names_saying(const char *lemma) {
  static const char *const sayings[] = {
      "comment", "remark",  "statement", "claim", "accusation", "allegation",
      "proposal", "offer",  "call",      "demand", "request",   "plan"};
  for (size_t k = 0; lemma && k < sizeof sayings / sizeof sayings[0]; k++)
    if (strcmp(lemma, sayings[k]) == 0)
      return true;
  return false;
}
