/*
 * driver.c - runs files through a fuzz target without libFuzzer, to
 * reproduce a finding with gcc, valgrind or gdb:
 *
 *   fuzz-driver TARGET FILE...     (TARGET: yaml, dates, ...; "-" = stdin)
 *
 * Exit 0 when every file ran (a broken invariant aborts), 2 on misuse.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

static unsigned char *slurp(FILE *fp, size_t *n) {
  size_t cap = 4096, len = 0;
  unsigned char *buf = malloc(cap);
  size_t r;
  while (buf && (r = fread(buf + len, 1, cap - len, fp)) > 0) {
    len += r;
    if (len == cap) {
      cap *= 2;
      unsigned char *nb = realloc(buf, cap);
      if (!nb) {
        free(buf);
        return NULL;
      }
      buf = nb;
    }
  }
  *n = len;
  return buf;
}

int main(int argc, char **argv) {
  const fuzz_target *t = argc > 1 ? fuzz_target_find(argv[1]) : NULL;
  if (!t) {
    size_t n;
    const fuzz_target *all = fuzz_targets(&n);
    fprintf(stderr, "usage: fuzz-driver TARGET FILE...\ntargets:");
    for (size_t i = 0; i < n; i++)
      fprintf(stderr, " %s", all[i].name);
    fprintf(stderr, "\n");
    return 2;
  }
  for (int i = 2; i < argc; i++) {
    FILE *fp = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "rb");
    if (!fp) {
      perror(argv[i]);
      return 1;
    }
    size_t n = 0;
    unsigned char *buf = slurp(fp, &n);
    if (fp != stdin)
      fclose(fp);
    if (!buf) {
      fprintf(stderr, "%s: out of memory\n", argv[i]);
      return 1;
    }
    fprintf(stderr, "%s: %zu bytes\n", argv[i], n);
    fuzz_current_input = argv[i];
    t->one(buf, n);
    free(buf);
  }
  return 0;
}
