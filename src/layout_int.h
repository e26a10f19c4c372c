/*
 * layout_int.h - private interfaces between scale.c, layout.c and dlist.c.
 */
#ifndef ANNALS_LAYOUT_INT_H
#define ANNALS_LAYOUT_INT_H

#include "internal.h"

/* One stretch of data for the scale: days [day0, day1) holding n events. */
typedef struct {
  int64_t day0, day1;
  size_t n;
} scale_span;

/* Groups event spans (sorted by day0) into axis segments, breaking the axis
 * over long empty stretches, and spreads the segments over [x0, x1] with
 * break_w points between them.  Returns a new array of *n_out segments. */
annals_axis_segment *scale_segments(const scale_span *spans, size_t n,
                                    double x0, double x1, double break_w,
                                    size_t *n_out);
/* x of a (fractional) day; days outside every segment are clamped. */
double scale_x(const annals_axis_segment *segs, size_t n, double day);
/* Chooses the tick unit of each segment and appends its ticks (labels in
 * strings, boxes with y = 0, lane-relative) to ticks. */
void scale_ticks(annals_axis_segment *segs, size_t n_segs,
                 const annals_measurer *m, GStringChunk *strings,
                 GArray *ticks);
/* The text of a tick label; first: the first tick of its segment. */
size_t scale_tick_label(annals_tick_unit u, int64_t day, bool first,
                        char *buf, size_t size);

void dlist_init(annals_dlist *dl);
void dlist_release(annals_dlist *dl);
annals_dl_item *dlist_add(annals_dlist *dl, annals_dl_kind kind);

#endif
