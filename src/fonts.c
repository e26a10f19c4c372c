/*
 * fonts.c - the bundled fonts: a private FcConfig holding only the font
 * directory, a pango font map on it and one PangoContext with fixed
 * settings, shared by measuring and drawing (graphviz gvtextlayout_pango).
 */
#include "internal.h"

#include "annals_render.h"
#include "fonts_int.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <sys/stat.h>

const char *const annals_font_files[] = {
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf", "NotoSansDevanagari-Regular.ttf", NULL};

#define FAMILY "Noto Sans"

struct annals_fonts {
  FcConfig *config;
  PangoFontMap *map;
  PangoContext *ctx;
  PangoFontDescription *desc[ANNALS_FONT_COUNT];
  PangoLayout *layout[ANNALS_FONT_COUNT];
  double line_h[ANNALS_FONT_COUNT];
  double base_ascii[ANNALS_FONT_COUNT]; /* baseline of ASCII text, or -1 */
};

PangoContext *fonts_context(annals_fonts *f) { return f->ctx; }

const PangoFontDescription *fonts_desc(annals_fonts *f, annals_font_role r) {
  return f->desc[(unsigned)r < ANNALS_FONT_COUNT ? r : ANNALS_FONT_LABEL];
}

PangoLayout *fonts_measure_layout(annals_fonts *f, annals_font_role r) {
  return f->layout[(unsigned)r < ANNALS_FONT_COUNT ? r : ANNALS_FONT_LABEL];
}

double *fonts_line_height_slot(annals_fonts *f, annals_font_role r) {
  return &f->line_h[(unsigned)r < ANNALS_FONT_COUNT ? r : ANNALS_FONT_LABEL];
}

static double layout_baseline(annals_fonts *f, annals_font_role r,
                              const char *text) {
  PangoLayout *lay = fonts_measure_layout(f, r);
  pango_layout_set_width(lay, -1);
  pango_layout_set_text(lay, text, -1);
  return pango_layout_get_baseline(lay) / (double)PANGO_SCALE;
}

double fonts_baseline(annals_fonts *f, annals_font_role r, const char *text) {
  unsigned k = (unsigned)r < ANNALS_FONT_COUNT ? r : ANNALS_FONT_LABEL;
  const unsigned char *p = (const unsigned char *)text;
  while (*p && *p < 0x80)
    p++;
  if (*p) /* another script: its face may set the baseline lower */
    return layout_baseline(f, (annals_font_role)k, text);
  if (f->base_ascii[k] < 0)
    f->base_ascii[k] = layout_baseline(f, (annals_font_role)k, "Hg");
  return f->base_ascii[k];
}

static bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

annals_status annals_fonts_open(const char *dir, annals_fonts **out,
                                annals_diags *d) {
  *out = NULL;
  if (!is_dir(dir)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "font directory '%s' not found", dir);
    return ANNALS_ERR_RENDER;
  }
  for (size_t i = 0; annals_font_files[i]; i++) {
    char *p = g_build_filename(dir, annals_font_files[i], NULL);
    bool ok = is_file(p);
    g_free(p);
    if (!ok) {
      annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                       "font '%s' missing from font directory '%s'",
                       annals_font_files[i], dir);
      return ANNALS_ERR_RENDER;
    }
  }
  /* Faces are added one by one (FcConfigAppFontAddDir would try to write
   * a cache into the directory and complain when it cannot). */
  FcConfig *cfg = FcConfigCreate();
  for (size_t i = 0; annals_font_files[i]; i++) {
    char *p = g_build_filename(dir, annals_font_files[i], NULL);
    FcBool ok = FcConfigAppFontAddFile(cfg, (const FcChar8 *)p);
    g_free(p);
    if (!ok) {
      FcConfigDestroy(cfg);
      annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                       "cannot load font '%s' from '%s'",
                       annals_font_files[i], dir);
      return ANNALS_ERR_RENDER;
    }
  }
  /* The family must resolve to one of our faces. */
  FcPattern *pat = FcNameParse((const FcChar8 *)FAMILY);
  FcConfigSubstitute(cfg, pat, FcMatchPattern);
  FcDefaultSubstitute(pat);
  FcResult res;
  FcPattern *match = FcFontMatch(cfg, pat, &res);
  FcChar8 *fam = NULL;
  bool good = match &&
              FcPatternGetString(match, FC_FAMILY, 0, &fam) == FcResultMatch &&
              strcmp((const char *)fam, FAMILY) == 0;
  if (match)
    FcPatternDestroy(match);
  FcPatternDestroy(pat);
  if (!good) {
    FcConfigDestroy(cfg);
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "font family '%s' not found in '%s'", FAMILY, dir);
    return ANNALS_ERR_RENDER;
  }

  annals_fonts *f = g_new0(annals_fonts, 1);
  f->config = cfg;
  f->map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
  pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(f->map), cfg);
  f->ctx = pango_font_map_create_context(f->map);
  pango_cairo_context_set_resolution(f->ctx, 72.0);
  cairo_font_options_t *fo = cairo_font_options_create();
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_subpixel_order(fo, CAIRO_SUBPIXEL_ORDER_DEFAULT);
  pango_cairo_context_set_font_options(f->ctx, fo);
  cairo_font_options_destroy(fo);
  pango_context_set_round_glyph_positions(f->ctx, FALSE);
  pango_context_set_language(f->ctx, pango_language_from_string("en"));
  pango_context_set_base_dir(f->ctx, PANGO_DIRECTION_LTR);
  for (int r = 0; r < ANNALS_FONT_COUNT; r++) {
    const annals_font_spec *sp = annals_font_spec_get((annals_font_role)r);
    PangoFontDescription *fd = pango_font_description_new();
    pango_font_description_set_family_static(fd, FAMILY);
    pango_font_description_set_absolute_size(fd, sp->size * PANGO_SCALE);
    pango_font_description_set_weight(fd, sp->bold ? PANGO_WEIGHT_BOLD
                                                   : PANGO_WEIGHT_NORMAL);
    f->desc[r] = fd;
    f->layout[r] = pango_layout_new(f->ctx);
    pango_layout_set_font_description(f->layout[r], fd);
    f->line_h[r] = -1;
    f->base_ascii[r] = -1;
  }
  *out = f;
  return ANNALS_OK;
}

void annals_fonts_free(annals_fonts *f) {
  if (!f)
    return;
  for (int r = 0; r < ANNALS_FONT_COUNT; r++) {
    if (f->layout[r])
      g_object_unref(f->layout[r]);
    if (f->desc[r])
      pango_font_description_free(f->desc[r]);
  }
  if (f->ctx)
    g_object_unref(f->ctx);
  if (f->map) {
    /* Drops the fonts pango cached: they hold the map (and our FcConfig)
     * alive otherwise. */
    pango_fc_font_map_shutdown(PANGO_FC_FONT_MAP(f->map));
    g_object_unref(f->map);
  }
  if (f->config)
    FcConfigDestroy(f->config);
  g_free(f);
}
