/*
 * layout_check.h - every promise of annals_layout_build, checked on the
 * geometry it returns (shared by tests/unit/test_layout.c and the layout
 * fuzz target; header-only so that both link it without clashing).
 *
 * lc_check() returns NULL when the layout keeps its promises, else a
 * message naming the first broken one:
 *  - labels, folds, tick labels and drawn text stay on the canvas, within
 *    max_height;
 *  - no label overlaps another label, a fold, a marker, an axis or a tick
 *    label; folds do not overlap;
 *  - every dated event is shown by exactly one label or fold, and the
 *    counts add up; the vertical layout folds nothing;
 *  - association: each label's leader starts within LC_TOUCH of one of its
 *    own markers (or its cluster outline), every other marker is farther
 *    from that end than its own, the leader crosses no other marker,
 *    outline, label or tick label, and it ends on its label's edge;
 *  - markers of different labels never overlap (same-day events share a
 *    marker, near-same-day ones a cluster), so each stays visible.
 * The checker only reads geometry: it shares no code with the layout.
 */
#ifndef ANNALS_LAYOUT_CHECK_H
#define ANNALS_LAYOUT_CHECK_H

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "annals.h"

#define LC_EPS 0.01
#define LC_TOUCH 1.5 /* a leader ends this near its marker */

typedef struct {
  size_t labels;   /* labels whose association was checked */
  size_t checks;   /* leader-against-marker comparisons made */
  size_t overlaps; /* box-against-box comparisons made */
} lc_stats;

/* A shape: a circle (kind 0), a box (1) or a segment with a radius (2). */
typedef struct {
  int kind;
  double x0, y0, x1, y1, r;
} lc_shape;

static inline const char *lc_fail(const char *fmt, ...) {
  static char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return msg;
}

static inline bool lc_overlap(const annals_box *a, const annals_box *b) {
  return a->x < b->x + b->w - LC_EPS && b->x < a->x + a->w - LC_EPS &&
         a->y < b->y + b->h - LC_EPS && b->y < a->y + a->h - LC_EPS;
}

static inline bool lc_inside(const annals_box *b, double w, double h) {
  return isfinite(b->x) && isfinite(b->y) && isfinite(b->w) &&
         isfinite(b->h) && b->w >= 0 && b->h >= 0 && b->x >= -LC_EPS &&
         b->y >= -LC_EPS && b->x + b->w <= w + LC_EPS &&
         b->y + b->h <= h + LC_EPS;
}

static inline double lc_seg_point(double ax, double ay, double bx, double by,
                                  double px, double py) {
  double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return hypot(ax + t * dx - px, ay + t * dy - py);
}

static inline double lc_box_point(double x0, double y0, double x1, double y1,
                                  double px, double py) {
  double dx = px < x0 ? x0 - px : px > x1 ? px - x1 : 0;
  double dy = py < y0 ? y0 - py : py > y1 ? py - y1 : 0;
  return hypot(dx, dy);
}

/* Distance from a point to a shape (0 inside). */
static inline double lc_dist(const lc_shape *s, double px, double py) {
  double d;
  switch (s->kind) {
  case 0:
    d = hypot(px - s->x0, py - s->y0) - s->r;
    break;
  case 1:
    d = lc_box_point(s->x0, s->y0, s->x1, s->y1, px, py);
    break;
  default:
    d = lc_seg_point(s->x0, s->y0, s->x1, s->y1, px, py) - s->r;
    break;
  }
  return d < 0 ? 0 : d;
}

/* Whether segment a-b enters a box (shrunk by LC_EPS): Liang-Barsky. */
static inline bool lc_seg_box(double ax, double ay, double bx, double by,
                              double x0, double y0, double x1, double y1) {
  x0 += LC_EPS;
  y0 += LC_EPS;
  x1 -= LC_EPS;
  y1 -= LC_EPS;
  if (x1 <= x0 || y1 <= y0)
    return false;
  double t0 = 0, t1 = 1, dx = bx - ax, dy = by - ay;
  double p[4] = {-dx, dx, -dy, dy};
  double q[4] = {ax - x0, x1 - ax, ay - y0, y1 - ay};
  for (int i = 0; i < 4; i++) {
    if (p[i] == 0) {
      if (q[i] < 0)
        return false;
      continue;
    }
    double t = q[i] / p[i];
    if (p[i] < 0 && t > t0)
      t0 = t;
    else if (p[i] > 0 && t < t1)
      t1 = t;
    if (t0 > t1)
      return false;
  }
  return true;
}

/* Whether segment a-b enters a shape. */
static inline bool lc_seg_enters(const lc_shape *s, double ax, double ay,
                                 double bx, double by) {
  switch (s->kind) {
  case 0:
    return lc_seg_point(ax, ay, bx, by, s->x0, s->y0) < s->r - LC_EPS;
  case 1:
    return lc_seg_box(ax, ay, bx, by, s->x0, s->y0, s->x1, s->y1);
  default: {
    /* Two segments: near where they cross, or at an end. */
    double d = fmin(fmin(lc_seg_point(ax, ay, bx, by, s->x0, s->y0),
                         lc_seg_point(ax, ay, bx, by, s->x1, s->y1)),
                    fmin(lc_seg_point(s->x0, s->y0, s->x1, s->y1, ax, ay),
                         lc_seg_point(s->x0, s->y0, s->x1, s->y1, bx, by)));
    double den = (bx - ax) * (s->y1 - s->y0) - (by - ay) * (s->x1 - s->x0);
    if (den != 0) {
      double t = ((s->x0 - ax) * (s->y1 - s->y0) -
                  (s->y0 - ay) * (s->x1 - s->x0)) / den;
      double u = ((s->x0 - ax) * (by - ay) - (s->y0 - ay) * (bx - ax)) / den;
      if (t > 0 && t < 1 && u > 0 && u < 1)
        d = 0;
    }
    return d < s->r - LC_EPS;
  }
  }
}

/* The marker's shape, and its stem (returns how many: 1 or 2). */
static inline int lc_marker_shapes(const annals_layout *l,
                                   const annals_marker *m, lc_shape out[2]) {
  if (!m->span)
    out[0] = (lc_shape){0, m->x0, m->y0, 0, 0, m->r};
  else if (l->orient == ANNALS_ORIENT_VERTICAL)
    out[0] = (lc_shape){1, m->x0 - m->r, m->y0, m->x0 + m->r, m->y1, 0};
  else
    out[0] = (lc_shape){1, m->x0, m->y0 - m->r, m->x1, m->y0 + m->r, 0};
  if (!m->stem)
    return 1;
  out[1] = (lc_shape){2, m->sx0, m->sy0, m->sx1, m->sy1, 0.7};
  return 2;
}

static inline bool lc_owns(const annals_layout *l, const annals_label *lb,
                           size_t marker) {
  return l->markers[marker].label >= 0 &&
         &l->labels[l->markers[marker].label] == lb;
}

/* Association of one label with its markers (see the top). */
static inline const char *lc_leader(const annals_layout *l, size_t i,
                                    lc_stats *st) {
  const annals_label *lb = &l->labels[i];
  if (lb->n_leader < 2 || lb->n_leader > 4)
    return lc_fail("label %zu: leader of %d points", i, lb->n_leader);
  double ex = lb->leader_x[0], ey = lb->leader_y[0];
  double own = 1e300;
  lc_shape sh[2];
  for (size_t q = 0; q < lb->n_markers; q++) {
    const annals_marker *m = &l->markers[l->label_markers[lb->first_marker + q]];
    int ns = lc_marker_shapes(l, m, sh);
    for (int k = 0; k < ns; k++)
      own = fmin(own, lc_dist(&sh[k], ex, ey));
  }
  if (lb->cluster.w > 0) {
    lc_shape c = {1, lb->cluster.x, lb->cluster.y,
                  lb->cluster.x + lb->cluster.w,
                  lb->cluster.y + lb->cluster.h, 0};
    own = fmin(own, lc_dist(&c, ex, ey));
  }
  if (own > LC_TOUCH)
    return lc_fail("label %zu (%s): leader ends %.2f pt from its marker", i,
                   l->markers[l->label_markers[lb->first_marker]].id, own);
  for (size_t k = 0; k < l->n_markers + l->n_labels; k++) {
    int ns;
    if (k < l->n_markers) {
      if (lc_owns(l, lb, k))
        continue;
      ns = lc_marker_shapes(l, &l->markers[k], sh);
    } else {
      const annals_label *o = &l->labels[k - l->n_markers];
      if (o == lb || o->cluster.w <= 0)
        continue;
      sh[0] = (lc_shape){1, o->cluster.x, o->cluster.y,
                         o->cluster.x + o->cluster.w,
                         o->cluster.y + o->cluster.h, 0};
      ns = 1;
    }
    for (int s = 0; s < ns; s++) {
      st->checks++;
      double d = lc_dist(&sh[s], ex, ey);
      if (d <= own + LC_EPS)
        return lc_fail("label %zu (%s): its leader ends %.2f pt from "
                       "another marker (%s), %.2f from its own",
                       i, l->markers[l->label_markers[lb->first_marker]].id,
                       d, k < l->n_markers ? l->markers[k].id : "outline",
                       own);
      for (int p = 0; p + 1 < lb->n_leader; p++)
        if (lc_seg_enters(&sh[s], lb->leader_x[p], lb->leader_y[p],
                          lb->leader_x[p + 1], lb->leader_y[p + 1]))
          return lc_fail("label %zu: its leader crosses marker %s", i,
                         k < l->n_markers ? l->markers[k].id : "outline");
    }
  }
  /* The leader ends on its label's edge and crosses no other label or
   * tick label. */
  const annals_box *b = &lb->box;
  double lx = lb->leader_x[lb->n_leader - 1], ly = lb->leader_y[lb->n_leader - 1];
  if (lc_box_point(b->x, b->y, b->x + b->w, b->y + b->h, lx, ly) > LC_EPS ||
      (lx > b->x + LC_EPS && lx < b->x + b->w - LC_EPS && ly > b->y + LC_EPS &&
       ly < b->y + b->h - LC_EPS))
    return lc_fail("label %zu: its leader does not end on its edge", i);
  for (int p = 0; p + 1 < lb->n_leader; p++) {
    double ax = lb->leader_x[p], ay = lb->leader_y[p];
    double bx = lb->leader_x[p + 1], by = lb->leader_y[p + 1];
    for (size_t j = 0; j < l->n_labels; j++) {
      const annals_box *o = &l->labels[j].box;
      if (j != i && lc_seg_box(ax, ay, bx, by, o->x, o->y, o->x + o->w,
                               o->y + o->h))
        return lc_fail("label %zu: its leader crosses label %zu", i, j);
    }
    for (size_t j = 0; j < l->n_ticks; j++) {
      const annals_box *o = &l->ticks[j].box;
      if (l->ticks[j].label &&
          lc_seg_box(ax, ay, bx, by, o->x, o->y, o->x + o->w, o->y + o->h))
        return lc_fail("label %zu: its leader crosses tick label '%s'", i,
                       l->ticks[j].label);
    }
  }
  st->labels++;
  return NULL;
}

/* Boxes: on the canvas, and apart. */
static inline const char *lc_boxes(const annals_layout *l, lc_stats *st) {
  for (size_t i = 0; i < l->n_labels; i++)
    if (!lc_inside(&l->labels[i].box, l->width, l->height))
      return lc_fail("label %zu off the canvas", i);
  for (size_t i = 0; i < l->n_folds; i++)
    if (!lc_inside(&l->folds[i].box, l->width, l->height))
      return lc_fail("fold %zu off the canvas", i);
  for (size_t i = 0; i < l->n_ticks; i++)
    if (l->ticks[i].label && !lc_inside(&l->ticks[i].box, l->width, l->height))
      return lc_fail("tick label '%s' off the canvas", l->ticks[i].label);
  for (size_t i = 0; i < l->n_labels; i++) {
    const annals_box *b = &l->labels[i].box;
    for (size_t j = i + 1; j < l->n_labels; j++, st->overlaps++)
      if (lc_overlap(b, &l->labels[j].box))
        return lc_fail("labels %zu and %zu overlap", i, j);
    for (size_t j = 0; j < l->n_folds; j++)
      if (lc_overlap(b, &l->folds[j].box))
        return lc_fail("label %zu overlaps fold %zu", i, j);
    for (size_t j = 0; j < l->n_ticks; j++)
      if (l->ticks[j].label && lc_overlap(b, &l->ticks[j].box))
        return lc_fail("label %zu overlaps tick label '%s'", i,
                       l->ticks[j].label);
    for (size_t k = 0; k < l->n_markers; k++) {
      lc_shape sh[2];
      int ns = lc_marker_shapes(l, &l->markers[k], sh);
      for (int s = 0; s < ns; s++) {
        annals_box mb = {fmin(sh[s].x0, sh[s].kind == 0 ? sh[s].x0 : sh[s].x1) -
                             sh[s].r,
                         fmin(sh[s].y0, sh[s].kind == 0 ? sh[s].y0 : sh[s].y1) -
                             sh[s].r,
                         0, 0};
        mb.w = (sh[s].kind == 0 ? 2 * sh[s].r
                                : fabs(sh[s].x1 - sh[s].x0) + 2 * sh[s].r);
        mb.h = (sh[s].kind == 0 ? 2 * sh[s].r
                                : fabs(sh[s].y1 - sh[s].y0) + 2 * sh[s].r);
        if (lc_overlap(b, &mb))
          return lc_fail("label %zu overlaps marker %s", i,
                         l->markers[k].id);
      }
    }
    for (size_t k = 0; k < l->n_lanes; k++) {
      annals_box axis = l->orient == ANNALS_ORIENT_VERTICAL
                            ? (annals_box){l->lanes[k].axis_x - 1, 0, 2,
                                           l->height}
                            : (annals_box){0, l->lanes[k].axis_y - 1,
                                           l->width, 2};
      if (lc_overlap(b, &axis))
        return lc_fail("label %zu overlaps an axis", i);
    }
  }
  for (size_t i = 0; i < l->n_folds; i++)
    for (size_t j = i + 1; j < l->n_folds; j++)
      if (lc_overlap(&l->folds[i].box, &l->folds[j].box))
        return lc_fail("folds %zu and %zu overlap", i, j);
  return NULL;
}

/* Every event shown once; markers of different labels apart. */
static inline const char *lc_events(const annals_layout *l, size_t n_dated) {
  if (l->n_markers != n_dated)
    return lc_fail("%zu markers for %zu dated events", l->n_markers,
                   n_dated);
  size_t folded = 0;
  for (size_t k = 0; k < l->n_markers; k++) {
    const annals_marker *m = &l->markers[k];
    if ((m->label >= 0) == (m->fold >= 0))
      return lc_fail("event %s is in %s", m->id,
                     m->label >= 0 ? "a label and a fold" : "no label");
    const size_t *idx = m->fold >= 0 ? l->fold_markers : l->label_markers;
    size_t first = m->fold >= 0 ? l->folds[m->fold].first_marker
                                : l->labels[m->label].first_marker;
    size_t n = m->fold >= 0 ? l->folds[m->fold].n_markers
                            : l->labels[m->label].n_markers;
    bool found = false;
    for (size_t q = 0; q < n; q++)
      found |= idx[first + q] == k;
    if (!found)
      return lc_fail("event %s is not listed by its label or fold", m->id);
    folded += m->fold >= 0;
  }
  for (size_t i = 0; i < l->n_labels; i++)
    folded += l->labels[i].n_hidden;
  if (folded != l->n_folded)
    return lc_fail("%zu events folded, the layout says %zu", folded,
                   l->n_folded);
  if (l->orient == ANNALS_ORIENT_VERTICAL && l->n_folded)
    return lc_fail("the vertical layout folded %zu events", l->n_folded);
  if (n_dated && !l->n_labels)
    return lc_fail("no label");
  /* Point markers of different labels do not overlap. */
  for (size_t a = 0; a < l->n_markers; a++) {
    const annals_marker *p = &l->markers[a];
    if (p->span || p->label < 0)
      continue;
    for (size_t b = a + 1; b < l->n_markers; b++) {
      const annals_marker *q = &l->markers[b];
      if (q->span || q->label < 0 || q->label == p->label ||
          q->lane != p->lane)
        continue;
      if (hypot(p->x0 - q->x0, p->y0 - q->y0) < p->r + q->r - LC_EPS)
        return lc_fail("markers %s and %s of different labels overlap",
                       p->id, q->id);
    }
  }
  return NULL;
}

static inline const char *lc_check(const annals_layout *l, size_t n_dated,
                                   const annals_layout_opts *o,
                                   lc_stats *st) {
  if (!(isfinite(l->width) && isfinite(l->height) && l->height > 0 &&
        l->height <= o->max_height + LC_EPS))
    return lc_fail("canvas %.2f x %.2f (max height %.2f)", l->width,
                   l->height, o->max_height);
  const char *e = lc_boxes(l, st);
  if (!e)
    e = lc_events(l, n_dated);
  for (size_t i = 0; !e && i < l->n_labels; i++)
    e = lc_leader(l, i, st);
  for (size_t i = 0; !e && i < l->dl.n; i++) {
    const annals_dl_item *it = &l->dl.items[i];
    if (!(isfinite(it->x) && isfinite(it->y) && isfinite(it->w) &&
          isfinite(it->h) && isfinite(it->x2) && isfinite(it->y2) &&
          isfinite(it->r)))
      e = lc_fail("display-list item %zu is not finite", i);
    else if (it->kind == ANNALS_DL_TEXT) {
      annals_box b = {it->x, it->y, it->w, it->h};
      if (!it->text || !lc_inside(&b, l->width, l->height))
        e = lc_fail("text '%s' off the canvas", it->text ? it->text : "");
    }
  }
  return e;
}

#endif
