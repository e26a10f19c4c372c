/*
 * dates/dct.c - the document date (DCT) of a text when none is given:
 * a dateline or publication line, consistent date pairs, or a weekday
 * told with its date.  Never the clock.
 */
#include "dates/dates.h"

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
  S->dct = tx_mkdate(y, mo, d, ANNALS_PREC_DAY);
  S->how = ANNALS_DCT_INFERRED;
  char q[80];
  snprintf(S->note, sizeof S->note,
           "weekday and date '%s' in a text that states %d",
           annals_quote(s + from->start, from->end - from->start, q, sizeof q),
           ylatest);
  return true;
}

void tx_infer_dct(annals_dates_stream *S, const char *s, size_t len,
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
      S->dct = tx_mkdate(y, best->m, best->d, ANNALS_PREC_DAY);
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
    S->dct = tx_mkdate(best->y, best->m, best->d, ANNALS_PREC_DAY);
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
      S->dct = tx_mkdate(years[bk], 0, 0, ANNALS_PREC_YEAR);
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
