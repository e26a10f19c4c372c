/*
 * dates/grammar.c - the grammar's entry points: tx_expr reads the
 * prefixes of an expression ("early", "the end of", "about", "later
 * this"), tx_core the expression itself through a table from the class
 * of its first word to the rule for that class.  The rules of each area
 * live in their own file (month.c, clock.c, period.c, relative.c, sets.c,
 * the.c); the small ones are here.
 *
 * The grammar never backtracks beyond a fixed number of tokens, so inputs
 * such as "May May May ..." or a million digits stay linear.
 */
#include "dates/dates.h"

void tx_init(mention *m) {
  memset(m, 0, sizeof *m);
  m->y = NOY;
  m->hour = -1;
  m->min = -1;
  m->type = ANNALS_TIMEX_DATE;
  m->kind = MK_ABS;
}

void tx_set_fixed(mention *m, int type, const char *val) {
  m->kind = MK_FIXED;
  m->type = (uint8_t)type;
  g_strlcpy(m->val, val, sizeof m->val);
}

static size_t set_ref(mention *m, const char *val, size_t end) {
  tx_set_fixed(m, ANNALS_TIMEX_DATE, val);
  m->flags |= ANNALS_TIMEX_F_REF;
  return end;
}

/* A number alone: a year ("in 1990"), unless it is a label ("Section
 * 2024"), money ("$1990"), a count ("2000 people") or part of a number
 * in words. */
static size_t bare_year(const win *W, size_t i, mention *m, int depth) {
  int y;
  /* after "mid-" (depth > 0 from an edge) the hyphen is expected */
  bool after_edge = depth > 0 && i > 0 && is_p(W, i - 1, '-');
  size_t e = tx_year(W, i, &y, after_edge);
  if (!e)
    return 0;
  if (tx_label_before(W, i) && !tx_year_pair(W, i))
    return 0;
  if (i > 0 && W->t[i - 1].kind == TK_PUNCT &&
      (W->t[i - 1].ch == '$' || W->t[i - 1].ch == '#'))
    return 0;
  if (!tx_prep_before(W, i) && tx_count_after(W, e))
    return 0;
  if (i > 0 && is_w(W, i - 1, C_NUM))
    return 0;
  m->y = y;
  return tx_date_then_clock(W, e, m);
}

/* A token of digits: the rules in order of precedence. */
static size_t r_number(const win *W, size_t i, mention *m, int depth) {
  size_t e;
  if ((e = tx_numeric(W, i, m)))
    return e;
  if ((e = tx_day_month(W, i, m)))
    return e;
  if ((e = tx_decade(W, i, m)))
    return e;
  if ((e = tx_clock(W, i, m, tx_prep_before(W, i) != 0)))
    return e;
  if ((e = tx_amount(W, i, m, false)))
    return e;
  tx_init(m);
  if ((e = tx_range(W, i, m)))
    return e;
  tx_init(m);
  if ((e = tx_quarter(W, i, m)))
    return e;
  return bare_year(W, i, m, depth);
}

/* "'90s", "'98" */
static size_t r_apostrophe(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  size_t e;
  if (W->t[i].ch != '\'')
    return 0;
  if ((e = tx_decade(W, i, m)))
    return e;
  int y;
  if ((e = tx_year(W, i, &y, false)) &&
      !(i > 0 && !W->t[i].sp && W->t[i - 1].kind == TK_WORD)) {
    m->y = y;
    return e;
  }
  return 0;
}

/* A month name: "May" needs a preposition or another date word before
 * it to be the month. */
static size_t r_month(const win *W, size_t i, mention *m, int depth) {
  int pr = tx_prep_before(W, i);
  bool ctx = pr != 0 ||
             (i > 0 && (is_w(W, i - 1, C_EDGE) || is_w(W, i - 1, C_OF) ||
                        is_p(W, i - 1, '-'))) ||
             depth > 0;
  if (pr == PR_AS || pr == PR_FOR)
    ctx = false;
  return tx_month(W, i, m, ctx);
}

/* A weekday name is not a day in "The Sunday Times", "Sunday Telegraph". */
static bool weekday_in_name(const win *W, size_t i, size_t j) {
  return cont(W, j) && W->t[j].kind == TK_WORD && W->t[j].cap &&
         W->t[j].nl == 0 &&
         ((i > 0 && is_w(W, i - 1, C_THE) && W->t[j].cls != C_MONTH &&
           W->t[j].cls != C_PART) ||
          tx_newspaper_word(W, j));
}

/* "Wednesday, May 7", "Sunday, 9 May", "Friday 12th April": the date,
 * with its weekday. */
static size_t weekday_date(const win *W, size_t i, size_t j, mention *m) {
  size_t k = j;
  if (is_p(W, k, ','))
    k++;
  if (!(is_w(W, k, C_MONTH) || (is_num(W, k) && is_w(W, k + 1, C_MONTH)) ||
        (is_num(W, k) && is_w(W, k + 1, C_ORDSUF) &&
         is_w(W, k + 2, C_MONTH)) || /* "Friday, 12th April 2019" */
        (is_w(W, k, C_THE) && is_w(W, k + 1, C_ORD))))
    return 0;
  mention d;
  tx_init(&d);
  size_t de =
      is_w(W, k, C_MONTH) ? tx_month(W, k, &d, true) : tx_day_month(W, k, &d);
  if (!de || !d.d)
    return 0;
  *m = d;
  m->wd = W->t[i].num;
  return de;
}

/* Weekdays: "Friday", "Wed., May 7", "Sunday night", "Tuesday nights". */
static size_t r_wday(const win *W, size_t i, mention *m, int depth) {
  const tok *t = &W->t[i];
  if (t->val2 & LX_ABBR) {
    /* "Sun", "Wed" only before a date: "Wed., May 7" */
    size_t k = tx_skip_dot(W, i + 1);
    if (is_p(W, k, ','))
      k++;
    if (!(is_w(W, k, C_MONTH) || is_num(W, k)))
      return 0;
  }
  if (!t->cap)
    return 0;
  size_t j = i + 1;
  if (t->val2 & LX_ABBR)
    j = tx_skip_dot(W, j);
  if (weekday_in_name(W, i, j))
    return 0;
  /* "Tuesday nights": every Tuesday night */
  if ((is_w(W, j, C_UNIT) && wval(W, j) == U_NIGHT && W->t[j].val2) ||
      is_w(W, j, C_PARTS))
    return tx_set_weekday(W, i, j, m);
  size_t e = weekday_date(W, i, j, m);
  if (e)
    return e;
  m->kind = MK_ABS;
  m->wd = t->num;
  m->deictic = true; /* "on Friday": of the week of writing */
  if (tx_apos_s(W, j))
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
    size_t c = tx_date_then_clock(W, j, m);
    if (c != j)
      return c;
  }
  return j;
}

/* "today", "yesterday morning", "tonight", "tomorrow at 9 a.m." */
static size_t r_dayword(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  const tok *t = &W->t[i];
  m->kind = MK_REL;
  m->unit = U_DAY;
  m->n = t->num;
  m->deictic = true;
  size_t j = i + 1;
  if (t->val2) {
    m->part = t->val2;
    m->type = ANNALS_TIMEX_TIME;
  } else if (is_w(W, j, C_PART)) {
    m->part = wval(W, j);
    m->type = ANNALS_TIMEX_TIME;
    j++;
  } else if (is_w(W, j, C_PREP) && wval(W, j) == PR_AT && cont(W, j + 1)) {
    size_t c = tx_date_then_clock(W, j, m);
    if (c != j)
      return c;
  }
  return j;
}

/* "now", "recently", "currently" */
static size_t r_ref(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  static const char *names[] = {"", "PAST_REF", "PRESENT_REF", "FUTURE_REF"};
  return set_ref(m, names[W->t[i].num], i + 1);
}

/* "in future quarters", "future years": times to come */
static size_t r_futurew(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  if (is_w(W, i + 1, C_UNIT) && W->t[i + 1].val2 &&
      wval(W, i + 1) >= U_WEEK && wval(W, i + 1) != U_WEEKEND)
    return set_ref(m, "FUTURE_REF", i + 2);
  return 0;
}

/* "recent years", "in recent months", "the recent past" */
static size_t r_recent(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  size_t j = i + 1;
  if (is_w(W, j, C_UNIT) && W->t[j].val2 && wval(W, j) != U_SEC &&
      wval(W, j) != U_MIN) {
    /* "in recent months": an unspecified stretch up to now */
    tx_set_fixed(m, ANNALS_TIMEX_DURATION, "");
    tx_dur_value(m->val, sizeof m->val, NX, wval(W, j), false);
    return j + 1;
  }
  if (is_w(W, j, C_REL) && wval(W, j) == R_PAST)
    return set_ref(m, "PAST_REF", j + 1);
  return 0;
}

static size_t r_rel(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  return tx_rel(W, i, m);
}

/* "fiscal 1998", "FY 99", "fiscal 1998's third quarter" */
static size_t r_fiscal(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  size_t j = i + 1;
  if (is_w(W, j, C_UNIT) && wval(W, j) == U_YEAR && !W->t[j].val2)
    j++;
  int y;
  size_t ye = tx_year(W, j, &y, true);
  if (!ye && W->t[i].num == 1 && is_num(W, j) && W->t[j].ndig == 2) {
    y = W->t[j].num;
    y += y <= 30 ? 2000 : 1900;
    ye = j + 1;
  }
  if (!ye)
    return tx_quarter(W, i, m);
  m->y = y;
  size_t s = tx_apos_s(W, ye);
  if (s) {
    mention q;
    tx_init(&q);
    size_t qe = tx_quarter(W, s, &q);
    if (qe) {
      m->q = q.q;
      m->half = q.half;
      return qe;
    }
  }
  return ye;
}

/* "third-quarter", "twentieth century" */
static size_t r_ord(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  size_t e;
  if ((e = tx_quarter(W, i, m)))
    return e;
  return tx_decade(W, i, m);
}

static size_t r_season(const win *W, size_t i, mention *m, int depth) {
  return tx_season(W, i, m, depth);
}

static size_t r_holiday(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  return tx_holiday(W, i, m);
}

static size_t r_clockw(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  return tx_clock(W, i, m, true);
}

/* "overnight" */
static size_t r_overnight(const win *W, size_t i, mention *m, int depth) {
  (void)W;
  (void)depth;
  m->kind = MK_REL;
  m->unit = U_DAY;
  m->n = 0;
  m->part = P_NI;
  m->type = ANNALS_TIMEX_TIME;
  return i + 1;
}

/* Counts in words: "two years", "a week ago", "nineteen ninety", "five
 * or six years"; "will one day be": some day to come. */
static size_t r_count(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  const tok *t = &W->t[i];
  size_t e;
  if (t->cls == C_NUM && t->num == 1 && is_w(W, i + 1, C_UNIT) &&
      wval(W, i + 1) == U_DAY && !W->t[i + 1].val2 && i > 0 &&
      tx_modal_word(W, i - 1))
    return set_ref(m, "FUTURE_REF", i + 2);
  if ((e = tx_amount(W, i, m, false)))
    return e;
  tx_init(m);
  if ((e = tx_year_words(W, i, &m->y)) && t->cls == C_NUM &&
      !tx_unit_at(W, e))
    return e;
  m->y = NOY;
  return tx_range(W, i, m);
}

/* Unit words alone: "for years", "year-earlier", "year-end", "years
 * ago". */
static size_t r_unit(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  const tok *t = &W->t[i];
  int pr = tx_prep_before(W, i);
  if (t->val2 &&
      (pr == PR_FOR || pr == PR_WITHIN ||
       (pr == PR_IN && !is_w(W, i + 1, C_PREP) && !is_w(W, i + 1, C_OF) &&
        !cont(W, i + 1))) &&
      t->num != U_QUARTER && t->num != U_WEEKEND) {
    if (cont(W, i + 1) && W->t[i + 1].kind == TK_WORD &&
        W->t[i + 1].cls == C_NONE && !W->t[i + 1].cap)
      return 0;
    tx_set_fixed(m, ANNALS_TIMEX_DURATION, "");
    tx_dur_value(m->val, sizeof m->val, NX, t->num, false);
    return i + 1;
  }
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
    m->kind = MK_REL;
    m->unit = U_YEAR;
    m->n = 0;
    m->flags |= ANNALS_TIMEX_F_FUZZY | ANNALS_TIMEX_F_END;
    return is_p(W, i + 1, '-') ? i + 3 : i + 2;
  }
  if (t->val2 && is_w(W, i + 1, C_AGO))
    return set_ref(m, "PAST_REF", i + 2);
  return 0;
}

/* "Q3", "H1" */
static size_t r_letter(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  const tok *t = &W->t[i];
  if (t->len == 1 && t->cap && (t->ch == 'q' || t->ch == 'h'))
    return tx_quarter(W, i, m);
  return 0;
}

typedef size_t (*rule)(const win *W, size_t i, mention *m, int depth);

/* The rule for expressions whose first word is of each class; classes
 * that open none have no entry. */
static const rule word_rules[C_COUNT] = {
    [C_NONE] = r_letter,       [C_MONTH] = r_month,
    [C_WDAY] = r_wday,         [C_WDAYS] = tx_set_weekdays,
    [C_DAYWORD] = r_dayword,   [C_REF] = r_ref,
    [C_FUTUREW] = r_futurew,   [C_RECENT] = r_recent,
    [C_THE] = tx_the,          [C_REL] = r_rel,
    [C_FISCAL] = r_fiscal,     [C_ORD] = r_ord,
    [C_SEASON] = r_season,     [C_SETW] = tx_set_word,
    [C_EVERY] = tx_set_every,  [C_TIMESW] = tx_set_times,
    [C_CLOCKW] = r_clockw,     [C_OVERNIGHT] = r_overnight,
    [C_HOLIDAY] = r_holiday,   [C_A] = r_count,
    [C_NUM] = r_count,         [C_TENS] = r_count,
    [C_FEW] = r_count,         [C_COUPLE] = r_count,
    [C_HALF] = r_count,        [C_DOZEN] = r_count,
    [C_UNIT] = r_unit,
};

size_t tx_core(const win *W, size_t i, mention *m, int depth) {
  if (!has(W, i))
    return 0;
  const tok *t = &W->t[i];
  switch (t->kind) {
  case TK_NUM:
    return r_number(W, i, m, depth);
  case TK_PUNCT:
    return r_apostrophe(W, i, m, depth);
  case TK_WORD:
    if (t->cls < C_COUNT && word_rules[t->cls])
      return word_rules[t->cls](W, i, m, depth);
    return 0;
  default:
    return 0;
  }
}

static unsigned edge_flag(int edge) {
  return edge == E_START ? ANNALS_TIMEX_F_START
         : edge == E_END ? ANNALS_TIMEX_F_END
                         : ANNALS_TIMEX_F_MID;
}

/* "earlier this year", "later this month", "early next week", "late
 * yesterday": the relative date, fuzzy at one end. */
static size_t shifted(const win *W, size_t i, mention *m) {
  if (!((is_w(W, i, C_SHIFT) && !W->t[i].val2) ||
        (is_w(W, i, C_EDGE) && !W->t[i].val2)))
    return 0;
  size_t j = i + 1;
  if (!(is_w(W, j, C_REL) || is_w(W, j, C_DAYWORD) || is_w(W, j, C_WDAY)))
    return 0;
  mention c;
  tx_init(&c);
  size_t ce = tx_core(W, j, &c, 0);
  if (!ce || c.type == ANNALS_TIMEX_DURATION || c.kind == MK_FIXED)
    return 0;
  *m = c;
  int ed =
      is_w(W, i, C_EDGE) ? wval(W, i) : (wval(W, i) < 0 ? E_START : E_END);
  m->flags |= ANNALS_TIMEX_F_FUZZY | edge_flag(ed);
  return ce;
}

/* "mid-afternoon", "by mid afternoon", "late morning yesterday": the part
 * of the DCT's day, or of the day word after it.  pe is after the edge. */
static size_t edge_of_day(const win *W, size_t pe, mention *m) {
  m->kind = MK_REL;
  m->unit = U_DAY;
  m->n = 0;
  m->part = wval(W, pe);
  m->type = ANNALS_TIMEX_TIME;
  m->flags |= ANNALS_TIMEX_F_FUZZY;
  size_t e = pe + 1;
  if (is_w(W, e, C_DAYWORD) && !W->t[e].val2) {
    m->n = wval(W, e);
    e++;
  }
  return e;
}

/* "early 2024", "the end of May", "mid-1990s": the period, with its
 * edge as flags.  pe is after the edge words. */
static size_t edge_of_period(const win *W, size_t i, size_t pe, int edge,
                             mention *m) {
  size_t j = pe;
  if (is_w(W, j, C_THE) && !is_w(W, i, C_THE))
    j++;
  mention c;
  tx_init(&c);
  size_t ce = cont(W, j) ? tx_core(W, j, &c, 1) : 0;
  if (!ce && j != pe) {
    tx_init(&c);
    ce = tx_core(W, pe, &c, 1);
  }
  if (!ce || !(c.type == ANNALS_TIMEX_DATE || c.type == ANNALS_TIMEX_TIME) ||
      (c.flags & ANNALS_TIMEX_F_REF) || c.kind == MK_FIXED)
    return 0;
  *m = c;
  m->flags |= ANNALS_TIMEX_F_FUZZY | edge_flag(edge);
  return ce;
}

size_t tx_expr(const win *W, size_t i, mention *m) {
  tx_init(m);
  size_t e;
  if ((e = shifted(W, i, m)))
    return e;
  int edge = 0;
  size_t pe = tx_edge(W, i, &edge);
  if (pe && is_w(W, pe, C_PART) && wval(W, pe) != P_NI && !is_w(W, i, C_THE))
    return edge_of_day(W, pe, m);
  if (pe) {
    if ((e = edge_of_period(W, i, pe, edge, m)))
      return e;
    tx_init(m);
  }
  if ((e = tx_approx(W, i, m)))
    return e;
  /* m is clean here: tx_approx cleans up after itself */
  return tx_core(W, i, m, 0);
}
