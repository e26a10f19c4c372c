/*
 * measure_pango.c - the text measurer on the fonts' one PangoContext.
 * Widths are logical widths at 72 dpi without hinting, so they are the same
 * whatever surface later draws the text.
 */
#include "internal.h"

#include "annals_render.h"
#include "render/fonts_int.h"

#include <pango/pangocairo.h>

static double pw(int units) { return (double)units / PANGO_SCALE; }

static double pango_width(void *ctx, annals_font_role role, const char *s,
                          size_t len) {
  PangoLayout *lay = fonts_measure_layout(ctx, role);
  pango_layout_set_width(lay, -1);
  pango_layout_set_text(lay, s, (int)len);
  int w, h;
  pango_layout_get_size(lay, &w, &h);
  return pw(w);
}

/* One line height for every line of a role, tall enough for the scripts we
 * bundle (Arabic Naskh is the tallest), so rows do not depend on which
 * script a title uses. */
static double pango_line_height(void *ctx, annals_font_role role) {
  double *slot = fonts_line_height_slot(ctx, role);
  if (*slot < 0) {
    static const char sample[] = "Hg\xd8\xb9\xd9\x84\xdb\x8c "
                                 "\xe0\xa4\xb9\xe0\xa4\xbf\xe0\xa4\x82";
    PangoLayout *lay = fonts_measure_layout(ctx, role);
    pango_layout_set_width(lay, -1);
    pango_layout_set_text(lay, sample, -1);
    int w, h;
    pango_layout_get_size(lay, &w, &h);
    *slot = pw(h);
  }
  return *slot;
}

static size_t pango_wrap(void *ctx, annals_font_role role, const char *s,
                         size_t len, double max_width,
                         annals_line_span *lines, size_t max_lines) {
  PangoLayout *lay = fonts_measure_layout(ctx, role);
  pango_layout_set_width(lay, (int)(max_width * PANGO_SCALE));
  pango_layout_set_wrap(lay, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text(lay, s, (int)len);
  int n = pango_layout_get_line_count(lay);
  size_t out = 0;
  for (int i = 0; i < n && out < max_lines; i++) {
    PangoLayoutLine *ln = pango_layout_get_line_readonly(lay, i);
    size_t st = (size_t)ln->start_index, l = (size_t)ln->length;
    size_t l0 = l;
    while (l > 0 && (s[st + l - 1] == ' ' || s[st + l - 1] == '\n'))
      l--;
    while (l > 0 && s[st] == ' ') {
      st++;
      l--;
    }
    lines[out].start = st;
    lines[out].len = l;
    /* Trimmed lines are measured again on their own (below). */
    PangoRectangle logical;
    pango_layout_line_get_extents(ln, NULL, &logical);
    lines[out].width = l == l0 && st == (size_t)ln->start_index
                           ? pw(logical.width)
                           : -1;
    out++;
  }
  pango_layout_set_width(lay, -1);
  for (size_t i = 0; i < out; i++)
    if (lines[i].width < 0)
      lines[i].width =
          pango_width(ctx, role, s + lines[i].start, lines[i].len);
  return (size_t)n;
}

void annals_measure_pango_init(annals_measurer *m, annals_fonts *f) {
  m->width = pango_width;
  m->line_height = pango_line_height;
  m->wrap = pango_wrap;
  m->ctx = f;
}
