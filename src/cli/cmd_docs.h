/*
 * cmd_docs.h - the many-document side of `annals extract` (cmd_extract_docs.c):
 * document dates per file, the JSON-lines document stream, threads, the
 * merged timeline and its chart text.
 */
#ifndef ANNALS_CMD_DOCS_H
#define ANNALS_CMD_DOCS_H

#include "annals.h"

#include <glib.h>

/* Long options without a short form. */
enum {
  XOPT_INPUT = 512, /* above the subcommands' own long options */
  XOPT_FORMAT,
  XOPT_JOBS,
  XOPT_TOP,
  XOPT_TITLE,
  XOPT_SUBTITLE,
  XOPT_SOURCE,
};

typedef struct {
  annals_date bare; /* --dct DATE; prec NONE when not given */
  GArray *pairs;    /* --dct FILE=DATE (xdct_pair) */
  bool jsonl_in, jsonl_out;
  unsigned jobs;
  long top; /* -1: all */
  const char *title, *subtitle, *source;
} xdocs_opts;

void xdocs_init(xdocs_opts *x);
void xdocs_release(xdocs_opts *x);
/* Takes option opt (its argument arg) of command cmd; returns 0, or 2
 * after printing a usage error. */
int xdocs_option(xdocs_opts *x, int opt, const char *arg, const char *cmd,
                 const char *usage);
/* Checks the options against the inputs; returns 0 or 2 (printed). */
int xdocs_check(const xdocs_opts *x, char **inputs, int n, const char *usage);
/* Extracts the events of every document of the inputs.  With jsonl_out
 * they are written to fp as they come (flushed per document); otherwise
 * *out receives the timeline to write (one document: its own; several:
 * merged, with chart text).  Prints diagnostics; returns an exit code. */
int xdocs_run(const xdocs_opts *x, const annals_extract_opts *eo, char **inputs,
              int n, FILE *fp, annals_timeline **out);
/* Applies --top, --title, --subtitle and --source to *t. */
void xdocs_finish(const xdocs_opts *x, annals_timeline **t);

#endif
