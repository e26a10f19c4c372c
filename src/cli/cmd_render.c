/*
 * cmd_render.c - annals render: draw YAML event records as a timeline.
 *
 *   annals render [-T svg|png|pdf|json] [-o FILE] [options] FILE.yaml...
 *
 * Several files merge into one timeline ('-' reads standard input).  The
 * format is -T, else the extension of -o, else SVG.  The fonts come from
 * --fontdir, else from the directories listed in fonts/README next to the
 * executable, else from the copies built into it.  Exit 0 success, 1
 * input or render error (nothing to draw, or, with --strict, events folded
 * into "+N more"), 2 usage error.
 */
#include "cli/cmd.h"
#include "cli/cmd_docs.h"
#include "internal.h"

#include "annals_render.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char usage_line[] =
    "annals render [-T svg|png|pdf|json] [-o FILE] [--width PT|a4]\n"
    "              [--scale N | --dpi N]\n"
    "              [--theme light|dark|print] [--lanes actor|type]\n"
    "              [--layout horizontal|vertical] [--svg-outlines]\n"
    "              [--fontdir DIR] [--strict] [--watch] [--top N]\n"
    "              [--title T] [--subtitle S] [--source S] FILE.yaml...";

static void help(void) {
  printf(
      "usage: %s\n\n"
      "Draws the events of YAML record files (merged into one timeline) as\n"
      "a timeline chart.  '-' reads standard input.\n\n"
      "Options:\n"
      "  -T FORMAT         svg, png, pdf, or json (the computed layout:\n"
      "                    canvas, axis, ticks, markers, label boxes);\n"
      "                    default: the extension of -o, else svg\n"
      "  -o, --output FILE write to FILE (atomically) instead of stdout;\n"
      "                    PNG and PDF are never written to a terminal\n"
      "  -w, --width PT    canvas width in points, 200..20000 (default 960);\n"
      "                    a4: 160 mm, the text column of an A4 page\n"
      "  -s, --scale N     PNG pixels per point, 0.25..16 (default 2: sharp\n"
      "                    on a laptop and in a document; 1 for a PNG more\n"
      "                    than 16383 points wide or tall)\n"
      "      --dpi N       PNG resolution for print, 18..1152 (--scale N/72;\n"
      "                    300 for a printed page)\n"
      "      --theme NAME  light (default), dark or print\n"
      "      --lanes BY    one lane per first actor or per event type\n"
      "      --layout L    horizontal (default): time runs left to right,\n"
      "                    labels that find no room are folded; vertical:\n"
      "                    time runs down the page, which grows so that\n"
      "                    every event gets its whole label\n"
      "      --svg-outlines  SVG with every glyph drawn as an outline: the\n"
      "                    same pixels everywhere, but no selectable text\n"
      "                    (default: real <text> in the Noto families,\n"
      "                    which a viewer without them draws in its own\n"
      "                    sans-serif face)\n"
      "      --fontdir DIR fonts to use (default: the bundled fonts, from\n"
      "                    ../share/annals/fonts next to the program, else\n"
      "                    built into it; see fonts/README)\n"
      "      --strict      fail (exit 1) when events had to be folded into\n"
      "                    \"+N more\" notes for lack of room\n"
      "      --watch       render again whenever an input file changes\n"
      "                    (needs -o; stop with Ctrl-C)\n"
      "      --top N       draw only the events of the N most salient days\n"
      "                    (the days most documents report)\n"
      "      --title T, --subtitle S, --source S\n"
      "                    the chart text (default: the files' own; for\n"
      "                    files with different titles, drawn from all)\n"
      "  -h, --help        show this help\n\n"
      "Environment: SOURCE_DATE_EPOCH sets the PDF creation date; without\n"
      "it the PDF has none, so output is byte-identical across runs.\n\n"
      "Exit status: 0 success, 1 invalid input, no dated event to draw,\n"
      "render or write error (and folded events with --strict), 2 usage\n"
      "error.\n",
      usage_line);
}

typedef enum { FMT_SVG, FMT_PNG, FMT_PDF, FMT_JSON, FMT_NONE } fmt;

/* LeakSanitizer (SANITIZE=1 builds) reads this hook: fontconfig leaks
 * parts of the fonts it scans (FcFreeTypeQueryAll charsets) and pango's
 * font map loads the system configuration once in a thread; neither is
 * memory of ours, and both happen once per process. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  return "leak:libfontconfig.so\nleak:libpangoft2-1.0.so\n";
}

static fmt parse_format(const char *s) {
  static const char *const names[] = {"svg", "png", "pdf", "json"};
  for (size_t i = 0; i < ARRAY_SIZE(names); i++)
    if (g_ascii_strcasecmp(s, names[i]) == 0)
      return (fmt)i;
  return FMT_NONE;
}

static fmt format_from_path(const char *path) {
  const char *dot = strrchr(path, '.');
  const char *slash = strrchr(path, '/');
  if (!dot || (slash && dot < slash))
    return FMT_NONE;
  return parse_format(dot + 1);
}

static bool has_faces(const char *dir) {
  char *p = g_build_filename(dir, "NotoSans-Regular.ttf", NULL);
  struct stat st;
  bool ok = stat(p, &st) == 0;
  g_free(p);
  return ok;
}

/* The font directory: next to the executable, installed or in the build
 * tree.  Returns a new string, or NULL when none is found (the program
 * then uses the fonts built into it). */
static char *find_fontdir(char **argv) {
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  char *dir = NULL;
  if (n > 0) {
    exe[n] = '\0';
    dir = g_path_get_dirname(exe);
  } else if (argv[-1] && strchr(argv[-1], '/')) {
    /* cmd_* get the vector after the program name: argv[-1] is it. */
    dir = g_path_get_dirname(argv[-1]);
  }
  static const char *const rel[] = {"../share/annals/fonts", "../fonts",
                                    "../../fonts"};
  for (size_t i = 0; dir && i < ARRAY_SIZE(rel); i++) {
    char *p = g_build_filename(dir, rel[i], NULL);
    if (has_faces(p)) {
      g_free(dir);
      return p;
    }
    g_free(p);
  }
  g_free(dir);
#ifdef ANNALS_FONTDIR
  if (has_faces(ANNALS_FONTDIR)) /* compiled in by the packager */
    return g_strdup(ANNALS_FONTDIR);
#endif
  return NULL;
}

static bool parse_double(const char *s, double *out) {
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (end == s || *end || errno || !isfinite(v))
    return false;
  *out = v;
  return true;
}

static volatile sig_atomic_t stop_watch;

static void on_sigint(int sig) {
  (void)sig;
  stop_watch = 1;
}

typedef struct {
  fmt format;
  const char *output;
  annals_layout_opts lo;
  double scale;
  bool scale_set; /* --scale or --dpi given; else 2, less for huge PNGs */
  bool strict;
  bool outlines; /* --svg-outlines */
  const char *fontdir;
  char **inputs;
  int n_inputs;
  xdocs_opts xo;
} job;

/* The inputs as one timeline: with several files whose titles differ,
 * the chart text is drawn from all of them; then --top and the chart
 * text options apply. */
static annals_timeline *load_all(const job *j, bool *warn) {
  annals_timeline *t = cli_load_timelines(j->inputs, j->n_inputs, warn);
  bool differ = false;
  for (int i = 1; t && i < j->n_inputs && !differ; i++) {
    annals_timeline *one = cli_load_timelines(j->inputs + i, 1, NULL);
    const char *a = annals_timeline_title(t), *b =
        one ? annals_timeline_title(one) : NULL;
    differ = !a || !b || strcmp(a, b) != 0;
    annals_timeline_free(one);
  }
  if (differ)
    annals_timeline_chart_text(t);
  if (t)
    xdocs_finish(&j->xo, &t);
  return t;
}

/* The files the timeline was read from, for messages: "a.yaml" or
 * "a.yaml, b.yaml". */
static char *input_names(const job *j) {
  GString *s = g_string_new(NULL);
  for (int i = 0; i < j->n_inputs; i++)
    g_string_append_printf(s, "%s%s", i ? ", " : "",
                           strcmp(j->inputs[i], "-") == 0 ? "<stdin>"
                                                          : j->inputs[i]);
  return g_string_free(s, FALSE);
}

/* What the layout left out, on stderr: events without a date (nothing to
 * draw at all is an error), and events folded into "+N more" notes (an
 * error under --strict, naming the file and the events).  Returns the
 * exit code. */
static int report_layout(const job *j, const annals_timeline *t,
                         const annals_layout *l) {
  if (l->n_markers == 0) {
    static const char date_hint[] =
        "give an event a date, e.g. 'date: 2024-05-07', or 'date: 2024' "
        "when only the year is known";
    char *names = input_names(j);
    size_t n = annals_timeline_count(t);
    if (n == 0)
      fprintf(stderr, "%s: error: no events: nothing to draw\n", names);
    else if (n == 1)
      fprintf(stderr, "%s: error: the only event has no date: nothing to "
                      "draw (%s)\n",
              names, date_hint);
    else
      fprintf(stderr,
              "%s: error: none of the %zu events has a date: nothing to "
              "draw (%s)\n",
              names, n, date_hint);
    g_free(names);
    return EXIT_INPUT;
  }
  if (l->n_undated)
    fprintf(stderr, "annals: note: %zu event%s without a date %s left out\n",
            l->n_undated, l->n_undated == 1 ? "" : "s",
            l->n_undated == 1 ? "was" : "were");
  if (!l->n_folded)
    return 0;
  /* The file of the folded events when they share one, and their ids. */
  const char *file = NULL;
  bool one_file = true;
  GString *ids = g_string_new(NULL);
  size_t listed = 0;
  enum { MAX_IDS = 10 };
  /* Folded: the last n_hidden events of a label ("+N more on this
   * date"), and the events of a fold. */
  GArray *folded = g_array_new(FALSE, FALSE, sizeof(size_t));
  for (size_t i = 0; i < l->n_labels; i++) {
    const annals_label *lb = &l->labels[i];
    for (size_t k = lb->n_markers - lb->n_hidden; k < lb->n_markers; k++)
      g_array_append_val(folded, l->label_markers[lb->first_marker + k]);
  }
  for (size_t i = 0; i < l->n_folds; i++)
    for (size_t k = 0; k < l->folds[i].n_markers; k++)
      g_array_append_val(folded,
                         l->fold_markers[l->folds[i].first_marker + k]);
  for (guint i = 0; i < folded->len; i++) {
    const annals_marker *mk = &l->markers[g_array_index(folded, size_t, i)];
    const annals_event *e = annals_timeline_get(t, mk->event);
    if (!file)
      file = e->yaml_file;
    else if (g_strcmp0(file, e->yaml_file) != 0)
      one_file = false;
    if (listed++ < MAX_IDS)
      g_string_append_printf(ids, "%s%s", listed > 1 ? ", " : "", mk->id);
  }
  g_array_free(folded, TRUE);
  if (listed > MAX_IDS)
    g_string_append_printf(ids, " and %zu more", listed - MAX_IDS);
  char *names = file && one_file ? g_strdup(file) : input_names(j);
  fprintf(stderr,
          "%s: %s: %zu of %zu events did not fit and were folded into "
          "\"+N more\" notes%s: %s\n",
          names, j->strict ? "error" : "warning", l->n_folded, l->n_markers,
          j->strict ? " (--strict)" : "", ids->str);
  g_free(names);
  g_string_free(ids, TRUE);
  return j->strict ? EXIT_INPUT : 0;
}

/* One render: load, lay out, draw, write.  Returns the exit code. */
static int render_once(const job *j, annals_fonts *fonts) {
  bool warn = false;
  annals_timeline *t = load_all(j, &warn);
  if (!t)
    return EXIT_INPUT;
  int rc = 0;
  annals_layout *l = NULL;
  annals_diags d;
  annals_diags_init(&d);
  if (annals_fonts_check_timeline(fonts, t, &d)) {
    cli_print_diags(&d);
    annals_diags_release(&d);
    annals_diags_init(&d);
  }
  annals_measurer m;
  annals_measure_pango_init(&m, fonts);
  annals_layout_opts lo = j->lo;
  if (lo.orient == ANNALS_ORIENT_VERTICAL)
    lo.max_height = 1e6; /* the page grows */
  if (j->format == FMT_PNG) {
    /* Keep the PNG under the pixel cap: fold rather than grow. */
    double cap = (ANNALS_PNG_MAX_SIDE - 1) / (j->scale_set ? j->scale : 1);
    if (cap < lo.max_height)
      lo.max_height = cap;
  }
  annals_status st = annals_layout_build(t, &lo, &m, &l, &d);
  if (st != ANNALS_OK) {
    /* Option values were checked above: what is left is a timeline the
     * options cannot hold (too many lanes for the height, ...). */
    cli_print_diags(&d);
    rc = EXIT_INPUT;
    goto done;
  }
  rc = report_layout(j, t, l);
  if (rc)
    goto done;
  annals_output out;
  st = annals_output_open(&out, j->output, false,
                          (const char *const *)j->inputs,
                          (size_t)j->n_inputs, &d);
  if (st != ANNALS_OK) {
    cli_print_diags(&d);
    rc = EXIT_INPUT;
    goto done;
  }
  if (j->format == FMT_JSON) {
    st = annals_layout_write_json(l, out.fp);
  } else {
    annals_render_opts ro;
    annals_render_opts_init(&ro);
    ro.format = j->format == FMT_PNG   ? ANNALS_FORMAT_PNG
                : j->format == FMT_PDF ? ANNALS_FORMAT_PDF
                                       : ANNALS_FORMAT_SVG;
    ro.scale = j->scale;
    ro.outlines = j->outlines;
    if (!j->scale_set) /* sharp by default, within the pixel cap */
      ro.scale = fmin(j->scale, (ANNALS_PNG_MAX_SIDE - 1) /
                                    fmax(l->width, l->height));
    ro.title = annals_timeline_title(t);
    char *desc = annals_layout_describe(t);
    ro.desc = desc;
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
      char *end;
      errno = 0;
      long long v = strtoll(sde, &end, 10);
      if (!*end && !errno && v >= 0)
        ro.create_time = v;
      else
        cli_warning("ignoring SOURCE_DATE_EPOCH '%s': not a number of "
                    "seconds", sde);
    }
    st = annals_render(l, fonts, &ro, out.fp, &d);
    g_free(desc);
  }
  int werr = st == ANNALS_ERR_IO ? errno : 0;
  if (st == ANNALS_OK) {
    st = annals_output_commit(&out, &d); /* reports its own failures */
    if (st != ANNALS_OK)
      cli_print_diags(&d);
  } else {
    annals_output_abort(&out);
    if (st == ANNALS_ERR_IO && j->output)
      cli_error("cannot write '%s': %s", j->output,
                strerror(werr ? werr : EIO));
    else if (st != ANNALS_ERR_IO) /* main.c reports standard output */
      cli_print_diags(&d);
  }
  if (st != ANNALS_OK)
    rc = EXIT_INPUT;
done:
  annals_layout_free(l);
  annals_diags_release(&d);
  annals_timeline_free(t);
  return rc;
}

static long long mtime_sum(const job *j) {
  long long s = 0;
  for (int i = 0; i < j->n_inputs; i++) {
    struct stat st;
    if (stat(j->inputs[i], &st) == 0)
      s = s * 31 + (long long)st.st_mtim.tv_sec * 1000000000LL +
          st.st_mtim.tv_nsec + (long long)st.st_size;
  }
  return s;
}

static int watch(const job *j, annals_fonts *fonts) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  long long last = mtime_sum(j);
  int rc = render_once(j, fonts);
  fprintf(stderr, "annals: %s %s\n", rc == 0 ? "rendered" : "failed to render",
          j->output);
  while (!stop_watch) {
    struct timespec ts = {0, 250 * 1000 * 1000};
    nanosleep(&ts, NULL);
    long long now = mtime_sum(j);
    if (now == last)
      continue;
    last = now;
    rc = render_once(j, fonts);
    fprintf(stderr, "annals: %s %s\n",
            rc == 0 ? "rendered" : "failed to render", j->output);
  }
  return 0;
}

enum { OPT_THEME = 256, OPT_LANES, OPT_FONTDIR, OPT_STRICT, OPT_WATCH,
       OPT_LAYOUT, OPT_DPI, OPT_OUTLINES };

/* A4 portrait less 25 mm margins each side: 160 mm, in points. */
#define A4_COLUMN_PT (160 / 25.4 * 72)

/* --width, --scale, --dpi, --theme, --lanes, --layout: -1 when ARG is
 * valid, else the usage error's exit status. */
static int parse_choice(job *j, int c, const char *arg) {
  switch (c) {
  case 'w':
    if (strcmp(arg, "a4") == 0) {
      j->lo.width = A4_COLUMN_PT;
      return -1;
    }
    if (!parse_double(arg, &j->lo.width) || j->lo.width < 200 ||
        j->lo.width > 20000)
      return cli_usage_error("render", usage_line,
                             "width '%s' out of range (200 to 20000 "
                             "points, or a4)",
                             arg);
    return -1;
  case 's':
  case OPT_DPI: {
    double v;
    bool ok = parse_double(arg, &v);
    if (c == OPT_DPI)
      v /= 72;
    if (!ok || v < 0.25 || v > 16)
      return cli_usage_error("render", usage_line,
                             c == OPT_DPI ? "dpi '%s' out of range (18 to "
                                            "1152)"
                                          : "scale '%s' out of range (0.25 "
                                            "to 16)",
                             arg);
    j->scale = v;
    j->scale_set = true;
    return -1;
  }
  case OPT_THEME:
    if (!annals_theme_from_name(arg, &j->lo.theme))
        return cli_usage_error("render", usage_line,
                               "unknown theme '%s' (valid themes: light, "
                               "dark, print)",
                               arg);
      return -1;
    case OPT_LANES:
      if (strcmp(arg, "actor") == 0)
        j->lo.lanes = ANNALS_LANES_ACTOR;
      else if (strcmp(arg, "type") == 0)
        j->lo.lanes = ANNALS_LANES_TYPE;
      else
        return cli_usage_error("render", usage_line,
                               "unknown lanes '%s' (valid: actor, type)",
                               arg);
      return -1;
    case OPT_LAYOUT:
      if (strcmp(arg, "vertical") == 0)
        j->lo.orient = ANNALS_ORIENT_VERTICAL;
      else if (strcmp(arg, "horizontal") == 0)
        j->lo.orient = ANNALS_ORIENT_HORIZONTAL;
      else
        return cli_usage_error("render", usage_line,
                               "unknown layout '%s' (valid: horizontal, "
                               "vertical)",
                               arg);
      return -1;
  }
  return -1;
}

/* Reads the options into j and *watch_mode.  Returns -1 to go on, else
 * the exit status (0 after --help; a usage error is reported). */
static int render_options(int argc, char **argv, job *j, bool *watch_mode) {
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"width", required_argument, NULL, 'w'},
      {"scale", required_argument, NULL, 's'},
      {"theme", required_argument, NULL, OPT_THEME},
      {"lanes", required_argument, NULL, OPT_LANES},
      {"fontdir", required_argument, NULL, OPT_FONTDIR},
      {"strict", no_argument, NULL, OPT_STRICT},
      {"watch", no_argument, NULL, OPT_WATCH},
      {"layout", required_argument, NULL, OPT_LAYOUT},
      {"dpi", required_argument, NULL, OPT_DPI},
      {"svg-outlines", no_argument, NULL, OPT_OUTLINES},
      {"top", required_argument, NULL, XOPT_TOP},
      {"title", required_argument, NULL, XOPT_TITLE},
      {"subtitle", required_argument, NULL, XOPT_SUBTITLE},
      {"source", required_argument, NULL, XOPT_SOURCE},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  int c;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":T:o:w:s:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'T':
      j->format = parse_format(optarg);
      if (j->format == FMT_NONE)
        return cli_usage_error("render", usage_line,
                               "unknown format '%s' (valid formats: svg, "
                               "png, pdf, json)",
                               optarg);
      break;
    case 'o':
      j->output = optarg;
      break;
    case 'w':
    case 's':
    case OPT_DPI:
    case OPT_THEME:
    case OPT_LANES:
    case OPT_LAYOUT: {
      int rc = parse_choice(j, c, optarg);
      if (rc >= 0)
        return rc;
      break;
    }
    case OPT_FONTDIR:
      j->fontdir = optarg;
      break;
    case OPT_STRICT:
      j->strict = true;
      break;
    case OPT_OUTLINES:
      j->outlines = true;
      break;
    case OPT_WATCH:
      *watch_mode = true;
      break;
    case XOPT_TOP:
    case XOPT_TITLE:
    case XOPT_SUBTITLE:
    case XOPT_SOURCE: {
      int rc = xdocs_option(&j->xo, c, optarg, "render", usage_line);
      if (rc) {
        xdocs_release(&j->xo);
        return rc;
      }
      break;
    }
    case 'h':
      help();
      return 0;
    case ':':
      return cli_usage_error("render", usage_line,
                             "option '%s' needs a value", argv[optind - 1]);
    default:
      return cli_usage_error("render", usage_line, "unknown option '%s'",
                             argv[optind - 1]);
    }
  }
  return -1;
}

/* Settles the inputs, the output and the format of j and checks that the
 * options go together.  Returns -1 to go on, else the exit status of a
 * usage error (reported). */
static int render_settle(int argc, char **argv, job *j, bool watch_mode) {
  j->inputs = argv + optind;
  j->n_inputs = argc - optind;
  if (j->n_inputs == 0)
    return cli_usage_error("render", usage_line,
                           "no input file (use '-' for standard input)");
  if (j->output && strcmp(j->output, "-") == 0)
    j->output = NULL;
  if (j->format == FMT_NONE && j->output) {
    j->format = format_from_path(j->output);
    if (j->format == FMT_NONE)
      return cli_usage_error("render", usage_line,
                             "cannot tell the format of '%s' from its "
                             "extension; give -T svg, png, pdf or json",
                             j->output);
  }
  if (j->format == FMT_NONE)
    j->format = FMT_SVG;
  if (!j->output && (j->format == FMT_PNG || j->format == FMT_PDF) &&
      isatty(STDOUT_FILENO))
    return cli_usage_error("render", usage_line,
                           "refusing to write %s to a terminal; use -o FILE "
                           "or redirect standard output",
                           j->format == FMT_PNG ? "PNG" : "PDF");
  if (!j->scale_set && ceil(j->lo.width * j->scale) > ANNALS_PNG_MAX_SIDE)
    j->scale = 1;
  if (j->format == FMT_PNG &&
      ceil(j->lo.width * j->scale) > ANNALS_PNG_MAX_SIDE)
    return cli_usage_error("render", usage_line,
                           "a PNG %.0f points wide at scale %g would be "
                           "%.0f pixels wide (at most %d)",
                           j->lo.width, j->scale, ceil(j->lo.width * j->scale),
                           ANNALS_PNG_MAX_SIDE);
  if (j->lo.orient == ANNALS_ORIENT_VERTICAL &&
      j->lo.lanes != ANNALS_LANES_NONE)
    return cli_usage_error("render", usage_line,
                           "--lanes needs the horizontal layout");
  if (watch_mode && !j->output)
    return cli_usage_error("render", usage_line, "--watch needs -o FILE");
  if (watch_mode) {
    for (int i = 0; i < j->n_inputs; i++)
      if (strcmp(j->inputs[i], "-") == 0)
        return cli_usage_error("render", usage_line,
                               "--watch cannot watch standard input");
  }
  return -1;
}

/* Opens the fonts into *fonts: --fontdir, else the directory installed
 * with the program, else the copies built into it.  Returns 0, or
 * EXIT_INPUT when they cannot be opened (reported). */
static int render_fonts(const job *j, char **argv, annals_fonts **fonts) {
  char *dir = j->fontdir ? g_strdup(j->fontdir) : find_fontdir(argv);
  annals_diags d;
  annals_diags_init(&d);
  annals_status st = dir ? annals_fonts_open(dir, fonts, &d)
                         : annals_fonts_open_builtin(fonts, &d);
  g_free(dir);
  if (st != ANNALS_OK) {
    cli_print_diags(&d);
    annals_diags_release(&d);
    return EXIT_INPUT;
  }
  annals_diags_release(&d);
  return 0;
}

int cmd_render(int argc, char **argv) {
  job j;
  memset(&j, 0, sizeof j);
  j.format = FMT_NONE;
  j.scale = 2;
  annals_layout_opts_init(&j.lo);
  xdocs_init(&j.xo);
  bool watch_mode = false;
  int rc = render_options(argc, argv, &j, &watch_mode);
  if (rc < 0)
    rc = render_settle(argc, argv, &j, watch_mode);
  if (rc >= 0)
    return rc;
  annals_fonts *fonts = NULL;
  if ((rc = render_fonts(&j, argv, &fonts)))
    return rc;
  rc = watch_mode ? watch(&j, fonts) : render_once(&j, fonts);
  annals_fonts_free(fonts);
  return rc;
}
