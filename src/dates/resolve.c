/*
 * dates/resolve.c - resolution: a mention becomes a TIMEX3 value and a
 * calendar period, against the document date (DCT) or the narrative
 * reference time, which it then updates.
 */
#include "dates/dates.h"

static const char *const season_code[] = {"", "SP", "SU", "FA", "WI"};

/* The year of a partial date around a base date (the DCT, or the story's
 * date for "the following spring"): by the selector ("last April"), the
 * tense, or the nearest occurrence. */
static void year_around(const annals_date *base, const mention *m, int *y,
                        unsigned *flags) {
  int dy = base->y;
  if (base->prec == ANNALS_PREC_YEAR) {
    *y = dy + (m->has_sel ? m->sel : 0);
    return;
  }
  /* positions in the year, in half-months: target [a, b], base c */
  int a, b, c;
  int dm = base->m, dd = base->prec == ANNALS_PREC_DAY ? base->d : 15;
  if (m->season) {
    int cur = tx_season_of_month(dm);
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
    return;
  }
  int dir = m->dir;
  if (m->q || m->half) {
    /* quarters are reported after they end: "third-quarter profit" in
     * November is this year's, even in "expects third-quarter..." */
    if (dir > 0)
      *y = a >= c - 1 ? dy : dy + 1;
    else
      *y = a <= c ? dy : dy - 1;
    return;
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
}

/* The story's time is in view and carries a year the text stated (or
 * took from the story). */
static bool story_in_view(const narr *ref) {
  return ref->date.prec != ANNALS_PREC_NONE && ref->explicit_year;
}

/* In news, a date with its year and at least its month stated in the
 * same sentence, or in the sentence just before when the expression opens
 * its own ("On March 3, 1990, ... On May 9, ..."), still lends its year.
 * A bare year ("up from 1988") does not. */
static bool story_next_to(const rctx *R, const mention *m) {
  const narr *ref = R->ref;
  const annals_date *dct = &R->dct;
  return ref->date.prec >= ANNALS_PREC_MONTH && ref->explicit_year &&
         m->para == ref->para &&
         (m->sent == ref->sent || (m->sent == ref->sent + 1 && m->initial &&
                                   ref->date.prec == ANNALS_PREC_DAY)) &&
         !(m->q || m->half) && m->dir <= 0 && ref->date.y < dct->y;
}

/* "She received the Nobel Peace Prize in 1991. ...  In the early hours
 * of February 1, the army said": a month and day with no year, in a
 * paragraph that states no year of its own, that falls in the week up to
 * the DCT in the DCT's year is the news's own day, not a day of the
 * background story before it. */
static bool days_before_dct(const rctx *R, const mention *m) {
  const annals_date *dct = &R->dct;
  if (dct->prec != ANNALS_PREC_DAY || !m->m || !m->d || m->y != NOY ||
      m->para == R->ref->para)
    return false;
  int64_t d = annals_days_from_civil(dct->y, m->m, m->d);
  int64_t t = annals_days_from_civil(dct->y, dct->m, dct->d);
  return d <= t && d >= t - 7;
}

/* Marks x as resolved against the story's time. */
static void anchored(const narr *ref, annals_timex *x, unsigned more) {
  x->flags |= ANNALS_TIMEX_F_ANCHORED | more;
  x->anchor = ref->start;
}

/* The year of a partial date (month, month-day, quarter, season): the
 * story's year in a stretch told as a story (anchor.c), else from the
 * DCT.  Returns false when none can be chosen. */
static bool choose_year(const rctx *R, const mention *m, int *y,
                        annals_timex *x) {
  const narr *ref = R->ref;
  if (!m->has_sel && story_in_view(ref) &&
      ((m->story && !m->deictic && !m->ahead && !days_before_dct(R, m)) ||
       story_next_to(R, m))) {
    *y = ref->date.y;
    anchored(ref, x, ANNALS_TIMEX_F_NARRATIVE);
    return true;
  }
  if (m->has_sel && m->anchor == A_NARR && story_in_view(ref)) {
    /* "the following spring", "that same summer" */
    year_around(&ref->date, m, y, &x->flags);
    anchored(ref, x, ANNALS_TIMEX_F_NARRATIVE);
    return true;
  }
  if (R->dct.prec == ANNALS_PREC_NONE)
    return false;
  x->flags |= ANNALS_TIMEX_F_RELATIVE;
  year_around(&R->dct, m, y, &x->flags);
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
  /* "condemned Sunday's coup": the possessive's day by the tense when
   * the clause is clearly past; else the nearest such day, the past one
   * on a tie */
  if (m->sel == -3 && m->dir < 0)
    return base - back;
  return fwd < back ? base + fwd : base - back;
}

bool tx_quarter_recent(const narr *ref, const mention *m) {
  /* an earnings report keeps its quarter in view for a few paragraphs */
  return ref->qq > 0 && m->t0 >= ref->qtok && m->t0 - ref->qtok <= 400;
}

static void resolve_abs(const rctx *R, const mention *m, annals_timex *x) {
  char *v = x->value;
  size_t vn = sizeof x->value;
  if (m->yunit == U_DECADE) {
    snprintf(v, vn, "%03d", m->y);
    tx_when_span(&x->when, tx_mkdate(m->y * 10, 0, 0, ANNALS_PREC_YEAR),
              tx_mkdate(m->y * 10 + 9, 0, 0, ANNALS_PREC_YEAR));
    return;
  }
  if (m->yunit == U_CENTURY) {
    snprintf(v, vn, "%02d", m->y);
    tx_when_span(&x->when, tx_mkdate(m->y * 100, 0, 0, ANNALS_PREC_YEAR),
              tx_mkdate(m->y * 100 + 99, 0, 0, ANNALS_PREC_YEAR));
    return;
  }
  /* a weekday without a date */
  if (m->wd && !m->m) {
    annals_date base = R->dct;
    if ((m->anchor == A_NARR || m->story) &&
        R->ref->date.prec == ANNALS_PREC_DAY) {
      /* "the following Monday", "on Friday" in a story */
      base = R->ref->date;
      anchored(R->ref, x, 0);
    } else {
      x->flags |= ANNALS_TIMEX_F_RELATIVE;
    }
    if (base.prec != ANNALS_PREC_DAY) {
      char b[40];
      snprintf(b, sizeof b, "XXXX-WXX-%d", m->wd);
      tx_out_unresolved(x, b);
      if (m->hour >= 0 || m->part) {
        tx_fmt_time(x->value, sizeof x->value, m);
        x->type = ANNALS_TIMEX_TIME;
      }
      return;
    }
    int64_t day = weekday_day(annals_days_from_civil(base.y, base.m, base.d), m,
                              &x->flags);
    int y, mo, d;
    annals_civil_from_days(day, &y, &mo, &d);
    tx_out_day(x, m, y, mo, d);
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
      tx_out_unresolved(x, "XXXX");
      return;
    }
    if (!choose_year(R, m, &y, x)) {
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
      tx_out_unresolved(x, b);
      if (m->d > 0 && (m->hour >= 0 || m->part)) {
        tx_fmt_time(x->value, sizeof x->value, m);
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
  int k = tx_fmt_year(v, vn, y);
  if (m->m) {
    int d = m->d;
    if (d == -4) { /* fourth Thursday of November */
      int64_t first = annals_days_from_civil(y, 11, 1);
      int wd = annals_weekday(first);
      d = 1 + (3 - wd + 7) % 7 + 21;
    }
    if (d > 0 && d <= annals_days_in_month(y, m->m)) {
      tx_out_day(x, m, y, m->m, d);
      return;
    }
    snprintf(v + k, vn - (size_t)k, "-%02d", m->m);
    tx_when_point(&x->when, tx_mkdate(y, m->m, 0, ANNALS_PREC_MONTH));
    return;
  }
  if (m->q < 0) {
    /* "the 1988 period": the quarter under discussion, in that year */
    if (tx_quarter_recent(R->ref, m))
      tx_out_quarter(x, y, R->ref->qq);
    else
      tx_when_point(&x->when, tx_mkdate(y, 0, 0, ANNALS_PREC_YEAR));
    return;
  }
  if (m->q) {
    tx_out_quarter(x, y, m->q);
    return;
  }
  if (m->half) {
    snprintf(v + k, vn - (size_t)k, "-H%d", m->half);
    tx_when_span(&x->when, tx_mkdate(y, 6 * m->half - 5, 0, ANNALS_PREC_MONTH),
              tx_mkdate(y, 6 * m->half, 0, ANNALS_PREC_MONTH));
    return;
  }
  if (m->season) {
    snprintf(v + k, vn - (size_t)k, "-%s", season_code[m->season]);
    int sm = tx_month_of_season(m->season);
    int ey = m->season == S_WI ? y + 1 : y;
    int em = m->season == S_WI ? 2 : sm + 2;
    tx_when_span(&x->when, tx_mkdate(y, sm, 0, ANNALS_PREC_MONTH),
              tx_mkdate(ey, em, 0, ANNALS_PREC_MONTH));
    return;
  }
  tx_when_point(&x->when, tx_mkdate(y, 0, 0, ANNALS_PREC_YEAR));
}

/* The base of a relative mention: the narrative reference time for
 * "the next day", "two weeks later" when one is in view and precise
 * enough, else the DCT. */
static annals_date rel_base(const rctx *R, const mention *m, annals_timex *x) {
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
  /* in a story, "the end of the month", "the year" are the story's */
  bool story = m->story && !m->deictic && m->anchor == A_DCT;
  /* "that same day" after a month the text named: a day of that month */
  bool in_month = m->anchor == A_NARR && near && m->unit == U_DAY &&
                  m->n == 0 && ref->date.prec == ANNALS_PREC_MONTH;
  if (((m->anchor == A_NARR && near) || story) &&
      ref->date.prec != ANNALS_PREC_NONE &&
      (ref->date.prec >= need || R->dct.prec < need || story || in_month)) {
    A = ref->date;
    anchored(ref, x, story ? ANNALS_TIMEX_F_NARRATIVE : 0);
  } else {
    x->flags |= ANNALS_TIMEX_F_RELATIVE;
  }
  return A;
}

/* Days, weeks, fortnights and weekends from the base day A. */
static void rel_days(const mention *m, annals_date A, annals_timex *x) {
  char *v = x->value;
  size_t vn = sizeof x->value;
  int u = m->unit == U_NIGHT ? U_DAY : m->unit, n = m->n;
  if (A.prec == ANNALS_PREC_MONTH && u == U_DAY && n == 0 && m->hour < 0 &&
      !m->part) {
    int k = tx_fmt_year(v, vn, A.y);
    snprintf(v + k, vn - (size_t)k, "-%02d-XX", A.m);
    tx_when_point(&x->when, A);
    return;
  }
  if (A.prec != ANNALS_PREC_DAY) {
    if (u == U_DAY) {
      tx_out_unresolved(x, "XXXX-XX-XX");
      if (m->hour >= 0 || m->part) {
        tx_fmt_time(x->value, sizeof x->value, m);
        x->type = ANNALS_TIMEX_TIME;
      }
    } else {
      tx_out_unresolved(x, u == U_WEEKEND ? "XXXX-WXX-WE" : "XXXX-WXX");
    }
    if (u != U_DAY && m->n < 0)
      tx_out_unresolved(x, "PAST_REF");
    return;
  }
  int64_t base = annals_days_from_civil(A.y, A.m, A.d);
  if (u == U_DAY) {
    int y, mo, d;
    annals_civil_from_days(base + n, &y, &mo, &d);
    tx_out_day(x, m, y, mo, d);
    return;
  }
  int64_t day = base + (int64_t)n * (u == U_FORTNIGHT ? 14 : 7);
  if (u == U_WEEKEND && m->sel == -2) {
    int wd = annals_weekday(base);
    if (m->dir < 0 && wd < 5)
      day -= 7;
  }
  int wy, wn;
  int64_t monday = tx_iso_week(day, &wy, &wn);
  int k = tx_fmt_year(v, vn, wy);
  if (u == U_WEEKEND) {
    snprintf(v + k, vn - (size_t)k, "-W%02d-WE", wn);
    tx_when_days(&x->when, monday + 5, monday + 6);
  } else {
    snprintf(v + k, vn - (size_t)k, "-W%02d", wn);
    tx_when_days(&x->when, monday, monday + 6);
  }
  return;
}

/* Months, quarters and halves from the base month of A. */
static void rel_months(const rctx *R, const mention *m, annals_date A,
                       annals_timex *x) {
  const narr *ref = R->ref;
  char *v = x->value;
  size_t vn = sizeof x->value;
  int u = m->unit, n = m->n;
  if (u == U_QUARTER && m->sel == -2 && tx_quarter_recent(ref, m) && n == 0) {
    tx_out_quarter(x, ref->qy, ref->qq);
    x->flags |= ANNALS_TIMEX_F_ANCHORED;
    x->flags &= ~(unsigned)ANNALS_TIMEX_F_RELATIVE;
    return;
  }
  if (u == U_QUARTER && m->sel == -2 && n == -4 && tx_quarter_recent(ref, m)) {
    tx_out_quarter(x, ref->qy - 1, ref->qq);
    x->flags |= ANNALS_TIMEX_F_ANCHORED;
    x->flags &= ~(unsigned)ANNALS_TIMEX_F_RELATIVE;
    return;
  }
  if (A.prec < ANNALS_PREC_MONTH) {
    tx_out_unresolved(x, u == U_MONTH     ? "XXXX-XX"
                      : u == U_QUARTER ? "XXXX-QX"
                                       : "XXXX-HX");
    return;
  }
  if (u == U_MONTH) {
    int t = A.y * 12 + (A.m - 1) + n;
    int y = t >= 0 ? t / 12 : -((-t + 11) / 12);
    int mo = t - y * 12 + 1;
    int k = tx_fmt_year(v, vn, y);
    snprintf(v + k, vn - (size_t)k, "-%02d", mo);
    tx_when_point(&x->when, tx_mkdate(y, mo, 0, ANNALS_PREC_MONTH));
    return;
  }
  if (u == U_QUARTER) {
    int q = (A.m - 1) / 3;
    if (m->sel == -2 && m->dir <= 0)
      q -= 1;
    int t = A.y * 4 + q + n;
    int y = t >= 0 ? t / 4 : -((-t + 3) / 4);
    tx_out_quarter(x, y, t - y * 4 + 1);
    return;
  }
  int h = (A.m - 1) / 6;
  int t = A.y * 2 + h + n;
  int y = t >= 0 ? t / 2 : -((-t + 1) / 2);
  int k = tx_fmt_year(v, vn, y);
  snprintf(v + k, vn - (size_t)k, "-H%d", t - y * 2 + 1);
  return;
}

/* Years, decades and centuries from the base year of A. */
static void rel_years(const rctx *R, const mention *m, annals_date A,
                      annals_timex *x) {
  const narr *ref = R->ref;
  char *v = x->value;
  size_t vn = sizeof x->value;
  int u = m->unit, n = m->n;
  if (u == U_YEAR && !m->q && !m->half && tx_quarter_recent(ref, m) &&
      (m->yq || (n == -1 && !m->ago && ref->qsent == m->sent))) {
    tx_out_quarter(x, ref->qy + n, ref->qq);
    x->flags |= ANNALS_TIMEX_F_ANCHORED;
    x->flags &= ~(unsigned)ANNALS_TIMEX_F_RELATIVE;
    return;
  }
  if (A.prec < ANNALS_PREC_YEAR) {
    if (m->ago && u == U_YEAR)
      tx_out_unresolved(x, n < 0 ? "PAST_REF" : "FUTURE_REF");
    else
      tx_out_unresolved(x, u == U_YEAR ? "XXXX" : u == U_DECADE ? "XXX" : "XX");
    return;
  }
  if (u == U_DECADE) {
    int dcd = (A.y >= 0 ? A.y / 10 : -((-A.y + 9) / 10)) + n;
    snprintf(v, vn, "%03d", dcd);
    tx_when_span(&x->when, tx_mkdate(dcd * 10, 0, 0, ANNALS_PREC_YEAR),
              tx_mkdate(dcd * 10 + 9, 0, 0, ANNALS_PREC_YEAR));
    return;
  }
  if (u == U_CENTURY) {
    int c = (A.y >= 0 ? A.y / 100 : -((-A.y + 99) / 100)) + n;
    snprintf(v, vn, "%02d", c);
    tx_when_span(&x->when, tx_mkdate(c * 100, 0, 0, ANNALS_PREC_YEAR),
              tx_mkdate(c * 100 + 99, 0, 0, ANNALS_PREC_YEAR));
    return;
  }
  int y = A.y + n;
  if (m->q > 0) {
    tx_out_quarter(x, y, m->q);
    return;
  }
  if (m->q < 0 && tx_quarter_recent(ref, m)) {
    tx_out_quarter(x, y, ref->qq);
    return;
  }
  if (m->half > 0) {
    int k = tx_fmt_year(v, vn, y);
    snprintf(v + k, vn - (size_t)k, "-H%d", m->half);
    return;
  }
  tx_fmt_year(v, vn, y);
  tx_when_point(&x->when, tx_mkdate(y, 0, 0, ANNALS_PREC_YEAR));
  return;
}

static void resolve_rel(const rctx *R, const mention *m, annals_timex *x) {
  annals_date A = rel_base(R, m, x);
  int u = m->unit;
  if (u == U_NIGHT || u == U_DAY || u == U_WEEK || u == U_FORTNIGHT ||
      u == U_WEEKEND)
    rel_days(m, A, x);
  else if (u == U_MONTH || u == U_QUARTER || u == U_HALFYEAR)
    rel_months(R, m, A, x);
  else if (u == U_YEAR || u == U_DECADE || u == U_CENTURY)
    rel_years(R, m, A, x);
  else
    tx_out_unresolved(x, "XXXX");
}

void tx_resolve(annals_dates_stream *S, const mention *m, annals_timex *x) {
  memset(x, 0, sizeof *x);
  x->anchor = ANNALS_TIMEX_NO_ANCHOR;
  x->start = m->start + S->offset;
  x->end = m->end + S->offset;
  x->type = (annals_timex_type)m->type;
  x->flags = m->flags;
  rctx R = {S->dct.date, &S->ref};
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
        tx_iso_week(annals_days_from_civil(d->y, d->m, d->d), &wy, &wn);
    int k = tx_fmt_year(x->value, sizeof x->value, wy);
    snprintf(x->value + k, sizeof x->value - (size_t)k, "-W%02d", wn);
    tx_when_days(&x->when, monday, monday + 6);
  }
  if (x->when.start.prec != ANNALS_PREC_NONE && !tx_year_ok(&x->when))
    tx_out_of_range(x);
  if (strcmp(x->value, "PAST_REF") == 0 ||
      strcmp(x->value, "FUTURE_REF") == 0) {
    x->flags |= ANNALS_TIMEX_F_REF;
    x->flags &= ~(unsigned)ANNALS_TIMEX_F_UNRESOLVED;
  }
  /* narrative reference time */
  narr *ref = &S->ref;
  /* a bound ("since 1995", "until 1945", the 1976 of "1975-1976") is not
   * where the story is, even as the text's first date ("from now until
   * July 26, 2026"), nor is a quoted date, nor a date of the time of
   * writing in a story ("today" in a quotation) */
  bool moves = !m->bound && !m->quoted &&
               (ref->date.prec == ANNALS_PREC_NONE ||
                !(m->story && (x->flags & ANNALS_TIMEX_F_RELATIVE)));
  if (x->when.start.prec != ANNALS_PREC_NONE && !x->when.interval &&
      m->yunit != U_DECADE && m->yunit != U_CENTURY && moves) {
    ref->date = x->when.start;
    /* the story's year stays in view through dates resolved from it */
    ref->explicit_year = (m->kind == MK_ABS && m->y != NOY) ||
                         (x->flags & ANNALS_TIMEX_F_ANCHORED);
    ref->start = x->start;
    ref->sent = m->sent;
    ref->para = m->para;
  } else if (x->when.start.prec == ANNALS_PREC_DAY && x->when.interval) {
    ref->date = x->when.start;
    ref->explicit_year = false;
    ref->start = x->start;
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
    const annals_date *dct = &S->dct.date;
    bool old = dct->prec != ANNALS_PREC_NONE && ref->qy < dct->y - 1;
    if (!tx_quarter_recent(ref, m) || (old && qy >= dct->y - 1)) {
      ref->qy = qy;
      ref->qq = x->value[6] - '0';
    }
    ref->qtok = m->t0;
    ref->qsent = m->sent;
  }
}
