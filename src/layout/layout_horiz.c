/*
 * layout_horiz.c - the horizontal chart: time runs left to right, one axis
 * per lane, labels in rows above and below it.
 *
 * Steps (layout_horizontal):
 *  1. frame:   the plot's horizontal extent (after the lane names);
 *  2. ticks:   axis segments with breaks, tick units and labels (scale.c);
 *  3. markers: where each group's marker and leader are on the axis;
 *              overlapping points clustered;
 *  4. rows:    labels placed lane by lane in rows above and below the axis
 *              by a right-to-left sweep (place_lane); fewer rows when the
 *              canvas would be too tall;
 *  5. canvas:  lane heights, then the display list: lanes, axes, ticks,
 *              bars, then each label with its leader and marker;
 *  6. folds:   groups that found no row, as "+N more" notes under their
 *              lane.
 *
 * A label is anchored at its marker: its leader is one straight vertical
 * line from 1 pt off the marker to the label's edge, the label starting
 * there (or ending there, near the right edge).  Leaders of one side are
 * at least CONN_GAP apart and never pass another label, so the marker a
 * leader ends at is the nearest one to its end.  Bars get a stem that
 * reaches past any point marker.  Points whose markers (nearly) overlap
 * form a cluster (step 3): an outline around them, one leader, one label
 * with a dated section per group; points overlapping a full cluster fold.
 * O(n log n) for the sorts, O(n * rows) for the sweep.
 */
#include "layout/layout_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define AXIS_CLEAR 12.0  /* axis to the nearest label row */
#define TICK_LEN 4.0
#define TICK_LABEL_GAP 5.0 /* tick mark to its label */
#define ROW_GAP 4.0      /* between label rows */
#define LABEL_GAP 8.0    /* between labels in a row */
#define CONN_GAP 6.0     /* between a leader and a label or leader beside it */
#define LANE_GAP 10.0
#define MAX_LANE_NAME 130.0
#define MIN_LABEL_W 30.0 /* no label is narrower (a date line) */
#define MIN_FOLD_BIN 90.0 /* "+N more" notes cover at least this width */
#define PILL_PAD 2.0     /* a cluster's outline around its markers */
#define CLUSTER_GAP 3.0  /* points nearer than this (edge to edge) cluster */
#define MAX_CLUSTER 4    /* groups in one cluster */
#define MAX_CLUSTER_SPAN 24.0 /* first to last marker of a cluster */
#define GROUP_SHOW 4     /* titles shown in one label before "+N more" */
#define MAX_TITLE_LINES 3
#define MAX_CLUSTER_LINES 2 /* of each title in a cluster's label */
#define EPS 1e-6

typedef struct {
  double left[2][64]; /* [side][row]: left end of what the row holds */
  double height[2][64];
  int used[2];
} rows_state;

typedef struct {
  lay_ctx *c;
  double plot_x0, plot_x1; /* labels stay within */
  double gutter;           /* lane names */
  bool shared_axis;        /* lanes: tick labels above the first lane */
  double below_clear;      /* axis to the nearest row below */
  double tick_row_h;       /* lanes: the row of shared tick labels */
  double fold_h;
  int max_rows;
  group **order;      /* the groups of each lane, by anchor */
  size_t *lane_start; /* into order */
  rows_state *rs;
  double *lane_axis, *lane_top, *lane_bot;
  size_t *lane_folded;
  bool *tick_hidden;
  GArray *labels; /* annals_label */
} hz;

/* ---- 1. frame ---------------------------------------------------------- */

static annals_status h_frame(hz *h) {
  lay_ctx *c = h->c;
  const annals_layout_opts *o = c->o;
  h->shared_axis = o->lanes != ANNALS_LANES_NONE;
  if (h->shared_axis) {
    for (size_t k = 0; k < c->n_lanes; k++) {
      const char *nm = g_ptr_array_index(c->lane_names, k);
      double w = lay_width(c->m, ANNALS_FONT_LANE, nm, strlen(nm));
      if (w > h->gutter)
        h->gutter = w;
    }
    if (h->gutter > MAX_LANE_NAME)
      h->gutter = MAX_LANE_NAME;
    h->gutter += 12;
  }
  h->plot_x0 = MARGIN + h->gutter;
  h->plot_x1 = o->width - MARGIN;
  c->label_w = o->label_width;
  if (c->label_w > (h->plot_x1 - h->plot_x0) - 2 * PAD_X)
    c->label_w = (h->plot_x1 - h->plot_x0) - 2 * PAD_X;
  if (c->label_w < 20) {
    annals_diags_add(c->d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "width %g too small for the lane names", o->width);
    return ANNALS_ERR_ARG;
  }
  double tick_h = c->m->line_height(c->m->ctx, ANNALS_FONT_TICK);
  h->below_clear = h->shared_axis
                       ? AXIS_CLEAR
                       : TICK_LEN + TICK_LABEL_GAP + tick_h + 4;
  h->tick_row_h = h->shared_axis ? tick_h + 8 : 0;
  h->fold_h = 4 + c->m->line_height(c->m->ctx, ANNALS_FONT_NOTE);
  h->max_rows = o->max_rows > 64 ? 64 : o->max_rows;
  return ANNALS_OK;
}

/* ---- 2. ticks ---------------------------------------------------------- */

static int cmp_item_date(const void *a, const void *b) {
  const item *x = a, *y = b;
  if (x->d0 != y->d0)
    return x->d0 < y->d0 ? -1 : 1;
  return x->d1 < y->d1 ? -1 : x->d1 > y->d1;
}

static void h_ticks(hz *h) {
  lay_ctx *c = h->c;
  annals_layout *l = c->l;
  item *bydate = g_memdup2(c->items, (c->n ? c->n : 1) * sizeof *c->items);
  qsort(bydate, c->n, sizeof *bydate, cmp_item_date);
  scale_span *sp = g_new(scale_span, c->n ? c->n : 1);
  for (size_t i = 0; i < c->n; i++)
    sp[i] = (scale_span){bydate[i].d0, bydate[i].d1, 1};
  l->segments = scale_segments(sp, c->n, h->plot_x0 + 8, h->plot_x1 - 8,
                               BREAK_W, 0.04, &l->n_segments);
  g_free(sp);
  g_free(bydate);
  GArray *ticks = g_array_new(FALSE, FALSE, sizeof(annals_tick));
  scale_ticks(l->segments, l->n_segments, c->m, c->pv->strings, ticks, false,
              0);
  l->n_ticks = ticks->len;
  l->ticks = (annals_tick *)(void *)g_array_free(ticks, FALSE);
  h->tick_hidden = g_new0(bool, l->n_ticks ? l->n_ticks : 1);
}

/* Index of the first tick whose label box ends after x - pad. */
static size_t tick_from(const annals_layout *l, double x) {
  size_t lo = 0, hi = l->n_ticks;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (l->ticks[mid].box.x + l->ticks[mid].box.w < x)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Whether a leader below the axis at x would cross a tick label (only
 * when tick labels sit under the axis). */
static bool tick_blocks(const hz *h, double x) {
  if (h->shared_axis)
    return false;
  const annals_layout *l = h->c->l;
  double pad = 2;
  for (size_t i = tick_from(l, x - pad); i < l->n_ticks; i++) {
    const annals_box *b = &l->ticks[i].box;
    if (b->x > x + pad)
      break;
    if (b->x - pad <= x && x <= b->x + b->w + pad)
      return true;
  }
  return false;
}

static void hide_ticks_at(hz *h, double x) {
  const annals_layout *l = h->c->l;
  double pad = 2;
  for (size_t i = tick_from(l, x - pad); i < l->n_ticks; i++) {
    const annals_box *b = &l->ticks[i].box;
    if (b->x > x + pad)
      break;
    if (b->x - pad <= x && x <= b->x + b->w + pad)
      h->tick_hidden[i] = true;
  }
}

/* ---- 3. markers -------------------------------------------------------- */

static void h_markers(hz *h) {
  lay_ctx *c = h->c;
  const annals_layout *l = c->l;
  for (size_t k = 0; k < c->n_groups; k++) {
    group *g = &c->gr[k];
    const item *it = &c->items[g->first];
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
  }
}

/* ---- 4. rows ----------------------------------------------------------- */

static int cmp_group_x(const void *a, const void *b) {
  const group *x = *(group *const *)a, *y = *(group *const *)b;
  if (x->anchor != y->anchor)
    return x->anchor < y->anchor ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

static void order_groups(hz *h) {
  lay_ctx *c = h->c;
  h->order = g_new(group *, c->n_groups ? c->n_groups : 1);
  h->lane_start = g_new0(size_t, c->n_lanes + 1);
  for (size_t i = 0; i < c->n_groups; i++)
    h->lane_start[c->gr[i].lane + 1]++;
  for (size_t k = 0; k < c->n_lanes; k++)
    h->lane_start[k + 1] += h->lane_start[k];
  size_t *fill = g_new0(size_t, c->n_lanes);
  for (size_t i = 0; i < c->n_groups; i++) {
    int ln = c->gr[i].lane;
    h->order[h->lane_start[ln] + fill[ln]++] = &c->gr[i];
  }
  g_free(fill);
  for (size_t k = 0; k < c->n_lanes; k++)
    qsort(h->order + h->lane_start[k], h->lane_start[k + 1] - h->lane_start[k],
          sizeof *h->order, cmp_group_x);
}

/* Clusters: a run of points each nearer the previous than CLUSTER_GAP
 * (edge to edge), at most MAX_CLUSTER groups over MAX_CLUSTER_SPAN; the
 * points that still overlap a full cluster are crowded out (folded).  A
 * cluster's head carries its leader, at the middle of the outline. */
static void close_cluster(hz *h, group *head) {
  if (head->n_sub < 2)
    return;
  double lo = 1e300, hi = -1e300, r = 0;
  for (size_t k = 0; k < head->n_sub; k++) {
    const group *g = head->sub[k];
    lo = fmin(lo, g->x0 - g->r);
    hi = fmax(hi, g->x0 + g->r);
    r = fmax(r, g->r);
  }
  head->anchor = (lo + hi) / 2;
  head->off = r + PILL_PAD; /* half height of the outline */
  (void)h;
}

static void lane_clusters(hz *h, group **gs, size_t n) {
  group *head = NULL, *prev = NULL;
  for (size_t i = 0; i < n; i++) {
    group *g = gs[i];
    g->sub = NULL;
    g->n_sub = 1;
    if (g->span)
      continue;
    bool near = prev && g->x0 - prev->x0 < prev->r + g->r + CLUSTER_GAP;
    if (near && head && !prev->crowded && head->n_sub < MAX_CLUSTER &&
        g->x0 - head->sub[0]->x0 <= MAX_CLUSTER_SPAN) {
      head->sub[head->n_sub++] = g;
      g->member = true;
    } else if (near) {
      g->crowded = true;
    } else {
      if (head)
        close_cluster(h, head);
      head = g;
      head->sub = g_new(group *, MAX_CLUSTER);
      g_ptr_array_add(h->c->pv->allocs, head->sub);
      head->sub[0] = g;
    }
    prev = g;
  }
  if (head)
    close_cluster(h, head);
}

static void h_clusters(hz *h) {
  lay_ctx *c = h->c;
  for (size_t k = 0; k < c->n_lanes; k++)
    lane_clusters(h, h->order + h->lane_start[k],
                  h->lane_start[k + 1] - h->lane_start[k]);
  /* Heads moved to the middle of their clusters: keep the order. */
  for (size_t k = 0; k < c->n_lanes; k++)
    qsort(h->order + h->lane_start[k], h->lane_start[k + 1] - h->lane_start[k],
          sizeof *h->order, cmp_group_x);
}

/* Label text of a group or cluster: a dated section per group, the
 * titles shared out. */
static void measure_unit(hz *h, group *g) {
  if (g->measured)
    return;
  if (g->n_sub < 2) {
    layout_measure_group(h->c, g, GROUP_SHOW, MAX_TITLE_LINES);
    return;
  }
  size_t each = (GROUP_SHOW + g->n_sub - 1) / g->n_sub;
  double w = 0, hh = 0;
  for (size_t k = 0; k < g->n_sub; k++) {
    group *m = g->sub[k];
    layout_measure_group(h->c, m, each < 2 && m->n > 1 ? 2 : each,
                         MAX_CLUSTER_LINES);
    w = fmax(w, m->box.w);
    hh += m->sec_h - 2 * PAD_Y + (k ? ENTRY_GAP : 0);
  }
  g->measured = true;
  g->box.w = w;
  g->box.h = hh + 2 * PAD_Y;
}

typedef struct {
  int side, row, align; /* side 0 above, 1 below */
  double bx;
  bool hides_ticks;
} spot;

/* Left edge of a label of width w whose leader is at x, for an alignment;
 * false when it would leave [x0, x1] (align 0 centres it, clamped, and is
 * only for labels that fit on neither side of their leader). */
static bool box_x(double x, double w, int align, double x0, double x1,
                  double *bx) {
  if (align > 0)
    *bx = x - 0.5;
  else if (align < 0)
    *bx = x + 0.5 - w;
  else {
    if (x - 0.5 + w <= x1 || x + 0.5 - w >= x0)
      return false;
    *bx = fmax(x0, fmin(x - w / 2, x1 - w));
  }
  return *bx >= x0 - EPS && *bx + w <= x1 + EPS;
}

/* Rows a leader at x reaches on each side: up to and including the first
 * row it cannot pass.  Below the axis, in the first pass, none when the
 * leader would cross a tick label. */
static void reachable_rows(const hz *h, const rows_state *rs, double x,
                           bool blocked, int pass, int reach[2]) {
  for (int s = 0; s < 2; s++) {
    reach[s] = -1;
    if (s == 1 && blocked && pass == 0)
      continue;
    for (int r = 0; r < h->max_rows; r++) {
      reach[s] = r;
      if (x + CONN_GAP > rs->left[s][r])
        break;
    }
  }
}

/* The row a label flush right at its leader should try first: one row
 * out per two unplaced markers under it (they need the rows nearer the
 * axis for their own leaders), so that a cluster at the right edge becomes
 * a staircase instead of folding. */
static int preferred_row(const hz *h, group *const *gs, size_t i, double x0) {
  size_t k = 0;
  while (k < i && gs[i - k - 1]->anchor >= x0)
    k++;
  int r = (int)((k + 1) / 2);
  return r < h->max_rows ? r : h->max_rows - 1;
}

/* Where a label of width w goes for its group gs[i] (anchor x): the
 * nearest row (either side) that its leader reaches and where it fits.
 * A label starts at its leader if it can (ending there would block every
 * leader under it), else ends there (near the right edge; see
 * preferred_row), else is centred on it.  In the first pass a leader may
 * not cross a tick label; in the second it may, hiding that label. */
static bool find_spot(const hz *h, const rows_state *rs, group *const *gs,
                      size_t i, double w, spot *out) {
  double x = gs[i]->anchor;
  bool blocked = tick_blocks(h, x);
  for (int align = 1; align >= -1; align--) {
    double bx;
    if (!box_x(x, w, align, h->plot_x0, h->plot_x1, &bx))
      continue;
    int first = align < 0 ? preferred_row(h, gs, i, bx) : 0;
    for (int pass = 0; pass < (blocked ? 2 : 1); pass++) {
      int reach[2];
      reachable_rows(h, rs, x, blocked, pass, reach);
      for (int k = 0; k < h->max_rows; k++) {
        int r = k < h->max_rows - first ? first + k : h->max_rows - 1 - k;
        for (int s = 0; s < 2; s++)
          if (r <= reach[s] && bx + w + LABEL_GAP <= rs->left[s][r]) {
            *out = (spot){s, r, align, bx, s == 1 && blocked};
            return true;
          }
      }
    }
  }
  return false;
}

static void take_spot(hz *h, rows_state *rs, group *g, const spot *sp) {
  g->side = sp->side == 0 ? -1 : 1;
  g->row = sp->row;
  g->align = sp->align;
  g->box.x = sp->bx;
  rs->left[sp->side][sp->row] = sp->bx;
  for (int r = 0; r < sp->row; r++)
    if (rs->left[sp->side][r] > g->anchor - CONN_GAP)
      rs->left[sp->side][r] = g->anchor - CONN_GAP;
  if (g->box.h > rs->height[sp->side][sp->row])
    rs->height[sp->side][sp->row] = g->box.h;
  if (sp->row + 1 > rs->used[sp->side])
    rs->used[sp->side] = sp->row + 1;
  if (sp->hides_ticks)
    hide_ticks_at(h, g->anchor);
}

/* Places the groups of one lane (sorted by anchor) into rows, sweeping
 * from right to left.  Each row keeps the left end of what it holds; a
 * label takes the nearest row whose leftmost box starts after it ends,
 * provided its leader passes every row nearer the axis; the leader is
 * then reserved in those rows.  Dense clusters become staircases.
 * Returns the number of groups folded. */
static size_t place_lane(hz *h, group **gs, size_t n, rows_state *rs) {
  size_t folded = 0;
  for (int s = 0; s < 2; s++) {
    for (int r = 0; r < h->max_rows; r++) {
      rs->left[s][r] = 1e300;
      rs->height[s][r] = 0;
    }
    rs->used[s] = 0;
  }
  for (size_t i = 0; i < n; i++)
    gs[i]->side = 0;
  for (size_t i = n; i-- > 0;) {
    group *g = gs[i];
    spot sp;
    if (g->member)
      continue;
    if (g->crowded) {
      folded++;
      continue;
    }
    /* Labels are only measured when one of MIN_LABEL_W could fit: in a
     * dense timeline most groups fold and cost no text measuring. */
    if (!g->measured && !find_spot(h, rs, gs, i, MIN_LABEL_W, &sp)) {
      g->side = 0;
      folded++;
      continue;
    }
    measure_unit(h, g);
    if (!find_spot(h, rs, gs, i, g->box.w, &sp)) {
      g->side = 0;
      folded++;
      continue;
    }
    take_spot(h, rs, g, &sp);
    for (size_t k = 1; k < g->n_sub; k++)
      g->sub[k]->side = g->side;
  }
  return folded;
}

static double rows_height(const rows_state *rs, int side) {
  double sum = 0;
  for (int r = 0; r < rs->used[side]; r++)
    sum += rs->height[side][r] + ROW_GAP;
  return sum;
}

/* Places every lane; with fewer rows when the canvas would be taller than
 * max_height.  Sets the lanes' extents and the canvas height. */
static annals_status h_rows(hz *h) {
  lay_ctx *c = h->c;
  annals_layout *l = c->l;
  size_t nl = c->n_lanes;
  h->rs = g_new0(rows_state, nl);
  h->lane_axis = g_new0(double, nl);
  h->lane_top = g_new0(double, nl);
  h->lane_bot = g_new0(double, nl);
  h->lane_folded = g_new0(size_t, nl);
  for (;;) {
    double ly = c->plot_top + h->tick_row_h;
    memset(h->tick_hidden, 0, (l->n_ticks ? l->n_ticks : 1) * sizeof(bool));
    for (size_t k = 0; k < nl; k++) {
      size_t s0 = h->lane_start[k], cnt = h->lane_start[k + 1] - s0;
      h->lane_folded[k] = place_lane(h, h->order + s0, cnt, &h->rs[k]);
      h->lane_top[k] = ly;
      h->lane_axis[k] = ly + 4 + rows_height(&h->rs[k], 0) + AXIS_CLEAR;
      double bottom =
          h->lane_axis[k] + h->below_clear + rows_height(&h->rs[k], 1);
      if (h->lane_folded[k])
        bottom += h->fold_h + ROW_GAP;
      h->lane_bot[k] = bottom + 4;
      ly = h->lane_bot[k] + LANE_GAP;
    }
    l->height = ly - LANE_GAP + 10 + c->foot_h + MARGIN;
    if (l->height <= c->o->max_height || h->max_rows == 1)
      break;
    h->max_rows /= 2;
  }
  if (l->height > c->o->max_height) {
    /* Even one row of labels per side does not fit: refuse rather than
     * draw a chart without labels or taller than asked. */
    annals_diags_add(c->d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "the chart needs %.0f points of height, more than the "
                     "maximum of %.0f (%zu lane%s)",
                     ceil(l->height), c->o->max_height, nl,
                     nl == 1 ? "" : "s");
    return ANNALS_ERR_ARG;
  }
  return ANNALS_OK;
}

/* ---- 5. canvas --------------------------------------------------------- */

static void emit_lane_frames(hz *h) {
  lay_ctx *c = h->c;
  annals_layout *l = c->l;
  l->n_lanes = c->n_lanes;
  l->lanes = g_new0(annals_lane, c->n_lanes);
  for (size_t k = 0; k < c->n_lanes; k++) {
    annals_lane *ln = &l->lanes[k];
    const char *nm = g_ptr_array_index(c->lane_names, k);
    ln->name = nm ? g_string_chunk_insert_const(c->pv->strings, nm) : NULL;
    ln->axis_y = h->lane_axis[k];
    ln->box = (annals_box){MARGIN, h->lane_top[k], c->content_w,
                           h->lane_bot[k] - h->lane_top[k]};
    if (!h->shared_axis)
      continue;
    if (k % 2 == 0) {
      annals_dl_item *it = dlist_add(&l->dl, ANNALS_DL_RECT);
      it->flags = ANNALS_DL_F_FILL;
      it->fill = ANNALS_COLOR_LANE;
      it->x = ln->box.x;
      it->y = ln->box.y;
      it->w = ln->box.w;
      it->h = ln->box.h;
    }
    GArray *nl = g_array_new(FALSE, FALSE, sizeof(tline));
    lay_wrap(c->m, c->pv, nl, ln->name, ANNALS_FONT_LANE, ANNALS_COLOR_INK,
             h->gutter - 12, 2);
    double th = 0;
    for (guint q = 0; q < nl->len; q++)
      th += g_array_index(nl, tline, q).h;
    double ty = h->lane_axis[k] - th / 2;
    for (guint q = 0; q < nl->len; q++) {
      tline *x = &g_array_index(nl, tline, q);
      lay_emit_text(&l->dl, x, MARGIN + 4, ty);
      ty += x->h;
    }
    g_array_free(nl, TRUE);
  }
}

/* An axis line with its breaks and tick marks at y. */
static void emit_axis_line(hz *h, double y, double tick_len) {
  annals_layout *l = h->c->l;
  for (size_t s = 0; s < l->n_segments; s++) {
    const annals_axis_segment *sg = &l->segments[s];
    double xa = s == 0 ? h->plot_x0 : sg->x0 - 4;
    double xb = s + 1 == l->n_segments ? h->plot_x1 : sg->x1 + 4;
    lay_emit_line(&l->dl, ANNALS_COLOR_AXIS, 1.2, xa, y, xb, y);
    if (s + 1 < l->n_segments) {
      /* Axis break: two slanted strokes in the gap. */
      double bx = (sg->x1 + l->segments[s + 1].x0) / 2;
      lay_emit_line(&l->dl, ANNALS_COLOR_AXIS, 1.2, bx - 5, y + 6, bx - 1,
                    y - 6);
      lay_emit_line(&l->dl, ANNALS_COLOR_AXIS, 1.2, bx + 1, y + 6, bx + 5,
                    y - 6);
    }
  }
  for (size_t i = 0; i < l->n_ticks; i++)
    lay_emit_line(&l->dl, ANNALS_COLOR_AXIS, 0.8, l->ticks[i].x, y,
                  l->ticks[i].x, y + tick_len);
}

/* Axes, tick marks and tick labels: under each axis, or (lanes) once
 * above the first lane, on a shared axis. */
static void emit_axes(hz *h) {
  lay_ctx *c = h->c;
  annals_layout *l = c->l;
  for (size_t k = 0; k < c->n_lanes; k++)
    emit_axis_line(h, h->lane_axis[k], h->shared_axis ? 3 : TICK_LEN);
  double ty = h->shared_axis ? c->plot_top
                             : h->lane_axis[0] + TICK_LEN + TICK_LABEL_GAP;
  if (h->shared_axis)
    for (size_t i = 0; i < l->n_ticks; i++)
      lay_emit_line(&l->dl, ANNALS_COLOR_AXIS, 0.8, l->ticks[i].x,
                    ty + l->ticks[i].box.h + 1, l->ticks[i].x,
                    h->lane_top[0]);
  for (size_t i = 0; i < l->n_ticks; i++) {
    annals_tick *tk = &l->ticks[i];
    tk->box.y = ty;
    if (h->tick_hidden[i]) {
      tk->label = NULL;
      tk->box.w = 0;
      continue;
    }
    tline tt = {tk->label, NULL, ANNALS_FONT_TICK, ANNALS_COLOR_MUTED,
                tk->box.w, tk->box.h, false, 0, -1};
    lay_emit_text(&l->dl, &tt, tk->box.x, ty);
  }
}

/* Bars first (under everything else), then the markers no label shows. */
static void emit_unlabelled_markers(hz *h) {
  lay_ctx *c = h->c;
  for (size_t k = 0; k < c->n_groups; k++) {
    const group *g = &c->gr[k];
    if (g->span)
      layout_emit_marker(c, g, 0, h->lane_axis[g->lane], false, -1);
  }
  for (size_t k = 0; k < c->n_groups; k++) {
    const group *g = &c->gr[k];
    if (!g->span && g->side == 0)
      layout_emit_marker(c, g, g->x0, h->lane_axis[g->lane], false, -1);
  }
}

/* Geometry of every marker of a group into the layout. */
static void set_markers(hz *h, const group *g) {
  annals_layout *l = h->c->l;
  double ay = h->lane_axis[g->lane];
  for (size_t q = 0; q < g->n; q++) {
    annals_marker *mk = &l->markers[g->first + q];
    mk->x0 = g->x0;
    mk->x1 = g->x1;
    mk->y0 = mk->y1 = ay;
    mk->r = g->r;
    if (g->span && g->side != 0) {
      mk->stem = true;
      mk->sx0 = mk->sx1 = g->anchor;
      mk->sy0 = ay + g->side * BAR_HALF;
      mk->sy1 = ay + g->side * STEM_LEN;
    }
  }
}

/* The outline around a cluster's markers (in lb->cluster). */
static void emit_pill(hz *h, const group *g, annals_label *lb, int idx) {
  annals_layout *l = h->c->l;
  double ay = h->lane_axis[g->lane];
  double half_w = g->anchor - (g->sub[0]->x0 - g->sub[0]->r) + PILL_PAD;
  lb->cluster = (annals_box){g->anchor - half_w, ay - g->off, 2 * half_w,
                             2 * g->off};
  annals_dl_item *it = dlist_add(&l->dl, ANNALS_DL_RECT);
  it->flags = ANNALS_DL_F_STROKE;
  it->stroke = ANNALS_COLOR_MUTED;
  it->line_width = 0.8;
  it->x = lb->cluster.x;
  it->y = lb->cluster.y;
  it->w = lb->cluster.w;
  it->h = lb->cluster.h;
  it->r = g->off;
  it->label = idx;
}

/* One label: its box, leader, stem, outline or marker, and text. */
static void emit_label(hz *h, group *g) {
  lay_ctx *c = h->c;
  annals_layout *l = c->l;
  double ay = h->lane_axis[g->lane];
  const rows_state *rs = &h->rs[g->lane];
  int sd = g->side < 0 ? 0 : 1;
  double off = 0;
  for (int r = 0; r < g->row; r++)
    off += rs->height[sd][r] + ROW_GAP;
  g->box.y = g->side < 0 ? ay - AXIS_CLEAR - off - g->box.h
                         : ay + h->below_clear + off;
  group **gs = g->sub ? g->sub : &g;
  int idx = layout_add_label(c, h->labels, gs, g->n_sub);
  annals_label *lb = &g_array_index(h->labels, annals_label, idx);
  lb->box = g->box;
  lb->side = g->side;
  lb->row = g->row;
  lb->align = g->align;
  bool cluster = g->n_sub > 1;
  double reach = g->span ? STEM_LEN : cluster ? g->off : g->r;
  lb->n_leader = 2;
  lb->leader_x[0] = lb->leader_x[1] = g->anchor;
  lb->leader_y[0] = ay + g->side * (reach + LEAD_GAP);
  lb->leader_y[1] = g->side < 0 ? g->box.y + g->box.h : g->box.y;
  annals_color_role col =
      cluster ? ANNALS_COLOR_MUTED : layout_event_color(c, g->first);
  annals_dl_item *it = lay_emit_line(&l->dl, col, 0.8, g->anchor,
                                     lb->leader_y[0], g->anchor,
                                     lb->leader_y[1]);
  it->label = idx;
  it->event = cluster ? -1 : (int)c->items[g->first].ev;
  if (g->span) {
    it = lay_emit_line(&l->dl, col, 1.4, g->anchor, ay + g->side * BAR_HALF,
                       g->anchor, ay + g->side * STEM_LEN);
    it->label = idx;
    it->event = (int)c->items[g->first].ev;
  }
  if (cluster)
    emit_pill(h, g, lb, idx);
  double ty = g->box.y;
  for (size_t k = 0; k < g->n_sub; k++) {
    group *m = gs[k];
    set_markers(h, m);
    if (!m->span)
      layout_emit_marker(c, m, m->x0, ay, false, idx);
    annals_box b = {g->box.x, ty, g->box.w, m->sec_h};
    layout_emit_group_text(c, m, &b, g->align, idx);
    ty += m->sec_h - 2 * PAD_Y + ENTRY_GAP;
  }
}

static void emit_labels(hz *h) {
  lay_ctx *c = h->c;
  h->labels = g_array_new(FALSE, TRUE, sizeof(annals_label));
  for (size_t k = 0; k < c->n_lanes; k++)
    for (size_t i = h->lane_start[k]; i < h->lane_start[k + 1]; i++) {
      group *g = h->order[i];
      if (g->side != 0 && !g->member)
        emit_label(h, g);
      else if (g->side == 0)
        set_markers(h, g);
    }
  c->l->n_labels = h->labels->len;
  c->l->labels = (annals_label *)(void *)g_array_free(h->labels, FALSE);
  h->labels = NULL;
}

/* ---- 6. folds ---------------------------------------------------------- */

/* Closes the note of a bin: its box covers the count text and the
 * markers it counts. */
static void close_fold(annals_fold *f, double bx, double bin, double tw,
                       double b0, double b1) {
  double tx = fmin(b0, bx + bin - LABEL_GAP - tw);
  if (tx < bx)
    tx = bx;
  f->box.x = fmin(tx, b0);
  f->box.w = fmax(tx + tw, b1) - f->box.x;
}

/* The folded groups of one lane into notes, one per bin. */
static void fold_lane(hz *h, size_t k, GArray *folds, size_t *n_fm,
                      double bin, size_t nbins, double tw) {
  lay_ctx *c = h->c;
  annals_layout *l = c->l;
  double fy = h->lane_axis[k] + h->below_clear + rows_height(&h->rs[k], 1);
  size_t cur_bin = SIZE_MAX;
  annals_fold *cur = NULL;
  double b0 = 0, b1 = 0;
  for (size_t i = h->lane_start[k]; i <= h->lane_start[k + 1]; i++) {
    group *g = i < h->lane_start[k + 1] ? h->order[i] : NULL;
    if (g && g->side != 0)
      continue;
    size_t gb = 0;
    if (g) {
      double pos = (g->anchor - h->plot_x0) / bin;
      gb = pos <= 0 ? 0 : (size_t)pos;
      if (gb >= nbins)
        gb = nbins - 1;
    }
    if (cur && (!g || gb != cur_bin)) {
      close_fold(cur, h->plot_x0 + (double)cur_bin * bin, bin, tw, b0, b1);
      cur = NULL;
    }
    if (!g)
      break;
    if (!cur) {
      annals_fold fo = {0};
      fo.lane = (int)k;
      fo.first_marker = *n_fm;
      fo.box.y = fy;
      fo.box.h = h->fold_h;
      g_array_append_val(folds, fo);
      cur = &g_array_index(folds, annals_fold, folds->len - 1);
      cur_bin = gb;
      b0 = b1 = g->anchor;
    }
    b1 = fmax(b1, g->anchor);
    for (size_t q = 0; q < g->n; q++) {
      l->fold_markers[(*n_fm)++] = g->first + q;
      l->markers[g->first + q].fold = (int)(folds->len - 1);
    }
    cur->n_markers += g->n;
    l->n_folded += g->n;
  }
}

/* A note: a bracket over its markers, the count under its start. */
static void emit_fold(hz *h, const annals_fold *fo, double tw) {
  lay_ctx *c = h->c;
  annals_layout *l = c->l;
  char buf[48];
  snprintf(buf, sizeof buf, "+%zu more", fo->n_markers);
  double w = lay_width(c->m, ANNALS_FONT_NOTE, buf, strlen(buf));
  double fb0 = 1e300, fb1 = -1e300;
  for (size_t q = 0; q < fo->n_markers; q++) {
    const annals_marker *mk = &l->markers[l->fold_markers[fo->first_marker + q]];
    double x = mk->span ? mk->x0 + fmin(4.0, (mk->x1 - mk->x0) / 2) : mk->x0;
    fb0 = fmin(fb0, x);
    fb1 = fmax(fb1, x);
  }
  double tx = fo->box.x + fo->box.w - tw;
  if (fb0 >= fo->box.x && fb0 + tw <= fo->box.x + fo->box.w)
    tx = fb0;
  if (tx < fo->box.x)
    tx = fo->box.x;
  lay_emit_line(&l->dl, ANNALS_COLOR_MUTED, 0.8, fb0, fo->box.y + 1,
                fb1 + 0.01, fo->box.y + 1);
  tline tt = {g_string_chunk_insert(c->pv->strings, buf), NULL,
              ANNALS_FONT_NOTE, ANNALS_COLOR_MUTED, w, h->fold_h - 4, false,
              0, -1};
  lay_emit_text(&l->dl, &tt, tx, fo->box.y + 4);
}

/* "+N more" notes in a row under each lane's labels.  The plot is cut
 * into equal bins at least as wide as the widest note; the folded groups
 * of a bin make one note, so notes never overlap and stay local. */
static void h_folds(hz *h) {
  lay_ctx *c = h->c;
  annals_layout *l = c->l;
  GArray *folds = g_array_new(FALSE, TRUE, sizeof(annals_fold));
  l->fold_markers = g_new(size_t, c->n ? c->n : 1);
  size_t total = 0, n_fm = 0;
  for (size_t i = 0; i < c->n_groups; i++)
    if (c->gr[i].side == 0)
      total += c->gr[i].n;
  char sample[48];
  snprintf(sample, sizeof sample, "+%zu more", total);
  double tw = lay_width(c->m, ANNALS_FONT_NOTE, sample, strlen(sample));
  double span = h->plot_x1 - h->plot_x0 + LABEL_GAP;
  double bin = fmax(tw + LABEL_GAP, MIN_FOLD_BIN);
  size_t nbins = (size_t)(span / bin);
  if (nbins < 1)
    nbins = 1;
  bin = span / (double)nbins;
  for (size_t k = 0; k < c->n_lanes; k++)
    if (h->lane_folded[k])
      fold_lane(h, k, folds, &n_fm, bin, nbins, tw);
  for (guint i = 0; i < folds->len; i++)
    emit_fold(h, &g_array_index(folds, annals_fold, i), tw);
  l->n_folds = folds->len;
  l->folds = (annals_fold *)(void *)g_array_free(folds, FALSE);
}

/* ---- the chart ---------------------------------------------------------- */

static void hz_release(hz *h) {
  g_free(h->order);
  g_free(h->lane_start);
  g_free(h->rs);
  g_free(h->lane_axis);
  g_free(h->lane_top);
  g_free(h->lane_bot);
  g_free(h->lane_folded);
  g_free(h->tick_hidden);
}

annals_status layout_horizontal(lay_ctx *c) {
  hz h = {0};
  h.c = c;
  annals_status st = h_frame(&h);
  if (st == ANNALS_OK) {
    h_ticks(&h);
    h_markers(&h);
    order_groups(&h);
    h_clusters(&h);
    st = h_rows(&h);
  }
  if (st == ANNALS_OK) {
    emit_lane_frames(&h);
    emit_axes(&h);
    emit_unlabelled_markers(&h);
    emit_labels(&h);
    h_folds(&h);
    layout_emit_footer(c, h.lane_bot[c->n_lanes - 1] + 10);
  }
  hz_release(&h);
  return st;
}
