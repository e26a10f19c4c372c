/*
 * layout.c - timeline + options + measurer -> display list and geometry.
 * Pure computation: no cairo, no pango, no clock.
 *
 * Steps:
 *  1. dated events are sorted (lane, first day, last day, record order);
 *     same-lane events with the same date share a marker and a label;
 *  2. scale.c builds the axis segments (with breaks) and ticks;
 *  3. labels are placed lane by lane in rows above and below the axis by a
 *     right-to-left sweep (place_lane): each row keeps the left end of what
 *     it holds; a label takes the nearest row (above or below) where it
 *     fits and its connector can pass the rows nearer the axis, then
 *     reserves its connector in those rows.  O(n log n) for the sort,
 *     O(n * rows) for the sweep, rows being capped;
 *  4. groups that fit in no row are folded into "+N more" notes in a row
 *     of their own under the lane;
 *  5. the display list is emitted in painting order.
 */
#include "layout_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Geometry, in points. */
#define MARGIN 24.0
#define POINT_R 3.5
#define BAR_HALF 3.5
#define AXIS_CLEAR 9.0  /* axis to the nearest label row above */
#define TICK_LEN 4.0
#define ROW_GAP 4.0     /* between label rows */
#define LABEL_GAP 8.0   /* between labels in a row */
#define CONN_GAP 3.0    /* between a connector and a label beside it */
#define PAD_X 3.0       /* label text inset */
#define PAD_Y 1.0
#define ENTRY_GAP 3.0   /* between titles stacked in one label */
#define BREAK_W 22.0
#define LANE_GAP 10.0
#define GROUP_SHOW 4    /* titles shown in one label before "+N more" */
#define MAX_TITLE_LINES 3
#define MAX_LANES 12
#define MAX_LANE_NAME 130.0
#define MAX_SHIFT 12.0  /* how far a connector may bend aside */
#define MIN_LABEL_W 30.0 /* no label is narrower (a date line) */
#define MIN_FOLD_BIN 90.0 /* "+N more" notes cover at least this width */
#define WRAP_MAX_BYTES 4096 /* of a title measured for wrapping */

static const annals_font_spec font_specs[ANNALS_FONT_COUNT] = {
    [ANNALS_FONT_TITLE] = {17, true},  [ANNALS_FONT_SUBTITLE] = {10.5, false},
    [ANNALS_FONT_LABEL] = {8.5, false}, [ANNALS_FONT_LABEL_DATE] = {8.5, true},
    [ANNALS_FONT_TICK] = {8, false},   [ANNALS_FONT_LEGEND] = {8.5, false},
    [ANNALS_FONT_NOTE] = {8, false},   [ANNALS_FONT_LANE] = {9, true},
};

const annals_font_spec *annals_font_spec_get(annals_font_role role) {
  if ((unsigned)role >= ANNALS_FONT_COUNT)
    role = ANNALS_FONT_LABEL;
  return &font_specs[role];
}

void annals_layout_opts_init(annals_layout_opts *o) {
  memset(o, 0, sizeof *o);
  o->width = 960;
  o->max_height = 14400;
  o->max_rows = 8;
  o->label_width = 150;
  o->lanes = ANNALS_LANES_NONE;
  o->theme = ANNALS_THEME_LIGHT;
}

/* ---- dates as readers write them ------------------------------------- */

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr",
                                           "May", "Jun", "Jul", "Aug",
                                           "Sep", "Oct", "Nov", "Dec"};

static int fmt_year(char *buf, size_t size, int y) {
  if (y <= 0)
    return snprintf(buf, size, "%d BCE", 1 - y);
  return snprintf(buf, size, "%d", y);
}

static size_t fmt_date(const annals_date *d, bool with_year, char *buf,
                       size_t size) {
  int n = 0;
  char yb[16];
  fmt_year(yb, sizeof yb, d->y);
  switch (d->prec) {
  case ANNALS_PREC_DAY:
    n = with_year ? snprintf(buf, size, "%d %s %s", d->d, month_abbr[d->m - 1],
                             yb)
                  : snprintf(buf, size, "%d %s", d->d, month_abbr[d->m - 1]);
    break;
  case ANNALS_PREC_MONTH:
    n = with_year ? snprintf(buf, size, "%s %s", month_abbr[d->m - 1], yb)
                  : snprintf(buf, size, "%s", month_abbr[d->m - 1]);
    break;
  case ANNALS_PREC_YEAR:
    n = snprintf(buf, size, "%s", yb);
    break;
  case ANNALS_PREC_NONE:
  default:
    n = snprintf(buf, size, "date unknown");
    break;
  }
  return n < 0 ? 0 : (size_t)n;
}

size_t annals_when_format_human(const annals_when *w, bool approximate,
                                char *buf, size_t size) {
  char a[40], b[40];
  const annals_date *s = &w->start, *e = &w->end;
  const char *pre = approximate ? "c. " : "";
  int n;
  if (!w->interval || s->prec == ANNALS_PREC_NONE ||
      (s->prec == e->prec && s->y == e->y && s->m == e->m && s->d == e->d)) {
    fmt_date(s, true, a, sizeof a);
    n = snprintf(buf, size, "%s%s", pre, a);
  } else if (s->prec == ANNALS_PREC_DAY && e->prec == ANNALS_PREC_DAY &&
             s->y == e->y && s->m == e->m) {
    fmt_date(e, true, b, sizeof b);
    n = snprintf(buf, size, "%s%d\xe2\x80\x93%s", pre, s->d, b);
  } else if (s->prec == e->prec && s->prec != ANNALS_PREC_YEAR &&
             s->y == e->y) {
    fmt_date(s, false, a, sizeof a);
    fmt_date(e, true, b, sizeof b);
    n = snprintf(buf, size, "%s%s \xe2\x80\x93 %s", pre, a, b);
  } else {
    fmt_date(s, true, a, sizeof a);
    fmt_date(e, true, b, sizeof b);
    n = snprintf(buf, size, "%s%s \xe2\x80\x93 %s", pre, a, b);
  }
  return n < 0 ? 0 : (size_t)n;
}

/* ---- text ------------------------------------------------------------ */

typedef struct {
  const char *text;
  const char *tip; /* full text when ellipsized */
  annals_font_role font;
  annals_color_role color;
  double w, h;
  bool rtl;
  double gap_before;
} tline;

/* True when the first strong character belongs to a right-to-left
 * script. */
static bool text_is_rtl(const char *s, size_t len) {
  const char *p = s, *end = s + len;
  while (p < end) {
    gunichar u = g_utf8_get_char_validated(p, end - p);
    if (u == (gunichar)-1 || u == (gunichar)-2)
      return false;
    if (g_unichar_isalpha(u)) {
      switch (g_unichar_get_script(u)) {
      case G_UNICODE_SCRIPT_ARABIC:
      case G_UNICODE_SCRIPT_HEBREW:
      case G_UNICODE_SCRIPT_SYRIAC:
      case G_UNICODE_SCRIPT_THAANA:
      case G_UNICODE_SCRIPT_NKO:
        return true;
      default:
        return false;
      }
    }
    p = g_utf8_next_char(p);
  }
  return false;
}

static double mwidth(const annals_measurer *m, annals_font_role r,
                     const char *s, size_t len) {
  return m->width(m->ctx, r, s, len);
}

/* Longest prefix of s[0..len) (at a character boundary, > 0 characters)
 * no wider than maxw; at least one character. */
static size_t fit_chars(const annals_measurer *m, annals_font_role r,
                        const char *s, size_t len, double maxw) {
  size_t lo = (size_t)(g_utf8_next_char(s) - s), hi = len;
  if (lo > len)
    lo = len;
  if (mwidth(m, r, s, len) <= maxw)
    return len;
  /* Binary search on byte positions, snapped to character starts. */
  while (lo < hi) {
    size_t mid = lo + (hi - lo + 1) / 2;
    while (mid > lo && ((unsigned char)s[mid] & 0xc0) == 0x80)
      mid--;
    if (mid <= lo)
      break;
    if (mwidth(m, r, s, mid) <= maxw)
      lo = mid;
    else
      hi = mid - 1;
    while (hi > lo && hi < len && ((unsigned char)s[hi] & 0xc0) == 0x80)
      hi--;
  }
  return lo;
}

/* Greedy wrapping with width(): words first, characters for long words. */
static size_t wrap_greedy(const annals_measurer *m, annals_font_role r,
                          const char *s, size_t len, double maxw,
                          annals_line_span *lines, size_t max_lines) {
  size_t n = 0, pos = 0;
  while (pos < len) {
    while (pos < len && s[pos] == ' ')
      pos++;
    if (pos >= len)
      break;
    size_t end = pos, best = 0;
    while (end < len) {
      size_t we = end;
      while (we < len && s[we] == ' ')
        we++;
      while (we < len && s[we] != ' ')
        we++;
      if (mwidth(m, r, s + pos, we - pos) > maxw)
        break;
      best = we;
      end = we;
    }
    if (best == 0) /* the first word alone is too wide */
      best = pos + fit_chars(m, r, s + pos, len - pos, maxw);
    size_t e = best;
    while (e > pos && s[e - 1] == ' ')
      e--;
    if (n < max_lines) {
      lines[n].start = pos;
      lines[n].len = e - pos;
      lines[n].width = mwidth(m, r, s + pos, e - pos);
    }
    n++;
    pos = best;
  }
  return n;
}

typedef struct {
  GStringChunk *strings;
  GPtrArray *allocs;
} lay_priv;

/* Wraps text into at most max_lines lines of tl (appended); the last one
 * ellipsized when the text needs more.  Returns the lines added. */
static size_t wrap_text(const annals_measurer *m, lay_priv *pv, GArray *tl,
                        const char *s, annals_font_role font,
                        annals_color_role color, double maxw,
                        size_t max_lines) {
  size_t len = strlen(s);
  /* Three lines never hold more than a few thousand bytes: measure only
   * the head of a huge title (the rest is summed up by the ellipsis). */
  bool cut = false;
  if (len > WRAP_MAX_BYTES) {
    len = WRAP_MAX_BYTES;
    while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
      len--;
    cut = true;
  }
  annals_line_span spans[MAX_TITLE_LINES + 1];
  if (max_lines > MAX_TITLE_LINES)
    max_lines = MAX_TITLE_LINES;
  size_t total;
  double whole = cut || memchr(s, '\n', len) ? maxw + 1
                                             : mwidth(m, font, s, len);
  if (!cut && whole <= maxw && len > 0 && s[0] != ' ' &&
      s[len - 1] != ' ') {
    total = 1; /* fits on one line: the common case, one measurement */
    spans[0].start = 0;
    spans[0].len = len;
    spans[0].width = whole;
  } else {
    total = m->wrap ? m->wrap(m->ctx, font, s, len, maxw, spans, max_lines)
                    : wrap_greedy(m, font, s, len, maxw, spans, max_lines);
  }
  if (total == 0) {
    total = 1;
    spans[0].start = 0;
    spans[0].len = 0;
    spans[0].width = 0;
  }
  size_t n = total < max_lines ? total : max_lines;
  if (cut && total <= n)
    total = n + 1; /* there is more: end with an ellipsis */
  bool rtl = text_is_rtl(s, len);
  double lh = m->line_height(m->ctx, font);
  for (size_t i = 0; i < n; i++) {
    tline t = {0};
    t.font = font;
    t.color = color;
    t.h = lh;
    t.rtl = rtl;
    if (i == n - 1 && total > n) {
      /* Ellipsis: the longest prefix of the rest that fits with "…". */
      const char *rest = s + spans[i].start;
      size_t rlen = len - spans[i].start;
      double ew = mwidth(m, font, "\xe2\x80\xa6", 3);
      size_t k = fit_chars(m, font, rest, rlen, maxw - ew);
      size_t cut = k;
      while (cut > 0 && rest[cut - 1] != ' ')
        cut--;
      if (cut == 0 || cut < k / 2)
        cut = k;
      while (cut > 0 && rest[cut - 1] == ' ')
        cut--;
      GString *g = g_string_new_len(rest, (gssize)cut);
      g_string_append(g, "\xe2\x80\xa6");
      t.text = g_string_chunk_insert_len(pv->strings, g->str, (gssize)g->len);
      t.w = mwidth(m, font, g->str, g->len);
      g_string_free(g, TRUE);
      t.tip = g_string_chunk_insert(pv->strings, s);
    } else {
      t.text = g_string_chunk_insert_len(pv->strings, s + spans[i].start,
                                         (gssize)spans[i].len);
      t.w = spans[i].width;
    }
    g_array_append_val(tl, t);
  }
  return n;
}

/* ---- events ---------------------------------------------------------- */

typedef struct {
  size_t ev;
  int64_t d0, d1; /* [d0, d1) */
  bool span, approx;
  int lane;
  int64_t lane_key;
} item;

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

typedef struct {
  size_t first, n; /* items[first .. first+n) */
  int lane;
  double marker_x; /* where the connector leaves the marker */
  double anchor;   /* where it meets the label (after placement) */
  annals_box box;
  size_t line0, nlines; /* into the tline array */
  size_t shown;         /* titles shown; n - shown are "+N more" */
  bool measured;        /* text wrapped and box.w, box.h set */
  int side, row;        /* side 0: folded */
} group;

static int cmp_group_x(const void *a, const void *b) {
  const group *x = *(group *const *)a, *y = *(group *const *)b;
  if (x->anchor != y->anchor)
    return x->anchor < y->anchor ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

/* What measuring a group's label needs. */
typedef struct {
  const annals_measurer *m;
  lay_priv *pv;
  GArray *tl; /* tline */
  const annals_timeline *t;
  const item *items;
  double label_w;
} text_ctx;

/* Wraps and measures the label text of g (once): date line, up to
 * GROUP_SHOW titles, "+N more on this date". */
static void measure_group(text_ctx *tc, group *g) {
  if (g->measured)
    return;
  g->measured = true;
  g->line0 = tc->tl->len;
  const annals_event *e0 =
      annals_timeline_get(tc->t, tc->items[g->first].ev);
  char date[96];
  annals_when_format_human(&e0->when, e0->approximate, date, sizeof date);
  /* The date is set in bold ink: the quad colours (orange, sky blue) are
   * too light for small text on white; marker and connector carry the
   * colour. */
  wrap_text(tc->m, tc->pv, tc->tl, date, ANNALS_FONT_LABEL_DATE,
            ANNALS_COLOR_INK, tc->label_w, 1);
  g->shown = g->n <= GROUP_SHOW ? g->n : GROUP_SHOW - 1;
  for (size_t k = 0; k < g->shown; k++) {
    const annals_event *e =
        annals_timeline_get(tc->t, tc->items[g->first + k].ev);
    size_t at = tc->tl->len;
    wrap_text(tc->m, tc->pv, tc->tl,
              e->title ? e->title : (e->id ? e->id : "?"), ANNALS_FONT_LABEL,
              ANNALS_COLOR_INK, tc->label_w, MAX_TITLE_LINES);
    if (k > 0)
      g_array_index(tc->tl, tline, at).gap_before = ENTRY_GAP;
  }
  if (g->shown < g->n) {
    char more[48];
    snprintf(more, sizeof more, "+%zu more on this date", g->n - g->shown);
    size_t at = tc->tl->len;
    wrap_text(tc->m, tc->pv, tc->tl, more, ANNALS_FONT_NOTE,
              ANNALS_COLOR_MUTED, tc->label_w, 1);
    g_array_index(tc->tl, tline, at).gap_before = ENTRY_GAP;
  }
  g->nlines = tc->tl->len - g->line0;
  double w = 0, h = 0;
  for (size_t k = 0; k < g->nlines; k++) {
    tline *x = &g_array_index(tc->tl, tline, g->line0 + k);
    if (x->w > w)
      w = x->w;
    h += x->h + x->gap_before;
  }
  g->box.w = w + 2 * PAD_X;
  g->box.h = h + 2 * PAD_Y;
}

/* ---- placement ------------------------------------------------------- */

/* Left edge of a label whose connector is at lead, kept in [x0, x1]. */
static double label_x(double lead, double w, double x0, double x1) {
  double x = lead - 1;
  if (x + w > x1)
    x = x1 - w;
  if (x < x0)
    x = x0;
  return x;
}

typedef struct {
  double left[2][64]; /* [side][row]: left end of what the row holds */
  double height[2][64];
  int used[2];
} rows_state;

/* The nearest row (either side) that takes g, and where its connector
 * meets it; false when none does.  Out-pointers may be NULL. */
static bool find_row(const group *g, int max_rows, double x0, double x1,
                     const rows_state *rs, int *side_out, int *row_out,
                     double *lead_out) {
  int best_side = -1, best_row = max_rows;
  double best_lead = g->marker_x;
  for (int s = 0; s < 2; s++) {
    double lead = g->marker_x;
    for (int r = 0; r < max_rows && r < best_row; r++) {
      double bx = label_x(lead, g->box.w, x0, x1);
      if (bx + g->box.w + LABEL_GAP <= rs->left[s][r]) {
        best_row = r;
        best_side = s;
        best_lead = lead;
        break;
      }
      if (lead + CONN_GAP > rs->left[s][r]) {
        lead = rs->left[s][r] - CONN_GAP;
        if (g->marker_x - lead > MAX_SHIFT || lead < x0 + 1)
          break; /* the connector cannot pass this row */
      }
    }
  }
  if (side_out)
    *side_out = best_side;
  if (row_out)
    *row_out = best_row;
  if (lead_out)
    *lead_out = best_lead;
  return best_side >= 0;
}

/* Places the groups of one lane (sorted by anchor) into rows, sweeping
 * from right to left.  Each row keeps the left end of what it holds.  A
 * label takes the nearest row, on either side, whose leftmost box starts
 * after the label ends, provided its connector can pass every row nearer
 * the axis (their leftmost box starts right of the connector); when a row
 * blocks the connector, the connector may move left by up to MAX_SHIFT
 * points (it bends next to the axis).  The connector is then reserved in
 * the rows it passes.  Dense clusters become staircases.  Returns the
 * number of groups folded. */
static size_t place_lane(group **gs, size_t n, int max_rows, double x0,
                         double x1, rows_state *rs, text_ctx *tc) {
  size_t folded = 0;
  for (int s = 0; s < 2; s++) {
    for (int r = 0; r < max_rows; r++) {
      rs->left[s][r] = 1e300;
      rs->height[s][r] = 0;
    }
    rs->used[s] = 0;
  }
  for (size_t i = n; i-- > 0;) {
    group *g = gs[i];
    /* Labels are only measured when one of MIN_LABEL_W could fit: in a
     * dense timeline most groups fold and cost no text measuring. */
    if (!g->measured) {
      group probe = *g;
      probe.box.w = MIN_LABEL_W;
      if (!find_row(&probe, max_rows, x0, x1, rs, NULL, NULL, NULL)) {
        g->side = 0;
        folded++;
        continue;
      }
      measure_group(tc, g);
    }
    int best_side = -1, best_row = max_rows;
    double best_lead = g->marker_x, best_bx = 0;
    find_row(g, max_rows, x0, x1, rs, &best_side, &best_row, &best_lead);
    best_bx = label_x(best_lead, g->box.w, x0, x1);
    if (best_side < 0) {
      g->side = 0;
      folded++;
      continue;
    }
    g->side = best_side == 0 ? -1 : 1;
    g->row = best_row;
    g->anchor = best_lead;
    g->box.x = best_bx;
    rs->left[best_side][best_row] = g->box.x;
    for (int r = 0; r < best_row; r++)
      if (rs->left[best_side][r] > g->anchor - CONN_GAP)
        rs->left[best_side][r] = g->anchor - CONN_GAP;
    if (g->box.h > rs->height[best_side][best_row])
      rs->height[best_side][best_row] = g->box.h;
    if (best_row + 1 > rs->used[best_side])
      rs->used[best_side] = best_row + 1;
  }
  return folded;
}

/* ---- emitting -------------------------------------------------------- */

static void emit_text(annals_dlist *dl, const tline *t, double x, double y) {
  annals_dl_item *it = dlist_add(dl, ANNALS_DL_TEXT);
  it->flags = ANNALS_DL_F_FILL | (t->rtl ? ANNALS_DL_F_RTL : 0);
  it->fill = t->color;
  it->x = x;
  it->y = y;
  it->w = t->w;
  it->h = t->h;
  it->font = t->font;
  it->text = t->text;
  it->tip = t->tip;
}

static void emit_line(annals_dlist *dl, annals_color_role c, double lw,
                      double x, double y, double x2, double y2) {
  annals_dl_item *it = dlist_add(dl, ANNALS_DL_LINE);
  it->flags = ANNALS_DL_F_STROKE;
  it->stroke = c;
  it->line_width = lw;
  it->x = x;
  it->y = y;
  it->x2 = x2;
  it->y2 = y2;
}

/* Text block: lines wrapped to maxw at (x, y), returns the height used. */
static double emit_block(annals_dlist *dl, const annals_measurer *m,
                         lay_priv *pv, const char *s, annals_font_role font,
                         annals_color_role color, double x, double y,
                         double maxw, size_t max_lines) {
  GArray *tl = g_array_new(FALSE, FALSE, sizeof(tline));
  wrap_text(m, pv, tl, s, font, color, maxw, max_lines);
  double h = 0;
  for (guint i = 0; i < tl->len; i++) {
    tline *t = &g_array_index(tl, tline, i);
    double tx = t->rtl ? x + maxw - t->w : x;
    emit_text(dl, t, tx, y + h);
    h += t->h;
  }
  g_array_free(tl, TRUE);
  return h;
}

static const char *quad_legend[5] = {
    "Statement or report", "Verbal cooperation", "Material cooperation",
    "Verbal conflict", "Material conflict"};

/* The colour class of an event: its CAMEO quad class, except that a plain
 * statement (CAMEO 01: reports, assessments, and the elections, rulings
 * and disasters CAMEO has no root for) is drawn neutral rather than as
 * cooperation, which would tell the reader more than the text did. */
static annals_quad colour_class(annals_type type) {
  return type == ANNALS_TYPE_STATEMENT ? ANNALS_QUAD_NONE
                                       : annals_type_quad(type);
}

/* ---- the layout ------------------------------------------------------ */

annals_status annals_layout_build(const annals_timeline *t,
                                  const annals_layout_opts *o,
                                  const annals_measurer *m,
                                  annals_layout **out, annals_diags *d) {
  *out = NULL;
  if (!(o->width >= 200 && o->width <= 20000)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "width %g out of range (200 to 20000 points)", o->width);
    return ANNALS_ERR_ARG;
  }
  if (!(o->max_height >= 200 && o->max_height <= 1e6) || o->max_rows < 1 ||
      !(o->label_width >= 30 && o->label_width <= 2000)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "layout options out of range");
    return ANNALS_ERR_ARG;
  }
  int max_rows = o->max_rows > 64 ? 64 : o->max_rows;

  annals_layout *l = g_new0(annals_layout, 1);
  lay_priv *pv = g_new0(lay_priv, 1);
  pv->strings = g_string_chunk_new(4096);
  pv->allocs = g_ptr_array_new_with_free_func(g_free);
  l->priv = pv;
  l->width = o->width;
  l->theme = o->theme;
  dlist_init(&l->dl);

  /* 1. Dated events, sorted; lanes. */
  size_t n_all = annals_timeline_count(t);
  item *items = g_new0(item, n_all ? n_all : 1);
  size_t n = 0;
  bool quad_seen[5] = {false};
  bool any_point = false, any_span = false, any_approx = false;
  for (size_t i = 0; i < n_all; i++) {
    const annals_event *e = annals_timeline_get(t, i);
    if (e->when.start.prec == ANNALS_PREC_NONE) {
      l->n_undated++;
      continue;
    }
    item *it = &items[n++];
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
    quad_seen[colour_class(e->type)] = true;
    any_point |= !it->span;
    any_span |= it->span;
    any_approx |= it->approx;
  }
  qsort(items, n, sizeof *items, cmp_item_date);

  GPtrArray *lane_names = g_ptr_array_new();
  if (o->lanes == ANNALS_LANES_NONE) {
    g_ptr_array_add(lane_names, NULL);
  } else {
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    /* Type lanes follow the CAMEO order; actor lanes first appearance. */
    if (o->lanes == ANNALS_LANES_TYPE) {
      bool has[ANNALS_TYPE_COUNT] = {false};
      int idx[ANNALS_TYPE_COUNT];
      for (size_t i = 0; i < n; i++)
        has[event_type(annals_timeline_get(t, items[i].ev))] = true;
      for (int k = 1; k <= ANNALS_TYPE_COUNT; k++) {
        int ty = k % ANNALS_TYPE_COUNT; /* "no type" last */
        if (!has[ty])
          continue;
        idx[ty] = (int)lane_names->len;
        g_ptr_array_add(lane_names,
                        (gpointer)(ty ? annals_type_slug((annals_type)ty)
                                      : "(no type)"));
      }
      for (size_t i = 0; i < n; i++)
        items[i].lane = idx[event_type(annals_timeline_get(t, items[i].ev))];
    } else {
      for (size_t i = 0; i < n; i++) {
        const annals_event *e = annals_timeline_get(t, items[i].ev);
        const char *key = e->n_actors ? e->actors[0] : "(no actor)";
        gpointer v;
        if (g_hash_table_lookup_extended(seen, key, NULL, &v)) {
          items[i].lane = GPOINTER_TO_INT(v);
          continue;
        }
        int lane = (int)lane_names->len;
        if (lane >= MAX_LANES - 1) {
          lane = MAX_LANES - 1;
          if (lane_names->len == (guint)lane)
            g_ptr_array_add(lane_names, (gpointer) "other actors");
        } else {
          g_ptr_array_add(lane_names, (gpointer)key);
        }
        g_hash_table_insert(seen, (gpointer)key, GINT_TO_POINTER(lane));
        items[i].lane = lane;
      }
    }
    g_hash_table_destroy(seen);
    if (lane_names->len == 0)
      g_ptr_array_add(lane_names, (gpointer) "(no events)");
    qsort(items, n, sizeof *items, cmp_item_lane);
  }
  size_t n_lanes = lane_names->len;

  /* 2. Horizontal frame and the axis. */
  double gutter = 0;
  if (o->lanes != ANNALS_LANES_NONE) {
    for (size_t k = 0; k < n_lanes; k++) {
      const char *nm = g_ptr_array_index(lane_names, k);
      double w = mwidth(m, ANNALS_FONT_LANE, nm, strlen(nm));
      if (w > gutter)
        gutter = w;
    }
    if (gutter > MAX_LANE_NAME)
      gutter = MAX_LANE_NAME;
    gutter += 12;
  }
  double plot_x0 = MARGIN + gutter, plot_x1 = o->width - MARGIN;
  double label_w = o->label_width;
  if (label_w > (plot_x1 - plot_x0) - 2 * PAD_X)
    label_w = (plot_x1 - plot_x0) - 2 * PAD_X;
  if (label_w < 20) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "width %g too small for the lane names", o->width);
    g_free(items);
    g_ptr_array_free(lane_names, TRUE);
    annals_layout_free(l);
    return ANNALS_ERR_ARG;
  }
  {
    item *bydate = g_new(item, n ? n : 1);
    memcpy(bydate, items, n * sizeof *items);
    qsort(bydate, n, sizeof *bydate, cmp_item_date);
    scale_span *sp = g_new(scale_span, n ? n : 1);
    for (size_t i = 0; i < n; i++) {
      sp[i].day0 = bydate[i].d0;
      sp[i].day1 = bydate[i].d1;
      sp[i].n = 1;
    }
    l->segments = scale_segments(sp, n, plot_x0 + 8, plot_x1 - 8, BREAK_W,
                                 &l->n_segments);
    g_free(sp);
    g_free(bydate);
  }
  GArray *ticks = g_array_new(FALSE, FALSE, sizeof(annals_tick));
  scale_ticks(l->segments, l->n_segments, m, pv->strings, ticks);
  l->n_ticks = ticks->len;
  l->ticks = (annals_tick *)(void *)g_array_free(ticks, FALSE);

  /* 3. Markers, groups and label text. */
  l->n_markers = n;
  l->markers = g_new0(annals_marker, n ? n : 1);
  for (size_t i = 0; i < n; i++) {
    const annals_event *e = annals_timeline_get(t, items[i].ev);
    annals_marker *mk = &l->markers[i];
    mk->event = items[i].ev;
    mk->id = g_string_chunk_insert_const(pv->strings, e->id ? e->id : "");
    mk->lane = items[i].lane;
    mk->label = -1;
    mk->fold = -1;
    mk->span = items[i].span;
    mk->approximate = items[i].approx;
    if (mk->span) {
      mk->x0 = scale_x(l->segments, l->n_segments, (double)items[i].d0);
      mk->x1 = scale_x(l->segments, l->n_segments, (double)items[i].d1);
      if (mk->x1 - mk->x0 < 3) {
        double c = (mk->x0 + mk->x1) / 2;
        mk->x0 = c - 1.5;
        mk->x1 = c + 1.5;
      }
      mk->r = BAR_HALF;
    } else {
      mk->x0 = mk->x1 =
          scale_x(l->segments, l->n_segments, (double)items[i].d0 + 0.5);
      mk->r = POINT_R;
    }
  }
  GArray *groups = g_array_new(FALSE, TRUE, sizeof(group));
  GArray *tl = g_array_new(FALSE, FALSE, sizeof(tline));
  double lh_note = m->line_height(m->ctx, ANNALS_FONT_NOTE);
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && items[j].lane == items[i].lane &&
           items[j].d0 == items[i].d0 && items[j].d1 == items[i].d1 &&
           items[j].span == items[i].span &&
           items[j].approx == items[i].approx)
      j++;
    group g = {0};
    g.first = i;
    g.n = j - i;
    g.lane = items[i].lane;
    const annals_marker *mk = &l->markers[i];
    g.marker_x =
        mk->span ? mk->x0 + fmin(4.0, (mk->x1 - mk->x0) / 2) : mk->x0;
    g.anchor = g.marker_x;
    g_array_append_val(groups, g);
    i = j;
  }
  size_t n_groups = groups->len;
  group *gr = (group *)(void *)groups->data;
  text_ctx tc = {m, pv, tl, t, items, label_w};

  /* 4. Placement, lane by lane; fewer rows if the canvas gets too tall. */
  group **order = g_new(group *, n_groups ? n_groups : 1);
  size_t *lane_start = g_new0(size_t, n_lanes + 1);
  for (size_t i = 0; i < n_groups; i++)
    lane_start[gr[i].lane + 1]++;
  for (size_t k = 0; k < n_lanes; k++)
    lane_start[k + 1] += lane_start[k];
  {
    size_t *fill = g_new0(size_t, n_lanes);
    for (size_t i = 0; i < n_groups; i++) {
      int ln = gr[i].lane;
      order[lane_start[ln] + fill[ln]++] = &gr[i];
    }
    g_free(fill);
    for (size_t k = 0; k < n_lanes; k++)
      qsort(order + lane_start[k], lane_start[k + 1] - lane_start[k],
            sizeof *order, cmp_group_x);
  }
  rows_state *rs = g_new0(rows_state, n_lanes ? n_lanes : 1);
  double tick_h = m->line_height(m->ctx, ANNALS_FONT_TICK);
  double below_clear = TICK_LEN + 2 + tick_h + 5;
  double fold_h = 4 + lh_note;

  /* Header height (title, subtitle, legend) is needed first. */
  double content_w = o->width - 2 * MARGIN;
  double y = MARGIN;
  const char *title = annals_timeline_title(t);
  const char *subtitle = annals_timeline_subtitle(t);
  const char *source = annals_timeline_source(t);
  if (title && *title)
    y += emit_block(&l->dl, m, pv, title, ANNALS_FONT_TITLE, ANNALS_COLOR_INK,
                    MARGIN, y, content_w, 2) +
         2;
  if (subtitle && *subtitle)
    y += emit_block(&l->dl, m, pv, subtitle, ANNALS_FONT_SUBTITLE,
                    ANNALS_COLOR_MUTED, MARGIN, y, content_w, 2);
  y += 8;
  /* Legend: colours of the quad classes present, then the marker shapes. */
  {
    GArray *lg = g_array_new(FALSE, FALSE, sizeof(annals_legend_item));
    static const int quad_order[5] = {4, 3, 1, 2, 0};
    const char *keys[8];
    int kinds[8]; /* 0..4 quad, 10 point, 11 bar, 12 approximate */
    size_t nk = 0;
    for (int q = 0; q < 5; q++)
      if (quad_seen[quad_order[q]]) {
        keys[nk] = quad_legend[quad_order[q]];
        kinds[nk++] = quad_order[q];
      }
    if (any_point) {
      keys[nk] = "Exact day";
      kinds[nk++] = 10;
    }
    if (any_span) {
      keys[nk] = "Month, year or period";
      kinds[nk++] = 11;
    }
    if (any_approx) {
      keys[nk] = "Approximate date";
      kinds[nk++] = 12;
    }
    double lx = MARGIN, lhl = m->line_height(m->ctx, ANNALS_FONT_LEGEND);
    for (size_t k = 0; k < nk; k++) {
      double tw = mwidth(m, ANNALS_FONT_LEGEND, keys[k], strlen(keys[k]));
      double sw = kinds[k] >= 11 ? 16 : 8;
      double iw = sw + 4 + tw;
      if (lx > MARGIN && lx + iw > o->width - MARGIN) {
        lx = MARGIN;
        y += lhl + 3;
      }
      annals_legend_item li = {{lx, y, iw, lhl}, keys[k]};
      g_array_append_val(lg, li);
      double cy = y + lhl / 2;
      annals_dl_item *it;
      if (kinds[k] < 10) {
        it = dlist_add(&l->dl, ANNALS_DL_CIRCLE);
        it->flags = ANNALS_DL_F_FILL;
        it->fill = annals_quad_color((annals_quad)kinds[k]);
        it->x = lx + 4;
        it->y = cy;
        it->r = 4;
      } else if (kinds[k] == 10) {
        it = dlist_add(&l->dl, ANNALS_DL_CIRCLE);
        it->flags = ANNALS_DL_F_FILL;
        it->fill = ANNALS_COLOR_MUTED;
        it->x = lx + 4;
        it->y = cy;
        it->r = POINT_R;
      } else {
        it = dlist_add(&l->dl, ANNALS_DL_RECT);
        it->flags = kinds[k] == 11
                        ? ANNALS_DL_F_FILL
                        : ANNALS_DL_F_FILL | ANNALS_DL_F_FADED |
                              ANNALS_DL_F_STROKE | ANNALS_DL_F_DASHED;
        it->opacity = kinds[k] == 11 ? 0.6 : 0.25;
        it->fill = ANNALS_COLOR_MUTED;
        it->stroke = ANNALS_COLOR_MUTED;
        it->x = lx;
        it->y = cy - BAR_HALF;
        it->w = sw;
        it->h = 2 * BAR_HALF;
      }
      tline tt = {keys[k], NULL, ANNALS_FONT_LEGEND, ANNALS_COLOR_INK, tw, lhl,
                  false, 0};
      emit_text(&l->dl, &tt, lx + sw + 4, y);
      lx += iw + 14;
    }
    if (nk)
      y += lhl;
    l->n_legend = lg->len;
    l->legend = (annals_legend_item *)(void *)g_array_free(lg, FALSE);
  }
  double plot_top = y + 10;

  /* Footer text, to know its height. */
  GArray *foot = g_array_new(FALSE, FALSE, sizeof(tline));
  {
    char buf[160];
    if (source && *source)
      wrap_text(m, pv, foot, source, ANNALS_FONT_NOTE, ANNALS_COLOR_MUTED,
                content_w, 3);
    if (l->n_undated) {
      snprintf(buf, sizeof buf, "%zu event%s without a date %s not shown.",
               l->n_undated, l->n_undated == 1 ? "" : "s",
               l->n_undated == 1 ? "is" : "are");
      wrap_text(m, pv, foot, buf, ANNALS_FONT_NOTE, ANNALS_COLOR_MUTED,
                content_w, 1);
    }
  }
  double foot_h = 0;
  for (guint k = 0; k < foot->len; k++)
    foot_h += g_array_index(foot, tline, k).h;

  /* Lanes: place, measure the height, retry with fewer rows if needed. */
  double *lane_axis = g_new0(double, n_lanes);
  double *lane_top = g_new0(double, n_lanes);
  double *lane_bot = g_new0(double, n_lanes);
  size_t *lane_folded = g_new0(size_t, n_lanes);
  for (;;) {
    double ly = plot_top;
    l->n_folded = 0;
    for (size_t k = 0; k < n_lanes; k++) {
      size_t cnt = lane_start[k + 1] - lane_start[k];
      lane_folded[k] =
          place_lane(order + lane_start[k], cnt, max_rows, plot_x0, plot_x1,
                     &rs[k], &tc);
      double above = 0, below = 0;
      for (int r = 0; r < rs[k].used[0]; r++)
        above += rs[k].height[0][r] + ROW_GAP;
      for (int r = 0; r < rs[k].used[1]; r++)
        below += rs[k].height[1][r] + ROW_GAP;
      lane_top[k] = ly;
      lane_axis[k] = ly + 4 + above + AXIS_CLEAR;
      double bottom = lane_axis[k] + below_clear + below;
      if (lane_folded[k])
        bottom += fold_h + ROW_GAP;
      lane_bot[k] = bottom + 4;
      ly = lane_bot[k] + LANE_GAP;
    }
    l->height = ly - LANE_GAP + 10 + foot_h + MARGIN;
    if (l->height <= o->max_height || max_rows == 1)
      break;
    max_rows = max_rows / 2;
  }
  annals_status status = ANNALS_OK;
  if (l->height > o->max_height) {
    /* Even one row of labels per side does not fit: refuse rather than
     * draw a chart without labels or taller than asked. */
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "the chart needs %.0f points of height, more than the "
                     "maximum of %.0f (%zu lane%s)",
                     ceil(l->height), o->max_height, n_lanes,
                     n_lanes == 1 ? "" : "s");
    status = ANNALS_ERR_ARG;
    goto done;
  }

  /* 5. Emit: lanes, axis, connectors, markers, ticks, labels, folds. */
  l->n_lanes = n_lanes;
  l->lanes = g_new0(annals_lane, n_lanes);
  for (size_t k = 0; k < n_lanes; k++) {
    annals_lane *ln = &l->lanes[k];
    const char *nm = g_ptr_array_index(lane_names, k);
    ln->name = nm ? g_string_chunk_insert_const(pv->strings, nm) : NULL;
    ln->axis_y = lane_axis[k];
    ln->box.x = MARGIN;
    ln->box.y = lane_top[k];
    ln->box.w = content_w;
    ln->box.h = lane_bot[k] - lane_top[k];
    if (o->lanes != ANNALS_LANES_NONE) {
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
      wrap_text(m, pv, nl, ln->name, ANNALS_FONT_LANE, ANNALS_COLOR_INK,
                gutter - 12, 1);
      tline *x = &g_array_index(nl, tline, 0);
      emit_text(&l->dl, x, MARGIN + 4, lane_axis[k] - x->h / 2);
      g_array_free(nl, TRUE);
    }
    double ay = lane_axis[k];
    for (size_t s = 0; s < l->n_segments; s++) {
      const annals_axis_segment *sg = &l->segments[s];
      double xa = s == 0 ? plot_x0 : sg->x0 - 4;
      double xb = s + 1 == l->n_segments ? plot_x1 : sg->x1 + 4;
      emit_line(&l->dl, ANNALS_COLOR_AXIS, 1.2, xa, ay, xb, ay);
      if (s + 1 < l->n_segments) {
        /* Axis break: two slanted strokes in the gap. */
        double bx = (sg->x1 + l->segments[s + 1].x0) / 2;
        emit_line(&l->dl, ANNALS_COLOR_AXIS, 1.2, bx - 5, ay + 6, bx - 1,
                  ay - 6);
        emit_line(&l->dl, ANNALS_COLOR_AXIS, 1.2, bx + 1, ay + 6, bx + 5,
                  ay - 6);
      }
    }
    for (size_t i = 0; i < l->n_ticks; i++)
      emit_line(&l->dl, ANNALS_COLOR_AXIS, 0.8, l->ticks[i].x, ay,
                l->ticks[i].x, ay + TICK_LEN);
  }
  for (size_t i = 0; i < l->n_ticks; i++)
    l->ticks[i].box.y = lane_axis[0] + TICK_LEN + 2;

  tline *lines = (tline *)(void *)tl->data;

  /* Labels: boxes, connectors (under the markers), then markers. */
  GArray *labels = g_array_new(FALSE, TRUE, sizeof(annals_label));
  l->label_markers = g_new(size_t, n ? n : 1);
  size_t n_lm = 0;
  for (size_t k = 0; k < n_lanes; k++) {
    double off_a[64], off_b[64];
    double acc = 0;
    for (int r = 0; r < rs[k].used[0]; r++) {
      off_a[r] = acc;
      acc += rs[k].height[0][r] + ROW_GAP;
    }
    acc = 0;
    for (int r = 0; r < rs[k].used[1]; r++) {
      off_b[r] = acc;
      acc += rs[k].height[1][r] + ROW_GAP;
    }
    for (size_t i = lane_start[k]; i < lane_start[k + 1]; i++) {
      group *g = order[i];
      if (g->side == 0)
        continue;
      annals_label lb = {0};
      double ay = lane_axis[k];
      lb.lane = (int)k;
      lb.side = g->side;
      lb.row = g->row;
      lb.box = g->box;
      if (g->side < 0)
        lb.box.y = ay - AXIS_CLEAR - off_a[g->row] - g->box.h;
      else
        lb.box.y = ay + below_clear + off_b[g->row];
      g->box.y = lb.box.y;
      lb.anchor_x = g->anchor;
      lb.marker_x = g->marker_x;
      const annals_marker *mk = &l->markers[g->first];
      double ym = g->side < 0 ? ay - mk->r - 1 : ay + mk->r + 1;
      lb.conn_y0 = g->side < 0 ? ay - AXIS_CLEAR + 1 : ay + TICK_LEN + 2;
      lb.conn_y1 = g->side < 0 ? lb.box.y + lb.box.h : lb.box.y;
      lb.first_marker = n_lm;
      lb.n_markers = g->n;
      for (size_t q = 0; q < g->n; q++) {
        l->label_markers[n_lm++] = g->first + q;
        l->markers[g->first + q].label = (int)labels->len;
      }
      lb.n_hidden = g->n - g->shown;
      l->n_folded += lb.n_hidden;
      lb.n_lines = g->nlines;
      lb.lines = g_new(char *, g->nlines);
      g_ptr_array_add(pv->allocs, lb.lines);
      for (size_t q = 0; q < g->nlines; q++)
        lb.lines[q] = (char *)lines[g->line0 + q].text;
      g_array_append_val(labels, lb);
      annals_color_role cc = annals_quad_color(
          colour_class(annals_timeline_get(t, mk->event)->type));
      emit_line(&l->dl, cc, 0.8, lb.marker_x, ym, lb.anchor_x, lb.conn_y0);
      emit_line(&l->dl, cc, 0.8, lb.anchor_x, lb.conn_y0, lb.anchor_x,
                lb.conn_y1);
    }
  }
  l->n_labels = labels->len;
  l->labels = (annals_label *)(void *)g_array_free(labels, FALSE);

  /* Markers: bars first, then points; one per group. */
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < n_groups; i++) {
      const annals_marker *mk = &l->markers[gr[i].first];
      if (mk->span != (pass == 0))
        continue;
      double ay = lane_axis[mk->lane];
      annals_color_role c = annals_quad_color(
          colour_class(annals_timeline_get(t, mk->event)->type));
      annals_dl_item *it =
          dlist_add(&l->dl, mk->span ? ANNALS_DL_RECT : ANNALS_DL_CIRCLE);
      it->fill = c;
      it->stroke = mk->approximate ? c : ANNALS_COLOR_BACKGROUND;
      it->flags = ANNALS_DL_F_FILL | ANNALS_DL_F_STROKE;
      if (mk->approximate)
        it->flags |= ANNALS_DL_F_FADED | ANNALS_DL_F_DASHED;
      it->line_width = mk->approximate ? 1.0 : 0.8;
      /* Spans are translucent so that overlapping periods stay visible;
       * approximate dates are fainter still, with a dashed outline. */
      if (mk->span)
        it->opacity = mk->approximate ? 0.25 : 0.6;
      else if (mk->approximate)
        it->opacity = 0.3;
      if (mk->span && !mk->approximate)
        it->stroke = c;
      if (mk->span) {
        it->x = mk->x0;
        it->y = ay - mk->r;
        it->w = mk->x1 - mk->x0;
        it->h = 2 * mk->r;
      } else {
        it->x = mk->x0;
        it->y = ay;
        it->r = mk->r;
      }
    }
  for (size_t i = 0; i < n; i++)
    l->markers[i].y = lane_axis[l->markers[i].lane];

  /* Tick labels on a background patch (connectors pass under them). */
  for (size_t k = 0; k < n_lanes; k++)
    for (size_t i = 0; i < l->n_ticks; i++) {
      const annals_tick *tk = &l->ticks[i];
      double ty = lane_axis[k] + TICK_LEN + 2;
      annals_dl_item *it = dlist_add(&l->dl, ANNALS_DL_RECT);
      it->flags = ANNALS_DL_F_FILL;
      it->fill = k % 2 == 0 && o->lanes != ANNALS_LANES_NONE
                     ? ANNALS_COLOR_LANE
                     : ANNALS_COLOR_BACKGROUND;
      it->x = tk->box.x - 1;
      it->y = ty;
      it->w = tk->box.w + 2;
      it->h = tk->box.h;
      tline tt = {tk->label, NULL, ANNALS_FONT_TICK, ANNALS_COLOR_MUTED,
                  tk->box.w, tk->box.h, false, 0};
      emit_text(&l->dl, &tt, tk->box.x, ty);
    }

  /* Label text. */
  for (size_t i = 0; i < l->n_labels; i++) {
    const annals_label *lb = &l->labels[i];
    const group *g = NULL;
    /* The group of a label is the one of its first marker. */
    size_t mi = l->label_markers[lb->first_marker];
    for (size_t q = lane_start[lb->lane]; q < lane_start[lb->lane + 1]; q++)
      if (order[q]->first == mi) {
        g = order[q];
        break;
      }
    if (!g)
      continue;
    double ty = lb->box.y + PAD_Y;
    double text_w = lb->box.w - 2 * PAD_X;
    for (size_t q = 0; q < g->nlines; q++) {
      const tline *x = &lines[g->line0 + q];
      ty += x->gap_before;
      double tx = lb->box.x + PAD_X + (x->rtl ? text_w - x->w : 0);
      emit_text(&l->dl, x, tx, ty);
      ty += x->h;
    }
  }

  /* Folds: "+N more" notes in a row under each lane's labels.  The plot
   * is cut into equal bins at least as wide as the widest note; the
   * folded groups of a bin make one note, its bracket spanning their
   * markers, so notes never overlap and stay local. */
  GArray *folds = g_array_new(FALSE, TRUE, sizeof(annals_fold));
  l->fold_markers = g_new(size_t, n ? n : 1);
  size_t n_fm = 0;
  {
    size_t total_folded = 0;
    for (size_t i = 0; i < n_groups; i++)
      if (gr[i].side == 0)
        total_folded += gr[i].n;
    char sample[48];
    snprintf(sample, sizeof sample, "+%zu more", total_folded);
    double tw = mwidth(m, ANNALS_FONT_NOTE, sample, strlen(sample));
    double span = plot_x1 - plot_x0 + LABEL_GAP;
    double bin = fmax(tw + LABEL_GAP, MIN_FOLD_BIN);
    size_t nbins = (size_t)(span / bin);
    if (nbins < 1)
      nbins = 1;
    bin = span / (double)nbins;
    for (size_t k = 0; k < n_lanes; k++) {
      if (!lane_folded[k])
        continue;
      double below = 0;
      for (int r = 0; r < rs[k].used[1]; r++)
        below += rs[k].height[1][r] + ROW_GAP;
      double fy = lane_axis[k] + below_clear + below;
      size_t cur_bin = SIZE_MAX;
      annals_fold *cur = NULL;
      double b0 = 0, b1 = 0;
      for (size_t i = lane_start[k]; i <= lane_start[k + 1]; i++) {
        group *g = i < lane_start[k + 1] ? order[i] : NULL;
        if (g && g->side != 0)
          continue;
        size_t gb = 0;
        if (g) {
          double pos = (g->marker_x - plot_x0) / bin;
          gb = pos <= 0 ? 0 : (size_t)pos;
          if (gb >= nbins)
            gb = nbins - 1;
        }
        if (cur && (!g || gb != cur_bin)) { /* close the note of a bin */
          double bx = plot_x0 + (double)cur_bin * bin;
          double tx = fmin(b0, bx + bin - LABEL_GAP - tw);
          if (tx < bx)
            tx = bx;
          cur->box.x = fmin(tx, b0);
          cur->box.w = fmax(tx + tw, b1) - cur->box.x;
          cur = NULL;
        }
        if (!g)
          break;
        if (!cur) {
          annals_fold fo = {0};
          fo.lane = (int)k;
          fo.first_marker = n_fm;
          fo.box.y = fy;
          fo.box.h = fold_h;
          g_array_append_val(folds, fo);
          cur = &g_array_index(folds, annals_fold, folds->len - 1);
          cur_bin = gb;
          b0 = b1 = g->marker_x;
        }
        b1 = fmax(b1, g->marker_x);
        for (size_t q = 0; q < g->n; q++) {
          l->fold_markers[n_fm++] = g->first + q;
          l->markers[g->first + q].fold = (int)(folds->len - 1);
        }
        cur->n_markers += g->n;
        l->n_folded += g->n;
      }
    }
    for (guint i = 0; i < folds->len; i++) {
      annals_fold *fo = &g_array_index(folds, annals_fold, i);
      char buf[48];
      snprintf(buf, sizeof buf, "+%zu more", fo->n_markers);
      double w = mwidth(m, ANNALS_FONT_NOTE, buf, strlen(buf));
      /* The bracket over the folded markers, the count under its start. */
      double fb0 = l->markers[l->fold_markers[fo->first_marker]].x0;
      double fb1 = fb0;
      for (size_t q = 0; q < fo->n_markers; q++) {
        const annals_marker *mk =
            &l->markers[l->fold_markers[fo->first_marker + q]];
        double x = mk->span ? mk->x0 + fmin(4.0, (mk->x1 - mk->x0) / 2)
                            : mk->x0;
        fb0 = fmin(fb0, x);
        fb1 = fmax(fb1, x);
      }
      double tx = fo->box.x + fo->box.w - tw;
      if (fb0 >= fo->box.x && fb0 + tw <= fo->box.x + fo->box.w)
        tx = fb0;
      if (tx < fo->box.x)
        tx = fo->box.x;
      emit_line(&l->dl, ANNALS_COLOR_MUTED, 0.8, fb0, fo->box.y + 1,
                fb1 + 0.01, fo->box.y + 1);
      tline tt = {g_string_chunk_insert(pv->strings, buf), NULL,
                  ANNALS_FONT_NOTE, ANNALS_COLOR_MUTED, w, lh_note, false, 0};
      emit_text(&l->dl, &tt, tx, fo->box.y + 4);
    }
  }
  l->n_folds = folds->len;
  l->folds = (annals_fold *)(void *)g_array_free(folds, FALSE);

  /* Footer. */
  {
    double fy = lane_bot[n_lanes - 1] + 10;
    for (guint k = 0; k < foot->len; k++) {
      tline *x = &g_array_index(foot, tline, k);
      emit_text(&l->dl, x, x->rtl ? o->width - MARGIN - x->w : MARGIN, fy);
      fy += x->h;
    }
  }

done:
  g_array_free(foot, TRUE);
  g_free(lane_axis);
  g_free(lane_top);
  g_free(lane_bot);
  g_free(lane_folded);
  g_free(rs);
  g_free(order);
  g_free(lane_start);
  g_array_free(groups, TRUE);
  g_array_free(tl, TRUE);
  g_free(items);
  g_ptr_array_free(lane_names, TRUE);
  if (status != ANNALS_OK) {
    annals_layout_free(l);
    return status;
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
  char *s = strdup(g->str);
  g_string_free(g, TRUE);
  return s;
}
