/*
 * dates/month.c - calendar dates: month names ("May 9, 2025", "May
 * 2025"), day-month ("9 May"), numeric dates (2025-05-09, 05/09/2025),
 * "the week of March 6" and holidays.
 */
#include "dates/dates.h"

/* "[of] last year", "this year", "next year" after a partial date. */
size_t tx_year_rel(const win *W, size_t j, mention *m) {
  size_t k = j;
  if (is_w(W, k, C_OF) || is_p(W, k, ','))
    k++;
  if (is_w(W, k, C_REL) && is_w(W, k + 1, C_UNIT) && wval(W, k + 1) == U_YEAR &&
      !W->t[k + 1].val2) {
    int r = wval(W, k);
    if (r == R_LAST || r == R_THIS || r == R_NEXT) {
      m->yrel_set = true;
      m->deictic = true;
      m->yrel = r == R_LAST ? -1 : r == R_NEXT ? 1 : 0;
      return k + 2;
    }
  }
  return j;
}

/* Month-name dates: "May 9", "May 9, 2025", "May 2025", "May of 2025",
 * "Sept. 9th", "March eighth", and "May" alone where safe. */
size_t tx_month(const win *W, size_t i, mention *m, bool ctx_ok) {
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
    j = tx_skip_dot(W, j);
  int day, y;
  size_t e;
  /* Month Day [,] [Year] */
  if ((e = tx_day(W, j, &day, false)) && cont(W, j)) {
    if (W->t[j].kind == TK_NUM && tight(W, j) && !abbr)
      return 0; /* "May9"? unusual; refuse */
    m->m = mon;
    m->d = day;
    size_t k = e;
    if (is_p(W, k, ','))
      k++;
    size_t ye = tx_year(W, k, &y, true);
    if (ye) {
      m->y = y;
      e = ye;
    }
    if (day > annals_days_in_month(m->y == NOY ? 2000 : m->y, mon))
      return 0;
    if (m->y == NOY)
      e = tx_year_rel(W, e, m);
    return tx_date_then_clock(W, e, m);
  }
  /* Month [of|,] Year */
  size_t k = j;
  if (is_w(W, k, C_OF) || is_p(W, k, ','))
    k++;
  size_t ye = tx_year(W, k, &y, true);
  if (!ye)
    ye = tx_year_words(W, k, &y);
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
  return tx_year_rel(W, j, m);
}

/* Day Month [Year]: "9 May", "9th of May 2025", "the ninth of May". */
size_t tx_day_month(const win *W, size_t i, mention *m) {
  int day, y;
  size_t e = tx_day(W, i, &day, false);
  if (!e)
    return 0;
  if (W->t[i].kind == TK_NUM && tx_num_attached(W, i))
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
    k = tx_skip_dot(W, k);
  if (day > annals_days_in_month(2000, mon))
    return 0;
  m->m = mon;
  m->d = day;
  size_t k2 = k;
  if (is_p(W, k2, ','))
    k2++;
  size_t ye = tx_year(W, k2, &y, true);
  if (ye) {
    m->y = y;
    k = ye;
    if (day > annals_days_in_month(y, mon))
      return 0;
  }
  return tx_date_then_clock(W, k, m);
}

/* The time of an ISO 8601 stamp from its 'T' at token e ("T14:30",
 * "T10:32:00Z", "T10:32:00.000+01:00"): the hour and minute, and the end
 * of the stamp (seconds, fractions and the zone are read over). */
static size_t iso_time(const win *W, size_t e, mention *m) {
  size_t k = e + 1;
  int h = W->t[k].num;
  if (h > 23 || !is_p(W, k + 1, ':') || !tight(W, k + 1) ||
      !is_num(W, k + 2) || !tight(W, k + 2) || W->t[k + 2].ndig != 2 ||
      W->t[k + 2].num > 59)
    return e; /* the date alone */
  m->hour = h;
  m->min = W->t[k + 2].num;
  m->type = ANNALS_TIMEX_TIME;
  k += 3;
  for (size_t n = 0; n < 8 && cont(W, k) && tight(W, k); n++, k++) {
    const tok *t = &W->t[k];
    bool part = t->kind == TK_NUM ||
                (t->kind == TK_PUNCT &&
                 (t->ch == ':' || t->ch == '.' || t->ch == '+' ||
                  t->ch == '-') &&
                 tight(W, k + 1) && is_num(W, k + 1)) ||
                (t->kind == TK_WORD && t->len == 1 &&
                 (t->ch == 'z' || t->ch == 'Z'));
    if (!part)
      break;
  }
  return k;
}

/* Numeric dates: 2025-05-09, 2025/05/09, 05/09/2025, 5/9/25, 09.05.2025.
 * Slashed dates with the year last are month first unless day_first;
 * dotted ones are day first (European use); either yields when its
 * month would be past 12. */
size_t tx_numeric(const win *W, size_t i, mention *m) {
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
  /* an ISO 8601 stamp: the time glued on by a 'T' ("2025-05-09T14:30") */
  bool iso_t = a->ndig == 4 && sep == '-' && tight(W, e) &&
               is_w(W, e, C_NONE) && W->t[e].len == 1 &&
               (W->t[e].ch == 't' || W->t[e].ch == 'T') && tight(W, e + 1) &&
               is_num(W, e + 1) && W->t[e + 1].ndig == 2;
  if (tight(W, e) && W->t[e].kind != TK_PUNCT && !iso_t)
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
    /* (a reading that names no month yields to the other: 19/04/2023 is
     * the 19th of April, 04/19/2023 the 19th of April too) */
    if (!dayfirst && a->num > 12 && b->num >= 1 && b->num <= 12)
      dayfirst = true;
    else if (dayfirst && b->num > 12 && a->num >= 1 && a->num <= 12)
      dayfirst = false;
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
  if (iso_t)
    return iso_time(W, e, m);
  return tx_date_then_clock(W, e, m);
}

/* "the week of March 6" with "week" at word k: the ISO week holding that
 * day.  Fills m and returns the end word, or 0 when it is not that. */
size_t tx_week_of_day(const win *W, size_t k, mention *m) {
  if (wval(W, k) != U_WEEK || !is_w(W, k + 1, C_OF) ||
      !(is_w(W, k + 2, C_MONTH) || is_num(W, k + 2)))
    return 0;
  mention d;
  tx_init(&d);
  size_t de = tx_core(W, k + 2, &d, 1);
  if (!de || d.kind != MK_ABS || !d.m || d.d <= 0 || d.wd || d.hour >= 0 ||
      d.part)
    return 0;
  *m = d;
  m->week = 1;
  return de;
}

/* Holidays: "Christmas", "Christmas Eve", "Thanksgiving Day, 2024",
 * "Halloween". */
size_t tx_holiday(const win *W, size_t i, mention *m) {
  const tok *t = &W->t[i];
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
  size_t ye = tx_year(W, k, &y, true);
  if (ye) {
    m->y = y;
    j = ye;
  }
  return j;
}
