/*
 * nlp/atoms.c - what the features of a word are made of: its normalised
 * form, lowercased form, shape, prefixes and suffixes, as hashes computed
 * once per word.
 */
#include "nlp/nlp.h"

size_t nlp_normalise(const char *s, size_t n, bool lower, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < n && o < NLP_NORM_MAX;) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
      unsigned char c2 = (unsigned char)s[i + 2];
      const char *rep = NULL;
      switch (c2) {
      case 0x98: /* ' */
      case 0x99: /* ' */
      case 0xB2: /* prime */
        rep = "'";
        break;
      case 0x9C: /* " */
      case 0x9D: /* " */
        rep = "\"";
        break;
      case 0x90: /* hyphen */
      case 0x91: /* non-breaking hyphen */
      case 0x92: /* figure dash */
      case 0x93: /* en dash */
        rep = "-";
        break;
      case 0x94: /* em dash */
      case 0x95: /* horizontal bar */
        rep = "--";
        break;
      case 0xA6: /* ellipsis */
        rep = "...";
        break;
      default:
        break;
      }
      if (rep) {
        for (; *rep && o < NLP_NORM_MAX; rep++)
          out[o++] = *rep;
        i += 3;
        continue;
      }
    }
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xB4) {
      out[o++] = '\''; /* the acute accent typed for an apostrophe */
      i += 2;
      continue;
    }
    if (lower && c >= 'A' && c <= 'Z')
      c = (unsigned char)(c + 32);
    out[o++] = (char)c;
    i++;
  }
  return o;
}

/* Start of the last k characters of s[0..n) (UTF-8), or 0. */
static size_t last_chars(const char *s, size_t n, int k) {
  size_t i = n;
  while (i > 0 && k > 0) {
    i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
      i--;
    k--;
  }
  return i;
}

/* Length of the first k characters of s[0..n). */
static size_t first_chars(const char *s, size_t n, int k) {
  size_t i = 0;
  while (i < n && k > 0) {
    i++;
    while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
      i++;
    k--;
  }
  return i;
}

void nlp_word_atoms(nlp_word *w, const char *text, bool first) {
  const char *s = text + w->start;
  size_t n = w->end - w->start;
  char low[NLP_NORM_MAX], cased[NLP_NORM_MAX], shape[16];
  size_t nl = nlp_normalise(s, n, true, low);
  size_t nc = nlp_normalise(s, n, false, cased);
  unsigned flags = first ? NLP_WF_FIRST : 0;
  size_t ns = 0, letters = 0, uppers = 0;
  char prev = 0;
  int run = 0;
  for (size_t i = 0; i < nc; i++) {
    unsigned char c = (unsigned char)cased[i];
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
      letters++;
      uppers++;
    } else if (c >= 'a' && c <= 'z') {
      k = 'x';
      letters++;
    } else if (c >= '0' && c <= '9') {
      k = 'd';
      flags |= NLP_WF_DIGIT;
    } else if (c >= 0x80) {
      if ((c & 0xC0) == 0x80)
        continue;
      k = 'u';
      letters++;
    } else {
      k = (char)c;
      if (c == '-' && i > 0 && i + 1 < nc)
        flags |= NLP_WF_HYPHEN;
    }
    run = k == prev ? run + 1 : 1;
    prev = k;
    if (run <= 2 && ns < sizeof shape)
      shape[ns++] = k;
  }
  if (nc > 0 && cased[0] >= 'A' && cased[0] <= 'Z')
    flags |= NLP_WF_CAP;
  if (uppers >= 2 && uppers == letters)
    flags |= NLP_WF_UPPER;
  if (letters)
    flags |= NLP_WF_ALPHA;
  if (!letters && !(flags & NLP_WF_DIGIT))
    flags |= NLP_WF_PUNCT;
  w->flags = (w->flags & (NLP_WF_SPACE_AFTER | NLP_WF_MWT | NLP_WF_MWT_FIRST)) |
             flags;
  w->low = nlp_hash_bytes(low, nl);
  w->form = nlp_hash_bytes(cased, nc);
  w->shape = nlp_hash_bytes(shape, ns);
  for (int k = 1; k <= 4; k++) {
    size_t a = last_chars(low, nl, k);
    w->suf[k - 1] = nlp_hash_bytes(low + a, nl - a) + (uint64_t)k;
  }
  for (int k = 1; k <= 3; k++)
    w->pre[k - 1] = nlp_hash_bytes(low, first_chars(low, nl, k)) + 7 * (uint64_t)k;
}
