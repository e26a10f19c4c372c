/*
 * dates/value.c - TIMEX3 values and calendar periods: durations
 * ("P2Y"), years, days, weeks, quarters, and unresolved values.
 */
#include "dates/dates.h"

static const char *const part_code[] = {"", "MO", "AF", "EV", "NI", "DT"};

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
void tx_dur_value(char *buf, size_t size, int n, int u, bool half) {
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

/* Writes v (0..99999) with at least w digits; returns the length.  The
 * hot path of every resolved value, so no printf. */
int tx_put_digits(char *b, int v, int w) {
  return (int)annals_put_digits(b, (unsigned long long)v, w);
}

/* The year as TIMEX3 writes it: 4 digits at least; a year before Christ
 * (astronomical year 0 and below: 0 is 1 BC) as "BC0490".  n must leave
 * room for 7 characters and the NUL. */
int tx_fmt_year(char *b, size_t n, int y) {
  if (n < 8 || y < -99998 || y > 99999)
    return snprintf(b, n, y <= 0 ? "BC%04d" : "%04d", y <= 0 ? 1 - y : y);
  int k = 0;
  if (y <= 0) {
    b[k++] = 'B';
    b[k++] = 'C';
    y = 1 - y;
  }
  k += tx_put_digits(b + k, y, 4);
  b[k] = '\0';
  return k;
}

annals_date tx_mkdate(int y, int m, int d, annals_prec p) {
  annals_date r = {y, m, d, p};
  return r;
}

void tx_when_point(annals_when *w, annals_date d) {
  w->start = d;
  w->end = d;
  w->interval = false;
}

void tx_when_span(annals_when *w, annals_date a, annals_date b) {
  w->start = a;
  w->end = b;
  w->interval = true;
}

void tx_when_days(annals_when *w, int64_t a, int64_t b) {
  int y, m, d, y2, m2, d2;
  annals_civil_from_days(a, &y, &m, &d);
  annals_civil_from_days(b, &y2, &m2, &d2);
  tx_when_span(w, tx_mkdate(y, m, d, ANNALS_PREC_DAY),
            tx_mkdate(y2, m2, d2, ANNALS_PREC_DAY));
}

/* ISO week of a day: year and week number; returns the Monday. */
int64_t tx_iso_week(int64_t day, int *wy, int *wn) {
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

int tx_month_of_season(int s) { return s == S_WI ? 12 : s * 3; }

int tx_season_of_month(int m) {
  if (m >= 3 && m <= 5)
    return S_SP;
  if (m >= 6 && m <= 8)
    return S_SU;
  if (m >= 9 && m <= 11)
    return S_FA;
  return S_WI;
}

void tx_fmt_time(char *v, size_t n, const mention *m) {
  size_t k = strlen(v);
  if (m->hour >= 0)
    snprintf(v + k, n - k, "T%02d:%02d", m->hour, m->min);
  else if (m->part)
    snprintf(v + k, n - k, "T%s", part_code[m->part]);
}

/* Fills x from a resolved full date y-m-d plus m's time of day. */
void tx_out_day(annals_timex *x, const mention *m, int y, int mo, int d) {
  char *v = x->value;
  size_t n = sizeof x->value;
  int k = tx_fmt_year(v, n, y);
  v[k++] = '-';
  k += tx_put_digits(v + k, mo, 2);
  v[k++] = '-';
  k += tx_put_digits(v + k, d, 2);
  v[k] = '\0';
  tx_when_point(&x->when, tx_mkdate(y, mo, d, ANNALS_PREC_DAY));
  if (m->hour >= 0 || m->part) {
    tx_fmt_time(v, n, m);
    x->type = ANNALS_TIMEX_TIME;
  }
}

void tx_out_unresolved(annals_timex *x, const char *v) {
  g_strlcpy(x->value, v, sizeof x->value);
  x->flags |= ANNALS_TIMEX_F_UNRESOLVED;
  x->when.start.prec = ANNALS_PREC_NONE;
  x->when.end.prec = ANNALS_PREC_NONE;
}

void tx_out_quarter(annals_timex *x, int y, int q) {
  int k = tx_fmt_year(x->value, sizeof x->value, y);
  snprintf(x->value + k, sizeof x->value - (size_t)k, "-Q%d", q);
  tx_when_span(&x->when, tx_mkdate(y, 3 * q - 2, 0, ANNALS_PREC_MONTH),
            tx_mkdate(y, 3 * q, 0, ANNALS_PREC_MONTH));
}

/* Resolves one mention into x and updates the narrative reference. */
bool tx_year_ok(const annals_when *w) {
  return w->start.y >= ANNALS_YEAR_MIN && w->start.y <= ANNALS_YEAR_MAX &&
         w->end.y >= ANNALS_YEAR_MIN && w->end.y <= ANNALS_YEAR_MAX;
}

/* A period resolved outside years -9999..9999 ("next year" written on
 * 9999-12-31) is no date this library can hold: the year becomes XXXX,
 * the rest of the value stays, and the period is unresolved. */
void tx_out_of_range(annals_timex *x) {
  const char *v = x->value;
  size_t i = v[0] == '-' ? 1 : 0;
  while (v[i] >= '0' && v[i] <= '9')
    i++;
  char b[sizeof x->value];
  snprintf(b, sizeof b, "XXXX%s", v + i);
  tx_out_unresolved(x, b);
  x->flags &= ~(unsigned)ANNALS_TIMEX_F_RELATIVE;
}
