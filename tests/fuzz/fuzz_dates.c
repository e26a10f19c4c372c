/*
 * fuzz_dates.c - text -> dates (annals_dates_find and the stream API).
 *
 * The first bytes choose the options (the rest is the text, cut at its
 * first invalid UTF-8 byte since the API requires valid UTF-8):
 *   byte 0  bit 0: a DCT is given (bytes 1-3), else inferred from the text
 *           bit 1: day_first
 *           bit 2: feed the text in pieces through annals_dates_stream
 *                  (cut after each blank line)
 *           bit 3: DCT year anywhere in -9999..9999 instead of 1900..2155
 *   bytes 1-3: DCT year, month, day
 * Invariants: status OK; expressions in order of start, not overlapping,
 * inside the text, on UTF-8 boundaries; values non-empty and terminated;
 * resolved periods are valid dates with start <= end; durations name no
 * period; a given DCT is kept; the same input gives the same result.
 */
#include "fuzz.h"

#include <string.h>

static bool cont_byte(const uint8_t *s, size_t n, size_t i) {
  return i < n && (s[i] & 0xC0) == 0x80;
}

static void check_date(const annals_date *dt) {
  FUZZ_CHECK(dt->prec >= ANNALS_PREC_YEAR && dt->prec <= ANNALS_PREC_DAY);
  FUZZ_CHECK(dt->y >= ANNALS_YEAR_MIN && dt->y <= ANNALS_YEAR_MAX);
  if (dt->prec >= ANNALS_PREC_MONTH)
    FUZZ_CHECK(dt->m >= 1 && dt->m <= 12);
  else
    FUZZ_CHECK(dt->m == 0);
  if (dt->prec == ANNALS_PREC_DAY)
    FUZZ_CHECK(dt->d >= 1 && dt->d <= annals_days_in_month(dt->y, dt->m));
  else
    FUZZ_CHECK(dt->d == 0);
}

static void check_timexes(const annals_timexes *x, const uint8_t *s, size_t n) {
  size_t prev_end = 0;
  for (size_t i = 0; i < x->n; i++) {
    const annals_timex *t = &x->items[i];
    FUZZ_CHECK(t->start < t->end);
    FUZZ_CHECK(t->end <= n);
    FUZZ_CHECK(t->start >= prev_end);
    prev_end = t->end;
    FUZZ_CHECK(!cont_byte(s, n, t->start));
    FUZZ_CHECK(!cont_byte(s, n, t->end));
    FUZZ_CHECK(memchr(t->value, '\0', sizeof t->value) != NULL);
    FUZZ_CHECK(t->value[0] != '\0');
    FUZZ_CHECK(t->type >= ANNALS_TIMEX_DATE && t->type <= ANNALS_TIMEX_SET);
    FUZZ_CHECK(annals_timex_type_name(t->type) != NULL);
    if (t->when.start.prec != ANNALS_PREC_NONE) {
      check_date(&t->when.start);
      check_date(&t->when.end);
      FUZZ_CHECK(annals_date_first_day(&t->when.start) <=
                 annals_date_last_day(&t->when.end));
    } else {
      FUZZ_CHECK(t->when.end.prec == ANNALS_PREC_NONE);
    }
    if (t->type == ANNALS_TIMEX_DURATION)
      FUZZ_CHECK(t->when.start.prec == ANNALS_PREC_NONE);
  }
  if (x->dct.date.prec != ANNALS_PREC_NONE) {
    /* a given DCT is a day; an inferred one may be a year ("January 2024"
     * told as "last year" says only 2025) */
    check_date(&x->dct.date);
    FUZZ_CHECK(x->dct.how != ANNALS_DCT_NONE);
    /* the note says why */
    FUZZ_CHECK(x->dct.note && x->dct.note[0]);
  }
}

static bool same_date(const annals_date *a, const annals_date *b) {
  return a->prec == b->prec && a->y == b->y && a->m == b->m && a->d == b->d;
}

static bool same(const annals_timexes *a, const annals_timexes *b) {
  if (a->n != b->n || !same_date(&a->dct.date, &b->dct.date) ||
      a->dct.how != b->dct.how)
    return false;
  for (size_t i = 0; i < a->n; i++) {
    const annals_timex *p = &a->items[i], *q = &b->items[i];
    if (p->start != q->start || p->end != q->end || p->type != q->type ||
        p->flags != q->flags || strcmp(p->value, q->value) != 0 ||
        p->when.interval != q->when.interval ||
        !same_date(&p->when.start, &q->when.start) ||
        !same_date(&p->when.end, &q->when.end))
      return false;
  }
  return true;
}

static void find(const char *s, size_t n, const annals_dates_opts *o,
                 bool pieces, annals_timexes *x) {
  annals_diags d;
  annals_diags_init(&d);
  annals_timexes_init(x);
  if (!pieces) {
    FUZZ_CHECK(annals_dates_find(s, n, o, x, &d) == ANNALS_OK);
  } else {
    annals_dates_stream *st = annals_dates_stream_new(o);
    size_t at = 0;
    do { /* at least one piece, even an empty one */
      const char *blank = NULL;
      for (size_t i = at; i + 1 < n; i++)
        if (s[i] == '\n' && s[i + 1] == '\n') {
          blank = s + i + 2;
          break;
        }
      size_t end = blank ? (size_t)(blank - s) : n;
      FUZZ_CHECK(annals_dates_stream_feed(st, s + at, end - at, x, &d) ==
                 ANNALS_OK);
      at = end;
    } while (at < n);
    annals_dates_stream_free(st);
  }
  fuzz_check_diags(&d);
  annals_diags_release(&d);
}

int fuzz_dates_one(const uint8_t *data, size_t n) {
  if (n < 4)
    return 0;
  annals_dates_opts o;
  memset(&o, 0, sizeof o);
  o.day_first = data[0] & 2;
  bool pieces = data[0] & 4;
  if (data[0] & 1) {
    int y = 1900 + data[1];
    if (data[0] & 8)
      y = (int)((data[1] << 8 | data[2]) % 19999) - 9999;
    int m = data[2] % 12 + 1;
    o.dct.y = y;
    o.dct.m = m;
    o.dct.d = data[3] % annals_days_in_month(y, m) + 1;
    o.dct.prec = ANNALS_PREC_DAY;
  }
  const uint8_t *s = data + 4;
  size_t len = fuzz_utf8_prefix(s, n - 4);

  annals_timexes a, b;
  find((const char *)s, len, &o, pieces, &a);
  check_timexes(&a, s, len);
  if (o.dct.prec != ANNALS_PREC_NONE) {
    FUZZ_CHECK(same_date(&a.dct.date, &o.dct));
    FUZZ_CHECK(a.dct.how == ANNALS_DCT_GIVEN);
  }
  find((const char *)s, len, &o, pieces, &b);
  FUZZ_CHECK(same(&a, &b));
  annals_timexes_release(&a);
  annals_timexes_release(&b);
  return 0;
}
