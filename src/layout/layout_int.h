/*
 * layout_int.h - private interfaces between scale.c, dlist.c and the
 * layout files: layout.c (the shared steps: events, lanes, groups, header,
 * footer), layout_text.c (wrapping and emitting text), layout_horiz.c (the
 * horizontal chart) and layout_vert.c (the vertical chronology).
 */
#ifndef ANNALS_LAYOUT_INT_H
#define ANNALS_LAYOUT_INT_H

#include "internal.h"

/* ---- geometry shared by both layouts, in points ---------------------- */

#define MARGIN 24.0
#define POINT_R 3.5      /* a day marker */
#define BADGE_R 5.0      /* a day marker of several events (with a count) */
#define BAR_HALF 2.0     /* half the thickness of a span bar */
#define STEM_LEN 8.0     /* axis to the tip of a span's stem: past any outline */
#define LEAD_GAP 1.0     /* a leader ends this far off its marker */
#define PAD_X 3.0        /* label text inset */
#define PAD_Y 1.0
#define ENTRY_GAP 3.0    /* between titles stacked in one label */
#define BREAK_W 22.0     /* room for an axis break */
#define WRAP_MAX_BYTES 4096 /* of a title measured for wrapping */
#define MAX_LINES_CAP 12 /* lines of one title, whatever the layout */

/* ---- scale.c ---------------------------------------------------------- */

/* One stretch of data for the scale: days [day0, day1) weighing n. */
typedef struct {
  int64_t day0, day1;
  size_t n;
} scale_span;

/* Groups event spans (sorted by day0) into axis segments, breaking the axis
 * over long empty stretches, pads each by pad_frac of its length (at least
 * a day) on both sides, and spreads the segments over [x0, x1] with
 * break_w points between them, each getting a share by the weight of its
 * spans.  Returns a new array of *n_out segments.  (In the vertical layout
 * x stands for y.) */
annals_axis_segment *scale_segments(const scale_span *spans, size_t n,
                                    double x0, double x1, double break_w,
                                    double pad_frac, size_t *n_out);
/* x of a (fractional) day; days outside every segment are clamped. */
double scale_x(const annals_axis_segment *segs, size_t n, double day);
/* Chooses the tick unit of each segment and appends its ticks to ticks.
 * Day and week ticks sit at the middle of their day, where day markers
 * are; month, quarter, year and decade ticks at their first instant, where
 * spans of that precision start.  Horizontal (vertical == false): labels
 * centred under the tick at y = 0, kept apart along x.  Vertical: labels
 * flush right against label_x, centred on the tick, kept apart along y. */
void scale_ticks(annals_axis_segment *segs, size_t n_segs,
                 const annals_measurer *m, GStringChunk *strings,
                 GArray *ticks, bool vertical, double label_x);
/* x of the tick of day for a unit (day and week ticks: mid-day). */
double scale_tick_x(const annals_axis_segment *seg, annals_tick_unit u,
                    int64_t day);
/* The text of a tick label; first: the first tick of its segment. */
size_t scale_tick_label(annals_tick_unit u, int64_t day, bool first,
                        char *buf, size_t size);

/* ---- dlist.c ---------------------------------------------------------- */

void dlist_init(annals_dlist *dl);
void dlist_release(annals_dlist *dl);
/* A new item, zeroed but for line_width 1, opacity 1, label and event -1. */
annals_dl_item *dlist_add(annals_dlist *dl, annals_dl_kind kind);

/* ---- the build context (layout.c) ------------------------------------ */

typedef struct {
  GStringChunk *strings;
  GPtrArray *allocs;
} lay_priv;

/* A line of text, measured. */
typedef struct {
  const char *text;
  const char *tip; /* full text when ellipsized */
  annals_font_role font;
  annals_color_role color;
  double w, h;
  bool rtl;
  double gap_before;
  int event; /* the event whose title this is, or -1 */
} tline;

/* A dated event. */
typedef struct {
  size_t ev;
  int64_t d0, d1; /* [d0, d1) */
  bool span, approx;
  int lane;
} item;

/* Events of one lane sharing dates and shape: one marker, one label. */
typedef struct group group;
struct group {
  size_t first, n;  /* items[first .. first+n), exact dates first */
  size_t n_exact;
  int lane;
  bool span;
  double x0, x1;    /* along the axis: point centre, or bar ends */
  double anchor;    /* along the axis: where the leader meets the marker */
  double r;         /* point radius (badge when labelled, n > 1) */
  double off;       /* point moved off the axis towards its label */
  annals_box box;   /* the label */
  double sec_h;     /* height of its own text (box.h but in clusters) */
  size_t line0, nlines; /* into the tline array */
  size_t shown;     /* titles shown; n - shown are "+N more" */
  bool measured;    /* text wrapped and box.w, box.h set */
  int side, row;    /* side 0: folded (horizontal) */
  int align;        /* see annals_label */
  int label;        /* index of its label, or -1 */
  /* Horizontal layout: points too close for leaders of their own share a
   * label.  The head of such a cluster lists its members (itself first)
   * in sub; members are marked member; points overlapping a full cluster
   * are crowded (folded). */
  group **sub;
  size_t n_sub;
  bool member, crowded;
};

typedef struct {
  const annals_timeline *t;
  const annals_layout_opts *o;
  const annals_measurer *m;
  annals_diags *d;
  annals_layout *l;
  lay_priv *pv;
  item *items; /* dated events by lane, then date */
  size_t n;
  GPtrArray *lane_names; /* borrowed or interned strings */
  size_t n_lanes;
  group *gr; /* by lane, then date */
  size_t n_groups;
  GArray *tl; /* tline: every label's text */
  size_t n_label_markers; /* label_markers filled so far */
  double content_w; /* width inside the margins */
  double plot_top;  /* below the header */
  double label_w;   /* widest label */
  GArray *foot;     /* tline: the source note and notes */
  double foot_h;
  bool quad_seen[5], any_point, any_span, any_approx;
} lay_ctx;

/* Steps of annals_layout_build shared by both layouts (layout.c). */
annals_quad layout_colour_class(annals_type type);
annals_color_role layout_event_color(const lay_ctx *c, size_t item_index);
/* Wraps and measures the label of g once: date line, up to max_titles
 * titles of at most max_lines lines each, "+N more on this date". */
void layout_measure_group(lay_ctx *c, group *g, size_t max_titles,
                          size_t max_lines);
/* Emits the text of g's label in box (flush right when align < 0). */
void layout_emit_group_text(lay_ctx *c, const group *g, const annals_box *b,
                            int align, int label);
/* The footer, from y down; returns the canvas height. */
double layout_emit_footer(lay_ctx *c, double y);
/* Appends the label showing groups gs[0..ng) (their markers listed, text
 * lines copied, markers and groups pointed at it); returns its index. */
int layout_add_label(lay_ctx *c, GArray *labels, group *const *gs,
                     size_t ng);
/* Adds the marker shape of a group to the display list. */
void layout_emit_marker(lay_ctx *c, const group *g, double x, double y,
                        bool vertical, int label);

/* The two layouts (layout_horiz.c, layout_vert.c). */
annals_status layout_horizontal(lay_ctx *c);
annals_status layout_vertical(lay_ctx *c);

/* ---- text (layout_text.c) -------------------------------------------- */

double lay_width(const annals_measurer *m, annals_font_role r, const char *s,
                 size_t len);
bool lay_text_is_rtl(const char *s, size_t len);
/* Wraps s into at most max_lines lines appended to tl (the last ellipsized
 * when the text needs more); returns the lines added. */
size_t lay_wrap(const annals_measurer *m, lay_priv *pv, GArray *tl,
                const char *s, annals_font_role font, annals_color_role color,
                double maxw, size_t max_lines);
annals_dl_item *lay_emit_text(annals_dlist *dl, const tline *t, double x,
                              double y);
annals_dl_item *lay_emit_line(annals_dlist *dl, annals_color_role c,
                              double lw, double x, double y, double x2,
                              double y2);
/* A wrapped block at (x, y), flush right within maxw for RTL text; returns
 * its height. */
double lay_emit_block(annals_dlist *dl, const annals_measurer *m,
                      lay_priv *pv, const char *s, annals_font_role font,
                      annals_color_role color, double x, double y,
                      double maxw, size_t max_lines);

#endif
