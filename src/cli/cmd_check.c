/*
 * cmd_check.c - annals check: validate event record files.
 *
 *   annals check [--quiet|--summary] [--strict] FILE...
 *
 * Every problem goes to stderr as FILE:LINE:COLUMN: error: message, sorted
 * by position.  Exit 0 when every file is valid (warnings allowed unless
 * --strict), 1 when one is invalid or unreadable, 2 on a usage error.
 */
#include "cli/cmd.h"
#include "internal.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static const char usage_line[] =
    "annals check [--quiet|--summary] [--strict] FILE...";

static void help(void) {
  printf("usage: %s\n\n"
         "Validates event record files (YAML, record version %d).  Each\n"
         "problem is printed to standard error as\n"
         "FILE:LINE:COLUMN: error: message (or warning:).  '-' reads\n"
         "standard input, shown as <stdin>.\n\n"
         "Options:\n"
         "  -q, --quiet    print nothing but the problems (default)\n"
         "  -s, --summary  print one line per valid file:\n"
         "                 FILE: N events, FIRST .. LAST (K warnings)\n"
         "      --strict   count warnings as errors\n"
         "  -h, --help     show this help\n\n"
         "Exit status: 0 every file valid, 1 a file is invalid or cannot be\n"
         "read, 2 usage error.\n",
         usage_line, ANNALS_RECORD_VERSION);
}

static void summary(const char *name, const annals_timeline *t,
                    size_t warnings) {
  size_t n = annals_timeline_count(t);
  printf("%s: %zu event%s", name, n, n == 1 ? "" : "s");
  /* First and last by the timeline's total order, whatever the file's. */
  const annals_when *first = NULL, *last = NULL;
  for (size_t i = 0; i < n; i++) {
    const annals_when *w = &annals_timeline_get(t, i)->when;
    if (w->start.prec == ANNALS_PREC_NONE)
      continue;
    if (!first || annals_when_cmp(w, first) < 0)
      first = w;
    if (!last || annals_when_cmp(w, last) > 0)
      last = w;
  }
  if (first) {
    char a[48], b[48];
    annals_when_format(first, a, sizeof a);
    annals_when_format(last, b, sizeof b);
    printf(", %s .. %s", a, b);
  }
  printf(" (%zu warning%s)\n", warnings, warnings == 1 ? "" : "s");
}

/* Checks one file; returns true when it is valid. */
static bool check_one(const char *path, bool print_summary, bool strict) {
  annals_diags d;
  annals_diags_init(&d);
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  char *buf = NULL;
  size_t len = 0;
  annals_timeline *t = NULL;
  annals_status st =
      annals_read_file(path, ANNALS_YAML_MAX_BYTES, &buf, &len, &d);
  if (st == ANNALS_OK)
    st = annals_timeline_read_yaml(buf, len, name, &t, &d);
  annals_diags_sort(&d);
  cli_print_diags(&d);
  bool ok = st == ANNALS_OK && !(strict && d.n_warnings > 0);
  if (ok && print_summary)
    summary(name, t, d.n_warnings);
  annals_timeline_free(t);
  g_free(buf);
  annals_diags_release(&d);
  return ok;
}

int cmd_check(int argc, char **argv) {
  enum { OPT_STRICT = 256 };
  static const struct option opts[] = {
      {"quiet", no_argument, NULL, 'q'},
      {"summary", no_argument, NULL, 's'},
      {"strict", no_argument, NULL, OPT_STRICT},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  bool print_summary = false, strict = false;
  int c;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "qsh", opts, NULL)) != -1) {
    switch (c) {
    case 'q':
      print_summary = false;
      break;
    case 's':
      print_summary = true;
      break;
    case OPT_STRICT:
      strict = true;
      break;
    case 'h':
      help();
      return 0;
    default:
      if (optopt && optopt < 256)
        return cli_usage_error("check", usage_line, "unknown option '-%c'",
                               optopt);
      return cli_usage_error("check", usage_line, "unknown option '%s'",
                             argv[optind - 1]);
    }
  }
  if (optind >= argc)
    return cli_usage_error("check", usage_line, "no files to check");
  bool ok = true;
  for (int i = optind; i < argc; i++)
    if (!check_one(argv[i], print_summary, strict))
      ok = false;
  return ok ? 0 : EXIT_INPUT;
}
