/*
 * fonts.c - the bundled fonts: a private FcConfig holding only the font
 * directory, a pango font map on it and one PangoContext with fixed
 * settings, shared by measuring and drawing (graphviz gvtextlayout_pango).
 * The same faces are also linked into the library (fonts_blob.S, made by
 * the Makefile from fonts/), so a program copied on its own still draws:
 * annals_fonts_open_builtin hands them to fontconfig as anonymous
 * in-memory files (/proc/self/fd/N), which it closes when freed.
 */
#define _GNU_SOURCE /* memfd_create */
#include "internal.h"

#include "annals_render.h"
#include "fonts_int.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <errno.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

const char *const annals_font_files[] = {
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf", "NotoSansDevanagari-Regular.ttf", NULL};

#define FAMILY "Noto Sans"

/* The faces linked in (fonts_blob.S): start, end and file name of each, in
 * the order of annals_font_files. */
#define N_BUILTIN 4
extern const unsigned char annals_font_blob_0[], annals_font_blob_0_end[];
extern const unsigned char annals_font_blob_1[], annals_font_blob_1_end[];
extern const unsigned char annals_font_blob_2[], annals_font_blob_2_end[];
extern const unsigned char annals_font_blob_3[], annals_font_blob_3_end[];
extern const char annals_font_blob_0_name[], annals_font_blob_1_name[];
extern const char annals_font_blob_2_name[], annals_font_blob_3_name[];

struct annals_fonts {
  int fds[N_BUILTIN]; /* the in-memory files of the builtin faces, or -1 */
  FcConfig *config;
  PangoFontMap *map;
  PangoContext *ctx;
  PangoFontDescription *desc[ANNALS_FONT_COUNT];
  PangoLayout *layout[ANNALS_FONT_COUNT];
  double line_h[ANNALS_FONT_COUNT];
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

static bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static annals_status open_faces(const char *const *paths, const char *where,
                                annals_fonts **out, annals_diags *d);

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
  char *paths[N_BUILTIN + 1] = {NULL};
  size_t n = 0;
  for (; annals_font_files[n] && n < N_BUILTIN; n++)
    paths[n] = g_build_filename(dir, annals_font_files[n], NULL);
  annals_status st = open_faces((const char *const *)paths, dir, out, d);
  for (size_t i = 0; i < n; i++)
    g_free(paths[i]);
  return st;
}

/* Loads the faces at paths[] (in the order of annals_font_files; where
 * names them in messages) into a new annals_fonts. */
static annals_status open_faces(const char *const *paths, const char *where,
                                annals_fonts **out, annals_diags *d) {
  /* Faces are added one by one (FcConfigAppFontAddDir would try to write
   * a cache into the directory and complain when it cannot). */
  FcConfig *cfg = FcConfigCreate();
  for (size_t i = 0; paths[i]; i++) {
    if (!FcConfigAppFontAddFile(cfg, (const FcChar8 *)paths[i])) {
      FcConfigDestroy(cfg);
      annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                       "cannot load font '%s' from %s",
                       annals_font_files[i], where);
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
                     "font family '%s' not found in %s", FAMILY, where);
    return ANNALS_ERR_RENDER;
  }

  annals_fonts *f = g_new0(annals_fonts, 1);
  for (int i = 0; i < N_BUILTIN; i++)
    f->fds[i] = -1;
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
  for (int i = 0; i < N_BUILTIN; i++)
    if (f->fds[i] >= 0)
      close(f->fds[i]);
  g_free(f);
}

/* An anonymous file holding data[0..len), or -1 (errno set). */
static int memory_file(const char *name, const unsigned char *data,
                       size_t len) {
  int fd = memfd_create(name, MFD_CLOEXEC);
  if (fd < 0) {
    /* No memfd (old kernel): a temporary file, unlinked at once. */
    FILE *fp = tmpfile();
    if (!fp)
      return -1;
    fd = dup(fileno(fp));
    fclose(fp);
    if (fd < 0)
      return -1;
  }
  for (size_t done = 0; done < len;) {
    ssize_t w = write(fd, data + done, len - done);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0) {
      int e = w < 0 ? errno : EIO;
      close(fd);
      errno = e;
      return -1;
    }
    done += (size_t)w;
  }
  return fd;
}

bool annals_fonts_builtin(size_t i, const char **name, const void **data,
                          size_t *len) {
  static const unsigned char *const start[N_BUILTIN] = {
      annals_font_blob_0, annals_font_blob_1, annals_font_blob_2,
      annals_font_blob_3};
  static const unsigned char *const end[N_BUILTIN] = {
      annals_font_blob_0_end, annals_font_blob_1_end, annals_font_blob_2_end,
      annals_font_blob_3_end};
  static const char *const names[N_BUILTIN] = {
      annals_font_blob_0_name, annals_font_blob_1_name,
      annals_font_blob_2_name, annals_font_blob_3_name};
  if (i >= N_BUILTIN || end[i] == start[i])
    return false;
  *name = names[i];
  *data = start[i];
  *len = (size_t)(end[i] - start[i]);
  return true;
}

annals_status annals_fonts_open_builtin(annals_fonts **out, annals_diags *d) {
  *out = NULL;
  int fds[N_BUILTIN];
  char *paths[N_BUILTIN + 1] = {NULL};
  size_t n = 0;
  annals_status st = ANNALS_OK;
  for (; n < N_BUILTIN && annals_font_files[n] && st == ANNALS_OK; n++) {
    const char *name;
    const void *data;
    size_t len;
    fds[n] = -1;
    if (!annals_fonts_builtin(n, &name, &data, &len) ||
        strcmp(name, annals_font_files[n]) != 0) {
      annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                       "font '%s' is not built into the program",
                       annals_font_files[n]);
      st = ANNALS_ERR_RENDER;
    } else if ((fds[n] = memory_file(name, data, len)) < 0) {
      annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                       "cannot load the built-in font '%s': %s", name,
                       strerror(errno));
      st = ANNALS_ERR_RENDER;
    } else {
      paths[n] = g_strdup_printf("/proc/self/fd/%d", fds[n]);
    }
  }
  if (st == ANNALS_OK && n == N_BUILTIN && annals_font_files[n]) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "font '%s' is not built into the program",
                     annals_font_files[n]);
    st = ANNALS_ERR_RENDER;
  }
  if (st == ANNALS_OK)
    st = open_faces((const char *const *)paths, "the program", out, d);
  for (size_t i = 0; i < n; i++) {
    g_free(paths[i]);
    if (st == ANNALS_OK)
      (*out)->fds[i] = fds[i];
    else if (fds[i] >= 0)
      close(fds[i]);
  }
  return st;
}
