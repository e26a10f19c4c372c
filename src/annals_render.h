/*
 * annals_render.h - the drawing half of libannals: bundled fonts, a text
 * measurer on one fixed pango context, and painting a finished layout
 * (annals.h) to SVG, PNG or PDF with cairo.
 *
 * Geometry is decided once, by annals_layout_build() measuring through
 * annals_measure_pango_init(); the renderer only paints it, so SVG, PNG and
 * PDF show the same picture.  Output is deterministic: the same layout
 * gives the same bytes (the PDF creation date is a parameter).
 */
#ifndef ANNALS_RENDER_H
#define ANNALS_RENDER_H

#include "annals.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The fonts of one font directory, loaded into a private fontconfig
 * configuration (no system font is ever used) and one pango context with
 * a fixed resolution (72 dpi, so 1 pango pixel = 1 point), no hinting and
 * a fixed language. */
typedef struct annals_fonts annals_fonts;

/* The faces a font directory must hold. */
extern const char *const annals_font_files[];

/* Loads the fonts of dir: annals_font_files first, then any other face
 * there (.ttf, .otf, .ttc, in name order) for scripts they lack.  Fails
 * with ANNALS_ERR_RENDER and a diagnostic naming the directory or the
 * face when dir is missing, lacks one of annals_font_files, holds a face
 * that cannot be loaded, or "Noto Sans" does not resolve to a face in it.
 * On success *out is owned by the caller (annals_fonts_free). */
annals_status annals_fonts_open(const char *dir, annals_fonts **out,
                                annals_diags *d);
void annals_fonts_free(annals_fonts *f); /* NULL is a no-op */

/* Whether some face of f draws character c (spaces, controls and format
 * characters always count as drawn). */
bool annals_fonts_covers(const annals_fonts *f, uint32_t c);

/* Adds a warning, at the event's place in its YAML file, for every event
 * whose title has characters no face of f covers, naming the event's id
 * and their scripts ("Chinese (Han)", "Thai"); returns how many events. */
size_t annals_fonts_check_timeline(const annals_fonts *f,
                                   const annals_timeline *t,
                                   annals_diags *d);

/* A measurer on the fonts' pango context; valid while f lives. */
void annals_measure_pango_init(annals_measurer *m, annals_fonts *f);

typedef enum {
  ANNALS_FORMAT_SVG = 0,
  ANNALS_FORMAT_PNG = 1,
  ANNALS_FORMAT_PDF = 2,
} annals_format;

/* Largest PNG accepted, in pixels per side. */
#define ANNALS_PNG_MAX_SIDE 32767 /* cairo's largest image surface */

typedef struct {
  annals_format format;
  double scale;          /* PNG pixels per point, 0.25..16 (default 1) */
  const char *title;     /* SVG <title> and PDF title; may be NULL */
  const char *desc;      /* SVG <desc>: plain list of events; may be NULL */
  bool outlines;         /* SVG: cairo's, text as glyph outlines (pixel-
                            exact, not selectable); default: real text */
  long long create_time; /* PDF creation date, seconds since 1970 (UTC);
                            -1 (the default): the PDF carries no date */
} annals_render_opts;

void annals_render_opts_init(annals_render_opts *o);

/* Paints l to out in o->format with the fonts that measured it.  Fails
 * with ANNALS_ERR_ARG when a PNG would exceed ANNALS_PNG_MAX_SIDE pixels
 * per side, ANNALS_ERR_RENDER when cairo fails and ANNALS_ERR_IO when out
 * does; a message is added to d.  Nothing is written on ANNALS_ERR_ARG. */
annals_status annals_render(const annals_layout *l, annals_fonts *f,
                            const annals_render_opts *o, FILE *out,
                            annals_diags *d);

#ifdef __cplusplus
}
#endif

#endif
