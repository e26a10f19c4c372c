/*
 * tool_tokeval.c - development tool: scores nlp_tokenize() against the
 * gold words of a CoNLL-U treebank (UD English EWT).
 *
 *   build/tool_tokeval FILE.conllu [--errors N]
 *
 * For each sentence the tokenizer runs on its "# text = " line.  The gold
 * words get byte spans by aligning their forms to that text (skipping
 * whitespace); a multiword token (ID "3-4") is aligned by its surface
 * form and cut by the forms of its parts when they concatenate to it
 * (otherwise it counts as one gold word); empty nodes ("8.1") are
 * ignored.  A predicted word is correct when its span is exactly a gold
 * word's span.  Prints word precision, recall and F1, the accuracy of the
 * MWT flags on the correct words (MWT and MWT_FIRST both right), the MWT
 * words found, the tokenizer's speed, and the first N mismatches (default
 * 0) with their context: "~" marks an MWT part.
 *
 * Exit status: 0 on success, 1 when the file cannot be read, 2 on a usage
 * error.
 */
#include "nlp/nlp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
  size_t start, end;
  bool mwt, first;
} gold_word;

typedef struct {
  /* counts */
  size_t sents, skipped, gold, pred, correct;
  size_t mwt_ok, gold_mwt, pred_mwt, both_mwt;
  GPtrArray *texts; /* every sentence, for the speed test */
  /* error printing */
  long errors_left;
} score;

/* A multiword token being read: its surface span and its parts' forms. */
typedef struct {
  bool open;
  long last; /* ID of its last part */
  size_t start, end;
  GString *parts; /* the parts' forms, concatenated */
  GArray *lens;   /* size_t: the length of each part */
} mwt_state;

/* Length of the whitespace character at s[i] (ASCII blanks, U+00A0,
 * U+2000..U+200B, U+202F, U+3000), or 0. */
static size_t space_len(const char *s, size_t i, size_t n) {
  const unsigned char *u = (const unsigned char *)s + i;
  size_t left = n - i;
  if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r' || *u == '\f' ||
      *u == '\v')
    return 1;
  if (left >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
    return 2;
  if (left >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] <= 0x8B || u[2] == 0xAF))
    return 3;
  if (left >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
    return 3;
  return 0;
}

/* Aligns form at or after *pos in text; returns false when it is not
 * there. */
static bool align(const char *text, size_t n, size_t *pos, const char *form,
                  size_t flen, size_t *start) {
  size_t i = *pos, k;
  while (i < n && (k = space_len(text, i, n)) != 0)
    i += k;
  if (flen == 0 || n - i < flen || memcmp(text + i, form, flen) != 0)
    return false;
  *start = i;
  *pos = i + flen;
  return true;
}

static void print_spans(const char *label, const char *text, const void *v,
                        size_t n, bool gold) {
  printf("    %s:", label);
  for (size_t k = 0; k < n; k++) {
    size_t a, b;
    bool m;
    if (gold) {
      const gold_word *g = (const gold_word *)v + k;
      a = g->start;
      b = g->end;
      m = g->mwt;
    } else {
      const nlp_span *p = (const nlp_span *)v + k;
      a = p->start;
      b = p->end;
      m = (p->flags & NLP_SPAN_MWT) != 0;
    }
    printf(" %.*s%s", (int)(b - a), text + a, m ? "~" : "");
    if (k + 1 < n)
      printf(" |");
  }
  printf("\n");
}

/* Tokenizes every sentence five times over; returns the best speed in
 * bytes per second of CPU time. */
static double speed(const GPtrArray *texts, GArray *pred) {
  double best = 0;
  size_t bytes = 0;
  for (guint k = 0; k < texts->len; k++)
    bytes += strlen(g_ptr_array_index(texts, k));
  for (int rep = 0; rep < 5; rep++) {
    clock_t t0 = clock();
    for (guint k = 0; k < texts->len; k++) {
      const char *s = g_ptr_array_index(texts, k);
      g_array_set_size(pred, 0);
      nlp_tokenize(s, 0, strlen(s), pred);
    }
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (secs > 0 && (double)bytes / secs > best)
      best = (double)bytes / secs;
  }
  return best;
}

/* Prints the regions where the two segmentations differ. */
static void print_errors(score *sc, const char *id, const char *text, size_t n,
                         const gold_word *g, size_t ng, const nlp_span *p,
                         size_t np) {
  size_t gi = 0, pi = 0;
  while ((gi < ng || pi < np) && sc->errors_left > 0) {
    if (gi < ng && pi < np && g[gi].start == p[pi].start &&
        g[gi].end == p[pi].end) {
      gi++;
      pi++;
      continue;
    }
    size_t g0 = gi, p0 = pi;
    size_t ge = gi < ng ? g[gi].end : 0, pe = pi < np ? p[pi].end : 0;
    if (gi < ng)
      gi++;
    if (pi < np)
      pi++;
    while (ge != pe) {
      if ((ge < pe && gi < ng) || pi >= np)
        ge = gi < ng ? g[gi++].end : pe;
      else
        pe = p[pi++].end;
      if (gi >= ng && pi >= np)
        break;
    }
    size_t a = g0 < ng ? g[g0].start : p[p0].start;
    if (p0 < np && p[p0].start < a)
      a = p[p0].start;
    size_t b = ge > pe ? ge : pe;
    size_t ca = a > 30 ? a - 30 : 0, cb = b + 30 < n ? b + 30 : n;
    while (ca > 0 && ((unsigned char)text[ca] & 0xC0) == 0x80)
      ca--;
    while (cb < n && ((unsigned char)text[cb] & 0xC0) == 0x80)
      cb++;
    printf("%s: ...%.*s[[%.*s]]%.*s...\n", id, (int)(a - ca), text + ca,
           (int)(b - a), text + a, (int)(cb - b), text + b);
    print_spans("gold", text, g + g0, gi - g0, true);
    print_spans("pred", text, p + p0, pi - p0, false);
    sc->errors_left--;
  }
}

static void score_sentence(score *sc, const char *id, const char *text,
                           GArray *gold, GArray *pred) {
  size_t n = strlen(text);
  g_array_set_size(pred, 0);
  nlp_tokenize(text, 0, n, pred);
  g_ptr_array_add(sc->texts, g_strdup(text));
  sc->sents++;
  const gold_word *g = (const gold_word *)(void *)gold->data;
  const nlp_span *p = (const nlp_span *)(void *)pred->data;
  size_t ng = gold->len, np = pred->len, gi = 0, pi = 0;
  bool bad = false;
  sc->gold += ng;
  sc->pred += np;
  for (size_t k = 0; k < ng; k++)
    sc->gold_mwt += g[k].mwt;
  for (size_t k = 0; k < np; k++)
    sc->pred_mwt += (p[k].flags & NLP_SPAN_MWT) != 0;
  while (gi < ng && pi < np) {
    if (g[gi].start == p[pi].start && g[gi].end == p[pi].end) {
      bool pm = (p[pi].flags & NLP_SPAN_MWT) != 0;
      bool pf = (p[pi].flags & NLP_SPAN_MWT_FIRST) != 0;
      bool ok = pm == g[gi].mwt && pf == g[gi].first;
      sc->correct++;
      sc->mwt_ok += ok;
      sc->both_mwt += pm && g[gi].mwt;
      if (!ok)
        bad = true;
      gi++;
      pi++;
    } else {
      bad = true;
      if (g[gi].end <= p[pi].end)
        gi++;
      else
        pi++;
    }
  }
  if (gi < ng || pi < np)
    bad = true;
  if (bad && sc->errors_left > 0)
    print_errors(sc, id, text, n, g, ng, p, np);
}

static double pct(size_t a, size_t b) {
  return b ? 100.0 * (double)a / (double)b : 0.0;
}

/* The sentence being read from the treebank. */
typedef struct {
  char *text, *id; /* "# text = ", "# sent_id = " */
  size_t pos;      /* where the next form is looked for in text */
  bool broken;     /* a form was not found in text: the sentence is skipped */
  mwt_state mw;
  GArray *gold; /* gold_word */
  GArray *pred; /* nlp_span, scratch for score_sentence */
} sent_state;

/* A part of the open multiword token ss->mw (the line's id col0, form
 * form): when it is the last part, the token's gold words, cut from the
 * surface when the forms concatenate. */
static void mwt_part(sent_state *ss, const char *col0, const char *form,
                     size_t flen) {
  mwt_state *mw = &ss->mw;
  g_string_append_len(mw->parts, form, (gssize)flen);
  g_array_append_val(mw->lens, flen);
  if (strtol(col0, NULL, 10) < mw->last)
    return;
  size_t sl = mw->end - mw->start;
  bool cut = mw->parts->len == sl &&
             memcmp(mw->parts->str, ss->text + mw->start, sl) == 0;
  size_t off = mw->start;
  for (guint k = 0; k < (cut ? mw->lens->len : 1); k++) {
    gold_word w;
    w.start = off;
    w.end = cut ? off + g_array_index(mw->lens, size_t, k) : mw->end;
    w.mwt = true;
    w.first = k == 0;
    off = w.end;
    g_array_append_val(ss->gold, w);
  }
  mw->open = false;
}

/* A token line: a word, or a multiword token ("3-4") and its parts, found
 * in the sentence's text from ss->pos on. */
static void token_line(sent_state *ss, const char *line) {
  char **col = g_strsplit(line, "\t", 3);
  if (col[0] && col[1] && !strchr(col[0], '.')) {
    const char *dash = strchr(col[0], '-');
    size_t flen = strlen(col[1]), st;
    size_t tn = strlen(ss->text);
    if (dash) {
      if (!align(ss->text, tn, &ss->pos, col[1], flen, &st)) {
        ss->broken = true;
      } else {
        ss->mw.open = true;
        ss->mw.last = strtol(dash + 1, NULL, 10);
        ss->mw.start = st;
        ss->mw.end = ss->pos;
        g_string_truncate(ss->mw.parts, 0);
        g_array_set_size(ss->mw.lens, 0);
      }
    } else if (ss->mw.open) {
      mwt_part(ss, col[0], col[1], flen);
    } else {
      gold_word w;
      if (!align(ss->text, tn, &ss->pos, col[1], flen, &st)) {
        ss->broken = true;
      } else {
        w.start = st;
        w.end = ss->pos;
        w.mwt = w.first = false;
        g_array_append_val(ss->gold, w);
      }
    }
  }
  g_strfreev(col);
}

/* One line of the treebank (NUL-terminated, without its line end): a
 * blank line scores the sentence read so far. */
static void conllu_line(sent_state *ss, score *sc, const char *line) {
  if (line[0] == '\0') {
    if (ss->text) {
      if (ss->broken)
        sc->skipped++;
      else
        score_sentence(sc, ss->id ? ss->id : "?", ss->text, ss->gold,
                       ss->pred);
    }
    g_free(ss->text);
    g_free(ss->id);
    ss->text = ss->id = NULL;
    g_array_set_size(ss->gold, 0);
    ss->pos = 0;
    ss->broken = false;
    ss->mw.open = false;
  } else if (strncmp(line, "# text = ", 9) == 0) {
    g_free(ss->text);
    ss->text = g_strdup(line + 9);
  } else if (strncmp(line, "# sent_id = ", 12) == 0) {
    g_free(ss->id);
    ss->id = g_strdup(line + 12);
  } else if (line[0] != '#' && ss->text && !ss->broken) {
    token_line(ss, line);
  }
}

/* The scores, and the speed of the tokenizer on the texts read. */
static void report(const char *path, score *sc, GArray *pred) {
  double prec = pct(sc->correct, sc->pred), rec = pct(sc->correct, sc->gold);
  double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
  printf("%s: %zu sentences (%zu not aligned), %zu gold words, %zu "
         "predicted\n",
         path, sc->sents, sc->skipped, sc->gold, sc->pred);
  printf("words: precision %.2f %%  recall %.2f %%  F1 %.2f %%\n", prec, rec,
         f1);
  printf("MWT flags: accuracy %.2f %% on correct words; MWT words gold %zu, "
         "predicted %zu, both %zu (P %.2f %%, R %.2f %%)\n",
         pct(sc->mwt_ok, sc->correct), sc->gold_mwt, sc->pred_mwt,
         sc->both_mwt, pct(sc->both_mwt, sc->pred_mwt),
         pct(sc->both_mwt, sc->gold_mwt));
  double bps = speed(sc->texts, pred);
  if (bps > 0)
    printf("speed: %.1f MB/s (best of 5 passes, CPU time)\n", bps / 1e6);
}

/* The command line: FILE.conllu [--errors N].  Returns -1 to go on, else
 * the exit status of a usage error (reported). */
static int options(int argc, char **argv, const char **path, long *nerr) {
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--errors") == 0 && i + 1 < argc) {
      char *endp;
      *nerr = strtol(argv[++i], &endp, 10);
      if (*endp || *nerr < 0) {
        fprintf(stderr, "tool_tokeval: error: bad count '%s'\n", argv[i]);
        return 2;
      }
    } else if (!*path && argv[i][0] != '-') {
      *path = argv[i];
    } else {
      fprintf(stderr, "usage: tool_tokeval FILE.conllu [--errors N]\n");
      return 2;
    }
  }
  if (!*path) {
    fprintf(stderr, "usage: tool_tokeval FILE.conllu [--errors N]\n");
    return 2;
  }
  return -1;
}

int main(int argc, char **argv) {
  const char *path = NULL;
  long nerr = 0;
  int rc = options(argc, argv, &path, &nerr);
  if (rc >= 0)
    return rc;
  gchar *data = NULL;
  gsize size = 0;
  GError *err = NULL;
  if (!g_file_get_contents(path, &data, &size, &err)) {
    fprintf(stderr, "tool_tokeval: error: %s\n", err->message);
    g_error_free(err);
    return 1;
  }

  score sc;
  memset(&sc, 0, sizeof sc);
  sc.errors_left = nerr;
  sc.texts = g_ptr_array_new_with_free_func(g_free);
  sent_state ss;
  memset(&ss, 0, sizeof ss);
  ss.gold = g_array_new(FALSE, FALSE, sizeof(gold_word));
  ss.pred = g_array_new(FALSE, FALSE, sizeof(nlp_span));
  ss.mw.parts = g_string_new(NULL);
  ss.mw.lens = g_array_new(FALSE, FALSE, sizeof(size_t));

  char *line = data, *stop = data + size;
  while (line <= stop) {
    char *nl = memchr(line, '\n', (size_t)(stop - line));
    char *le = nl ? nl : stop;
    if (le > line && le[-1] == '\r')
      le[-1] = '\0';
    *le = '\0';
    conllu_line(&ss, &sc, line);
    if (!nl)
      break;
    line = nl + 1;
  }
  if (ss.text && !ss.broken)
    score_sentence(&sc, ss.id ? ss.id : "?", ss.text, ss.gold, ss.pred);
  g_free(ss.text);
  g_free(ss.id);

  report(path, &sc, ss.pred);
  g_ptr_array_free(sc.texts, TRUE);
  g_array_free(ss.gold, TRUE);
  g_array_free(ss.pred, TRUE);
  g_string_free(ss.mw.parts, TRUE);
  g_array_free(ss.mw.lens, TRUE);
  g_free(data);
  return 0;
}
