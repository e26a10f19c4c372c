/*
 * fuzz_pipeline.c - the whole pipeline: text -> extract -> YAML -> read
 * -> layout, as `annals extract | annals render` runs it.
 *
 * Options as for fuzz_extract (first 4 bytes); byte 0 bits 4-5 also
 * choose the lanes of the layout.  Invariants: those of extraction; the
 * record written reads back without error and writes the same bytes
 * again; the layout of what was read keeps every layout invariant.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

int fuzz_pipeline_one(const uint8_t *data, size_t n) {
  if (n < 4)
    return 0;
  bool valid;
  annals_timeline *t = fuzz_extract_run(data, n, true, &valid);
  if (!valid) {
    annals_timeline_free(t);
    return 0;
  }
  size_t len1, len2;
  char *w1 = fuzz_write_yaml(t, &len1);
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *r = NULL;
  annals_status st =
      annals_timeline_read_yaml(w1, len1, "extracted.yaml", &r, &d);
  if (st != ANNALS_OK || d.n_errors) {
    for (size_t i = 0; i < d.n; i++)
      annals_diag_print(&d.items[i], stderr);
    fprintf(stderr, "--- record ---\n%.*s---\n", (int)len1, w1);
  }
  FUZZ_CHECK(st == ANNALS_OK && d.n_errors == 0);
  annals_diags_release(&d);
  FUZZ_CHECK(annals_timeline_count(r) == annals_timeline_count(t));
  char *w2 = fuzz_write_yaml(r, &len2);
  FUZZ_CHECK(len1 == len2 && memcmp(w1, w2, len1) == 0);

  annals_layout_opts o;
  annals_layout_opts_init(&o);
  o.lanes = (annals_lanes_by)((data[0] >> 4) % 3);
  annals_measurer m;
  annals_measure_est_init(&m);
  annals_layout *l = NULL;
  annals_diags_init(&d);
  st = annals_layout_build(r, &o, &m, &l, &d);
  if (st != ANNALS_OK)
    for (size_t i = 0; i < d.n; i++)
      annals_diag_print(&d.items[i], stderr);
  FUZZ_CHECK(st == ANNALS_OK);
  fuzz_check_layout(l, r, &o);
  annals_layout_free(l);
  annals_diags_release(&d);
  free(w1);
  free(w2);
  annals_timeline_free(r);
  annals_timeline_free(t);
  return 0;
}
