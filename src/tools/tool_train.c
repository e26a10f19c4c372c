/*
 * tool_train.c - trains and scores the English analysis model.
 *
 *   tool_train model --treebank DIR [--wordnet DIR] -o FILE [options]
 *       trains a tagger and a parser on DIR/\*-ud-train.conllu, writes the
 *       model and scores it on DIR's dev and test files (gold tokens, and
 *       the sentences' raw text through annals' own tokenizer)
 *   tool_train eval --model FILE CONLLU...
 *       scores a model on treebank files
 *
 * Options of model: --with-dev (train on the dev file too, and score on
 * test only), --tagger-epochs N, --parser-epochs N, --tagger-runs N,
 * --parser-runs N (models trained from N seeds and averaged), --folds N,
 * --max-tagger N, --max-moves N, --max-labels N (features kept), --seed N.
 * Training is deterministic: the same treebank, WordNet and options give
 * the same model bytes.
 */
#include "nlp/nlp.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void log_line(void *ctx, const char *msg) {
  (void)ctx;
  fprintf(stderr, "%s\n", msg);
}

static int usage(void) {
  fprintf(stderr,
          "usage: tool_train model --treebank DIR [--wordnet DIR] -o FILE\n"
          "                  [--with-dev]\n"
          "                  [--tagger-epochs N] [--parser-epochs N] "
          "[--folds N]\n"
          "                  [--tagger-runs N] [--parser-runs N]\n"
          "                  [--max-tagger N] [--max-moves N] "
          "[--max-labels N] [--seed N]\n"
          "       tool_train eval --model FILE CONLLU...\n");
  return 2;
}

/* Reads a treebank file; a treebank that holds sentences already gets
 * the file's after them. */
static bool load(const char *path, nlp_treebank *tb) {
  annals_diags d;
  annals_diags_init(&d);
  char *buf;
  size_t len;
  bool ok = annals_read_file(path, (size_t)1 << 30, &buf, &len, &d) ==
                ANNALS_OK &&
            nlp_treebank_read(buf, len, path, tb, &d) == ANNALS_OK;
  for (size_t i = 0; i < d.n; i++)
    annals_diag_print(&d.items[i], stderr);
  if (ok)
    g_free(buf);
  annals_diags_release(&d);
  return ok;
}

/* The file of dir whose name ends with suffix ("-ud-train.conllu"). */
static char *find_file(const char *dir, const char *suffix) {
  DIR *dp = opendir(dir);
  if (!dp)
    return NULL;
  char *best = NULL;
  struct dirent *e;
  while ((e = readdir(dp))) {
    size_t n = strlen(e->d_name), k = strlen(suffix);
    if (n > k && strcmp(e->d_name + n - k, suffix) == 0) {
      char *p = g_build_filename(dir, e->d_name, NULL);
      if (!best || strcmp(p, best) < 0) {
        g_free(best);
        best = p;
      } else {
        g_free(p);
      }
    }
  }
  closedir(dp);
  return best;
}

/* ------------------------------------------------------------------ */
/* Scores                                                               */
/* ------------------------------------------------------------------ */

static double pct(size_t a, size_t b) { return b ? 100.0 * (double)a / (double)b : 0; }

static double f1(size_t right, size_t gold, size_t sys) {
  double p = sys ? (double)right / (double)sys : 0;
  double r = gold ? (double)right / (double)gold : 0;
  return p + r > 0 ? 200.0 * p * r / (p + r) : 0;
}

/* Gold tokens: tags and trees of the treebank's own words. */
static void eval_gold(const annals_model *m, nlp_treebank *tb) {
  nlp_treebank_atoms(tb, &m->lexicon);
  nlp_scores sc;
  nlp_eval_gold_tokens(tb, &m->tagger, &m->lexicon, &m->parser, &sc);
  printf("  gold tokens: %zu words; UPOS %.2f, XPOS %.2f, lemma %.2f, UAS "
         "%.2f, LAS %.2f (universal labels; %.2f with subtypes)\n",
         sc.words, pct(sc.upos, sc.words), pct(sc.xpos, sc.words),
         pct(sc.lemma, sc.words), pct(sc.uas, sc.words),
         pct(sc.las_univ, sc.words), pct(sc.las, sc.words));
}

/* The gold words' spans in the sentence's text, or false when a form is
 * not found where it should be. */
static bool gold_spans(const nlp_treebank *tb, const nlp_tb_sent *s,
                       size_t *gs, size_t *ge) {
  const char *txt = tb->buf->str + s->raw;
  size_t pos = 0;
  for (size_t i = 0; i < s->n; i++) {
    const nlp_word *w = &g_array_index(tb->words, nlp_word, s->first + i);
    const char *form = tb->buf->str + w->start;
    size_t fl = w->end - w->start;
    while (pos < s->raw_len && (txt[pos] == ' ' || txt[pos] == '\t'))
      pos++;
    if (pos + fl > s->raw_len || memcmp(txt + pos, form, fl) != 0)
      return false;
    gs[i] = pos;
    ge[i] = pos + fl;
    pos += fl;
  }
  return true;
}

/* Raw text: each sentence's "# text" through the whole pipeline, words
 * aligned with the gold ones by their character spans (as the CoNLL 2018
 * shared task scores), F1 over words. */
static void eval_raw(const annals_model *m, const nlp_treebank *tb) {
  size_t gold_n = 0, sys_n = 0, match = 0, upos = 0, uas = 0, las = 0;
  size_t skipped = 0;
  size_t *gs = g_new(size_t, 512), *ge = g_new(size_t, 512);
  for (size_t si = 0; si < tb->sents->len; si++) {
    const nlp_tb_sent *s = &g_array_index(tb->sents, nlp_tb_sent, si);
    gold_n += s->n;
    if (!s->raw_len || !gold_spans(tb, s, gs, ge)) {
      skipped++;
      continue;
    }
    const nlp_gold *g = &g_array_index(tb->gold, nlp_gold, s->first);
    annals_doc *doc;
    if (annals_analyse(m, tb->buf->str + s->raw, s->raw_len,
                       ANNALS_ANALYSE_PARSE, &doc, NULL) != ANNALS_OK)
      continue;
    sys_n += doc->n_words;
    /* system word -> gold word with the same span, or -1 */
    long *to_gold = g_new(long, doc->n_words + 1);
    size_t gi = 0;
    for (size_t k = 0; k < doc->n_words; k++) {
      const annals_word *w = &doc->words[k];
      while (gi < s->n && gs[gi] < w->start)
        gi++;
      to_gold[k] = gi < s->n && gs[gi] == w->start && ge[gi] == w->end
                       ? (long)gi
                       : -1;
    }
    for (size_t k = 0; k < doc->n_words; k++) {
      long gk = to_gold[k];
      if (gk < 0)
        continue;
      const annals_word *w = &doc->words[k];
      match++;
      int u = nlp_upos_find(w->upos, strlen(w->upos));
      upos += u == g[gk].upos;
      long gh = g[gk].head; /* gold head, -1 root */
      bool head_ok = w->head < 0 ? gh == NLP_HEAD_ROOT
                                 : to_gold[w->head] >= 0 &&
                                       to_gold[w->head] == gh;
      if (head_ok) {
        uas++;
        int dep = nlp_dep_find(w->deprel, strlen(w->deprel));
        las += nlp_dep_universal(dep) == nlp_dep_universal(g[gk].dep);
      }
    }
    g_free(to_gold);
    annals_doc_free(doc);
  }
  printf("  raw text, own tokenizer: words F1 %.2f, UPOS F1 %.2f, UAS F1 "
         "%.2f, LAS F1 %.2f (%zu of %zu sentences not aligned)\n",
         f1(match, gold_n, sys_n), f1(upos, gold_n, sys_n),
         f1(uas, gold_n, sys_n), f1(las, gold_n, sys_n), skipped,
         (size_t)tb->sents->len);
  g_free(gs);
  g_free(ge);
}

static void eval_file(const annals_model *m, const char *path) {
  nlp_treebank tb = {0};
  if (!load(path, &tb))
    return;
  printf("%s\n", path);
  eval_gold(m, &tb);
  eval_raw(m, &tb);
  fflush(stdout);
  nlp_treebank_release(&tb);
}

/* ------------------------------------------------------------------ */
/* Commands                                                             */
/* ------------------------------------------------------------------ */

static int cmd_eval(int argc, char **argv) {
  const char *model = NULL;
  int i = 2;
  for (; i < argc; i++) {
    if (strcmp(argv[i], "--model") == 0 && i + 1 < argc)
      model = argv[++i];
    else
      break;
  }
  if (!model || i >= argc)
    return usage();
  annals_diags d;
  annals_diags_init(&d);
  annals_model *m;
  if (annals_model_load(model, &m, &d) != ANNALS_OK) {
    for (size_t k = 0; k < d.n; k++)
      annals_diag_print(&d.items[k], stderr);
    annals_diags_release(&d);
    return 1;
  }
  annals_diags_release(&d);
  for (; i < argc; i++)
    eval_file(m, argv[i]);
  annals_model_free(m);
  return 0;
}

static int cmd_model(int argc, char **argv) {
  const char *treebank = NULL, *wordnet = "/usr/share/wordnet", *out = NULL;
  bool with_dev = false;
  nlp_train_opts o;
  nlp_train_opts_init(&o);
  o.max_tagger = 60000;
  o.max_moves = 200000;
  o.max_labels = 60000;
  o.log = log_line;
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(a, "--with-dev") == 0) {
      with_dev = true;
      continue;
    }
    if (!v)
      return usage();
    i++;
    if (strcmp(a, "--treebank") == 0)
      treebank = v;
    else if (strcmp(a, "--wordnet") == 0)
      wordnet = v;
    else if (strcmp(a, "-o") == 0)
      out = v;
    else if (strcmp(a, "--tagger-epochs") == 0)
      o.tagger_epochs = atoi(v);
    else if (strcmp(a, "--parser-epochs") == 0)
      o.parser_epochs = atoi(v);
    else if (strcmp(a, "--tagger-runs") == 0)
      o.tagger_runs = atoi(v);
    else if (strcmp(a, "--parser-runs") == 0)
      o.parser_runs = atoi(v);
    else if (strcmp(a, "--folds") == 0)
      o.folds = atoi(v);
    else if (strcmp(a, "--max-tagger") == 0)
      o.max_tagger = (size_t)atol(v);
    else if (strcmp(a, "--max-moves") == 0)
      o.max_moves = (size_t)atol(v);
    else if (strcmp(a, "--max-labels") == 0)
      o.max_labels = (size_t)atol(v);
    else if (strcmp(a, "--seed") == 0)
      o.seed = (uint64_t)atoll(v);
    else
      return usage();
  }
  if (!treebank || !out)
    return usage();
  char *train_path = find_file(treebank, "-ud-train.conllu");
  if (!train_path) {
    fprintf(stderr, "tool_train: no *-ud-train.conllu in %s\n", treebank);
    return 1;
  }
  char *dev_path = with_dev ? find_file(treebank, "-ud-dev.conllu") : NULL;
  if (with_dev && !dev_path) {
    fprintf(stderr, "tool_train: no *-ud-dev.conllu in %s\n", treebank);
    return 1;
  }
  nlp_treebank train = {0};
  if (!load(train_path, &train) || (dev_path && !load(dev_path, &train)))
    return 1;
  size_t n = train.sents->len;
  size_t *ids = g_new(size_t, n ? n : 1);
  for (size_t i = 0; i < n; i++)
    ids[i] = i;
  annals_model *m = g_new0(annals_model, 1);
  m->owned = true;
  char err[300];
  if (!nlp_lexicon_build(&m->lexicon, wordnet, &train, ids, n, err,
                         sizeof err)) {
    fprintf(stderr, "tool_train: %s\n", err);
    return 1;
  }
  nlp_treebank_atoms(&train, &m->lexicon);
  nlp_train_tagger(&train, ids, n, &o, &m->tagger);
  nlp_tagger_build_dict(&train, ids, n, &m->tagger);
  nlp_jackknife_tags(&train, ids, n, &o);
  nlp_train_parser(&train, ids, n, &o, &m->parser);
  char *base = g_path_get_basename(train_path);
  if (dev_path) {
    char *db = g_path_get_basename(dev_path);
    char *both = g_strconcat(base, " + ", db, NULL);
    g_free(db);
    g_free(base);
    base = both;
  }
  char *about = g_strdup_printf(
      "name: English\n"
      "data: %s (Universal Dependencies), %zu sentences\n"
      "licence: CC BY-SA 4.0, as the treebank it is trained on\n"
      "lexicon: WordNet 3.0 (Princeton University, WordNet licence)\n"
      "training: tagger %d epochs, parser %d epochs, %d folds, seed %llu, "
      "features kept %zu/%zu/%zu\n",
      base, n, o.tagger_epochs, o.parser_epochs, o.folds,
      (unsigned long long)o.seed, o.max_tagger, o.max_moves, o.max_labels);
  char *tmp = g_strconcat(out, ".tmp", NULL);
  FILE *fp = fopen(tmp, "wb");
  bool ok = fp && nlp_model_write(&m->tagger, &m->parser, &m->lexicon, about,
                                  fp);
  if (fp && fclose(fp) != 0)
    ok = false;
  if (!ok || rename(tmp, out) != 0) {
    fprintf(stderr, "tool_train: cannot write %s\n", out);
    remove(tmp);
    return 1;
  }
  annals_model_free(m);
  g_free(about);
  g_free(base);
  g_free(tmp);
  g_free(ids);
  nlp_treebank_release(&train);
  /* Score what was written, read back as a program would read it. */
  annals_diags d;
  annals_diags_init(&d);
  if (annals_model_load(out, &m, &d) != ANNALS_OK) {
    for (size_t k = 0; k < d.n; k++)
      annals_diag_print(&d.items[k], stderr);
    return 1;
  }
  annals_diags_release(&d);
  /* A model trained on the dev file is scored on test only. */
  static const char *const parts[] = {"-ud-dev.conllu", "-ud-test.conllu"};
  for (size_t i = dev_path ? 1 : 0; i < ARRAY_SIZE(parts); i++) {
    char *p = find_file(treebank, parts[i]);
    if (p)
      eval_file(m, p);
    g_free(p);
  }
  annals_model_free(m);
  g_free(train_path);
  g_free(dev_path);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2)
    return usage();
  if (strcmp(argv[1], "model") == 0)
    return cmd_model(argc, argv);
  if (strcmp(argv[1], "eval") == 0)
    return cmd_eval(argc, argv);
  return usage();
}
