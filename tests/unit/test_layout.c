/* test_layout.c - layout: golden JSON dumps and display lists of the
 * tests/layout inputs (made with the deterministic measurer, so they do
 * not depend on fonts) and
 * property tests on random timelines, both orientations: every promise of
 * layout_check.h (no label overlaps another label, a marker, an axis or a
 * tick label; everything stays on the canvas; every event is labelled or
 * counted in a "+N more"; each leader ends nearest its own marker and
 * crosses no other marker, label or tick label; markers of different
 * labels do not overlap), and in the vertical layout every event
 * labelled.
 *
 * UPDATE_GOLDEN=1 rewrites the goldens.  ANNALS_LAYOUT_BENCH=1 prints
 * layout times for 1k, 10k and 100k events (used by make bench). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "annals.h"
#include "layout_check.h"

/* ---- helpers --------------------------------------------------------- */

static annals_timeline *load_yaml(const char *path) {
  annals_diags d;
  annals_diags_init(&d);
  char *buf = NULL;
  size_t len = 0;
  annals_timeline *t = NULL;
  if (annals_read_file(path, 1 << 24, &buf, &len, &d) == ANNALS_OK)
    annals_timeline_read_yaml(buf, len, path, &t, &d);
  for (size_t i = 0; i < d.n; i++)
    annals_diag_print(&d.items[i], stderr);
  g_free(buf);
  annals_diags_release(&d);
  return t;
}

static void opts_for(const char *name, annals_layout_opts *o) {
  annals_layout_opts_init(o);
  if (strstr(name, "lanes-actor") || strstr(name, "lanes-many"))
    o->lanes = ANNALS_LANES_ACTOR;
  if (strstr(name, "lanes-type"))
    o->lanes = ANNALS_LANES_TYPE;
  if (strstr(name, "vertical")) {
    o->orient = ANNALS_ORIENT_VERTICAL;
    o->width = 480;
  }
}

static char *layout_json(const annals_layout *l, size_t *len) {
  char *s = NULL;
  FILE *f = open_memstream(&s, len);
  assert_non_null(f);
  assert_int_equal(annals_layout_write_json(l, f), ANNALS_OK);
  fclose(f);
  return s;
}

/* Totals of the property checks, printed at the end. */
static lc_stats stats;
static size_t timelines_tried;

/* Every invariant the layout promises, checked on its geometry. */
static void check_layout(const annals_layout *l, size_t n_dated,
                         const annals_layout_opts *o) {
  const char *e = lc_check(l, n_dated, o, &stats);
  if (e) {
    fprintf(stderr, "layout check failed: %s\n", e);
    fail();
  }
  timelines_tried++;
}

/* ---- goldens --------------------------------------------------------- */

/* The display list as text (annals_layout_write_dl). */
static char *layout_dl(const annals_layout *l, size_t *len) {
  char *s = NULL;
  FILE *f = open_memstream(&s, len);
  assert_non_null(f);
  assert_int_equal(annals_layout_write_dl(l, f), ANNALS_OK);
  fclose(f);
  return s;
}

/* Compares got with the golden file path (or rewrites it when
 * UPDATE_GOLDEN is set), showing the first line that differs. */
static void check_golden(const char *path, const char *got, size_t len) {
  const char *up = getenv("UPDATE_GOLDEN");
  if (up && *up && strcmp(up, "0") != 0) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(got, 1, len, f);
    assert_int_equal(fclose(f), 0);
    return;
  }
  gchar *want = NULL;
  gsize wlen = 0;
  if (!g_file_get_contents(path, &want, &wlen, NULL)) {
    fprintf(stderr, "missing golden %s (run with UPDATE_GOLDEN=1)\n", path);
    fail();
  }
  if (wlen != len || memcmp(want, got, len) != 0) {
    size_t line = 1, i = 0;
    while (i < len && i < wlen && got[i] == want[i]) {
      if (got[i] == '\n')
        line++;
      i++;
    }
    size_t a = i, b = i;
    while (a > 0 && got[a - 1] != '\n')
      a--;
    while (b < wlen && want[b] != '\n')
      b++;
    size_t c = i;
    while (c < len && got[c] != '\n')
      c++;
    fprintf(stderr, "%s differs at line %zu\n  want: %.*s\n  got:  %.*s\n",
            path, line, (int)(b - a), want + a, (int)(c - a), got + a);
    g_free(want);
    fail();
  }
  g_free(want);
}

/* tests/layout/NAME.json (the geometry) and NAME.dl (the display list:
 * what the drawing step paints) for NAME.yaml. */
static void run_golden(const char *name) {
  char yaml[256], json[256], dl[256];
  /* vertical-NAME lays out NAME.yaml vertically. */
  const char *src = strncmp(name, "vertical-", 9) == 0 ? name + 9 : name;
  snprintf(yaml, sizeof yaml, "tests/layout/%s.yaml", src);
  snprintf(json, sizeof json, "tests/layout/%s.json", name);
  snprintf(dl, sizeof dl, "tests/layout/%s.dl", name);
  annals_timeline *t = load_yaml(yaml);
  assert_non_null(t);
  annals_layout_opts o;
  opts_for(name, &o);
  annals_measurer m;
  annals_measure_est_init(&m);
  annals_layout *l = NULL;
  assert_int_equal(annals_layout_build(t, &o, &m, &l, NULL), ANNALS_OK);
  size_t dated = 0;
  for (size_t i = 0; i < annals_timeline_count(t); i++)
    dated += annals_timeline_get(t, i)->when.start.prec != ANNALS_PREC_NONE;
  check_layout(l, dated, &o);
  size_t len;
  char *got = layout_json(l, &len);
  check_golden(json, got, len);
  free(got);
  got = layout_dl(l, &len);
  check_golden(dl, got, len);
  free(got);
  annals_layout_free(l);
  annals_timeline_free(t);
}

static void test_golden_one_event(void **s) {
  (void)s;
  run_golden("one-event");
}
static void test_golden_design_12(void **s) {
  (void)s;
  run_golden("design-12");
}
static void test_golden_same_day_50(void **s) {
  (void)s;
  run_golden("same-day-50");
}
static void test_golden_precision(void **s) {
  (void)s;
  run_golden("precision");
}
static void test_golden_lanes_actor(void **s) {
  (void)s;
  run_golden("lanes-actor");
}
static void test_golden_lanes_type(void **s) {
  (void)s;
  run_golden("lanes-type");
}
static void test_golden_long_titles(void **s) {
  (void)s;
  run_golden("long-titles");
}
static void test_golden_lanes_many(void **s) {
  (void)s;
  run_golden("lanes-many");
}
static void test_golden_vertical(void **s) {
  (void)s;
  run_golden("vertical-design-12");
}
static void test_golden_bce(void **s) {
  (void)s;
  run_golden("bce");
}

/* ---- behaviour on the goldens' inputs -------------------------------- */

static annals_layout *layout_of(const char *yaml, annals_layout_opts *o) {
  annals_timeline *t = load_yaml(yaml);
  assert_non_null(t);
  annals_measurer m;
  annals_measure_est_init(&m);
  annals_layout *l = NULL;
  assert_int_equal(annals_layout_build(t, o, &m, &l, NULL), ANNALS_OK);
  annals_timeline_free(t);
  return l;
}

static const annals_label *label_of(const annals_layout *l, const char *id) {
  for (size_t k = 0; k < l->n_markers; k++)
    if (strcmp(l->markers[k].id, id) == 0 && l->markers[k].label >= 0)
      return &l->labels[l->markers[k].label];
  return NULL;
}

static void test_design_reads_well(void **s) {
  (void)s;
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  annals_layout *l = layout_of("tests/layout/design-12.yaml", &o);
  /* The axis breaks between 1980 and 2023, and the cluster gets most of
   * the width. */
  assert_int_equal(l->n_segments, 2);
  double w0 = l->segments[0].x1 - l->segments[0].x0;
  double w1 = l->segments[1].x1 - l->segments[1].x0;
  assert_true(w1 > 6 * w0);
  /* Everything fits at the default width; the two 26 May events share one
   * label and one marker, drawn with a count. */
  assert_int_equal(l->n_folded, 0);
  const annals_label *a = label_of(l, "2025-05-26-visit");
  const annals_label *b = label_of(l, "2025-05-26-talks");
  assert_non_null(a);
  assert_ptr_equal(a, b);
  assert_int_equal(a->n_markers, 2);
  /* Labels show the date at its precision. */
  assert_string_equal(label_of(l, "1980-09-war-begins")->lines[0], "Sep 1980");
  assert_string_equal(label_of(l, "2025-05-07-strikes")->lines[0],
                      "7 May 2025");
  assert_string_equal(label_of(l, "2025-late-summit")->lines[0], "c. 2025");
  annals_layout_free(l);
}

static void test_same_day_shares_marker(void **s) {
  (void)s;
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  annals_layout *l = layout_of("tests/layout/same-day-50.yaml", &o);
  assert_int_equal(l->n_labels, 1);
  assert_int_equal(l->labels[0].n_markers, 50);
  assert_int_equal(l->labels[0].n_hidden, 47);
  assert_int_equal(l->n_folded, 47);
  for (size_t k = 1; k < l->n_markers; k++)
    assert_true(l->markers[k].x0 == l->markers[0].x0);
  /* The last line counts the hidden titles. */
  const annals_label *lb = &l->labels[0];
  assert_string_equal(lb->lines[lb->n_lines - 1], "+47 more on this date");
  annals_layout_free(l);
}

static void test_precision_shapes(void **s) {
  (void)s;
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  annals_layout *l = layout_of("tests/layout/precision.yaml", &o);
  assert_int_equal(l->n_undated, 1);
  assert_int_equal(l->n_markers, 7);
  for (size_t k = 0; k < l->n_markers; k++) {
    const annals_marker *m = &l->markers[k];
    bool point = strcmp(m->id, "day") == 0 || strcmp(m->id, "approx-day") == 0;
    assert_true(m->span == !point);
    assert_true(m->approximate == (strncmp(m->id, "approx", 6) == 0));
  }
  /* A month spans its whole month: January 2024 is 31 days, a day point
   * in March sits inside March. */
  const annals_marker *month = NULL, *year = NULL;
  for (size_t k = 0; k < l->n_markers; k++) {
    if (strcmp(l->markers[k].id, "month") == 0)
      month = &l->markers[k];
    if (strcmp(l->markers[k].id, "year") == 0)
      year = &l->markers[k];
  }
  assert_non_null(month);
  assert_non_null(year);
  double per_day = (month->x1 - month->x0) / 31.0;
  assert_true(fabs((year->x1 - year->x0) - 365 * per_day) < 0.5);
  assert_string_equal(label_of(l, "span-days")->lines[0],
                      "7\xe2\x80\x93" "10 May 2024");
  assert_string_equal(label_of(l, "span-months")->lines[0],
                      "Jun \xe2\x80\x93 Sep 2024");
  assert_string_equal(label_of(l, "approx-month")->lines[0], "c. Nov 2024");
  annals_layout_free(l);
}

static void test_long_titles(void **s) {
  (void)s;
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  annals_layout *l = layout_of("tests/layout/long-titles.yaml", &o);
  const annals_label *lb = label_of(l, "long");
  assert_non_null(lb);
  assert_int_equal(lb->n_lines, 4); /* date + 3 lines */
  const char *last = lb->lines[3];
  size_t n = strlen(last);
  assert_true(n > 3 && strcmp(last + n - 3, "\xe2\x80\xa6") == 0);
  /* The tooltip keeps the full title. */
  bool tip = false;
  for (size_t i = 0; i < l->dl.n; i++)
    if (l->dl.items[i].tip && strstr(l->dl.items[i].tip, "over the weekend"))
      tip = true;
  assert_true(tip);
  /* The unbroken word is cut to fit the label width. */
  lb = label_of(l, "word");
  assert_non_null(lb);
  assert_true(lb->n_lines >= 3);
  assert_true(lb->box.w <= o.label_width + 6 + LC_EPS);
  /* Arabic-script titles are flagged right-to-left for drawing. */
  bool rtl = false;
  for (size_t i = 0; i < l->dl.n; i++)
    if (l->dl.items[i].kind == ANNALS_DL_TEXT &&
        (l->dl.items[i].flags & ANNALS_DL_F_RTL))
      rtl = true;
  assert_true(rtl);
  annals_layout_free(l);
}

static void test_huge_title(void **s) {
  (void)s;
  /* A 200 kB title (words, then one long word) ends in an ellipsis after
   * three lines; only its head is measured. */
  for (int kind = 0; kind < 2; kind++) {
    GString *g = g_string_new(NULL);
    while (g->len < 200000)
      g_string_append(g, kind ? "x" : "word ");
    annals_timeline *t = annals_timeline_new();
    annals_event e;
    memset(&e, 0, sizeof e);
    e.id = "huge";
    annals_when_parse("2025-05-10", &e.when, NULL, 0, NULL);
    e.title = g->str;
    annals_timeline_add(t, &e);
    annals_layout_opts o;
    annals_layout_opts_init(&o);
    annals_measurer m;
    annals_measure_est_init(&m);
    annals_layout *l = NULL;
    assert_int_equal(annals_layout_build(t, &o, &m, &l, NULL), ANNALS_OK);
    assert_int_equal(l->n_labels, 1);
    assert_int_equal(l->labels[0].n_lines, 4);
    const char *last = l->labels[0].lines[3];
    assert_string_equal(last + strlen(last) - 3, "\xe2\x80\xa6");
    check_layout(l, 1, &o);
    annals_layout_free(l);
    annals_timeline_free(t);
    g_string_free(g, TRUE);
  }
}

static void test_bad_options(void **s) {
  (void)s;
  annals_timeline *t = annals_timeline_new();
  annals_measurer m;
  annals_measure_est_init(&m);
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  o.width = 1e9;
  annals_layout *l = NULL;
  annals_diags d;
  annals_diags_init(&d);
  assert_int_equal(annals_layout_build(t, &o, &m, &l, &d), ANNALS_ERR_ARG);
  assert_null(l);
  assert_int_equal(d.n_errors, 1);
  assert_non_null(strstr(d.items[0].message, "width"));
  annals_diags_release(&d);
  /* NaN is refused too. */
  o.width = NAN;
  assert_int_equal(annals_layout_build(t, &o, &m, &l, NULL), ANNALS_ERR_ARG);
  /* An empty timeline still lays out (header and an axis). */
  annals_layout_opts_init(&o);
  assert_int_equal(annals_layout_build(t, &o, &m, &l, NULL), ANNALS_OK);
  assert_int_equal(l->n_markers, 0);
  assert_true(l->n_segments == 1 && l->height > 0);
  annals_layout_free(l);
  annals_timeline_free(t);
}

/* ---- property tests on random timelines ------------------------------ */

static const char *const words[] = {
    "talks",  "strike", "border", "minister", "ceasefire", "envoy",
    "summit", "troops", "aid",    "sanctions", "protest", "capital",
    "visit",  "deal",   "the",    "of",        "and",     "in",
    "a",      "with",   "pakistan", "iran",    "india",   "agreement",
    "counter-offensive", "قرارداد", "वार्ता"};

static const char *const slugs[] = {"consult", "fight", "protest", "aid",
                                    "statement", "yield", "assault",
                                    "demand"};

typedef struct {
  size_t n;
  int64_t day0;
  int span_days;   /* events fall in [day0, day0 + span_days) */
  int width;       /* canvas width */
  annals_lanes_by lanes;
  int outliers;    /* events far before the rest (at most 6) */
  annals_orient orient;
} gen_spec;

static annals_timeline *gen_timeline(GRand *r, const gen_spec *g,
                                     size_t *n_dated) {
  annals_timeline *t = annals_timeline_new();
  *n_dated = 0;
  static const char *const actors[] = {"Iran", "Pakistan", "India", "China",
                                       "United States", "Afghanistan"};
  for (size_t i = 0; i < g->n; i++) {
    annals_event e;
    memset(&e, 0, sizeof e);
    char id[32], title[400];
    snprintf(id, sizeof id, "ev-%zu", i);
    e.id = id;
    int64_t day = g->day0 + g_rand_int_range(r, 0, g->span_days);
    static const int back[6] = {30, 90, 270, 810, 2430, 7290};
    if ((int)i < g->outliers) /* 30, 90, 270... years earlier: breaks */
      day = g->day0 - 365 * back[i] - g_rand_int_range(r, 0, 300);
    int y, m, d;
    annals_civil_from_days(day, &y, &m, &d);
    int kind = g_rand_int_range(r, 0, 20);
    e.when.start = (annals_date){y, m, d, ANNALS_PREC_DAY};
    if (kind == 0)
      e.when.start = (annals_date){y, m, 0, ANNALS_PREC_MONTH};
    else if (kind == 1)
      e.when.start = (annals_date){y, 0, 0, ANNALS_PREC_YEAR};
    else if (kind == 2) {
      annals_civil_from_days(day + g_rand_int_range(r, 1, 90), &y, &m, &d);
      e.when.interval = true;
      e.when.end = (annals_date){y, m, d, ANNALS_PREC_DAY};
    } else if (kind == 3 && g->n > 10) {
      e.when.start.prec = ANNALS_PREC_NONE;
      e.when.start.y = e.when.start.m = e.when.start.d = 0;
    }
    if (!e.when.interval)
      e.when.end = e.when.start;
    e.approximate = g_rand_int_range(r, 0, 10) == 0;
    size_t nw = (size_t)g_rand_int_range(r, 1, 30);
    title[0] = '\0';
    for (size_t k = 0; k < nw && strlen(title) < 300; k++) {
      if (k)
        strcat(title, " ");
      strcat(title, words[g_rand_int_range(r, 0, (gint32)G_N_ELEMENTS(words))]);
    }
    e.title = title;
    e.type = annals_type_from_slug(
        slugs[g_rand_int_range(r, 0, (gint32)G_N_ELEMENTS(slugs))]);
    const char *act[1] = {
        actors[g_rand_int_range(r, 0, (gint32)G_N_ELEMENTS(actors))]};
    e.actors = act;
    e.n_actors = g_rand_int_range(r, 0, 5) ? 1 : 0;
    annals_timeline_add(t, &e);
    *n_dated += e.when.start.prec != ANNALS_PREC_NONE;
  }
  return t;
}

static void run_random(const gen_spec *g, guint32 seed) {
  GRand *r = g_rand_new_with_seed(seed);
  size_t dated;
  annals_timeline *t = gen_timeline(r, g, &dated);
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  o.width = g->width;
  o.lanes = g->lanes;
  o.orient = g->orient;
  if (o.orient == ANNALS_ORIENT_VERTICAL) {
    o.lanes = ANNALS_LANES_NONE;
    o.max_height = 1e6;
  }
  annals_measurer m;
  annals_measure_est_init(&m);
  annals_layout *l = NULL;
  assert_int_equal(annals_layout_build(t, &o, &m, &l, NULL), ANNALS_OK);
  check_layout(l, dated, &o);
  if (o.orient == ANNALS_ORIENT_VERTICAL)
    assert_int_equal(l->n_folded, 0);
  annals_layout_free(l);
  annals_timeline_free(t);
  g_rand_free(r);
}

static void test_random_small(void **s) {
  (void)s;
  int64_t base = annals_days_from_civil(2023, 1, 1);
  static const size_t sizes[] = {1, 2, 3, 5, 8, 13, 20, 40, 80, 150};
  for (guint32 seed = 1; seed <= 12; seed++)
    for (size_t i = 0; i < G_N_ELEMENTS(sizes); i++) {
      gen_spec g = {sizes[i], base, 1 + (int)(seed * 97 % 2000),
                    300 + (int)(seed * 151 % 1500),
                    (annals_lanes_by)(seed % 3), (int)(seed % 3), ANNALS_ORIENT_HORIZONTAL};
      run_random(&g, seed * 1000 + (guint32)i);
    }
}

static void test_random_narrow(void **s) {
  (void)s;
  /* The narrowest canvas, lane names eating most of it, and outliers
   * asking for axis breaks that do not fit (a fuzzer finding: markers
   * fell left of the plot). */
  for (guint32 seed = 1; seed <= 20; seed++) {
    gen_spec g = {12 + seed * 3, annals_days_from_civil(2016, 1, 1),
                  (int)(30 + seed * 40), 200 + (int)(seed % 4) * 10,
                  seed % 4 ? ANNALS_LANES_TYPE : ANNALS_LANES_NONE,
                  4 + (int)(seed % 3), ANNALS_ORIENT_HORIZONTAL};
    run_random(&g, seed + 500);
  }
}

static void test_too_tall(void **s) {
  (void)s;
  /* When even one row of labels per lane cannot fit under max_height,
   * the layout refuses with a message instead of breaking its promise. */
  GRand *r = g_rand_new_with_seed(5);
  gen_spec g = {300, annals_days_from_civil(2020, 1, 1), 900, 960,
                ANNALS_LANES_ACTOR, 0, ANNALS_ORIENT_HORIZONTAL};
  size_t dated;
  annals_timeline *t = gen_timeline(r, &g, &dated);
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  o.lanes = ANNALS_LANES_ACTOR;
  o.max_height = 300;
  annals_measurer m;
  annals_measure_est_init(&m);
  annals_layout *l = NULL;
  annals_diags d;
  annals_diags_init(&d);
  assert_int_equal(annals_layout_build(t, &o, &m, &l, &d), ANNALS_ERR_ARG);
  assert_null(l);
  assert_non_null(strstr(d.items[0].message, "more than the maximum of 300"));
  annals_diags_release(&d);
  /* With room, the same timeline lays out under the cap. */
  o.max_height = 2000;
  assert_int_equal(annals_layout_build(t, &o, &m, &l, NULL), ANNALS_OK);
  check_layout(l, dated, &o);
  annals_layout_free(l);
  annals_timeline_free(t);
  g_rand_free(r);
}

static void test_random_same_day(void **s) {
  (void)s;
  for (guint32 seed = 1; seed <= 4; seed++) {
    gen_spec g = {50, annals_days_from_civil(2025, 5, 10), 1,
                  seed == 1 ? 200 : 960, ANNALS_LANES_NONE, 0, ANNALS_ORIENT_HORIZONTAL};
    run_random(&g, seed);
  }
}

static void test_random_dense(void **s) {
  (void)s;
  /* 10,000 events over 40 years, and 2,000 within one month. */
  gen_spec a = {10000, annals_days_from_civil(1985, 1, 1), 40 * 365, 960,
                ANNALS_LANES_NONE, 0, ANNALS_ORIENT_HORIZONTAL};
  run_random(&a, 42);
  gen_spec b = {2000, annals_days_from_civil(2024, 3, 1), 30, 1200,
                ANNALS_LANES_ACTOR, 5, ANNALS_ORIENT_HORIZONTAL};
  run_random(&b, 43);
  gen_spec c = {3000, annals_days_from_civil(2000, 1, 1), 9000, 600,
                ANNALS_LANES_TYPE, 2, ANNALS_ORIENT_HORIZONTAL};
  run_random(&c, 44);
}

static void test_deterministic(void **s) {
  (void)s;
  gen_spec g = {500, annals_days_from_civil(2020, 1, 1), 1500, 960,
                ANNALS_LANES_NONE, 1, ANNALS_ORIENT_HORIZONTAL};
  char *out[2];
  size_t len[2];
  for (int k = 0; k < 2; k++) {
    GRand *r = g_rand_new_with_seed(99);
    size_t dated;
    annals_timeline *t = gen_timeline(r, &g, &dated);
    annals_layout_opts o;
    annals_layout_opts_init(&o);
    annals_measurer m;
    annals_measure_est_init(&m);
    annals_layout *l = NULL;
    assert_int_equal(annals_layout_build(t, &o, &m, &l, NULL), ANNALS_OK);
    out[k] = layout_json(l, &len[k]);
    annals_layout_free(l);
    annals_timeline_free(t);
    g_rand_free(r);
  }
  assert_int_equal(len[0], len[1]);
  assert_memory_equal(out[0], out[1], len[0]);
  free(out[0]);
  free(out[1]);
}

/* Every event of random timelines gets its label in the vertical layout,
 * with the association and overlap promises kept. */
static void test_random_vertical(void **s) {
  (void)s;
  int64_t base = annals_days_from_civil(2023, 1, 1);
  static const size_t sizes[] = {1, 2, 5, 13, 40, 150, 400};
  for (guint32 seed = 1; seed <= 8; seed++)
    for (size_t i = 0; i < G_N_ELEMENTS(sizes); i++) {
      gen_spec g = {sizes[i], base, 1 + (int)(seed * 131 % 1500),
                    300 + (int)(seed * 97 % 700), ANNALS_LANES_NONE,
                    (int)(seed % 3), ANNALS_ORIENT_VERTICAL};
      run_random(&g, seed * 7000 + (guint32)i);
    }
  /* 2,000 events within a month: one long cluster, still every event. */
  gen_spec d = {2000, annals_days_from_civil(2024, 3, 1), 30, 600,
                ANNALS_LANES_NONE, 2, ANNALS_ORIENT_VERTICAL};
  run_random(&d, 77);
}

/* The 400-event stress file: every event labelled in the vertical layout,
 * nothing overlapping; the horizontal layout keeps its promises too,
 * folding what does not fit. */
static void test_stress_400(void **s) {
  (void)s;
  annals_layout_opts o;
  opts_for("vertical", &o);
  o.max_height = 1e6;
  annals_layout *l = layout_of("tests/layout/stress-400.yaml", &o);
  check_layout(l, 400, &o);
  assert_int_equal(l->n_markers, 400);
  assert_int_equal(l->n_folded, 0);
  size_t labelled = 0;
  for (size_t k = 0; k < l->n_markers; k++)
    labelled += l->markers[k].label >= 0;
  assert_int_equal(labelled, 400);
  annals_layout_free(l);
  annals_layout_opts_init(&o);
  l = layout_of("tests/layout/stress-400.yaml", &o);
  check_layout(l, 400, &o);
  assert_true(l->n_folded > 0 && l->n_labels > 10);
  annals_layout_free(l);
}

/* Axis and markers agree: a day marker sits on its day's tick, a month
 * span starts and ends on its months' ticks, a year span on its years'. */
static void test_axis_agrees(void **s) {
  (void)s;
  static const char *const dates[] = {"2025-05-02", "2025-05-05",
                                      "2025-05-09", "2025-05-12"};
  annals_timeline *t = annals_timeline_new();
  for (size_t i = 0; i < G_N_ELEMENTS(dates); i++) {
    annals_event e;
    memset(&e, 0, sizeof e);
    e.id = dates[i];
    e.title = "An event";
    annals_when_parse(dates[i], &e.when, NULL, 0, NULL);
    annals_timeline_add(t, &e);
  }
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  annals_measurer m;
  annals_measure_est_init(&m);
  annals_layout *l = NULL;
  assert_int_equal(annals_layout_build(t, &o, &m, &l, NULL), ANNALS_OK);
  assert_int_equal(l->segments[0].unit, ANNALS_TICK_DAY);
  for (size_t k = 0; k < l->n_markers; k++) {
    bool on_tick = false;
    int64_t d = annals_date_first_day(
        &annals_timeline_get(t, l->markers[k].event)->when.start);
    for (size_t i = 0; i < l->n_ticks; i++)
      if (l->ticks[i].day == d)
        on_tick = fabs(l->ticks[i].x - l->markers[k].x0) < 1e-9;
    assert_true(on_tick);
  }
  annals_layout_free(l);
  annals_timeline_free(t);
  l = layout_of("tests/layout/precision.yaml", &o);
  for (size_t k = 0; k < l->n_markers; k++) {
    const annals_marker *mk = &l->markers[k];
    if (strcmp(mk->id, "month") && strcmp(mk->id, "year"))
      continue;
    size_t hits = 0;
    for (size_t i = 0; i < l->n_ticks; i++)
      hits += fabs(l->ticks[i].x - mk->x0) < 1e-9 ||
              fabs(l->ticks[i].x - mk->x1) < 1e-9;
    assert_true(hits >= 1); /* at least one end is on a tick */
  }
  annals_layout_free(l);
}

/* Near-same-day events (7, 9 and 10 May 2025 are 2 points apart) share one
 * outlined cluster and one label with a date line each; nothing folds. */
static void test_near_same_day_cluster(void **s) {
  (void)s;
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  annals_layout *l =
      layout_of("events/examples/iran-pakistan-2025.yaml", &o);
  check_layout(l, 14, &o);
  assert_int_equal(l->n_folded, 0);
  const annals_label *a = label_of(l, "2025-05-07-operation-sindoor");
  const annals_label *b = label_of(l, "2025-05-09-joint-commission");
  const annals_label *c = label_of(l, "2025-05-10-ceasefire");
  assert_non_null(a);
  assert_ptr_equal(a, b);
  assert_ptr_equal(a, c);
  assert_true(a->cluster.w > 0);
  size_t dates = 0;
  for (size_t i = 0; i < a->n_lines; i++)
    dates += strstr(a->lines[i], " May 2025") != NULL;
  assert_int_equal(dates, 3);
  annals_layout_free(l);
}

/* Lanes: names in words, one shared axis above the lanes, the long tail
 * in an "Other" lane. */
static void test_lanes(void **s) {
  (void)s;
  annals_layout_opts o;
  opts_for("lanes-type", &o);
  annals_layout *l = layout_of("tests/layout/lanes-type.yaml", &o);
  bool reduce = false;
  for (size_t k = 0; k < l->n_lanes; k++) {
    assert_null(strchr(l->lanes[k].name, '-'));
    reduce |= strcmp(l->lanes[k].name, "Reduce relations") == 0;
  }
  assert_true(reduce);
  for (size_t i = 0; i < l->n_ticks; i++)
    assert_true(l->ticks[i].box.y + l->ticks[i].box.h <=
                l->lanes[0].box.y);
  annals_layout_free(l);
  opts_for("lanes-many", &o);
  l = layout_of("tests/layout/lanes-many.yaml", &o);
  assert_int_equal(l->n_lanes, 8);
  assert_string_equal(l->lanes[7].name, "Other actors");
  /* The busiest actors keep their lanes; the rest share the last. */
  size_t other = 0;
  for (size_t k = 0; k < l->n_markers; k++)
    other += l->markers[k].lane == 7;
  assert_int_equal(other, 4);
  annals_layout_free(l);
  assert_string_equal(annals_type_human(ANNALS_TYPE_REDUCE_RELATIONS),
                      "Reduce relations");
  assert_string_equal(annals_type_human(ANNALS_TYPE_NONE), "Unclassified");
}

/* The legend's colours are filled chips; its shapes are outlines in ink,
 * so that no shape reads as one more category (in every theme). */
static void test_legend(void **s) {
  (void)s;
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  o.theme = ANNALS_THEME_DARK;
  annals_layout *l = layout_of("tests/layout/precision.yaml", &o);
  const char *want[] = {"Material conflict", "Exact day",
                        "Month, year or period", "Approximate date"};
  for (size_t w = 0; w < G_N_ELEMENTS(want); w++) {
    const annals_legend_item *li = NULL;
    for (size_t i = 0; i < l->n_legend; i++)
      if (strcmp(l->legend[i].text, want[w]) == 0)
        li = &l->legend[i];
    assert_non_null(li);
    /* The swatch: the first shape drawn inside the item's box. */
    const annals_dl_item *sw = NULL;
    for (size_t i = 0; i < l->dl.n && !sw; i++) {
      const annals_dl_item *it = &l->dl.items[i];
      double cx = it->kind == ANNALS_DL_CIRCLE ? it->x : it->x + it->w / 2;
      double cy = it->kind == ANNALS_DL_CIRCLE ? it->y : it->y + it->h / 2;
      if (it->kind != ANNALS_DL_TEXT && it->kind != ANNALS_DL_LINE &&
          cx >= li->box.x && cx <= li->box.x + li->box.w && cy >= li->box.y &&
          cy <= li->box.y + li->box.h)
        sw = it;
    }
    assert_non_null(sw);
    if (w == 0) {
      assert_true(sw->flags & ANNALS_DL_F_FILL);
      assert_int_equal(sw->fill, ANNALS_COLOR_QUAD_MATERIAL_CONFLICT);
    } else {
      assert_false(sw->flags & ANNALS_DL_F_FILL);
      assert_int_equal(sw->stroke, ANNALS_COLOR_INK);
      assert_int_equal(!!(sw->flags & ANNALS_DL_F_DASHED), w == 3);
    }
  }
  annals_layout_free(l);
}

/* Layout time at growing sizes (printed by make bench). */
static int bench(void) {
  static const size_t sizes[] = {1000, 10000, 100000};
  printf("layout (built-in measurer), events over 40 years:\n");
  double prev = 0;
  for (size_t i = 0; i < G_N_ELEMENTS(sizes); i++) {
    gen_spec g = {sizes[i], annals_days_from_civil(1985, 1, 1), 40 * 365,
                  960, ANNALS_LANES_NONE, 0, ANNALS_ORIENT_HORIZONTAL};
    GRand *r = g_rand_new_with_seed(7);
    size_t dated;
    annals_timeline *t = gen_timeline(r, &g, &dated);
    annals_layout_opts o;
    annals_layout_opts_init(&o);
    annals_measurer m;
    annals_measure_est_init(&m);
    annals_layout *l = NULL;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    annals_layout_build(t, &o, &m, &l, NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 +
                (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    double nlogn = (double)sizes[i] * log2((double)sizes[i]);
    printf("  %7zu events: %8.1f ms  (%.3f us per n log2 n)%s\n", sizes[i],
           ms, ms * 1000 / nlogn, prev > 0 ? "" : "");
    prev = ms;
    annals_layout_free(l);
    annals_timeline_free(t);
    g_rand_free(r);
  }
  return 0;
}

int main(void) {
  const char *b = getenv("ANNALS_LAYOUT_BENCH");
  if (b && *b)
    return bench();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_golden_one_event),
      cmocka_unit_test(test_golden_design_12),
      cmocka_unit_test(test_golden_same_day_50),
      cmocka_unit_test(test_golden_precision),
      cmocka_unit_test(test_golden_lanes_actor),
      cmocka_unit_test(test_golden_lanes_type),
      cmocka_unit_test(test_golden_long_titles),
      cmocka_unit_test(test_golden_lanes_many),
      cmocka_unit_test(test_golden_vertical),
      cmocka_unit_test(test_golden_bce),
      cmocka_unit_test(test_design_reads_well),
      cmocka_unit_test(test_same_day_shares_marker),
      cmocka_unit_test(test_precision_shapes),
      cmocka_unit_test(test_long_titles),
      cmocka_unit_test(test_huge_title),
      cmocka_unit_test(test_bad_options),
      cmocka_unit_test(test_random_small),
      cmocka_unit_test(test_random_narrow),
      cmocka_unit_test(test_too_tall),
      cmocka_unit_test(test_random_same_day),
      cmocka_unit_test(test_random_dense),
      cmocka_unit_test(test_deterministic),
      cmocka_unit_test(test_random_vertical),
      cmocka_unit_test(test_stress_400),
      cmocka_unit_test(test_axis_agrees),
      cmocka_unit_test(test_near_same_day_cluster),
      cmocka_unit_test(test_lanes),
      cmocka_unit_test(test_legend),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  printf("layout property checks: %zu layouts checked, %zu labels "
         "associated with their markers, %zu leader-to-marker and %zu "
         "box-to-box comparisons\n",
         timelines_tried, stats.labels, stats.checks, stats.overlaps);
  return rc;
}
