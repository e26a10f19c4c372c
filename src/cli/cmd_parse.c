/*
 * cmd_parse.c - annals parse: the English analysis of a text in CoNLL-U
 * (words, lemmas, tags, dependency trees), so that this stage of the
 * pipeline can be inspected and tested on its own.
 */
#include "cli/cmd.h"
#include "internal.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#define PARSE_MAX_INPUT ((size_t)256 << 20)

static const char usage_line[] =
    "annals parse [--model FILE] [--tags-only] [--about] FILE|-";

static void help(void) {
  printf("usage: %s\n\n"
         "Splits a text into sentences and words, tags the words (UPOS and\n"
         "Penn Treebank tags), gives their lemmas and parses each sentence\n"
         "into a dependency tree with Universal Dependencies v2 relations.\n"
         "Writes CoNLL-U (https://universaldependencies.org/format.html):\n"
         "one line per word, ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS\n"
         "MISC, a '# text' comment before each sentence, split tokens\n"
         "(do + n't) as ranges.\n\n"
         "Options:\n"
         "  --model FILE   a model trained by 'make model' instead of the\n"
         "                 one built in (trained on the UD English Web\n"
         "                 Treebank)\n"
         "  --tags-only    tags and lemmas, no trees (HEAD and DEPREL '_')\n"
         "  --about        print what the model says of itself and stop\n"
         "  -h, --help     this help\n\n"
         "FILE '-' reads standard input, which must be UTF-8.\n\n"
         "Exit status: 0 success, 1 unreadable or invalid input or model, 2\n"
         "usage error.\n",
         usage_line);
}

int cmd_parse(int argc, char **argv) {
  static const struct option longopts[] = {
      {"model", required_argument, NULL, 'm'},
      {"tags-only", no_argument, NULL, 't'},
      {"about", no_argument, NULL, 'a'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  const char *model_path = NULL;
  bool tags_only = false, about = false;
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (c) {
    case 'm':
      model_path = optarg;
      break;
    case 't':
      tags_only = true;
      break;
    case 'a':
      about = true;
      break;
    case 'h':
      help();
      return 0;
    case ':':
      return cli_usage_error("parse", usage_line, "option '%s' needs a value",
                             argv[optind - 1]);
    default:
      return cli_usage_error("parse", usage_line, "unknown option '%s'",
                             argv[optind - 1]);
    }
  }
  if (!about && optind != argc - 1)
    return cli_usage_error("parse", usage_line,
                           optind >= argc ? "no input file"
                                          : "one input file at a time");
  annals_diags d;
  annals_diags_init(&d);
  annals_model *loaded = NULL;
  const annals_model *m = NULL;
  int rc = 0;
  if (model_path) {
    if (annals_model_load(model_path, &loaded, &d) != ANNALS_OK) {
      cli_print_diags(&d);
      annals_diags_release(&d);
      return EXIT_INPUT;
    }
    m = loaded;
  } else if (!(m = annals_model_builtin())) {
    cli_error("this build has no English model (make model TREEBANK=DIR)");
    annals_diags_release(&d);
    return EXIT_INPUT;
  }
  if (about) {
    fputs(annals_model_about(m), stdout);
    annals_model_free(loaded);
    annals_diags_release(&d);
    return 0;
  }
  const char *path = argv[optind];
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  char *buf = NULL;
  size_t len = 0;
  annals_doc *doc = NULL;
  if (annals_read_file(path, PARSE_MAX_INPUT, &buf, &len, &d) != ANNALS_OK ||
      annals_analyse(m, buf, len,
                     tags_only ? ANNALS_ANALYSE_TAG : ANNALS_ANALYSE_PARSE,
                     &doc, &d) != ANNALS_OK) {
    for (size_t i = 0; i < d.n; i++)
      if (!d.items[i].file && d.items[i].line)
        d.items[i].file = name;
    cli_print_diags(&d);
    rc = EXIT_INPUT;
  } else {
    annals_doc_write_conllu(doc, stdout);
  }
  annals_doc_free(doc);
  g_free(buf);
  annals_model_free(loaded);
  annals_diags_release(&d);
  return rc;
}
