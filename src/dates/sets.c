/*
 * dates/sets.c - recurrences (TIMEX3 SET): "daily", "every two weeks",
 * "each Monday morning", "twice a year", "Tuesdays", "Tuesday nights".
 */
#include "dates/dates.h"

static const char *const set_parts[] = {"", "TMO", "TAF", "TEV", "TNI", "TDT"};

/* A weekday in every week, with a part of the day: "XXXX-WXX-2TNI". */
static size_t weekly(mention *m, int wd, int part, size_t end) {
  char buf[40];
  snprintf(buf, sizeof buf, "XXXX-WXX-%d%s", wd, set_parts[part]);
  tx_set_fixed(m, ANNALS_TIMEX_SET, buf);
  return end;
}

/* "Tuesday nights", "Sunday mornings" (i at the weekday, j after it). */
size_t tx_set_weekday(const win *W, size_t i, size_t j, mention *m) {
  int part = is_w(W, j, C_PARTS) ? wval(W, j) : P_NI;
  return weekly(m, W->t[i].num, part, j + 1);
}

/* "Tuesdays", "Fridays evenings" */
size_t tx_set_weekdays(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  if (!W->t[i].cap)
    return 0;
  size_t j = i + 1;
  int part = 0;
  if (is_w(W, j, C_PARTS) ||
      (is_w(W, j, C_UNIT) && wval(W, j) == U_NIGHT && W->t[j].val2)) {
    part = is_w(W, j, C_PARTS) ? wval(W, j) : P_NI;
    j++;
  }
  return weekly(m, W->t[i].num, part, j);
}

/* "daily", "weekly", "biweekly", "quarterly"... */
size_t tx_set_word(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  const tok *t = &W->t[i];
  char buf[24];
  if (t->num == U_QUARTER)
    g_strlcpy(buf, "P1Q", sizeof buf);
  else
    tx_dur_value(buf, sizeof buf, t->num == U_FORTNIGHT ? 2 : 1,
                 t->num == U_FORTNIGHT ? U_WEEK : t->num, false);
  tx_set_fixed(m, ANNALS_TIMEX_SET, buf);
  return i + 1;
}

/* The named period after "every N": a unit, a weekday, a month, a
 * season or a part of the day.  j is at the word. */
static size_t every_what(const win *W, size_t j, int n, mention *m) {
  char buf[40];
  const tok *u = &W->t[j];
  if (u->cls == C_UNIT && u->num != U_WEEKEND) {
    if (u->num == U_QUARTER)
      snprintf(buf, sizeof buf, "P%dQ", n);
    else
      tx_dur_value(buf, sizeof buf, n, u->num, false);
  } else if (u->cls == C_WDAY && u->cap && !(u->val2 & LX_ABBR)) {
    if (is_w(W, j + 1, C_PART))
      return weekly(m, u->num, wval(W, j + 1), j + 2);
    return weekly(m, u->num, 0, j + 1);
  } else if (u->cls == C_MONTH && u->cap && !(u->val2 & LX_ABBR)) {
    snprintf(buf, sizeof buf, "XXXX-%02d", u->num);
  } else if (u->cls == C_SEASON) {
    static const char *ss[] = {"", "SP", "SU", "FA", "WI"};
    snprintf(buf, sizeof buf, "XXXX-%s", ss[u->num]);
  } else if (u->cls == C_PART) {
    snprintf(buf, sizeof buf, "XXXX-XX-XX%s", set_parts[u->num]);
  } else {
    return 0;
  }
  tx_set_fixed(m, ANNALS_TIMEX_SET, buf);
  return j + 1;
}

/* "every year", "every other week", "each Monday", "every two days",
 * "per month" */
size_t tx_set_every(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  size_t j = i + 1;
  int n = 1;
  if (cont(W, j) && tx_word_is(W, j, "other")) {
    n = 2;
    j++;
  } else {
    int v;
    size_t e2 = tx_card(W, j, &v, false);
    if (e2 && v != NX && tx_unit_at(W, e2)) {
      n = v;
      j = e2;
    }
  }
  if (!cont(W, j) || W->t[j].kind != TK_WORD)
    return 0;
  return every_what(W, j, n, m);
}

/* "twice a week", "once a year", "twice per month" */
size_t tx_set_times(const win *W, size_t i, mention *m, int depth) {
  (void)depth;
  size_t j = i + 1;
  if (!((is_w(W, j, C_A) || (is_w(W, j, C_EVERY) && wval(W, j) == 2)) &&
        is_w(W, j + 1, C_UNIT) && !W->t[j + 1].val2))
    return 0;
  char buf[24];
  int u = wval(W, j + 1);
  if (u == U_QUARTER)
    g_strlcpy(buf, "P1Q", sizeof buf);
  else
    tx_dur_value(buf, sizeof buf, 1, u, false);
  tx_set_fixed(m, ANNALS_TIMEX_SET, buf);
  return j + 2;
}
