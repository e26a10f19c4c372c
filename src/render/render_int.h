/*
 * render_int.h - shared by render_cairo.c and render_svg.c.
 */
#ifndef ANNALS_RENDER_INT_H
#define ANNALS_RENDER_INT_H

#include "annals_render.h"

#include <glib.h>

/* Appends s with &, <, > and " escaped and control characters (other
 * than newline and tab) as spaces. */
void render_xml_escape(GString *g, const char *s);

/* Appends l as an SVG document with real text (render_svg.c). */
void render_svg_text(const annals_layout *l, annals_fonts *f,
                     const annals_render_opts *o, GString *g);

#endif
