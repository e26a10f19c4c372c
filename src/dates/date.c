/*
 * date.c - calendar arithmetic, the ISO 8601 date grammar of the record,
 * and the one place dates are written: as the record writes them (ISO
 * 8601) and as readers read them ("15 Mar 44 BCE", for the chart).
 *
 * Proleptic Gregorian calendar, astronomical year numbering (year 0 = 1 BCE)
 * as ISO 8601 does.  Day numbers count from 1970-01-01 with the civil-date
 * algorithm of Howard Hinnant (public domain description), which is exact
 * for every year the record allows.
 */
#include "internal.h"

#include <stdio.h>

bool annals_is_leap_year(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int annals_days_in_month(int y, int m) {
  static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12)
    return 0;
  if (m == 2 && annals_is_leap_year(y))
    return 29;
  return len[m - 1];
}

int64_t annals_days_from_civil(int y, int m, int d) {
  int64_t yy = (int64_t)y - (m <= 2);
  int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
  int64_t yoe = yy - era * 400;
  int64_t mp = (m + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void annals_civil_from_days(int64_t z, int *y, int *m, int *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t dd = doy - (153 * mp + 2) / 5 + 1;
  int64_t mm = mp < 10 ? mp + 3 : mp - 9;
  *y = (int)(yoe + era * 400 + (mm <= 2));
  *m = (int)mm;
  *d = (int)dd;
}

int annals_weekday(int64_t days) {
  /* 1970-01-01 was a Thursday (3 with Monday = 0). */
  int64_t w = (days + 3) % 7;
  return (int)(w < 0 ? w + 7 : w);
}

int64_t annals_date_first_day(const annals_date *dt) {
  switch (dt->prec) {
  case ANNALS_PREC_YEAR:
    return annals_days_from_civil(dt->y, 1, 1);
  case ANNALS_PREC_MONTH:
    return annals_days_from_civil(dt->y, dt->m, 1);
  case ANNALS_PREC_DAY:
    return annals_days_from_civil(dt->y, dt->m, dt->d);
  case ANNALS_PREC_NONE:
  default:
    return 0;
  }
}

int64_t annals_date_last_day(const annals_date *dt) {
  switch (dt->prec) {
  case ANNALS_PREC_YEAR:
    return annals_days_from_civil(dt->y, 12, 31);
  case ANNALS_PREC_MONTH:
    return annals_days_from_civil(dt->y, dt->m,
                                  annals_days_in_month(dt->y, dt->m));
  case ANNALS_PREC_DAY:
    return annals_days_from_civil(dt->y, dt->m, dt->d);
  case ANNALS_PREC_NONE:
  default:
    return 0;
  }
}

static int digits(const char *s, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

static const char *const month_names[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

/* Parses one date of s[0..n).  whole is the full value, for messages. */
static annals_status parse_date(const char *s, size_t n, const char *whole,
                                size_t base, annals_date *out, char *err,
                                size_t err_size, size_t *err_at) {
  char q[96];
  annals_quote(whole, strlen(whole), q, sizeof q);
  size_t i = 0;
  int sign = 1;
  memset(out, 0, sizeof *out);
  if (i < n && (s[i] == '-' || s[i] == '+')) {
    sign = s[i] == '-' ? -1 : 1;
    i++;
  }
  size_t ystart = i;
  while (i < n && s[i] >= '0' && s[i] <= '9')
    i++;
  if (i - ystart != 4) {
    if (err_at)
      *err_at = base + (i - ystart > 4 ? ystart + 4 : i);
    snprintf(err, err_size,
             i == ystart
                 ? "invalid date '%s': expected YYYY, YYYY-MM or YYYY-MM-DD"
                 : "year must have four digits in date '%s'",
             q);
    return ANNALS_ERR_INPUT;
  }
  out->y = sign * digits(s + ystart, 4);
  out->prec = ANNALS_PREC_YEAR;
  if (i == n)
    return ANNALS_OK;
  for (int part = 0; part < 2; part++) {
    if (s[i] != '-' || n - i < 3 || digits(s + i + 1, 2) < 0 ||
        (n - i > 3 && s[i + 3] >= '0' && s[i + 3] <= '9')) {
      if (err_at)
        *err_at = base + i;
      snprintf(err, err_size,
               "invalid date '%s': expected YYYY, YYYY-MM or YYYY-MM-DD", q);
      return ANNALS_ERR_INPUT;
    }
    int v = digits(s + i + 1, 2);
    if (part == 0) {
      if (v < 1 || v > 12) {
        if (err_at)
          *err_at = base + i + 1;
        snprintf(err, err_size, "month %d out of range in date '%s'", v, q);
        return ANNALS_ERR_INPUT;
      }
      out->m = v;
      out->prec = ANNALS_PREC_MONTH;
    } else {
      int dim = annals_days_in_month(out->y, out->m);
      if (v < 1 || v > dim) {
        if (err_at)
          *err_at = base + i + 1;
        if (v >= 1 && v <= 31)
          snprintf(err, err_size,
                   "day %d out of range in date '%s' (%s %s%d has %d days)", v,
                   q, month_names[out->m - 1], out->y < 0 ? "-" : "",
                   out->y < 0 ? -out->y : out->y, dim);
        else
          snprintf(err, err_size, "day %d out of range in date '%s'", v, q);
        return ANNALS_ERR_INPUT;
      }
      out->d = v;
      out->prec = ANNALS_PREC_DAY;
    }
    i += 3;
    if (i == n)
      return ANNALS_OK;
  }
  if (err_at)
    *err_at = base + i;
  snprintf(err, err_size,
           "invalid date '%s': unexpected text after YYYY-MM-DD", q);
  return ANNALS_ERR_INPUT;
}

annals_status annals_when_parse(const char *s, annals_when *out, char *err,
                                size_t err_size, size_t *err_at) {
  char dummy[8];
  if (!err) {
    err = dummy;
    err_size = sizeof dummy;
  }
  if (err_size)
    err[0] = '\0';
  memset(out, 0, sizeof *out);
  if (!s) {
    snprintf(err, err_size, "missing date");
    if (err_at)
      *err_at = 0;
    return ANNALS_ERR_INPUT;
  }
  if (strcmp(s, "unknown") == 0)
    return ANNALS_OK;
  size_t n = strlen(s);
  const char *slash = memchr(s, '/', n);
  if (!slash) {
    annals_status st = parse_date(s, n, s, 0, &out->start, err, err_size,
                                  err_at);
    out->end = out->start;
    return st;
  }
  size_t a = (size_t)(slash - s);
  if (memchr(slash + 1, '/', n - a - 1)) {
    char q[96];
    annals_quote(s, n, q, sizeof q);
    if (err_at)
      *err_at = (size_t)((const char *)memchr(slash + 1, '/', n - a - 1) - s);
    snprintf(err, err_size, "interval '%s' has more than one '/'", q);
    return ANNALS_ERR_INPUT;
  }
  annals_status st =
      parse_date(s, a, s, 0, &out->start, err, err_size, err_at);
  if (st != ANNALS_OK)
    return st;
  st = parse_date(slash + 1, n - a - 1, s, a + 1, &out->end, err, err_size,
                  err_at);
  if (st != ANNALS_OK)
    return st;
  out->interval = true;
  if (annals_date_last_day(&out->end) < annals_date_first_day(&out->start) ||
      annals_date_first_day(&out->end) < annals_date_first_day(&out->start)) {
    char q[96];
    annals_quote(s, n, q, sizeof q);
    if (err_at)
      *err_at = a + 1;
    snprintf(err, err_size, "interval ends before it starts in date '%s'", q);
    return ANNALS_ERR_INPUT;
  }
  return ANNALS_OK;
}

size_t annals_put_digits(char *p, unsigned long long v, int width) {
  char t[24];
  int k = 0;
  do {
    t[k++] = (char)('0' + v % 10);
    v /= 10;
  } while (v > 0);
  for (int i = 0; i < width - k; i++)
    *p++ = '0';
  for (int i = 0; i < k; i++)
    p[i] = t[k - 1 - i];
  return (size_t)(width > k ? width : k);
}

/* v at p with at least w characters, zero-padded after any sign (as
 * printf's %0*lld does); returns the length. */
static size_t put_padded(char *p, long long v, int w) {
  if (v >= 0)
    return annals_put_digits(p, (unsigned long long)v, w);
  *p = '-';
  return 1 + annals_put_digits(p + 1, (unsigned long long)-v, w - 1);
}

/* No snprintf: dates are formatted for every event written and every id
 * made, and the format is fixed.  Truncates like snprintf would. */
size_t annals_date_format(const annals_date *dt, char *buf, size_t size) {
  char t[48];
  size_t n = 0;
  switch (dt->prec) {
  case ANNALS_PREC_YEAR:
  case ANNALS_PREC_MONTH:
  case ANNALS_PREC_DAY:
    if (dt->y < 0)
      t[n++] = '-';
    n += put_padded(t + n, dt->y < 0 ? -(long long)dt->y : dt->y, 4);
    if (dt->prec >= ANNALS_PREC_MONTH) {
      t[n++] = '-';
      n += put_padded(t + n, dt->m, 2);
    }
    if (dt->prec == ANNALS_PREC_DAY) {
      t[n++] = '-';
      n += put_padded(t + n, dt->d, 2);
    }
    break;
  case ANNALS_PREC_NONE:
  default:
    memcpy(t, "unknown", 7);
    n = 7;
    break;
  }
  if (size == 0)
    return 0;
  if (n >= size)
    n = size - 1;
  memcpy(buf, t, n);
  buf[n] = '\0';
  return n;
}

size_t annals_when_format(const annals_when *w, char *buf, size_t size) {
  size_t n = annals_date_format(&w->start, buf, size);
  if (!w->interval || w->start.prec == ANNALS_PREC_NONE)
    return n;
  if (n + 1 < size) {
    buf[n++] = '/';
    buf[n] = '\0';
    n += annals_date_format(&w->end, buf + n, size - n);
  }
  return n;
}

/* ---- dates as readers write them -------------------------------------- */

/* The layout's labels and the axis's ticks use these, so one date reads the
 * same on both: astronomical year -43 is "44 BCE" everywhere. */

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr",
                                           "May", "Jun", "Jul", "Aug",
                                           "Sep", "Oct", "Nov", "Dec"};

size_t annals_year_format_human(int y, char *buf, size_t size) {
  int n = y <= 0 ? snprintf(buf, size, "%d BCE", 1 - y)
                 : snprintf(buf, size, "%d", y);
  return n < 0 ? 0 : (size_t)n;
}

size_t annals_date_format_human(const annals_date *d, bool with_year,
                                char *buf, size_t size) {
  int n = 0;
  char yb[16];
  annals_year_format_human(d->y, yb, sizeof yb);
  switch (d->prec) {
  case ANNALS_PREC_DAY:
    n = with_year ? snprintf(buf, size, "%d %s %s", d->d, month_abbr[d->m - 1],
                             yb)
                  : snprintf(buf, size, "%d %s", d->d, month_abbr[d->m - 1]);
    break;
  case ANNALS_PREC_MONTH:
    n = with_year ? snprintf(buf, size, "%s %s", month_abbr[d->m - 1], yb)
                  : snprintf(buf, size, "%s", month_abbr[d->m - 1]);
    break;
  case ANNALS_PREC_YEAR:
    n = snprintf(buf, size, "%s", yb);
    break;
  case ANNALS_PREC_NONE:
  default:
    n = snprintf(buf, size, "date unknown");
    break;
  }
  return n < 0 ? 0 : (size_t)n;
}

size_t annals_when_format_human(const annals_when *w, bool approximate,
                                char *buf, size_t size) {
  char a[40], b[40];
  const annals_date *s = &w->start, *e = &w->end;
  const char *pre = approximate ? "c. " : "";
  int n;
  if (!w->interval || s->prec == ANNALS_PREC_NONE ||
      (s->prec == e->prec && s->y == e->y && s->m == e->m && s->d == e->d)) {
    annals_date_format_human(s, true, a, sizeof a);
    n = snprintf(buf, size, "%s%s", pre, a);
  } else if (s->prec == ANNALS_PREC_DAY && e->prec == ANNALS_PREC_DAY &&
             s->y == e->y && s->m == e->m) {
    annals_date_format_human(e, true, b, sizeof b);
    n = snprintf(buf, size, "%s%d\xe2\x80\x93%s", pre, s->d, b);
  } else if (s->prec == e->prec && s->prec != ANNALS_PREC_YEAR &&
             s->y == e->y) {
    annals_date_format_human(s, false, a, sizeof a);
    annals_date_format_human(e, true, b, sizeof b);
    n = snprintf(buf, size, "%s%s \xe2\x80\x93 %s", pre, a, b);
  } else {
    annals_date_format_human(s, true, a, sizeof a);
    annals_date_format_human(e, true, b, sizeof b);
    n = snprintf(buf, size, "%s%s \xe2\x80\x93 %s", pre, a, b);
  }
  return n < 0 ? 0 : (size_t)n;
}

/* Ordinals of the first and last day of a date, (y * 13 + m) * 32 + d:
 * they order valid dates as their day numbers do, without the calendar
 * arithmetic (sorting compares dates n log n times). */
static int64_t ord_first(const annals_date *dt) {
  switch (dt->prec) {
  case ANNALS_PREC_YEAR:
    return ((int64_t)dt->y * 13 + 1) * 32 + 1;
  case ANNALS_PREC_MONTH:
    return ((int64_t)dt->y * 13 + dt->m) * 32 + 1;
  case ANNALS_PREC_DAY:
    return ((int64_t)dt->y * 13 + dt->m) * 32 + dt->d;
  case ANNALS_PREC_NONE:
  default:
    return 0;
  }
}

static int64_t ord_last(const annals_date *dt) {
  switch (dt->prec) {
  case ANNALS_PREC_YEAR:
    return ((int64_t)dt->y * 13 + 12) * 32 + 31;
  case ANNALS_PREC_MONTH:
    return ((int64_t)dt->y * 13 + dt->m) * 32 +
           annals_days_in_month(dt->y, dt->m);
  case ANNALS_PREC_DAY:
    return ((int64_t)dt->y * 13 + dt->m) * 32 + dt->d;
  case ANNALS_PREC_NONE:
  default:
    return 0;
  }
}

int annals_when_cmp(const annals_when *a, const annals_when *b) {
  bool ua = a->start.prec == ANNALS_PREC_NONE;
  bool ub = b->start.prec == ANNALS_PREC_NONE;
  if (ua || ub)
    return (int)ub - (int)ua;
  int64_t x = ord_first(&a->start);
  int64_t y = ord_first(&b->start);
  if (x != y)
    return x < y ? -1 : 1;
  x = ord_last(&a->end);
  y = ord_last(&b->end);
  if (x != y)
    return x < y ? -1 : 1;
  if (a->start.prec != b->start.prec)
    return a->start.prec < b->start.prec ? -1 : 1;
  if (a->end.prec != b->end.prec)
    return a->end.prec < b->end.prec ? -1 : 1;
  return (int)a->interval - (int)b->interval;
}

bool annals_parse_day(const char *s, annals_date *out) {
  annals_when w;
  if (!s || strlen(s) != 10)
    return false;
  if (annals_when_parse(s, &w, NULL, 0, NULL) != ANNALS_OK ||
      w.interval || w.start.prec != ANNALS_PREC_DAY)
    return false;
  *out = w.start;
  return true;
}
