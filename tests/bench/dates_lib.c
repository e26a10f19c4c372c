/* dates_lib.c - throughput of the date layer alone: the library's stream
 * API over a text in memory, without the command's reading and JSON
 * writing.  Built and run by tests/bench/dates.sh against libannals.a:
 *
 *   dates_lib FILE [REPS]
 *
 * Validates the text as UTF-8 (as the command does), then feeds it in
 * pieces of about 1 MiB cut after a blank line, REPS times (default 5),
 * and prints the best and the median CPU time of a pass. */
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

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* End of the piece starting at at: just after the first blank line past
 * 1 MiB, or the end of the text. */
static size_t piece_end(const char *s, size_t n, size_t at) {
  size_t from = at + ((size_t)1 << 20);
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

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: dates_lib FILE [REPS]\n");
    return 2;
  }
  int reps = argc > 2 ? atoi(argv[2]) : 5;
  if (reps < 1 || reps > 100)
    reps = 5;
  char *s = NULL;
  size_t n = 0;
  if (annals_read_file(argv[1], SIZE_MAX, &s, &n, NULL) != ANNALS_OK) {
    fprintf(stderr, "dates_lib: cannot read %s\n", argv[1]);
    return 1;
  }
  double *secs = calloc((size_t)reps, sizeof *secs);
  size_t found = 0;
  annals_dates_opts o;
  memset(&o, 0, sizeof o);
  annals_when w;
  if (!secs || annals_when_parse("2025-05-27", &w, NULL, 0, NULL) != ANNALS_OK)
    return 1;
  o.dct = w.start;
  for (int r = 0; r < reps; r++) {
    double t0 = cpu_now();
    if (annals_utf8_check(s, n) != n) {
      fprintf(stderr, "dates_lib: %s is not valid UTF-8\n", argv[1]);
      return 1;
    }
    annals_dates_stream *st = annals_dates_stream_new(&o);
    found = 0;
    for (size_t at = 0; at < n;) {
      size_t end = piece_end(s, n, at);
      annals_timexes x;
      annals_timexes_init(&x);
      if (annals_dates_stream_feed(st, s + at, end - at, &x, NULL) !=
          ANNALS_OK)
        return 1;
      found += x.n;
      annals_timexes_release(&x);
      at = end;
    }
    annals_dates_stream_free(st);
    secs[r] = cpu_now() - t0;
  }
  qsort(secs, (size_t)reps, sizeof *secs, cmp_double);
  double mb = (double)n / 1048576.0;
  double best = secs[0] > 0 ? secs[0] : 1e-3;
  double med = secs[(reps - 1) / 2] > 0 ? secs[(reps - 1) / 2] : 1e-3;
  printf("%-22s %5.1f MB: %6.1f MB/s of CPU time best (%.2f s), %6.1f MB/s "
         "median (%.2f s) of %d passes, %zu expressions\n",
         "date layer (library)", mb, mb / best, best, mb / med, med, reps,
         found);
  free(secs);
  g_free(s);
  return 0;
}
