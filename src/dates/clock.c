/*
 * dates/clock.c - clock times: "2:30 p.m.", "noon", "14:30 GMT", "10
 * o'clock", and a clock time after a date.
 */
#include "dates/dates.h"

/* "a.m." / "p.m." / "am" / "pm" at j: returns end, *add = 0 or 12. */
size_t tx_ampm(const win *W, size_t j, int *add) {
  if (is_w(W, j, C_AMPM)) {
    *add = wval(W, j);
    return tx_skip_dot(W, j + 1);
  }
  if (cont(W, j) && W->t[j].kind == TK_WORD && W->t[j].len == 1 &&
      (W->t[j].ch == 'a' || W->t[j].ch == 'p') && is_p(W, j + 1, '.') &&
      tight(W, j + 1) && cont(W, j + 2) && W->t[j + 2].kind == TK_WORD &&
      W->t[j + 2].len == 1 && W->t[j + 2].ch == 'm' && tight(W, j + 2)) {
    *add = W->t[j].ch == 'p' ? 12 : 0;
    return tx_skip_dot(W, j + 3);
  }
  return 0;
}

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
    tx_init(&d);
    size_t e = tx_core(W, k, &d, 1);
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
size_t tx_clock(const win *W, size_t i, mention *m, bool ctx_ok) {
  size_t e = 0;
  int h = -1, mi = 0;
  if (is_w(W, i, C_CLOCKW) ||
      (i < W->n && W->t[i].kind == TK_WORD && W->t[i].cls == C_CLOCKW)) {
    h = wval(W, i);
    e = i + 1;
  } else if (has(W, i) && W->t[i].kind == TK_NUM && W->t[i].ndig <= 2 &&
             !tx_num_attached_before(W, i) && W->t[i].num <= 24) {
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
      if (tx_ampm(W, k2, &add)) {
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
    size_t a = tx_ampm(W, k, &add);
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
size_t tx_date_then_clock(const win *W, size_t e, mention *m) {
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
  tx_init(&c);
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
      size_t a = tx_ampm(W, kk, &add);
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
