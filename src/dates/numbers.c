/*
 * dates/numbers.c - words, numbers and amounts: the small parsers the
 * rules share (a cardinal, a day of the month, a year, "two years").
 */
#include "dates/dates.h"

/* Skips a period attached to an abbreviation ("Nov."). */
size_t tx_skip_dot(const win *W, size_t j) {
  if (is_p(W, j, '.') && tight(W, j))
    return j + 1;
  return j;
}

/* The word is "'s" after token j-1. */
size_t tx_apos_s(const win *W, size_t j) {
  if (is_p(W, j, '\'') && tight(W, j) && is_w(W, j + 1, C_S) && tight(W, j + 1))
    return j + 2;
  return 0;
}

bool tx_word_is(const win *W, size_t j, const char *w) {
  const tok *t = &W->t[j];
  size_t n = strlen(w);
  if (t->end - t->start != n)
    return false;
  for (size_t k = 0; k < n; k++)
    if ((W->s[t->start + k] | 0x20) != w[k])
      return false;
  return true;
}

/* A pronoun, auxiliary or conjunction at j: a word that starts a clause
 * or continues one, so the word before ends a phrase ("in the past it
 * tried", "in the past they were"). */
bool tx_clause_word(const win *W, size_t j) {
  static const char *const words[] = {
      "it",  "he",   "she",  "they", "we",   "i",     "you",  "there",
      "has", "have", "had",  "was",  "were", "is",    "are",  "and",
      "but", "or",   "when", "as",   "so",   "would", "will", "could"};
  if (W->t[j].len > 5)
    return false;
  for (size_t k = 0; k < ARRAY_SIZE(words); k++)
    if (tx_word_is(W, j, words[k]))
      return true;
  return false;
}

/* A modal verb at j ("will", "may"...). */
bool tx_modal_word(const win *W, size_t j) {
  static const char *const words[] = {"will",  "would", "may",   "might",
                                      "could", "can",   "shall", "should"};
  if (W->t[j].kind != TK_WORD || W->t[j].len > 6)
    return false;
  for (size_t k = 0; k < ARRAY_SIZE(words); k++)
    if (tx_word_is(W, j, words[k]))
      return true;
  return false;
}

/* A cardinal at j: digits, number words ("twenty four", "a hundred"),
 * "a"/"an" when allow_a, "a couple of", "a few", "several" (NX).  Returns
 * the end or 0. */
size_t tx_card(const win *W, size_t j, int *val, bool allow_a) {
  if (!has(W, j))
    return 0;
  const tok *t = &W->t[j];
  if (t->kind == TK_NUM) {
    if (t->ndig > 6 || t->num < 0)
      return 0;
    int v = t->num;
    size_t e = j + 1;
    /* 1,000 */
    while (is_p(W, e, ',') && tight(W, e) && is_num(W, e + 1) &&
           tight(W, e + 1) && W->t[e + 1].ndig == 3 && v < 1000000) {
      v = v * 1000 + W->t[e + 1].num;
      e += 2;
    }
    /* decimals are not counts of units we handle */
    if (is_p(W, e, '.') && tight(W, e) && is_num(W, e + 1) && tight(W, e + 1))
      return 0;
    *val = v;
    return e;
  }
  if (t->kind != TK_WORD)
    return 0;
  switch (t->cls) {
  case C_A:
    if (is_w(W, j + 1, C_COUPLE) && is_w(W, j + 2, C_OF)) {
      *val = 2;
      return j + 3;
    }
    if (is_w(W, j + 1, C_FEW) && tx_word_is(W, j + 1, "few")) {
      *val = NX;
      return j + 2;
    }
    if (is_w(W, j + 1, C_HUNDRED)) {
      *val = 100;
      return j + 2;
    }
    if (is_w(W, j + 1, C_THOUSAND)) {
      *val = 1000;
      return j + 2;
    }
    if (is_w(W, j + 1, C_DOZEN)) {
      *val = 12;
      return j + 2;
    }
    if (!allow_a)
      return 0;
    *val = 1;
    return j + 1;
  case C_FEW:
    *val = NX;
    return j + 1;
  case C_COUPLE:
    if (is_w(W, j + 1, C_OF)) {
      *val = 2;
      return j + 2;
    }
    return 0;
  case C_DOZEN:
    *val = 12;
    return j + 1;
  case C_NUM:
  case C_TENS: {
    int v = t->num;
    size_t e = j + 1;
    if (t->cls == C_TENS) {
      size_t k = e;
      if (is_p(W, k, '-') && tight(W, k))
        k++;
      if (is_w(W, k, C_NUM) && wval(W, k) >= 1 && wval(W, k) <= 9) {
        v += wval(W, k);
        e = k + 1;
      }
    }
    if (is_w(W, e, C_HUNDRED)) {
      v *= 100;
      e++;
    } else if (is_w(W, e, C_THOUSAND)) {
      v *= 1000;
      e++;
    } else if (is_w(W, e, C_DOZEN)) {
      v *= 12;
      e++;
    }
    *val = v;
    return e;
  }
  default:
    return 0;
  }
}

/* A day of the month at j: "9", "9th", "ninth", "twenty-first". */
size_t tx_day(const win *W, size_t j, int *day, bool need_ord) {
  if (is_num(W, j) && W->t[j].ndig <= 2 && W->t[j].num >= 1 &&
      W->t[j].num <= 31) {
    size_t e = j + 1;
    bool ord = false;
    if (is_w(W, e, C_ORDSUF) && tight(W, e)) {
      e++;
      ord = true;
    }
    if (need_ord && !ord)
      return 0;
    /* "9-month", "9.5", "9:30" are not days */
    if ((is_p(W, e, '-') || is_p(W, e, '.') || is_p(W, e, ':') ||
         is_p(W, e, '/') || is_p(W, e, '%')) &&
        tight(W, e) && (is_num(W, e + 1) || is_p(W, e, '%')))
      return 0;
    *day = W->t[j].num;
    return e;
  }
  if (is_w(W, j, C_ORD)) {
    *day = wval(W, j);
    return j + 1;
  }
  if (is_w(W, j, C_TENS) && (wval(W, j) == 20 || wval(W, j) == 30)) {
    size_t k = j + 1;
    if (is_p(W, k, '-') && tight(W, k))
      k++;
    if (is_w(W, k, C_ORD) && wval(W, k) <= 9 && wval(W, j) + wval(W, k) <= 31) {
      *day = wval(W, j) + wval(W, k);
      return k + 1;
    }
  }
  return 0;
}

/* A number token is part of something larger: "$1990", "F-16", "3.2",
 * "555-2024", "20%". */
bool tx_num_attached(const win *W, size_t j) {
  if (j > 0) {
    const tok *p = &W->t[j - 1];
    if (!W->t[j].sp && p->kind == TK_PUNCT &&
        (p->ch == '$' || p->ch == '#' || p->ch == '-' || p->ch == '/' ||
         p->ch == '.' || p->ch == ',' || p->ch == ':' || p->ch == '+' ||
         p->ch == '(' || p->ch == '_'))
      if (p->ch != '(' || (j >= 2 && W->t[j - 2].kind == TK_PUNCT))
        if (!(p->ch == '(' || p->ch == '_'))
          return true;
    if (!W->t[j].sp &&
        (p->kind == TK_WORD || p->kind == TK_NUM || p->kind == TK_OTHER))
      return true;
  }
  size_t e = j + 1;
  if (tight(W, e) && W->t[e].kind == TK_PUNCT) {
    char c = W->t[e].ch;
    if (c == '%')
      return true;
    if ((c == '-' || c == '/' || c == '.' || c == ',' || c == ':') &&
        tight(W, e + 1) && W->t[e + 1].kind == TK_NUM)
      return true;
  }
  if (tight(W, e) && W->t[e].kind == TK_WORD && W->t[e].cls != C_S &&
      W->t[e].cls != C_ORDSUF)
    return true;
  return false;
}

/* Like num_attached, looking only before the number. */
bool tx_num_attached_before(const win *W, size_t j) {
  if (j == 0 || W->t[j].sp)
    return false;
  const tok *p = &W->t[j - 1];
  if (p->kind == TK_PUNCT)
    return p->ch != '(' && p->ch != '"' && p->ch != '\'' && p->ch != '_';
  return true;
}

/* A year in words: "nineteen ninety-six", "two thousand (and) one". */
size_t tx_year_words(const win *W, size_t j, int *y) {
  if (!is_w(W, j, C_NUM) || !cont(W, j + 1))
    return 0;
  int a = wval(W, j);
  if (a >= 11 && a <= 20) {
    size_t k = j + 1;
    if (is_w(W, k, C_TENS)) {
      int b = wval(W, k);
      k++;
      size_t k2 = k;
      if (is_p(W, k2, '-') && tight(W, k2))
        k2++;
      if (is_w(W, k2, C_NUM) && wval(W, k2) >= 1 && wval(W, k2) <= 9) {
        b += wval(W, k2);
        k = k2 + 1;
      }
      *y = a * 100 + b;
      return k;
    }
    if (is_w(W, k, C_NUM) && wval(W, k) >= 10) {
      *y = a * 100 + wval(W, k);
      return k + 1;
    }
    return 0;
  }
  if (a == 2 && is_w(W, j + 1, C_THOUSAND)) {
    size_t k = j + 2;
    int b = 0;
    size_t k2 = k;
    if (is_w(W, k2, C_AND))
      k2++;
    int v;
    size_t e = tx_card(W, k2, &v, false);
    if (e && v >= 1 && v < 100 && W->t[k2].kind == TK_WORD) {
      b = v;
      k = e;
    }
    *y = 2000 + b;
    return k;
  }
  return 0;
}

/* An era after a year at j: "BC", "BCE", "B.C.", "B.C.E.".  Returns its
 * end, or 0. */
static size_t era_at(const win *W, size_t j) {
  if (is_w(W, j, C_ERA) && W->t[j].allcap)
    return j + 1;
  if (!(is_w(W, j, C_NONE) && W->t[j].cap && tx_word_is(W, j, "b") &&
        is_p(W, j + 1, '.') && tight(W, j + 1) && tight(W, j + 2) &&
        W->t[j + 2].cap && tx_word_is(W, j + 2, "c") && is_p(W, j + 3, '.') &&
        tight(W, j + 3)))
    return 0;
  if (tight(W, j + 4) && W->t[j + 4].cap && tx_word_is(W, j + 4, "e") &&
      is_p(W, j + 5, '.'))
    return j + 6;
  return j + 4;
}

/* A year before Christ at j: "490 BC", "44 B.C.", and the first year of
 * "499-493 BC" or "from 499 to 493 BC", which takes the era of the
 * second.  Returns the end (the first year's own end in a pair); *y is
 * the astronomical year (1 BC is 0, 2 BC is -1). */
static size_t year_bc(const win *W, size_t j, int *y) {
  if (!is_num(W, j) || W->t[j].ndig > 4 || W->t[j].num < 1)
    return 0;
  int v = W->t[j].num;
  size_t e = era_at(W, j + 1);
  if (e) {
    *y = 1 - v;
    return e;
  }
  size_t k = j + 1;
  bool dash = is_p(W, k, '-') && tight(W, k) && tight(W, k + 1);
  if ((dash || is_w(W, k, C_TO)) && is_num(W, k + 1) &&
      W->t[k + 1].ndig <= 4 && W->t[k + 1].num < v && era_at(W, k + 2)) {
    *y = 1 - v;
    return j + 1;
  }
  return 0;
}

/* Two years joined by a dash at j: "1861-1863", "2007-08" (not a date
 * "2005-06-12" nor a code "555-2024"). */
static bool year_pair_at(const win *W, size_t j) {
  if (!(is_num(W, j) && W->t[j].ndig == 4 && is_p(W, j + 1, '-') &&
        tight(W, j + 1) && tight(W, j + 2) && is_num(W, j + 2)))
    return false;
  int a = W->t[j].num, b = W->t[j + 2].num, nd = W->t[j + 2].ndig;
  if (a < 1000 || a > 2999 || tx_num_attached_before(W, j))
    return false;
  if (tight(W, j + 3) && W->t[j + 3].kind == TK_PUNCT && is_num(W, j + 4) &&
      tight(W, j + 4))
    return false;
  if (nd == 4)
    return b > a && b - a <= 100;
  return nd == 2 && b > a % 100 && b - a % 100 <= 10;
}

bool tx_year_pair(const win *W, size_t j) {
  return year_pair_at(W, j) ||
         (j >= 2 && W->t[j].ndig == 4 && year_pair_at(W, j - 2));
}

/* A year at j (digits in 1000..2999, or "'98"), or a year before Christ
 * ("490 BC").  loose: no check of the surroundings (the caller has
 * context, as after a month name). */
size_t tx_year(const win *W, size_t j, int *y, bool loose) {
  size_t e = year_bc(W, j, y);
  if (e)
    return e;
  if (is_num(W, j) && W->t[j].ndig == 4) {
    int v = W->t[j].num;
    if (v < 1000 || v > 2999)
      return 0;
    if (!loose && tx_num_attached(W, j) && !tx_year_pair(W, j))
      return 0;
    if (loose) {
      size_t e = j + 1;
      if (tight(W, e) && W->t[e].kind == TK_PUNCT &&
          (W->t[e].ch == '%' ||
           ((W->t[e].ch == '-' || W->t[e].ch == ',' || W->t[e].ch == '.') &&
            tight(W, e + 1) && W->t[e + 1].kind == TK_NUM)))
        return 0;
    }
    *y = v;
    return j + 1;
  }
  if (is_p(W, j, '\'') && is_num(W, j + 1) && tight(W, j + 1) &&
      W->t[j + 1].ndig == 2 && !(cont(W, j + 2) && tight(W, j + 2))) {
    int v = W->t[j + 1].num;
    *y = v <= 30 ? 2000 + v : 1900 + v;
    return j + 2;
  }
  return 0;
}

/* Unit words after a number: "years", "year" (hyphenated), "days".
 * Returns the unit or U_NONE. */
int tx_unit_at(const win *W, size_t j) {
  if (is_w(W, j, C_UNIT))
    return wval(W, j);
  if (is_w(W, j, C_PART) && wval(W, j) == P_NI)
    return U_NIGHT;
  return U_NONE;
}

/* A number of units: "two years", "24 hours", "a year and a half",
 * "five-year", "1 1/2 years", "several months".  Returns end; *n, *unit,
 * *half. */
size_t tx_amount_of(const win *W, size_t i, int *n, int *unit,
                           bool *half, bool allow_a, bool *hyph) {
  int v;
  *half = false;
  *hyph = false;
  /* "half a year", "half an hour" */
  if (is_w(W, i, C_HALF) && is_w(W, i + 1, C_A)) {
    int u = tx_unit_at(W, i + 2);
    if (u && !W->t[i + 2].val2) {
      *n = 0;
      *half = true;
      *unit = u;
      return i + 3;
    }
    return 0;
  }
  size_t e = tx_card(W, i, &v, allow_a);
  if (!e)
    return 0;
  if (W->t[i].kind == TK_NUM && tx_num_attached(W, i) &&
      !(tight(W, e) && is_p(W, e, '-')))
    return 0;
  if (W->t[i].kind == TK_NUM && i > 0 && !W->t[i].sp &&
      W->t[i - 1].kind == TK_PUNCT && W->t[i - 1].ch == '$')
    return 0;
  size_t k = e;
  /* 1 1/2 */
  if (is_num(W, k) && W->t[k].num == 1 && is_p(W, k + 1, '/') &&
      tight(W, k + 1) && is_num(W, k + 2) && tight(W, k + 2) &&
      W->t[k + 2].num == 2) {
    *half = true;
    k += 3;
  }
  /* "and a half" before the unit: "two and a half years" */
  if (is_w(W, k, C_AND) && is_w(W, k + 1, C_A) && is_w(W, k + 2, C_HALF)) {
    *half = true;
    k += 3;
  }
  /* "five-year", "30-day", "two-week" */
  if (is_p(W, k, '-') && tight(W, k) && tight(W, k + 1)) {
    int u = tx_unit_at(W, k + 1);
    if (u && !(u == U_QUARTER && W->t[k + 1].val2)) {
      *hyph = true;
      *n = v;
      *unit = u;
      return k + 2;
    }
  }
  /* "more", "additional": "10 more years" */
  if (is_w(W, k, C_MORE) || (is_w(W, k, C_APPROX) && wval(W, k) == 0))
    if (tx_unit_at(W, k + 1))
      k++;
  /* trading days */
  if (is_w(W, k, C_TRADING) || is_w(W, k, C_CALENDAR))
    if (tx_unit_at(W, k + 1) == U_DAY)
      k++;
  int u = tx_unit_at(W, k);
  if (!u)
    return 0;
  /* "the 1988 quarter": a year, not 1988 quarters */
  if (v >= 1000 && !W->t[k].val2)
    return 0;
  /* "a quarter of the vote", "three quarters of them": fractions */
  if (u == U_QUARTER && (v == 1 || (is_w(W, k + 1, C_OF) && v != NX)))
    return 0;
  /* singular/plural agreement: "one years" is fine, but "a years" not */
  if (W->t[i].cls == C_A && W->t[k].val2 && v == 1)
    return 0;
  k++;
  if (is_w(W, k, C_AND) && is_w(W, k + 1, C_A) && is_w(W, k + 2, C_HALF)) {
    *half = true;
    k += 3;
  }
  *n = v;
  *unit = u;
  return k;
}

/* Is the word before token i one that makes a number a label ("Section
 * 2024", "Boeing 1900")?  A capitalised word that is not the start of a
 * sentence and not a date word counts. */
bool tx_label_before(const win *W, size_t i) {
  if (i == 0 || W->t[i].nl >= 2)
    return false;
  const tok *p = &W->t[i - 1];
  if (p->kind != TK_WORD)
    return false;
  if (p->cls == C_BLOCK || p->cls == C_NO)
    return true;
  if (p->cls != C_NONE && p->cls != C_AGENCY)
    return false;
  if (!p->cap)
    return false;
  /* sentence start: the word itself opens a sentence */
  if (i >= 2 && W->t[i - 1].sent != W->t[i - 2].sent)
    return false;
  if (i == 1)
    return false;
  return true;
}

/* "the year ended June 30": an accounting period, a duration. */
bool tx_ended_after(const win *W, size_t j) {
  return cont(W, j) && W->t[j].kind == TK_WORD &&
         (tx_word_is(W, j, "ended") || tx_word_is(W, j, "ending"));
}

/* Words that follow a weekday in the names of newspapers and the like. */
bool tx_newspaper_word(const win *W, size_t j) {
  static const char *const w[] = {
      "times",   "telegraph", "express",  "mirror",      "post",   "herald",
      "tribune", "mail",      "observer", "independent", "star",   "journal",
      "news",    "gazette",   "sport",    "service",     "school", "people"};
  for (size_t k = 0; k < ARRAY_SIZE(w); k++)
    if (tx_word_is(W, j, w[k]))
      return true;
  return false;
}

/* Words after a number that make it a count: "2000 people". */
bool tx_count_after(const win *W, size_t e) {
  if (!cont(W, e) || W->t[e].kind != TK_WORD || W->t[e].cap)
    return false;
  if (W->t[e].cls != C_NONE && W->t[e].cls != C_BLOCK)
    return false;
  const tok *t = &W->t[e];
  if (t->len >= 3 && W->s[t->end - 1] == 's' && W->s[t->end - 2] != 's')
    return true;
  return tx_word_is(W, e, "people") || tx_word_is(W, e, "dead") ||
         tx_word_is(W, e, "men") || tx_word_is(W, e, "women") ||
         tx_word_is(W, e, "children") || tx_word_is(W, e, "police") ||
         tx_word_is(W, e, "feet") || tx_word_is(W, e, "percent") ||
         tx_word_is(W, e, "killed") || tx_word_is(W, e, "wounded") ||
         tx_word_is(W, e, "injured") || tx_word_is(W, e, "million") ||
         tx_word_is(W, e, "billion") || tx_word_is(W, e, "trillion");
}

int tx_prep_before(const win *W, size_t i) {
  if (i == 0 || W->t[i].nl >= 2)
    return 0;
  const tok *p = &W->t[i - 1];
  if (p->kind == TK_WORD && p->cls == C_PREP)
    return p->num;
  return 0;
}
