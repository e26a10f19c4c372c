/* test_scale.c - the time axis: segments and axis breaks, the choice of
 * tick unit, tick labels, and dates written at their precision. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "layout/layout_int.h"

static int64_t day(int y, int m, int d) {
  return annals_days_from_civil(y, m, d);
}

static void test_tick_labels(void **s) {
  (void)s;
  char b[48];
  scale_tick_label(ANNALS_TICK_MONTH, day(2025, 5, 1), true, b, sizeof b);
  assert_string_equal(b, "May 2025");
  scale_tick_label(ANNALS_TICK_MONTH, day(2025, 6, 1), false, b, sizeof b);
  assert_string_equal(b, "Jun");
  /* January always names its year. */
  scale_tick_label(ANNALS_TICK_MONTH, day(2024, 1, 1), false, b, sizeof b);
  assert_string_equal(b, "Jan 2024");
  scale_tick_label(ANNALS_TICK_QUARTER, day(2024, 1, 1), false, b, sizeof b);
  assert_string_equal(b, "Q1 2024");
  scale_tick_label(ANNALS_TICK_QUARTER, day(2024, 7, 1), false, b, sizeof b);
  assert_string_equal(b, "Q3");
  scale_tick_label(ANNALS_TICK_YEAR, day(2024, 1, 1), false, b, sizeof b);
  assert_string_equal(b, "2024");
  scale_tick_label(ANNALS_TICK_DECADE, day(1980, 1, 1), false, b, sizeof b);
  assert_string_equal(b, "1980s");
  scale_tick_label(ANNALS_TICK_DAY, day(2025, 5, 7), true, b, sizeof b);
  assert_string_equal(b, "7 May 2025");
  scale_tick_label(ANNALS_TICK_DAY, day(2025, 5, 8), false, b, sizeof b);
  assert_string_equal(b, "8 May");
  /* Years before 1 as the labels write them (annals_when_format_human):
   * the tick of -0043-03-15 reads like its label, "15 Mar 44 BCE". */
  scale_tick_label(ANNALS_TICK_DAY, day(-43, 3, 15), true, b, sizeof b);
  assert_string_equal(b, "15 Mar 44 BCE");
  scale_tick_label(ANNALS_TICK_MONTH, day(-43, 3, 1), true, b, sizeof b);
  assert_string_equal(b, "Mar 44 BCE");
  scale_tick_label(ANNALS_TICK_QUARTER, day(-43, 4, 1), true, b, sizeof b);
  assert_string_equal(b, "Q2 44 BCE");
  scale_tick_label(ANNALS_TICK_YEAR, day(0, 1, 1), false, b, sizeof b);
  assert_string_equal(b, "1 BCE");
  /* A decade of astronomical years is no decade of BCE years: the tick
   * names its own year. */
  scale_tick_label(ANNALS_TICK_DECADE, day(-45, 1, 1), false, b, sizeof b);
  assert_string_equal(b, "51 BCE");
  scale_tick_label(ANNALS_TICK_DECADE, day(1994, 1, 1), false, b, sizeof b);
  assert_string_equal(b, "1990s");
}

static void test_human_dates(void **s) {
  (void)s;
  static const struct {
    const char *iso;
    bool approx;
    const char *want;
  } cases[] = {
      {"2025-05-07", false, "7 May 2025"},
      {"2024-01", false, "Jan 2024"},
      {"2024", false, "2024"},
      {"2024", true, "c. 2024"},
      {"2025-05-07/2025-05-10", false, "7\xe2\x80\x93" "10 May 2025"},
      {"2025-05-30/2025-06-02", false, "30 May \xe2\x80\x93 2 Jun 2025"},
      {"1980-09/1988-08", false, "Sep 1980 \xe2\x80\x93 Aug 1988"},
      {"2024-12-30/2025-01-02", false,
       "30 Dec 2024 \xe2\x80\x93 2 Jan 2025"},
      {"-0043-03-15", false, "15 Mar 44 BCE"},
      {"unknown", false, "date unknown"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    annals_when w;
    assert_int_equal(annals_when_parse(cases[i].iso, &w, NULL, 0, NULL),
                     ANNALS_OK);
    char b[64];
    annals_when_format_human(&w, cases[i].approx, b, sizeof b);
    assert_string_equal(b, cases[i].want);
  }
}

/* The 1980 + 2023-2025 case: the axis breaks and the cluster gets the
 * width. */
static void test_axis_break(void **s) {
  (void)s;
  scale_span sp[] = {
      {day(1980, 9, 1), day(1980, 10, 1), 1},
      {day(2023, 10, 7), day(2023, 10, 8), 1},
      {day(2024, 1, 16), day(2024, 1, 17), 1},
      {day(2025, 5, 7), day(2025, 5, 8), 1},
      {day(2025, 5, 26), day(2025, 5, 27), 1},
  };
  size_t n;
  annals_axis_segment *sg = scale_segments(sp, 5, 0, 1000, 20, 0.04, &n);
  /* 1980 on its own; the 100-day gap of 2023-2024 is kept, the 16 empty
   * months before May 2025 are more than half of what is left: cut. */
  assert_int_equal(n, 3);
  assert_true(sg[0].day0 <= sp[0].day0 && sg[0].day1 >= sp[0].day1);
  assert_true(sg[1].day0 <= sp[1].day0 && sg[1].day1 >= sp[2].day1);
  assert_true(sg[2].day0 <= sp[3].day0 && sg[2].day1 >= sp[4].day1);
  /* Widths follow the number of events (1, 2, 2) of 960 points. */
  assert_true(fabs((sg[0].x1 - sg[0].x0) - 960.0 / 5) < 1e-6);
  assert_true(fabs(sg[2].x1 - 1000) < 1e-9 && sg[0].x0 == 0);
  assert_true(sg[1].x0 - sg[0].x1 == 20 && sg[2].x0 - sg[1].x1 == 20);
  assert_true(fabs((sg[1].x1 - sg[1].x0) - (sg[2].x1 - sg[2].x0)) < 1e-6);
  /* x is monotonic across the break, and clamped outside the segments. */
  double prev = -1;
  for (int64_t d = day(1980, 1, 1); d < day(2026, 1, 1); d += 17) {
    double x = scale_x(sg, n, (double)d);
    assert_true(x >= prev);
    assert_true(x >= 0 && x <= 1000);
    prev = x;
  }
  g_free(sg);
}

static void test_breaks_on_narrow_axis(void **s) {
  (void)s;
  /* Five clusters each far from the next would want four breaks; on a
   * 74-point axis they do not fit (a fuzzer finding: segments went
   * backwards and markers fell off the plot). */
  static const int years[] = {-5000, 0, 1500, 1950, 2016};
  scale_span sp[5];
  for (int i = 0; i < 5; i++)
    sp[i] = (scale_span){day(years[i], 1, 1), day(years[i], 1, 2), 1};
  for (double w = 20; w <= 400; w += 9) {
    size_t n;
    annals_axis_segment *sg = scale_segments(sp, 5, 100, 100 + w, 22, 0.04, &n);
    assert_true(n >= 1 && n <= 5);
    assert_true(sg[0].x0 >= 100 - 1e-9 && sg[n - 1].x1 <= 100 + w + 1e-9);
    for (size_t i = 0; i < n; i++) {
      assert_true(sg[i].x1 > sg[i].x0);
      if (i)
        assert_true(sg[i].x0 > sg[i - 1].x1);
    }
    for (int i = 0; i < 5; i++) {
      double x = scale_x(sg, n, (double)sp[i].day0);
      assert_true(x >= 100 && x <= 100 + w);
    }
    g_free(sg);
  }
}

static void test_no_break_when_spread(void **s) {
  (void)s;
  /* One event a year for 40 years: no gap dominates. */
  scale_span sp[40];
  for (int i = 0; i < 40; i++)
    sp[i] = (scale_span){day(1985 + i, 6, 1), day(1985 + i, 6, 2), 1};
  size_t n;
  annals_axis_segment *sg = scale_segments(sp, 40, 0, 900, 20, 0.04, &n);
  assert_int_equal(n, 1);
  g_free(sg);
  /* An 11-month gap inside a two-year story is not broken either. */
  scale_span sp2[] = {{day(2024, 1, 16), day(2024, 1, 19), 2},
                      {day(2025, 1, 1), day(2026, 1, 1), 1},
                      {day(2025, 5, 7), day(2025, 5, 27), 4}};
  sg = scale_segments(sp2, 3, 0, 900, 20, 0.04, &n);
  assert_int_equal(n, 1);
  g_free(sg);
  /* Nothing at all still gives an axis. */
  sg = scale_segments(NULL, 0, 0, 900, 20, 0.04, &n);
  assert_int_equal(n, 1);
  assert_true(sg[0].day1 > sg[0].day0);
  g_free(sg);
}

static annals_tick_unit unit_for(int64_t d0, int64_t d1, double width) {
  annals_axis_segment sg = {d0, d1, 0, width, ANNALS_TICK_DAY};
  annals_measurer m;
  annals_measure_est_init(&m);
  GStringChunk *ch = g_string_chunk_new(256);
  GArray *ticks = g_array_new(FALSE, FALSE, sizeof(annals_tick));
  scale_ticks(&sg, 1, &m, ch, ticks, false, 0);
  /* Tick labels never overlap and stay in the segment. */
  for (guint i = 0; i < ticks->len; i++) {
    annals_tick *t = &g_array_index(ticks, annals_tick, i);
    assert_true(t->box.x >= -4 && t->box.x + t->box.w <= width + 4);
    if (i)
      assert_true(t->box.x >=
                  g_array_index(ticks, annals_tick, i - 1).box.x +
                      g_array_index(ticks, annals_tick, i - 1).box.w);
  }
  assert_true(ticks->len >= 1);
  g_array_free(ticks, TRUE);
  g_string_chunk_free(ch);
  return sg.unit;
}

static void test_tick_units(void **s) {
  (void)s;
  assert_int_equal(unit_for(day(2025, 5, 1), day(2025, 5, 12), 900),
                   ANNALS_TICK_DAY);
  assert_int_equal(unit_for(day(2025, 3, 1), day(2025, 6, 1), 900),
                   ANNALS_TICK_WEEK);
  assert_int_equal(unit_for(day(2023, 10, 1), day(2025, 6, 1), 900),
                   ANNALS_TICK_MONTH);
  assert_int_equal(unit_for(day(2015, 1, 1), day(2025, 1, 1), 900),
                   ANNALS_TICK_QUARTER);
  assert_int_equal(unit_for(day(2005, 1, 1), day(2025, 1, 1), 900),
                   ANNALS_TICK_YEAR);
  assert_int_equal(unit_for(day(1900, 1, 1), day(2025, 1, 1), 900),
                   ANNALS_TICK_YEAR); /* every 5 years */
  assert_int_equal(unit_for(day(1500, 1, 1), day(2025, 1, 1), 900),
                   ANNALS_TICK_DECADE);
  /* A narrow canvas moves to coarser units. */
  assert_int_equal(unit_for(day(2023, 10, 1), day(2025, 6, 1), 250),
                   ANNALS_TICK_QUARTER);
  /* Millennia do not explode into thousands of ticks. */
  assert_int_equal(unit_for(day(-5000, 1, 1), day(2025, 1, 1), 300),
                   ANNALS_TICK_DECADE);
}

/* Day and week ticks sit at the middle of their day, where that day's
 * marker is; month and year ticks at their first instant, where a span of
 * that month or year starts. */
static void test_ticks_where_markers_are(void **s) {
  (void)s;
  annals_measurer m;
  annals_measure_est_init(&m);
  GStringChunk *ch = g_string_chunk_new(256);
  struct {
    int64_t d0, d1;
    annals_tick_unit unit;
    double mid;
  } cases[] = {
      {day(2025, 5, 1), day(2025, 5, 12), ANNALS_TICK_DAY, 0.5},
      {day(2025, 3, 1), day(2025, 6, 1), ANNALS_TICK_WEEK, 0.5},
      {day(2023, 10, 1), day(2025, 6, 1), ANNALS_TICK_MONTH, 0},
      {day(2005, 1, 1), day(2025, 1, 1), ANNALS_TICK_YEAR, 0},
  };
  for (size_t c = 0; c < G_N_ELEMENTS(cases); c++) {
    annals_axis_segment sg = {cases[c].d0, cases[c].d1, 0, 900,
                              ANNALS_TICK_DAY};
    GArray *ticks = g_array_new(FALSE, FALSE, sizeof(annals_tick));
    scale_ticks(&sg, 1, &m, ch, ticks, false, 0);
    assert_int_equal(sg.unit, cases[c].unit);
    assert_true(ticks->len >= 2);
    for (guint i = 0; i < ticks->len; i++) {
      annals_tick *t = &g_array_index(ticks, annals_tick, i);
      /* The layout puts a day marker at scale_x(day + 0.5), a span at
       * scale_x(first day). */
      assert_true(fabs(t->x - scale_x(&sg, 1, (double)t->day +
                                                  cases[c].mid)) < 1e-9);
      assert_true(fabs(t->box.x + t->box.w / 2 - t->x) < 1e-9);
    }
    g_array_free(ticks, TRUE);
  }
  /* Vertical: labels flush right against label_x, centred on the tick,
   * and at least three lines apart. */
  annals_axis_segment sg = {day(2023, 1, 1), day(2026, 1, 1), 100, 3100,
                            ANNALS_TICK_DAY};
  GArray *ticks = g_array_new(FALSE, FALSE, sizeof(annals_tick));
  scale_ticks(&sg, 1, &m, ch, ticks, true, 80);
  assert_true(ticks->len >= 10);
  for (guint i = 0; i < ticks->len; i++) {
    annals_tick *t = &g_array_index(ticks, annals_tick, i);
    assert_true(fabs(t->box.x + t->box.w - 80) < 1e-9);
    assert_true(fabs(t->box.y + t->box.h / 2 - t->x) < 1e-9);
    if (i)
      assert_true(t->x - g_array_index(ticks, annals_tick, i - 1).x >=
                  3 * t->box.h);
  }
  g_array_free(ticks, TRUE);
  g_string_chunk_free(ch);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tick_labels),
      cmocka_unit_test(test_human_dates),
      cmocka_unit_test(test_axis_break),
      cmocka_unit_test(test_breaks_on_narrow_axis),
      cmocka_unit_test(test_no_break_when_spread),
      cmocka_unit_test(test_tick_units),
      cmocka_unit_test(test_ticks_where_markers_are),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
