/*
 * fonts_int.h - what measure_pango.c and render_cairo.c need from fonts.c.
 * Pango types are only forward-declared here, so this header includes no
 * pango or cairo header (make check-deps).
 */
#ifndef ANNALS_FONTS_INT_H
#define ANNALS_FONTS_INT_H

#include "annals_render.h"

struct _PangoContext;
struct _PangoFontDescription;
struct _PangoLayout;

/* The one context: 72 dpi, no hinting, language "en". */
struct _PangoContext *fonts_context(annals_fonts *f);
const struct _PangoFontDescription *fonts_desc(annals_fonts *f,
                                               annals_font_role r);
/* A layout in the role's font, reused for measuring (not for drawing). */
struct _PangoLayout *fonts_measure_layout(annals_fonts *f,
                                          annals_font_role r);
/* Slot caching the line height of a role (-1 until measured). */
double *fonts_line_height_slot(annals_fonts *f, annals_font_role r);

/* The baseline of TEXT set alone in role r, in points below the top of
 * its layout: where an SVG <text> puts its y. */
double fonts_baseline(annals_fonts *f, annals_font_role r, const char *text);

#endif
