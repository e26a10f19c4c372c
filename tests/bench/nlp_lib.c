/* nlp_lib.c - throughput of the English analysis layer alone: the
 * library's annals_analyse over a text in memory, in pieces of about
 * 64 KiB cut after a blank line (as articles come), with the builtin
 * model.  Built and run by tests/bench/nlp.sh against libannals.a:
 *
 *   nlp_lib FILE [REPS [MODEL]]
 *
 * Each pass runs three times over the text: tokenize only (sentences and
 * words), tag (plus tags and lemmas), parse (plus trees).  Prints words
 * per second of CPU time for the tokenizer, for the tagger (tag minus
 * tokenize) and for the parser (parse minus tag), best of REPS.  MODEL
 * is a model file to use instead of the builtin one. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "annals.h"

static double cpu_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* End of the piece starting at at: just after the first blank line past
 * 64 KiB, or the end of the text. */
static size_t piece_end(const char *s, size_t n, size_t at) {
  size_t from = at + ((size_t)1 << 16);
  if (from >= n)
    return n;
  const char *p = s + from;
  while ((size_t)(p - s) + 1 < n) {
    const char *nl = memchr(p, '\n', n - (size_t)(p - s) - 1);
    if (!nl)
      break;
    if (nl[1] == '\n')
      return (size_t)(nl - s) + 2;
    p = nl + 1;
  }
  return n;
}

/* One pass over the text with what; returns its CPU seconds. */
static double pass(const annals_model *m, const char *s, size_t n,
                   unsigned what, size_t *words) {
  double t0 = cpu_now();
  *words = 0;
  for (size_t at = 0; at < n;) {
    size_t end = piece_end(s, n, at);
    annals_doc *doc;
    if (annals_analyse(m, s + at, end - at, what, &doc, NULL) != ANNALS_OK) {
      fprintf(stderr, "nlp_lib: analysis failed\n");
      exit(1);
    }
    *words += doc->n_words;
    annals_doc_free(doc);
    at = end;
  }
  return cpu_now() - t0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: nlp_lib FILE [REPS [MODEL]]\n");
    return 2;
  }
  int reps = argc > 2 ? atoi(argv[2]) : 3;
  if (reps < 1 || reps > 100)
    reps = 3;
  char *s = NULL;
  size_t n = 0;
  if (annals_read_file(argv[1], SIZE_MAX, &s, &n, NULL) != ANNALS_OK) {
    fprintf(stderr, "nlp_lib: cannot read %s\n", argv[1]);
    return 1;
  }
  annals_model *own = NULL;
  if (argc > 3 && annals_model_load(argv[3], &own, NULL) != ANNALS_OK) {
    fprintf(stderr, "nlp_lib: cannot load %s\n", argv[3]);
    return 1;
  }
  const annals_model *m = own ? own : annals_model_builtin();
  if (!m) {
    fprintf(stderr, "nlp_lib: no builtin model\n");
    return 1;
  }
  double best[3] = {1e30, 1e30, 1e30};
  size_t words = 0;
  static const unsigned what[3] = {0, ANNALS_ANALYSE_TAG, ANNALS_ANALYSE_PARSE};
  for (int r = 0; r < reps; r++)
    for (int k = 0; k < 3; k++) {
      double t = pass(m, s, n, what[k], &words);
      if (t < best[k])
        best[k] = t;
    }
  double tok = best[0], tag = best[1] - best[0], parse = best[2] - best[1];
  double w = (double)words;
  printf("nlp: %.1f MB, %zu words; best of %d passes (CPU time)\n",
         (double)n / 1e6, words, reps);
  printf("nlp: tokenize %.0f words/s (%.2f s), tag+lemmas %.0f words/s "
         "(%.2f s), parse %.0f words/s (%.2f s)\n",
         w / (tok > 0 ? tok : 1e-9), tok, w / (tag > 0 ? tag : 1e-9), tag,
         w / (parse > 0 ? parse : 1e-9), parse);
  printf("nlp: tokenize+tag+parse %.0f words/s, %.2f MB/s\n",
         w / (best[2] > 0 ? best[2] : 1e-9),
         (double)n / 1e6 / (best[2] > 0 ? best[2] : 1e-9));
  annals_model_free(own);
  g_free(s);
  return 0;
}
