/*
 * fuzz_util.c - what the fuzz targets share: the failure hook, the table
 * of targets and helpers for round trips.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

const char *fuzz_current_input;

void fuzz_fail(const char *file, int line, const char *what) {
  if (fuzz_current_input)
    fprintf(stderr, "fuzz: while running '%s'\n", fuzz_current_input);
  fprintf(stderr, "fuzz: %s:%d: invariant broken: %s\n", file, line, what);
  fflush(stderr);
  abort();
}

static const fuzz_target targets[] = {
    {"data", fuzz_data_one},         {"dates", fuzz_dates_one},
    {"extract", fuzz_extract_one},   {"jsonl", fuzz_jsonl_one},
    {"layout", fuzz_layout_one},     {"model", fuzz_model_one},
    {"parse", fuzz_parse_one},
    {"pipeline", fuzz_pipeline_one}, {"yaml", fuzz_yaml_one},
};

const fuzz_target *fuzz_targets(size_t *n) {
  *n = sizeof targets / sizeof targets[0];
  return targets;
}

const fuzz_target *fuzz_target_find(const char *name) {
  for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++)
    if (strcmp(targets[i].name, name) == 0)
      return &targets[i];
  return NULL;
}

char *fuzz_write_yaml(const annals_timeline *t, size_t *len) {
  char *buf = NULL;
  size_t n = 0;
  FILE *fp = open_memstream(&buf, &n);
  FUZZ_CHECK(fp != NULL);
  annals_diags d;
  annals_diags_init(&d);
  annals_status st = annals_timeline_write_yaml(t, fp, &d);
  FUZZ_CHECK(fclose(fp) == 0);
  if (st != ANNALS_OK) {
    for (size_t i = 0; i < d.n; i++)
      annals_diag_print(&d.items[i], stderr);
  }
  FUZZ_CHECK(st == ANNALS_OK);
  fuzz_check_diags(&d);
  annals_diags_release(&d);
  *len = n;
  return buf;
}

size_t fuzz_utf8_prefix(const uint8_t *s, size_t n) {
  return annals_utf8_check((const char *)s, n);
}

void fuzz_check_diags(const annals_diags *d) {
  size_t errors = 0, warnings = 0;
  for (size_t i = 0; i < d->n; i++) {
    const annals_diag *g = &d->items[i];
    FUZZ_CHECK(memchr(g->message, '\0', sizeof g->message) != NULL);
    FUZZ_CHECK(g->message[0] != '\0');
    if (g->severity == ANNALS_SEV_ERROR)
      errors++;
    else
      warnings++;
  }
  FUZZ_CHECK(errors == d->n_errors);
  FUZZ_CHECK(warnings == d->n_warnings);
}
