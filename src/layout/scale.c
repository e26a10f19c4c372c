/*
 * scale.c - the time axis: which stretches of time are drawn, where each
 * day falls, and the ticks.  Pure computation.
 *
 * Long empty stretches are cut out of the axis (an axis break) when they
 * take more than half of what remains, so one 1980 event does not squeeze a
 * 2023-2025 cluster into a sliver.  Each segment then gets a share of the
 * width by the number of events it holds (at least 90 pt), and maps time
 * linearly inside itself.
 */
#include "layout/layout_int.h"

#include <math.h>
#include <stdio.h>

#define MAX_BREAKS 4
#define MIN_GAP_DAYS 365 /* shorter stretches are never cut out */
#define MIN_SEG_WIDTH 90.0

const char *annals_tick_unit_name(annals_tick_unit u) {
  static const char *const names[] = {"day",  "week", "month",
                                      "quarter", "year", "decade"};
  return (unsigned)u < ARRAY_SIZE(names) ? names[u] : "day";
}

typedef struct {
  int64_t day0, day1;
  size_t n;
} cluster;

/* A segment's share of the width: its number of events (at least 1). */
static double seg_weight(size_t n) { return n ? (double)n : 1.0; }

static int cmp_gap(const void *a, const void *b) {
  const int64_t *x = a, *y = b; /* {size, index} pairs */
  if (x[0] != y[0])
    return x[0] > y[0] ? -1 : 1;
  return x[1] < y[1] ? -1 : x[1] > y[1];
}

annals_axis_segment *scale_segments(const scale_span *spans, size_t n,
                                    double x0, double x1, double break_w,
                                    double pad_frac, size_t *n_out) {
  /* Clusters of overlapping or touching spans. */
  GArray *cl = g_array_new(FALSE, FALSE, sizeof(cluster));
  for (size_t i = 0; i < n; i++) {
    cluster *last =
        cl->len ? &g_array_index(cl, cluster, cl->len - 1) : NULL;
    if (last && spans[i].day0 <= last->day1) {
      if (spans[i].day1 > last->day1)
        last->day1 = spans[i].day1;
      last->n += spans[i].n;
    } else {
      cluster c = {spans[i].day0, spans[i].day1, spans[i].n};
      g_array_append_val(cl, c);
    }
  }
  if (cl->len == 0) { /* nothing dated: one empty year */
    cluster c = {annals_days_from_civil(2000, 1, 1),
                 annals_days_from_civil(2001, 1, 1), 0};
    g_array_append_val(cl, c);
  }
  size_t nc = cl->len;
  cluster *c = (cluster *)(void *)cl->data;
  /* Gaps between clusters, largest first; break while a gap dominates. */
  bool *brk = g_new0(bool, nc);
  int64_t(*gaps)[2] = g_malloc_n(nc, sizeof *gaps);
  for (size_t i = 0; i + 1 < nc; i++) {
    gaps[i][0] = c[i + 1].day0 - c[i].day1;
    gaps[i][1] = (int64_t)i;
  }
  if (nc > 1)
    qsort(gaps, nc - 1, sizeof gaps[0], cmp_gap);
  int64_t total = c[nc - 1].day1 - c[0].day0;
  /* No more breaks than leave each segment 20 points on a narrow axis. */
  double room = (x1 - x0 - 20) / (break_w + 20);
  size_t max_breaks = room < 0 ? 0 : room > MAX_BREAKS ? MAX_BREAKS
                                                        : (size_t)room;
  for (size_t k = 0; k + 1 < nc && k < max_breaks; k++) {
    int64_t g = gaps[k][0];
    if (g < MIN_GAP_DAYS || (double)g < 0.5 * (double)total)
      break;
    brk[gaps[k][1]] = true;
    total -= g;
  }
  /* Segments: runs of clusters between breaks. */
  GArray *segs = g_array_new(FALSE, TRUE, sizeof(annals_axis_segment));
  GArray *counts = g_array_new(FALSE, FALSE, sizeof(size_t));
  size_t start = 0;
  for (size_t i = 0; i < nc; i++) {
    if (i + 1 < nc && !brk[i])
      continue;
    annals_axis_segment s = {0};
    size_t cnt = 0;
    for (size_t j = start; j <= i; j++)
      cnt += c[j].n;
    int64_t d0 = c[start].day0, d1 = c[i].day1;
    int64_t span = d1 - d0;
    int64_t pad = (int64_t)ceil((double)span * pad_frac);
    if (pad < 1)
      pad = 1;
    s.day0 = d0 - pad;
    s.day1 = d1 + pad;
    g_array_append_val(segs, s);
    g_array_append_val(counts, cnt);
    start = i + 1;
  }
  size_t ns = segs->len;
  annals_axis_segment *sg = (annals_axis_segment *)(void *)segs->data;
  /* Widths by event count, at least MIN_SEG_WIDTH each. */
  double avail = (x1 - x0) - break_w * (double)(ns - 1);
  double *w = g_new(double, ns);
  if (ns == 1) {
    w[0] = avail;
  } else {
    double minw = MIN_SEG_WIDTH;
    if (minw * (double)ns > avail)
      minw = avail / (double)ns;
    /* Water-filling: fix the segments that would fall under the minimum. */
    bool *fixed = g_new0(bool, ns);
    for (int iter = 0; iter < (int)ns + 1; iter++) {
      double rest = avail;
      double weight = 0;
      for (size_t i = 0; i < ns; i++) {
        if (fixed[i])
          rest -= minw;
        else
          weight += seg_weight(g_array_index(counts, size_t, i));
      }
      bool changed = false;
      for (size_t i = 0; i < ns; i++) {
        if (fixed[i]) {
          w[i] = minw;
          continue;
        }
        w[i] = rest * seg_weight(g_array_index(counts, size_t, i)) / weight;
        if (w[i] < minw) {
          fixed[i] = true;
          changed = true;
        }
      }
      if (!changed)
        break;
    }
    g_free(fixed);
  }
  double x = x0;
  for (size_t i = 0; i < ns; i++) {
    sg[i].x0 = x;
    sg[i].x1 = x + w[i];
    x += w[i] + break_w;
  }
  g_free(w);
  g_free(brk);
  g_free(gaps);
  g_array_free(cl, TRUE);
  g_array_free(counts, TRUE);
  *n_out = ns;
  return (annals_axis_segment *)(void *)g_array_free(segs, FALSE);
}

double scale_x(const annals_axis_segment *segs, size_t n, double day) {
  size_t lo = 0, hi = n;
  while (hi - lo > 1) { /* last segment with day0 <= day */
    size_t mid = (lo + hi) / 2;
    if ((double)segs[mid].day0 <= day)
      lo = mid;
    else
      hi = mid;
  }
  const annals_axis_segment *s = &segs[lo];
  if (day < (double)s->day0)
    day = (double)s->day0;
  if (day > (double)s->day1)
    day = (double)s->day1;
  double span = (double)(s->day1 - s->day0);
  return s->x0 + (s->x1 - s->x0) * (day - (double)s->day0) / span;
}

/* Whether the label of a tick names its year: always for years and
 * decades, else on the first tick of a segment and at the turn of a
 * year. */
static bool names_year(annals_tick_unit u, int64_t day, bool first) {
  int y, m, d;
  annals_civil_from_days(day, &y, &m, &d);
  switch (u) {
  case ANNALS_TICK_DAY:
  case ANNALS_TICK_WEEK:
    return first || (m == 1 && d <= 7);
  case ANNALS_TICK_MONTH:
  case ANNALS_TICK_QUARTER:
    return first || m == 1;
  default:
    return true;
  }
}

size_t scale_tick_label(annals_tick_unit u, int64_t day, bool first,
                        char *buf, size_t size) {
  int y, m, d;
  annals_civil_from_days(day, &y, &m, &d);
  int n;
  bool year = names_year(u, day, first);
  /* dates and years as the labels write them (annals_date_format_human):
   * the year -43 is "44 BCE" on the axis as on the label */
  annals_date dt = {y, m, d, ANNALS_PREC_DAY};
  char yb[16];
  annals_year_format_human(y, yb, sizeof yb);
  switch (u) {
  case ANNALS_TICK_DAY:
  case ANNALS_TICK_WEEK:
    n = (int)annals_date_format_human(&dt, year, buf, size);
    break;
  case ANNALS_TICK_MONTH:
    dt.prec = ANNALS_PREC_MONTH;
    n = (int)annals_date_format_human(&dt, year, buf, size);
    break;
  case ANNALS_TICK_QUARTER:
    if (year)
      n = snprintf(buf, size, "Q%d %s", (m - 1) / 3 + 1, yb);
    else
      n = snprintf(buf, size, "Q%d", (m - 1) / 3 + 1);
    break;
  case ANNALS_TICK_YEAR:
    n = snprintf(buf, size, "%s", yb);
    break;
  case ANNALS_TICK_DECADE:
  default: {
    /* "1990s"; before year 1 the tick's own year ("51 BCE" at -50): a
     * decade of astronomical years is no decade of BCE years */
    int y0 = y - ((y % 10) + 10) % 10;
    if (y0 > 0)
      n = snprintf(buf, size, "%ds", y0);
    else
      n = (int)annals_year_format_human(y0, buf, size);
    break;
  }
  }
  return n < 0 ? 0 : (size_t)n;
}

/* First tick boundary >= day for a unit with a step (in units). */
static int64_t tick_first(annals_tick_unit u, int step, int64_t day) {
  int y, m, d;
  annals_civil_from_days(day, &y, &m, &d);
  switch (u) {
  case ANNALS_TICK_DAY:
    return day;
  case ANNALS_TICK_WEEK:
    return day + (7 - annals_weekday(day)) % 7; /* Monday */
  case ANNALS_TICK_MONTH:
  case ANNALS_TICK_QUARTER: {
    int months = u == ANNALS_TICK_MONTH ? step : 3 * step;
    int idx = y * 12 + (m - 1);
    if (d > 1)
      idx++;
    int r = ((idx % months) + months) % months;
    if (r)
      idx += months - r;
    int yy = idx >= 0 ? idx / 12 : -((-idx + 11) / 12);
    return annals_days_from_civil(yy, idx - yy * 12 + 1, 1);
  }
  case ANNALS_TICK_YEAR:
  case ANNALS_TICK_DECADE:
  default: {
    int years = u == ANNALS_TICK_YEAR ? step : 10 * step;
    int yy = y + (m > 1 || d > 1);
    int r = ((yy % years) + years) % years;
    if (r)
      yy += years - r;
    return annals_days_from_civil(yy, 1, 1);
  }
  }
}

static int64_t tick_next(annals_tick_unit u, int step, int64_t day) {
  int y, m, d;
  annals_civil_from_days(day, &y, &m, &d);
  switch (u) {
  case ANNALS_TICK_DAY:
    return day + step;
  case ANNALS_TICK_WEEK:
    return day + 7 * step;
  case ANNALS_TICK_MONTH:
  case ANNALS_TICK_QUARTER: {
    int idx = y * 12 + (m - 1) + (u == ANNALS_TICK_MONTH ? step : 3 * step);
    int yy = idx >= 0 ? idx / 12 : -((-idx + 11) / 12);
    return annals_days_from_civil(yy, idx - yy * 12 + 1, 1);
  }
  case ANNALS_TICK_YEAR:
  case ANNALS_TICK_DECADE:
  default:
    return annals_days_from_civil(
        y + (u == ANNALS_TICK_YEAR ? step : 10 * step), 1, 1);
  }
}

static const double unit_days[] = {1, 7, 30.44, 91.31, 365.25, 3652.5};
static const char *const unit_sample[] = {"30 Sep", "30 Sep", "Sep",
                                          "Q4",     "2025",   "1980s"};

#define TICK_GAP 10.0   /* between tick labels along a horizontal axis */
#define TICK_GAP_V 6.0  /* along a vertical one */

/* Multiples of a unit we allow: 1-2 days, 1-2-5 years, any decades. */
static bool step_allowed(annals_tick_unit u, int step) {
  switch (u) {
  case ANNALS_TICK_DAY:
    return step <= 2;
  case ANNALS_TICK_YEAR:
    return step <= 5;
  case ANNALS_TICK_DECADE:
    return true;
  default:
    return step == 1;
  }
}

double scale_tick_x(const annals_axis_segment *seg, annals_tick_unit u,
                    int64_t day) {
  bool mid = u == ANNALS_TICK_DAY || u == ANNALS_TICK_WEEK;
  return scale_x(seg, 1, (double)day + (mid ? 0.5 : 0));
}

/* The finest unit (and step) whose ticks are at least the room a label
 * needs apart: its width plus a gap, or (vertical) the line height plus a
 * gap. */
static annals_tick_unit choose_unit(const annals_axis_segment *sg,
                                    const annals_measurer *m, bool vertical,
                                    int *step_out) {
  static const int steps[] = {1, 2, 5, 10, 20, 50, 100};
  double days = (double)(sg->day1 - sg->day0);
  double length = sg->x1 - sg->x0;
  double lh = m->line_height(m->ctx, ANNALS_FONT_TICK);
  for (int u = ANNALS_TICK_DAY; u <= ANNALS_TICK_DECADE; u++) {
    double need = vertical ? 3 * lh + TICK_GAP_V
                           : m->width(m->ctx, ANNALS_FONT_TICK,
                                      unit_sample[u],
                                      strlen(unit_sample[u])) +
                                 TICK_GAP;
    for (size_t k = 0; k < ARRAY_SIZE(steps); k++) {
      if (!step_allowed((annals_tick_unit)u, steps[k]))
        break;
      if (length * unit_days[u] * steps[k] / days >= need) {
        *step_out = steps[k];
        return (annals_tick_unit)u;
      }
    }
  }
  *step_out = 100;
  return ANNALS_TICK_DECADE;
}

void scale_ticks(annals_axis_segment *segs, size_t n_segs,
                 const annals_measurer *m, GStringChunk *strings,
                 GArray *ticks, bool vertical, double label_x) {
  double lh = m->line_height(m->ctx, ANNALS_FONT_TICK);
  for (size_t s = 0; s < n_segs; s++) {
    annals_axis_segment *sg = &segs[s];
    int step;
    annals_tick_unit unit = choose_unit(sg, m, vertical, &step);
    sg->unit = unit;
    /* Generate, then drop any label that would touch the previous one or
     * stick out of the segment. */
    double last_end = -1e300;
    bool first = true;
    for (int64_t d = tick_first(unit, step, sg->day0); d <= sg->day1;
         d = tick_next(unit, step, d)) {
      char buf[48];
      size_t len = scale_tick_label(unit, d, first, buf, sizeof buf);
      double lw = m->width(m->ctx, ANNALS_FONT_TICK, buf, len);
      double x = scale_tick_x(sg, unit, d);
      double a = vertical ? x - lh / 2 : x - lw / 2;
      double b = vertical ? a + lh : a + lw;
      if (x > sg->x1 + 0.01 || a < sg->x0 - 4 || b > sg->x1 + 4 ||
          a < last_end + (vertical ? TICK_GAP_V : TICK_GAP)) {
        /* A dropped label that named the year hands that on. */
        if (names_year(unit, d, first))
          first = true;
        continue;
      }
      annals_tick t = {0};
      t.day = d;
      t.x = x;
      t.label = g_string_chunk_insert_len(strings, buf, (gssize)len);
      t.box.w = lw;
      t.box.h = lh;
      t.box.x = vertical ? label_x - lw : a;
      t.box.y = vertical ? a : 0;
      g_array_append_val(ticks, t);
      last_end = b;
      first = false;
    }
  }
}
