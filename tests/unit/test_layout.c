/* test_layout.c - layout: golden JSON dumps of the tests/layout inputs (made
 * with the deterministic measurer, so they do not depend on fonts) and
 * property tests on random timelines: no label overlaps another label, a
 * marker, the axis, a tick label or a connector; everything stays on the
 * canvas; every event is labelled or counted in a "+N more".
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
  free(buf);
  annals_diags_release(&d);
  return t;
}

static void opts_for(const char *name, annals_layout_opts *o) {
  annals_layout_opts_init(o);
  if (strstr(name, "lanes-actor"))
    o->lanes = ANNALS_LANES_ACTOR;
  if (strstr(name, "lanes-type"))
    o->lanes = ANNALS_LANES_TYPE;
}

static char *layout_json(const annals_layout *l, size_t *len) {
  char *s = NULL;
  FILE *f = open_memstream(&s, len);
  assert_non_null(f);
  assert_int_equal(annals_layout_write_json(l, f), ANNALS_OK);
  fclose(f);
  return s;
}

static bool boxes_overlap(const annals_box *a, const annals_box *b) {
  return a->x < b->x + b->w && b->x < a->x + a->w && a->y < b->y + b->h &&
         b->y < a->y + a->h;
}

static void fail_box(const char *what, size_t i, const annals_box *a,
                     const annals_box *b) {
  fprintf(stderr, "%s: label %zu (%.2f,%.2f %.2fx%.2f) vs (%.2f,%.2f "
                  "%.2fx%.2f)\n",
          what, i, a->x, a->y, a->w, a->h, b->x, b->y, b->w, b->h);
  fail();
}

#define EPS 0.01

/* Every invariant the layout promises, checked on its geometry. */
static void check_layout(const annals_layout *l, size_t n_dated,
                         const annals_layout_opts *o) {
  annals_box canvas = {0, 0, l->width, l->height};
  assert_true(l->height <= o->max_height + EPS);
  assert_int_equal(l->n_markers, n_dated);
  /* Inside the canvas. */
  for (size_t i = 0; i < l->n_labels; i++) {
    const annals_box *b = &l->labels[i].box;
    if (b->x < -EPS || b->y < -EPS || b->x + b->w > canvas.w + EPS ||
        b->y + b->h > canvas.h + EPS)
      fail_box("label outside the canvas", i, b, &canvas);
  }
  for (size_t i = 0; i < l->n_folds; i++) {
    const annals_box *b = &l->folds[i].box;
    if (b->x < -EPS || b->y < -EPS || b->x + b->w > canvas.w + EPS ||
        b->y + b->h > canvas.h + EPS)
      fail_box("fold outside the canvas", i, b, &canvas);
  }
  for (size_t i = 0; i < l->n_ticks; i++) {
    const annals_box *b = &l->ticks[i].box;
    assert_true(b->x >= -EPS && b->x + b->w <= canvas.w + EPS);
  }
  /* Label against label, and against folds. */
  for (size_t i = 0; i < l->n_labels; i++) {
    for (size_t j = i + 1; j < l->n_labels; j++)
      if (boxes_overlap(&l->labels[i].box, &l->labels[j].box))
        fail_box("labels overlap", i, &l->labels[i].box, &l->labels[j].box);
    for (size_t j = 0; j < l->n_folds; j++)
      if (boxes_overlap(&l->labels[i].box, &l->folds[j].box))
        fail_box("label overlaps a fold", i, &l->labels[i].box,
                 &l->folds[j].box);
  }
  for (size_t i = 0; i < l->n_folds; i++)
    for (size_t j = i + 1; j < l->n_folds; j++)
      if (boxes_overlap(&l->folds[i].box, &l->folds[j].box))
        fail_box("folds overlap", i, &l->folds[i].box, &l->folds[j].box);
  /* Label against markers, the axis lines and the tick labels. */
  for (size_t i = 0; i < l->n_labels; i++) {
    const annals_box *b = &l->labels[i].box;
    for (size_t k = 0; k < l->n_markers; k++) {
      const annals_marker *m = &l->markers[k];
      annals_box mb = {m->x0 - (m->span ? 0 : m->r), m->y - m->r,
                       m->x1 - m->x0 + (m->span ? 0 : 2 * m->r), 2 * m->r};
      if (boxes_overlap(b, &mb))
        fail_box("label overlaps a marker", i, b, &mb);
    }
    for (size_t k = 0; k < l->n_lanes; k++) {
      annals_box axis = {0, l->lanes[k].axis_y - 1, l->width, 2};
      if (boxes_overlap(b, &axis))
        fail_box("label overlaps the axis", i, b, &axis);
      double dy = l->lanes[k].axis_y - l->lanes[0].axis_y;
      for (size_t q = 0; q < l->n_ticks; q++) {
        annals_box tb = l->ticks[q].box;
        tb.y += dy;
        if (boxes_overlap(b, &tb))
          fail_box("label overlaps a tick label", i, b, &tb);
      }
    }
    /* Connectors cross no other label. */
    const annals_label *lb = &l->labels[i];
    double y0 = fmin(lb->conn_y0, lb->conn_y1);
    double y1 = fmax(lb->conn_y0, lb->conn_y1);
    annals_box cb = {lb->anchor_x - 0.4, y0, 0.8, y1 - y0};
    assert_true(lb->anchor_x >= lb->box.x - EPS &&
                lb->anchor_x <= lb->box.x + lb->box.w + EPS);
    for (size_t j = 0; j < l->n_labels; j++)
      if (j != i && boxes_overlap(&cb, &l->labels[j].box))
        fail_box("connector crosses a label", i, &cb, &l->labels[j].box);
  }
  /* Every event is labelled or folded, and the count adds up. */
  size_t folded = 0;
  for (size_t k = 0; k < l->n_markers; k++) {
    const annals_marker *m = &l->markers[k];
    assert_true((m->label >= 0) != (m->fold >= 0));
    if (m->fold >= 0) {
      folded++;
      const annals_fold *f = &l->folds[m->fold];
      bool found = false;
      for (size_t q = 0; q < f->n_markers; q++)
        found |= l->fold_markers[f->first_marker + q] == k;
      assert_true(found);
    } else {
      const annals_label *lb = &l->labels[m->label];
      bool found = false;
      for (size_t q = 0; q < lb->n_markers; q++)
        found |= l->label_markers[lb->first_marker + q] == k;
      assert_true(found);
    }
  }
  for (size_t i = 0; i < l->n_labels; i++)
    folded += l->labels[i].n_hidden;
  assert_int_equal(folded, l->n_folded);
  if (n_dated)
    assert_true(l->n_labels > 0);
}

/* ---- goldens --------------------------------------------------------- */

static void run_golden(const char *name) {
  char yaml[256], json[256];
  snprintf(yaml, sizeof yaml, "tests/layout/%s.yaml", name);
  snprintf(json, sizeof json, "tests/layout/%s.json", name);
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
  const char *up = getenv("UPDATE_GOLDEN");
  if (up && *up && strcmp(up, "0") != 0) {
    FILE *f = fopen(json, "wb");
    assert_non_null(f);
    fwrite(got, 1, len, f);
    assert_int_equal(fclose(f), 0);
  } else {
    gchar *want = NULL;
    gsize wlen = 0;
    if (!g_file_get_contents(json, &want, &wlen, NULL)) {
      fprintf(stderr, "missing golden %s (run with UPDATE_GOLDEN=1)\n", json);
      fail();
    }
    if (wlen != len || memcmp(want, got, len) != 0) {
      /* Show the first line that differs. */
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
              json, line, (int)(b - a), want + a, (int)(c - a), got + a);
      g_free(want);
      fail();
    }
    g_free(want);
  }
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
   * label. */
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
  assert_true(lb->box.w <= o.label_width + 6 + EPS);
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
  annals_measurer m;
  annals_measure_est_init(&m);
  annals_layout *l = NULL;
  assert_int_equal(annals_layout_build(t, &o, &m, &l, NULL), ANNALS_OK);
  check_layout(l, dated, &o);
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
                    (annals_lanes_by)(seed % 3), (int)(seed % 3)};
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
                  4 + (int)(seed % 3)};
    run_random(&g, seed + 500);
  }
}

static void test_too_tall(void **s) {
  (void)s;
  /* When even one row of labels per lane cannot fit under max_height,
   * the layout refuses with a message instead of breaking its promise. */
  GRand *r = g_rand_new_with_seed(5);
  gen_spec g = {300, annals_days_from_civil(2020, 1, 1), 900, 960,
                ANNALS_LANES_ACTOR, 0};
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
                  seed == 1 ? 200 : 960, ANNALS_LANES_NONE, 0};
    run_random(&g, seed);
  }
}

static void test_random_dense(void **s) {
  (void)s;
  /* 10,000 events over 40 years, and 2,000 within one month. */
  gen_spec a = {10000, annals_days_from_civil(1985, 1, 1), 40 * 365, 960,
                ANNALS_LANES_NONE, 0};
  run_random(&a, 42);
  gen_spec b = {2000, annals_days_from_civil(2024, 3, 1), 30, 1200,
                ANNALS_LANES_ACTOR, 5};
  run_random(&b, 43);
  gen_spec c = {3000, annals_days_from_civil(2000, 1, 1), 9000, 600,
                ANNALS_LANES_TYPE, 2};
  run_random(&c, 44);
}

static void test_deterministic(void **s) {
  (void)s;
  gen_spec g = {500, annals_days_from_civil(2020, 1, 1), 1500, 960,
                ANNALS_LANES_NONE, 1};
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

/* Layout time at growing sizes (printed by make bench). */
static int bench(void) {
  static const size_t sizes[] = {1000, 10000, 100000};
  printf("layout (built-in measurer), events over 40 years:\n");
  double prev = 0;
  for (size_t i = 0; i < G_N_ELEMENTS(sizes); i++) {
    gen_spec g = {sizes[i], annals_days_from_civil(1985, 1, 1), 40 * 365,
                  960, ANNALS_LANES_NONE, 0};
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
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
