/*
 * cmd_fmt.c - annals fmt: event record files in their canonical form.
 *
 *   annals fmt [--check] FILE...|-
 *
 * Rewrites each file (atomically, and only when it changes) in the form
 * annals itself writes, comments kept.  With --check nothing is written:
 * a file that is not in that form is shown as a diff on standard output
 * and makes the exit status 1 (for CI).  Exit 0 all files canonical (or
 * rewritten), 1 a file is invalid, unreadable or (--check) not canonical,
 * 2 usage.
 */
#include "cli/cmd.h"
#include "internal.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static const char usage_line[] = "annals fmt [--check] FILE...|-";

static void help(void) {
  printf("usage: %s\n\n"
         "Writes event record files (YAML, record version %d) in the form\n"
         "annals writes them: keys in the order of the record format, two\n"
         "spaces of indentation, strings quoted only where YAML needs it,\n"
         "ids made for events without one written out.  Comments stay\n"
         "beside what they were written with, and a blank line before an\n"
         "event or a comment stays.  Formatting twice changes nothing.\n"
         "Each FILE is replaced atomically, only when it changes; '-'\n"
         "reads standard input and writes standard output.  A file with\n"
         "errors, or with unknown keys the canonical form would drop, is\n"
         "left as it is.\n\n"
         "Options:\n"
         "  -c, --check  write nothing; show how each file that is not in\n"
         "               canonical form would change (a unified diff on\n"
         "               standard output) and exit 1\n"
         "  -h, --help   show this help\n\n"
         "Exit status: 0 every file is canonical (or was rewritten), 1 a\n"
         "file is invalid, unreadable or (with --check) not canonical,\n"
         "2 usage error.\n",
         usage_line, ANNALS_RECORD_VERSION);
}

/* Formats one file; returns its exit code. */
static int fmt_one(const char *path, bool check) {
  annals_diags d;
  annals_diags_init(&d);
  bool is_stdin = strcmp(path, "-") == 0;
  const char *name = is_stdin ? "<stdin>" : path;
  char *buf = NULL, *out = NULL;
  size_t len = 0, out_len = 0;
  int rc = 0;
  annals_status st =
      annals_read_file(path, ANNALS_YAML_MAX_BYTES, &buf, &len, &d);
  if (st == ANNALS_OK)
    st = annals_record_format(buf, len, name, &out, &out_len, &d);
  annals_diags_sort(&d);
  cli_print_diags(&d);
  annals_diags_release(&d);
  if (st != ANNALS_OK) {
    rc = EXIT_INPUT;
  } else if (check) {
    bool same = out_len == len && memcmp(out, buf, len) == 0;
    if (!same) {
      char *label = g_strdup_printf("%s (formatted)", name);
      fflush(stdout);
      annals_diff(buf, len, out, out_len, name, label, stdout);
      g_free(label);
      fprintf(stderr,
              "%s: error: not in canonical form ('annals fmt %s' writes "
              "it)\n",
              name, is_stdin ? "-" : path);
      rc = EXIT_INPUT;
    }
  } else if (is_stdin) {
    if (out_len && fwrite(out, 1, out_len, stdout) != out_len)
      rc = EXIT_INPUT; /* main reports the write error */
  } else if (out_len != len || memcmp(out, buf, len) != 0) {
    if (!cli_replace_file(path, buf, len, out, out_len))
      rc = EXIT_INPUT;
  }
  g_free(out);
  g_free(buf);
  return rc;
}

int cmd_fmt(int argc, char **argv) {
  static const struct option opts[] = {
      {"check", no_argument, NULL, 'c'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  bool check = false;
  int c;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "ch", opts, NULL)) != -1) {
    switch (c) {
    case 'c':
      check = true;
      break;
    case 'h':
      help();
      return 0;
    default:
      if (optopt && optopt < 256)
        return cli_usage_error("fmt", usage_line, "unknown option '-%c'",
                               optopt);
      return cli_usage_error("fmt", usage_line, "unknown option '%s'",
                             argv[optind - 1]);
    }
  }
  if (optind >= argc)
    return cli_usage_error("fmt", usage_line, "no files to format");
  int rc = 0;
  for (int i = optind; i < argc; i++)
    if (fmt_one(argv[i], check) != 0)
      rc = EXIT_INPUT;
  return rc;
}
