/*
 * cmd_extract.c - annals extract: news text in, event records (YAML) out.
 *
 *   annals extract [--dct D] [-o OUT.yaml] [--force] [--gazetteer FILE]...
 *                  [--lexicon FILE]... [--keep-undated] FILE...|-
 *   annals extract --update EVENTS.yaml [options] FILE...|-
 *
 * Several inputs give one merged timeline whose events name their source
 * file.  Quiet unless something goes wrong.  Exit 0 success, 1 an input
 * cannot be read or is invalid (or the output cannot be written), 2 usage.
 */
#include "cli/cmd.h"
#include "cli/cmd_docs.h"
#include "internal.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

/* Largest text read from one input. */
#define EXTRACT_MAX_BYTES ((size_t)1 << 30)

static const char usage_line[] =
    "annals extract [--dct [FILE=]YYYY-MM-DD]... [-o OUT.yaml [--force] |\n"
    "       --update EVENTS.yaml]\n"
    "       [--input text|jsonl] [--format yaml|jsonl] [--jobs N] [--top N]\n"
    "       [--title T] [--subtitle S] [--source S]\n"
    "       [--gazetteer FILE]... [--lexicon FILE]... [--keep-undated]\n"
    "       [--min-confidence X] [--model FILE] [--trace] FILE...|-";

static void help(void) {
  printf(
      "usage: %s\n\n"
      "Finds the events of news text (UTF-8) and writes them as event\n"
      "records (YAML, record version %d) to standard output or -o FILE.\n"
      "'-' (or no FILE) reads standard input.  Several files give one\n"
      "timeline: the same event reported by several of them becomes one\n"
      "record with every report (see annals merge).\n\n"
      "Options:\n"
      "  -d, --dct DATE       document date (YYYY-MM-DD) that relative dates\n"
      "                       ('last year', 'May 9') are resolved against;\n"
      "                       without it the date is read from a dateline\n"
      "                       or inferred from the text, never the clock.\n"
      "                       With several files: the date of the files\n"
      "                       that have no dateline (given once)\n"
      "  -d, --dct FILE=DATE  the document date of FILE (once per file)\n"
      "      --input jsonl    read documents, one JSON object per line:\n"
      "                       {\"id\", \"date\", \"url\", \"title\", \"text\"}\n"
      "      --format jsonl   write one event per line (JSON), each document's\n"
      "                       events as soon as it is read\n"
      "      --jobs N         extract N documents at a time (threads); the\n"
      "                       output is the same for every N\n"
      "      --top N          keep the events of the N most salient days\n"
      "                       (days reported by the most documents)\n"
      "      --title T, --subtitle S, --source S\n"
      "                       the chart text (default: from the document,\n"
      "                       or, for several, from all of them)\n"
      "  -o, --output FILE    write to FILE (atomically); refuses to\n"
      "                       overwrite an existing file unless --force\n"
      "  -f, --force          allow -o to replace an existing file\n"
      "  -u, --update EVENTS.yaml\n"
      "                       add what the texts bring to EVENTS.yaml (made\n"
      "                       when missing) without changing a byte of it:\n"
      "                       new events go where their date puts them, a\n"
      "                       new report of an event already there becomes\n"
      "                       one of its mentions, and each text is listed\n"
      "                       under 'texts' with its SHA-256, so a text\n"
      "                       read before gives nothing and an event you\n"
      "                       deleted stays deleted; the file is replaced\n"
      "                       atomically, and a line on standard error says\n"
      "                       what changed\n"
      "  -g, --gazetteer FILE add actors and places (same format as the\n"
      "                       bundled events/gazetteer.yaml); repeatable\n"
      "  -l, --lexicon FILE   add or replace event frames (format of the\n"
      "                       bundled events/frames.yaml); repeatable\n"
      "  -k, --keep-undated   keep events whose date cannot be resolved,\n"
      "                       with 'date: unknown' (render skips them)\n"
      "  -c, --min-confidence X\n"
      "                       leave out events less sure than X (0..1;\n"
      "                       default 0.3, what an analyst would keep)\n"
      "  -m, --model FILE     an English model trained by 'make model'\n"
      "                       instead of the builtin one\n"
      "  -t, --trace          explain on standard error every event frame\n"
      "                       found: predicate, frame, actors, date and how\n"
      "                       it was found, confidence\n"
      "  -h, --help           show this help\n\n"
      "Exit status: 0 success, 1 an input cannot be read or is invalid,\n"
      "2 usage error.\n",
      usage_line, ANNALS_RECORD_VERSION);
}

static void trace_line(void *ctx, const char *line) {
  (void)ctx;
  fprintf(stderr, "annals: trace: %s\n", line);
}

/* Reads one data file into the gazetteer or the lexicon. */
static bool load_data(const char *path, bool gazetteer, annals_gazetteer *g,
                      annals_lexicon *lx) {
  annals_diags d;
  annals_diags_init(&d);
  char *buf = NULL;
  size_t len = 0;
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  annals_status st =
      annals_read_file(path, ANNALS_YAML_MAX_BYTES, &buf, &len, &d);
  if (st == ANNALS_OK)
    st = gazetteer ? annals_gazetteer_add(g, buf, len, name, &d)
                   : annals_lexicon_add(lx, buf, len, name, &d);
  annals_diags_sort(&d);
  cli_print_diags(&d);
  annals_diags_release(&d);
  free(buf);
  return st == ANNALS_OK;
}

int cmd_extract(int argc, char **argv) {
  static const struct option longopts[] = {
      {"dct", required_argument, NULL, 'd'},
      {"output", required_argument, NULL, 'o'},
      {"update", required_argument, NULL, 'u'},
      {"force", no_argument, NULL, 'f'},
      {"gazetteer", required_argument, NULL, 'g'},
      {"lexicon", required_argument, NULL, 'l'},
      {"keep-undated", no_argument, NULL, 'k'},
      {"min-confidence", required_argument, NULL, 'c'},
      {"model", required_argument, NULL, 'm'},
      {"trace", no_argument, NULL, 't'},
      {"input", required_argument, NULL, XOPT_INPUT},
      {"format", required_argument, NULL, XOPT_FORMAT},
      {"jobs", required_argument, NULL, XOPT_JOBS},
      {"top", required_argument, NULL, XOPT_TOP},
      {"title", required_argument, NULL, XOPT_TITLE},
      {"subtitle", required_argument, NULL, XOPT_SUBTITLE},
      {"source", required_argument, NULL, XOPT_SOURCE},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  const char *out_path = NULL, *update_path = NULL;
  bool force = false;
  annals_extract_opts eo;
  memset(&eo, 0, sizeof eo);
  xdocs_opts xo;
  xdocs_init(&xo);
  GPtrArray *gaz_files = g_ptr_array_new();
  GPtrArray *lex_files = g_ptr_array_new();
  int rc = 0;
  int opt;
  optind = 1;
  opterr = 0;
  const char *model_path = NULL;
  annals_model *model = NULL;
  while ((opt = getopt_long(argc, argv, ":d:o:fu:g:l:kc:m:th", longopts,
                            NULL)) != -1) {
    switch (opt) {
    case 'd':
    case XOPT_INPUT:
    case XOPT_FORMAT:
    case XOPT_JOBS:
    case XOPT_TOP:
    case XOPT_TITLE:
    case XOPT_SUBTITLE:
    case XOPT_SOURCE:
      if ((rc = xdocs_option(&xo, opt, optarg, "extract", usage_line)))
        goto out;
      break;
    case 'u':
      update_path = optarg;
      break;
    case 'o':
      out_path = optarg;
      break;
    case 'f':
      force = true;
      break;
    case 'g':
      g_ptr_array_add(gaz_files, optarg);
      break;
    case 'l':
      g_ptr_array_add(lex_files, optarg);
      break;
    case 'k':
      eo.keep_undated = true;
      break;
    case 'c': {
      char *end;
      double v = strtod(optarg, &end);
      if (*end || !(v >= 0 && v <= 1)) {
        char q[80];
        rc = cli_usage_error(
            "extract", usage_line,
            "invalid --min-confidence '%s' (expected a number from 0 to 1)",
            annals_quote(optarg, strlen(optarg), q, sizeof q));
        goto out;
      }
      eo.min_confidence = v > 0 ? v : -1;
      break;
    }
    case 'm':
      model_path = optarg;
      break;
    case 't':
      eo.trace = trace_line;
      break;
    case 'h':
      help();
      goto out;
    case ':':
      rc = cli_usage_error("extract", usage_line,
                           "option '%s' needs an argument", argv[optind - 1]);
      goto out;
    default:
      rc = cli_usage_error("extract", usage_line, "unknown option '%s'",
                           argv[optind - 1]);
      goto out;
    }
  }

  if (update_path && (out_path || force)) {
    rc = cli_usage_error("extract", usage_line,
                         "--update writes to its own file: it takes no -o "
                         "or --force");
    goto out;
  }
  if (update_path && strcmp(update_path, "-") == 0) {
    rc = cli_usage_error("extract", usage_line,
                         "--update needs a file, not standard output");
    goto out;
  }

  char *stdin_only[] = {(char *)"-"};
  char **inputs = optind < argc ? argv + optind : stdin_only;
  int n_inputs = optind < argc ? argc - optind : 1;
  if ((rc = xdocs_check(&xo, inputs, n_inputs, usage_line)))
    goto out;

  annals_gazetteer *g = annals_gazetteer_new();
  annals_lexicon *lx = annals_lexicon_new();
  annals_timeline *t = NULL;
  annals_output o;
  bool opened = false;
  for (guint i = 0; i < gaz_files->len && rc == 0; i++)
    if (!load_data(g_ptr_array_index(gaz_files, i), true, g, NULL))
      rc = EXIT_INPUT;
  for (guint i = 0; i < lex_files->len && rc == 0; i++)
    if (!load_data(g_ptr_array_index(lex_files, i), false, NULL, lx))
      rc = EXIT_INPUT;
  if (rc == 0 && model_path) {
    annals_diags d;
    annals_diags_init(&d);
    if (annals_model_load(model_path, &model, &d) != ANNALS_OK)
      rc = EXIT_INPUT;
    cli_print_diags(&d);
    annals_diags_release(&d);
    eo.model = model;
  }
  if (update_path) {
    eo.gazetteer = g;
    eo.lexicon = lx;
    eo.dct = xo.bare;
    if (rc == 0)
      rc = cli_extract_update(update_path, inputs, n_inputs, &eo);
    goto freed;
  }
  if (rc == 0) {
    annals_diags d;
    annals_diags_init(&d);
    if (annals_output_open(&o, out_path, !force, (const char *const *)inputs,
                           (size_t)n_inputs, &d) != ANNALS_OK)
      rc = EXIT_INPUT;
    else
      opened = true;
    cli_print_diags(&d);
    annals_diags_release(&d);
  }
  eo.gazetteer = g;
  eo.lexicon = lx;
  if (rc == 0)
    rc = xdocs_run(&xo, &eo, inputs, n_inputs, o.fp, &t);
  if (rc == 0 && xo.jsonl_out) {
    annals_diags d;
    annals_diags_init(&d);
    opened = false;
    if (annals_output_commit(&o, &d) != ANNALS_OK)
      rc = EXIT_INPUT;
    cli_print_diags(&d);
    annals_diags_release(&d);
  } else if (rc == 0) {
    annals_diags d;
    annals_diags_init(&d);
    xdocs_finish(&xo, &t);
    annals_diags wd;
    annals_diags_init(&wd);
    if (annals_timeline_write_yaml(t, o.fp, &wd) != ANNALS_OK) {
      rc = EXIT_INPUT;
      if (ferror(o.fp)) {
        /* A write error (disk full): the output's own message names the
         * file, and the commit removes the temporary file. */
        opened = false;
        (void)annals_output_commit(&o, &d);
      } else {
        cli_print_diags(&wd);
      }
    } else {
      opened = false;
      if (annals_output_commit(&o, &d) != ANNALS_OK)
        rc = EXIT_INPUT;
    }
    annals_diags_release(&wd);
    cli_print_diags(&d);
    annals_diags_release(&d);
  }
  if (opened)
    annals_output_abort(&o);
  annals_timeline_free(t);
freed:
  annals_gazetteer_free(g);
  annals_lexicon_free(lx);
  annals_model_free(model);
out:
  xdocs_release(&xo);
  g_ptr_array_free(gaz_files, TRUE);
  g_ptr_array_free(lex_files, TRUE);
  return rc;
}
