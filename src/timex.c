/*
 * timex.c - finds temporal expressions in text and normalises them to
 * TimeML TIMEX3 values (annals_dates_find and the stream API).
 *
 * Three steps per piece of text, all linear:
 *  1. timex_lex.c cuts the bytes into tokens, which pass through a fixed
 *     window of WIN tokens (the grammar looks at most LOOK tokens behind or
 *     ahead), each numbered with its sentence and paragraph;
 *  2. a hand-written grammar (the m_* functions) matches at each token the
 *     longest expression it knows and records a mention: raw fields (a
 *     year, a month, a weekday, "last" + unit...) plus the tense read
 *     around it;
 *  3. the resolver turns each mention, in text order, into a value against
 *     the document date (DCT) or the narrative reference time (the last
 *     date the text stated), which it then updates.
 * Before step 3 of the first piece, when no DCT was given, the DCT is
 * inferred from a dateline or from consistent pairs (see infer_dct).
 *
 * The grammar never backtracks beyond a fixed number of tokens, so inputs
 * such as "May May May ..." or a million digits stay linear.
 */
#include "timex.h"
#include "internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#define WIN 4096 /* tokens held at once */
#define LOOK 48  /* tokens kept behind and wanted ahead of the cursor */
#define NOY INT_MIN
#define NX (-1000000) /* an unspecified quantity: "several years" */

enum mkind { MK_ABS = 1, MK_REL, MK_FIXED };
enum anchor { A_DCT = 0, A_NARR = 1 };

/* What the grammar found; the resolver fills the value. */
typedef struct {
  size_t start, end; /* bytes, relative to the piece */
  uint64_t t0, t1;   /* global token numbers */
  uint32_t sent, para;
  uint8_t type, kind;
  int8_t dir; /* tense: -1 past, +1 future, 0 unknown */
  int8_t sel; /* "last April" -1, "this April" 0, "next April" +1 */
  bool has_sel;
  unsigned flags;
  int y, m, d; /* y == NOY when absent, m d 0 */
  int yunit;   /* U_YEAR, U_DECADE (y = 199), U_CENTURY (y = 19) */
  int q, half, season, wd, part, week;
  int hour, min; /* -1 absent */
  int unit, n;   /* MK_REL: shift by n units */
  bool ago;      /* value takes the unit's precision */
  bool weekend;
  bool initial; /* opens its sentence ("On May 9, ...") */
  bool after;   /* "two weeks after <event>": anchored on an explicit
                 * date, else the duration val ending at amount_end */
  size_t amount_end;
  bool later;    /* "three days later/earlier" (with after): any date in
                  * this or the previous sentence anchors it */
  bool clock;    /* a clock time without a day: the narrative day if one was
                  * stated in this or the previous sentence, else the DCT */
  bool yrel_set; /* "July last year": year = DCT year + yrel */
  int yrel;
  int anchor;
  bool yq;      /* "a year ago" that may name the year-ago quarter */
  char val[40]; /* MK_FIXED value */
} mention;

typedef struct {
  const char *s;
  tok *t;
  size_t n;
  uint64_t base; /* global number of t[0] */
  bool day_first;
  size_t i0; /* where the current match starts (may open a paragraph) */
} win;

/* Narrative reference time. */
typedef struct {
  annals_date date; /* prec NONE: none yet */
  bool explicit_year;
  uint32_t sent, para;
  int qy, qq; /* last quarter mentioned */
  uint32_t qsent;
  uint64_t qtok;
} narr;

struct annals_dates_stream {
  annals_dates_opts opts;
  bool started;
  annals_date dct;
  annals_dct_source how;
  char note[160];
  narr ref;
  tok *buf;
  uint64_t tokens; /* tokens before the current piece */
  uint32_t sent, para;
  char prev_ch; /* last punctuation token, for sentence breaks */
  bool prev_punct;
  bool prev_abbrev;
  size_t offset; /* bytes before the current piece */
};

/* ------------------------------------------------------------------ */
/* Token helpers                                                        */
/* ------------------------------------------------------------------ */

static inline bool has(const win *W, size_t j) { return j < W->n; }

/* Token j continues an expression: present and in the same paragraph. */
static inline bool cont(const win *W, size_t j) {
  return j < W->n && (W->t[j].nl < 2 || j == W->i0);
}

/* Token j is attached to the previous one (no space). */
static inline bool tight(const win *W, size_t j) {
  return cont(W, j) && !W->t[j].sp;
}

static inline bool is_w(const win *W, size_t j, int cls) {
  return cont(W, j) && W->t[j].kind == TK_WORD && W->t[j].cls == cls;
}

static inline bool is_p(const win *W, size_t j, char ch) {
  return cont(W, j) && W->t[j].kind == TK_PUNCT && W->t[j].ch == ch;
}

static inline bool is_num(const win *W, size_t j) {
  return cont(W, j) && W->t[j].kind == TK_NUM;
}

static inline int wval(const win *W, size_t j) { return W->t[j].num; }

/* Skips a period attached to an abbreviation ("Nov."). */
static size_t skip_dot(const win *W, size_t j) {
  if (is_p(W, j, '.') && tight(W, j))
    return j + 1;
  return j;
}

/* The word is "'s" after token j-1. */
static size_t apos_s(const win *W, size_t j) {
  if (is_p(W, j, '\'') && tight(W, j) && is_w(W, j + 1, C_S) && tight(W, j + 1))
    return j + 2;
  return 0;
}

static bool tok_text_eq(const win *W, size_t j, const char *w) {
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
static bool clause_word(const win *W, size_t j) {
  static const char *const words[] = {
      "it",  "he",   "she",  "they", "we",   "i",     "you",  "there",
      "has", "have", "had",  "was",  "were", "is",    "are",  "and",
      "but", "or",   "when", "as",   "so",   "would", "will", "could"};
  if (W->t[j].len > 5)
    return false;
  for (size_t k = 0; k < ARRAY_SIZE(words); k++)
    if (tok_text_eq(W, j, words[k]))
      return true;
  return false;
}

/* A modal verb at j ("will", "may"...). */
static bool modal_word(const win *W, size_t j) {
  static const char *const words[] = {"will",  "would", "may",   "might",
                                      "could", "can",   "shall", "should"};
  if (W->t[j].kind != TK_WORD || W->t[j].len > 6)
    return false;
  for (size_t k = 0; k < ARRAY_SIZE(words); k++)
    if (tok_text_eq(W, j, words[k]))
      return true;
  return false;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                              */
/* ------------------------------------------------------------------ */

/* A cardinal at j: digits, number words ("twenty four", "a hundred"),
 * "a"/"an" when allow_a, "a couple of", "a few", "several" (NX).  Returns
 * the end or 0. */
static size_t parse_card(const win *W, size_t j, int *val, bool allow_a) {
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
    if (is_w(W, j + 1, C_FEW) && tok_text_eq(W, j + 1, "few")) {
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
static size_t parse_day(const win *W, size_t j, int *day, bool need_ord) {
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
static bool num_attached(const win *W, size_t j) {
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
static bool num_attached_before(const win *W, size_t j) {
  if (j == 0 || W->t[j].sp)
    return false;
  const tok *p = &W->t[j - 1];
  if (p->kind == TK_PUNCT)
    return p->ch != '(' && p->ch != '"' && p->ch != '\'' && p->ch != '_';
  return true;
}

/* A year in words: "nineteen ninety-six", "two thousand (and) one". */
static size_t parse_year_words(const win *W, size_t j, int *y) {
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
    size_t e = parse_card(W, k2, &v, false);
    if (e && v >= 1 && v < 100 && W->t[k2].kind == TK_WORD) {
      b = v;
      k = e;
    }
    *y = 2000 + b;
    return k;
  }
  return 0;
}

/* A year at j (digits in 1000..2999, or "'98").  loose: no check of the
 * surroundings (the caller has context, as after a month name). */
static size_t parse_year(const win *W, size_t j, int *y, bool loose) {
  if (is_num(W, j) && W->t[j].ndig == 4) {
    int v = W->t[j].num;
    if (v < 1000 || v > 2999)
      return 0;
    if (!loose && num_attached(W, j))
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

/* ------------------------------------------------------------------ */
/* Mentions                                                             */
/* ------------------------------------------------------------------ */

static void m_init(mention *m) {
  memset(m, 0, sizeof *m);
  m->y = NOY;
  m->hour = -1;
  m->min = -1;
  m->type = ANNALS_TIMEX_DATE;
  m->kind = MK_ABS;
}

static void set_fixed(mention *m, int type, const char *val) {
  m->kind = MK_FIXED;
  m->type = (uint8_t)type;
  g_strlcpy(m->val, val, sizeof m->val);
}

static char unit_letter(int u) {
  switch (u) {
  case U_SEC:
  case U_MIN:
    return u == U_SEC ? 'S' : 'M';
  case U_HOUR:
    return 'H';
  case U_DAY:
  case U_NIGHT:
  case U_WEEKEND:
    return 'D';
  case U_WEEK:
  case U_FORTNIGHT:
    return 'W';
  case U_MONTH:
  case U_QUARTER:
  case U_HALFYEAR:
    return 'M';
  default:
    return 'Y';
  }
}

/* TIMEX3 duration value of n units (n may be NX), plus a half. */
static void dur_value(char *buf, size_t size, int n, int u, bool half) {
  bool tm = u == U_SEC || u == U_MIN || u == U_HOUR;
  const char *t = tm ? "T" : "";
  if (n == NX) {
    const char *x = "Y";
    switch (u) {
    case U_SEC:
      x = "S";
      break;
    case U_MIN:
      x = "M";
      break;
    case U_HOUR:
      x = "H";
      break;
    case U_DAY:
    case U_NIGHT:
      x = "D";
      break;
    case U_WEEK:
    case U_FORTNIGHT:
      x = "W";
      break;
    case U_WEEKEND:
      x = "WE";
      break;
    case U_MONTH:
      x = "M";
      break;
    case U_QUARTER:
      x = "Q";
      break;
    case U_DECADE:
      x = "DE";
      break;
    case U_CENTURY:
      x = "CE";
      break;
    case U_MILLENNIUM:
      x = "ML";
      break;
    default:
      break;
    }
    snprintf(buf, size, "P%sX%s", t, x);
    return;
  }
  long v = n;
  int uu = u;
  switch (u) {
  case U_FORTNIGHT:
    v *= 2;
    uu = U_WEEK;
    break;
  case U_QUARTER:
    v *= 3;
    uu = U_MONTH;
    break;
  case U_HALFYEAR:
    v *= 6;
    uu = U_MONTH;
    break;
  case U_DECADE:
    v *= 10;
    uu = U_YEAR;
    break;
  case U_CENTURY:
    v *= 100;
    uu = U_YEAR;
    break;
  case U_MILLENNIUM:
    v *= 1000;
    uu = U_YEAR;
    break;
  case U_WEEKEND:
    v *= 2;
    uu = U_DAY;
    break;
  default:
    break;
  }
  char L = unit_letter(uu);
  if (!half) {
    snprintf(buf, size, "P%s%ld%c", t, v, L);
    return;
  }
  switch (uu) {
  case U_YEAR:
    if (u == U_YEAR) {
      if (v)
        snprintf(buf, size, "P%ldY6M", v);
      else
        snprintf(buf, size, "P6M");
    } else {
      snprintf(buf, size, "P%ldY", v + (u == U_DECADE ? 5 : 50));
    }
    return;
  case U_MONTH:
    snprintf(buf, size, v ? "P%ldM15D" : "P15D", v);
    return;
  case U_DAY:
    snprintf(buf, size, v ? "P%ldDT12H" : "PT12H", v);
    return;
  case U_HOUR:
    snprintf(buf, size, v ? "PT%ldH30M" : "PT30M", v);
    return;
  case U_MIN:
    snprintf(buf, size, v ? "PT%ldM30S" : "PT30S", v);
    return;
  default:
    snprintf(buf, size, "P%ld.5%c", v, L);
    return;
  }
}

/* ------------------------------------------------------------------ */
/* Grammar                                                              */
/* ------------------------------------------------------------------ */

/* "a.m." / "p.m." / "am" / "pm" at j: returns end, *add = 0 or 12. */
static size_t parse_ampm(const win *W, size_t j, int *add) {
  if (is_w(W, j, C_AMPM)) {
    *add = wval(W, j);
    return skip_dot(W, j + 1);
  }
  if (cont(W, j) && W->t[j].kind == TK_WORD && W->t[j].len == 1 &&
      (W->t[j].ch == 'a' || W->t[j].ch == 'p') && is_p(W, j + 1, '.') &&
      tight(W, j + 1) && cont(W, j + 2) && W->t[j + 2].kind == TK_WORD &&
      W->t[j + 2].len == 1 && W->t[j + 2].ch == 'm' && tight(W, j + 2)) {
    *add = W->t[j].ch == 'p' ? 12 : 0;
    return skip_dot(W, j + 3);
  }
  return 0;
}

static size_t m_core(const win *W, size_t i, mention *m, int depth);

/* A day reference right after a clock time: "Wednesday", "Nov. 9",
 * "today". */
static size_t clock_day(const win *W, size_t j, mention *m) {
  size_t k = j;
  if (is_p(W, k, ','))
    k++;
  if (is_w(W, k, C_PREP) && (wval(W, k) == PR_ON))
    k++;
  if (!cont(W, k))
    return 0;
  if (is_w(W, k, C_WDAY) || is_w(W, k, C_MONTH) || is_w(W, k, C_DAYWORD)) {
    mention d;
    m_init(&d);
    size_t e = m_core(W, k, &d, 1);
    if (!e || d.type != ANNALS_TIMEX_DATE)
      return 0;
    int h = m->hour, mi = m->min;
    *m = d;
    m->hour = h;
    m->min = mi;
    m->part = 0;
    m->type = ANNALS_TIMEX_TIME;
    return e;
  }
  return 0;
}

/* Clock times: "2:30 p.m.", "3 pm EST", "noon", "14:30 GMT", "10
 * o'clock".  ctx_ok: a preposition such as "at" came before. */
static size_t m_clock(const win *W, size_t i, mention *m, bool ctx_ok) {
  size_t e = 0;
  int h = -1, mi = 0;
  if (is_w(W, i, C_CLOCKW) ||
      (i < W->n && W->t[i].kind == TK_WORD && W->t[i].cls == C_CLOCKW)) {
    h = wval(W, i);
    e = i + 1;
  } else if (has(W, i) && W->t[i].kind == TK_NUM && W->t[i].ndig <= 2 &&
             !num_attached_before(W, i) && W->t[i].num <= 24) {
    h = W->t[i].num;
    size_t k = i + 1;
    bool colon = false;
    if (is_p(W, k, ':') && tight(W, k) && is_num(W, k + 1) && tight(W, k + 1) &&
        W->t[k + 1].ndig == 2 && W->t[k + 1].num < 60) {
      mi = W->t[k + 1].num;
      k += 2;
      colon = true;
      if (is_p(W, k, ':') && tight(W, k) && is_num(W, k + 1) &&
          tight(W, k + 1) && W->t[k + 1].ndig == 2)
        k += 2; /* seconds */
    } else if (is_p(W, k, '.') && tight(W, k) && is_num(W, k + 1) &&
               tight(W, k + 1) && W->t[k + 1].ndig == 2 &&
               W->t[k + 1].num < 60) {
      size_t k2 = k + 2;
      int add;
      if (parse_ampm(W, k2, &add)) {
        mi = W->t[k + 1].num;
        k = k2;
      }
    } else if (is_w(W, k, C_OCLOCK) && is_p(W, k + 1, '\'') &&
               is_w(W, k + 2, C_CLOCK)) {
      e = k + 3;
      if (h < 1 || h > 12)
        return 0;
      goto done;
    }
    int add;
    size_t a = parse_ampm(W, k, &add);
    if (a) {
      if (h < 1 || h > 12)
        return 0;
      if (h == 12)
        h = 0;
      h += add;
      e = a;
    } else if (colon && h <= 23) {
      bool tz = is_w(W, k, C_TZ) && (W->t[k].allcap || wval(W, k) == 1);
      if (!ctx_ok && !tz)
        return 0;
      e = k;
    } else {
      return 0;
    }
  } else {
    return 0;
  }
done:
  if (is_w(W, e, C_TZ) && (W->t[e].allcap || wval(W, e) == 1)) {
    if (wval(W, e) == 1) {
      if (is_w(W, e + 1, C_TIMEW))
        e += 2;
    } else {
      e++;
    }
  }
  m->type = ANNALS_TIMEX_TIME;
  m->kind = MK_REL;
  m->unit = U_DAY;
  m->n = 0;
  m->hour = h;
  m->min = mi;
  m->anchor = A_NARR; /* see m->clock */
  size_t d = clock_day(W, e, m);
  if (d) {
    /* the day carries its own resolution */
    return d;
  }
  m->clock = true; /* a bare clock time: on the day in view */
  return e;
}

/* After a full or partial date: an attached clock time ("May 27, 2025
 * 10:32 IST", "Friday at 2 p.m."). */
static size_t date_then_clock(const win *W, size_t e, mention *m) {
  size_t k = e;
  if (is_p(W, k, ','))
    k++;
  bool at = false;
  if (is_w(W, k, C_PREP) && wval(W, k) == PR_AT) {
    k++;
    at = true;
  }
  if (!cont(W, k))
    return e;
  mention c;
  m_init(&c);
  size_t ce = 0;
  if (W->t[k].kind == TK_NUM || is_w(W, k, C_CLOCKW)) {
    /* only the clock itself, not a day after it */
    int h = -1, mi = 0;
    if (W->t[k].kind == TK_NUM && W->t[k].ndig <= 2 && W->t[k].num <= 24) {
      size_t kk = k + 1;
      h = W->t[k].num;
      bool colon = false;
      if (is_p(W, kk, ':') && tight(W, kk) && is_num(W, kk + 1) &&
          tight(W, kk + 1) && W->t[kk + 1].ndig == 2 && W->t[kk + 1].num < 60) {
        mi = W->t[kk + 1].num;
        kk += 2;
        colon = true;
      }
      int add;
      size_t a = parse_ampm(W, kk, &add);
      if (a) {
        if (h < 1 || h > 12)
          return e;
        h = (h == 12 ? 0 : h) + add;
        ce = a;
      } else if (colon && h <= 23) {
        ce = kk;
      } else {
        return e;
      }
    } else if (is_w(W, k, C_CLOCKW)) {
      h = wval(W, k);
      ce = k + 1;
    }
    if (!ce)
      return e;
    if (is_w(W, ce, C_TZ) && (W->t[ce].allcap || wval(W, ce) == 1)) {
      ce++;
      if (is_w(W, ce, C_TIMEW))
        ce++;
    }
    (void)at;
    m->hour = h;
    m->min = mi;
    m->type = ANNALS_TIMEX_TIME;
    return ce;
  }
  return e;
}

/* "[of] last year", "this year", "next year" after a partial date. */
static size_t year_rel(const win *W, size_t j, mention *m) {
  size_t k = j;
  if (is_w(W, k, C_OF) || is_p(W, k, ','))
    k++;
  if (is_w(W, k, C_REL) && is_w(W, k + 1, C_UNIT) && wval(W, k + 1) == U_YEAR &&
      !W->t[k + 1].val2) {
    int r = wval(W, k);
    if (r == R_LAST || r == R_THIS || r == R_NEXT) {
      m->yrel_set = true;
      m->yrel = r == R_LAST ? -1 : r == R_NEXT ? 1 : 0;
      return k + 2;
    }
  }
  return j;
}

/* Month-name dates: "May 9", "May 9, 2025", "May 2025", "May of 2025",
 * "Sept. 9th", "March eighth", and "May" alone where safe. */
static size_t m_month(const win *W, size_t i, mention *m, bool ctx_ok) {
  const tok *t = &W->t[i];
  int mon = t->num;
  bool abbr = t->val2 & LX_ABBR;
  bool ambig = t->val2 & LX_AMBIG;
  /* Month names are written with a capital ("may" the verb). */
  if (!t->cap)
    return 0;
  if (t->allcap && t->len > 3 && !ambig) {
    /* "JANUARY 5" in datelines is fine */
  } else if (t->allcap && ambig && !is_num(W, i + 1)) {
    return 0;
  }
  size_t j = i + 1;
  if (abbr)
    j = skip_dot(W, j);
  int day, y;
  size_t e;
  /* Month Day [,] [Year] */
  if ((e = parse_day(W, j, &day, false)) && cont(W, j)) {
    if (W->t[j].kind == TK_NUM && tight(W, j) && !abbr)
      return 0; /* "May9"? unusual; refuse */
    m->m = mon;
    m->d = day;
    size_t k = e;
    if (is_p(W, k, ','))
      k++;
    size_t ye = parse_year(W, k, &y, true);
    if (ye) {
      m->y = y;
      e = ye;
    }
    if (day > annals_days_in_month(m->y == NOY ? 2000 : m->y, mon))
      return 0;
    if (m->y == NOY)
      e = year_rel(W, e, m);
    return date_then_clock(W, e, m);
  }
  /* Month [of|,] Year */
  size_t k = j;
  if (is_w(W, k, C_OF) || is_p(W, k, ','))
    k++;
  size_t ye = parse_year(W, k, &y, true);
  if (!ye)
    ye = parse_year_words(W, k, &y);
  if (ye) {
    m->m = mon;
    m->y = y;
    return ye;
  }
  /* Month alone: abbreviations need a number; May/March need context. */
  if (abbr)
    return 0;
  if (ambig && !ctx_ok)
    return 0;
  /* "March" followed by a preposition or a verb is the verb. */
  if (ambig && (is_w(W, j, C_TO) ||
                (is_w(W, j, C_PREP) &&
                 (wval(W, j) == PR_ON || wval(W, j) == PR_IN ||
                  wval(W, j) == PR_THROUGH || wval(W, j) == PR_FROM))))
    return 0;
  m->m = mon;
  return year_rel(W, j, m);
}

/* Day Month [Year]: "9 May", "9th of May 2025", "the ninth of May". */
static size_t m_day_month(const win *W, size_t i, mention *m) {
  int day, y;
  size_t e = parse_day(W, i, &day, false);
  if (!e)
    return 0;
  if (W->t[i].kind == TK_NUM && num_attached(W, i))
    return 0;
  size_t k = e;
  bool of = false;
  if (is_w(W, k, C_OF)) {
    k++;
    of = true;
  }
  if (!is_w(W, k, C_MONTH) || !W->t[k].cap)
    return 0;
  if (W->t[i].kind == TK_WORD && !of)
    return 0; /* "first May" */
  int mon = wval(W, k);
  bool abbr = W->t[k].val2 & LX_ABBR;
  k++;
  if (abbr)
    k = skip_dot(W, k);
  if (day > annals_days_in_month(2000, mon))
    return 0;
  m->m = mon;
  m->d = day;
  size_t k2 = k;
  if (is_p(W, k2, ','))
    k2++;
  size_t ye = parse_year(W, k2, &y, true);
  if (ye) {
    m->y = y;
    k = ye;
    if (day > annals_days_in_month(y, mon))
      return 0;
  }
  return date_then_clock(W, k, m);
}

/* Numeric dates: 2025-05-09, 2025/05/09, 05/09/2025, 5/9/25, 09.05.2025.
 * Slashed dates with the year last are month first unless day_first;
 * dotted ones are day first (European use). */
static size_t m_numeric(const win *W, size_t i, mention *m) {
  if (!is_num(W, i) && !(i < W->n && W->t[i].kind == TK_NUM))
    return 0;
  const tok *a = &W->t[i];
  size_t j = i + 1;
  if (!(cont(W, j) && tight(W, j) && W->t[j].kind == TK_PUNCT))
    return 0;
  char sep = W->t[j].ch;
  if (sep != '-' && sep != '/' && sep != '.')
    return 0;
  if (!(is_num(W, j + 1) && tight(W, j + 1) && is_p(W, j + 2, sep) &&
        tight(W, j + 2) && is_num(W, j + 3) && tight(W, j + 3)))
    return 0;
  const tok *b = &W->t[j + 1], *c = &W->t[j + 3];
  size_t e = j + 4;
  /* part of a longer run: phone numbers, versions */
  if (tight(W, e) && W->t[e].kind == TK_PUNCT &&
      (W->t[e].ch == sep || W->t[e].ch == '-' || W->t[e].ch == '/' ||
       W->t[e].ch == '.') &&
      tight(W, e + 1) && W->t[e + 1].kind == TK_NUM)
    return 0;
  if (tight(W, e) && W->t[e].kind != TK_PUNCT)
    return 0;
  if (i > 0 && !W->t[i].sp && W->t[i - 1].kind != TK_PUNCT)
    return 0;
  if (i > 0 && !W->t[i].sp && W->t[i - 1].kind == TK_PUNCT &&
      (W->t[i - 1].ch == '-' || W->t[i - 1].ch == '/' ||
       W->t[i - 1].ch == '.' || W->t[i - 1].ch == '$'))
    return 0;
  int y, mo, d;
  if (a->ndig == 4 && b->ndig <= 2 && c->ndig <= 2 && sep != '.') {
    y = a->num;
    mo = b->num;
    d = c->num;
  } else if (c->ndig == 4 || (c->ndig == 2 && sep == '/')) {
    if (a->ndig > 2 || b->ndig > 2)
      return 0;
    y = c->num;
    if (c->ndig == 2)
      y += y <= 30 ? 2000 : 1900;
    bool dayfirst = sep == '.' || W->day_first;
    mo = dayfirst ? b->num : a->num;
    d = dayfirst ? a->num : b->num;
  } else {
    return 0;
  }
  if (y < 1000 || y > 2999 || mo < 1 || mo > 12 || d < 1 ||
      d > annals_days_in_month(y, mo))
    return 0;
  m->y = y;
  m->m = mo;
  m->d = d;
  /* ISO time: 2025-05-09T14:30 */
  if (is_w(W, e, C_NONE) && tight(W, e) && W->t[e].len == 1 &&
      W->t[e].ch == 't')
    return e; /* "T14" glued: keep the date only */
  return date_then_clock(W, e, m);
}

/* Tense marker at token k: +1 future ("will", "expected"), -1 past
 * ("said", a word in -ed), 0 none.  A participle after a modal ("will be
 * held", "would have agreed") is future. */
static int tense_word(const win *W, size_t k) {
  const tok *t = &W->t[k];
  if (t->kind != TK_WORD)
    return 0;
  if (t->cls == C_FUT) {
    /* "plans to", "expected to": only with "to" ("the plan", "as
     * expected" say nothing) */
    if (t->val2 && !(k + 1 < W->n && W->t[k + 1].kind == TK_WORD &&
                     W->t[k + 1].cls == C_TO))
      return 0;
    return 1;
  }
  if (t->cls == C_SOON)
    return 1;
  if (t->cls == C_AGO)
    return -1;
  bool part = false;
  if (t->cls == C_PASTV)
    part = t->num == 0;
  else if (t->cls == C_NONE && t->len >= 5 && !t->cap &&
           W->s[t->end - 1] == 'd' && W->s[t->end - 2] == 'e' &&
           W->s[t->end - 3] != 'e')
    part = true;
  else
    return 0;
  /* "a still unspecified date", "the agreed price": adjectives; but
   * "the talks opened on Friday": a verb before a preposition or a date */
  const tok *nx = k + 1 < W->n ? &W->t[k + 1] : NULL;
  bool verb_next = nx && nx->sent == t->sent && nx->kind == TK_WORD &&
                   (nx->cls == C_PREP || nx->cls == C_WDAY ||
                    nx->cls == C_DAYWORD || nx->cls == C_REL);
  if (t->cls == C_NONE && !verb_next)
    for (size_t k2 = k, d = 0; k2 > 0 && d < 2; d++) {
      k2--;
      if (W->t[k2].kind == TK_WORD &&
          (W->t[k2].cls == C_A || W->t[k2].cls == C_THE))
        return 0;
    }
  if (part)
    for (size_t k2 = k, d = 0; k2 > 0 && d < 3; d++) {
      k2--;
      const tok *p = &W->t[k2];
      if (p->sent != t->sent)
        break;
      if (p->kind == TK_WORD && p->cls == C_FUT && p->num == 1)
        return 1;
    }
  return -1;
}

/* Tense around tokens [i, j): the nearest marker in the same sentence. */
static int tense(const win *W, size_t i, size_t j, bool infinitive) {
  uint32_t s = W->t[i].sent;
  int best = 0;
  size_t bestd = 1000;
  /* "postponed until Tuesday": ahead of the event told, unless the
   * sentence looks back from it ("until Thursday they had not called") */
  if (!infinitive && i > 0 && W->t[i - 1].sent == s &&
      W->t[i - 1].kind == TK_WORD && W->t[i - 1].cls == C_PREP &&
      W->t[i - 1].num == PR_UNTIL) {
    bool had = false;
    for (size_t k = i > 30 ? i - 30 : 0; k < W->n && k < j + 30; k++)
      if (W->t[k].sent == s && W->t[k].kind == TK_WORD &&
          tok_text_eq(W, k, "had"))
        had = true;
    if (!had)
      return 1;
  }
  /* "by August", "until January": a deadline ahead (months only) */
  if (infinitive && i > 0 && W->t[i - 1].sent == s &&
      W->t[i - 1].kind == TK_WORD && W->t[i - 1].cls == C_PREP &&
      (W->t[i - 1].num == PR_BY || W->t[i - 1].num == PR_UNTIL))
    return 1;
  for (size_t k = i, d = 1; k > 0 && d < 30; d++) {
    k--;
    const tok *t = &W->t[k];
    if (t->sent != s)
      break;
    int v = tense_word(W, k);
    /* "is to resume", "set to meet": arrangements ahead */
    if (!v && t->kind == TK_WORD && t->cls == C_TO && k > 0 &&
        W->t[k - 1].kind == TK_WORD &&
        (tok_text_eq(W, k - 1, "is") || tok_text_eq(W, k - 1, "are") ||
         tok_text_eq(W, k - 1, "set") || tok_text_eq(W, k - 1, "going")))
      v = 1;
    /* "agreed to buy it in February": the infinitive looks ahead */
    if (!v && infinitive && t->kind == TK_WORD && t->cls == C_TO && k + 1 < i &&
        W->t[k + 1].kind == TK_WORD && W->t[k + 1].cls == C_NONE &&
        !W->t[k + 1].cap && W->s[W->t[k + 1].end - 1] != 's')
      v = 1;
    if (v > 0 && t->num == 0 &&
        (W->s[t->end - 1] == 'd' || tok_text_eq(W, k, "due"))) {
      /* "was scheduled to", "had been expected to", "had been due to":
       * past */
      for (size_t k2 = k, d2 = 0; k2 > 0 && d2 < 3; d2++) {
        k2--;
        if (W->t[k2].sent != s)
          break;
        if (W->t[k2].kind == TK_WORD && W->t[k2].cls == C_PASTV) {
          v = -1;
          break;
        }
      }
    }
    if (v) {
      best = v;
      bestd = d;
      break;
    }
  }
  for (size_t k = j, d = 1; k < W->n && d < 30 && d < bestd; k++, d++) {
    const tok *t = &W->t[k];
    if (t->sent != s)
      break;
    int v = tense_word(W, k);
    if (v) {
      best = v;
      break;
    }
  }
  return best;
}

/* Unit words after a number: "years", "year" (hyphenated), "days".
 * Returns the unit or U_NONE. */
static int unit_at(const win *W, size_t j) {
  if (is_w(W, j, C_UNIT))
    return wval(W, j);
  if (is_w(W, j, C_PART) && wval(W, j) == P_NI)
    return U_NIGHT;
  return U_NONE;
}

/* A number of units: "two years", "24 hours", "a year and a half",
 * "five-year", "1 1/2 years", "several months".  Returns end; *n, *unit,
 * *half. */
static size_t parse_amount(const win *W, size_t i, int *n, int *unit,
                           bool *half, bool allow_a, bool *hyph) {
  int v;
  *half = false;
  *hyph = false;
  /* "half a year", "half an hour" */
  if (is_w(W, i, C_HALF) && is_w(W, i + 1, C_A)) {
    int u = unit_at(W, i + 2);
    if (u && !W->t[i + 2].val2) {
      *n = 0;
      *half = true;
      *unit = u;
      return i + 3;
    }
    return 0;
  }
  size_t e = parse_card(W, i, &v, allow_a);
  if (!e)
    return 0;
  if (W->t[i].kind == TK_NUM && num_attached(W, i) &&
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
    int u = unit_at(W, k + 1);
    if (u && !(u == U_QUARTER && W->t[k + 1].val2)) {
      *hyph = true;
      *n = v;
      *unit = u;
      return k + 2;
    }
  }
  /* "more", "additional": "10 more years" */
  if (is_w(W, k, C_MORE) || (is_w(W, k, C_APPROX) && wval(W, k) == 0))
    if (unit_at(W, k + 1))
      k++;
  /* trading days */
  if (is_w(W, k, C_TRADING) || is_w(W, k, C_CALENDAR))
    if (unit_at(W, k + 1) == U_DAY)
      k++;
  int u = unit_at(W, k);
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

/* Edge words before a period: "early", "late", "mid", "mid-", "the end
 * of", "the beginning of", "the middle of", "the turn of"; returns the
 * end and the edge. */
static size_t parse_edge(const win *W, size_t i, int *edge) {
  size_t j = i;
  if (is_w(W, j, C_THE) && is_w(W, j + 1, C_EDGE) && W->t[j + 1].val2 &&
      is_w(W, j + 2, C_OF)) {
    *edge = wval(W, j + 1);
    return j + 3;
  }
  if (is_w(W, j, C_THE) && is_w(W, j + 1, C_EDGE) && !W->t[j + 1].val2)
    j++;
  if (is_w(W, j, C_EDGE) && !W->t[j].val2) {
    *edge = wval(W, j);
    j++;
    if (is_p(W, j, '-') && tight(W, j))
      j++;
    return j;
  }
  if (is_w(W, j, C_EDGE) && tight(W, j + 1) && is_p(W, j + 1, '-') &&
      wval(W, j) == E_MID) {
    *edge = E_MID;
    return j + 2;
  }
  return 0;
}

static size_t m_core(const win *W, size_t i, mention *m, int depth);

/* Quarters and halves: "the third quarter", "third-quarter", "Q3",
 * "the first half of 2024", "the fiscal first quarter". */
static size_t m_quarter(const win *W, size_t i, mention *m) {
  size_t j = i;
  if (is_w(W, j, C_FISCAL))
    j++;
  if (is_num(W, j) && W->t[j].ndig == 4) {
    /* "the 1998 second quarter" */
    int y;
    size_t e = parse_year(W, j, &y, false);
    if (e && is_w(W, e, C_ORD)) {
      m->y = y;
      j = e;
    }
  }
  int ord = 0;
  bool need_year = false; /* the reading holds only with "of YEAR" */
  if (is_w(W, j, C_REL) && wval(W, j) == R_LAST && is_w(W, j + 1, C_HALF) &&
      is_w(W, j + 2, C_OF)) {
    ord = 2; /* "the last half of 1989" */
    need_year = true;
    j++;
  } else if (is_w(W, j, C_ORD) && wval(W, j) <= 4) {
    ord = wval(W, j);
    j++;
  } else if (cont(W, j) && W->t[j].kind == TK_WORD && W->t[j].len == 1 &&
             (W->t[j].ch == 'q' || W->t[j].ch == 'h') && W->t[j].cap &&
             is_num(W, j + 1) && tight(W, j + 1) && W->t[j + 1].ndig == 1 &&
             !(tight(W, j + 2) && cont(W, j + 2) &&
               W->t[j + 2].kind != TK_PUNCT)) {
    int v = W->t[j + 1].num;
    bool q = W->t[j].ch == 'q';
    if (v < 1 || v > (q ? 4 : 2))
      return 0;
    if (q)
      m->q = v;
    else
      m->half = v;
    j += 2;
    int y;
    size_t k = j;
    if (is_p(W, k, ','))
      k++;
    size_t e = parse_year(W, k, &y, true);
    if (e) {
      m->y = y;
      j = e;
    }
    return j;
  } else {
    return 0;
  }
  if (is_p(W, j, '-') && tight(W, j))
    j++;
  if (is_w(W, j, C_FISCAL))
    j++;
  bool quarter = is_w(W, j, C_UNIT) && wval(W, j) == U_QUARTER && !W->t[j].val2;
  bool half = is_w(W, j, C_HALF);
  /* "the first two quarters of 1990", "the second two quarters": a half */
  if (!quarter && !half && ord >= 1 && ord <= 2 && is_w(W, j, C_NUM) &&
      wval(W, j) == 2 && is_w(W, j + 1, C_UNIT) &&
      wval(W, j + 1) == U_QUARTER && W->t[j + 1].val2 && is_w(W, j + 2, C_OF)) {
    half = true;
    need_year = true;
    j++;
  }
  if (!quarter && !half)
    return 0;
  if (half && ord > 2)
    return 0;
  j++;
  if (quarter)
    m->q = ord;
  else
    m->half = ord;
  /* of [fiscal] 2024 / of this year / of last year */
  size_t k = j;
  if (is_w(W, k, C_OF)) {
    k++;
    if (is_w(W, k, C_FISCAL))
      k++;
    if (is_w(W, k, C_UNIT) && wval(W, k) == U_YEAR)
      k++;
    int y;
    size_t e = parse_year(W, k, &y, true);
    if (e) {
      m->y = y;
      return e;
    }
    if (is_w(W, k, C_REL) && is_w(W, k + 1, C_UNIT) &&
        wval(W, k + 1) == U_YEAR) {
      int r = wval(W, k);
      if (r == R_LAST || r == R_THIS || r == R_NEXT) {
        m->has_sel = true;
        m->sel = r == R_LAST ? -1 : r == R_NEXT ? 1 : 0;
        return k + 2;
      }
    }
    if (is_w(W, k, C_THE) && is_w(W, k + 1, C_REL) && is_w(W, k + 2, C_UNIT) &&
        wval(W, k + 2) == U_YEAR) {
      m->has_sel = true;
      m->sel = 0;
      return k + 3;
    }
    if (need_year)
      return 0;
  } else {
    int y;
    size_t k2 = k;
    if (is_p(W, k2, ','))
      k2++;
    size_t e = parse_year(W, k2, &y, true);
    if (e && !m->y) {
      m->y = y;
      return e;
    }
  }
  return j;
}

/* "last year", "this week", "next month", "the following day", "that
 * year", "last Friday", "this summer", "last night", "this morning",
 * "the past year"... i is at the determiner. */
static size_t m_rel(const win *W, size_t i, mention *m) {
  size_t j = i;
  bool the = false;
  if (is_w(W, j, C_THE)) {
    the = true;
    j++;
  }
  if (!is_w(W, j, C_REL))
    return 0;
  int r = wval(W, j);
  j++;
  /* "this past spring", "this coming Sunday" */
  if (r == R_THIS && is_w(W, j, C_REL) &&
      (wval(W, j) == R_PAST || wval(W, j) == R_COMING)) {
    r = wval(W, j) == R_PAST ? R_LAST : R_NEXT;
    j++;
  }
  if (!cont(W, j))
    return 0;
  const tok *t = &W->t[j];
  int shift;
  int anchor = A_DCT;
  if (r == R_THESE || r == R_THOSE) {
    if (t->kind == TK_WORD && t->cls == C_UNIT && wval(W, j) == U_DAY &&
        t->val2 && r == R_THESE) {
      set_fixed(m, ANNALS_TIMEX_DATE, "PRESENT_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return j + 1;
    }
    return 0;
  }
  switch (r) {
  case R_LAST:
  case R_PAST:
  case R_LATEST:
    shift = -1;
    break;
  case R_NEXT:
  case R_COMING:
    shift = 1;
    if (the && r == R_NEXT)
      anchor = A_NARR; /* "the next day": after the narrative time */
    break;
  case R_PREV:
    shift = -1;
    anchor = A_NARR;
    break;
  case R_FOLLOW:
    shift = 1;
    anchor = A_NARR;
    break;
  case R_SAME:
  case R_THAT:
    shift = 0;
    anchor = A_NARR;
    break;
  case R_THIS:
  case R_CURRENT:
    shift = 0;
    break;
  default:
    return 0;
  }
  if (r == R_SAME && !the)
    return 0;
  if ((r == R_PREV || r == R_FOLLOW) && !the)
    return 0;
  if (the && (r == R_THIS || r == R_THAT || r == R_LAST || r == R_NEXT) &&
      !(r == R_NEXT || r == R_LAST))
    return 0;
  /* "the next/past/last/first two years": a duration */
  if (r == R_LAST || r == R_PAST || r == R_NEXT || r == R_COMING ||
      r == R_FOLLOW || r == R_PREV) {
    int n, u;
    bool half, hy;
    size_t e = parse_amount(W, j, &n, &u, &half, false, &hy);
    if (e && !hy && W->t[j].cls != C_A) {
      m->type = ANNALS_TIMEX_DURATION;
      m->kind = MK_FIXED;
      dur_value(m->val, sizeof m->val, n, u, half);
      return e;
    }
    /* "the past few weeks" handled by parse_amount (few = NX) */
  }
  if (t->kind != TK_WORD)
    return 0;
  switch (t->cls) {
  case C_UNIT: {
    int u = t->num;
    if (t->val2) { /* plural: "the past years" */
      if ((r == R_PAST || r == R_LAST) && the && u != U_QUARTER) {
        m->type = ANNALS_TIMEX_DURATION;
        set_fixed(m, ANNALS_TIMEX_DURATION, "");
        dur_value(m->val, sizeof m->val, NX, u, false);
        return j + 1;
      }
      if (r == R_COMING && (u == U_MONTH || u == U_WEEK || u == U_DAY ||
                            u == U_YEAR || u == U_QUARTER)) {
        /* "in the coming months": an unspecified stretch from now */
        set_fixed(m, ANNALS_TIMEX_DURATION, "");
        dur_value(m->val, sizeof m->val, NX, u, false);
        return j + 1;
      }
      return 0;
    }
    if (u == U_SEC || u == U_MIN || u == U_HOUR)
      return 0;
    if (r == R_CURRENT && u != U_YEAR && u != U_QUARTER && u != U_MONTH &&
        u != U_WEEK)
      return 0;
    m->kind = MK_REL;
    m->unit = u;
    m->n = shift;
    m->anchor = anchor;
    if ((u == U_DECADE || u == U_CENTURY) && (r == R_LAST || r == R_PAST) &&
        (the || r == R_PAST)) {
      /* "over the past decade", "the last century": the ten (hundred)
       * years up to now, not the decade the DCT is in; "last decade"
       * alone is the one before, as "last year" is */
      set_fixed(m, ANNALS_TIMEX_DURATION, u == U_DECADE ? "P10Y" : "P100Y");
      return j + 1;
    }
    if (u == U_WEEKEND)
      m->weekend = true;
    if (r == R_LATEST && u != U_QUARTER)
      return 0;
    size_t e = j + 1;
    /* "this year's third quarter", "last year's quarter" */
    size_t s = apos_s(W, e);
    if (s && u == U_YEAR) {
      mention q;
      m_init(&q);
      size_t k = s;
      size_t qe = m_quarter(W, k, &q);
      if (qe) {
        m->q = q.q;
        m->half = q.half;
        return qe;
      }
      if (is_w(W, k, C_UNIT) && wval(W, k) == U_QUARTER) {
        m->q = -1; /* "last year's quarter": the quarter a year before */
        return k + 1;
      }
    }
    /* "the past year" in TimeML is the year before: keep as a date */
    return e;
  }
  case C_WDAY: {
    if (r != R_LAST && r != R_THIS && r != R_NEXT && r != R_COMING &&
        r != R_PAST && r != R_PREV && r != R_FOLLOW && r != R_SAME)
      return 0;
    if (t->val2 & LX_ABBR)
      return 0;
    m->kind = MK_ABS;
    m->wd = t->num;
    if (anchor == A_NARR) {
      m->anchor = A_NARR;
      m->has_sel = true;
      m->sel = (int8_t)shift;
    } else {
      m->has_sel = true;
      m->sel = (int8_t)shift;
    }
    size_t e = j + 1;
    if (is_w(W, e, C_PART)) {
      m->part = wval(W, e);
      m->type = ANNALS_TIMEX_TIME;
      e++;
    }
    return e;
  }
  case C_MONTH:
    if (anchor == A_NARR || !t->cap || (t->val2 & LX_ABBR))
      return 0;
    m->kind = MK_ABS;
    m->m = t->num;
    m->has_sel = true;
    m->sel = (int8_t)shift;
    return j + 1;
  case C_SEASON:
    if (anchor == A_NARR && r != R_SAME && r != R_FOLLOW && r != R_PREV)
      return 0;
    m->kind = MK_ABS;
    m->season = t->num;
    m->has_sel = true;
    m->sel = (int8_t)shift;
    m->anchor = anchor;
    return j + 1;
  case C_PART:
    /* "this morning", "last night", "that evening" */
    if (r == R_THIS || r == R_LAST || r == R_THAT || r == R_SAME) {
      if (r == R_LAST && t->num != P_NI)
        return 0;
      m->kind = MK_REL;
      m->unit = U_DAY;
      m->n = r == R_LAST ? -1 : 0;
      m->anchor = (r == R_THAT || r == R_SAME) ? A_NARR : A_DCT;
      m->part = t->num;
      m->type = ANNALS_TIMEX_TIME;
      return j + 1;
    }
    return 0;
  case C_DECADEW:
    return 0;
  case C_TIMEW:
    if (r == R_THAT && !the) {
      set_fixed(m, ANNALS_TIMEX_DATE, "PAST_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return 0; /* too loose to report */
    }
    return 0;
  default:
    break;
  }
  /* "this fiscal year" */
  if (t->cls == C_FISCAL && is_w(W, j + 1, C_UNIT) &&
      wval(W, j + 1) == U_YEAR) {
    m->kind = MK_REL;
    m->unit = U_YEAR;
    m->n = shift;
    m->anchor = anchor;
    return j + 2;
  }
  return 0;
}

/* N units ago / earlier / later / before / after / from now; i is at the
 * amount (after an optional approximation). */
static size_t m_amount(const win *W, size_t i, mention *m, bool approx) {
  int n, u;
  bool half, hy;
  size_t e = parse_amount(W, i, &n, &u, &half, true, &hy);
  if (!e)
    return 0;
  if (hy) {
    /* adjectival "five-year": a duration; ages ("52-year-old") are not
     * temporal expressions */
    if (is_p(W, e, '-') && tight(W, e) && cont(W, e + 1) &&
        tok_text_eq(W, e + 1, "old"))
      return 0;
    set_fixed(m, ANNALS_TIMEX_DURATION, "");
    dur_value(m->val, sizeof m->val, n, u, half);
    return e;
  }
  /* "52 years old" */
  if (cont(W, e) && W->t[e].kind == TK_WORD && tok_text_eq(W, e, "old"))
    return 0;
  /* "a year-earlier loss": the adjective is matched at "year" */
  if (is_p(W, e, '-') && tight(W, e) &&
      (is_w(W, e + 1, C_SHIFT) || is_w(W, e + 1, C_AGO)))
    return 0;
  /* "a week or so ago" */
  if (is_w(W, e, C_OR) && is_w(W, e + 1, C_SO) &&
      (is_w(W, e + 2, C_AGO) || is_w(W, e + 2, C_SHIFT)))
    e += 2;
  /* ago / earlier / later */
  if (is_w(W, e, C_AGO) || is_w(W, e, C_SHIFT) ||
      (is_w(W, e, C_PREP) && wval(W, e) == PR_FROM && is_w(W, e + 1, C_REF) &&
       tok_text_eq(W, e + 1, "now"))) {
    bool ago = is_w(W, e, C_AGO);
    bool fromnow = is_w(W, e, C_PREP);
    int sh = fromnow ? 1 : wval(W, e);
    bool beforeafter = is_w(W, e, C_SHIFT) && W->t[e].val2;
    size_t end = fromnow ? e + 2 : e + 1;
    /* "or so ago" */
    if (n == NX) {
      /* "a few days later": later than some event, not the DCT's future;
       * the length is what we know ("later" is the signal, outside) */
      if (!ago && !fromnow && !beforeafter && u >= U_DAY && u <= U_MONTH)
        goto duration;
      if (ago || (is_w(W, e, C_SHIFT) && !beforeafter)) {
        set_fixed(m, ANNALS_TIMEX_DATE, sh < 0 ? "PAST_REF" : "FUTURE_REF");
        m->flags |= ANNALS_TIMEX_F_REF;
        return end;
      }
      goto duration; /* "several months before he left" */
    }
    if (half || u == U_SEC || u == U_MIN || u == U_HOUR)
      goto duration; /* "72 hours after": the length is what we know */
    if (beforeafter) {
      /* "two weeks after the strikes": anchored on the narrative; "two
       * weeks after May 9": on that date. */
      mention d;
      m_init(&d);
      size_t de = 0;
      if (cont(W, end) && (is_w(W, end, C_MONTH) || is_num(W, end)))
        de = m_core(W, end, &d, 1);
      if (de && d.kind == MK_ABS && d.y != NOY && d.m && d.d) {
        int64_t base = annals_days_from_civil(d.y, d.m, d.d);
        int y = d.y, mo = d.m, dd = d.d;
        if (u == U_DAY || u == U_WEEK || u == U_FORTNIGHT) {
          int k = u == U_DAY ? n : u == U_WEEK ? 7 * n : 14 * n;
          annals_civil_from_days(base + sh * k, &y, &mo, &dd);
          m->y = y;
          m->m = mo;
          m->d = dd;
          m->kind = MK_ABS;
          return de;
        }
        if (u == U_YEAR) {
          m->y = y + sh * n;
          m->kind = MK_ABS;
          return de;
        }
      }
      if (u != U_DAY && u != U_WEEK && u != U_YEAR && u != U_MONTH)
        goto duration;
    }
    if (u == U_DECADE || u == U_CENTURY || u == U_MILLENNIUM) {
      /* "a decade ago" is a year: 2015 */
      n *= u == U_DECADE ? 10 : u == U_CENTURY ? 100 : 1000;
      u = U_YEAR;
    }
    m->kind = MK_REL;
    m->unit = u;
    m->n = sh * n;
    m->ago = true;
    m->anchor = ago || fromnow ? A_DCT : A_NARR;
    if (u == U_YEAR && n == 1)
      m->yq = true;
    if (beforeafter ||
        (!ago && !fromnow && (u == U_DAY || u == U_WEEK || u == U_FORTNIGHT))) {
      /* kept as a duration when no explicit date is in view: "three
       * days later" with no date before says how long, not when */
      m->after = true;
      m->later = !beforeafter;
      m->amount_end = W->t[e - 1].end;
      dur_value(m->val, sizeof m->val, n, u, half);
    }
    return end;
  }
duration:
  set_fixed(m, ANNALS_TIMEX_DURATION, "");
  dur_value(m->val, sizeof m->val, n, u, half);
  if (approx)
    m->flags |= ANNALS_TIMEX_F_APPROX;
  /* "a year or two", "two to three weeks", "weeks or months" */
  if ((is_w(W, e, C_TO) || is_w(W, e, C_OR)) && cont(W, e + 1)) {
    int n2, u2;
    bool h2, hy2;
    size_t e2 = parse_amount(W, e + 1, &n2, &u2, &h2, true, &hy2);
    if (e2 && !hy2 && u2 == u)
      return e2;
    int v;
    size_t e3 = parse_card(W, e + 1, &v, false);
    if (e3 && e3 == e + 2 && n != NX && u != U_NONE) {
      /* "a year or two": keep the first amount */
      if (!unit_at(W, e3))
        return e3;
    }
  }
  /* "or so" */
  if (is_w(W, e, C_OR) && is_w(W, e + 1, C_SO))
    e += 2;
  return e;
}

/* A range of amounts: "two to three weeks", "five or six years": a
 * duration valued with the first number. */
static size_t m_range(const win *W, size_t i, mention *m) {
  int v;
  size_t e = parse_card(W, i, &v, false);
  if (!e || v == NX)
    return 0;
  if (!(is_w(W, e, C_TO) || is_w(W, e, C_OR) ||
        (is_p(W, e, '-') && W->t[i].kind == TK_NUM)))
    return 0;
  int n, u;
  bool half, hy;
  size_t e2 = parse_amount(W, e + 1, &n, &u, &half, false, &hy);
  if (!e2 || hy || n == NX || W->t[e + 1].cls == C_A)
    return 0;
  set_fixed(m, ANNALS_TIMEX_DURATION, "");
  dur_value(m->val, sizeof m->val, v, u, false);
  return e2;
}

/* A duration or "ago" expression with its approximation prefix. */
static size_t m_approx(const win *W, size_t i, mention *m) {
  size_t j = i;
  bool approx = false;
  if (is_w(W, j, C_APPROX) && wval(W, j) == 1) {
    approx = true;
    j++;
    /* "around 7:15 p.m." */
    mention c;
    m_init(&c);
    size_t ce = m_clock(W, j, &c, true);
    if (ce) {
      *m = c;
      return ce;
    }
  } else if (is_w(W, j, C_SOME) && (is_num(W, j + 1) || is_w(W, j + 1, C_NUM) ||
                                    is_w(W, j + 1, C_TENS))) {
    approx = true;
    j++;
  } else if (is_w(W, j, C_MORE) && is_w(W, j + 1, C_THAN)) {
    approx = true;
    j += 2;
  } else if (is_w(W, j, C_NO) && is_w(W, j + 1, C_MORE) &&
             is_w(W, j + 1 + 1, C_THAN)) {
    approx = true;
    j += 3;
  } else if (is_w(W, j, C_PREP) && wval(W, j) == PR_AT &&
             is_w(W, j + 1, C_LEAST)) {
    approx = true;
    j += 2;
  } else if (is_w(W, j, C_UP) && is_w(W, j + 1, C_TO)) {
    approx = true;
    j += 2;
  }
  if (j == i)
    return 0;
  if (!cont(W, j))
    return 0;
  size_t e = m_amount(W, j, m, approx);
  if (!e) {
    m_init(m);
    return 0;
  }
  if (approx && m->kind == MK_FIXED)
    m->flags |= ANNALS_TIMEX_F_APPROX;
  return e;
}

/* Decades and centuries: "1990s", "the '90s", "the nineties", "the 20th
 * century", "the nineteenth century". */
static size_t m_decade(const win *W, size_t i, mention *m) {
  size_t j = i;
  if (is_num(W, j) && W->t[j].ndig == 4 && W->t[j].num % 10 == 0 &&
      W->t[j].num >= 1000 && W->t[j].num <= 2990) {
    size_t k = j + 1;
    if (is_p(W, k, '\'') && tight(W, k))
      k++;
    if (is_w(W, k, C_S) && tight(W, k)) {
      if (j > 0 && !W->t[j].sp && W->t[j - 1].kind == TK_PUNCT &&
          W->t[j - 1].ch == '$')
        return 0;
      m->y = W->t[j].num / 10;
      m->yunit = U_DECADE;
      return k + 1;
    }
    return 0;
  }
  if (is_p(W, j, '\'') && is_num(W, j + 1) && tight(W, j + 1) &&
      W->t[j + 1].ndig == 2 && W->t[j + 1].num % 10 == 0 &&
      is_w(W, j + 2, C_S) && tight(W, j + 2)) {
    int v = W->t[j + 1].num;
    m->y = (v <= 20 ? 2000 + v : 1900 + v) / 10;
    m->yunit = U_DECADE;
    return j + 3;
  }
  if (is_num(W, j) && W->t[j].ndig == 2 && W->t[j].num % 10 == 0 &&
      is_w(W, j + 1, C_S) && tight(W, j + 1) && j > 0 &&
      is_w(W, j - 1, C_THE)) {
    int v = W->t[j].num;
    m->y = (v <= 20 ? 2000 + v : 1900 + v) / 10;
    m->yunit = U_DECADE;
    return j + 2;
  }
  if (is_w(W, j, C_DECADEW) && j > 0 &&
      (is_w(W, j - 1, C_THE) || is_w(W, j - 1, C_EDGE) ||
       is_p(W, j - 1, '-'))) {
    m->y = 190 + wval(W, j);
    m->yunit = U_DECADE;
    return j + 1;
  }
  /* centuries */
  int c = 0;
  size_t k = j;
  if (is_num(W, k) && W->t[k].ndig <= 2 && is_w(W, k + 1, C_ORDSUF) &&
      tight(W, k + 1)) {
    c = W->t[k].num;
    k += 2;
  } else if (is_w(W, k, C_ORD)) {
    c = wval(W, k);
    k++;
  } else if (is_w(W, k, C_TENS) && wval(W, k) == 20 && is_p(W, k + 1, '-') &&
             is_w(W, k + 2, C_ORD) && wval(W, k + 2) <= 9) {
    c = 20 + wval(W, k + 2);
    k += 3;
  }
  if (c >= 1 && c <= 30) {
    if (is_p(W, k, '-') && tight(W, k))
      k++;
    if (is_w(W, k, C_UNIT) && wval(W, k) == U_CENTURY && !W->t[k].val2) {
      m->y = c - 1;
      m->yunit = U_CENTURY;
      return k + 1;
    }
  }
  return 0;
}

/* Is the word before token i one that makes a number a label ("Section
 * 2024", "Boeing 1900")?  A capitalised word that is not the start of a
 * sentence and not a date word counts. */
static bool label_before(const win *W, size_t i) {
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
static bool ended_after(const win *W, size_t j) {
  return cont(W, j) && W->t[j].kind == TK_WORD &&
         (tok_text_eq(W, j, "ended") || tok_text_eq(W, j, "ending"));
}

/* Words that follow a weekday in the names of newspapers and the like. */
static bool newspaper_word(const win *W, size_t j) {
  static const char *const w[] = {
      "times",   "telegraph", "express",  "mirror",      "post",   "herald",
      "tribune", "mail",      "observer", "independent", "star",   "journal",
      "news",    "gazette",   "sport",    "service",     "school", "people"};
  for (size_t k = 0; k < ARRAY_SIZE(w); k++)
    if (tok_text_eq(W, j, w[k]))
      return true;
  return false;
}

/* Words after a number that make it a count: "2000 people". */
static bool count_after(const win *W, size_t e) {
  if (!cont(W, e) || W->t[e].kind != TK_WORD || W->t[e].cap)
    return false;
  if (W->t[e].cls != C_NONE && W->t[e].cls != C_BLOCK)
    return false;
  const tok *t = &W->t[e];
  if (t->len >= 3 && W->s[t->end - 1] == 's' && W->s[t->end - 2] != 's')
    return true;
  return tok_text_eq(W, e, "people") || tok_text_eq(W, e, "dead") ||
         tok_text_eq(W, e, "men") || tok_text_eq(W, e, "women") ||
         tok_text_eq(W, e, "children") || tok_text_eq(W, e, "police") ||
         tok_text_eq(W, e, "feet") || tok_text_eq(W, e, "percent") ||
         tok_text_eq(W, e, "killed") || tok_text_eq(W, e, "wounded") ||
         tok_text_eq(W, e, "injured") || tok_text_eq(W, e, "million") ||
         tok_text_eq(W, e, "billion") || tok_text_eq(W, e, "trillion");
}

static int prep_before(const win *W, size_t i) {
  if (i == 0 || W->t[i].nl >= 2)
    return 0;
  const tok *p = &W->t[i - 1];
  if (p->kind == TK_WORD && p->cls == C_PREP)
    return p->num;
  return 0;
}

/* The core of an expression at i (after prefixes). */
/* "the week of March 6" with "week" at word k: the ISO week holding that
 * day.  Fills m and returns the end word, or 0 when it is not that. */
static size_t week_of_day(const win *W, size_t k, mention *m) {
  if (wval(W, k) != U_WEEK || !is_w(W, k + 1, C_OF) ||
      !(is_w(W, k + 2, C_MONTH) || is_num(W, k + 2)))
    return 0;
  mention d;
  m_init(&d);
  size_t de = m_core(W, k + 2, &d, 1);
  if (!de || d.kind != MK_ABS || !d.m || d.d <= 0 || d.wd || d.hour >= 0 ||
      d.part)
    return 0;
  *m = d;
  m->week = 1;
  return de;
}

static size_t m_core(const win *W, size_t i, mention *m, int depth) {
  if (!has(W, i))
    return 0;
  const tok *t = &W->t[i];
  size_t e;
  if (t->kind == TK_NUM) {
    if ((e = m_numeric(W, i, m)))
      return e;
    if ((e = m_day_month(W, i, m)))
      return e;
    if ((e = m_decade(W, i, m)))
      return e;
    if ((e = m_clock(W, i, m, prep_before(W, i) != 0)))
      return e;
    if ((e = m_amount(W, i, m, false)))
      return e;
    m_init(m);
    if ((e = m_range(W, i, m)))
      return e;
    m_init(m);
    if ((e = m_quarter(W, i, m)))
      return e;
    int y;
    /* after "mid-" (depth > 0 from an edge) the hyphen is expected */
    bool after_edge = depth > 0 && i > 0 && is_p(W, i - 1, '-');
    if ((e = parse_year(W, i, &y, after_edge))) {
      if (label_before(W, i))
        return 0;
      if (i > 0 && W->t[i - 1].kind == TK_PUNCT &&
          (W->t[i - 1].ch == '$' || W->t[i - 1].ch == '#'))
        return 0;
      if (!prep_before(W, i) && count_after(W, e))
        return 0;
      if (i > 0 && is_w(W, i - 1, C_NUM))
        return 0;
      m->y = y;
      return date_then_clock(W, e, m);
    }
    return 0;
  }
  if (t->kind == TK_PUNCT) {
    if (t->ch == '\'') {
      if ((e = m_decade(W, i, m)))
        return e;
      int y;
      if ((e = parse_year(W, i, &y, false)) &&
          !(i > 0 && !W->t[i].sp && W->t[i - 1].kind == TK_WORD)) {
        m->y = y;
        return e;
      }
    }
    return 0;
  }
  if (t->kind != TK_WORD)
    return 0;
  switch (t->cls) {
  case C_MONTH: {
    int pr = prep_before(W, i);
    bool ctx = pr != 0 ||
               (i > 0 && (is_w(W, i - 1, C_EDGE) || is_w(W, i - 1, C_OF) ||
                          is_p(W, i - 1, '-'))) ||
               depth > 0;
    if (pr == PR_AS || pr == PR_FOR)
      ctx = false;
    return m_month(W, i, m, ctx);
  }
  case C_WDAY: {
    if (t->val2 & LX_ABBR) {
      /* "Sun", "Wed" only before a date: "Wed., May 7" */
      size_t k = skip_dot(W, i + 1);
      if (is_p(W, k, ','))
        k++;
      if (!(is_w(W, k, C_MONTH) || is_num(W, k)))
        return 0;
    }
    if (!t->cap)
      return 0;
    size_t j = i + 1;
    if (t->val2 & LX_ABBR)
      j = skip_dot(W, j);
    /* "The Sunday Times", "Sunday Telegraph": a name, not a day */
    if (cont(W, j) && W->t[j].kind == TK_WORD && W->t[j].cap &&
        W->t[j].nl == 0 &&
        ((i > 0 && is_w(W, i - 1, C_THE) && W->t[j].cls != C_MONTH &&
          W->t[j].cls != C_PART) ||
         newspaper_word(W, j)))
      return 0;
    /* "Tuesday nights": every Tuesday night */
    if ((is_w(W, j, C_UNIT) && wval(W, j) == U_NIGHT && W->t[j].val2) ||
        is_w(W, j, C_PARTS)) {
      static const char *parts[] = {"", "TMO", "TAF", "TEV", "TNI", "TDT"};
      char buf[40];
      snprintf(buf, sizeof buf, "XXXX-WXX-%d%s", t->num,
               parts[is_w(W, j, C_PARTS) ? wval(W, j) : P_NI]);
      set_fixed(m, ANNALS_TIMEX_SET, buf);
      return j + 1;
    }
    /* Weekday, Month Day[, Year] */
    size_t k = j;
    if (is_p(W, k, ','))
      k++;
    if (is_w(W, k, C_MONTH) || (is_num(W, k) && is_w(W, k + 1, C_MONTH)) ||
        (is_w(W, k, C_THE) && is_w(W, k + 1, C_ORD))) {
      mention d;
      m_init(&d);
      size_t de =
          is_w(W, k, C_MONTH) ? m_month(W, k, &d, true) : m_day_month(W, k, &d);
      if (de && d.d) {
        *m = d;
        m->wd = t->num;
        return de;
      }
    }
    m->kind = MK_ABS;
    m->wd = t->num;
    if (apos_s(W, j))
      m->sel = -3; /* "Wednesday's ruling": the nearest, whatever the tense */
    if (is_w(W, j, C_PART)) {
      /* "Sunday night": the span covers the part of the day; the value
       * names the day, or the day and the part for morning, afternoon,
       * evening (TimeBank practice) */
      if (wval(W, j) != P_NI && wval(W, j) != P_MO) {
        m->part = wval(W, j);
        m->type = ANNALS_TIMEX_TIME;
      }
      return j + 1;
    }
    if (depth == 0) {
      size_t c = date_then_clock(W, j, m);
      if (c != j)
        return c;
    }
    return j;
  }
  case C_WDAYS: {
    if (!t->cap)
      return 0;
    char buf[40];
    size_t j = i + 1;
    int part = 0;
    if (is_w(W, j, C_PARTS) ||
        (is_w(W, j, C_UNIT) && wval(W, j) == U_NIGHT && W->t[j].val2)) {
      part = is_w(W, j, C_PARTS) ? wval(W, j) : P_NI;
      j++;
    }
    static const char *parts[] = {"", "TMO", "TAF", "TEV", "TNI", "TDT"};
    snprintf(buf, sizeof buf, "XXXX-WXX-%d%s", t->num, parts[part]);
    set_fixed(m, ANNALS_TIMEX_SET, buf);
    return j;
  }
  case C_DAYWORD: {
    m->kind = MK_REL;
    m->unit = U_DAY;
    m->n = t->num;
    size_t j = i + 1;
    if (t->val2) {
      m->part = t->val2;
      m->type = ANNALS_TIMEX_TIME;
    } else if (is_w(W, j, C_PART)) {
      m->part = wval(W, j);
      m->type = ANNALS_TIMEX_TIME;
      j++;
    } else if (is_w(W, j, C_SETW) == false && is_w(W, j, C_PREP) &&
               wval(W, j) == PR_AT && cont(W, j + 1)) {
      size_t c = date_then_clock(W, j, m);
      if (c != j)
        return c;
    }
    return j;
  }
  case C_REF: {
    if (t->num == REF_PRESENT && tok_text_eq(W, i, "now")) {
      /* "from now" belongs to an amount; "now" alone is the present */
    }
    static const char *names[] = {"", "PAST_REF", "PRESENT_REF", "FUTURE_REF"};
    set_fixed(m, ANNALS_TIMEX_DATE, names[t->num]);
    m->flags |= ANNALS_TIMEX_F_REF;
    return i + 1;
  }
  case C_FUTUREW:
    /* "in future quarters", "future years": times to come */
    if (is_w(W, i + 1, C_UNIT) && W->t[i + 1].val2 &&
        wval(W, i + 1) >= U_WEEK && wval(W, i + 1) != U_WEEKEND) {
      set_fixed(m, ANNALS_TIMEX_DATE, "FUTURE_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return i + 2;
    }
    return 0;
  case C_RECENT: {
    /* "recent years", "in recent months", "the recent past" */
    size_t j = i + 1;
    if (is_w(W, j, C_UNIT) && W->t[j].val2 && wval(W, j) != U_SEC &&
        wval(W, j) != U_MIN) {
      /* "in recent months": an unspecified stretch up to now */
      set_fixed(m, ANNALS_TIMEX_DURATION, "");
      dur_value(m->val, sizeof m->val, NX, wval(W, j), false);
      return j + 1;
    }
    if (is_w(W, j, C_REL) && wval(W, j) == R_PAST) {
      set_fixed(m, ANNALS_TIMEX_DATE, "PAST_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return j + 1;
    }
    return 0;
  }
  case C_THE: {
    size_t j = i + 1;
    if (!cont(W, j))
      return 0;
    if (is_w(W, j, C_REL) && (e = m_rel(W, i, m)))
      return e;
    m_init(m);
    /* "the first two quarters of 1990": a half year */
    if (is_w(W, j, C_ORD) && is_w(W, j + 1, C_NUM) && (e = m_quarter(W, j, m)))
      return e;
    m_init(m);
    /* "the first nine months", "the six months": durations */
    {
      size_t k = j;
      if (is_w(W, k, C_ORD) && wval(W, k) == 1)
        k++;
      if (!is_w(W, k, C_A)) {
        int n, u;
        bool half, hy;
        size_t de = parse_amount(W, k, &n, &u, &half, false, &hy);
        if (de && !hy && !(is_w(W, de, C_AGO) || is_w(W, de, C_SHIFT))) {
          set_fixed(m, ANNALS_TIMEX_DURATION, "");
          dur_value(m->val, sizeof m->val, n, u, half);
          return de;
        }
      }
    }
    /* "the 1988 period", "the 1989 quarter" */
    {
      int y;
      size_t ye = parse_year(W, j, &y, false);
      if (ye && (is_w(W, ye, C_PERIOD) ||
                 (is_w(W, ye, C_UNIT) && wval(W, ye) == U_QUARTER &&
                  !W->t[ye].val2))) {
        m->y = y;
        m->q = -1;
        return ye + 1;
      }
    }
    /* "the year", "the full year", "the week": the current one */
    {
      size_t k = j;
      if (is_w(W, k, C_WHOLE))
        k++;
      if (is_w(W, k, C_UNIT) && !W->t[k].val2 &&
          (wval(W, k) == U_YEAR || wval(W, k) == U_WEEK ||
           wval(W, k) == U_MONTH) &&
          !is_p(W, k + 1, '-') && !apos_s(W, k + 1) &&
          !is_w(W, k + 1, C_SHIFT) && !is_num(W, k + 1) &&
          !is_w(W, k + 1, C_NUM) && !is_w(W, k + 1, C_TENS)) {
        size_t we = week_of_day(W, k, m);
        if (we)
          return we;
        if (ended_after(W, k + 1)) {
          set_fixed(m, ANNALS_TIMEX_DURATION,
                    wval(W, k) == U_YEAR    ? "P1Y"
                    : wval(W, k) == U_MONTH ? "P1M"
                                            : "P1W");
          return k + 1;
        }
        m->kind = MK_REL;
        m->unit = wval(W, k);
        m->n = 0;
        return k + 1;
      }
    }
    /* the past, the future, the present, the near future */
    if (is_w(W, j, C_REL) && wval(W, j) == R_PAST &&
        !(cont(W, j + 1) && W->t[j + 1].kind == TK_WORD &&
          (W->t[j + 1].cls == C_UNIT || W->t[j + 1].cls == C_NUM ||
           W->t[j + 1].cls == C_TENS || W->t[j + 1].cls == C_FEW ||
           W->t[j + 1].cls == C_WDAY || W->t[j + 1].cls == C_SEASON ||
           W->t[j + 1].cls == C_SEASONS || W->t[j + 1].cls == C_COUPLE ||
           W->t[j + 1].cls == C_A || W->t[j + 1].cls == C_PART)) &&
        !is_num(W, j + 1)) {
      if (cont(W, j + 1) && W->t[j + 1].kind == TK_WORD &&
          W->t[j + 1].cls == C_NONE && !W->t[j + 1].cap &&
          !is_p(W, j + 1, ',') && !clause_word(W, j + 1))
        return 0; /* "the past president", but "in the past it tried" */
      set_fixed(m, ANNALS_TIMEX_DATE, "PAST_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return j + 1;
    }
    if (is_w(W, j, C_NEAR) &&
        (is_w(W, j + 1, C_FUTUREW) || is_w(W, j + 1, C_TERM))) {
      set_fixed(m, ANNALS_TIMEX_DATE, "FUTURE_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return j + 2;
    }
    if (is_w(W, j, C_FUTUREW)) {
      set_fixed(m, ANNALS_TIMEX_DATE, "FUTURE_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return j + 1;
    }
    if (is_w(W, j, C_PRESENTW) &&
        !(cont(W, j + 1) && W->t[j + 1].kind == TK_WORD &&
          W->t[j + 1].cls == C_NONE)) {
      set_fixed(m, ANNALS_TIMEX_DATE, "PRESENT_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return j + 1;
    }
    if (is_w(W, j, C_RECENT) && is_w(W, j + 1, C_REL) &&
        wval(W, j + 1) == R_PAST) {
      set_fixed(m, ANNALS_TIMEX_DATE, "PAST_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return j + 2;
    }
    /* the weekend */
    if (is_w(W, j, C_UNIT) && wval(W, j) == U_WEEKEND && !W->t[j].val2) {
      m->kind = MK_REL;
      m->unit = U_WEEKEND;
      m->weekend = true;
      m->n = 0;
      m->sel = -2; /* by tense */
      return j + 1;
    }
    /* the day before / after, the day before yesterday */
    if (is_w(W, j, C_UNIT) && !W->t[j].val2 && is_w(W, j + 1, C_SHIFT) &&
        W->t[j + 1].val2) {
      int u = wval(W, j);
      if (u != U_DAY && u != U_WEEK && u != U_MONTH && u != U_YEAR)
        return 0;
      if (is_w(W, j + 2, C_DAYWORD) && u == U_DAY) {
        m->kind = MK_REL;
        m->unit = U_DAY;
        m->n = wval(W, j + 2) + wval(W, j + 1);
        return j + 3;
      }
      m->kind = MK_REL;
      m->unit = u;
      m->n = wval(W, j + 1);
      m->anchor = A_NARR;
      return j + 2;
    }
    /* "the 1990s", "the nineties", "the 20th century" */
    if ((e = m_decade(W, j, m)))
      return e;
    /* "the third quarter", "the first half" */
    if ((e = m_quarter(W, j, m)))
      return e;
    /* "the ninth of May" */
    if ((e = m_day_month(W, j, m)))
      return e;
    /* "the year two thousand" */
    if (is_w(W, j, C_UNIT) && wval(W, j) == U_YEAR && !W->t[j].val2) {
      int y;
      size_t ye = parse_year_words(W, j + 1, &y);
      if (!ye)
        ye = parse_year(W, j + 1, &y, true);
      if (ye) {
        m->y = y;
        return ye;
      }
    }
    /* "the quarter", "the latest quarter", "the year-earlier quarter" */
    if ((is_w(W, j, C_UNIT) && wval(W, j) == U_QUARTER && !W->t[j].val2) ||
        (is_w(W, j, C_PERIOD) && j > 0)) {
      if (is_w(W, j, C_PERIOD))
        return 0;
      if (is_p(W, j + 1, '-'))
        return 0;
      m->kind = MK_REL;
      m->unit = U_QUARTER;
      m->n = 0;
      m->sel = -2; /* by tense */
      return j + 1;
    }
    if (is_w(W, j, C_UNIT) && wval(W, j) == U_YEAR && is_p(W, j + 1, '-') &&
        tight(W, j + 1) && (is_w(W, j + 2, C_AGO) || is_w(W, j + 2, C_SHIFT))) {
      size_t k = j + 3;
      if (is_w(W, k, C_UNIT) && wval(W, k) == U_QUARTER && !W->t[k].val2) {
        m->kind = MK_REL;
        m->unit = U_QUARTER;
        m->n = -4;
        m->sel = -2;
        return k + 1;
      }
      if (is_w(W, k, C_PERIOD) || is_w(W, k, C_UNIT)) {
        m->kind = MK_REL;
        m->unit = U_YEAR;
        m->n = -1;
        m->yq = true;
        return k + 1;
      }
    }
    if (is_w(W, j, C_REL) && wval(W, j) == R_LATEST &&
        is_w(W, j + 1, C_PERIOD)) {
      m->kind = MK_REL;
      m->unit = U_QUARTER;
      m->n = 0;
      m->sel = -2;
      return j + 2;
    }
    /* "the weekend" done; "the fall of 2023", "the summer" */
    if (is_w(W, j, C_SEASON)) {
      size_t k = j + 1;
      int y;
      size_t k2 = k;
      if (is_w(W, k2, C_OF))
        k2++;
      size_t ye = parse_year(W, k2, &y, true);
      if (!ye)
        ye = parse_year_words(W, k2, &y);
      m->kind = MK_ABS;
      m->season = wval(W, j);
      if (ye) {
        m->y = y;
        return ye;
      }
      if (W->t[j].val2 & LX_AMBIG) {
        /* "the fall" of prices: only with a year or "of" nothing */
        if (is_w(W, k, C_OF))
          return 0;
        int pr = prep_before(W, i);
        if (pr != PR_IN && pr != PR_DURING && pr != PR_BY && pr != PR_UNTIL &&
            pr != PR_SINCE)
          return 0;
      }
      if (is_w(W, k, C_OF))
        return 0;
      return k;
    }
    /* "the fiscal year" */
    if (is_w(W, j, C_FISCAL)) {
      size_t k = j + 1;
      if (is_w(W, k, C_UNIT) && wval(W, k) == U_YEAR && !W->t[k].val2) {
        int y;
        size_t ye = parse_year(W, k + 1, &y, true);
        if (ye) {
          m->y = y;
          return ye;
        }
        size_t we = week_of_day(W, k, m);
        if (we)
          return we;
        if (ended_after(W, k + 1)) {
          set_fixed(m, ANNALS_TIMEX_DURATION, "P1Y");
          return k + 1;
        }
        m->kind = MK_REL;
        m->unit = U_YEAR;
        m->n = 0;
        return k + 1;
      }
      if ((e = m_quarter(W, j, m)))
        return e;
      return 0;
    }
    return 0;
  }
  case C_REL:
    return m_rel(W, i, m);
  case C_FISCAL: {
    size_t j = i + 1;
    if (is_w(W, j, C_UNIT) && wval(W, j) == U_YEAR && !W->t[j].val2)
      j++;
    int y;
    size_t ye = parse_year(W, j, &y, true);
    if (!ye && t->num == 1 && is_num(W, j) && W->t[j].ndig == 2) {
      y = W->t[j].num;
      y += y <= 30 ? 2000 : 1900;
      ye = j + 1;
    }
    if (ye) {
      m->y = y;
      /* fiscal 1998's third quarter */
      size_t s = apos_s(W, ye);
      if (s) {
        mention q;
        m_init(&q);
        size_t qe = m_quarter(W, s, &q);
        if (qe) {
          m->q = q.q;
          m->half = q.half;
          return qe;
        }
      }
      return ye;
    }
    if ((e = m_quarter(W, i, m)))
      return e;
    return 0;
  }
  case C_ORD:
    if ((e = m_quarter(W, i, m)))
      return e;
    if ((e = m_decade(W, i, m)))
      return e;
    return 0;
  case C_SEASON: {
    if (t->val2 & LX_AMBIG && !t->cap) {
      /* "fall 2024" is fine, "fall" alone is the verb */
      int y;
      size_t ye = parse_year(W, i + 1, &y, true);
      if (!ye)
        return 0;
    }
    size_t j = i + 1;
    int y;
    size_t k = j;
    if (is_w(W, k, C_OF))
      k++;
    size_t ye = parse_year(W, k, &y, true);
    m->kind = MK_ABS;
    m->season = t->num;
    if (ye) {
      m->y = y;
      return ye;
    }
    int pr = prep_before(W, i);
    if (depth > 0 && !(t->val2 & LX_AMBIG))
      pr = PR_IN; /* "the early summer" */
    if ((pr == PR_IN || pr == PR_DURING || pr == PR_SINCE || pr == PR_UNTIL ||
         pr == PR_BY) &&
        !(t->val2 & LX_AMBIG) && !is_w(W, j, C_OF) &&
        !(cont(W, j) && W->t[j].kind == TK_WORD && W->t[j].cls == C_NONE &&
          !W->t[j].cap && W->t[j].nl == 0 && !is_p(W, j, ',')))
      return j;
    return 0;
  }
  case C_SEASONS: {
    /* "the past three summers" is handled as an amount; alone no */
    return 0;
  }
  case C_SETW: {
    char buf[24];
    if (t->num == U_QUARTER)
      g_strlcpy(buf, "P1Q", sizeof buf);
    else
      dur_value(buf, sizeof buf, t->num == U_FORTNIGHT ? 2 : 1,
                t->num == U_FORTNIGHT ? U_WEEK : t->num, false);
    set_fixed(m, ANNALS_TIMEX_SET, buf);
    return i + 1;
  }
  case C_EVERY: {
    size_t j = i + 1;
    int n = 1;
    if (tok_text_eq(W, j, "other") && cont(W, j)) {
      n = 2;
      j++;
    } else {
      int v;
      size_t e2 = parse_card(W, j, &v, false);
      if (e2 && v != NX && unit_at(W, e2)) {
        n = v;
        j = e2;
      }
    }
    if (!cont(W, j) || W->t[j].kind != TK_WORD)
      return 0;
    char buf[40];
    const tok *u = &W->t[j];
    if (u->cls == C_UNIT && u->num != U_WEEKEND) {
      if (u->num == U_QUARTER)
        snprintf(buf, sizeof buf, "P%dQ", n);
      else
        dur_value(buf, sizeof buf, n, u->num, false);
      set_fixed(m, ANNALS_TIMEX_SET, buf);
      return j + 1;
    }
    if (u->cls == C_WDAY && u->cap && !(u->val2 & LX_ABBR)) {
      size_t e2 = j + 1;
      static const char *parts[] = {"", "TMO", "TAF", "TEV", "TNI", "TDT"};
      int part = 0;
      if (is_w(W, e2, C_PART)) {
        part = wval(W, e2);
        e2++;
      }
      snprintf(buf, sizeof buf, "XXXX-WXX-%d%s", u->num, parts[part]);
      set_fixed(m, ANNALS_TIMEX_SET, buf);
      return e2;
    }
    if (u->cls == C_MONTH && u->cap && !(u->val2 & LX_ABBR)) {
      snprintf(buf, sizeof buf, "XXXX-%02d", u->num);
      set_fixed(m, ANNALS_TIMEX_SET, buf);
      return j + 1;
    }
    if (u->cls == C_SEASON) {
      static const char *ss[] = {"", "SP", "SU", "FA", "WI"};
      snprintf(buf, sizeof buf, "XXXX-%s", ss[u->num]);
      set_fixed(m, ANNALS_TIMEX_SET, buf);
      return j + 1;
    }
    if (u->cls == C_PART) {
      static const char *parts[] = {"", "TMO", "TAF", "TEV", "TNI", "TDT"};
      snprintf(buf, sizeof buf, "XXXX-XX-XX%s", parts[u->num]);
      set_fixed(m, ANNALS_TIMEX_SET, buf);
      return j + 1;
    }
    return 0;
  }
  case C_TIMESW: {
    /* "twice a week", "once a year" */
    size_t j = i + 1;
    if ((is_w(W, j, C_A) || (is_w(W, j, C_EVERY) && wval(W, j) == 2)) &&
        is_w(W, j + 1, C_UNIT) && !W->t[j + 1].val2) {
      char buf[24];
      int u = wval(W, j + 1);
      if (u == U_QUARTER)
        g_strlcpy(buf, "P1Q", sizeof buf);
      else
        dur_value(buf, sizeof buf, 1, u, false);
      set_fixed(m, ANNALS_TIMEX_SET, buf);
      return j + 2;
    }
    return 0;
  }
  case C_CLOCKW:
    return m_clock(W, i, m, true);
  case C_OVERNIGHT:
    m->kind = MK_REL;
    m->unit = U_DAY;
    m->n = 0;
    m->part = P_NI;
    m->type = ANNALS_TIMEX_TIME;
    return i + 1;
  case C_HOLIDAY: {
    size_t j = i + 1;
    if (!t->cap)
      return 0;
    bool eve = false;
    if (is_w(W, j, C_EVE)) {
      eve = true;
      j++;
    } else if (is_w(W, j, C_UNIT) && wval(W, j) == U_DAY && !W->t[j].val2 &&
               W->t[j].cap) {
      j++;
    }
    m->kind = MK_ABS;
    if (t->num == 1) {
      m->m = 12;
      m->d = eve ? 24 : 25;
    } else if (t->num == 3) {
      m->m = 10;
      m->d = 31;
    } else {
      m->m = 11;
      m->d = -4; /* fourth Thursday: computed with the year */
    }
    int y;
    size_t k = j;
    if (is_p(W, k, ','))
      k++;
    size_t ye = parse_year(W, k, &y, true);
    if (ye) {
      m->y = y;
      j = ye;
    }
    return j;
  }
  case C_EDGE:
  case C_APPROX:
  case C_SOME:
  case C_MORE:
  case C_NO:
  case C_UP:
    return 0;
  case C_A:
  case C_NUM:
  case C_TENS:
  case C_FEW:
  case C_COUPLE:
  case C_HALF:
  case C_DOZEN: {
    /* "will one day be", "he may one day return": some day to come */
    if (t->cls == C_NUM && t->num == 1 && t->kind == TK_WORD &&
        is_w(W, i + 1, C_UNIT) && wval(W, i + 1) == U_DAY &&
        !W->t[i + 1].val2 && i > 0 && modal_word(W, i - 1)) {
      set_fixed(m, ANNALS_TIMEX_DATE, "FUTURE_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return i + 2;
    }
    if ((e = m_amount(W, i, m, false)))
      return e;
    m_init(m);
    if ((e = parse_year_words(W, i, &m->y)) && W->t[i].cls == C_NUM &&
        !unit_at(W, e))
      return e;
    m->y = NOY;
    if ((e = m_range(W, i, m)))
      return e;
    return 0;
  }
  case C_UNIT: {
    /* bare plurals after "for" / "in" / "within": "for years" */
    int pr = prep_before(W, i);
    if (t->val2 &&
        (pr == PR_FOR || pr == PR_WITHIN ||
         (pr == PR_IN && is_w(W, i + 1, C_PREP) == false &&
          !is_w(W, i + 1, C_OF) && !cont(W, i + 1))) &&
        t->num != U_QUARTER && t->num != U_WEEKEND) {
      if (cont(W, i + 1) && W->t[i + 1].kind == TK_WORD &&
          W->t[i + 1].cls == C_NONE && !W->t[i + 1].cap)
        return 0;
      set_fixed(m, ANNALS_TIMEX_DURATION, "");
      dur_value(m->val, sizeof m->val, NX, t->num, false);
      return i + 1;
    }
    /* "year-earlier", "year-ago" (results), "year-end", "year end" */
    if (t->num == U_YEAR && !t->val2 && is_p(W, i + 1, '-') &&
        tight(W, i + 1) && tight(W, i + 2) &&
        (is_w(W, i + 2, C_AGO) ||
         (is_w(W, i + 2, C_SHIFT) && wval(W, i + 2) < 0))) {
      m->kind = MK_REL;
      m->unit = U_YEAR;
      m->n = -1;
      m->yq = true;
      return i + 3;
    }
    if (t->num == U_YEAR && !t->val2 &&
        ((is_p(W, i + 1, '-') && tight(W, i + 1) && tight(W, i + 2) &&
          is_w(W, i + 2, C_EDGE) && wval(W, i + 2) == E_END) ||
         (is_w(W, i + 1, C_EDGE) && wval(W, i + 1) == E_END &&
          W->t[i + 1].val2))) {
      size_t e2 = is_p(W, i + 1, '-') ? i + 3 : i + 2;
      m->kind = MK_REL;
      m->unit = U_YEAR;
      m->n = 0;
      m->flags |= ANNALS_TIMEX_F_FUZZY | ANNALS_TIMEX_F_END;
      return e2;
    }
    if (t->val2 && (is_w(W, i + 1, C_AGO))) {
      set_fixed(m, ANNALS_TIMEX_DATE, "PAST_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return i + 2;
    }
    return 0;
  }
  case C_PART:
    return 0;
  case C_NONE:
    if (t->len == 1 && t->cap && (t->ch == 'q' || t->ch == 'h'))
      return m_quarter(W, i, m);
    return 0;
  default:
    return 0;
  }
}

/* An expression at i: prefixes ("early", "the end of", "about"...), then
 * the core.  Returns the end token or 0. */
static size_t m_expr(const win *W, size_t i, mention *m) {
  m_init(m);
  size_t e;
  int edge = 0;
  /* earlier/later this year, early next week, late last week */
  if ((is_w(W, i, C_SHIFT) && !W->t[i].val2) ||
      (is_w(W, i, C_EDGE) && !W->t[i].val2)) {
    size_t j = i + 1;
    if (is_w(W, j, C_REL) || is_w(W, j, C_DAYWORD) || is_w(W, j, C_WDAY)) {
      mention c;
      m_init(&c);
      size_t ce = m_core(W, j, &c, 0);
      if (ce && c.type != ANNALS_TIMEX_DURATION && c.kind != MK_FIXED) {
        *m = c;
        int ed = is_w(W, i, C_EDGE) ? wval(W, i)
                                    : (wval(W, i) < 0 ? E_START : E_END);
        m->flags |= ANNALS_TIMEX_F_FUZZY;
        m->flags |= ed == E_START ? ANNALS_TIMEX_F_START
                    : ed == E_END ? ANNALS_TIMEX_F_END
                                  : ANNALS_TIMEX_F_MID;
        return ce;
      }
    }
  }
  size_t pe = parse_edge(W, i, &edge);
  if (pe && is_w(W, pe, C_PART) && wval(W, pe) != P_NI && !is_w(W, i, C_THE)) {
    /* "mid-afternoon", "by mid afternoon", "late morning yesterday": the
     * part of the DCT's day, or of the day word after it */
    m->kind = MK_REL;
    m->unit = U_DAY;
    m->n = 0;
    m->part = wval(W, pe);
    m->type = ANNALS_TIMEX_TIME;
    m->flags |= ANNALS_TIMEX_F_FUZZY;
    size_t e2 = pe + 1;
    if (is_w(W, e2, C_DAYWORD) && !W->t[e2].val2) {
      m->n = wval(W, e2);
      e2++;
    }
    return e2;
  }
  if (pe) {
    size_t j = pe;
    if (is_w(W, j, C_THE) && !is_w(W, i, C_THE))
      j++;
    mention c;
    m_init(&c);
    size_t ce = cont(W, j) ? m_core(W, j, &c, 1) : 0;
    if (!ce && j != pe) {
      m_init(&c);
      ce = m_core(W, pe, &c, 1);
    }
    if (ce && (c.type == ANNALS_TIMEX_DATE || c.type == ANNALS_TIMEX_TIME) &&
        !(c.flags & ANNALS_TIMEX_F_REF) && c.kind != MK_FIXED) {
      *m = c;
      m->flags |= ANNALS_TIMEX_F_FUZZY;
      m->flags |= edge == E_START ? ANNALS_TIMEX_F_START
                  : edge == E_END ? ANNALS_TIMEX_F_END
                                  : ANNALS_TIMEX_F_MID;
      return ce;
    }
    m_init(m);
  }
  if ((e = m_approx(W, i, m)))
    return e;
  /* m is clean here: m_approx cleans up after itself */
  return m_core(W, i, m, 0);
}

/* ------------------------------------------------------------------ */
/* Resolution                                                           */
/* ------------------------------------------------------------------ */

static const char *part_code[] = {"", "MO", "AF", "EV", "NI", "DT"};
static const char *season_code[] = {"", "SP", "SU", "FA", "WI"};

/* Writes v (0..99999) with at least w digits; returns the length.  The
 * hot path of every resolved value, so no printf. */
static int put_digits(char *b, int v, int w) {
  return (int)annals_put_digits(b, (unsigned long long)v, w);
}

/* The year as TIMEX3 writes it: 4 digits at least, '-' before a negative
 * one.  n must leave room for 6 characters and the NUL. */
static int fmt_year(char *b, size_t n, int y) {
  if (n < 8 || y < -99999 || y > 99999)
    return snprintf(b, n, y < 0 ? "-%04d" : "%04d", y < 0 ? -y : y);
  int k = 0;
  if (y < 0) {
    b[k++] = '-';
    y = -y;
  }
  k += put_digits(b + k, y, 4);
  b[k] = '\0';
  return k;
}

static annals_date mkdate(int y, int m, int d, annals_prec p) {
  annals_date r = {y, m, d, p};
  return r;
}

static void when_point(annals_when *w, annals_date d) {
  w->start = d;
  w->end = d;
  w->interval = false;
}

static void when_span(annals_when *w, annals_date a, annals_date b) {
  w->start = a;
  w->end = b;
  w->interval = true;
}

static void when_days(annals_when *w, int64_t a, int64_t b) {
  int y, m, d, y2, m2, d2;
  annals_civil_from_days(a, &y, &m, &d);
  annals_civil_from_days(b, &y2, &m2, &d2);
  when_span(w, mkdate(y, m, d, ANNALS_PREC_DAY),
            mkdate(y2, m2, d2, ANNALS_PREC_DAY));
}

/* ISO week of a day: year and week number; returns the Monday. */
static int64_t iso_week(int64_t day, int *wy, int *wn) {
  int wd = annals_weekday(day); /* 0 Monday */
  int64_t monday = day - wd;
  int64_t thursday = monday + 3;
  int y, m, d;
  annals_civil_from_days(thursday, &y, &m, &d);
  int64_t jan1 = annals_days_from_civil(y, 1, 1);
  *wy = y;
  *wn = (int)((thursday - jan1) / 7) + 1;
  return monday;
}

static int month_of_season(int s) { return s == S_WI ? 12 : s * 3; }

static int season_of_month(int m) {
  if (m >= 3 && m <= 5)
    return S_SP;
  if (m >= 6 && m <= 8)
    return S_SU;
  if (m >= 9 && m <= 11)
    return S_FA;
  return S_WI;
}

typedef struct {
  annals_date dct;
  narr *ref;
} rctx;

/* The year of a partial date (month, month-day, quarter, season) from the
 * narrative or the DCT.  Returns false when none can be chosen. */
static bool choose_year(const rctx *R, const mention *m, int *y,
                        unsigned *flags) {
  const narr *ref = R->ref;
  const annals_date *dct = &R->dct;
  /* The narrative year wins over the DCT when the text has no DCT, or
   * when a date with its year and at least its month was stated in the
   * same paragraph or the sentences just before (history style: "On
   * March 3, 1990, ... On May 9, ...").  A bare year ("up from 1988")
   * does not set it. */
  bool recent =
      ref->date.prec >= ANNALS_PREC_MONTH && ref->explicit_year &&
      m->para == ref->para &&
      (m->sent == ref->sent || (m->sent == ref->sent + 1 && m->initial &&
                                ref->date.prec == ANNALS_PREC_DAY)) &&
      !(m->q || m->half) && m->dir <= 0 &&
      (dct->prec == ANNALS_PREC_NONE || ref->date.y < dct->y);
  if (!m->has_sel && ref->date.prec != ANNALS_PREC_NONE && ref->explicit_year &&
      (dct->prec == ANNALS_PREC_NONE || (recent && ref->date.y != dct->y))) {
    *y = ref->date.y;
    *flags |= ANNALS_TIMEX_F_NARRATIVE | ANNALS_TIMEX_F_ANCHORED;
    return true;
  }
  if (dct->prec == ANNALS_PREC_NONE)
    return false;
  *flags |= ANNALS_TIMEX_F_RELATIVE;
  int dy = dct->y;
  if (dct->prec == ANNALS_PREC_YEAR) {
    *y = dy + (m->has_sel ? m->sel : 0);
    return true;
  }
  /* positions in the year, in half-months: target [a, b], DCT c */
  int a, b, c;
  int dm = dct->m, dd = dct->prec == ANNALS_PREC_DAY ? dct->d : 15;
  if (m->season) {
    int cur = season_of_month(dm);
    if (dm <= 2)
      dy--;
    a = b = m->season;
    c = cur;
  } else if (m->q || m->half) {
    int cq = m->q ? (dm - 1) / 3 + 1 : (dm - 1) / 6 + 1;
    a = b = m->q ? m->q : m->half;
    c = cq;
  } else {
    a = m->m * 64 + (m->d > 0 ? m->d : 0);
    b = m->m * 64 + (m->d > 0 ? m->d : 63);
    c = dm * 64 + dd;
  }
  if (m->has_sel) {
    if (m->sel < 0)
      *y = a < c && b < c ? dy : dy - 1;
    else if (m->sel > 0)
      *y = a > c ? dy : dy + 1;
    else
      *y = dy;
    if (m->sel < 0 && !m->season && !m->q && !m->half && b >= c)
      *y = dy - 1;
    return true;
  }
  int dir = m->dir;
  if (m->q || m->half) {
    /* quarters are reported after they end: "third-quarter profit" in
     * November is this year's, even in "expects third-quarter..." */
    if (dir > 0)
      *y = a >= c - 1 ? dy : dy + 1;
    else
      *y = a <= c ? dy : dy - 1;
    return true;
  }
  /* News talks about dates near its own: a past-tense sentence may still
   * name a date a few weeks after the DCT ("the offer was extended to
   * Nov. 16"), so the tense only decides beyond a margin of two months
   * (quarters and seasons: none). */
  int margin = (m->season || m->q || m->half) ? 0 : 2 * 64;
  if (dir < 0) {
    *y = a <= c + margin ? dy : dy - 1;
    *flags |= ANNALS_TIMEX_F_PAST;
  } else if (dir > 0) {
    *y = b >= c - 16 ? dy : dy + 1;
    *flags |= ANNALS_TIMEX_F_FUTURE;
  } else {
    /* nearest occurrence; a tie goes to the past */
    int span = m->season ? 4 : m->q ? 4 : m->half ? 2 : 12 * 64;
    int best = dy, bestd = INT_MAX;
    for (int k = -1; k <= 1; k++) {
      int lo = a + k * span, hi = b + k * span;
      int dist = c < lo ? lo - c : c > hi ? c - hi : 0;
      if (dist < bestd) {
        bestd = dist;
        best = dy + k;
      }
    }
    *y = best;
  }
  return true;
}

/* Day of a weekday relative to a base day. */
static int64_t weekday_day(int64_t base, const mention *m, unsigned *flags) {
  int bw = annals_weekday(base) + 1; /* 1 Monday */
  int back = (bw - m->wd + 7) % 7, fwd = (m->wd - bw + 7) % 7;
  if (m->has_sel) {
    if (m->sel < 0)
      return base - (back ? back : 7);
    if (m->sel > 0)
      return base + (fwd ? fwd : 7);
    return base - (bw - m->wd);
  }
  if (m->dir > 0 && m->sel != -3) {
    *flags |= ANNALS_TIMEX_F_FUTURE;
    return base + fwd;
  }
  if (m->dir < 0 && m->sel != -3) {
    *flags |= ANNALS_TIMEX_F_PAST;
    return base - back;
  }
  /* no tense: the nearest such day, the past one on a tie */
  return fwd < back ? base + fwd : base - back;
}

static void fmt_time(char *v, size_t n, const mention *m) {
  size_t k = strlen(v);
  if (m->hour >= 0)
    snprintf(v + k, n - k, "T%02d:%02d", m->hour, m->min);
  else if (m->part)
    snprintf(v + k, n - k, "T%s", part_code[m->part]);
}

/* Fills x from a resolved full date y-m-d plus m's time of day. */
static void out_day(annals_timex *x, const mention *m, int y, int mo, int d) {
  char *v = x->value;
  size_t n = sizeof x->value;
  int k = fmt_year(v, n, y);
  v[k++] = '-';
  k += put_digits(v + k, mo, 2);
  v[k++] = '-';
  k += put_digits(v + k, d, 2);
  v[k] = '\0';
  when_point(&x->when, mkdate(y, mo, d, ANNALS_PREC_DAY));
  if (m->hour >= 0 || m->part) {
    fmt_time(v, n, m);
    x->type = ANNALS_TIMEX_TIME;
  }
}

static void out_unresolved(annals_timex *x, const char *v) {
  g_strlcpy(x->value, v, sizeof x->value);
  x->flags |= ANNALS_TIMEX_F_UNRESOLVED;
  x->when.start.prec = ANNALS_PREC_NONE;
  x->when.end.prec = ANNALS_PREC_NONE;
}

static bool quarter_recent(const narr *ref, const mention *m) {
  /* an earnings report keeps its quarter in view for a few paragraphs */
  return ref->qq > 0 && m->t0 >= ref->qtok && m->t0 - ref->qtok <= 400;
}

static void out_quarter(annals_timex *x, int y, int q) {
  int k = fmt_year(x->value, sizeof x->value, y);
  snprintf(x->value + k, sizeof x->value - (size_t)k, "-Q%d", q);
  when_span(&x->when, mkdate(y, 3 * q - 2, 0, ANNALS_PREC_MONTH),
            mkdate(y, 3 * q, 0, ANNALS_PREC_MONTH));
}

static void resolve_abs(const rctx *R, const mention *m, annals_timex *x) {
  char *v = x->value;
  size_t vn = sizeof x->value;
  if (m->yunit == U_DECADE) {
    snprintf(v, vn, "%03d", m->y);
    when_span(&x->when, mkdate(m->y * 10, 0, 0, ANNALS_PREC_YEAR),
              mkdate(m->y * 10 + 9, 0, 0, ANNALS_PREC_YEAR));
    return;
  }
  if (m->yunit == U_CENTURY) {
    snprintf(v, vn, "%02d", m->y);
    when_span(&x->when, mkdate(m->y * 100, 0, 0, ANNALS_PREC_YEAR),
              mkdate(m->y * 100 + 99, 0, 0, ANNALS_PREC_YEAR));
    return;
  }
  /* a weekday without a date */
  if (m->wd && !m->m) {
    annals_date base = R->dct;
    if (m->anchor == A_NARR && R->ref->date.prec == ANNALS_PREC_DAY) {
      base = R->ref->date;
      x->flags |= ANNALS_TIMEX_F_ANCHORED;
    } else {
      x->flags |= ANNALS_TIMEX_F_RELATIVE;
    }
    if (base.prec != ANNALS_PREC_DAY) {
      char b[40];
      snprintf(b, sizeof b, "XXXX-WXX-%d", m->wd);
      out_unresolved(x, b);
      if (m->hour >= 0 || m->part) {
        fmt_time(x->value, sizeof x->value, m);
        x->type = ANNALS_TIMEX_TIME;
      }
      return;
    }
    int64_t day = weekday_day(annals_days_from_civil(base.y, base.m, base.d), m,
                              &x->flags);
    int y, mo, d;
    annals_civil_from_days(day, &y, &mo, &d);
    out_day(x, m, y, mo, d);
    return;
  }
  int y = m->y;
  if (y == NOY && m->yrel_set && R->dct.prec != ANNALS_PREC_NONE) {
    /* "July last year", "May 9 of next year" */
    y = R->dct.y + m->yrel;
    x->flags |= ANNALS_TIMEX_F_RELATIVE;
  }
  if (y == NOY) {
    if (!m->m && !m->q && !m->half && !m->season) {
      out_unresolved(x, "XXXX");
      return;
    }
    if (!choose_year(R, m, &y, &x->flags)) {
      char b[40];
      if (m->m && m->d > 0)
        snprintf(b, sizeof b, "XXXX-%02d-%02d", m->m, m->d);
      else if (m->m)
        snprintf(b, sizeof b, "XXXX-%02d", m->m);
      else if (m->q)
        snprintf(b, sizeof b, "XXXX-Q%d", m->q);
      else if (m->half)
        snprintf(b, sizeof b, "XXXX-H%d", m->half);
      else
        snprintf(b, sizeof b, "XXXX-%s", season_code[m->season]);
      out_unresolved(x, b);
      if (m->d > 0 && (m->hour >= 0 || m->part)) {
        fmt_time(x->value, sizeof x->value, m);
        x->type = ANNALS_TIMEX_TIME;
      }
      return;
    }
    /* "Saturday, April 25": the year whose date falls on that weekday */
    if (m->wd && m->m && m->d > 0) {
      /* the weekday repeats on a date every 5, 6 or 11 years: search in
       * the direction of the tense first */
      static const int tries[] = {0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6};
      static const int past[] = {0, -1, -2, -3, -4, -5, -6, 1, 2, 3, 4, 5, 6};
      static const int fut[] = {0, 1, 2, 3, 4, 5, 6, -1, -2, -3, -4, -5, -6};
      const int *order = m->dir < 0 ? past : m->dir > 0 ? fut : tries;
      for (size_t t = 0; t < ARRAY_SIZE(tries); t++) {
        int yy = y + order[t];
        if (m->d > annals_days_in_month(yy, m->m))
          continue;
        if (annals_weekday(annals_days_from_civil(yy, m->m, m->d)) + 1 ==
            m->wd) {
          y = yy;
          break;
        }
      }
    }
  }
  int k = fmt_year(v, vn, y);
  if (m->m) {
    int d = m->d;
    if (d == -4) { /* fourth Thursday of November */
      int64_t first = annals_days_from_civil(y, 11, 1);
      int wd = annals_weekday(first);
      d = 1 + (3 - wd + 7) % 7 + 21;
    }
    if (d > 0 && d <= annals_days_in_month(y, m->m)) {
      out_day(x, m, y, m->m, d);
      return;
    }
    snprintf(v + k, vn - (size_t)k, "-%02d", m->m);
    when_point(&x->when, mkdate(y, m->m, 0, ANNALS_PREC_MONTH));
    return;
  }
  if (m->q < 0) {
    /* "the 1988 period": the quarter under discussion, in that year */
    if (quarter_recent(R->ref, m))
      out_quarter(x, y, R->ref->qq);
    else
      when_point(&x->when, mkdate(y, 0, 0, ANNALS_PREC_YEAR));
    return;
  }
  if (m->q) {
    out_quarter(x, y, m->q);
    return;
  }
  if (m->half) {
    snprintf(v + k, vn - (size_t)k, "-H%d", m->half);
    when_span(&x->when, mkdate(y, 6 * m->half - 5, 0, ANNALS_PREC_MONTH),
              mkdate(y, 6 * m->half, 0, ANNALS_PREC_MONTH));
    return;
  }
  if (m->season) {
    snprintf(v + k, vn - (size_t)k, "-%s", season_code[m->season]);
    int sm = month_of_season(m->season);
    int ey = m->season == S_WI ? y + 1 : y;
    int em = m->season == S_WI ? 2 : sm + 2;
    when_span(&x->when, mkdate(y, sm, 0, ANNALS_PREC_MONTH),
              mkdate(ey, em, 0, ANNALS_PREC_MONTH));
    return;
  }
  when_point(&x->when, mkdate(y, 0, 0, ANNALS_PREC_YEAR));
}

static void resolve_rel(const rctx *R, const mention *m, annals_timex *x) {
  annals_date A = R->dct;
  const narr *ref = R->ref;
  annals_prec need =
      (m->unit == U_YEAR || m->unit == U_DECADE || m->unit == U_CENTURY)
          ? ANNALS_PREC_YEAR
      : (m->unit == U_MONTH || m->unit == U_QUARTER || m->unit == U_HALFYEAR)
          ? ANNALS_PREC_MONTH
          : ANNALS_PREC_DAY;
  /* "N units later/earlier" look back at a date of the last sentences;
   * further away, news means the DCT ("up from a year earlier") */
  bool near =
      !m->ago || m->sent <= ref->sent + 2 || R->dct.prec == ANNALS_PREC_NONE;
  if (m->clock)
    near = ref->date.prec == ANNALS_PREC_DAY && m->sent <= ref->sent + 1;
  if (m->anchor == A_NARR && ref->date.prec != ANNALS_PREC_NONE && near &&
      (ref->date.prec >= need || R->dct.prec < need)) {
    A = ref->date;
    x->flags |= ANNALS_TIMEX_F_ANCHORED;
  } else {
    x->flags |= ANNALS_TIMEX_F_RELATIVE;
  }
  char *v = x->value;
  size_t vn = sizeof x->value;
  int u = m->unit, n = m->n;
  if (u == U_NIGHT)
    u = U_DAY;
  if (u == U_DAY || u == U_WEEK || u == U_FORTNIGHT || u == U_WEEKEND) {
    if (A.prec != ANNALS_PREC_DAY) {
      if (u == U_DAY) {
        out_unresolved(x, "XXXX-XX-XX");
        if (m->hour >= 0 || m->part) {
          fmt_time(x->value, sizeof x->value, m);
          x->type = ANNALS_TIMEX_TIME;
        }
      } else {
        out_unresolved(x, u == U_WEEKEND ? "XXXX-WXX-WE" : "XXXX-WXX");
      }
      if (u != U_DAY && m->n < 0)
        out_unresolved(x, "PAST_REF");
      return;
    }
    int64_t base = annals_days_from_civil(A.y, A.m, A.d);
    if (u == U_DAY) {
      int y, mo, d;
      annals_civil_from_days(base + n, &y, &mo, &d);
      out_day(x, m, y, mo, d);
      return;
    }
    int64_t day = base + (int64_t)n * (u == U_FORTNIGHT ? 14 : 7);
    if (u == U_WEEKEND && m->sel == -2) {
      int wd = annals_weekday(base);
      if (m->dir < 0 && wd < 5)
        day -= 7;
    }
    int wy, wn;
    int64_t monday = iso_week(day, &wy, &wn);
    int k = fmt_year(v, vn, wy);
    if (u == U_WEEKEND) {
      snprintf(v + k, vn - (size_t)k, "-W%02d-WE", wn);
      when_days(&x->when, monday + 5, monday + 6);
    } else {
      snprintf(v + k, vn - (size_t)k, "-W%02d", wn);
      when_days(&x->when, monday, monday + 6);
    }
    return;
  }
  if (u == U_MONTH || u == U_QUARTER || u == U_HALFYEAR) {
    if (u == U_QUARTER && m->sel == -2 && quarter_recent(ref, m) && n == 0) {
      out_quarter(x, ref->qy, ref->qq);
      x->flags |= ANNALS_TIMEX_F_ANCHORED;
      x->flags &= ~(unsigned)ANNALS_TIMEX_F_RELATIVE;
      return;
    }
    if (u == U_QUARTER && m->sel == -2 && n == -4 && quarter_recent(ref, m)) {
      out_quarter(x, ref->qy - 1, ref->qq);
      x->flags |= ANNALS_TIMEX_F_ANCHORED;
      x->flags &= ~(unsigned)ANNALS_TIMEX_F_RELATIVE;
      return;
    }
    if (A.prec < ANNALS_PREC_MONTH) {
      out_unresolved(x, u == U_MONTH     ? "XXXX-XX"
                        : u == U_QUARTER ? "XXXX-QX"
                                         : "XXXX-HX");
      return;
    }
    if (u == U_MONTH) {
      int t = A.y * 12 + (A.m - 1) + n;
      int y = t >= 0 ? t / 12 : -((-t + 11) / 12);
      int mo = t - y * 12 + 1;
      int k = fmt_year(v, vn, y);
      snprintf(v + k, vn - (size_t)k, "-%02d", mo);
      when_point(&x->when, mkdate(y, mo, 0, ANNALS_PREC_MONTH));
      return;
    }
    if (u == U_QUARTER) {
      int q = (A.m - 1) / 3;
      if (m->sel == -2 && m->dir <= 0)
        q -= 1;
      int t = A.y * 4 + q + n;
      int y = t >= 0 ? t / 4 : -((-t + 3) / 4);
      out_quarter(x, y, t - y * 4 + 1);
      return;
    }
    int h = (A.m - 1) / 6;
    int t = A.y * 2 + h + n;
    int y = t >= 0 ? t / 2 : -((-t + 1) / 2);
    int k = fmt_year(v, vn, y);
    snprintf(v + k, vn - (size_t)k, "-H%d", t - y * 2 + 1);
    return;
  }
  if (u == U_YEAR || u == U_DECADE || u == U_CENTURY) {
    if (u == U_YEAR && !m->q && !m->half && quarter_recent(ref, m) &&
        (m->yq || (n == -1 && !m->ago && ref->qsent == m->sent))) {
      out_quarter(x, ref->qy + n, ref->qq);
      x->flags |= ANNALS_TIMEX_F_ANCHORED;
      x->flags &= ~(unsigned)ANNALS_TIMEX_F_RELATIVE;
      return;
    }
    if (A.prec < ANNALS_PREC_YEAR) {
      if (m->ago && u == U_YEAR)
        out_unresolved(x, n < 0 ? "PAST_REF" : "FUTURE_REF");
      else
        out_unresolved(x, u == U_YEAR ? "XXXX" : u == U_DECADE ? "XXX" : "XX");
      return;
    }
    if (u == U_DECADE) {
      int dcd = (A.y >= 0 ? A.y / 10 : -((-A.y + 9) / 10)) + n;
      snprintf(v, vn, "%03d", dcd);
      when_span(&x->when, mkdate(dcd * 10, 0, 0, ANNALS_PREC_YEAR),
                mkdate(dcd * 10 + 9, 0, 0, ANNALS_PREC_YEAR));
      return;
    }
    if (u == U_CENTURY) {
      int c = (A.y >= 0 ? A.y / 100 : -((-A.y + 99) / 100)) + n;
      snprintf(v, vn, "%02d", c);
      when_span(&x->when, mkdate(c * 100, 0, 0, ANNALS_PREC_YEAR),
                mkdate(c * 100 + 99, 0, 0, ANNALS_PREC_YEAR));
      return;
    }
    int y = A.y + n;
    if (m->q > 0) {
      out_quarter(x, y, m->q);
      return;
    }
    if (m->q < 0 && quarter_recent(ref, m)) {
      out_quarter(x, y, ref->qq);
      return;
    }
    if (m->half > 0) {
      int k = fmt_year(v, vn, y);
      snprintf(v + k, vn - (size_t)k, "-H%d", m->half);
      return;
    }
    fmt_year(v, vn, y);
    when_point(&x->when, mkdate(y, 0, 0, ANNALS_PREC_YEAR));
    return;
  }
  out_unresolved(x, "XXXX");
}

/* Resolves one mention into x and updates the narrative reference. */
static bool year_ok(const annals_when *w) {
  return w->start.y >= ANNALS_YEAR_MIN && w->start.y <= ANNALS_YEAR_MAX &&
         w->end.y >= ANNALS_YEAR_MIN && w->end.y <= ANNALS_YEAR_MAX;
}

/* A period resolved outside years -9999..9999 ("next year" written on
 * 9999-12-31) is no date this library can hold: the year becomes XXXX,
 * the rest of the value stays, and the period is unresolved. */
static void out_of_range(annals_timex *x) {
  const char *v = x->value;
  size_t i = v[0] == '-' ? 1 : 0;
  while (v[i] >= '0' && v[i] <= '9')
    i++;
  char b[sizeof x->value];
  snprintf(b, sizeof b, "XXXX%s", v + i);
  out_unresolved(x, b);
  x->flags &= ~(unsigned)ANNALS_TIMEX_F_RELATIVE;
}

static void resolve(annals_dates_stream *S, const mention *m, annals_timex *x) {
  memset(x, 0, sizeof *x);
  x->start = m->start + S->offset;
  x->end = m->end + S->offset;
  x->type = (annals_timex_type)m->type;
  x->flags = m->flags;
  rctx R = {S->dct, &S->ref};
  if (m->kind == MK_FIXED) {
    g_strlcpy(x->value, m->val, sizeof x->value);
    /* "the first nine months": the report now compares longer periods,
     * so "a year ago" is no longer the year-ago quarter */
    if (x->type == ANNALS_TIMEX_DURATION && x->value[0] == 'P' &&
        x->value[strlen(x->value) - 1] == 'M' && x->value[1] != 'T' &&
        atoi(x->value + 1) >= 6)
      S->ref.qq = 0;
    if (x->type == ANNALS_TIMEX_DATE && strchr(x->value, 'X') &&
        !(x->flags & ANNALS_TIMEX_F_REF))
      x->flags |= ANNALS_TIMEX_F_UNRESOLVED;
    return;
  }
  if (m->kind == MK_REL && m->after &&
      !((S->ref.explicit_year ||
         (m->later && S->ref.date.prec != ANNALS_PREC_NONE)) &&
        m->sent <= S->ref.sent + 1)) {
    /* "a day after peace talks ended", with no explicit date just before:
     * the length of time is all the text says (TimeML: DURATION plus the
     * signal "after", which stays out of the span) */
    x->type = ANNALS_TIMEX_DURATION;
    x->end = m->amount_end + S->offset;
    g_strlcpy(x->value, m->val, sizeof x->value);
    return;
  }
  if (m->kind == MK_REL)
    resolve_rel(&R, m, x);
  else
    resolve_abs(&R, m, x);
  if (m->week && x->when.start.prec == ANNALS_PREC_DAY && !x->when.interval) {
    /* "the week of March 6": the ISO week holding the day */
    const annals_date *d = &x->when.start;
    int wy, wn;
    int64_t monday =
        iso_week(annals_days_from_civil(d->y, d->m, d->d), &wy, &wn);
    int k = fmt_year(x->value, sizeof x->value, wy);
    snprintf(x->value + k, sizeof x->value - (size_t)k, "-W%02d", wn);
    when_days(&x->when, monday, monday + 6);
  }
  if (x->when.start.prec != ANNALS_PREC_NONE && !year_ok(&x->when))
    out_of_range(x);
  if (strcmp(x->value, "PAST_REF") == 0 ||
      strcmp(x->value, "FUTURE_REF") == 0) {
    x->flags |= ANNALS_TIMEX_F_REF;
    x->flags &= ~(unsigned)ANNALS_TIMEX_F_UNRESOLVED;
  }
  /* narrative reference time */
  narr *ref = &S->ref;
  if (x->when.start.prec != ANNALS_PREC_NONE && !x->when.interval &&
      m->yunit != U_DECADE && m->yunit != U_CENTURY) {
    ref->date = x->when.start;
    ref->explicit_year = m->kind == MK_ABS && m->y != NOY;
    if (m->kind == MK_ABS && (x->flags & ANNALS_TIMEX_F_NARRATIVE))
      ref->explicit_year = true;
    ref->sent = m->sent;
    ref->para = m->para;
  } else if (x->when.start.prec == ANNALS_PREC_DAY && x->when.interval) {
    ref->date = x->when.start;
    ref->explicit_year = false;
    ref->sent = m->sent;
    ref->para = m->para;
  }
  if (((m->kind == MK_ABS && m->q > 0) ||
       (m->kind == MK_REL && m->unit == U_QUARTER && m->n >= -1 && m->n <= 0) ||
       (m->kind == MK_REL && m->unit == U_YEAR && m->q > 0 && m->n == 0)) &&
      strlen(x->value) >= 7 && x->value[4] == '-' && x->value[5] == 'Q' &&
      x->value[0] != 'X') {
    /* the first quarter a report names is its subject: a side mention
     * ("after a flat second quarter") keeps it in view, not replaces it;
     * but a quarter years before the DCT ("stopped paying a dividend in
     * the third quarter of 1984") is history, and the report's own
     * quarter, named next, takes over */
    int qy = (int)strtol(x->value, NULL, 10);
    bool old = S->dct.prec != ANNALS_PREC_NONE && ref->qy < S->dct.y - 1;
    if (!quarter_recent(ref, m) || (old && qy >= S->dct.y - 1)) {
      ref->qy = qy;
      ref->qq = x->value[6] - '0';
    }
    ref->qtok = m->t0;
    ref->qsent = m->sent;
  }
}

/* ------------------------------------------------------------------ */
/* DCT inference                                                        */
/* ------------------------------------------------------------------ */

/* Words on the line of a mention outside it, and whether the line holds a
 * publication word ("Published", "Updated"...). */
static void line_context(const char *s, size_t len, const mention *m,
                         int *words, int *pub, bool *agency) {
  size_t a = m->start, b = m->end;
  while (a > 0 && s[a - 1] != '\n' && s[a - 1] != '\r')
    a--;
  while (b < len && s[b] != '\n' && s[b] != '\r')
    b++;
  *words = 0;
  *pub = 0;
  *agency = false;
  timex_lexer L = {s, b, a};
  tok t[64];
  size_t n = timex_lex(&L, t, ARRAY_SIZE(t));
  for (size_t k = 0; k < n; k++) {
    if (t[k].start >= m->start && t[k].end <= m->end)
      continue;
    if (t[k].kind == TK_WORD) {
      (*words)++;
      if (t[k].cls == C_PUBW && t[k].start < m->start)
        *pub = t[k].num;
      if (t[k].cls == C_AGENCY && t[k].start > m->start)
        *agency = true;
    }
  }
}

/* Only punctuation, spaces and the words "in", "of" between a and b. */
static bool apposed(const char *s, const mention *a, const mention *b) {
  size_t from = a->end <= b->start ? a->end : b->end;
  size_t to = a->end <= b->start ? b->start : a->start;
  if (to < from || to - from > 12)
    return false;
  for (size_t k = from; k < to; k++) {
    char c = s[k];
    if (c == ' ' || c == ',' || c == '(' || c == ')' || c == '-' || c == '\n')
      continue;
    if ((c == 'i' && k + 1 < to && s[k + 1] == 'n') ||
        (c == 'o' && k + 1 < to && s[k + 1] == 'f')) {
      k++;
      continue;
    }
    return false;
  }
  return true;
}

/* 3. A weekday told with its date ("on Sunday (Jan 8)", "Friday, May
 * 7"), in a text that states a year: the weekday fixes the year (the
 * first, from the latest year stated on, whose date falls on that
 * weekday), and news tells the days of its own week, so the document is
 * of the latest such day (or soon after).  Returns false when the text
 * has no such pair or states no year. */
static bool weekday_dct(annals_dates_stream *S, const char *s,
                        const mention *ms, size_t n) {
  int ylatest = NOY;
  for (size_t i = 0; i < n; i++)
    if (ms[i].kind == MK_ABS && ms[i].y != NOY && !ms[i].yunit &&
        ms[i].dir <= 0 && (ylatest == NOY || ms[i].y > ylatest))
      ylatest = ms[i].y;
  if (ylatest == NOY || ylatest < ANNALS_YEAR_MIN || ylatest > ANNALS_YEAR_MAX - 7)
    return false;
  int64_t best = INT64_MIN;
  const mention *from = NULL;
  for (size_t i = 0; i < n; i++) {
    const mention *m = &ms[i], *dm = NULL;
    if (m->kind != MK_ABS || !m->wd || m->y != NOY)
      continue;
    if (m->m && m->d > 0)
      dm = m;
    for (size_t j = i >= 1 ? i - 1 : 0; !dm && j < n && j <= i + 1; j++)
      if (j != i && ms[j].kind == MK_ABS && ms[j].m && ms[j].d > 0 &&
          ms[j].y == NOY && !ms[j].wd && ms[j].sent == m->sent &&
          apposed(s, m, &ms[j]))
        dm = &ms[j];
    if (!dm)
      continue;
    for (int y = ylatest; y <= ylatest + 6; y++) {
      if (dm->d > annals_days_in_month(y, dm->m))
        continue;
      int64_t day = annals_days_from_civil(y, dm->m, dm->d);
      if (annals_weekday(day) + 1 != m->wd)
        continue;
      if (day > best) {
        best = day;
        from = m;
      }
      break;
    }
  }
  if (!from)
    return false;
  int y, mo, d;
  annals_civil_from_days(best, &y, &mo, &d);
  S->dct = mkdate(y, mo, d, ANNALS_PREC_DAY);
  S->how = ANNALS_DCT_INFERRED;
  char q[80];
  snprintf(S->note, sizeof S->note,
           "weekday and date '%s' in a text that states %d",
           annals_quote(s + from->start, from->end - from->start, q, sizeof q),
           ylatest);
  return true;
}

static void infer_dct(annals_dates_stream *S, const char *s, size_t len,
                      const mention *ms, size_t n) {
  char q[80];
  /* 1. a dateline or publication line near the top */
  const mention *best = NULL;
  int best_rank = 0;
  for (size_t i = 0; i < n && ms[i].start < 2000; i++) {
    const mention *m = &ms[i];
    if (m->kind != MK_ABS || !m->m || m->d <= 0 || m->yunit)
      continue;
    int words, pub;
    bool agency;
    line_context(s, len, m, &words, &pub, &agency);
    int rank = 0;
    if (pub && m->y != NOY)
      rank = 3;
    else if (agency)
      rank = 2;
    else if ((words <= 4 || (m->wd && m->start < 400)) && m->y != NOY)
      rank = 1; /* a short line, or a full date with its weekday at the
                   top ("Sunday July 11, 2021, in Havana") */
    if (rank > best_rank) {
      best = m;
      best_rank = rank;
    }
    if (rank == 3)
      break;
  }
  if (best && best->y == NOY) {
    /* "WASHINGTON, May 27 (Reuters) -": the year is the latest one the
     * text states outside future-tense sentences */
    int y = NOY;
    for (size_t i = 0; i < n; i++)
      if (ms[i].kind == MK_ABS && ms[i].y != NOY && !ms[i].yunit &&
          ms[i].dir <= 0 && (y == NOY || ms[i].y > y))
        y = ms[i].y;
    if (y != NOY && best->d <= annals_days_in_month(y, best->m)) {
      S->dct = mkdate(y, best->m, best->d, ANNALS_PREC_DAY);
      S->how = ANNALS_DCT_DATELINE;
      snprintf(
          S->note, sizeof S->note,
          "dateline '%s' at byte %zu, year %d from the text",
          annals_quote(s + best->start, best->end - best->start, q, sizeof q),
          best->start + S->offset, y);
      return;
    }
  }
  if (best && best->y != NOY) {
    S->dct = mkdate(best->y, best->m, best->d, ANNALS_PREC_DAY);
    S->how = ANNALS_DCT_DATELINE;
    snprintf(
        S->note, sizeof S->note, "%s '%s' at byte %zu",
        best_rank == 3 ? "publication line" : "dateline",
        annals_quote(s + best->start, best->end - best->start, q, sizeof q),
        best->start + S->offset);
    return;
  }
  /* 2. consistent pairs: an explicit date and a relative one that name
   * the same period in one sentence ("in January 2024, last year") */
  int votes_y[8] = {0}, years[8] = {0}, nv = 0, total = 0;
  const mention *ex = NULL;
  for (size_t i = 0; i < n; i++) {
    const mention *r = &ms[i];
    if (r->kind != MK_REL || r->anchor != A_DCT || r->type != 0)
      continue;
    if (r->unit != U_YEAR && r->unit != U_MONTH)
      continue;
    for (size_t j = i >= 3 ? i - 3 : 0; j < n && j <= i + 3; j++) {
      const mention *a = &ms[j];
      if (j == i || a->kind != MK_ABS || a->y == NOY || a->yunit ||
          a->sent != r->sent || a->wd)
        continue;
      /* the two must name the same period: side by side, with only
       * punctuation or "in"/"of" between ("in January 2024, last year",
       * "last year (2024)") */
      if (a->q || a->half || a->season || !apposed(s, a, r))
        continue;
      long long c;
      if (r->unit == U_YEAR)
        c = (long long)a->y - r->n;
      else if (a->m)
        c = ((long long)a->y * 12 + a->m - 1 - r->n) / 12;
      else
        continue;
      /* "2021, 22222 years ago" names no document year */
      if (c < ANNALS_YEAR_MIN || c > ANNALS_YEAR_MAX)
        continue;
      int cand = (int)c;
      total++;
      int k;
      for (k = 0; k < nv && years[k] != cand; k++)
        ;
      if (k == nv && nv < 8) {
        years[nv] = cand;
        votes_y[nv++] = 0;
      }
      if (k < 8)
        votes_y[k]++;
      ex = a;
      break;
    }
  }
  if (total > 0) {
    int bk = 0;
    for (int k = 1; k < nv; k++)
      if (votes_y[k] > votes_y[bk])
        bk = k;
    if (votes_y[bk] * 3 >= total * 2) {
      S->dct = mkdate(years[bk], 0, 0, ANNALS_PREC_YEAR);
      S->how = ANNALS_DCT_INFERRED;
      snprintf(S->note, sizeof S->note,
               "year %d from %d of %d date pair(s) such as '%s'", years[bk],
               votes_y[bk], total,
               annals_quote(s + ex->start, ex->end - ex->start, q, sizeof q));
      return;
    }
  }
  if (weekday_dct(S, s, ms, n))
    return;
  S->how = ANNALS_DCT_NONE;
  g_strlcpy(S->note,
            "no dateline and no consistent date pairs: relative "
            "expressions left unresolved",
            sizeof S->note);
}

/* ------------------------------------------------------------------ */
/* Driver                                                               */
/* ------------------------------------------------------------------ */

/* Words after which a period does not end a sentence. */
static bool abbrev_word(const char *s, const tok *t) {
  /* zero-padded to 8 bytes, so a word compares as one 64-bit load */
  static const char ab[][8] = {
      "mr",   "mrs",  "ms",     "dr",   "st",   "gen",  "sen",  "rep",
      "gov",  "lt",   "col",    "jr",   "sr",   "inc",  "corp", "co",
      "ltd",  "no",   "vs",     "prof", "sgt",  "capt", "maj",  "adm",
      "rev",  "mt",   "ft",     "jan",  "feb",  "mar",  "apr",  "jun",
      "jul",  "aug",  "sep",    "sept", "oct",  "nov",  "dec",  "est",
      "pres", "supt", "messrs", "bros", "dept", "univ", "assn"};
  size_t n = t->end - t->start;
  if (n == 1)
    return true;
  if (n > 6)
    return false;
  char w[8] = {0};
  for (size_t k = 0; k < n; k++)
    w[k] = (char)(s[t->start + k] | 0x20);
  /* letters that begin an abbreviation of the list */
  if (!strchr("abcdefgijlmnoprsuv", w[0]))
    return false;
  for (size_t i = 0; i < ARRAY_SIZE(ab); i++)
    if (ab[i][0] == w[0] && memcmp(ab[i], w, 8) == 0)
      return true;
  return false;
}

static void number_tokens(annals_dates_stream *S, const char *s, tok *t,
                          size_t n) {
  for (size_t k = 0; k < n; k++) {
    if (t[k].nl >= 2) {
      S->para++;
      S->sent++;
    } else if (S->prev_punct && !S->prev_abbrev &&
               (S->prev_ch == '.' || S->prev_ch == '!' || S->prev_ch == '?') &&
               t[k].sp && (t[k].cap || t[k].nl || t[k].kind == TK_PUNCT)) {
      S->sent++;
    } else if (t[k].nl && !S->prev_punct && t[k].cap) {
      /* a headline line without a final stop */
    }
    t[k].sent = S->sent;
    t[k].para = S->para;
    if (t[k].kind == TK_PUNCT && t[k].ch == '.')
      S->prev_abbrev = k > 0 && !t[k].sp && t[k - 1].kind == TK_WORD &&
                       abbrev_word(s, &t[k - 1]);
    S->prev_punct = t[k].kind == TK_PUNCT;
    S->prev_ch = t[k].ch;
  }
}

/* Tokens that may open an expression; the others are skipped at once. */
static bool can_start(const tok *t) {
  switch (t->kind) {
  case TK_NUM:
    return true;
  case TK_PUNCT:
    return t->ch == '\'';
  case TK_WORD:
    switch (t->cls) {
    case C_NONE:
      return t->len == 1 && t->cap;
    case C_PREP:
      return t->num == PR_AT; /* "at least" */
    case C_ORDSUF:
    case C_OF:
    case C_AND:
    case C_OR:
    case C_TO:
    case C_S:
    case C_SO:
    case C_TZ:
    case C_AMPM:
    case C_OCLOCK:
    case C_CLOCK:
    case C_FUT:
    case C_PASTV:
    case C_BLOCK:
    case C_PUBW:
    case C_AGENCY:
    case C_THAN:
    case C_LEAST:
    case C_PERIOD:
    case C_TERM:
    case C_TIMEW:
    case C_WHILE:
    case C_EVE:
    case C_TRADING:
    case C_CALENDAR:
    case C_TIMES:
    case C_PART:
    case C_PARTS:
      return false;
    default:
      return true;
    }
  default:
    return false;
  }
}

/* Function words that open an expression only before a date word or a
 * number ("the year", "a week", "this Friday"); before a plain word ("the
 * government") they are skipped without trying the grammar. */
static bool quick_reject(const win *W, size_t i) {
  const tok *t = &W->t[i];
  if (t->kind == TK_NUM) {
    /* "$27", "40 kilometres": money and counts of things (years, which
     * may precede a noun, are kept) */
    if (i > 0 && !t->sp && W->t[i - 1].kind == TK_PUNCT &&
        W->t[i - 1].ch == '$')
      return true;
    if (t->ndig == 4 || i + 1 >= W->n)
      return false;
    const tok *u = &W->t[i + 1];
    return u->kind == TK_WORD && u->cls == C_NONE && u->len > 1 && !u->cap &&
           u->sp;
  }
  if (t->kind != TK_WORD)
    return false;
  switch (t->cls) {
  case C_THE:
  case C_A:
  case C_REL:
  case C_SOME:
  case C_APPROX:
  case C_MORE:
  case C_NO:
  case C_UP:
  case C_EDGE:
  case C_SHIFT:
  case C_FEW:
  case C_HALF:
  case C_TIMESW:
    break;
  default:
    return false;
  }
  if (i + 1 >= W->n)
    return false;
  const tok *u = &W->t[i + 1];
  return u->kind == TK_WORD && u->cls == C_NONE && !(u->len == 1 && u->cap);
}

static void scan_piece(annals_dates_stream *S, const char *text, size_t len,
                       GArray *ms) {
  timex_lexer L = {text, len, 0};
  win W = {text, S->buf, 0, S->tokens, S->opts.day_first, 0};
  size_t i = 0;
  bool eof = false;
  for (;;) {
    if (!eof && W.n - i < LOOK) {
      size_t keep = i > LOOK ? i - LOOK : 0;
      if (keep) {
        memmove(W.t, W.t + keep, (W.n - keep) * sizeof *W.t);
        W.n -= keep;
        i -= keep;
        W.base += keep;
      }
      size_t got = timex_lex(&L, W.t + W.n, WIN - W.n);
      number_tokens(S, text, W.t + W.n, got);
      W.n += got;
      eof = L.pos >= len;
    }
    if (i >= W.n)
      break;
    if (!can_start(&W.t[i]) || quick_reject(&W, i)) {
      i++;
      continue;
    }
    mention m;
    W.i0 = i;
    size_t e = m_expr(&W, i, &m);
    if (!e) {
      i++;
      continue;
    }
    m.start = W.t[i].start;
    m.end = W.t[e - 1].end;
    m.t0 = W.base + i;
    m.t1 = W.base + e;
    m.sent = W.t[i].sent;
    m.para = W.t[i].para;
    m.initial = i == 0 || W.t[i - 1].sent != m.sent ||
                (i >= 2 && W.t[i - 2].sent != m.sent &&
                 W.t[i - 1].kind == TK_WORD && W.t[i - 1].cls == C_PREP);
    /* the tense matters only where a year or a day must be chosen */
    if ((m.kind == MK_ABS && m.y == NOY) ||
        (m.kind == MK_REL && (m.sel == -2 || m.unit == U_WEEKEND)))
      m.dir = (int8_t)tense(&W, i, e, m.m != 0 && m.d == 0);
    g_array_append_val(ms, m);
    i = e;
  }
  S->tokens = W.base + W.n;
}

annals_dates_stream *annals_dates_stream_new(const annals_dates_opts *o) {
  timex_lex_init();
  annals_dates_stream *S = g_new0(annals_dates_stream, 1);
  if (o)
    S->opts = *o;
  S->buf = g_new(tok, WIN);
  return S;
}

void annals_dates_stream_free(annals_dates_stream *s) {
  if (!s)
    return;
  g_free(s->buf);
  g_free(s);
}

annals_status annals_dates_stream_feed(annals_dates_stream *S, const char *text,
                                       size_t len, annals_timexes *out,
                                       annals_diags *d) {
  (void)d;
  if (!S || !out || (!text && len))
    return ANNALS_ERR_ARG;
  GArray *ms = g_array_new(FALSE, FALSE, sizeof(mention));
  scan_piece(S, text, len, ms);
  const mention *mv = (const mention *)(void *)ms->data;
  if (!S->started) {
    S->started = true;
    if (S->opts.dct.prec != ANNALS_PREC_NONE) {
      S->dct = S->opts.dct;
      S->how = ANNALS_DCT_GIVEN;
      char b[16];
      annals_date_format(&S->dct, b, sizeof b);
      snprintf(S->note, sizeof S->note, "%s from --dct", b);
    } else {
      infer_dct(S, text, len, mv, ms->len);
    }
  }
  for (size_t k = 0; k < ms->len; k++) {
    ANNALS_GROW(out->items, out->n, out->cap);
    resolve(S, &mv[k], &out->items[out->n]);
    out->n++;
  }
  out->dct = S->dct;
  out->dct_how = S->how;
  g_strlcpy(out->dct_note, S->note, sizeof out->dct_note);
  S->offset += len;
  g_array_free(ms, TRUE);
  return ANNALS_OK;
}

annals_status annals_dates_find(const char *text, size_t len,
                                const annals_dates_opts *o, annals_timexes *out,
                                annals_diags *d) {
  if (!out || (!text && len))
    return ANNALS_ERR_ARG;
  annals_dates_stream *S = annals_dates_stream_new(o);
  annals_status st = annals_dates_stream_feed(S, text, len, out, d);
  annals_dates_stream_free(S);
  return st;
}

void annals_timexes_init(annals_timexes *x) { memset(x, 0, sizeof *x); }

void annals_timexes_release(annals_timexes *x) {
  if (!x)
    return;
  g_free(x->items);
  memset(x, 0, sizeof *x);
}

const char *annals_timex_type_name(annals_timex_type t) {
  switch (t) {
  case ANNALS_TIMEX_DATE:
    return "DATE";
  case ANNALS_TIMEX_TIME:
    return "TIME";
  case ANNALS_TIMEX_DURATION:
    return "DURATION";
  case ANNALS_TIMEX_SET:
    return "SET";
  }
  return "DATE";
}
