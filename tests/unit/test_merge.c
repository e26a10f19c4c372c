/* test_merge.c - many documents: the merge of timelines (associative,
 * independent of input order), salience and the chart text of a
 * multi-source timeline. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "annals.h"

/* ---- merging --------------------------------------------------------------
 */

static const char rec_a[] =
    "annals: 1\n"
    "title: Clashes in the north\n"
    "dct:\n  date: 2024-06-14\n  how: dateline\n"
    "events:\n"
    "- date: 2024-06-12\n  title: Rebels attack army posts\n  type: fight\n"
    "  actors: [Rebels, Army]\n  country: Sudan\n  confidence: 0.7\n"
    "  source:\n    text: Rebels attacked army posts near the town on "
    "Wednesday.\n    file: /home/someone/a.txt\n    offset: 10\n"
    "- date: 2024-06\n  title: Students protest\n  type: protest\n"
    "  actors: [Students]\n  confidence: 0.5\n"
    "  source:\n    text: Students protested all through June.\n"
    "    file: /home/someone/a.txt\n    offset: 90\n";

static const char rec_b[] =
    "annals: 1\n"
    "events:\n"
    "- date: 2024-06-12\n  title: Rebels strike army positions\n"
    "  type: fight\n  actors: [rebels]\n  location: Kordofan\n"
    "  confidence: 0.8\n"
    "  source:\n    text: The rebels struck army positions on June 12.\n"
    "    file: b-17\n    url: https://www.wire.example/news/17\n"
    "    dct: 2024-06-13\n"
    "- date: 2024-06-20\n  title: Students march\n  type: protest\n"
    "  actors: [Students]\n  confidence: 0.6\n"
    "  source:\n    text: Students marched on June 20.\n    file: b-18\n";

static const char rec_c[] =
    "annals: 1\n"
    "events:\n"
    "- date: 2024-06\n  title: Rebels fight the army\n  type: fight\n"
    "  actors: [Rebels]\n  confidence: 0.4\n"
    "  source:\n    text: Rebels fought the army in June.\n    file: c.txt\n"
    "- date: 2024-06-22\n  title: Students rally again\n  type: protest\n"
    "  actors: [Students]\n  confidence: 0.6\n"
    "  source:\n    text: Students rallied again on June 22.\n"
    "    file: c.txt\n    offset: 40\n"
    "- date: 2024-06-13\n  title: Envoys meet\n  type: consult\n"
    "  actors: [Envoys]\n  confidence: 0.9\n"
    "  source:\n    text: Envoys met in Jeddah on June 13.\n    file: c.txt\n"
    "    offset: 80\n";

static annals_timeline *read_rec(const char *yaml) {
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = NULL;
  if (annals_timeline_read_yaml(yaml, strlen(yaml), "rec.yaml", &t, &d) !=
      ANNALS_OK)
    fail_msg("bad record: %s", d.n ? d.items[0].message : "?");
  annals_diags_release(&d);
  return t;
}

static char *to_yaml(const annals_timeline *t) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_int_equal(annals_timeline_write_yaml(t, f, NULL), ANNALS_OK);
  fclose(f);
  return buf;
}

/* merge(in[0..n)) written as YAML (with the chart text). */
static char *merged_yaml(annals_timeline **in, size_t n) {
  annals_timeline *m =
      annals_timelines_merge((const annals_timeline *const *)in, n);
  annals_timeline_chart_text(m);
  char *y = to_yaml(m);
  annals_timeline_free(m);
  return y;
}

/* Merges the records, writes them, reads them back. */
static annals_timeline *merge_rt(annals_timeline **in, size_t n) {
  char *y = merged_yaml(in, n);
  annals_timeline *t = read_rec(y);
  free(y);
  return t;
}

static const annals_event *find_title(const annals_timeline *t,
                                      const char *title) {
  for (size_t i = 0; i < annals_timeline_count(t); i++)
    if (strcmp(annals_timeline_get(t, i)->title, title) == 0)
      return annals_timeline_get(t, i);
  return NULL;
}

static void test_merge_records(void **state) {
  (void)state;
  annals_timeline *in[3] = {read_rec(rec_a), read_rec(rec_b), read_rec(rec_c)};
  annals_timeline *m = merge_rt(in, 3);
  assert_int_equal(annals_timeline_count(m), 3);
  /* Three reports of one fight (the initiator's spelling differs): the
   * day they agree on, each report kept, confidence above the best one. */
  const annals_event *f = find_title(m, "Rebels attack army posts");
  assert_non_null(f);
  char b[48];
  annals_when_format(&f->when, b, sizeof b);
  assert_string_equal(b, "2024-06-12");
  assert_int_equal(f->n_mentions, 2);
  assert_true(f->confidence > 0.8 && f->confidence <= 1);
  assert_string_equal(f->actors[0], "Rebels");
  assert_int_equal(f->n_actors, 2);
  assert_string_equal(f->location, "Kordofan");
  assert_string_equal(f->country, "Sudan");
  /* Each report keeps its document date: the file's dct, or its own. */
  int with_dct = 0;
  for (size_t i = 0; i <= f->n_mentions; i++) {
    const annals_source *s = i ? &f->mentions[i - 1] : &f->source;
    if (s->dct.prec == ANNALS_PREC_DAY)
      with_dct += s->dct.d;
  }
  assert_int_equal(with_dct, 14 + 13);
  /* Two days reported for the students' protest: never averaged, the
   * month they agree on, and a note. */
  const annals_event *p = find_title(m, "Students march");
  assert_non_null(p);
  annals_when_format(&p->when, b, sizeof b);
  assert_string_equal(b, "2024-06");
  assert_non_null(p->notes);
  assert_non_null(strstr(p->notes, "Sources disagree on the date"));
  assert_non_null(strstr(p->notes, "2024-06-20"));
  assert_non_null(strstr(p->notes, "2024-06-22"));
  assert_non_null(find_title(m, "Envoys meet"));
  /* The chart text comes from all inputs, with no folders. */
  assert_string_equal(annals_timeline_title(m), "Events in Sudan");
  const char *src = annals_timeline_source(m);
  assert_non_null(strstr(src, "a.txt"));
  assert_non_null(strstr(src, "wire.example"));
  assert_null(strstr(src, "/home"));
  annals_timeline_free(m);
  for (int i = 0; i < 3; i++)
    annals_timeline_free(in[i]);
}

/* Same bytes for every order of the inputs and every grouping. */
static void test_merge_associative(void **state) {
  (void)state;
  annals_timeline *r[3] = {read_rec(rec_a), read_rec(rec_b), read_rec(rec_c)};
  char *flat = merged_yaml(r, 3);
  static const int perms[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2},
                                  {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
  for (int k = 0; k < 6; k++) {
    annals_timeline *in[3] = {r[perms[k][0]], r[perms[k][1]], r[perms[k][2]]};
    char *y = merged_yaml(in, 3);
    assert_string_equal(y, flat);
    free(y);
    /* ((x y) z) and (x (y z)), each merge written and read back. */
    annals_timeline *xy = merge_rt(in, 2);
    annals_timeline *l[2] = {xy, in[2]};
    y = merged_yaml(l, 2);
    assert_string_equal(y, flat);
    free(y);
    annals_timeline *yz = merge_rt(in + 1, 2);
    annals_timeline *rr[2] = {in[0], yz};
    y = merged_yaml(rr, 2);
    assert_string_equal(y, flat);
    free(y);
    annals_timeline_free(xy);
    annals_timeline_free(yz);
  }
  /* Merging a result with itself, or alone, changes nothing. */
  annals_timeline *m = read_rec(flat);
  annals_timeline *twice[2] = {m, m};
  char *y = merged_yaml(twice, 2);
  assert_string_equal(y, flat);
  free(y);
  y = merged_yaml(&m, 1);
  assert_string_equal(y, flat);
  free(y);
  annals_timeline_free(m);
  free(flat);
  for (int i = 0; i < 3; i++)
    annals_timeline_free(r[i]);
}

/* --top keeps the days most documents report. */
static void test_top(void **state) {
  (void)state;
  annals_timeline *in[3] = {read_rec(rec_a), read_rec(rec_b), read_rec(rec_c)};
  annals_timeline *m =
      annals_timelines_merge((const annals_timeline *const *)in, 3);
  annals_timeline *top = annals_timeline_top(m, 1);
  assert_int_equal(annals_timeline_count(top), 1);
  assert_string_equal(annals_timeline_get(top, 0)->title,
                      "Rebels attack army posts");
  annals_timeline_free(top);
  /* Two days: the 12th (3 documents), then the 13th (one document, but
   * the most sure); the June protest is not one day. */
  top = annals_timeline_top(m, 5);
  assert_int_equal(annals_timeline_count(top), 2);
  assert_string_equal(annals_timeline_get(top, 1)->title, "Envoys meet");
  annals_timeline_free(top);
  annals_timeline_free(m);
  for (int i = 0; i < 3; i++)
    annals_timeline_free(in[i]);
}

/* A report counts for the day it tells, also inside a record whose
 * reports disagree (dated to their month). */
static void test_top_counts_reports(void **state) {
  (void)state;
  static const char rec[] =
      "annals: 1\n"
      "events:\n"
      "- date: 2024-06-20\n  title: Envoys meet\n  type: consult\n"
      "  actors: [Envoys]\n  confidence: 0.5\n"
      "  source:\n    text: Envoys met on June 20.\n    file: d1\n"
      "- date: 2024-06\n  title: Students march\n  type: protest\n"
      "  actors: [Students]\n  confidence: 0.6\n"
      "  notes: Sources disagree on the date.\n"
      "  source:\n    text: Students marched on June 20.\n    file: d2\n"
      "    date: 2024-06-20\n"
      "  mentions:\n  - text: Students marched on June 22.\n    file: d3\n"
      "    date: 2024-06-22\n"
      "- date: 2024-06-25\n  title: Donors send aid\n  type: aid\n"
      "  actors: [Donors]\n  confidence: 0.9\n"
      "  source:\n    text: Donors sent aid on June 25.\n    file: d4\n";
  annals_timeline *t = read_rec(rec);
  annals_timeline *top = annals_timeline_top(t, 1);
  assert_int_equal(annals_timeline_count(top), 1);
  assert_string_equal(annals_timeline_get(top, 0)->title, "Envoys meet");
  annals_timeline_free(top);
  /* June 22 has reports but no event of its own: never a day kept. */
  top = annals_timeline_top(t, 3);
  assert_int_equal(annals_timeline_count(top), 2);
  annals_timeline_free(top);
  annals_timeline_free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_merge_records),
      cmocka_unit_test(test_merge_associative),
      cmocka_unit_test(test_top),
      cmocka_unit_test(test_top_counts_reports),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
