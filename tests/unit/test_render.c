/* test_render.c - end-to-end drawing with the bundled fonts: PNG compared
 * with a tolerance to committed goldens (tests/render/NAME.png; a diff
 * image goes to $BUILD/tests/NAME.diff.png on failure), SVG structure
 * (viewBox, <title>, <desc>, real text, event groups, tooltips; the glyph
 * outline SVG), the SVG drawn by headless Chromium against the PNG, PDF
 * header and dates,
 * byte-identical output across runs, font errors, the PNG size cap.
 *
 * UPDATE_GOLDEN=1 rewrites the PNG goldens; look at them before
 * committing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annals.h"
#include "annals_render.h"

static annals_fonts *fonts;
static bool svg_outlines; /* render(): SVG as cairo's glyph outlines */

/* LeakSanitizer (SANITIZE=1 builds) reads this hook: fontconfig leaks
 * parts of the fonts it scans (FcFreeTypeQueryAll charsets) and pango's
 * font map loads the system configuration once in a thread; neither is
 * memory of ours, and both happen once per process. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  return "leak:libfontconfig.so\nleak:libpangoft2-1.0.so\n";
}

static int setup(void **s) {
  (void)s;
  annals_diags d;
  annals_diags_init(&d);
  annals_status st = annals_fonts_open("fonts", &fonts, &d);
  for (size_t i = 0; i < d.n; i++)
    annals_diag_print(&d.items[i], stderr);
  annals_diags_release(&d);
  return st == ANNALS_OK ? 0 : -1;
}

static int teardown(void **s) {
  (void)s;
  annals_fonts_free(fonts);
  return 0;
}

static annals_timeline *load_yaml(const char *path) {
  annals_diags d;
  annals_diags_init(&d);
  char *buf = NULL;
  size_t len = 0;
  annals_timeline *t = NULL;
  if (annals_read_file(path, 1 << 24, &buf, &len, &d) == ANNALS_OK)
    annals_timeline_read_yaml(buf, len, path, &t, &d);
  g_free(buf);
  annals_diags_release(&d);
  assert_non_null(t);
  return t;
}

static annals_layout *layout(const annals_timeline *t, annals_theme theme,
                             annals_lanes_by lanes) {
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  o.theme = theme;
  o.lanes = lanes;
  annals_measurer m;
  annals_measure_pango_init(&m, fonts);
  annals_layout *l = NULL;
  assert_int_equal(annals_layout_build(t, &o, &m, &l, NULL), ANNALS_OK);
  return l;
}

/* Renders to memory. */
static char *render(const annals_layout *l, const annals_timeline *t,
                    annals_format f, double scale, long long when,
                    size_t *len, annals_status *st_out) {
  annals_render_opts ro;
  annals_render_opts_init(&ro);
  ro.format = f;
  ro.scale = scale;
  ro.outlines = svg_outlines;
  ro.title = annals_timeline_title(t);
  char *desc = annals_layout_describe(t);
  ro.desc = desc;
  if (when >= 0)
    ro.create_time = when;
  char *buf = NULL;
  FILE *fp = open_memstream(&buf, len);
  annals_diags d;
  annals_diags_init(&d);
  annals_status st = annals_render(l, fonts, &ro, fp, &d);
  fclose(fp);
  if (st_out)
    *st_out = st;
  else
    assert_int_equal(st, ANNALS_OK);
  if (st != ANNALS_OK)
    assert_true(d.n_errors > 0);
  annals_diags_release(&d);
  g_free(desc);
  return buf;
}

/* ---- PNG comparison --------------------------------------------------- */

typedef struct {
  const unsigned char *p;
  size_t n, at;
} reader;

static cairo_status_t read_mem(void *c, unsigned char *data, unsigned len) {
  reader *r = c;
  if (r->at + len > r->n)
    return CAIRO_STATUS_READ_ERROR;
  memcpy(data, r->p + r->at, len);
  r->at += len;
  return CAIRO_STATUS_SUCCESS;
}

/* Compares two PNGs: same size, no channel off by more than max_delta on
 * more than max_share of the pixels.  Writes a diff image (differing
 * pixels in red over a faded copy) to diff_path on failure. */
static bool png_similar(const char *got, size_t got_len, const char *want_path,
                        int max_delta, double max_share,
                        const char *diff_path) {
  reader r = {(const unsigned char *)got, got_len, 0};
  cairo_surface_t *a = cairo_image_surface_create_from_png_stream(read_mem, &r);
  cairo_surface_t *b = cairo_image_surface_create_from_png(want_path);
  bool ok = false;
  if (cairo_surface_status(a) || cairo_surface_status(b)) {
    fprintf(stderr, "cannot read PNG (%s)\n", want_path);
    goto done;
  }
  int w = cairo_image_surface_get_width(a);
  int h = cairo_image_surface_get_height(a);
  if (w != cairo_image_surface_get_width(b) ||
      h != cairo_image_surface_get_height(b)) {
    fprintf(stderr, "%s: size %dx%d, want %dx%d\n", want_path, w, h,
            cairo_image_surface_get_width(b),
            cairo_image_surface_get_height(b));
    goto done;
  }
  cairo_surface_t *diff = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
  unsigned char *pa = cairo_image_surface_get_data(a);
  unsigned char *pb = cairo_image_surface_get_data(b);
  unsigned char *pd = cairo_image_surface_get_data(diff);
  int sa = cairo_image_surface_get_stride(a);
  int sb = cairo_image_surface_get_stride(b);
  int sd = cairo_image_surface_get_stride(diff);
  size_t bad = 0;
  int worst = 0;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++) {
      const unsigned char *qa = pa + y * sa + 4 * x, *qb = pb + y * sb + 4 * x;
      unsigned char *qd = pd + y * sd + 4 * x;
      int dmax = 0;
      for (int c = 0; c < 4; c++) {
        int dd = abs(qa[c] - qb[c]);
        if (dd > dmax)
          dmax = dd;
      }
      if (dmax > worst)
        worst = dmax;
      bool off = dmax > max_delta;
      bad += off;
      qd[0] = off ? 0 : (unsigned char)(192 + qb[0] / 4);
      qd[1] = off ? 0 : (unsigned char)(192 + qb[1] / 4);
      qd[2] = off ? 255 : (unsigned char)(192 + qb[2] / 4);
      qd[3] = 255;
    }
  cairo_surface_mark_dirty(diff);
  double share = (double)bad / ((double)w * h);
  ok = share <= max_share;
  if (!ok) {
    fprintf(stderr, "%s: %.3f%% of pixels differ by more than %d (worst %d); "
                    "diff in %s\n",
            want_path, 100 * share, max_delta, worst, diff_path);
    cairo_surface_write_to_png(diff, diff_path);
  }
  cairo_surface_destroy(diff);
done:
  cairo_surface_destroy(a);
  cairo_surface_destroy(b);
  return ok;
}

static bool updating(void) {
  const char *u = getenv("UPDATE_GOLDEN");
  return u && *u && strcmp(u, "0") != 0;
}

static void png_golden(const char *yaml, const char *name, annals_theme th,
                       annals_lanes_by lanes, double scale) {
  annals_timeline *t = load_yaml(yaml);
  annals_layout *l = layout(t, th, lanes);
  size_t len;
  char *png = render(l, t, ANNALS_FORMAT_PNG, scale, -1, &len, NULL);
  char path[256], diff[256];
  snprintf(path, sizeof path, "tests/render/%s.png", name);
  const char *build = getenv("BUILD");
  snprintf(diff, sizeof diff, "%s/tests/%s.diff.png", build ? build : "build",
           name);
  if (updating()) {
    assert_true(g_file_set_contents(path, png, (gssize)len, NULL));
  } else {
    /* Antialiasing and freetype versions move edges: allow 1% of pixels
     * off by more than 48 levels. */
    assert_true(png_similar(png, len, path, 48, 0.01, diff));
  }
  free(png);
  annals_layout_free(l);
  annals_timeline_free(t);
}

static void test_png_design(void **s) {
  (void)s;
  png_golden("tests/layout/design-12.yaml", "design-12", ANNALS_THEME_LIGHT,
             ANNALS_LANES_NONE, 1);
}

static void test_png_scripts_2x(void **s) {
  (void)s;
  png_golden("tests/layout/long-titles.yaml", "long-titles-2x",
             ANNALS_THEME_LIGHT, ANNALS_LANES_NONE, 2);
}

static void test_png_lanes_dark(void **s) {
  (void)s;
  png_golden("tests/layout/lanes-actor.yaml", "lanes-actor-dark",
             ANNALS_THEME_DARK, ANNALS_LANES_ACTOR, 1);
}

static void test_png_comparer_fails(void **s) {
  (void)s;
  /* The comparer is not blind: a different chart does not pass. */
  if (updating())
    return;
  annals_timeline *t = load_yaml("tests/layout/precision.yaml");
  annals_layout *l = layout(t, ANNALS_THEME_LIGHT, ANNALS_LANES_NONE);
  size_t len;
  char *png = render(l, t, ANNALS_FORMAT_PNG, 1, -1, &len, NULL);
  const char *build = getenv("BUILD");
  char diff[256];
  snprintf(diff, sizeof diff, "%s/tests/comparer.diff.png",
           build ? build : "build");
  assert_false(png_similar(png, len, "tests/render/design-12.png", 48, 0.01,
                           diff));
  free(png);
  annals_layout_free(l);
  annals_timeline_free(t);
}

/* ---- SVG, PDF, determinism ------------------------------------------- */

/* strstr for binary data (PDF streams hold NUL bytes). */
static const char *mem_find(const char *h, size_t n, const char *needle) {
  size_t k = strlen(needle);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(h + i, needle, k) == 0)
      return h + i;
  return NULL;
}

/* Counts the elements of an XML document; -1 when GMarkup finds it
 * malformed. */
static void count_start(GMarkupParseContext *c, const char *name,
                        const char **an, const char **av, void *u,
                        GError **e) {
  (void)c, (void)name, (void)an, (void)av, (void)e;
  ++*(int *)u;
}

static int xml_elements(const char *doc, size_t len) {
  const char *p = strstr(doc, "<svg"); /* GMarkup skips no <?xml?> */
  GMarkupParser mp = {count_start, NULL, NULL, NULL, NULL};
  int n = 0;
  GMarkupParseContext *c = g_markup_parse_context_new(&mp, 0, &n, NULL);
  bool ok = p && g_markup_parse_context_parse(c, p, (gssize)(len - (size_t)(p - doc)), NULL) &&
            g_markup_parse_context_end_parse(c, NULL);
  g_markup_parse_context_free(c);
  return ok ? n : -1;
}

static size_t count(const char *h, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(h, needle); p; p = strstr(p + 1, needle))
    n++;
  return n;
}

static void test_svg_structure(void **s) {
  (void)s;
  annals_timeline *t = load_yaml("tests/layout/long-titles.yaml");
  annals_layout *l = layout(t, ANNALS_THEME_LIGHT, ANNALS_LANES_NONE);
  size_t len, len2;
  char *svg = render(l, t, ANNALS_FORMAT_SVG, 1, -1, &len, NULL);
  char *svg2 = render(l, t, ANNALS_FORMAT_SVG, 1, -1, &len2, NULL);
  assert_int_equal(len, len2);
  assert_memory_equal(svg, svg2, len);
  assert_true(strncmp(svg, "<?xml", 5) == 0);
  assert_true(xml_elements(svg, len) > 20);
  char *open = strstr(svg, "<svg");
  assert_non_null(open);
  char *gt = strchr(open, '>');
  assert_non_null(strstr(open, "viewBox=\"0 0 960 "));
  /* <title> and <desc> come first inside <svg>. */
  assert_true(strncmp(gt + 1, "\n<title>Long titles, other scripts</title>",
                      41) == 0);
  char *desc = strstr(svg, "<desc>");
  assert_non_null(desc);
  assert_non_null(strstr(desc, "2 Mar 2025: A very long title"));
  /* Real text in named families, no glyph outlines. */
  assert_non_null(strstr(svg, "font-family:'Noto Sans','Noto Naskh Arabic'"));
  assert_null(strstr(svg, "<path"));
  assert_null(strstr(svg, "<symbol"));
  char *line = strstr(svg, ">A very long title that goes on and on</text>");
  assert_non_null(line);
  /* Right-to-left lines say so. */
  char *rtl = strstr(svg, " direction=\"rtl\"");
  assert_non_null(rtl);
  assert_non_null(strstr(rtl, "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa"));
  /* The ellipsized line keeps the whole title as its tooltip. */
  assert_non_null(strstr(svg, "over the weekend</title>negotiations, the "
                              "venue, the\xe2\x80\xa6</text>"));
  /* One group per label, with the event's id and its tooltip. */
  char *g = strstr(svg, "<g id=\"ev-long\" class=\"event\"><title>2 Mar 2025: "
                        "A very long title");
  assert_non_null(g);
  assert_true(g < line);
  assert_int_equal(count(svg, "<g id=\"ev-"), l->n_labels);
  free(svg);
  free(svg2);
  annals_layout_free(l);
  annals_timeline_free(t);
}

/* Every event has its group: an id unless it shares its marker with
 * others of the same date (they share the group), and its tooltip. */
static void test_svg_event_groups(void **s) {
  (void)s;
  annals_timeline *t = load_yaml("tests/layout/design-12.yaml");
  annals_layout *l = layout(t, ANNALS_THEME_LIGHT, ANNALS_LANES_NONE);
  size_t len;
  char *svg = render(l, t, ANNALS_FORMAT_SVG, 1, -1, &len, NULL);
  assert_true(xml_elements(svg, len) > 20);
  size_t shared = 0;
  for (size_t i = 0; i < l->n_markers; i++) {
    const annals_marker *m = &l->markers[i];
    char *want = g_strdup_printf("<g id=\"ev-%s\" class=\"event\"><title>",
                                 m->id);
    char *at = strstr(svg, want);
    if (m->count == 1) {
      assert_non_null(at);
      /* Its own tooltip comes first in its group's title. */
      char *date = g_strndup(m->tip, strcspn(m->tip, ":"));
      assert_true(strncmp(at + strlen(want), date, strlen(date)) == 0);
      g_free(date);
    } else {
      shared += at == NULL;
    }
    g_free(want);
  }
  /* 26 May: two events, one marker, one id. */
  assert_int_equal(shared, 1);
  assert_int_equal(count(svg, "<g id=\"ev-"), l->n_markers - shared);
  free(svg);
  annals_layout_free(l);
  annals_timeline_free(t);
}

static void test_svg_outlines(void **s) {
  (void)s;
  annals_timeline *t = load_yaml("tests/layout/long-titles.yaml");
  annals_layout *l = layout(t, ANNALS_THEME_LIGHT, ANNALS_LANES_NONE);
  size_t len, len2;
  svg_outlines = true;
  char *svg = render(l, t, ANNALS_FORMAT_SVG, 1, -1, &len, NULL);
  char *svg2 = render(l, t, ANNALS_FORMAT_SVG, 1, -1, &len2, NULL);
  svg_outlines = false;
  assert_int_equal(len, len2);
  assert_memory_equal(svg, svg2, len);
  assert_true(xml_elements(svg, len) > 20);
  assert_null(strstr(svg, "<text"));
  assert_non_null(strstr(svg, "<path"));
  char *open = strstr(svg, "<svg");
  char *gt = strchr(open, '>');
  assert_true(strncmp(gt + 1, "\n<title>Long titles, other scripts</title>",
                      41) == 0);
  /* The ellipsized title is kept whole as a tooltip. */
  char *tip = strstr(svg, "pointer-events=\"all\"");
  assert_non_null(tip);
  assert_non_null(strstr(tip, "over the weekend</title></rect>"));
  assert_true(strstr(svg, "</svg>") > tip);
  free(svg);
  free(svg2);
  annals_layout_free(l);
  annals_timeline_free(t);
}

/* ---- the SVG in a browser engine --------------------------------------- */

/* Draws NAME's SVG (real text) with headless Chromium, the bundled fonts
 * its only fonts, and compares the screenshot with our PNG of the same
 * layout at 96/72 pixels per point (a CSS pixel is 3/4 of a point).
 * Text antialiasing differs between the engines: allow 1.5% of the pixels
 * off by more than 64 levels (Chromium 1xx: 0.9% for long-titles, 0.4%
 * for lanes-actor-dark; every text line 1 point lower: 1.8%, 3 points
 * lower: 2.7%). */
static void browser_compare(const char *chromium, const char *yaml,
                            const char *name, annals_theme th,
                            annals_lanes_by lanes) {
  const char *build = getenv("BUILD");
  char *dir = g_strdup_printf("%s/tests/chromium", build ? build : "build");
  g_mkdir_with_parents(dir, 0755);
  char *cwd = g_get_current_dir();
  char *conf = g_strdup_printf("%s/fonts.conf", dir);
  char *conf_text = g_strdup_printf(
      "<?xml version=\"1.0\"?>\n<fontconfig><dir>%s/fonts</dir>"
      "<cachedir>%s/%s/fc-cache</cachedir></fontconfig>\n",
      cwd, cwd, dir);
  assert_true(g_file_set_contents(conf, conf_text, -1, NULL));
  annals_timeline *t = load_yaml(yaml);
  annals_layout *l = layout(t, th, lanes);
  size_t svg_len, png_len;
  char *svg = render(l, t, ANNALS_FORMAT_SVG, 1, -1, &svg_len, NULL);
  char *png = render(l, t, ANNALS_FORMAT_PNG, 4.0 / 3, -1, &png_len, NULL);
  char *svg_path = g_strdup_printf("%s/%s/%s.svg", cwd, dir, name);
  char *shot = g_strdup_printf("%s/%s/%s.png", cwd, dir, name);
  assert_true(g_file_set_contents(svg_path, svg, (gssize)svg_len, NULL));
  g_unlink(shot);
  char *size = g_strdup_printf("--window-size=%.0f,%.0f",
                               ceil(l->width * 4 / 3 - 1e-6),
                               ceil(l->height * 4 / 3 - 1e-6));
  char *shot_arg = g_strdup_printf("--screenshot=%s", shot);
  char *profile = g_strdup_printf("--user-data-dir=%s/%s/profile", cwd, dir);
  char *url = g_strdup_printf("file://%s", svg_path);
  char a0[] = "timeout", a1[] = "120", a3[] = "--headless",
       a4[] = "--no-sandbox", a5[] = "--disable-gpu",
       a6[] = "--hide-scrollbars", a7[] = "--force-device-scale-factor=1";
  char *chrome = g_strdup(chromium);
  char *argv[] = {a0, a1, chrome, a3, a4, a5, a6, a7,
                  size, shot_arg, profile, url, NULL};
  char **env = g_get_environ();
  env = g_environ_setenv(env, "FONTCONFIG_FILE", conf, TRUE);
  env = g_environ_setenv(env, "HOME", dir, TRUE);
  int status = -1;
  gboolean ran = g_spawn_sync(NULL, argv, env,
                              G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                                  G_SPAWN_STDERR_TO_DEV_NULL,
                              NULL, NULL, NULL, NULL, &status, NULL);
  assert_true(ran);
  assert_true(g_file_test(shot, G_FILE_TEST_EXISTS));
  char *diff = g_strdup_printf("%s/%s.diff.png", dir, name);
  assert_true(png_similar(png, png_len, shot, 64, 0.015, diff));
  g_strfreev(env);
  free(svg);
  free(png);
  g_free(dir), g_free(cwd), g_free(conf), g_free(conf_text);
  g_free(svg_path), g_free(shot), g_free(size), g_free(shot_arg);
  g_free(profile), g_free(url), g_free(diff), g_free(chrome);
  annals_layout_free(l);
  annals_timeline_free(t);
}

static void test_svg_in_chromium(void **s) {
  (void)s;
  char *chromium = g_find_program_in_path("chromium");
  if (!chromium)
    chromium = g_find_program_in_path("chromium-browser");
  char *timeout = g_find_program_in_path("timeout");
  if (!chromium || !timeout) {
    fprintf(stderr, "test_svg_in_chromium: skipped, no chromium in PATH "
                    "(Debian: apt-get install chromium)\n");
    g_free(chromium);
    g_free(timeout);
    skip();
  }
  g_free(timeout);
  browser_compare(chromium, "tests/layout/lanes-actor.yaml",
                  "lanes-actor-dark", ANNALS_THEME_DARK, ANNALS_LANES_ACTOR);
  browser_compare(chromium, "tests/layout/long-titles.yaml", "long-titles",
                  ANNALS_THEME_LIGHT, ANNALS_LANES_NONE);
  g_free(chromium);
}

static void test_pdf_and_png_deterministic(void **s) {
  (void)s;
  annals_timeline *t = load_yaml("tests/layout/design-12.yaml");
  annals_layout *l = layout(t, ANNALS_THEME_PRINT, ANNALS_LANES_NONE);
  size_t a, b, c;
  char *p1 = render(l, t, ANNALS_FORMAT_PDF, 1, -1, &a, NULL);
  char *p2 = render(l, t, ANNALS_FORMAT_PDF, 1, -1, &b, NULL);
  assert_true(strncmp(p1, "%PDF-", 5) == 0);
  assert_int_equal(a, b);
  assert_memory_equal(p1, p2, a);
  /* No date unless one is given: no fixed fake date, no clock. */
  assert_null(mem_find(p1, a, "/CreationDate"));
  assert_null(mem_find(p1, a, "/ModDate"));
  assert_non_null(mem_find(p1, a, "/Creator (annals)"));
  /* SOURCE_DATE_EPOCH-style dates are honoured. */
  char *p3 = render(l, t, ANNALS_FORMAT_PDF, 1, 1700000000, &c, NULL);
  assert_non_null(mem_find(p3, c, "/CreationDate (20231114221320Z)"));
  assert_non_null(mem_find(p3, c, "/ModDate (20231114221320Z)"));
  free(p1);
  free(p2);
  free(p3);
  char *g1 = render(l, t, ANNALS_FORMAT_PNG, 1.5, -1, &a, NULL);
  char *g2 = render(l, t, ANNALS_FORMAT_PNG, 1.5, -1, &b, NULL);
  assert_int_equal(a, b);
  assert_memory_equal(g1, g2, a);
  assert_true(memcmp(g1, "\x89PNG", 4) == 0);
  free(g1);
  free(g2);
  annals_layout_free(l);
  annals_timeline_free(t);
}

static void test_png_cap(void **s) {
  (void)s;
  annals_timeline *t = load_yaml("tests/layout/one-event.yaml");
  annals_layout_opts o;
  annals_layout_opts_init(&o);
  o.width = 4000;
  annals_measurer m;
  annals_measure_pango_init(&m, fonts);
  annals_layout *l = NULL;
  assert_int_equal(annals_layout_build(t, &o, &m, &l, NULL), ANNALS_OK);
  size_t len;
  annals_status st;
  /* 4000 points at scale 9: 36000 pixels, over cairo's 32767. */
  char *png = render(l, t, ANNALS_FORMAT_PNG, 9, -1, &len, &st);
  assert_int_equal(st, ANNALS_ERR_ARG);
  assert_int_equal(len, 0); /* nothing written */
  free(png);
  png = render(l, t, ANNALS_FORMAT_PNG, 1000, -1, &len, &st);
  assert_int_equal(st, ANNALS_ERR_ARG);
  free(png);
  annals_layout_free(l);
  annals_timeline_free(t);
}

static void test_font_errors(void **s) {
  (void)s;
  annals_fonts *f = NULL;
  annals_diags d;
  annals_diags_init(&d);
  assert_int_equal(annals_fonts_open("tests/no-such-dir", &f, &d),
                   ANNALS_ERR_RENDER);
  assert_null(f);
  assert_non_null(strstr(d.items[0].message, "tests/no-such-dir"));
  annals_diags_release(&d);
  /* A directory missing a face names the face. */
  char *dir = g_dir_make_tmp("annals-fonts-XXXXXX", NULL);
  assert_non_null(dir);
  char *src = NULL;
  gsize n = 0;
  assert_true(g_file_get_contents("fonts/NotoSans-Regular.ttf", &src, &n,
                                  NULL));
  char *dst = g_build_filename(dir, "NotoSans-Regular.ttf", NULL);
  assert_true(g_file_set_contents(dst, src, (gssize)n, NULL));
  annals_diags_init(&d);
  assert_int_equal(annals_fonts_open(dir, &f, &d), ANNALS_ERR_RENDER);
  assert_non_null(strstr(d.items[0].message, "NotoSans-Bold.ttf"));
  annals_diags_release(&d);
  g_unlink(dst);
  g_rmdir(dir);
  g_free(dst);
  g_free(src);
  g_free(dir);
}

/* The faces built into the library are the files of fonts/, and measure
 * text exactly as the directory's faces do (so a program copied on its
 * own draws the same chart). */
static void test_builtin_fonts(void **s) {
  (void)s;
  size_t i = 0;
  for (; annals_font_files[i]; i++) {
    const char *name = NULL;
    const void *data = NULL;
    size_t len = 0;
    assert_true(annals_fonts_builtin(i, &name, &data, &len));
    assert_string_equal(name, annals_font_files[i]);
    char *path = g_build_filename("fonts", name, NULL);
    char *want = NULL;
    gsize want_len = 0;
    assert_true(g_file_get_contents(path, &want, &want_len, NULL));
    assert_int_equal(len, want_len);
    assert_memory_equal(data, want, len);
    g_free(want);
    g_free(path);
  }
  const char *name;
  const void *data;
  size_t len;
  assert_false(annals_fonts_builtin(i, &name, &data, &len));
  annals_fonts *b = NULL;
  annals_diags d;
  annals_diags_init(&d);
  assert_int_equal(annals_fonts_open_builtin(&b, &d), ANNALS_OK);
  assert_int_equal(d.n, 0);
  annals_measurer mb, md;
  annals_measure_pango_init(&mb, b);
  annals_measure_pango_init(&md, fonts);
  static const char *const texts[] = {
      "Ceasefire agreed in Doha", "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86",
      "\xe0\xa4\xad\xe0\xa4\xbe\xe0\xa4\xb0\xe0\xa4\xa4"};
  for (size_t k = 0; k < G_N_ELEMENTS(texts); k++)
    for (int r = 0; r < ANNALS_FONT_COUNT; r++) {
      double wb = mb.width(mb.ctx, (annals_font_role)r, texts[k],
                           strlen(texts[k]));
      double wd = md.width(md.ctx, (annals_font_role)r, texts[k],
                           strlen(texts[k]));
      assert_true(wb > 1);
      assert_true(wb == wd);
    }
  annals_fonts_free(b);
  annals_diags_release(&d);
}

static void test_measure_consistent(void **s) {
  (void)s;
  /* One context for every format: widths do not depend on a surface and
   * Arabic-script text is measured with its shaping (narrower than the
   * same number of Latin letters would suggest is not assumed; just
   * positive and stable). */
  annals_measurer m;
  annals_measure_pango_init(&m, fonts);
  const char *u = "\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86";
  double w1 = m.width(m.ctx, ANNALS_FONT_LABEL, u, strlen(u));
  double w2 = m.width(m.ctx, ANNALS_FONT_LABEL, u, strlen(u));
  assert_true(w1 > 5 && w1 == w2);
  double a = m.width(m.ctx, ANNALS_FONT_LABEL, "Ceasefire", 9);
  double b = m.width(m.ctx, ANNALS_FONT_LABEL_DATE, "Ceasefire", 9);
  assert_true(a > 20 && b > a); /* bold is wider */
  assert_true(m.line_height(m.ctx, ANNALS_FONT_TITLE) >
              m.line_height(m.ctx, ANNALS_FONT_LABEL));
  annals_line_span sp[3];
  const char *txt = "one two three four five six seven eight nine ten";
  size_t nl = m.wrap(m.ctx, ANNALS_FONT_LABEL, txt, strlen(txt), 60, sp, 3);
  assert_true(nl >= 3);
  for (size_t i = 0; i < 3; i++)
    assert_true(sp[i].width <= 60 + 0.01 && sp[i].len > 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_png_design),
      cmocka_unit_test(test_png_scripts_2x),
      cmocka_unit_test(test_png_lanes_dark),
      cmocka_unit_test(test_png_comparer_fails),
      cmocka_unit_test(test_svg_structure),
      cmocka_unit_test(test_svg_event_groups),
      cmocka_unit_test(test_svg_outlines),
      cmocka_unit_test(test_svg_in_chromium),
      cmocka_unit_test(test_pdf_and_png_deterministic),
      cmocka_unit_test(test_png_cap),
      cmocka_unit_test(test_font_errors),
      cmocka_unit_test(test_builtin_fonts),
      cmocka_unit_test(test_measure_consistent),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
