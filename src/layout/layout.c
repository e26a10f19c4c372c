/*
 * layout.c - timeline + options + measurer -> display list and geometry.
 * Pure computation: no cairo, no pango, no clock.
 *
 * annals_layout_build runs these steps:
 *  1. events: the dated events, sorted by date (collect_items);
 *  2. lanes: one per event type or first actor, named in words, the long
 *     tail in an "Other" lane (assign_lanes), then sorted by lane;
 *  3. groups: events of a lane with the same dates and shape share one
 *     marker and one label (make_groups);
 *  4. header: title, subtitle and legend (emit_header, emit_legend);
 *  5. the chart itself, horizontal (layout_horiz.c: ticks -> markers ->
 *     label rows -> folds -> canvas) or vertical (layout_vert.c);
 *  6. footer: the source note (layout_emit_footer).
 */
#include "layout/layout_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_LANES 8 /* more kinds than this: the smallest share "Other" */

static const annals_font_spec font_specs[ANNALS_FONT_COUNT] = {
    [ANNALS_FONT_TITLE] = {17, true},  [ANNALS_FONT_SUBTITLE] = {10.5, false},
    [ANNALS_FONT_LABEL] = {8.5, false}, [ANNALS_FONT_LABEL_DATE] = {8.5, true},
    [ANNALS_FONT_TICK] = {8, false},   [ANNALS_FONT_LEGEND] = {8.5, false},
    [ANNALS_FONT_NOTE] = {8, false},   [ANNALS_FONT_LANE] = {9, true},
    [ANNALS_FONT_BADGE] = {6, true},
};

const annals_font_spec *annals_font_spec_get(annals_font_role role) {
  if ((unsigned)role >= ANNALS_FONT_COUNT)
    role = ANNALS_FONT_LABEL;
  return &font_specs[role];
}

void annals_layout_opts_init(annals_layout_opts *o) {
  memset(o, 0, sizeof *o);
  o->orient = ANNALS_ORIENT_HORIZONTAL;
  o->width = 960;
  o->max_height = 14400;
  o->max_rows = 8;
  o->label_width = 150;
  o->lanes = ANNALS_LANES_NONE;
  o->theme = ANNALS_THEME_LIGHT;
}

/* ---- dates and names as readers write them ---------------------------- */

const char *annals_type_human(annals_type t) {
  static const char *const names[ANNALS_TYPE_COUNT] = {
      "Unclassified",         "Statement",
      "Appeal",               "Intend cooperation",
      "Consult",              "Diplomatic cooperation",
      "Material cooperation", "Aid",
      "Yield",                "Investigate",
      "Demand",               "Disapprove",
      "Reject",               "Threaten",
      "Protest",              "Force posture",
      "Reduce relations",     "Coerce",
      "Assault",              "Fight",
      "Mass violence"};
  return (unsigned)t < ANNALS_TYPE_COUNT ? names[t] : names[0];
}

/* The colour class of an event: its CAMEO quad class, except that a plain
 * statement (CAMEO 01: reports, assessments, and the elections, rulings
 * and disasters CAMEO has no root for) is drawn neutral rather than as
 * cooperation, which would tell the reader more than the text did. */
annals_quad layout_colour_class(annals_type type) {
  return type == ANNALS_TYPE_STATEMENT ? ANNALS_QUAD_NONE
                                       : annals_type_quad(type);
}

annals_color_role layout_event_color(const lay_ctx *c, size_t item_index) {
  const annals_event *e = annals_timeline_get(c->t, c->items[item_index].ev);
  return annals_quad_color(layout_colour_class(e->type));
}

/* ---- 1. events --------------------------------------------------------- */

static int event_type(const annals_event *e) {
  return (unsigned)e->type < ANNALS_TYPE_COUNT ? (int)e->type : 0;
}

static int cmp_item_date(const void *a, const void *b) {
  const item *x = a, *y = b;
  if (x->d0 != y->d0)
    return x->d0 < y->d0 ? -1 : 1;
  if (x->d1 != y->d1)
    return x->d1 < y->d1 ? -1 : 1;
  if (x->span != y->span)
    return x->span ? 1 : -1;
  if (x->approx != y->approx)
    return x->approx ? 1 : -1;
  return x->ev < y->ev ? -1 : x->ev > y->ev;
}

static int cmp_item_lane(const void *a, const void *b) {
  const item *x = a, *y = b;
  if (x->lane != y->lane)
    return x->lane < y->lane ? -1 : 1;
  return cmp_item_date(a, b);
}

static void collect_items(lay_ctx *c) {
  size_t n_all = annals_timeline_count(c->t);
  c->items = g_new0(item, n_all ? n_all : 1);
  for (size_t i = 0; i < n_all; i++) {
    const annals_event *e = annals_timeline_get(c->t, i);
    if (e->when.start.prec == ANNALS_PREC_NONE) {
      c->l->n_undated++;
      continue;
    }
    item *it = &c->items[c->n++];
    it->ev = i;
    it->d0 = annals_date_first_day(&e->when.start);
    const annals_date *end =
        e->when.interval && e->when.end.prec != ANNALS_PREC_NONE
            ? &e->when.end
            : &e->when.start;
    it->d1 = annals_date_last_day(end) + 1;
    if (it->d1 <= it->d0)
      it->d1 = it->d0 + 1;
    it->span = e->when.interval || e->when.start.prec != ANNALS_PREC_DAY;
    it->approx = e->approximate;
    c->quad_seen[layout_colour_class(e->type)] = true;
    c->any_point |= !it->span;
    c->any_span |= it->span;
    c->any_approx |= it->approx;
  }
  qsort(c->items, c->n, sizeof *c->items, cmp_item_date);
}

/* ---- 2. lanes ---------------------------------------------------------- */

typedef struct {
  const char *name;
  size_t count, first; /* events; order (first appearance, CAMEO order) */
  size_t key;          /* index in the order keys were met */
  int lane;
} lane_key;

static int cmp_key_count(const void *a, const void *b) {
  const lane_key *x = a, *y = b;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

static int cmp_key_first(const void *a, const void *b) {
  const lane_key *x = a, *y = b;
  return x->first < y->first ? -1 : x->first > y->first;
}

/* The key of an event's lane: its type in words, or its first actor. */
static const char *lane_key_of(const lay_ctx *c, const annals_event *e) {
  if (c->o->lanes == ANNALS_LANES_TYPE)
    return annals_type_human((annals_type)event_type(e));
  return e->n_actors && e->actors[0] && *e->actors[0] ? e->actors[0]
                                                      : "No actor";
}

/* Lanes in key order; with more than MAX_LANES keys the least frequent
 * share an "Other" lane at the end.  Sets keys[].lane. */
static void name_lanes(lay_ctx *c, lane_key *keys, size_t nk) {
  bool other = nk > MAX_LANES;
  size_t kept = other ? MAX_LANES - 1 : nk;
  if (other)
    qsort(keys, nk, sizeof *keys, cmp_key_count);
  if (kept > 1) /* keys is NULL when there are none */
    qsort(keys, kept, sizeof *keys, cmp_key_first);
  for (size_t k = 0; k < nk; k++) {
    keys[k].lane = (int)(k < kept ? k : kept);
    if (k < kept)
      g_ptr_array_add(c->lane_names, (gpointer)keys[k].name);
  }
  if (other)
    g_ptr_array_add(c->lane_names, c->o->lanes == ANNALS_LANES_TYPE
                                       ? (gpointer) "Other types"
                                       : (gpointer) "Other actors");
}

static void assign_lanes(lay_ctx *c) {
  c->lane_names = g_ptr_array_new();
  if (c->o->lanes == ANNALS_LANES_NONE) {
    g_ptr_array_add(c->lane_names, NULL);
    c->n_lanes = 1;
    return;
  }
  GHashTable *index = g_hash_table_new(g_str_hash, g_str_equal);
  GArray *keys = g_array_new(FALSE, TRUE, sizeof(lane_key));
  for (size_t i = 0; i < c->n; i++) {
    const annals_event *e = annals_timeline_get(c->t, c->items[i].ev);
    const char *name = lane_key_of(c, e);
    gpointer v;
    size_t k;
    if (g_hash_table_lookup_extended(index, name, NULL, &v)) {
      k = GPOINTER_TO_SIZE(v);
    } else {
      /* Types follow the CAMEO order ("Unclassified" last), actors their
       * first appearance (events are sorted by date). */
      lane_key lk = {name, 0, i, keys->len, 0};
      if (c->o->lanes == ANNALS_LANES_TYPE)
        lk.first = (size_t)((event_type(e) + ANNALS_TYPE_COUNT - 1) %
                            ANNALS_TYPE_COUNT);
      k = keys->len;
      g_array_append_val(keys, lk);
      g_hash_table_insert(index, (gpointer)name, GSIZE_TO_POINTER(k));
    }
    g_array_index(keys, lane_key, k).count++;
    c->items[i].lane = (int)k; /* the key, for now */
  }
  size_t nk = keys->len;
  name_lanes(c, (lane_key *)(void *)keys->data, nk);
  int *lane_of_key = g_new(int, nk ? nk : 1);
  for (size_t k = 0; k < nk; k++) {
    const lane_key *lk = &g_array_index(keys, lane_key, k);
    lane_of_key[lk->key] = lk->lane;
  }
  for (size_t i = 0; i < c->n; i++)
    c->items[i].lane = lane_of_key[c->items[i].lane];
  if (c->lane_names->len == 0)
    g_ptr_array_add(c->lane_names, (gpointer) "No events");
  c->n_lanes = c->lane_names->len;
  qsort(c->items, c->n, sizeof *c->items, cmp_item_lane);
  g_free(lane_of_key);
  g_array_free(keys, TRUE);
  g_hash_table_destroy(index);
}

/* ---- 3. groups --------------------------------------------------------- */

static void make_groups(lay_ctx *c) {
  GArray *groups = g_array_new(FALSE, TRUE, sizeof(group));
  for (size_t i = 0; i < c->n;) {
    size_t j = i + 1;
    while (j < c->n && c->items[j].lane == c->items[i].lane &&
           c->items[j].d0 == c->items[i].d0 &&
           c->items[j].d1 == c->items[i].d1 &&
           c->items[j].span == c->items[i].span)
      j++;
    group g = {0};
    g.first = i;
    g.n = j - i;
    for (size_t k = i; k < j; k++)
      g.n_exact += !c->items[k].approx;
    g.lane = c->items[i].lane;
    g.span = c->items[i].span;
    g.r = g.span ? BAR_HALF : POINT_R;
    g.label = -1;
    g_array_append_val(groups, g);
    i = j;
  }
  c->n_groups = groups->len;
  c->gr = (group *)(void *)g_array_free(groups, FALSE);
}

/* Date line and titles of one section (exact or approximate entries). */
static size_t measure_section(lay_ctx *c, size_t first, size_t end,
                              size_t budget, size_t max_lines, bool gap) {
  const annals_event *e0 = annals_timeline_get(c->t, c->items[first].ev);
  char date[96];
  annals_when_format_human(&e0->when, e0->approximate, date, sizeof date);
  /* The date is set in bold ink: the quad colours (orange, sky blue) are
   * too light for small text on white; marker and leader carry the
   * colour. */
  size_t at = c->tl->len;
  lay_wrap(c->m, c->pv, c->tl, date, ANNALS_FONT_LABEL_DATE, ANNALS_COLOR_INK,
           c->label_w, 1);
  if (gap)
    g_array_index(c->tl, tline, at).gap_before = ENTRY_GAP;
  size_t k = 0;
  for (size_t i = first; i < end && k < budget; i++, k++) {
    const annals_event *e = annals_timeline_get(c->t, c->items[i].ev);
    at = c->tl->len;
    lay_wrap(c->m, c->pv, c->tl, e->title ? e->title : (e->id ? e->id : "?"),
             ANNALS_FONT_LABEL, ANNALS_COLOR_INK, c->label_w, max_lines);
    for (guint q = at; q < c->tl->len; q++)
      g_array_index(c->tl, tline, q).event = (int)c->items[i].ev;
    if (k > 0)
      g_array_index(c->tl, tline, at).gap_before = ENTRY_GAP;
  }
  return k;
}

void layout_measure_group(lay_ctx *c, group *g, size_t max_titles,
                          size_t max_lines) {
  if (g->measured)
    return;
  g->measured = true;
  g->line0 = c->tl->len;
  g->shown = g->n <= max_titles ? g->n : max_titles - 1;
  size_t k = 0;
  if (g->n_exact)
    k += measure_section(c, g->first, g->first + g->n_exact, g->shown,
                         max_lines, false);
  if (g->n_exact < g->n && k < g->shown)
    k += measure_section(c, g->first + g->n_exact, g->first + g->n,
                         g->shown - k, max_lines, k > 0);
  g->shown = k;
  if (g->shown < g->n) {
    char more[48];
    snprintf(more, sizeof more, "+%zu more on this date", g->n - g->shown);
    size_t at = c->tl->len;
    lay_wrap(c->m, c->pv, c->tl, more, ANNALS_FONT_NOTE, ANNALS_COLOR_MUTED,
             c->label_w, 1);
    g_array_index(c->tl, tline, at).gap_before = ENTRY_GAP;
  }
  g->nlines = c->tl->len - g->line0;
  double w = 0, h = 0;
  for (size_t q = 0; q < g->nlines; q++) {
    tline *x = &g_array_index(c->tl, tline, g->line0 + q);
    if (x->w > w)
      w = x->w;
    h += x->h + x->gap_before;
  }
  g->box.w = w + 2 * PAD_X;
  g->box.h = h + 2 * PAD_Y;
  g->sec_h = g->box.h;
}

void layout_emit_group_text(lay_ctx *c, const group *g, const annals_box *b,
                            int align, int label) {
  double ty = b->y + PAD_Y;
  double text_w = b->w - 2 * PAD_X;
  for (size_t q = 0; q < g->nlines; q++) {
    const tline *x = &g_array_index(c->tl, tline, g->line0 + q);
    ty += x->gap_before;
    bool end = x->rtl || align < 0;
    double tx = b->x + PAD_X + (end ? text_w - x->w : 0);
    annals_dl_item *it = lay_emit_text(&c->l->dl, x, tx, ty);
    it->label = label;
    it->event = (int)c->items[g->first].ev;
    if (end)
      it->flags |= ANNALS_DL_F_END;
    ty += x->h;
  }
}

int layout_add_label(lay_ctx *c, GArray *labels, group *const *gs,
                     size_t ng) {
  annals_layout *l = c->l;
  annals_label lb = {0};
  int index = (int)labels->len;
  size_t n_lines = 0;
  for (size_t k = 0; k < ng; k++)
    n_lines += gs[k]->nlines;
  lb.lines = g_new(char *, n_lines ? n_lines : 1);
  g_ptr_array_add(c->pv->allocs, lb.lines);
  /* label_markers is filled in label order. */
  size_t n_lm = c->n_label_markers;
  lb.first_marker = n_lm;
  for (size_t k = 0; k < ng; k++) {
    group *g = gs[k];
    g->label = index;
    for (size_t q = 0; q < g->n; q++) {
      l->label_markers[n_lm++] = g->first + q;
      l->markers[g->first + q].label = index;
    }
    lb.n_markers += g->n;
    lb.n_hidden += g->n - g->shown;
    for (size_t q = 0; q < g->nlines; q++)
      lb.lines[lb.n_lines++] =
          (char *)g_array_index(c->tl, tline, g->line0 + q).text;
  }
  c->n_label_markers = n_lm;
  l->n_folded += lb.n_hidden;
  lb.lane = gs[0]->lane;
  g_array_append_val(labels, lb);
  return index;
}

/* A count inside a marker of several events. */
static void emit_badge(lay_ctx *c, const group *g, double x, double y,
                       bool faded, int label) {
  char num[16];
  if (g->n > 99)
    snprintf(num, sizeof num, "99+");
  else
    snprintf(num, sizeof num, "%zu", g->n);
  double w = lay_width(c->m, ANNALS_FONT_BADGE, num, strlen(num));
  double h = c->m->line_height(c->m->ctx, ANNALS_FONT_BADGE);
  tline t = {g_string_chunk_insert(c->pv->strings, num), NULL,
             ANNALS_FONT_BADGE,
             faded ? ANNALS_COLOR_INK : ANNALS_COLOR_BACKGROUND,
             w, h, false, 0, -1};
  annals_dl_item *it = lay_emit_text(&c->l->dl, &t, x - w / 2, y - h / 2);
  it->label = label;
  it->event = (int)c->items[g->first].ev;
}

void layout_emit_marker(lay_ctx *c, const group *g, double x, double y,
                        bool vertical, int label) {
  annals_color_role col = layout_event_color(c, g->first);
  bool approx = g->n_exact == 0;
  annals_dl_item *it =
      dlist_add(&c->l->dl, g->span ? ANNALS_DL_RECT : ANNALS_DL_CIRCLE);
  it->label = label;
  it->event = (int)c->items[g->first].ev;
  it->fill = col;
  it->stroke = approx || g->span ? col : ANNALS_COLOR_BACKGROUND;
  it->flags = ANNALS_DL_F_FILL | ANNALS_DL_F_STROKE;
  if (approx)
    it->flags |= ANNALS_DL_F_FADED | ANNALS_DL_F_DASHED;
  it->line_width = approx ? 1.0 : 0.8;
  /* Spans are translucent so that overlapping periods stay visible;
   * approximate dates are fainter still, with a dashed outline. */
  if (g->span)
    it->opacity = approx ? 0.25 : 0.6;
  else if (approx)
    it->opacity = 0.3;
  if (!g->span) {
    it->x = x;
    it->y = y;
    it->r = g->r;
    if (g->n > 1 && label >= 0)
      emit_badge(c, g, x, y, approx, label);
    return;
  }
  double a = g->x0, b = g->x1;
  if (vertical) {
    it->x = x - BAR_HALF;
    it->y = a;
    it->w = 2 * BAR_HALF;
    it->h = b - a;
  } else {
    it->x = a;
    it->y = y - BAR_HALF;
    it->w = b - a;
    it->h = 2 * BAR_HALF;
  }
}

/* ---- 4. header --------------------------------------------------------- */

typedef struct {
  const char *text;
  int kind; /* 0..4 quad colour; 10 point, 11 bar, 12 approximate */
} legend_key;

/* Draws a legend swatch at (x, cy): colours as chips, precision as
 * shapes outlined in ink, so that no shape reads as one more colour. */
static double emit_swatch(lay_ctx *c, int kind, double x, double cy) {
  annals_dl_item *it;
  if (kind < 10) {
    it = dlist_add(&c->l->dl, ANNALS_DL_RECT);
    it->flags = ANNALS_DL_F_FILL;
    it->fill = annals_quad_color((annals_quad)kind);
    it->x = x;
    it->y = cy - 4;
    it->w = it->h = 8;
    it->r = 1.5;
    return 8;
  }
  if (kind == 11) {
    it = dlist_add(&c->l->dl, ANNALS_DL_RECT);
    it->x = x;
    it->y = cy - BAR_HALF - 0.5;
    it->w = 16;
    it->h = 2 * BAR_HALF + 1;
  } else {
    it = dlist_add(&c->l->dl, ANNALS_DL_CIRCLE);
    it->x = x + POINT_R + 0.5;
    it->y = cy;
    it->r = POINT_R;
  }
  it->flags = ANNALS_DL_F_STROKE;
  it->stroke = ANNALS_COLOR_INK;
  it->line_width = 1;
  if (kind == 12)
    it->flags |= ANNALS_DL_F_DASHED;
  return kind == 11 ? 16 : 2 * POINT_R + 1;
}

/* One legend group: a muted heading, then swatches with their text;
 * wraps onto new lines within the content width.  Returns the new x. */
static double emit_legend_group(lay_ctx *c, GArray *lg, const char *head,
                                const legend_key *keys, size_t nk, double x,
                                double *y) {
  const annals_measurer *m = c->m;
  double lh = m->line_height(m->ctx, ANNALS_FONT_LEGEND);
  double right = MARGIN + c->content_w;
  double hw = lay_width(m, ANNALS_FONT_LEGEND, head, strlen(head));
  double first_w =
      hw + 6 + 16 + 4 + lay_width(m, ANNALS_FONT_LEGEND, keys[0].text,
                                  strlen(keys[0].text));
  if (x > MARGIN && x + first_w > right) {
    x = MARGIN;
    *y += lh + 3;
  }
  tline ht = {head, NULL, ANNALS_FONT_LEGEND, ANNALS_COLOR_MUTED, hw, lh,
              false, 0, -1};
  lay_emit_text(&c->l->dl, &ht, x, *y);
  x += hw + 6;
  for (size_t k = 0; k < nk; k++) {
    double tw = lay_width(m, ANNALS_FONT_LEGEND, keys[k].text,
                          strlen(keys[k].text));
    double sw = keys[k].kind == 11 ? 16 : 8;
    if (x > MARGIN && x + sw + 4 + tw > right) {
      x = MARGIN;
      *y += lh + 3;
    }
    sw = emit_swatch(c, keys[k].kind, x, *y + lh / 2);
    annals_legend_item li = {{x, *y, sw + 4 + tw, lh}, keys[k].text};
    g_array_append_val(lg, li);
    tline tt = {keys[k].text, NULL, ANNALS_FONT_LEGEND, ANNALS_COLOR_INK, tw,
                lh, false, 0, -1};
    lay_emit_text(&c->l->dl, &tt, x + sw + 4, *y);
    x += sw + 4 + tw + 12;
  }
  return x;
}

static void emit_legend(lay_ctx *c, double *y) {
  static const char *const quad_legend[5] = {
      "Statement or report", "Verbal cooperation", "Material cooperation",
      "Verbal conflict", "Material conflict"};
  static const int quad_order[5] = {4, 3, 1, 2, 0};
  legend_key colours[5], shapes[3];
  size_t nc = 0, ns = 0;
  for (int q = 0; q < 5; q++)
    if (c->quad_seen[quad_order[q]])
      colours[nc++] = (legend_key){quad_legend[quad_order[q]], quad_order[q]};
  if (c->any_point)
    shapes[ns++] = (legend_key){"Exact day", 10};
  if (c->any_span)
    shapes[ns++] = (legend_key){"Month, year or period", 11};
  if (c->any_approx)
    shapes[ns++] = (legend_key){"Approximate date", 12};
  GArray *lg = g_array_new(FALSE, FALSE, sizeof(annals_legend_item));
  double x = MARGIN;
  if (nc)
    x = emit_legend_group(c, lg, "Kind of event", colours, nc, x, y);
  if (ns)
    emit_legend_group(c, lg, "Date", shapes, ns, nc ? x + 10 : x, y);
  if (nc || ns)
    *y += c->m->line_height(c->m->ctx, ANNALS_FONT_LEGEND);
  c->l->n_legend = lg->len;
  c->l->legend = (annals_legend_item *)(void *)g_array_free(lg, FALSE);
}

static void emit_header(lay_ctx *c) {
  double y = MARGIN;
  const char *title = annals_timeline_title(c->t);
  const char *subtitle = annals_timeline_subtitle(c->t);
  if (title && *title)
    y += lay_emit_block(&c->l->dl, c->m, c->pv, title, ANNALS_FONT_TITLE,
                        ANNALS_COLOR_INK, MARGIN, y, c->content_w, 2) +
         2;
  if (subtitle && *subtitle)
    y += lay_emit_block(&c->l->dl, c->m, c->pv, subtitle,
                        ANNALS_FONT_SUBTITLE, ANNALS_COLOR_MUTED, MARGIN, y,
                        c->content_w, 2);
  y += 8;
  emit_legend(c, &y);
  c->plot_top = y + 10;
}

/* ---- 6. footer --------------------------------------------------------- */

static void measure_footer(lay_ctx *c) {
  c->foot = g_array_new(FALSE, FALSE, sizeof(tline));
  const char *source = annals_timeline_source(c->t);
  if (source && *source)
    lay_wrap(c->m, c->pv, c->foot, source, ANNALS_FONT_NOTE,
             ANNALS_COLOR_MUTED, c->content_w, 3);
  if (c->l->n_undated) {
    char buf[160];
    snprintf(buf, sizeof buf, "%zu event%s without a date %s not shown.",
             c->l->n_undated, c->l->n_undated == 1 ? "" : "s",
             c->l->n_undated == 1 ? "is" : "are");
    lay_wrap(c->m, c->pv, c->foot, buf, ANNALS_FONT_NOTE, ANNALS_COLOR_MUTED,
             c->content_w, 1);
  }
  for (guint k = 0; k < c->foot->len; k++)
    c->foot_h += g_array_index(c->foot, tline, k).h;
}

double layout_emit_footer(lay_ctx *c, double y) {
  for (guint k = 0; k < c->foot->len; k++) {
    tline *x = &g_array_index(c->foot, tline, k);
    annals_dl_item *it = lay_emit_text(
        &c->l->dl, x, x->rtl ? MARGIN + c->content_w - x->w : MARGIN, y);
    if (x->rtl)
      it->flags |= ANNALS_DL_F_END;
    y += x->h;
  }
  return y + MARGIN;
}

/* ---- markers' tooltips ------------------------------------------------- */

static bool is_url(const char *s) {
  return s && (strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0);
}

/* Every event's marker entry: id, lane, tooltip and link. */
static void init_markers(lay_ctx *c) {
  annals_layout *l = c->l;
  l->n_markers = c->n;
  l->markers = g_new0(annals_marker, c->n ? c->n : 1);
  l->label_markers = g_new(size_t, c->n ? c->n : 1);
  GString *g = g_string_new(NULL);
  for (size_t i = 0; i < c->n; i++) {
    const annals_event *e = annals_timeline_get(c->t, c->items[i].ev);
    annals_marker *mk = &l->markers[i];
    mk->event = c->items[i].ev;
    mk->id = g_string_chunk_insert_const(c->pv->strings, e->id ? e->id : "");
    mk->lane = c->items[i].lane;
    mk->label = -1;
    mk->fold = -1;
    mk->span = c->items[i].span;
    mk->approximate = c->items[i].approx;
    char date[96];
    annals_when_format_human(&e->when, e->approximate, date, sizeof date);
    g_string_printf(g, "%s: %s", date, e->title ? e->title : mk->id);
    if (e->source.text && *e->source.text)
      g_string_append_printf(g, "\n\xe2\x80\x9c%s\xe2\x80\x9d",
                             e->source.text);
    mk->tip = g_string_chunk_insert_len(c->pv->strings, g->str,
                                        (gssize)g->len);
    if (is_url(e->source.file))
      mk->url = g_string_chunk_insert_const(c->pv->strings, e->source.file);
  }
  g_string_free(g, TRUE);
  for (size_t k = 0; k < c->n_groups; k++)
    for (size_t q = 0; q < c->gr[k].n; q++)
      l->markers[c->gr[k].first + q].count = c->gr[k].n;
}

/* ---- the layout -------------------------------------------------------- */

static bool check_opts(const annals_layout_opts *o, annals_diags *d) {
  if (!(o->width >= 200 && o->width <= 20000)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "width %g out of range (200 to 20000 points)", o->width);
    return false;
  }
  if (!(o->max_height >= 200 && o->max_height <= 1e6) || o->max_rows < 1 ||
      !(o->label_width >= 30 && o->label_width <= 2000) ||
      (unsigned)o->orient > ANNALS_ORIENT_VERTICAL) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "layout options out of range");
    return false;
  }
  if (o->orient == ANNALS_ORIENT_VERTICAL && o->lanes != ANNALS_LANES_NONE) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "lanes are drawn in the horizontal layout only");
    return false;
  }
  return true;
}

static void ctx_release(lay_ctx *c) {
  if (c->foot)
    g_array_free(c->foot, TRUE);
  if (c->tl)
    g_array_free(c->tl, TRUE);
  if (c->lane_names)
    g_ptr_array_free(c->lane_names, TRUE);
  g_free(c->gr);
  g_free(c->items);
}

annals_status annals_layout_build(const annals_timeline *t,
                                  const annals_layout_opts *o,
                                  const annals_measurer *m,
                                  annals_layout **out, annals_diags *d) {
  *out = NULL;
  if (!check_opts(o, d))
    return ANNALS_ERR_ARG;
  annals_layout *l = g_new0(annals_layout, 1);
  lay_priv *pv = g_new0(lay_priv, 1);
  pv->strings = g_string_chunk_new(4096);
  pv->allocs = g_ptr_array_new_with_free_func(g_free);
  l->priv = pv;
  l->width = o->width;
  l->theme = o->theme;
  l->orient = o->orient;
  dlist_init(&l->dl);
  lay_ctx c = {0};
  c.t = t;
  c.o = o;
  c.m = m;
  c.d = d;
  c.l = l;
  c.pv = pv;
  c.content_w = o->width - 2 * MARGIN;
  c.tl = g_array_new(FALSE, FALSE, sizeof(tline));
  collect_items(&c);
  assign_lanes(&c);
  make_groups(&c);
  init_markers(&c);
  emit_header(&c);
  measure_footer(&c);
  annals_status st = o->orient == ANNALS_ORIENT_VERTICAL
                         ? layout_vertical(&c)
                         : layout_horizontal(&c);
  ctx_release(&c);
  if (st != ANNALS_OK) {
    annals_layout_free(l);
    return st;
  }
  *out = l;
  return ANNALS_OK;
}

void annals_layout_free(annals_layout *l) {
  if (!l)
    return;
  lay_priv *pv = l->priv;
  if (pv) {
    g_string_chunk_free(pv->strings);
    g_ptr_array_free(pv->allocs, TRUE);
    g_free(pv);
  }
  dlist_release(&l->dl);
  g_free(l->segments);
  g_free(l->ticks);
  g_free(l->lanes);
  g_free(l->markers);
  g_free(l->labels);
  g_free(l->label_markers);
  g_free(l->folds);
  g_free(l->fold_markers);
  g_free(l->legend);
  g_free(l);
}

typedef struct {
  const annals_when *when;
  size_t index;
} desc_item;

static int cmp_describe(const void *a, const void *b) {
  const desc_item *x = a, *y = b;
  int c = annals_when_cmp(x->when, y->when);
  if (c)
    return c;
  return x->index < y->index ? -1 : x->index > y->index;
}

char *annals_layout_describe(const annals_timeline *t) {
  GString *g = g_string_new(NULL);
  const char *title = annals_timeline_title(t);
  g_string_append(g, title && *title ? title : "Timeline");
  g_string_append(g, ". Events:\n");
  size_t n = annals_timeline_count(t);
  desc_item *idx = g_new(desc_item, n ? n : 1);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const annals_event *e = annals_timeline_get(t, i);
    if (e->when.start.prec != ANNALS_PREC_NONE)
      idx[k++] = (desc_item){&e->when, i};
  }
  qsort(idx, k, sizeof *idx, cmp_describe);
  for (size_t i = 0; i < k; i++) {
    const annals_event *e = annals_timeline_get(t, idx[i].index);
    char date[96];
    annals_when_format_human(&e->when, e->approximate, date, sizeof date);
    g_string_append_printf(g, "%s: %s\n", date,
                           e->title ? e->title : (e->id ? e->id : ""));
  }
  g_free(idx);
  return g_string_free(g, FALSE);
}
