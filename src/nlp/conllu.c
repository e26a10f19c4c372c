/*
 * nlp/conllu.c - reads treebanks in CoNLL-U, the format of Universal
 * Dependencies (https://universaldependencies.org/format.html): one word
 * per line, ten tab-separated columns, sentences separated by blank
 * lines, comments starting with '#'.
 */
#include "nlp/nlp.h"

#include <stdlib.h>

#define MAX_WORDS 512

void nlp_treebank_release(nlp_treebank *tb) {
  if (tb->buf)
    g_string_free(tb->buf, TRUE);
  if (tb->lemmas)
    g_string_free(tb->lemmas, TRUE);
  if (tb->words)
    g_array_free(tb->words, TRUE);
  if (tb->gold)
    g_array_free(tb->gold, TRUE);
  if (tb->sents)
    g_array_free(tb->sents, TRUE);
  memset(tb, 0, sizeof *tb);
}

typedef struct {
  const char *name;
  annals_diags *d;
  unsigned line;
} rd;

static annals_status bad(rd *r, unsigned col, const char *what) {
  annals_diags_add(r->d, ANNALS_SEV_ERROR, r->name, r->line, col, SIZE_MAX,
                   "%s", what);
  return ANNALS_ERR_INPUT;
}

/* Parses a positive decimal number of at most 9 digits; -1 otherwise. */
static long num(const char *s, size_t n) {
  if (n == 0 || n > 9)
    return -1;
  long v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

static bool has(const char *s, size_t n, const char *needle) {
  size_t k = strlen(needle);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(s + i, needle, k) == 0)
      return true;
  return false;
}

annals_status nlp_treebank_read(const char *buf, size_t len, const char *name,
                                nlp_treebank *tb, annals_diags *d) {
  if (!tb->buf) {
    tb->buf = g_string_new(NULL);
    tb->lemmas = g_string_new(NULL);
    tb->words = g_array_new(FALSE, TRUE, sizeof(nlp_word));
    tb->gold = g_array_new(FALSE, TRUE, sizeof(nlp_gold));
    tb->sents = g_array_new(FALSE, TRUE, sizeof(nlp_tb_sent));
  }
  rd r = {name, d, 0};
  size_t pos = 0;
  nlp_tb_sent cur = {tb->words->len, 0, 0, 0};
  const char *text = NULL;
  size_t text_len = 0;
  unsigned mwt_end = 0; /* last word id covered by a multiword token */
  while (pos < len) {
    r.line++;
    const char *ln = buf + pos;
    const char *nl = memchr(ln, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - ln) : len - pos;
    pos += n + (nl ? 1 : 0);
    if (n && ln[n - 1] == '\r')
      n--;
    if (n == 0) {
      if (cur.n) {
        /* The sentence: forms joined by spaces, then its text. */
        for (size_t i = 0; i < cur.n; i++) {
          nlp_gold *g = &g_array_index(tb->gold, nlp_gold, cur.first + i);
          if (g->head != NLP_HEAD_ROOT && (size_t)g->head >= cur.n)
            return bad(&r, 1, "head out of range in the sentence before");
        }
        if (text) {
          cur.raw = tb->buf->len;
          cur.raw_len = text_len;
          g_string_append_len(tb->buf, text, (gssize)text_len);
          g_string_append_c(tb->buf, '\n');
        }
        g_array_append_val(tb->sents, cur);
      }
      cur.first = tb->words->len;
      cur.n = 0;
      text = NULL;
      mwt_end = 0;
      continue;
    }
    if (ln[0] == '#') {
      if (n > 9 && memcmp(ln, "# text = ", 9) == 0) {
        text = ln + 9;
        text_len = n - 9;
      }
      continue;
    }
    const char *col[10];
    size_t cl[10];
    size_t c = 0, s = 0;
    for (size_t i = 0; i <= n && c < 10; i++)
      if (i == n || ln[i] == '\t') {
        col[c] = ln + s;
        cl[c++] = i - s;
        s = i + 1;
      }
    if (c != 10)
      return bad(&r, 1, "a word line needs 10 tab-separated columns");
    const char *dash = memchr(col[0], '-', cl[0]);
    if (dash) {
      long hi = num(dash + 1, cl[0] - (size_t)(dash - col[0]) - 1);
      if (hi < 0)
        return bad(&r, 1, "bad multiword token range");
      mwt_end = (unsigned)hi;
      continue;
    }
    if (memchr(col[0], '.', cl[0]))
      continue; /* empty node */
    long id = num(col[0], cl[0]);
    if (id != (long)cur.n + 1)
      return bad(&r, 1, "word ids must count 1, 2, 3... in each sentence");
    if (cur.n >= MAX_WORDS)
      return bad(&r, 1, "sentence longer than 512 words");
    nlp_word w;
    memset(&w, 0, sizeof w);
    nlp_gold g;
    memset(&g, 0, sizeof g);
    if (cur.n > 0)
      g_string_append_c(tb->buf, ' ');
    w.start = tb->buf->len;
    g_string_append_len(tb->buf, col[1], (gssize)cl[1]);
    w.end = tb->buf->len;
    if (cl[1] == 0)
      return bad(&r, 1, "empty word form");
    if ((unsigned)id <= mwt_end) {
      w.flags |= NLP_WF_MWT;
      /* the first part follows the range line */
      if (cur.n == 0 ||
          !(g_array_index(tb->words, nlp_word, tb->words->len - 1).flags &
            NLP_WF_MWT) ||
          id == 1)
        w.flags |= NLP_WF_MWT_FIRST;
    }
    if (!has(col[9], cl[9], "SpaceAfter=No"))
      w.flags |= NLP_WF_SPACE_AFTER;
    int u = nlp_upos_find(col[3], cl[3]);
    if (u < 0)
      return bad(&r, 1, "unknown UPOS tag");
    g.upos = (uint8_t)u;
    int x = nlp_xpos_find(col[4], cl[4]);
    g.xpos = (uint8_t)(x < 0 ? NLP_XPOS_XX : x);
    g.lemma = tb->lemmas->len;
    g_string_append_len(tb->lemmas, col[2], (gssize)cl[2]);
    g_string_append_c(tb->lemmas, '\0');
    long h = num(col[6], cl[6]);
    if (h < 0)
      return bad(&r, 1, "bad head");
    g.head = h == 0 ? NLP_HEAD_ROOT : (int)h - 1;
    int dp = nlp_dep_find(col[7], cl[7]);
    g.dep = (uint8_t)(dp < 0 ? NLP_DEP_DEP : dp);
    g_array_append_val(tb->words, w);
    g_array_append_val(tb->gold, g);
    cur.n++;
  }
  if (cur.n)
    return bad(&r, 1, "the last sentence has no blank line after it");
  return ANNALS_OK;
}
