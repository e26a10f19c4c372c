/*
 * dates/the.c - expressions that open with "the": "the following day",
 * "the first nine months", "the 1988 period", "the year", "the past",
 * "the weekend", "the day before", "the 1990s", "the third quarter",
 * "the ninth of May", "the summer", "the fiscal year"...
 *
 * A table of rules tried in order at the word after "the"; the first
 * that matches wins.  A rule returns the end of its match, 0 to let the
 * next rule try, or STOP when the words rule out every reading ("the
 * past president").
 */
#include "dates/dates.h"

#define STOP SIZE_MAX

/* i is at "the", j at the word after it. */
typedef size_t (*the_rule)(const win *W, size_t i, size_t j, mention *m);

static size_t the_rel(const win *W, size_t i, size_t j, mention *m) {
  size_t e;
  if (is_w(W, j, C_REL) && (e = tx_rel(W, i, m)))
    return e;
  tx_init(m);
  return 0;
}

/* "the first two quarters of 1990": a half year */
static size_t the_quarters(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  size_t e;
  if (is_w(W, j, C_ORD) && is_w(W, j + 1, C_NUM) && (e = tx_quarter(W, j, m)))
    return e;
  tx_init(m);
  return 0;
}

/* "the first nine months", "the six months": durations */
static size_t the_amount(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  size_t k = j;
  if (is_w(W, k, C_ORD) && wval(W, k) == 1)
    k++;
  if (is_w(W, k, C_A))
    return 0;
  int n, u;
  bool half, hy;
  size_t de = tx_amount_of(W, k, &n, &u, &half, false, &hy);
  if (de && !hy && !(is_w(W, de, C_AGO) || is_w(W, de, C_SHIFT))) {
    tx_set_fixed(m, ANNALS_TIMEX_DURATION, "");
    tx_dur_value(m->val, sizeof m->val, n, u, half);
    return de;
  }
  return 0;
}

/* "the 1988 period", "the 1989 quarter" */
static size_t the_year_period(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  int y;
  size_t ye = tx_year(W, j, &y, false);
  if (ye && (is_w(W, ye, C_PERIOD) ||
             (is_w(W, ye, C_UNIT) && wval(W, ye) == U_QUARTER &&
              !W->t[ye].val2))) {
    m->y = y;
    m->q = -1;
    return ye + 1;
  }
  return 0;
}

/* "the year", "the full year", "the week": the current one */
static size_t the_unit(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  size_t k = j;
  if (is_w(W, k, C_WHOLE))
    k++;
  if (!(is_w(W, k, C_UNIT) && !W->t[k].val2 &&
        (wval(W, k) == U_YEAR || wval(W, k) == U_WEEK ||
         wval(W, k) == U_MONTH) &&
        !is_p(W, k + 1, '-') && !tx_apos_s(W, k + 1) &&
        !is_w(W, k + 1, C_SHIFT) && !is_num(W, k + 1) &&
        !is_w(W, k + 1, C_NUM) && !is_w(W, k + 1, C_TENS)))
    return 0;
  size_t we = tx_week_of_day(W, k, m);
  if (we)
    return we;
  if (tx_ended_after(W, k + 1)) {
    tx_set_fixed(m, ANNALS_TIMEX_DURATION,
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

static size_t ref(mention *m, const char *val, size_t end) {
  tx_set_fixed(m, ANNALS_TIMEX_DATE, val);
  m->flags |= ANNALS_TIMEX_F_REF;
  return end;
}

/* "the past" (not "the past two years", "the past president") */
static size_t the_past(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  if (!is_w(W, j, C_REL) || wval(W, j) != R_PAST || is_num(W, j + 1))
    return 0;
  if (cont(W, j + 1) && W->t[j + 1].kind == TK_WORD) {
    switch (W->t[j + 1].cls) {
    case C_UNIT:
    case C_NUM:
    case C_TENS:
    case C_FEW:
    case C_WDAY:
    case C_SEASON:
    case C_SEASONS:
    case C_COUPLE:
    case C_A:
    case C_PART:
      return 0;
    default:
      break;
    }
  }
  if (cont(W, j + 1) && W->t[j + 1].kind == TK_WORD &&
      W->t[j + 1].cls == C_NONE && !W->t[j + 1].cap &&
      !is_p(W, j + 1, ',') && !tx_clause_word(W, j + 1))
    return STOP; /* "the past president", but "in the past it tried" */
  return ref(m, "PAST_REF", j + 1);
}

/* the future, the near future, the present, the recent past */
static size_t the_ref(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  if (is_w(W, j, C_NEAR) &&
      (is_w(W, j + 1, C_FUTUREW) || is_w(W, j + 1, C_TERM)))
    return ref(m, "FUTURE_REF", j + 2);
  if (is_w(W, j, C_FUTUREW))
    return ref(m, "FUTURE_REF", j + 1);
  if (is_w(W, j, C_PRESENTW) &&
      !(cont(W, j + 1) && W->t[j + 1].kind == TK_WORD &&
        W->t[j + 1].cls == C_NONE))
    return ref(m, "PRESENT_REF", j + 1);
  if (is_w(W, j, C_RECENT) && is_w(W, j + 1, C_REL) &&
      wval(W, j + 1) == R_PAST)
    return ref(m, "PAST_REF", j + 2);
  return 0;
}

/* the weekend */
static size_t the_weekend(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  if (!(is_w(W, j, C_UNIT) && wval(W, j) == U_WEEKEND && !W->t[j].val2))
    return 0;
  m->kind = MK_REL;
  m->unit = U_WEEKEND;
  m->weekend = true;
  m->n = 0;
  m->sel = -2; /* by tense */
  return j + 1;
}

/* the day before / after, the day before yesterday */
static size_t the_day_before(const win *W, size_t i, size_t j, mention *m) {
  if (!(is_w(W, j, C_UNIT) && !W->t[j].val2 && is_w(W, j + 1, C_SHIFT) &&
        W->t[j + 1].val2))
    return 0;
  int u = wval(W, j);
  if (u != U_DAY && u != U_WEEK && u != U_MONTH && u != U_YEAR)
    return STOP;
  /* "earlier in the day after rebels entered": the day itself, and a
   * clause after it; no day after */
  if (i > 0 && is_w(W, i - 1, C_PREP) && wval(W, i - 1) == PR_IN)
    return STOP;
  m->kind = MK_REL;
  if (is_w(W, j + 2, C_DAYWORD) && u == U_DAY) {
    m->unit = U_DAY;
    m->n = wval(W, j + 2) + wval(W, j + 1);
    return j + 3;
  }
  m->unit = u;
  m->n = wval(W, j + 1);
  m->anchor = A_NARR;
  /* "the day after the vote", "the week after rebels entered": after an
   * event the text names, like "a day after the vote": a date only with
   * an explicit date in view (resolve.c), else a length */
  size_t k = j + 2;
  if (cont(W, k) && W->t[k].kind == TK_WORD && !is_w(W, k, C_DAYWORD) &&
      !(is_w(W, k, C_REL) && wval(W, k) == R_THAT)) {
    m->after = true;
    m->amount_end = W->t[j].end;
    tx_dur_value(m->val, sizeof m->val, 1, u, false);
  }
  return j + 2;
}

/* "the 1990s", "the nineties", "the 20th century"; "the third quarter",
 * "the first half"; "the ninth of May" */
static size_t the_period(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  size_t e;
  if ((e = tx_decade(W, j, m)))
    return e;
  if ((e = tx_quarter(W, j, m)))
    return e;
  return tx_day_month(W, j, m);
}

/* "the year two thousand", "the year 1990" */
static size_t the_year_named(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  if (!(is_w(W, j, C_UNIT) && wval(W, j) == U_YEAR && !W->t[j].val2))
    return 0;
  int y;
  size_t ye = tx_year_words(W, j + 1, &y);
  if (!ye)
    ye = tx_year(W, j + 1, &y, true);
  if (ye)
    m->y = y;
  return ye;
}

/* "the quarter" (the one under discussion) */
static size_t the_quarter(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  if (is_w(W, j, C_PERIOD))
    return STOP;
  if (!(is_w(W, j, C_UNIT) && wval(W, j) == U_QUARTER && !W->t[j].val2))
    return 0;
  if (is_p(W, j + 1, '-'))
    return STOP;
  m->kind = MK_REL;
  m->unit = U_QUARTER;
  m->n = 0;
  m->sel = -2; /* by tense */
  return j + 1;
}

/* "the year-earlier quarter", "the year-ago period" */
static size_t the_year_ago(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  if (!(is_w(W, j, C_UNIT) && wval(W, j) == U_YEAR && is_p(W, j + 1, '-') &&
        tight(W, j + 1) &&
        (is_w(W, j + 2, C_AGO) || is_w(W, j + 2, C_SHIFT))))
    return 0;
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
  return 0;
}

/* "the latest period" */
static size_t the_latest(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  if (!(is_w(W, j, C_REL) && wval(W, j) == R_LATEST &&
        is_w(W, j + 1, C_PERIOD)))
    return 0;
  m->kind = MK_REL;
  m->unit = U_QUARTER;
  m->n = 0;
  m->sel = -2;
  return j + 2;
}

/* "the fall of 2023", "the summer" */
static size_t the_season(const win *W, size_t i, size_t j, mention *m) {
  if (!is_w(W, j, C_SEASON))
    return 0;
  size_t k = j + 1;
  int y;
  size_t k2 = k;
  if (is_w(W, k2, C_OF))
    k2++;
  size_t ye = tx_year(W, k2, &y, true);
  if (!ye)
    ye = tx_year_words(W, k2, &y);
  m->kind = MK_ABS;
  m->season = wval(W, j);
  if (ye) {
    m->y = y;
    return ye;
  }
  if (W->t[j].val2 & LX_AMBIG) {
    /* "the fall" of prices: only with a year or "of" nothing */
    if (is_w(W, k, C_OF))
      return STOP;
    int pr = tx_prep_before(W, i);
    if (pr != PR_IN && pr != PR_DURING && pr != PR_BY && pr != PR_UNTIL &&
        pr != PR_SINCE)
      return STOP;
  }
  if (is_w(W, k, C_OF))
    return STOP;
  return k;
}

/* "the fiscal year", "the fiscal year 1990", "the fiscal first quarter" */
static size_t the_fiscal(const win *W, size_t i, size_t j, mention *m) {
  (void)i;
  if (!is_w(W, j, C_FISCAL))
    return 0;
  size_t k = j + 1;
  if (!(is_w(W, k, C_UNIT) && wval(W, k) == U_YEAR && !W->t[k].val2)) {
    size_t e = tx_quarter(W, j, m);
    return e ? e : STOP;
  }
  int y;
  size_t ye = tx_year(W, k + 1, &y, true);
  if (ye) {
    m->y = y;
    return ye;
  }
  size_t we = tx_week_of_day(W, k, m);
  if (we)
    return we;
  if (tx_ended_after(W, k + 1)) {
    tx_set_fixed(m, ANNALS_TIMEX_DURATION, "P1Y");
    return k + 1;
  }
  m->kind = MK_REL;
  m->unit = U_YEAR;
  m->n = 0;
  return k + 1;
}

static const the_rule the_rules[] = {
    the_rel,     the_quarters,   the_amount,     the_year_period,
    the_unit,    the_past,       the_ref,        the_weekend,
    the_day_before, the_period,  the_year_named, the_quarter,
    the_year_ago, the_latest,    the_season,     the_fiscal,
};

size_t tx_the(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  size_t j = i + 1;
  if (!cont(W, j))
    return 0;
  for (size_t r = 0; r < ARRAY_SIZE(the_rules); r++) {
    size_t e = the_rules[r](W, i, j, m);
    if (e == STOP)
      return 0;
    if (e)
      return e;
  }
  return 0;
}
