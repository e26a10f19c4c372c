/*
 * dates/period.c - periods: edges ("early", "the end of"), quarters
 * and halves, decades and centuries, seasons.
 */
#include "dates/dates.h"

/* Edge words before a period: "early", "late", "mid", "mid-", "the end
 * of", "the beginning of", "the middle of", "the turn of"; returns the
 * end and the edge. */
size_t tx_edge(const win *W, size_t i, int *edge) {
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

/* Quarters and halves: "the third quarter", "third-quarter", "Q3",
 * "the first half of 2024", "the fiscal first quarter". */
size_t tx_quarter(const win *W, size_t i, mention *m) {
  size_t j = i;
  if (is_w(W, j, C_FISCAL))
    j++;
  if (is_num(W, j) && W->t[j].ndig == 4) {
    /* "the 1998 second quarter" */
    int y;
    size_t e = tx_year(W, j, &y, false);
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
    size_t e = tx_year(W, k, &y, true);
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
    size_t e = tx_year(W, k, &y, true);
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
    size_t e = tx_year(W, k2, &y, true);
    if (e && !m->y) {
      m->y = y;
      return e;
    }
  }
  return j;
}

/* Decades and centuries: "1990s", "the '90s", "the nineties", "the 20th
 * century", "the nineteenth century". */
size_t tx_decade(const win *W, size_t i, mention *m) {
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

/* Seasons: "summer 2024", "fall of 1990", "in spring", "the early
 * summer" (depth > 0 after an edge); "fall" alone is the verb. */
size_t tx_season(const win *W, size_t i, mention *m, int depth) {
  const tok *t = &W->t[i];
  int y;
  if (t->val2 & LX_AMBIG && !t->cap && !tx_year(W, i + 1, &y, true))
    return 0; /* "fall 2024" is fine, "fall" alone is the verb */
  size_t j = i + 1;
  size_t k = j;
  if (is_w(W, k, C_OF))
    k++;
  size_t ye = tx_year(W, k, &y, true);
  m->kind = MK_ABS;
  m->season = t->num;
  if (ye) {
    m->y = y;
    return ye;
  }
  int pr = tx_prep_before(W, i);
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
