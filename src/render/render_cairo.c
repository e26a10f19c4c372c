/*
 * render_cairo.c - paints a finished display list with cairo: one surface
 * per format on a stream (graphviz gvrender_pango), status checked after
 * creating, drawing and finishing.  Text is set with layouts of the fonts'
 * own PangoContext, never re-measured against the target surface.
 *
 * SVG is written with real text by render_svg.c; with
 * annals_render_opts.outlines it is cairo's, every glyph an outline, given
 * a <title> and <desc> for screen readers (cairo cannot write them, so the
 * stream is post-processed) and invisible boxes carrying the full text of
 * ellipsized labels as tooltips.
 */
#include "internal.h"

#include "annals_render.h"
#include "render/fonts_int.h"
#include "render/render_int.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <time.h>

void annals_render_opts_init(annals_render_opts *o) {
  memset(o, 0, sizeof *o);
  o->format = ANNALS_FORMAT_SVG;
  o->scale = 1;
  o->create_time = -1; /* no date in the PDF */
}

static cairo_status_t write_gstring(void *closure, const unsigned char *data,
                                    unsigned int len) {
  g_string_append_len(closure, (const char *)data, len);
  return CAIRO_STATUS_SUCCESS;
}

static void set_color(cairo_t *cr, annals_theme th, annals_color_role r,
                      double alpha) {
  double rgb[3];
  annals_theme_color(th, r, rgb);
  if (alpha >= 1)
    cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
  else
    cairo_set_source_rgba(cr, rgb[0], rgb[1], rgb[2], alpha);
}

static void paint_shape(cairo_t *cr, annals_theme th,
                        const annals_dl_item *it) {
  if (it->flags & ANNALS_DL_F_FILL) {
    set_color(cr, th, it->fill, it->opacity);
    cairo_fill_preserve(cr);
  }
  if (it->flags & ANNALS_DL_F_STROKE) {
    set_color(cr, th, it->stroke, 1);
    cairo_set_line_width(cr, it->line_width);
    if (it->flags & ANNALS_DL_F_DASHED) {
      static const double dash[] = {2.0, 1.5};
      cairo_set_dash(cr, dash, 2, 0);
    }
    cairo_stroke_preserve(cr);
    cairo_set_dash(cr, NULL, 0, 0);
  }
  cairo_new_path(cr);
}

/* A rectangle, its corners rounded by r. */
static void path_rect(cairo_t *cr, const annals_dl_item *it) {
  double r = fmin(it->r, fmin(it->w, it->h) / 2);
  if (r <= 0) {
    cairo_rectangle(cr, it->x, it->y, it->w, it->h);
    return;
  }
  double x0 = it->x, y0 = it->y, x1 = it->x + it->w, y1 = it->y + it->h;
  cairo_new_sub_path(cr);
  cairo_arc(cr, x1 - r, y0 + r, r, -G_PI / 2, 0);
  cairo_arc(cr, x1 - r, y1 - r, r, 0, G_PI / 2);
  cairo_arc(cr, x0 + r, y1 - r, r, G_PI / 2, G_PI);
  cairo_arc(cr, x0 + r, y0 + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path(cr);
}

static void paint(cairo_t *cr, const annals_layout *l, annals_fonts *f) {
  set_color(cr, l->theme, ANNALS_COLOR_BACKGROUND, 1);
  cairo_paint(cr);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
  PangoLayout *lay = pango_layout_new(fonts_context(f));
  for (size_t i = 0; i < l->dl.n; i++) {
    const annals_dl_item *it = &l->dl.items[i];
    switch (it->kind) {
    case ANNALS_DL_RECT:
      path_rect(cr, it);
      paint_shape(cr, l->theme, it);
      break;
    case ANNALS_DL_CIRCLE:
      cairo_new_sub_path(cr);
      cairo_arc(cr, it->x, it->y, it->r, 0, 2 * G_PI);
      paint_shape(cr, l->theme, it);
      break;
    case ANNALS_DL_LINE:
      cairo_move_to(cr, it->x, it->y);
      cairo_line_to(cr, it->x2, it->y2);
      set_color(cr, l->theme, it->stroke, it->opacity);
      cairo_set_line_width(cr, it->line_width);
      cairo_stroke(cr);
      break;
    case ANNALS_DL_TEXT:
      if (!it->text || !*it->text)
        break;
      pango_layout_set_font_description(lay, fonts_desc(f, it->font));
      pango_layout_set_text(lay, it->text, -1);
      set_color(cr, l->theme, it->fill, 1);
      cairo_move_to(cr, it->x, it->y);
      pango_cairo_show_layout(cr, lay);
      cairo_new_path(cr);
      break;
    }
  }
  g_object_unref(lay);
}

static void num(GString *g, double v) {
  long long h = llround(v * 100);
  g_string_append_printf(g, "%s%lld.%02lld", h < 0 ? "-" : "",
                         (h < 0 ? -h : h) / 100, (h < 0 ? -h : h) % 100);
}

typedef struct {
  GHashTable *map; /* cairo's surface number -> ours */
  unsigned next;
} renumber;

static gboolean renumber_cb(const GMatchInfo *mi, GString *res, gpointer p) {
  renumber *r = p;
  gchar *pre = g_match_info_fetch(mi, 1);
  gchar *num = g_match_info_fetch(mi, 2);
  unsigned long k = strtoul(num, NULL, 10);
  gpointer v = g_hash_table_lookup(r->map, GSIZE_TO_POINTER(k + 1));
  if (!v) {
    v = GSIZE_TO_POINTER(++r->next);
    g_hash_table_insert(r->map, GSIZE_TO_POINTER(k + 1), v);
  }
  g_string_append_printf(res, "%ssurface%zu", pre, GPOINTER_TO_SIZE(v));
  g_free(pre);
  g_free(num);
  return FALSE;
}

/* cairo numbers SVG surfaces with a process-wide counter, so a second
 * render in the same process (--watch, tests) would differ: renumber them
 * from 1 in order of appearance. */
static void svg_renumber(GString *svg) {
  GRegex *re = g_regex_new("(id=\"|#)surface([0-9]+)", 0, 0, NULL);
  renumber r = {g_hash_table_new(g_direct_hash, g_direct_equal), 0};
  gchar *out = g_regex_replace_eval(re, svg->str, (gssize)svg->len, 0, 0,
                                    renumber_cb, &r, NULL);
  if (out) {
    g_string_assign(svg, out);
    g_free(out);
  }
  g_hash_table_destroy(r.map);
  g_regex_unref(re);
}

/* Adds <title>, <desc> after the <svg ...> tag and tooltip boxes before
 * </svg>.  Returns false when the stream does not look like cairo's SVG. */
static bool svg_post(GString *svg, const annals_layout *l,
                     const annals_render_opts *o) {
  char *open = strstr(svg->str, "<svg");
  char *gt = open ? strchr(open, '>') : NULL;
  char *close = g_strrstr(svg->str, "</svg>");
  if (!gt || !close || close < gt)
    return false;
  svg_renumber(svg);
  close = g_strrstr(svg->str, "</svg>");
  size_t at_close = (size_t)(close - svg->str);
  GString *tips = g_string_new("<g fill=\"none\" stroke=\"none\" "
                               "pointer-events=\"all\">\n");
  size_t n_tips = 0;
  for (size_t i = 0; i < l->dl.n; i++) {
    const annals_dl_item *it = &l->dl.items[i];
    if (it->kind != ANNALS_DL_TEXT || !it->tip)
      continue;
    g_string_append(tips, "<rect x=\"");
    num(tips, it->x);
    g_string_append(tips, "\" y=\"");
    num(tips, it->y);
    g_string_append(tips, "\" width=\"");
    num(tips, it->w);
    g_string_append(tips, "\" height=\"");
    num(tips, it->h);
    g_string_append(tips, "\"><title>");
    render_xml_escape(tips, it->tip);
    g_string_append(tips, "</title></rect>\n");
    n_tips++;
  }
  g_string_append(tips, "</g>\n");
  if (n_tips)
    g_string_insert_len(svg, (gssize)at_close, tips->str, (gssize)tips->len);
  g_string_free(tips, TRUE);
  GString *head = g_string_new("\n<title>");
  render_xml_escape(head, o->title && *o->title ? o->title : "Timeline");
  g_string_append(head, "</title>\n<desc>");
  render_xml_escape(head, o->desc ? o->desc : "");
  g_string_append(head, "</desc>");
  size_t at = (size_t)(strchr(strstr(svg->str, "<svg"), '>') - svg->str) + 1;
  g_string_insert_len(svg, (gssize)at, head->str, (gssize)head->len);
  g_string_free(head, TRUE);
  return true;
}

/* Overwrites the /CreationDate and /ModDate entries of the document
 * information dictionary with spaces: the entries are gone, and every
 * byte offset in the cross-reference table stays right. */
static void pdf_blank_dates(GString *pdf) {
  static const char *const keys[] = {"/CreationDate (", "/ModDate ("};
  for (size_t k = 0; k < 2; k++) {
    size_t n = strlen(keys[k]);
    for (size_t i = 0; i + n <= pdf->len; i++) {
      if (memcmp(pdf->str + i, keys[k], n) != 0)
        continue;
      char *close = memchr(pdf->str + i + n, ')', pdf->len - i - n);
      if (close && close - (pdf->str + i) < 64)
        memset(pdf->str + i, ' ', (size_t)(close - (pdf->str + i)) + 1);
      break;
    }
  }
}

static annals_status cairo_fail(annals_diags *d, const char *what,
                                cairo_status_t st) {
  annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                   "cannot %s: %s", what, cairo_status_to_string(st));
  return st == CAIRO_STATUS_NO_MEMORY ? ANNALS_ERR_NOMEM : ANNALS_ERR_RENDER;
}

annals_status annals_render(const annals_layout *l, annals_fonts *f,
                            const annals_render_opts *o, FILE *out,
                            annals_diags *d) {
  double scale = o->format == ANNALS_FORMAT_PNG ? o->scale : 1;
  if (!(scale >= 0.25 && scale <= 16)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "scale %g out of range (0.25 to 16)", scale);
    return ANNALS_ERR_ARG;
  }
  /* 1e-6: 960 pt at 300/72 is 4000 pixels, not 4001. */
  double pxw = ceil(l->width * scale - 1e-6),
         pxh = ceil(l->height * scale - 1e-6);
  if (o->format == ANNALS_FORMAT_PNG &&
      (pxw > ANNALS_PNG_MAX_SIDE || pxh > ANNALS_PNG_MAX_SIDE)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "image of %.0f x %.0f pixels exceeds the limit of %d "
                     "pixels per side; lower --scale or --width",
                     pxw, pxh, ANNALS_PNG_MAX_SIDE);
    return ANNALS_ERR_ARG;
  }
  GString *buf = g_string_new(NULL);
  cairo_surface_t *s = NULL;
  annals_status st = ANNALS_OK;
  if (o->format == ANNALS_FORMAT_SVG && !o->outlines) {
    render_svg_text(l, f, o, buf);
    goto write;
  }
  switch (o->format) {
  case ANNALS_FORMAT_SVG:
    s = cairo_svg_surface_create_for_stream(write_gstring, buf, l->width,
                                            l->height);
    break;
  case ANNALS_FORMAT_PDF:
    s = cairo_pdf_surface_create_for_stream(write_gstring, buf, l->width,
                                            l->height);
    break;
  case ANNALS_FORMAT_PNG:
  default:
    s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)pxw, (int)pxh);
    break;
  }
  cairo_status_t cs = cairo_surface_status(s);
  if (cs != CAIRO_STATUS_SUCCESS) {
    st = cairo_fail(d, "create the drawing surface", cs);
    goto fail;
  }
  if (o->format == ANNALS_FORMAT_PDF) {
    /* cairo writes the current time when given no date: give it one, and
     * blank it out afterwards when there is none (pdf_blank_dates). */
    char date[32];
    time_t tt = (time_t)(o->create_time >= 0 ? o->create_time : 0);
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, date);
    if (o->title)
      cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, o->title);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "annals");
  }
  cairo_t *cr = cairo_create(s);
  if (o->format == ANNALS_FORMAT_PNG)
    cairo_scale(cr, scale, scale);
  paint(cr, l, f);
  cs = cairo_status(cr);
  cairo_destroy(cr);
  if (cs != CAIRO_STATUS_SUCCESS) {
    st = cairo_fail(d, "draw the chart", cs);
    goto fail;
  }
  if (o->format == ANNALS_FORMAT_PNG) {
    cairo_surface_flush(s);
    cs = cairo_surface_write_to_png_stream(s, write_gstring, buf);
    if (cs != CAIRO_STATUS_SUCCESS) {
      st = cairo_fail(d, "encode the PNG", cs);
      goto fail;
    }
  }
  cairo_surface_finish(s);
  cs = cairo_surface_status(s);
  if (cs != CAIRO_STATUS_SUCCESS) {
    st = cairo_fail(d, "finish the drawing", cs);
    goto fail;
  }
  if (o->format == ANNALS_FORMAT_PDF && o->create_time < 0)
    pdf_blank_dates(buf);
  if (o->format == ANNALS_FORMAT_SVG && !svg_post(buf, l, o)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "unexpected SVG from cairo");
    st = ANNALS_ERR_RENDER;
    goto fail;
  }
write:
  if (fwrite(buf->str, 1, buf->len, out) != buf->len || ferror(out)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot write the output");
    st = ANNALS_ERR_IO;
  }
fail:
  if (s)
    cairo_surface_destroy(s);
  g_string_free(buf, TRUE);
  return st;
}
