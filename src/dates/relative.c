/*
 * dates/relative.c - relative expressions: "last year", "the following
 * day", "two weeks ago", "three days later", amounts and their ranges.
 */
#include "dates/dates.h"

/* A relative determiner read: "last", "the following", "this past". */
typedef struct {
  int r;      /* R_* */
  int shift;  /* -1, 0, +1 */
  int anchor; /* A_DCT or A_NARR */
  bool the;   /* after "the" */
  size_t j;   /* the word after the determiner */
} reldet;

/* The determiner at i ("the" optional); false when the words cannot open
 * a relative expression ("same" without "the", "the this"). */
static bool rel_det(const win *W, size_t i, reldet *d) {
  memset(d, 0, sizeof *d);
  size_t j = i;
  d->the = is_w(W, j, C_THE);
  if (d->the)
    j++;
  if (!is_w(W, j, C_REL))
    return false;
  int r = wval(W, j);
  j++;
  /* "this past spring", "this coming Sunday" */
  if (r == R_THIS && is_w(W, j, C_REL) &&
      (wval(W, j) == R_PAST || wval(W, j) == R_COMING)) {
    r = wval(W, j) == R_PAST ? R_LAST : R_NEXT;
    j++;
  }
  /* "that same spring" */
  bool that_same = r == R_THAT && is_w(W, j, C_REL) && wval(W, j) == R_SAME;
  if (that_same) {
    r = R_SAME;
    j++;
  }
  d->r = r;
  d->j = j;
  d->anchor = A_DCT;
  switch (r) {
  case R_LAST:
  case R_PAST:
  case R_LATEST:
    d->shift = -1;
    break;
  case R_NEXT:
  case R_COMING:
    d->shift = 1;
    if (d->the && r == R_NEXT)
      d->anchor = A_NARR; /* "the next day": after the narrative time */
    break;
  case R_PREV:
  case R_FOLLOW:
    d->shift = r == R_PREV ? -1 : 1;
    d->anchor = A_NARR;
    return d->the;
  case R_SAME:
  case R_THAT:
    d->shift = 0;
    d->anchor = A_NARR;
    return r == R_THAT ? !d->the : d->the || that_same;
  case R_THIS:
  case R_CURRENT:
    d->shift = 0;
    return !(d->the && r == R_THIS);
  case R_THESE:
  case R_THOSE:
    return true; /* "these days" only */
  default:
    return false;
  }
  return true;
}

/* "the past two years", "the next few weeks": a duration. */
static size_t rel_amount(const win *W, const reldet *d, mention *m) {
  int r = d->r;
  if (!(r == R_LAST || r == R_PAST || r == R_NEXT || r == R_COMING ||
        r == R_FOLLOW || r == R_PREV))
    return 0;
  int n, u;
  bool half, hy;
  size_t e = tx_amount_of(W, d->j, &n, &u, &half, false, &hy);
  if (!e || hy || W->t[d->j].cls == C_A)
    return 0;
  m->type = ANNALS_TIMEX_DURATION;
  m->kind = MK_FIXED;
  tx_dur_value(m->val, sizeof m->val, n, u, half);
  return e;
}

/* "the past years", "in the coming months": an unspecified stretch. */
static size_t rel_units(const win *W, const reldet *d, mention *m) {
  int u = wval(W, d->j);
  if (!(((d->r == R_PAST || d->r == R_LAST) && d->the && u != U_QUARTER) ||
        (d->r == R_COMING && (u == U_MONTH || u == U_WEEK || u == U_DAY ||
                              u == U_YEAR || u == U_QUARTER))))
    return 0;
  tx_set_fixed(m, ANNALS_TIMEX_DURATION, "");
  tx_dur_value(m->val, sizeof m->val, NX, u, false);
  return d->j + 1;
}

/* "this year's third quarter", "last year's quarter" after a year at e. */
static size_t rel_year_quarter(const win *W, size_t e, mention *m) {
  size_t k = tx_apos_s(W, e);
  if (!k)
    return 0;
  mention q;
  tx_init(&q);
  size_t qe = tx_quarter(W, k, &q);
  if (qe) {
    m->q = q.q;
    m->half = q.half;
    return qe;
  }
  if (is_w(W, k, C_UNIT) && wval(W, k) == U_QUARTER) {
    m->q = -1; /* "last year's quarter": the quarter a year before */
    return k + 1;
  }
  return 0;
}

/* "last year", "the following week", "this month", "the past decade" */
static size_t rel_unit(const win *W, const reldet *d, mention *m) {
  const tok *t = &W->t[d->j];
  int u = t->num, r = d->r;
  if (t->val2) /* plural: "the past years" */
    return rel_units(W, d, m);
  if (u == U_SEC || u == U_MIN || u == U_HOUR)
    return 0;
  if (r == R_CURRENT && u != U_YEAR && u != U_QUARTER && u != U_MONTH &&
      u != U_WEEK)
    return 0;
  m->kind = MK_REL;
  m->unit = u;
  m->n = d->shift;
  m->anchor = d->anchor;
  /* "this year", "this day": the time of the text, which a story tells */
  m->here = d->anchor == A_DCT && (d->r == R_THIS || d->r == R_CURRENT);
  m->deictic = d->anchor == A_DCT && !m->here;
  if ((u == U_DECADE || u == U_CENTURY) && (r == R_LAST || r == R_PAST) &&
      (d->the || r == R_PAST)) {
    /* "over the past decade", "the last century": the ten (hundred)
     * years up to now, not the decade the DCT is in; "last decade"
     * alone is the one before, as "last year" is */
    tx_set_fixed(m, ANNALS_TIMEX_DURATION, u == U_DECADE ? "P10Y" : "P100Y");
    return d->j + 1;
  }
  if (u == U_WEEKEND)
    m->weekend = true;
  if (r == R_LATEST && u != U_QUARTER)
    return 0;
  size_t e = d->j + 1, qe;
  if (u == U_YEAR && (qe = rel_year_quarter(W, e, m)))
    return qe;
  /* "the past year" in TimeML is the year before: keep as a date */
  return e;
}

/* "last Friday", "this Sunday morning", "the following Monday" */
static size_t rel_weekday(const win *W, const reldet *d, mention *m) {
  const tok *t = &W->t[d->j];
  int r = d->r;
  if (r != R_LAST && r != R_THIS && r != R_NEXT && r != R_COMING &&
      r != R_PAST && r != R_PREV && r != R_FOLLOW && r != R_SAME)
    return 0;
  if (t->val2 & LX_ABBR)
    return 0;
  m->kind = MK_ABS;
  m->wd = t->num;
  if (d->anchor == A_NARR)
    m->anchor = A_NARR;
  m->deictic = d->anchor == A_DCT;
  m->has_sel = true;
  m->sel = (int8_t)d->shift;
  size_t e = d->j + 1;
  if (is_w(W, e, C_PART)) {
    m->part = wval(W, e);
    m->type = ANNALS_TIMEX_TIME;
    e++;
  }
  return e;
}

/* "this morning", "last night", "that evening" */
static size_t rel_part(const win *W, const reldet *d, mention *m) {
  int r = d->r, p = wval(W, d->j);
  if (!(r == R_THIS || r == R_LAST || r == R_THAT || r == R_SAME))
    return 0;
  if (r == R_LAST && p != P_NI)
    return 0;
  m->kind = MK_REL;
  m->unit = U_DAY;
  m->n = r == R_LAST ? -1 : 0;
  m->anchor = (r == R_THAT || r == R_SAME) ? A_NARR : A_DCT;
  m->deictic = m->anchor == A_DCT;
  m->part = p;
  m->type = ANNALS_TIMEX_TIME;
  return d->j + 1;
}

/* "during this period", "throughout this time": the time the text is
 * about, a reference (not "this time" alone: "this time, the vote..."). */
static size_t rel_this_period(const win *W, size_t i, const reldet *d,
                              mention *m) {
  int pr = tx_prep_before(W, i);
  if (d->r != R_THIS || d->the || (pr != PR_DURING && pr != PR_THROUGH))
    return 0;
  tx_set_fixed(m, ANNALS_TIMEX_DATE, "PRESENT_REF");
  m->flags |= ANNALS_TIMEX_F_REF;
  return d->j + 1;
}

/* "last year", "the following day", "that year", "last Friday", "this
 * summer", "last night", "this morning", "the past two years", "next
 * March"... i is at the determiner (or "the"). */
size_t tx_rel(const win *W, size_t i, mention *m) {
  reldet d;
  if (!rel_det(W, i, &d))
    return 0;
  size_t j = d.j, e;
  if (!cont(W, j))
    return 0;
  const tok *t = &W->t[j];
  if (d.r == R_THESE || d.r == R_THOSE) {
    /* "these days" */
    if (t->kind == TK_WORD && t->cls == C_UNIT && t->num == U_DAY &&
        t->val2 && d.r == R_THESE) {
      tx_set_fixed(m, ANNALS_TIMEX_DATE, "PRESENT_REF");
      m->flags |= ANNALS_TIMEX_F_REF;
      return j + 1;
    }
    return 0;
  }
  if ((e = rel_amount(W, &d, m)))
    return e;
  if (t->kind != TK_WORD)
    return 0;
  switch (t->cls) {
  case C_UNIT:
    return rel_unit(W, &d, m);
  case C_PERIOD:
  case C_TIMEW:
    return rel_this_period(W, i, &d, m);
  case C_WDAY:
    return rel_weekday(W, &d, m);
  case C_MONTH:
    if (d.anchor == A_NARR || !t->cap || (t->val2 & LX_ABBR))
      return 0;
    m->kind = MK_ABS;
    m->m = t->num;
    m->has_sel = true;
    m->sel = (int8_t)d.shift;
    m->deictic = true; /* "last April", "next March" */
    return j + 1;
  case C_SEASON:
    if (d.anchor == A_NARR && d.r != R_SAME && d.r != R_FOLLOW &&
        d.r != R_PREV && d.r != R_NEXT)
      return 0; /* "the next spring" after the story's date */
    m->kind = MK_ABS;
    m->season = t->num;
    m->has_sel = true;
    m->sel = (int8_t)d.shift;
    m->anchor = d.anchor;
    m->deictic = d.anchor == A_DCT;
    return j + 1;
  case C_PART:
    return rel_part(W, &d, m);
  case C_FISCAL:
    /* "this fiscal year" */
    if (!(is_w(W, j + 1, C_UNIT) && wval(W, j + 1) == U_YEAR))
      return 0;
    m->kind = MK_REL;
    m->unit = U_YEAR;
    m->n = d.shift;
    m->anchor = d.anchor;
    return j + 2;
  default:
    return 0;
  }
}

/* N units ago / earlier / later / before / after / from now; i is at the
 * amount (after an optional approximation). */
size_t tx_amount(const win *W, size_t i, mention *m, bool approx) {
  int n, u;
  bool half, hy;
  size_t e = tx_amount_of(W, i, &n, &u, &half, true, &hy);
  if (!e)
    return 0;
  if (hy) {
    /* adjectival "five-year": a duration; ages ("52-year-old") are not
     * temporal expressions */
    if (is_p(W, e, '-') && tight(W, e) && cont(W, e + 1) &&
        tx_word_is(W, e + 1, "old"))
      return 0;
    tx_set_fixed(m, ANNALS_TIMEX_DURATION, "");
    tx_dur_value(m->val, sizeof m->val, n, u, half);
    return e;
  }
  /* "52 years old" */
  if (cont(W, e) && W->t[e].kind == TK_WORD && tx_word_is(W, e, "old"))
    return 0;
  /* "a weekend rocket attack", "a weekend visit": the weekend as a
   * modifier of a noun is a day of it, by the tense, as "the weekend" */
  if (u == U_WEEKEND && n == 1 && !half && is_w(W, i, C_A) && cont(W, e) &&
      W->t[e].kind == TK_WORD && W->t[e].cls == C_NONE && !W->t[e].cap) {
    m->kind = MK_REL;
    m->unit = U_WEEKEND;
    m->weekend = true;
    m->n = 0;
    m->sel = -2; /* by tense */
    return e;
  }
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
       tx_word_is(W, e + 1, "now"))) {
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
        tx_set_fixed(m, ANNALS_TIMEX_DATE, sh < 0 ? "PAST_REF" : "FUTURE_REF");
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
      tx_init(&d);
      size_t de = 0;
      if (cont(W, end) && (is_w(W, end, C_MONTH) || is_num(W, end)))
        de = tx_core(W, end, &d, 1);
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
    m->deictic = ago || fromnow;
    if (u == U_YEAR && n == 1)
      m->yq = true;
    if (beforeafter ||
        (!ago && !fromnow && (u == U_DAY || u == U_WEEK || u == U_FORTNIGHT))) {
      /* kept as a duration when no explicit date is in view: "three
       * days later" with no date before says how long, not when */
      m->after = true;
      m->later = !beforeafter;
      m->amount_end = W->t[e - 1].end;
      tx_dur_value(m->val, sizeof m->val, n, u, half);
    }
    return end;
  }
duration:
  tx_set_fixed(m, ANNALS_TIMEX_DURATION, "");
  tx_dur_value(m->val, sizeof m->val, n, u, half);
  if (approx)
    m->flags |= ANNALS_TIMEX_F_APPROX;
  /* "a year or two", "two to three weeks", "weeks or months" */
  if ((is_w(W, e, C_TO) || is_w(W, e, C_OR)) && cont(W, e + 1)) {
    int n2, u2;
    bool h2, hy2;
    size_t e2 = tx_amount_of(W, e + 1, &n2, &u2, &h2, true, &hy2);
    if (e2 && !hy2 && u2 == u)
      return e2;
    int v;
    size_t e3 = tx_card(W, e + 1, &v, false);
    if (e3 && e3 == e + 2 && n != NX && u != U_NONE) {
      /* "a year or two": keep the first amount */
      if (!tx_unit_at(W, e3))
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
size_t tx_range(const win *W, size_t i, mention *m) {
  int v;
  size_t e = tx_card(W, i, &v, false);
  if (!e || v == NX)
    return 0;
  if (!(is_w(W, e, C_TO) || is_w(W, e, C_OR) ||
        (is_p(W, e, '-') && W->t[i].kind == TK_NUM)))
    return 0;
  int n, u;
  bool half, hy;
  size_t e2 = tx_amount_of(W, e + 1, &n, &u, &half, false, &hy);
  if (!e2 || hy || n == NX || W->t[e + 1].cls == C_A)
    return 0;
  tx_set_fixed(m, ANNALS_TIMEX_DURATION, "");
  tx_dur_value(m->val, sizeof m->val, v, u, false);
  return e2;
}

/* A duration or "ago" expression with its approximation prefix. */
size_t tx_approx(const win *W, size_t i, mention *m) {
  size_t j = i;
  bool approx = false;
  if (is_w(W, j, C_APPROX) && wval(W, j) == 1) {
    approx = true;
    j++;
    /* "around 7:15 p.m." */
    mention c;
    tx_init(&c);
    size_t ce = tx_clock(W, j, &c, true);
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
  size_t e = tx_amount(W, j, m, approx);
  if (!e) {
    tx_init(m);
    return 0;
  }
  if (approx && m->kind == MK_FIXED)
    m->flags |= ANNALS_TIMEX_F_APPROX;
  return e;
}
