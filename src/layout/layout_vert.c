/*
 * layout_vert.c - the vertical chronology: time runs down the page on a
 * proportional axis (with breaks over long empty stretches), tick labels
 * on its left, every event's whole label on its right; the page grows.
 * Made for long timelines, appendices and phone screens.
 *
 * Steps (layout_vertical):
 *  1. frame:    the tick gutter, the axis and the label column;
 *  2. measure:  every group's label, with every title in full;
 *  3. scale:    segments whose lengths follow the height of their labels,
 *               so that labels stay near their dates; ticks;
 *  4. markers:  where each group's marker is on the axis;
 *  5. clusters: groups whose markers are too close for leaders of their
 *               own share one label, the markers outlined together;
 *  6. place:    label tops as near their markers as the labels before
 *               allow (pool-adjacent-violators: the least-squares
 *               placement that keeps order and gaps, O(n));
 *  7. canvas:   axis, ticks, bars, then each label with its leader,
 *               markers and text; the footer.
 *
 * Leaders leave their marker to the right, slant, and enter their label
 * at its date line.  Labels and markers are in the same order, so leaders
 * never cross; markers sit on the axis and labels right of every leader's
 * bend, so a leader passes no other marker or label.
 */
#include "layout/layout_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define LABEL_GAP_V 4.0 /* between labels */
#define LEADER_W 30.0   /* axis to the label column */
#define BEND_X 14.0     /* axis to where leaders start to slant */
#define PILL_HALF 7.0   /* half width of a cluster's outline */
#define MIN_AXIS 120.0
/* The axis is this much longer than the labels it carries: where events
 * are denser than on average, labels drift from their dates; with 30 %
 * slack the mean drift on 400 random events falls from 119 to about 25
 * points, for a page 30 % taller. */
#define AXIS_SLACK 1.3
#define EPS 1e-9

typedef struct {
  lay_ctx *c;
  double ax;      /* the axis */
  double label_x; /* the label column */
  double top;     /* the axis starts here */
  group **order;  /* groups by anchor */
  size_t *cl;     /* clusters: order[cl[k] .. cl[k + 1]) */
  size_t n_cl;
  annals_box *box; /* each cluster's label */
  double *cy;      /* each cluster's leader height */
} vt;

/* ---- 1. frame ---------------------------------------------------------- */

static annals_status v_frame(vt *v) {
  lay_ctx *c = v->c;
  static const char *const samples[] = {"30 Sep 2025", "Q4 2025", "1980s",
                                        "Sep 2025", "2000 BCE"};
  double gutter = 0;
  for (size_t i = 0; i < ARRAY_SIZE(samples); i++)
    gutter = fmax(gutter, lay_width(c->m, ANNALS_FONT_TICK, samples[i],
                                    strlen(samples[i])));
  v->ax = MARGIN + gutter + 14;
  v->label_x = v->ax + LEADER_W;
  c->label_w = c->o->width - MARGIN - v->label_x - 2 * PAD_X;
  if (c->label_w < 60) {
    annals_diags_add(c->d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "width %g too small for the vertical layout (at least "
                     "%.0f points)",
                     c->o->width, ceil(c->o->width - c->label_w + 60));
    return ANNALS_ERR_ARG;
  }
  v->top = c->plot_top + 8;
  return ANNALS_OK;
}

/* ---- 3. scale ---------------------------------------------------------- */

static void v_scale(vt *v) {
  lay_ctx *c = v->c;
  annals_layout *l = c->l;
  scale_span *sp = g_new(scale_span, c->n_groups ? c->n_groups : 1);
  double total = 0;
  for (size_t k = 0; k < c->n_groups; k++) {
    const group *g = &c->gr[k];
    const item *it = &c->items[g->first];
    size_t w = (size_t)ceil(g->box.h + LABEL_GAP_V);
    sp[k] = (scale_span){it->d0, it->d1, w};
    total += (double)w;
  }
  double len = fmax(total * AXIS_SLACK, MIN_AXIS);
  l->segments = scale_segments(sp, c->n_groups, v->top, v->top + len,
                               BREAK_W, 0.005, &l->n_segments);
  g_free(sp);
  GArray *ticks = g_array_new(FALSE, FALSE, sizeof(annals_tick));
  scale_ticks(l->segments, l->n_segments, c->m, c->pv->strings, ticks, true,
              v->ax - 8);
  l->n_ticks = ticks->len;
  l->ticks = (annals_tick *)(void *)g_array_free(ticks, FALSE);
}

/* ---- 4. markers -------------------------------------------------------- */

static int cmp_anchor(const void *a, const void *b) {
  const group *x = *(group *const *)a, *y = *(group *const *)b;
  if (x->anchor != y->anchor)
    return x->anchor < y->anchor ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

static void v_markers(vt *v) {
  lay_ctx *c = v->c;
  const annals_layout *l = c->l;
  v->order = g_new(group *, c->n_groups ? c->n_groups : 1);
  for (size_t k = 0; k < c->n_groups; k++) {
    group *g = &c->gr[k];
    const item *it = &c->items[g->first];
    g->side = 1;
    if (g->span) {
      g->x0 = scale_x(l->segments, l->n_segments, (double)it->d0);
      g->x1 = scale_x(l->segments, l->n_segments, (double)it->d1);
      if (g->x1 - g->x0 < 3) {
        double mid = (g->x0 + g->x1) / 2;
        g->x0 = mid - 1.5;
        g->x1 = mid + 1.5;
      }
      g->anchor = g->x0 + fmin(4.0, (g->x1 - g->x0) / 2);
    } else {
      g->x0 = g->x1 =
          scale_x(l->segments, l->n_segments, (double)it->d0 + 0.5);
      g->anchor = g->x0;
      if (g->n > 1)
        g->r = BADGE_R;
    }
    v->order[k] = g;
  }
  qsort(v->order, c->n_groups, sizeof *v->order, cmp_anchor);
}

/* ---- 5. clusters ------------------------------------------------------- */

/* How far a group's marker reaches along the axis from its anchor. */
static double reach_y(const group *g) { return g->span ? 1.0 : g->r; }

/* How far right of the axis it reaches (where its leader starts). */
static double reach_x(const group *g) { return g->span ? STEM_LEN : g->r; }

static void v_clusters(vt *v) {
  lay_ctx *c = v->c;
  v->cl = g_new(size_t, c->n_groups + 1);
  v->n_cl = 0;
  for (size_t i = 0; i < c->n_groups; i++) {
    const group *g = v->order[i];
    if (i > 0) {
      const group *p = v->order[i - 1];
      if (g->anchor - p->anchor < reach_y(p) + reach_y(g) + 4)
        continue; /* too close for a leader of its own */
    }
    v->cl[v->n_cl++] = i;
  }
  v->cl[v->n_cl] = c->n_groups;
  v->box = g_new0(annals_box, v->n_cl ? v->n_cl : 1);
  v->cy = g_new0(double, v->n_cl ? v->n_cl : 1);
  for (size_t k = 0; k < v->n_cl; k++) {
    double w = 0, h = 0;
    for (size_t i = v->cl[k]; i < v->cl[k + 1]; i++) {
      const group *g = v->order[i];
      w = fmax(w, g->box.w);
      h += g->sec_h - 2 * PAD_Y + (i > v->cl[k] ? ENTRY_GAP : 0);
    }
    v->box[k] = (annals_box){v->label_x, 0, w, h + 2 * PAD_Y};
    v->cy[k] = (v->order[v->cl[k]]->anchor +
                v->order[v->cl[k + 1] - 1]->anchor) / 2;
  }
}

/* ---- 6. place ---------------------------------------------------------- */

typedef struct {
  size_t first, count;
  double sum;    /* of (wanted top - offset in the block) */
  double height; /* of the block, gaps included */
} block;

/* Tops as near the wanted ones as order and gaps allow (least squares):
 * pool adjacent violators, then keep the first below min_top. */
static void place_column(const double *want, const double *h, size_t n,
                         double gap, double min_top, double *top) {
  block *st = g_new(block, n ? n : 1);
  size_t ns = 0;
  for (size_t k = 0; k < n; k++) {
    st[ns++] = (block){k, 1, want[k], h[k]};
    while (ns > 1) {
      block *a = &st[ns - 2], *b = &st[ns - 1];
      double pa = a->sum / (double)a->count, pb = b->sum / (double)b->count;
      if (pa + a->height + gap <= pb + EPS)
        break;
      a->sum += b->sum - (double)b->count * (a->height + gap);
      a->height += gap + b->height;
      a->count += b->count;
      ns--;
    }
  }
  double floor_y = min_top;
  for (size_t b = 0; b < ns; b++) {
    double y = fmax(st[b].sum / (double)st[b].count, floor_y);
    for (size_t k = st[b].first; k < st[b].first + st[b].count; k++) {
      top[k] = y;
      y += h[k] + gap;
    }
    floor_y = y;
  }
  g_free(st);
}

static void v_place(vt *v) {
  lay_ctx *c = v->c;
  double date_h = c->m->line_height(c->m->ctx, ANNALS_FONT_LABEL_DATE);
  double *want = g_new(double, v->n_cl ? v->n_cl : 1);
  double *h = g_new(double, v->n_cl ? v->n_cl : 1);
  double *top = g_new(double, v->n_cl ? v->n_cl : 1);
  for (size_t k = 0; k < v->n_cl; k++) {
    want[k] = v->cy[k] - PAD_Y - date_h / 2;
    h[k] = v->box[k].h;
  }
  place_column(want, h, v->n_cl, LABEL_GAP_V, c->plot_top, top);
  for (size_t k = 0; k < v->n_cl; k++)
    v->box[k].y = top[k];
  g_free(want);
  g_free(h);
  g_free(top);
}

/* ---- 7. canvas --------------------------------------------------------- */

static void emit_axis(vt *v) {
  lay_ctx *c = v->c;
  annals_layout *l = c->l;
  for (size_t s = 0; s < l->n_segments; s++) {
    const annals_axis_segment *sg = &l->segments[s];
    double ya = s == 0 ? sg->x0 - 6 : sg->x0 - 4;
    double yb = s + 1 == l->n_segments ? sg->x1 + 6 : sg->x1 + 4;
    lay_emit_line(&l->dl, ANNALS_COLOR_AXIS, 1.2, v->ax, ya, v->ax, yb);
    if (s + 1 < l->n_segments) {
      double by = (sg->x1 + l->segments[s + 1].x0) / 2;
      lay_emit_line(&l->dl, ANNALS_COLOR_AXIS, 1.2, v->ax - 6, by + 1,
                    v->ax + 6, by - 3);
      lay_emit_line(&l->dl, ANNALS_COLOR_AXIS, 1.2, v->ax - 6, by + 3,
                    v->ax + 6, by - 1);
    }
  }
  for (size_t i = 0; i < l->n_ticks; i++) {
    const annals_tick *tk = &l->ticks[i];
    lay_emit_line(&l->dl, ANNALS_COLOR_AXIS, 0.8, v->ax - 4, tk->x, v->ax,
                  tk->x);
    tline tt = {tk->label, NULL, ANNALS_FONT_TICK, ANNALS_COLOR_MUTED,
                tk->box.w, tk->box.h, false, 0, -1};
    annals_dl_item *it = lay_emit_text(&l->dl, &tt, tk->box.x, tk->box.y);
    it->flags |= ANNALS_DL_F_END;
  }
  l->n_lanes = 1;
  l->lanes = g_new0(annals_lane, 1);
  l->lanes[0].axis_x = v->ax;
  l->lanes[0].box = (annals_box){MARGIN, c->plot_top, c->content_w, 0};
}

static void set_markers(vt *v, const group *g) {
  annals_layout *l = v->c->l;
  for (size_t q = 0; q < g->n; q++) {
    annals_marker *mk = &l->markers[g->first + q];
    mk->x0 = mk->x1 = v->ax;
    mk->y0 = g->x0;
    mk->y1 = g->x1;
    mk->r = g->r;
    if (g->span) {
      mk->stem = true;
      mk->sx0 = v->ax + BAR_HALF;
      mk->sx1 = v->ax + STEM_LEN;
      mk->sy0 = mk->sy1 = g->anchor;
    }
  }
}

/* The leader of cluster k: out of its marker (or outline) to the right,
 * a slant, into the label at its date line. */
static void set_leader(vt *v, size_t k, annals_label *lb, double reach) {
  lay_ctx *c = v->c;
  double date_h = c->m->line_height(c->m->ctx, ANNALS_FONT_LABEL_DATE);
  double y0 = v->cy[k], y1 = v->box[k].y + PAD_Y + date_h / 2;
  double xs = v->ax + reach + LEAD_GAP;
  if (fabs(y1 - y0) < 0.01) {
    lb->n_leader = 2;
    lb->leader_x[0] = xs;
    lb->leader_x[1] = v->label_x;
    lb->leader_y[0] = lb->leader_y[1] = y0;
    return;
  }
  lb->n_leader = 4;
  double xs2[4] = {xs, v->ax + BEND_X, v->label_x - 6, v->label_x};
  double ys2[4] = {y0, y0, y1, y1};
  memcpy(lb->leader_x, xs2, sizeof xs2);
  memcpy(lb->leader_y, ys2, sizeof ys2);
}

static void emit_cluster(vt *v, size_t k, GArray *labels) {
  lay_ctx *c = v->c;
  annals_layout *l = c->l;
  group **gs = v->order + v->cl[k];
  size_t ng = v->cl[k + 1] - v->cl[k];
  int idx = layout_add_label(c, labels, gs, ng);
  annals_label *lb = &g_array_index(labels, annals_label, idx);
  lb->box = v->box[k];
  lb->side = 1;
  lb->align = 1;
  double reach = reach_x(gs[0]);
  if (ng > 1) {
    reach = PILL_HALF;
    double y0 = gs[0]->anchor - reach_y(gs[0]) - 2;
    double y1 = gs[ng - 1]->anchor + reach_y(gs[ng - 1]) + 2;
    lb->cluster = (annals_box){v->ax - PILL_HALF, y0, 2 * PILL_HALF, y1 - y0};
  }
  set_leader(v, k, lb, reach);
  annals_color_role col = layout_event_color(c, gs[0]->first);
  int ev = (int)c->items[gs[0]->first].ev;
  for (int i = 0; i + 1 < lb->n_leader; i++) {
    annals_dl_item *it =
        lay_emit_line(&l->dl, ng > 1 ? ANNALS_COLOR_MUTED : col, 0.8,
                      lb->leader_x[i], lb->leader_y[i], lb->leader_x[i + 1],
                      lb->leader_y[i + 1]);
    it->label = idx;
    it->event = ng > 1 ? -1 : ev;
  }
  if (ng > 1) {
    annals_dl_item *it = dlist_add(&l->dl, ANNALS_DL_RECT);
    *it = (annals_dl_item){.kind = ANNALS_DL_RECT, .flags = ANNALS_DL_F_STROKE,
                           .stroke = ANNALS_COLOR_MUTED, .x = lb->cluster.x,
                           .y = lb->cluster.y, .w = lb->cluster.w,
                           .h = lb->cluster.h, .r = PILL_HALF,
                           .line_width = 0.8, .opacity = 1, .label = idx,
                           .event = -1};
  }
  double ty = lb->box.y;
  for (size_t i = 0; i < ng; i++) {
    group *g = gs[i];
    set_markers(v, g);
    if (g->span) {
      annals_dl_item *it = lay_emit_line(
          &l->dl, layout_event_color(c, g->first), 1.4, v->ax + BAR_HALF,
          g->anchor, v->ax + STEM_LEN, g->anchor);
      it->label = idx;
      it->event = (int)c->items[g->first].ev;
    } else {
      layout_emit_marker(c, g, v->ax, g->anchor, true, idx);
    }
    annals_box b = {lb->box.x, ty, lb->box.w, g->sec_h};
    layout_emit_group_text(c, g, &b, 1, idx);
    ty += g->sec_h - 2 * PAD_Y + ENTRY_GAP;
  }
}

static annals_status v_canvas(vt *v) {
  lay_ctx *c = v->c;
  annals_layout *l = c->l;
  double bottom = l->segments[l->n_segments - 1].x1 + 6;
  for (size_t k = 0; k < v->n_cl; k++)
    bottom = fmax(bottom, v->box[k].y + v->box[k].h);
  l->height = bottom + 10 + c->foot_h + MARGIN;
  if (l->height > c->o->max_height) {
    annals_diags_add(c->d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "the chart needs %.0f points of height, more than the "
                     "maximum of %.0f",
                     ceil(l->height), c->o->max_height);
    return ANNALS_ERR_ARG;
  }
  emit_axis(v);
  /* Bars under everything else. */
  for (size_t k = 0; k < c->n_groups; k++)
    if (c->gr[k].span)
      layout_emit_marker(c, &c->gr[k], v->ax, 0, true, -1);
  GArray *labels = g_array_new(FALSE, TRUE, sizeof(annals_label));
  for (size_t k = 0; k < v->n_cl; k++)
    emit_cluster(v, k, labels);
  l->n_labels = labels->len;
  l->labels = (annals_label *)(void *)g_array_free(labels, FALSE);
  l->lanes[0].box.h = bottom - c->plot_top;
  layout_emit_footer(c, bottom + 10);
  return ANNALS_OK;
}

annals_status layout_vertical(lay_ctx *c) {
  vt v = {0};
  v.c = c;
  annals_status st = v_frame(&v);
  if (st == ANNALS_OK) {
    for (size_t k = 0; k < c->n_groups; k++)
      layout_measure_group(c, &c->gr[k], SIZE_MAX, MAX_LINES_CAP);
    v_scale(&v);
    v_markers(&v);
    v_clusters(&v);
    v_place(&v);
    st = v_canvas(&v);
  }
  c->l->fold_markers = g_new(size_t, 1);
  g_free(v.order);
  g_free(v.cl);
  g_free(v.box);
  g_free(v.cy);
  return st;
}
