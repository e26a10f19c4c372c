/*
 * nlp/train.c - training of the tagger and the parser from a treebank,
 * and their evaluation.  Deterministic: sentences are shuffled by a
 * seeded generator, ties are broken by class number, and tables are
 * written in key order, so the same treebank and options always give the
 * same model bytes.
 */
#include "nlp/nlp.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void nlp_train_opts_init(nlp_train_opts *o) {
  memset(o, 0, sizeof *o);
  o->tagger_epochs = 8;
  o->parser_epochs = 12;
  o->parser_runs = 1;
  o->tagger_runs = 1;
  o->folds = 10;
  o->seed = 1;
}

static void say(const nlp_train_opts *o, const char *fmt, ...) {
  if (!o->log)
    return;
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  o->log(o->log_ctx, buf);
}

/* xorshift64*: a small generator whose sequence is fixed by its seed. */
static uint64_t rnd(uint64_t *s) {
  *s ^= *s >> 12;
  *s ^= *s << 25;
  *s ^= *s >> 27;
  return *s * 2685821657736338717ull;
}

/* The seed of run r of a training (run 0: the seed of one run). */
static uint64_t run_seed(const nlp_train_opts *o, int r) {
  return (o->seed + (uint64_t)r * 1000003u) * 0x9E3779B97F4A7C15ull;
}

static void shuffle(size_t *a, size_t n, uint64_t *s) {
  for (size_t i = n; i > 1; i--) {
    size_t j = (size_t)(rnd(s) % i);
    size_t t = a[i - 1];
    a[i - 1] = a[j];
    a[j] = t;
  }
}

static nlp_word *sent_words(const nlp_treebank *tb, const nlp_tb_sent *s) {
  return &g_array_index(tb->words, nlp_word, s->first);
}

static const nlp_gold *sent_gold(const nlp_treebank *tb,
                                 const nlp_tb_sent *s) {
  return &g_array_index(tb->gold, nlp_gold, s->first);
}

void nlp_treebank_atoms(nlp_treebank *tb, const nlp_lexicon *lx) {
  for (size_t si = 0; si < tb->sents->len; si++) {
    const nlp_tb_sent *s = &g_array_index(tb->sents, nlp_tb_sent, si);
    nlp_word *w = sent_words(tb, s);
    for (size_t i = 0; i < s->n; i++) {
      nlp_word_atoms(&w[i], tb->buf->str, i == 0);
      if (lx) {
        char low[NLP_NORM_MAX];
        size_t nl = nlp_normalise(tb->buf->str + w[i].start,
                                  w[i].end - w[i].start, true, low);
        w[i].lex = nlp_lex_class(lx, low, nl);
      }
    }
  }
}

/* ------------------------------------------------------------------ */
/* Lexicon                                                              */
/* ------------------------------------------------------------------ */

static uint32_t pool_add(GString *pool, const char *s, size_t n) {
  uint32_t off = (uint32_t)pool->len;
  g_string_append_len(pool, s, (gssize)n);
  g_string_append_c(pool, '\0');
  return off;
}

static void add_pair(GArray *a, uint32_t key, uint32_t val) {
  nlp_kv_slot p = {key, val};
  g_array_append_val(a, p);
}

/* Reads a WordNet file into a NUL-terminated buffer. */
static char *read_wn(const char *dir, const char *file, char *err,
                     size_t err_size) {
  char *path = g_build_filename(dir, file, NULL);
  char *buf = NULL;
  if (!g_file_get_contents(path, &buf, NULL, NULL)) {
    snprintf(err, err_size, "cannot read %s", path);
    buf = NULL;
  }
  g_free(path);
  return buf;
}

bool nlp_lexicon_build(nlp_lexicon *lx, const char *wordnet_dir,
                       const nlp_treebank *tb, const size_t *ids, size_t n,
                       char *err, size_t err_size) {
  memset(lx, 0, sizeof *lx);
  static const struct {
    const char *index, *exc;
    unsigned bit;
  } parts[] = {
      {"index.noun", "noun.exc", NLP_LEX_NOUN},
      {"index.verb", "verb.exc", NLP_LEX_VERB},
      {"index.adj", "adj.exc", NLP_LEX_ADJ},
      {"index.adv", "adv.exc", NLP_LEX_ADV},
  };
  GString *pool = g_string_new(NULL);
  g_string_append_c(pool, '\0'); /* offset 0: no string */
  GHashTable *bits = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                           NULL);
  GArray *exc = g_array_new(FALSE, FALSE, sizeof(nlp_kv_slot));
  bool ok = true;
  for (size_t p = 0; p < ARRAY_SIZE(parts) && ok; p++) {
    char *buf = read_wn(wordnet_dir, parts[p].index, err, err_size);
    if (!buf) {
      ok = false;
      break;
    }
    for (char *ln = buf; *ln;) {
      char *end = strchr(ln, '\n');
      size_t len = end ? (size_t)(end - ln) : strlen(ln);
      size_t w = 0;
      while (w < len && ln[w] != ' ')
        w++;
      if (ln[0] != ' ' && w > 0 && w <= NLP_NORM_MAX &&
          !memchr(ln, '_', w)) {
        char *lemma = g_strndup(ln, w);
        gpointer old = g_hash_table_lookup(bits, lemma);
        unsigned v = GPOINTER_TO_UINT(old) | parts[p].bit;
        g_hash_table_insert(bits, lemma, GUINT_TO_POINTER(v));
      }
      ln = end ? end + 1 : ln + len;
    }
    g_free(buf);
    buf = read_wn(wordnet_dir, parts[p].exc, err, err_size);
    if (!buf) {
      ok = false;
      break;
    }
    for (char *ln = buf; *ln;) {
      char *end = strchr(ln, '\n');
      size_t len = end ? (size_t)(end - ln) : strlen(ln);
      char *sp = memchr(ln, ' ', len);
      if (sp && !memchr(ln, '_', len)) {
        size_t fl = (size_t)(sp - ln);
        char *l2 = sp + 1;
        size_t ll = 0;
        while (l2 + ll < ln + len && l2[ll] != ' ')
          ll++;
        if (fl && ll && fl <= NLP_NORM_MAX && ll <= NLP_NORM_MAX)
          add_pair(exc, nlp_key32(ln, fl, parts[p].bit),
                   pool_add(pool, l2, ll));
      }
      ln = end ? end + 1 : ln + len;
    }
    g_free(buf);
  }
  if (!ok) {
    g_string_free(pool, TRUE);
    g_hash_table_destroy(bits);
    g_array_free(exc, TRUE);
    return false;
  }
  /* Lemma keys in sorted order, so the table is built the same way. */
  GList *keys = g_list_sort(g_hash_table_get_keys(bits), (GCompareFunc)strcmp);
  GArray *lem = g_array_new(FALSE, FALSE, sizeof(nlp_kv_slot));
  for (GList *k = keys; k; k = k->next) {
    const char *l = k->data;
    add_pair(lem, nlp_key32(l, strlen(l), 0),
             GPOINTER_TO_UINT(g_hash_table_lookup(bits, l)));
  }
  g_list_free(keys);
  g_hash_table_destroy(bits);
  nlp_kv_build(&lx->lemmas, (const nlp_kv_slot *)(void *)lem->data, lem->len);
  nlp_kv_build(&lx->exc, (const nlp_kv_slot *)(void *)exc->data, exc->len);
  g_array_free(lem, TRUE);
  g_array_free(exc, TRUE);

  /* The treebank's lemmas where the rules give another: for each (form,
   * XPOS), the most frequent gold lemma when it beats the rules. */
  lx->pool = pool->str;
  lx->pool_len = pool->len;
  GHashTable *votes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                            NULL);
  for (size_t k = 0; tb && k < n; k++) {
    const nlp_tb_sent *s = &g_array_index(tb->sents, nlp_tb_sent, ids[k]);
    const nlp_word *w = sent_words(tb, s);
    const nlp_gold *g = sent_gold(tb, s);
    for (size_t i = 0; i < s->n; i++) {
      char got[NLP_NORM_MAX + 8], low[NLP_NORM_MAX + 1];
      const char *form = tb->buf->str + w[i].start;
      size_t fl = w[i].end - w[i].start;
      size_t gl = nlp_lemmatize(lx, form, fl, g[i].upos, g[i].xpos, got);
      const char *want = tb->lemmas->str + g[i].lemma;
      size_t nl = nlp_normalise(form, fl, true, low);
      low[nl] = '\0';
      bool right = strlen(want) == gl && memcmp(want, got, gl) == 0;
      /* key: xpos \t form \t lemma ; "=" counts the rules' successes */
      char *key = g_strdup_printf("%d\t%s\t%s", g[i].xpos, low,
                                  right ? "=" : want);
      gpointer old = g_hash_table_lookup(votes, key);
      g_hash_table_insert(votes, key, GUINT_TO_POINTER(GPOINTER_TO_UINT(old) + 1));
    }
  }
  GList *vk = g_list_sort(g_hash_table_get_keys(votes), (GCompareFunc)strcmp);
  GArray *tbp = g_array_new(FALSE, FALSE, sizeof(nlp_kv_slot));
  /* Keys sort by (xpos, form), so the votes of one form are adjacent. */
  for (GList *a = vk; a;) {
    const char *ka = a->data;
    const char *t2 = strchr(strchr(ka, '\t') + 1, '\t');
    size_t prefix = (size_t)(t2 - ka) + 1;
    unsigned best = 0, rules = 0;
    const char *best_lemma = NULL;
    GList *b = a;
    for (; b && strncmp(b->data, ka, prefix) == 0; b = b->next) {
      const char *kb = b->data;
      unsigned v = GPOINTER_TO_UINT(g_hash_table_lookup(votes, kb));
      if (strcmp(kb + prefix, "=") == 0)
        rules = v;
      else if (v > best) {
        best = v;
        best_lemma = kb + prefix;
      }
    }
    if (best_lemma && best > rules) {
      int xpos = atoi(ka);
      const char *form = strchr(ka, '\t') + 1;
      size_t fl = (size_t)(t2 - form);
      add_pair(tbp, nlp_key32(form, fl, 100u + (unsigned)xpos),
               pool_add(pool, best_lemma, strlen(best_lemma)));
    }
    a = b;
  }
  g_list_free(vk);
  g_hash_table_destroy(votes);
  nlp_kv_build(&lx->tb, (const nlp_kv_slot *)(void *)tbp->data, tbp->len);
  g_array_free(tbp, TRUE);
  lx->pool_len = pool->len;
  lx->pool = g_string_free(pool, FALSE);
  return true;
}

void nlp_lexicon_release(nlp_lexicon *lx) {
  nlp_kv_release(&lx->lemmas);
  nlp_kv_release(&lx->exc);
  nlp_kv_release(&lx->tb);
  g_free((void *)lx->pool);
  memset(lx, 0, sizeof *lx);
}

void nlp_tagger_release(nlp_tagger *t) {
  nlp_wtable_release(&t->w);
  nlp_kv_release(&t->dict);
  memset(t, 0, sizeof *t);
}

/* ------------------------------------------------------------------ */
/* Tagger                                                               */
/* ------------------------------------------------------------------ */

/* The classes: every (UPOS, XPOS) pair of the training sentences, most
 * frequent first (ties by the pair's numbers). */
static void tag_classes(const nlp_treebank *tb, const size_t *ids, size_t n,
                        nlp_tagger *t, uint8_t cls[NLP_UPOS_COUNT][NLP_XPOS_COUNT]) {
  size_t count[NLP_UPOS_COUNT][NLP_XPOS_COUNT];
  memset(count, 0, sizeof count);
  for (size_t k = 0; k < n; k++) {
    const nlp_tb_sent *s = &g_array_index(tb->sents, nlp_tb_sent, ids[k]);
    const nlp_gold *g = sent_gold(tb, s);
    for (size_t i = 0; i < s->n; i++)
      count[g[i].upos][g[i].xpos]++;
  }
  t->n_tags = 0;
  memset(cls, 255, sizeof(uint8_t) * NLP_UPOS_COUNT * NLP_XPOS_COUNT);
  for (;;) {
    size_t best = 0;
    int bu = -1, bx = -1;
    for (int u = 0; u < NLP_UPOS_COUNT; u++)
      for (int x = 0; x < NLP_XPOS_COUNT; x++)
        if (count[u][x] > best) {
          best = count[u][x];
          bu = u;
          bx = x;
        }
    if (bu < 0 || t->n_tags == 255)
      break;
    cls[bu][bx] = (uint8_t)t->n_tags;
    t->upos[t->n_tags] = (uint8_t)bu;
    t->xpos[t->n_tags] = (uint8_t)bx;
    t->n_tags++;
    count[bu][bx] = 0;
  }
}

/* The gold class of a word, or the most frequent class of its UPOS when
 * the pair never occurred in training. */
static int gold_class(const nlp_tagger *t,
                      uint8_t cls[NLP_UPOS_COUNT][NLP_XPOS_COUNT],
                      const nlp_gold *g) {
  if (cls[g->upos][g->xpos] != 255)
    return cls[g->upos][g->xpos];
  for (uint32_t c = 0; c < t->n_tags; c++)
    if (t->upos[c] == g->upos)
      return (int)c;
  return 0;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* The tag dictionary: forms seen at least DICT_MIN times in the
 * sentences ids[0..n), DICT_SHARE of them or more with one class. */
#define DICT_MIN 20
#define DICT_SHARE 0.995
void nlp_tagger_build_dict(const nlp_treebank *tb, const size_t *ids,
                           size_t n, nlp_tagger *t) {
  uint8_t cls[NLP_UPOS_COUNT][NLP_XPOS_COUNT];
  nlp_tagger classes = {0}; /* the same classes as t's */
  tag_classes(tb, ids, n, &classes, cls);
  nlp_kv_release(&t->dict);
  nlp_kv *out = &t->dict;
  GArray *kc = g_array_new(FALSE, FALSE, sizeof(uint64_t)); /* key, class */
  for (size_t k = 0; k < n; k++) {
    const nlp_tb_sent *s = &g_array_index(tb->sents, nlp_tb_sent, ids[k]);
    const nlp_word *w = sent_words(tb, s);
    const nlp_gold *g = sent_gold(tb, s);
    for (size_t i = 0; i < s->n; i++) {
      uint64_t v = (uint64_t)nlp_tagdict_key(w[i].form) << 32 |
                   (uint32_t)gold_class(&classes, cls, &g[i]);
      g_array_append_val(kc, v);
    }
  }
  qsort(kc->data, kc->len, sizeof(uint64_t), cmp_u64);
  GArray *pairs = g_array_new(FALSE, FALSE, sizeof(nlp_kv_slot));
  const uint64_t *v = (const uint64_t *)(void *)kc->data;
  for (size_t a = 0; a < kc->len;) {
    size_t b = a, best = 0, run = 0;
    uint32_t best_cls = 0;
    for (; b < kc->len && v[b] >> 32 == v[a] >> 32; b++) {
      run = b > a && v[b] == v[b - 1] ? run + 1 : 1;
      if (run > best) {
        best = run;
        best_cls = (uint32_t)v[b];
      }
    }
    if (b - a >= DICT_MIN && (double)best >= DICT_SHARE * (double)(b - a)) {
      nlp_kv_slot p = {(uint32_t)(v[a] >> 32), best_cls};
      g_array_append_val(pairs, p);
    }
    a = b;
  }
  nlp_kv_build(out, (const nlp_kv_slot *)(void *)pairs->data, pairs->len);
  g_array_free(pairs, TRUE);
  g_array_free(kc, TRUE);
}

/* One run of the tagger's training from seed: o->tagger_epochs passes
 * updating p, then averaged. */
static void tagger_run(const nlp_treebank *tb, const size_t *ids, size_t n,
                       const nlp_train_opts *o, const nlp_tagger *out,
                       uint8_t cls[NLP_UPOS_COUNT][NLP_XPOS_COUNT],
                       uint64_t seed, nlp_percep *p) {
  size_t *order = g_new(size_t, n ? n : 1);
  memcpy(order, ids, n * sizeof *ids);
  nlp_word *w = g_new(nlp_word, 512);
  uint32_t f[NLP_TAGGER_MAX_FEATS];
  float sc[256];
  for (int ep = 0; ep < o->tagger_epochs; ep++) {
    shuffle(order, n, &seed);
    size_t right = 0, total = 0;
    for (size_t k = 0; k < n; k++) {
      const nlp_tb_sent *s = &g_array_index(tb->sents, nlp_tb_sent, order[k]);
      memcpy(w, sent_words(tb, s), s->n * sizeof *w);
      const nlp_gold *g = sent_gold(tb, s);
      for (size_t i = 0; i < s->n; i++) {
        size_t nf = nlp_tagger_feats(w, s->n, i, f);
        nlp_percep_score(p, f, nf, sc);
        int best = 0;
        for (uint32_t c = 1; c < out->n_tags; c++)
          if (sc[c] > sc[best])
            best = (int)c;
        int truth = gold_class(out, cls, &g[i]);
        nlp_percep_update(p, f, nf, truth, best);
        nlp_percep_tick(p);
        right += best == truth;
        total++;
        /* The history is the tagger's own, as when it runs. */
        w[i].tag = (uint8_t)best;
      }
    }
    say(o, "tagger epoch %d: %.2f%% of %zu words right in training", ep + 1,
        100.0 * (double)right / (double)(total ? total : 1), total);
  }
  nlp_percep_average(p);
  g_free(order);
  g_free(w);
}

void nlp_train_tagger(const nlp_treebank *tb, const size_t *ids, size_t n,
                      const nlp_train_opts *o, nlp_tagger *out) {
  memset(out, 0, sizeof *out);
  uint8_t cls[NLP_UPOS_COUNT][NLP_XPOS_COUNT];
  tag_classes(tb, ids, n, out, cls);
  /* Each run starts from another seed; the tagger is the mean of the
   * runs' averaged weights. */
  int runs = o->tagger_runs > 1 ? o->tagger_runs : 1;
  nlp_percep sum;
  nlp_percep_init(&sum, out->n_tags);
  for (int r = 0; r < runs; r++) {
    nlp_percep p;
    nlp_percep_init(&p, out->n_tags);
    uint64_t seed = run_seed(o, r) + 1;
    tagger_run(tb, ids, n, o, out, cls, seed, &p);
    nlp_percep_add(&sum, &p, 1.0f / (float)runs);
    nlp_percep_release(&p);
  }
  nlp_percep_export(&sum, o->prune, o->max_tagger, &out->w);
  say(o, "tagger: %zu features, %zu weights kept", sum.n, out->w.n_ents);
  nlp_percep_release(&sum);
}

/* ------------------------------------------------------------------ */
/* Parser                                                               */
/* ------------------------------------------------------------------ */

void nlp_gold_tags(nlp_treebank *tb) {
  for (size_t i = 0; i < tb->words->len; i++) {
    nlp_word *w = &g_array_index(tb->words, nlp_word, i);
    const nlp_gold *g = &g_array_index(tb->gold, nlp_gold, i);
    w->upos = g->upos;
    w->xpos = g->xpos;
    w->xpos2 = 255;
  }
}

void nlp_jackknife_tags(nlp_treebank *tb, const size_t *ids, size_t n,
                        const nlp_train_opts *o) {
  int folds = o->folds < 2 ? 2 : o->folds;
  size_t *in = g_new(size_t, n ? n : 1), *out = g_new(size_t, n ? n : 1);
  nlp_word *w = g_new(nlp_word, 512);
  nlp_train_opts q = *o;
  q.log = NULL;
  q.tagger_runs = 1; /* runs would cost their number in time here */
  for (int k = 0; k < folds; k++) {
    size_t ni = 0, no = 0;
    for (size_t j = 0; j < n; j++) {
      if ((int)(j % (size_t)folds) == k)
        out[no++] = ids[j];
      else
        in[ni++] = ids[j];
    }
    nlp_tagger t;
    nlp_train_tagger(tb, in, ni, &q, &t);
    size_t right = 0, total = 0;
    for (size_t j = 0; j < no; j++) {
      const nlp_tb_sent *s = &g_array_index(tb->sents, nlp_tb_sent, out[j]);
      nlp_word *tw = sent_words(tb, s);
      const nlp_gold *g = sent_gold(tb, s);
      memcpy(w, tw, s->n * sizeof *w);
      nlp_tag(&t, w, s->n, NULL, NULL);
      for (size_t i = 0; i < s->n; i++) {
        tw[i].tag = w[i].tag;
        tw[i].upos = w[i].upos;
        tw[i].xpos = w[i].xpos;
        tw[i].xpos2 = w[i].xpos2;
        right += w[i].upos == g[i].upos;
        if (getenv("TAG2STATS"))
          fprintf(stderr, "T2 %d %d %d\n", w[i].xpos == g[i].xpos,
                  w[i].xpos2 != 255, w[i].xpos2 == g[i].xpos);
        total++;
      }
    }
    say(o, "jackknife fold %d: UPOS %.2f%%", k + 1,
        100.0 * (double)right / (double)(total ? total : 1));
    nlp_tagger_release(&t);
  }
  g_free(in);
  g_free(out);
  g_free(w);
}

void nlp_parser_release(nlp_parser *p) {
  nlp_wtable_release(&p->moves);
  nlp_wtable_release(&p->labels);
  memset(p, 0, sizeof *p);
}

/* One run of the parser's training: o->parser_epochs passes over the
 * sentences ids[0..n) in an order shuffled from seed, updating the
 * perceptrons of the moves (pm) and of the labels (pl; cls_of maps a
 * relation to its label class). */
static void parser_run(const nlp_treebank *tb, const size_t *ids, size_t n,
                       const nlp_train_opts *o, const nlp_parser *out,
                       const int *cls_of, int run, uint64_t seed,
                       nlp_percep *pm, nlp_percep *pl) {
  size_t *order = g_new(size_t, n ? n : 1);
  memcpy(order, ids, n * sizeof *ids);
  int gh[NLP_PARSE_MAX + 1];
  uint32_t f[NLP_PARSER_MAX_FEATS];
  float sc[64];
  for (int ep = 0; ep < o->parser_epochs; ep++) {
    shuffle(order, n, &seed);
    size_t moves = 0, wrong = 0, arcs = 0, heads = 0, labels = 0;
    for (size_t k = 0; k < n; k++) {
      const nlp_tb_sent *s = &g_array_index(tb->sents, nlp_tb_sent, order[k]);
      if (s->n > NLP_PARSE_MAX)
        continue;
      const nlp_word *w = sent_words(tb, s);
      const nlp_gold *g = sent_gold(tb, s);
      int sn = (int)s->n;
      for (int i = 0; i < sn; i++)
        gh[i] = g[i].head == NLP_HEAD_ROOT ? sn : g[i].head;
      nlp_config c;
      nlp_config_init(&c, w, sn);
      while (!nlp_config_done(&c)) {
        size_t nf = nlp_parser_feats(&c, f);
        nlp_percep_score(pm, f, nf, sc);
        int costs[NLP_MOVES];
        nlp_move_costs(&c, gh, costs);
        int pred = -1, gold = -1;
        for (int m = 0; m < NLP_MOVES; m++) {
          if (costs[m] < 0)
            continue;
          if (pred < 0 || sc[m] > sc[pred])
            pred = m;
          if (costs[m] == 0 && (gold < 0 || sc[m] > sc[gold]))
            gold = m;
        }
        if (gold < 0) /* no zero-cost move: take the cheapest */
          for (int m = 0; m < NLP_MOVES; m++)
            if (costs[m] >= 0 && (gold < 0 || costs[m] < costs[gold]))
              gold = m;
        moves++;
        if (costs[pred] > 0) {
          wrong++;
          nlp_percep_update(pm, f, nf, gold, pred);
        }
        nlp_percep_tick(pm);
        bool explore = ep > 0 && (rnd(&seed) % 10) != 0;
        int m = explore ? pred : gold;
        int dep = NLP_DEP_DEP;
        if ((m == NLP_LEFT && c.b < sn) || m == NLP_RIGHT) {
          int h = m == NLP_LEFT ? c.b : c.stack[c.sp - 1];
          int d = m == NLP_LEFT ? c.stack[c.sp - 1] : c.b;
          size_t nlf = nlp_label_feats(&c, h, d, f);
          nlp_percep_score(pl, f, nlf, sc);
          int bl = 0;
          for (uint32_t l = 1; l < out->n_labels; l++)
            if (sc[l] > sc[bl])
              bl = (int)l;
          dep = out->label_dep[bl];
          arcs++;
          if (gh[d] == h) {
            heads++;
            int truth = cls_of[g[d].dep];
            if (truth >= 0) {
              nlp_percep_update(pl, f, nlf, truth, bl);
              labels += truth == bl;
              if (!explore)
                dep = g[d].dep;
            }
            nlp_percep_tick(pl);
          }
        }
        nlp_move_apply(&c, m, dep);
      }
      nlp_config_release(&c);
    }
    say(o, "parser run %d epoch %d: %.2f%% of %zu moves wrong; %.2f%% of %zu "
           "arcs right, %.2f%% of those labelled right",
        run + 1, ep + 1, 100.0 * (double)wrong / (double)(moves ? moves : 1),
        moves,
        100.0 * (double)heads / (double)(arcs ? arcs : 1), arcs,
        100.0 * (double)labels / (double)(heads ? heads : 1));
  }
  g_free(order);
}

void nlp_train_parser(const nlp_treebank *tb, const size_t *ids, size_t n,
                      const nlp_train_opts *o, nlp_parser *out) {
  memset(out, 0, sizeof *out);
  /* Label classes: every relation of the training sentences but root,
   * most frequent first. */
  size_t count[NLP_DEP_COUNT] = {0};
  for (size_t k = 0; k < n; k++) {
    const nlp_tb_sent *s = &g_array_index(tb->sents, nlp_tb_sent, ids[k]);
    const nlp_gold *g = sent_gold(tb, s);
    for (size_t i = 0; i < s->n; i++)
      count[g[i].dep]++;
  }
  count[NLP_DEP_ROOT] = 0;
  count[NLP_DEP_NONE] = 0;
  int cls_of[NLP_DEP_COUNT];
  for (int d = 0; d < NLP_DEP_COUNT; d++)
    cls_of[d] = -1;
  for (;;) {
    int best = -1;
    for (int d = 0; d < NLP_DEP_COUNT; d++)
      if (count[d] && (best < 0 || count[d] > count[best]))
        best = d;
    if (best < 0 || out->n_labels == 64)
      break;
    cls_of[best] = (int)out->n_labels;
    out->label_dep[out->n_labels++] = (uint8_t)best;
    count[best] = 0;
  }
  /* Each run starts from another seed; the model is the mean of the
   * runs' averaged weights. */
  int runs = o->parser_runs > 1 ? o->parser_runs : 1;
  nlp_percep sm, sl;
  nlp_percep_init(&sm, NLP_MOVES);
  nlp_percep_init(&sl, out->n_labels ? out->n_labels : 1);
  for (int r = 0; r < runs; r++) {
    nlp_percep pm, pl;
    nlp_percep_init(&pm, NLP_MOVES);
    nlp_percep_init(&pl, out->n_labels ? out->n_labels : 1);
    uint64_t seed = run_seed(o, r) + 77;
    parser_run(tb, ids, n, o, out, cls_of, r, seed, &pm, &pl);
    nlp_percep_average(&pm);
    nlp_percep_average(&pl);
    nlp_percep_add(&sm, &pm, 1.0f / (float)runs);
    nlp_percep_add(&sl, &pl, 1.0f / (float)runs);
    nlp_percep_release(&pm);
    nlp_percep_release(&pl);
  }
  nlp_percep_export(&sm, o->prune, o->max_moves, &out->moves);
  nlp_percep_export(&sl, o->prune, o->max_labels, &out->labels);
  say(o, "parser: %zu move features (%zu weights), %zu label features "
         "(%zu weights)",
      sm.n, out->moves.n_ents, sl.n, out->labels.n_ents);
  nlp_percep_release(&sm);
  nlp_percep_release(&sl);
}

/* ------------------------------------------------------------------ */
/* Evaluation                                                           */
/* ------------------------------------------------------------------ */

void nlp_eval_gold_tokens(const nlp_treebank *tb, const nlp_tagger *t,
                          const nlp_lexicon *lx, const nlp_parser *p,
                          nlp_scores *sc) {
  memset(sc, 0, sizeof *sc);
  nlp_word *w = g_new(nlp_word, 512);
  for (size_t si = 0; si < tb->sents->len; si++) {
    const nlp_tb_sent *s = &g_array_index(tb->sents, nlp_tb_sent, si);
    memcpy(w, sent_words(tb, s), s->n * sizeof *w);
    const nlp_gold *g = sent_gold(tb, s);
    nlp_tag(t, w, s->n, NULL, NULL);
    if (getenv("EVAL_GOLDTAGS"))
      for (size_t i = 0; i < s->n; i++) {
        w[i].upos = g[i].upos;
        w[i].xpos = g[i].xpos;
      }
    if (p)
      nlp_parse(p, w, s->n, NULL, NULL);
    if (p && getenv("NLP_PARSE_ERRORS"))
      for (size_t i = 0; i < s->n; i++)
        fprintf(stderr, "PE %d %s %s %s %d\n", w[i].upos == g[i].upos, nlp_upos_name(g[i].upos),
                nlp_dep_name(g[i].dep), nlp_dep_name(w[i].dep),
                (w[i].head == g[i].head) + 2 * (w[i].dep == g[i].dep));
    for (size_t i = 0; i < s->n; i++) {
      sc->words++;
      if (p && w[i].head == g[i].head) {
        sc->uas++;
        sc->las += w[i].dep == g[i].dep;
        sc->las_univ +=
            nlp_dep_universal(w[i].dep) == nlp_dep_universal(g[i].dep);
      }
      sc->upos += w[i].upos == g[i].upos;
      sc->xpos += w[i].xpos == g[i].xpos;
      sc->both += w[i].upos == g[i].upos && w[i].xpos == g[i].xpos;
      if (lx) {
        char lem[NLP_NORM_MAX + 8];
        size_t ll = nlp_lemmatize(lx, tb->buf->str + w[i].start,
                                  w[i].end - w[i].start, w[i].upos, w[i].xpos,
                                  lem);
        const char *want = tb->lemmas->str + g[i].lemma;
        bool ok = strlen(want) == ll && memcmp(want, lem, ll) == 0;
        sc->lemma += ok;
        if (!ok && getenv("NLP_LEMMA_ERRORS"))
          fprintf(stderr, "LEM %s %s got %s want %s\n",
                  nlp_xpos_name(w[i].xpos), nlp_xpos_name(g[i].xpos), lem,
                  want);
      }
      if (getenv("NLP_ERRORS") && w[i].upos != g[i].upos)
        fprintf(stderr, "ERR %s %s %.*s\n", nlp_upos_name(g[i].upos),
                nlp_upos_name(w[i].upos), (int)(w[i].end - w[i].start),
                tb->buf->str + w[i].start);
    }
  }
  g_free(w);
}
