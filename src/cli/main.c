/*
 * main.c - the annals program: a table of subcommands over the library.
 *
 * Exit codes: 0 success, 1 input or processing error, 2 usage error.
 * Only main.c and the cmd_*.c files print, exit or read argv.
 */
#include "cli/cmd.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

static const struct command {
  const char *name;
  int (*fn)(int argc, char **argv);
  const char *help;
} commands[] = {
    {"extract", cmd_extract, "find the events of news text and write YAML"},
    {"dates", cmd_dates, "list the temporal expressions of a text"},
    {"parse", cmd_parse, "tag and parse English text (CoNLL-U)"},
    {"check", cmd_check, "validate YAML event files"},
    {"fmt", cmd_fmt, "write YAML event files in canonical form"},
    {"merge", cmd_merge, "merge event files: one record per event"},
    {"render", cmd_render, "draw a timeline as SVG, PNG or PDF"},
};

static void usage(FILE *out) {
  fprintf(out, "usage: annals COMMAND [OPTIONS] [FILE...]\n"
               "       annals --help | --version\n\n"
               "annals turns news text into a timeline of events.\n\n"
               "Commands:\n");
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].help);
  fprintf(out, "\n'annals COMMAND --help' describes one command.\n\n"
               "Exit status: 0 success, 1 invalid input or processing "
               "error,\n2 usage error.\n");
}

/* Checks that everything written to standard output reached it. */
static int close_stdout(int rc) {
  if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
    if (rc == 0 || rc == 1) {
      fprintf(stderr, "annals: error: cannot write standard output: %s\n",
              strerror(errno ? errno : EIO));
      return 1;
    }
  }
  return rc;
}

/* Extraction allocates and frees some hundred megabytes of big arrays
 * for each piece of a long text, some larger than glibc's largest mmap
 * threshold.  glibc's defaults hand those to mmap and the free heap back
 * to the system, so every piece pays the page faults again (about 15% of
 * extract).  Kept in the heap, the memory is reused from piece to piece
 * for some 10% more peak memory; a short-lived program can afford it.
 * Other C libraries keep their defaults. */
static void tune_malloc(void) {
#if defined(__GLIBC__) && defined(M_MMAP_MAX) && defined(M_TRIM_THRESHOLD)
  mallopt(M_MMAP_MAX, 0); /* glibc still falls back to mmap if brk fails */
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}

int main(int argc, char **argv) {
  tune_malloc();
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
      strcmp(cmd, "help") == 0) {
    usage(stdout);
    return close_stdout(0);
  }
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
    printf("annals %s (record format %d)\n", ANNALS_VERSION,
           ANNALS_RECORD_VERSION);
    return close_stdout(0);
  }
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (strcmp(cmd, commands[i].name) == 0)
      return close_stdout(commands[i].fn(argc - 1, argv + 1));
  fprintf(stderr, "annals: error: unknown command '%s'\n", cmd);
  usage(stderr);
  return 2;
}
