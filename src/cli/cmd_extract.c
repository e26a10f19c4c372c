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
  g_free(buf);
  return st == ANNALS_OK;
}

/* The command line of annals extract. */
typedef struct {
  const char *out_path, *update_path, *model_path;
  bool force, help;
  annals_extract_opts eo;
  xdocs_opts xo;
  GPtrArray *gaz_files, *lex_files; /* borrowed from argv */
} extract_args;

/* Reads the options into a.  Returns 0, or the exit status of a usage
 * error (already reported); a->help when --help was given (and done). */
static int extract_options(int argc, char **argv, extract_args *a) {
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
  int rc, opt;
  optind = 1;
  opterr = 0;
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
      if ((rc = xdocs_option(&a->xo, opt, optarg, "extract", usage_line)))
        return rc;
      break;
    case 'u':
      a->update_path = optarg;
      break;
    case 'o':
      a->out_path = optarg;
      break;
    case 'f':
      a->force = true;
      break;
    case 'g':
      g_ptr_array_add(a->gaz_files, optarg);
      break;
    case 'l':
      g_ptr_array_add(a->lex_files, optarg);
      break;
    case 'k':
      a->eo.keep_undated = true;
      break;
    case 'c': {
      char *end;
      double v = strtod(optarg, &end);
      if (*end || !(v >= 0 && v <= 1)) {
        char q[80];
        return cli_usage_error(
            "extract", usage_line,
            "invalid --min-confidence '%s' (expected a number from 0 to 1)",
            annals_quote(optarg, strlen(optarg), q, sizeof q));
      }
      a->eo.min_confidence = v > 0 ? v : -1;
      break;
    }
    case 'm':
      a->model_path = optarg;
      break;
    case 't':
      a->eo.trace = trace_line;
      break;
    case 'h':
      help();
      a->help = true;
      return 0;
    case ':':
      return cli_usage_error("extract", usage_line,
                             "option '%s' needs an argument",
                             argv[optind - 1]);
    default:
      return cli_usage_error("extract", usage_line, "unknown option '%s'",
                             argv[optind - 1]);
    }
  }
  if (a->update_path && (a->out_path || a->force))
    return cli_usage_error("extract", usage_line,
                           "--update writes to its own file: it takes no -o "
                           "or --force");
  if (a->update_path && strcmp(a->update_path, "-") == 0)
    return cli_usage_error("extract", usage_line,
                           "--update needs a file, not standard output");
  return 0;
}

/* Loads the --gazetteer and --lexicon files into g and lx and the
 * --model into *model.  Returns 0 or EXIT_INPUT (reported). */
static int extract_load(extract_args *a, annals_gazetteer *g,
                        annals_lexicon *lx, annals_model **model) {
  int rc = 0;
  for (guint i = 0; i < a->gaz_files->len && rc == 0; i++)
    if (!load_data(g_ptr_array_index(a->gaz_files, i), true, g, NULL))
      rc = EXIT_INPUT;
  for (guint i = 0; i < a->lex_files->len && rc == 0; i++)
    if (!load_data(g_ptr_array_index(a->lex_files, i), false, NULL, lx))
      rc = EXIT_INPUT;
  if (rc == 0 && a->model_path) {
    annals_diags d;
    annals_diags_init(&d);
    if (annals_model_load(a->model_path, model, &d) != ANNALS_OK)
      rc = EXIT_INPUT;
    cli_print_diags(&d);
    annals_diags_release(&d);
    a->eo.model = *model;
  }
  return rc;
}

/* Writes the timeline t as YAML to the open output o and commits it
 * (*opened becomes false once o is committed).  Returns the exit status. */
static int extract_write_yaml(annals_output *o, const annals_timeline *t,
                              bool *opened) {
  int rc = 0;
  annals_diags d;
  annals_diags_init(&d);
  annals_diags wd;
  annals_diags_init(&wd);
  if (annals_timeline_write_yaml(t, o->fp, &wd) != ANNALS_OK) {
    rc = EXIT_INPUT;
    if (ferror(o->fp)) {
      /* A write error (disk full): the output's own message names the
       * file, and the commit removes the temporary file. */
      *opened = false;
      (void)annals_output_commit(o, &d);
    } else {
      cli_print_diags(&wd);
    }
  } else {
    *opened = false;
    if (annals_output_commit(o, &d) != ANNALS_OK)
      rc = EXIT_INPUT;
  }
  annals_diags_release(&wd);
  cli_print_diags(&d);
  annals_diags_release(&d);
  return rc;
}

/* Extracts the inputs to -o or standard output: JSON Lines as the
 * documents go (--format jsonl), else one YAML timeline at the end. */
static int extract_to_output(extract_args *a, char **inputs, int n_inputs) {
  int rc = 0;
  annals_timeline *t = NULL;
  annals_output o;
  bool opened = false;
  annals_diags d;
  annals_diags_init(&d);
  if (annals_output_open(&o, a->out_path, !a->force,
                         (const char *const *)inputs, (size_t)n_inputs,
                         &d) != ANNALS_OK)
    rc = EXIT_INPUT;
  else
    opened = true;
  cli_print_diags(&d);
  annals_diags_release(&d);
  if (rc == 0)
    rc = xdocs_run(&a->xo, &a->eo, inputs, n_inputs, o.fp, &t);
  if (rc == 0 && a->xo.jsonl_out) {
    annals_diags_init(&d);
    opened = false;
    if (annals_output_commit(&o, &d) != ANNALS_OK)
      rc = EXIT_INPUT;
    cli_print_diags(&d);
    annals_diags_release(&d);
  } else if (rc == 0) {
    xdocs_finish(&a->xo, &t);
    rc = extract_write_yaml(&o, t, &opened);
  }
  if (opened)
    annals_output_abort(&o);
  annals_timeline_free(t);
  return rc;
}

int cmd_extract(int argc, char **argv) {
  extract_args a;
  memset(&a, 0, sizeof a);
  xdocs_init(&a.xo);
  a.gaz_files = g_ptr_array_new();
  a.lex_files = g_ptr_array_new();
  int rc = extract_options(argc, argv, &a);
  if (rc || a.help)
    goto out;

  char *stdin_only[] = {(char *)"-"};
  char **inputs = optind < argc ? argv + optind : stdin_only;
  int n_inputs = optind < argc ? argc - optind : 1;
  if ((rc = xdocs_check(&a.xo, inputs, n_inputs, usage_line)))
    goto out;

  annals_gazetteer *g = annals_gazetteer_new();
  annals_lexicon *lx = annals_lexicon_new();
  annals_model *model = NULL;
  rc = extract_load(&a, g, lx, &model);
  a.eo.gazetteer = g;
  a.eo.lexicon = lx;
  if (a.update_path) {
    a.eo.dct = a.xo.bare;
    if (rc == 0)
      rc = cli_extract_update(a.update_path, inputs, n_inputs, &a.eo);
  } else if (rc == 0) {
    rc = extract_to_output(&a, inputs, n_inputs);
  }
  annals_gazetteer_free(g);
  annals_lexicon_free(lx);
  annals_model_free(model);
out:
  xdocs_release(&a.xo);
  g_ptr_array_free(a.gaz_files, TRUE);
  g_ptr_array_free(a.lex_files, TRUE);
  return rc;
}
