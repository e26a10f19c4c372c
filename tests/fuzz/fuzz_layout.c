/*
 * fuzz_layout.c - model -> layout (annals_layout_build with the
 * deterministic measurer).
 *
 * The input is decoded into options and a timeline, so that every input
 * is a model the layout must handle (a YAML input would mostly stop at
 * the reader):
 *   bytes 0-1  width: 200 + (b0 | b1 << 8) % 19801 points
 *   byte 2     lanes (b % 3), theme (b / 3 % 3), bit 6: vertical layout
 *              (lanes then refused unless none), bit 7: a chart title
 *   byte 3     max_rows: 1 + b % 70 (above 64 is clamped by the layout)
 *   byte 4     label_width: 22 + 8 * b (out of range above 2000 or
 *              below 30: the layout must refuse with ANNALS_ERR_ARG)
 *   byte 5     max_height: 150 + 300 * b (below 200 refused)
 *   then events of 8 bytes and a title, until the input ends:
 *     e0  bits 0-1 start precision (none, year, month, day), bit 2
 *         interval, bit 3 approximate, bits 4-5 end precision, bit 6 year
 *         anywhere in -9999..9999 (else 2016..2031), bit 7 long interval
 *     e1 e2  year; e3 month; e4 day; e5 interval length; e6 type;
 *     e7  bits 0-1 number of actors (from a fixed list, chosen by the
 *         next bits), bits 2-7 title length L; the next L bytes are the
 *         title (cut at invalid UTF-8; "x" when empty); L = 63 means a
 *         title of 2000 bytes repeating them
 * Invariants (checked by fuzz_check_layout with tests/unit/layout_check.h):
 * every dated event has a marker that is labelled or folded, never both
 * (never folded in the vertical layout); labels and folds stay on the
 * canvas and do not overlap one another, a marker, an axis or a tick
 * label; each leader ends nearest its own marker and crosses no other
 * marker, label or tick label; the canvas respects max_height; every
 * display-list item has finite coordinates on the canvas; the JSON dump
 * and the description succeed.
 */
#include "fuzz.h"
#include "../unit/layout_check.h"

#include <glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const actor_names[8] = {
    "India",
    "Pakistan",
    "Iran",
    "United Nations",
    "\xd8\xa5\xd9\x8a\xd8\xb1\xd8\xa7\xd9\x86", /* Arabic script */
    "A very long actor name that will not fit in any lane header at all",
    "Israel",
    "Hamas"};

void fuzz_check_layout(const annals_layout *l, const annals_timeline *t,
                       const annals_layout_opts *o) {
  size_t dated = 0;
  for (size_t i = 0; i < annals_timeline_count(t); i++)
    dated += annals_timeline_get(t, i)->when.start.prec != ANNALS_PREC_NONE;
  FUZZ_CHECK(l->width == o->width);
  FUZZ_CHECK(l->n_undated == annals_timeline_count(t) - dated);
  lc_stats st = {0};
  const char *e = lc_check(l, dated, o, &st);
  if (e)
    fprintf(stderr, "fuzz: %s (%zu events)\n", e, annals_timeline_count(t));
  FUZZ_CHECK(e == NULL);
  for (size_t i = 0; i < l->dl.n; i++) {
    const annals_dl_item *it = &l->dl.items[i];
    FUZZ_CHECK(it->kind >= ANNALS_DL_RECT && it->kind <= ANNALS_DL_TEXT);
    if (it->kind == ANNALS_DL_TEXT)
      FUZZ_CHECK(annals_utf8_check(it->text, strlen(it->text)) ==
                 strlen(it->text));
  }
  char *json = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&json, &len);
  FUZZ_CHECK(fp != NULL);
  FUZZ_CHECK(annals_layout_write_json(l, fp) == ANNALS_OK);
  FUZZ_CHECK(fclose(fp) == 0);
  FUZZ_CHECK(len > 0);
  free(json);
  char *desc = annals_layout_describe(t);
  FUZZ_CHECK(desc != NULL);
  g_free(desc);
}

static int clampi(int v, int lo, int hi) {
  return v < lo ? lo : v > hi ? hi : v;
}

static void make_date(annals_date *dt, int prec, int y, int m, int d) {
  memset(dt, 0, sizeof *dt);
  dt->prec = (annals_prec)prec;
  if (prec == ANNALS_PREC_NONE)
    return;
  dt->y = clampi(y, ANNALS_YEAR_MIN, ANNALS_YEAR_MAX);
  if (prec >= ANNALS_PREC_MONTH)
    dt->m = clampi(m, 1, 12);
  if (prec == ANNALS_PREC_DAY)
    dt->d = clampi(d, 1, annals_days_in_month(dt->y, dt->m));
}

int fuzz_layout_one(const uint8_t *data, size_t n) {
  if (n < 6)
    return 0;
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  o.width = 200 + (data[0] | data[1] << 8) % 19801;
  o.lanes = (annals_lanes_by)(data[2] % 3);
  o.theme = (annals_theme)(data[2] / 3 % 3);
  o.max_rows = 1 + data[3] % 70;
  o.label_width = 22 + 8.0 * data[4];
  o.max_height = 150 + 300.0 * data[5];
  if (data[2] & 0x40)
    o.orient = ANNALS_ORIENT_VERTICAL;
  bool opts_ok =
      o.label_width >= 30 && o.label_width <= 2000 && o.max_height >= 200 &&
      (o.orient == ANNALS_ORIENT_HORIZONTAL || o.lanes == ANNALS_LANES_NONE);

  annals_timeline *t = annals_timeline_new();
  size_t at = 6, count = 0;
  GString *title = g_string_new(NULL);
  while (at + 8 <= n && count < 5000) {
    const uint8_t *e = data + at;
    at += 8;
    int p0 = e[0] & 3, p1 = (e[0] >> 4) & 3;
    int raw = (int16_t)(uint16_t)(e[1] << 8 | e[2]);
    int y = (e[0] & 0x40) ? raw % 10000 : 2016 + (raw & 15);
    annals_event ev;
    memset(&ev, 0, sizeof ev);
    ev.confidence = -1;
    ev.source.offset = ev.source.length = -1;
    make_date(&ev.when.start, p0, y, e[3] % 12 + 1, e[4] % 31 + 1);
    if (p0 != ANNALS_PREC_NONE && (e[0] & 4) && p1 != ANNALS_PREC_NONE) {
      int64_t d0 = annals_date_first_day(&ev.when.start);
      int64_t d1 = d0 + e[5] * ((e[0] & 0x80) ? 97 : 1);
      int yy, mm, dd;
      annals_civil_from_days(d1, &yy, &mm, &dd);
      make_date(&ev.when.end, p1, yy, mm, dd);
      if (annals_date_first_day(&ev.when.start) >
              annals_date_last_day(&ev.when.end) ||
          yy > ANNALS_YEAR_MAX)
        ev.when.end = ev.when.start;
      ev.when.interval = true;
    } else {
      ev.when.end = ev.when.start;
    }
    ev.approximate = e[0] & 8;
    ev.type = (annals_type)(e[6] % ANNALS_TYPE_COUNT);
    const char *actors[3];
    ev.n_actors = e[7] & 3;
    for (size_t k = 0; k < ev.n_actors; k++)
      actors[k] = actor_names[(e[6] >> (k * 2 + 2)) & 7];
    ev.actors = actors;
    size_t L = e[7] >> 2;
    if (L > n - at)
      L = n - at;
    size_t ok = fuzz_utf8_prefix(data + at, L);
    g_string_truncate(title, 0);
    if ((e[7] >> 2) == 63 && ok)
      while (title->len < 2000)
        g_string_append_len(title, (const char *)data + at, (gssize)ok);
    else
      g_string_append_len(title, (const char *)data + at, (gssize)ok);
    at += L;
    if (title->len == 0)
      g_string_assign(title, "x");
    ev.title = title->str;
    char id[32];
    snprintf(id, sizeof id, "e%zu", count);
    ev.id = id;
    annals_timeline_add(t, &ev);
    count++;
  }
  g_string_free(title, TRUE);
  if (data[2] & 0x80)
    annals_timeline_set_title(t, "A chart title that is rather long, to see "
                                 "it wrap or be cut on a narrow canvas");

  annals_measurer m;
  annals_measure_est_init(&m);
  annals_layout *l = NULL;
  annals_diags d;
  annals_diags_init(&d);
  annals_status st = annals_layout_build(t, &o, &m, &l, &d);
  fuzz_check_diags(&d);
  if (!opts_ok) {
    FUZZ_CHECK(st == ANNALS_ERR_ARG && l == NULL && d.n_errors > 0);
  } else {
    /* The layout may also refuse options it cannot honour for this
     * timeline ("width 200 too small for the lane names"), with a
     * message. */
    FUZZ_CHECK(st == ANNALS_OK || st == ANNALS_ERR_ARG);
    if (st == ANNALS_OK) {
      FUZZ_CHECK(l != NULL);
      fuzz_check_layout(l, t, &o);
    } else {
      FUZZ_CHECK(l == NULL && d.n_errors > 0);
    }
  }
  annals_layout_free(l);
  annals_diags_release(&d);
  annals_timeline_free(t);
  return 0;
}
