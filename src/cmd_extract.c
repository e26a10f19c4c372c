/*
 * cmd_extract.c - annals extract: news text in, event records (YAML) out.
 *
 *   annals extract [--dct D] [-o OUT.yaml] [--force] [--gazetteer FILE]...
 *                  [--lexicon FILE]... [--keep-undated] FILE...|-
 *   annals extract --update EVENTS.yaml [options] FILE...|-
 *
 * Several inputs give one merged timeline whose events name their source
 * file.  Quiet unless something goes wrong or a text gives no event.
 * --update adds what new texts bring to a record people edit by hand,
 * changing none of its bytes (record_update.c), and says what it did.
 * Exit 0 success, 1 an input cannot be read or is invalid (or the output
 * cannot be written), 2 usage.
 */
#include "cmd.h"
#include "internal.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

/* Largest text read from one input. */
#define EXTRACT_MAX_BYTES ((size_t)1 << 30)

static const char usage_line[] =
    "annals extract [--dct YYYY-MM-DD] [-o OUT.yaml [--force] | --update "
    "EVENTS.yaml]\n"
    "       [--gazetteer FILE]... [--lexicon FILE]... [--keep-undated]\n"
    "       [--min-confidence X] [--model FILE] [--trace] FILE...|-";

static void help(void) {
  printf(
      "usage: %s\n\n"
      "Finds the events of news text (UTF-8) and writes them as event\n"
      "records (YAML, record version %d) to standard output or -o FILE.\n"
      "'-' (or no FILE) reads standard input.  Several files give one\n"
      "timeline; each event names its source file.\n\n"
      "Options:\n"
      "  -d, --dct DATE       document date (YYYY-MM-DD) that relative dates\n"
      "                       ('last year', 'May 9') are resolved against;\n"
      "                       without it the date is read from a dateline\n"
      "                       or inferred from the text, never the clock\n"
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
      {"force", no_argument, NULL, 'f'},
      {"update", required_argument, NULL, 'u'},
      {"gazetteer", required_argument, NULL, 'g'},
      {"lexicon", required_argument, NULL, 'l'},
      {"keep-undated", no_argument, NULL, 'k'},
      {"min-confidence", required_argument, NULL, 'c'},
      {"model", required_argument, NULL, 'm'},
      {"trace", no_argument, NULL, 't'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  const char *out_path = NULL, *update_path = NULL;
  bool force = false;
  annals_extract_opts eo;
  memset(&eo, 0, sizeof eo);
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
      if (!annals_parse_day(optarg, &eo.dct)) {
        char q[80];
        rc = cli_usage_error("extract", usage_line,
                             "invalid --dct '%s' (expected YYYY-MM-DD)",
                             annals_quote(optarg, strlen(optarg), q, sizeof q));
        goto out;
      }
      break;
    case 'o':
      out_path = optarg;
      break;
    case 'f':
      force = true;
      break;
    case 'u':
      update_path = optarg;
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

  annals_gazetteer *g = annals_gazetteer_new();
  annals_lexicon *lx = annals_lexicon_new();
  annals_timeline *t = annals_timeline_new();
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
  for (int i = 0; i < n_inputs && rc == 0; i++) {
    annals_diags d;
    annals_diags_init(&d);
    const char *name = strcmp(inputs[i], "-") == 0 ? "<stdin>" : inputs[i];
    char *buf = NULL;
    size_t len = 0;
    annals_status st =
        annals_read_file(inputs[i], EXTRACT_MAX_BYTES, &buf, &len, &d);
    if (st == ANNALS_OK) {
      size_t before = annals_timeline_count(t);
      eo.file = name;
      st = annals_extract(buf, len, &eo, t, &d);
      if (st == ANNALS_OK && annals_timeline_count(t) == before)
        cli_warning("no events found in '%s'%s", name,
                    eo.keep_undated ? ""
                                    : " (events without a date are left "
                                      "out; --keep-undated keeps them)");
    }
    annals_diags_sort(&d);
    cli_print_diags(&d);
    annals_diags_release(&d);
    free(buf);
    if (st != ANNALS_OK)
      rc = EXIT_INPUT;
  }
  if (rc == 0) {
    /* The chart's source note names the texts the events come from. */
    GString *note = g_string_new("Source: ");
    for (int i = 0; i < n_inputs; i++)
      g_string_append_printf(note, "%s%s", i ? ", " : "",
                             strcmp(inputs[i], "-") ? inputs[i] : "<stdin>");
    g_string_append(note, " (events extracted by annals)");
    annals_timeline_set_source(t, note->str);
    g_string_free(note, TRUE);
  }
  if (rc == 0) {
    annals_diags d;
    annals_diags_init(&d);
    if (n_inputs > 1) {
      /* annals_extract orders each input; the merged list again. */
      annals_timeline_sort(t);
      annals_timeline_fix_ids(t);
    }
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
freed:
  annals_timeline_free(t);
  annals_gazetteer_free(g);
  annals_lexicon_free(lx);
  annals_model_free(model);
out:
  g_ptr_array_free(gaz_files, TRUE);
  g_ptr_array_free(lex_files, TRUE);
  return rc;
}
