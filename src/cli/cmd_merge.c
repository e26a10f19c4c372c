/*
 * cmd_merge.c - annals merge: several event record files, one timeline.
 *
 *   annals merge [-o OUT.yaml] [--force] [--top N] [--title T]
 *                [--subtitle S] [--source S] FILE.yaml...
 *
 * The same event reported in several files becomes one record with every
 * report (annals_timelines_merge).  The result does not depend on the
 * order of the files, and merging merged files gives what merging the
 * originals at once gives, so merge can be the reduce step of a
 * map/reduce job.  Exit 0 success, 1 an input is invalid or unreadable
 * (nothing is written), 2 usage.
 */
#include "cli/cmd.h"
#include "cli/cmd_docs.h"
#include "internal.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static const char usage_line[] =
    "annals merge [-o OUT.yaml] [--force] [--top N] [--title T]\n"
    "       [--subtitle S] [--source S] FILE.yaml...";

static void help(void) {
  printf(
      "usage: %s\n\n"
      "Merges event record files (YAML, record version %d) into one\n"
      "timeline, written to standard output or -o FILE.  Reports of the\n"
      "same event (same type and initiator, one date within the other)\n"
      "become one record that keeps every report: its text, file or url,\n"
      "offset, document date, and its own date and confidence where they\n"
      "differ.  The record's date is the most precise one all reports\n"
      "agree with; when they conflict the record says so in its notes.\n"
      "Confidence rises with the number of documents.  The output is the\n"
      "same whatever the order of the files and however they were\n"
      "grouped in earlier merges.\n\n"
      "Options:\n"
      "  -o, --output FILE  write to FILE (atomically); refuses to overwrite\n"
      "                     an existing file unless --force\n"
      "  -f, --force        allow -o to replace an existing file\n"
      "      --top N        keep the events of the N most salient days\n"
      "      --title T, --subtitle S, --source S\n"
      "                     the chart text (default: drawn from all inputs)\n"
      "  -h, --help         show this help\n\n"
      "Exit status: 0 success, 1 an input is invalid or unreadable,\n"
      "2 usage error.\n",
      usage_line, ANNALS_RECORD_VERSION);
}

static annals_timeline *load(const char *path) {
  annals_diags d;
  annals_diags_init(&d);
  char *buf = NULL;
  size_t len = 0;
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  annals_timeline *t = NULL;
  annals_status st =
      annals_read_file(path, ANNALS_YAML_MAX_BYTES, &buf, &len, &d);
  if (st == ANNALS_OK)
    st = annals_timeline_read_yaml(buf, len, name, &t, &d);
  annals_diags_sort(&d);
  cli_print_diags(&d);
  annals_diags_release(&d);
  g_free(buf);
  return st == ANNALS_OK ? t : NULL;
}

static int write_out(annals_timeline *t, const char *out_path, bool force,
                     char **inputs, int n) {
  annals_diags d;
  annals_diags_init(&d);
  annals_output o;
  int rc = 0;
  if (annals_output_open(&o, out_path, !force, (const char *const *)inputs,
                         (size_t)n, &d) != ANNALS_OK) {
    rc = EXIT_INPUT;
  } else if (annals_timeline_write_yaml(t, o.fp, &d) != ANNALS_OK &&
             !ferror(o.fp)) {
    annals_output_abort(&o);
    rc = EXIT_INPUT;
  } else if (annals_output_commit(&o, &d) != ANNALS_OK) {
    rc = EXIT_INPUT;
  }
  cli_print_diags(&d);
  annals_diags_release(&d);
  return rc;
}

int cmd_merge(int argc, char **argv) {
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"force", no_argument, NULL, 'f'},
      {"top", required_argument, NULL, XOPT_TOP},
      {"title", required_argument, NULL, XOPT_TITLE},
      {"subtitle", required_argument, NULL, XOPT_SUBTITLE},
      {"source", required_argument, NULL, XOPT_SOURCE},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  const char *out_path = NULL;
  bool force = false;
  xdocs_opts xo;
  xdocs_init(&xo);
  int rc = 0, opt;
  optind = 1;
  opterr = 0;
  while ((opt = getopt_long(argc, argv, ":o:fh", longopts, NULL)) != -1) {
    switch (opt) {
    case 'o':
      out_path = optarg;
      break;
    case 'f':
      force = true;
      break;
    case XOPT_TOP:
    case XOPT_TITLE:
    case XOPT_SUBTITLE:
    case XOPT_SOURCE:
      if ((rc = xdocs_option(&xo, opt, optarg, "merge", usage_line)))
        goto out;
      break;
    case 'h':
      help();
      goto out;
    case ':':
      rc = cli_usage_error("merge", usage_line, "option '%s' needs an argument",
                           argv[optind - 1]);
      goto out;
    default:
      rc = cli_usage_error("merge", usage_line, "unknown option '%s'",
                           argv[optind - 1]);
      goto out;
    }
  }
  if (optind >= argc) {
    rc = cli_usage_error("merge", usage_line, "no input files");
    goto out;
  }
  int n = argc - optind;
  annals_timeline **in = g_new0(annals_timeline *, (size_t)n);
  for (int i = 0; i < n; i++)
    if (!(in[i] = load(argv[optind + i])))
      rc = EXIT_INPUT;
  if (rc == 0) {
    annals_timeline *t =
        annals_timelines_merge((const annals_timeline *const *)in, (size_t)n);
    annals_timeline_chart_text(t);
    xdocs_finish(&xo, &t);
    rc = write_out(t, out_path, force, argv + optind, n);
    annals_timeline_free(t);
  }
  for (int i = 0; i < n; i++)
    annals_timeline_free(in[i]);
  g_free(in);
out:
  xdocs_release(&xo);
  return rc;
}
