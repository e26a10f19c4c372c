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
#include "render/fonts_int.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <errno.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

const char *const annals_font_files[] = {
    "NotoSans-Regular.ttf",          "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",   "NotoSansDevanagari-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",    "NotoSansArmenian-Regular.ttf",
    "NotoSansGeorgian-Regular.ttf",  NULL};

#define FAMILY "Noto Sans"

/* The faces linked in (fonts_blob.S): start, end and file name of each, in
 * the order of annals_font_files. */
#define N_BUILTIN 7
#define BLOB(k)                                                                \
  extern const unsigned char annals_font_blob_##k[],                           \
      annals_font_blob_##k##_end[];                                            \
  extern const char annals_font_blob_##k##_name[];
BLOB(0)
BLOB(1)
BLOB(2)
BLOB(3)
BLOB(4)
BLOB(5)
BLOB(6)
#undef BLOB

struct annals_fonts {
  int fds[N_BUILTIN]; /* the in-memory files of the builtin faces, or -1 */
  FcConfig *config;
  PangoFontMap *map;
  PangoContext *ctx;
  PangoFontDescription *desc[ANNALS_FONT_COUNT];
  PangoLayout *layout[ANNALS_FONT_COUNT];
  double line_h[ANNALS_FONT_COUNT];
  double base_ascii[ANNALS_FONT_COUNT]; /* baseline of ASCII text, or -1 */
  FcCharSet *covered; /* every character some face of ours has */
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

static bool is_face_file(const char *name) {
  return g_str_has_suffix(name, ".ttf") || g_str_has_suffix(name, ".otf") ||
         g_str_has_suffix(name, ".ttc");
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the faces of dir beyond the required ones (a CJK face, say), in
 * name order so that fallback does not depend on the directory's order.
 * Returns false, naming the file, when one cannot be loaded. */
static bool add_extra_faces(FcConfig *cfg, const char *dir, annals_diags *d) {
  GDir *gd = g_dir_open(dir, 0, NULL);
  if (!gd)
    return true;
  GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
  const char *n;
  while ((n = g_dir_read_name(gd))) {
    bool required = false;
    for (size_t i = 0; annals_font_files[i]; i++)
      required = required || strcmp(n, annals_font_files[i]) == 0;
    if (!required && is_face_file(n))
      g_ptr_array_add(names, g_strdup(n));
  }
  g_dir_close(gd);
  if (names->len > 1) /* pdata is NULL while the array is empty */
    qsort(names->pdata, names->len, sizeof(char *), cmp_str);
  bool ok = true;
  for (guint i = 0; i < names->len && ok; i++) {
    char *p = g_build_filename(dir, names->pdata[i], NULL);
    ok = FcConfigAppFontAddFile(cfg, (const FcChar8 *)p);
    if (!ok)
      annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                       "cannot load font '%s' from '%s'",
                       (char *)names->pdata[i], dir);
    g_free(p);
  }
  g_ptr_array_free(names, TRUE);
  return ok;
}

/* The union of the characters of every face in cfg. */
static FcCharSet *covered_chars(FcConfig *cfg) {
  FcCharSet *all = FcCharSetCreate();
  FcFontSet *fs = FcConfigGetFonts(cfg, FcSetApplication);
  for (int i = 0; fs && i < fs->nfont; i++) {
    FcCharSet *cs = NULL;
    if (FcPatternGetCharSet(fs->fonts[i], FC_CHARSET, 0, &cs) ==
        FcResultMatch)
      FcCharSetMerge(all, cs, NULL);
  }
  return all;
}

static annals_status open_faces(const char *const *paths, const char *where,
                                const char *extra_dir, annals_fonts **out,
                                annals_diags *d);

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
  char *where = g_strdup_printf("'%s'", dir);
  annals_status st =
      open_faces((const char *const *)paths, where, dir, out, d);
  g_free(where);
  for (size_t i = 0; i < n; i++)
    g_free(paths[i]);
  return st;
}

/* Loads the faces at paths[] (in the order of annals_font_files; where
 * names them in messages), and the extra faces of extra_dir unless NULL,
 * into a new annals_fonts. */
static annals_status open_faces(const char *const *paths, const char *where,
                                const char *extra_dir, annals_fonts **out,
                                annals_diags *d) {
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
  if (extra_dir && !add_extra_faces(cfg, extra_dir, d)) {
    FcConfigDestroy(cfg);
    return ANNALS_ERR_RENDER;
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
  f->covered = covered_chars(cfg);
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
  if (f->covered)
    FcCharSetDestroy(f->covered);
  if (f->config)
    FcConfigDestroy(f->config);
  for (int i = 0; i < N_BUILTIN; i++)
    if (f->fds[i] >= 0)
      close(f->fds[i]);
  g_free(f);
}

bool annals_fonts_covers(const annals_fonts *f, uint32_t c) {
  /* Controls, spaces and format characters (joiners, marks of direction)
   * draw nothing: never missing. */
  if (c < 0x20 || g_unichar_isspace(c) ||
      g_unichar_type(c) == G_UNICODE_FORMAT ||
      g_unichar_type(c) == G_UNICODE_CONTROL)
    return true;
  return FcCharSetHasChar(f->covered, c);
}

/* A script's name in English for the scripts a news title is likely to
 * be in; others by their ISO 15924 code. */
static void script_name(GUnicodeScript s, char *buf, size_t size) {
  static const struct {
    GUnicodeScript s;
    const char *name;
  } names[] = {
      {G_UNICODE_SCRIPT_HAN, "Chinese (Han)"},
      {G_UNICODE_SCRIPT_HIRAGANA, "Japanese (Hiragana)"},
      {G_UNICODE_SCRIPT_KATAKANA, "Japanese (Katakana)"},
      {G_UNICODE_SCRIPT_HANGUL, "Korean (Hangul)"},
      {G_UNICODE_SCRIPT_THAI, "Thai"},
      {G_UNICODE_SCRIPT_ETHIOPIC, "Ethiopic"},
      {G_UNICODE_SCRIPT_BENGALI, "Bengali"},
      {G_UNICODE_SCRIPT_TAMIL, "Tamil"},
      {G_UNICODE_SCRIPT_GURMUKHI, "Gurmukhi"},
      {G_UNICODE_SCRIPT_GUJARATI, "Gujarati"},
      {G_UNICODE_SCRIPT_SINHALA, "Sinhala"},
      {G_UNICODE_SCRIPT_KHMER, "Khmer"},
      {G_UNICODE_SCRIPT_MYANMAR, "Myanmar"},
      {G_UNICODE_SCRIPT_TIBETAN, "Tibetan"},
      {G_UNICODE_SCRIPT_SYRIAC, "Syriac"},
      {G_UNICODE_SCRIPT_THAANA, "Thaana"},
      {G_UNICODE_SCRIPT_HEBREW, "Hebrew"},
      {G_UNICODE_SCRIPT_ARMENIAN, "Armenian"},
      {G_UNICODE_SCRIPT_GEORGIAN, "Georgian"},
      {G_UNICODE_SCRIPT_COMMON, "symbols"},
  };
  for (size_t i = 0; i < G_N_ELEMENTS(names); i++)
    if (names[i].s == s) {
      snprintf(buf, size, "%s", names[i].name);
      return;
    }
  guint32 tag = g_unicode_script_to_iso15924(s);
  snprintf(buf, size, "%c%c%c%c", (char)(tag >> 24), (char)(tag >> 16),
           (char)(tag >> 8), (char)tag);
}

/* Appends to names (", "-separated, each once) the scripts of the
 * characters of s that no face covers; returns whether there was one. */
static bool missing_scripts(const annals_fonts *f, const char *s,
                            GString *names) {
  bool any = false;
  if (!s || !g_utf8_validate(s, -1, NULL))
    return false;
  for (const char *p = s; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    if (annals_fonts_covers(f, c))
      continue;
    char name[32];
    script_name(g_unichar_get_script(c), name, sizeof name);
    any = true;
    bool seen = false;
    for (const char *q = strstr(names->str, name); q && !seen;
         q = strstr(q + 1, name))
      seen = (q == names->str || q[-1] == ' ') &&
             (q[strlen(name)] == ',' || q[strlen(name)] == '\0');
    if (!seen)
      g_string_append_printf(names, "%s%s", names->len ? ", " : "", name);
  }
  return any;
}

size_t annals_fonts_check_timeline(const annals_fonts *f,
                                   const annals_timeline *t,
                                   annals_diags *d) {
  size_t bad = 0;
  GString *names = g_string_new(NULL);
  size_t n = annals_timeline_count(t);
  for (size_t i = 0; i < n; i++) {
    const annals_event *e = annals_timeline_get(t, i);
    g_string_truncate(names, 0);
    if (!missing_scripts(f, e->title, names))
      continue;
    bad++;
    annals_diags_add(d, ANNALS_SEV_WARNING, e->yaml_file, e->yaml_line,
                     e->yaml_column, SIZE_MAX,
                     "event '%s': the title has %s characters that no "
                     "bundled font has; they are drawn as empty boxes (add "
                     "a font for them to a copy of the font directory and "
                     "give it with --fontdir)",
                     e->id ? e->id : "", names->str);
  }
  g_string_free(names, TRUE);
  return bad;
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
      annals_font_blob_3, annals_font_blob_4, annals_font_blob_5,
      annals_font_blob_6};
  static const unsigned char *const end[N_BUILTIN] = {
      annals_font_blob_0_end, annals_font_blob_1_end, annals_font_blob_2_end,
      annals_font_blob_3_end, annals_font_blob_4_end, annals_font_blob_5_end,
      annals_font_blob_6_end};
  static const char *const names[N_BUILTIN] = {
      annals_font_blob_0_name, annals_font_blob_1_name,
      annals_font_blob_2_name, annals_font_blob_3_name,
      annals_font_blob_4_name, annals_font_blob_5_name,
      annals_font_blob_6_name};
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
    st = open_faces((const char *const *)paths, "the program", NULL, out, d);
  for (size_t i = 0; i < n; i++) {
    g_free(paths[i]);
    if (st == ANNALS_OK)
      (*out)->fds[i] = fds[i];
    else if (fds[i] >= 0)
      close(fds[i]);
  }
  return st;
}
