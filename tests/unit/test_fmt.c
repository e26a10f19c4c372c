/*
 * test_fmt.c - annals fmt: ids made for hand-written events, the
 * canonical form with comments kept (and idempotent), and the line diff
 * `fmt --check` shows.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annals.h"

/* ---- helpers --------------------------------------------------------- */

static annals_timeline *read_ok(const char *text, size_t len) {
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = NULL;
  annals_status st = annals_timeline_read_yaml(text, len, "t.yaml", &t, &d);
  if (st != ANNALS_OK) {
    for (size_t i = 0; i < d.n; i++)
      annals_diag_print(&d.items[i], stderr);
    fprintf(stderr, "--- text ---\n%.*s---\n", (int)len, text);
  }
  assert_int_equal(st, ANNALS_OK);
  annals_diags_release(&d);
  return t;
}

/* fmt of text: the status, and the result in *out (g_free). */
static annals_status fmt(const char *text, char **out, size_t *len,
                         annals_diags *d) {
  return annals_record_format(text, strlen(text), "t.yaml", out, len, d);
}

static char *fmt_ok(const char *text) {
  annals_diags d;
  annals_diags_init(&d);
  char *out = NULL;
  size_t len = 0;
  annals_status st = fmt(text, &out, &len, &d);
  for (size_t i = 0; st != ANNALS_OK && i < d.n; i++)
    annals_diag_print(&d.items[i], stderr);
  assert_int_equal(st, ANNALS_OK);
  assert_int_equal(strlen(out), len);
  annals_diags_release(&d);
  return out;
}

static void assert_text(const char *got, const char *want) {
  if (strcmp(got, want) != 0) {
    fprintf(stderr, "--- want ---\n%s--- got ---\n%s---\n", want, got);
    fail();
  }
}

/* ---- ids of hand-written events ---------------------------------------- */

static void test_ids_made_for_hand_events(void **state) {
  (void)state;
  const char *in = "events:\n"
                   "- date: 2023-07-28\n  title: Rally in Niamey\n"
                   "  type: protest\n"
                   "- id: 2023-07-28-rally-in-niamey\n  date: 2023-07-28\n"
                   "  title: A rally with the explicit id\n  type: protest\n"
                   "- date: 2023-07-28\n  title: Rally in Niamey\n"
                   "  type: protest\n"
                   "- date: 2023-08\n  title: Élan, \"quotes\" & co.\n"
                   "  type: statement\n";
  annals_timeline *t = read_ok(in, strlen(in));
  assert_int_equal(annals_timeline_count(t), 4);
  /* Made from the date and the title, kept clear of the explicit id and
   * of each other: two such events cannot collide. */
  assert_string_equal(annals_timeline_get(t, 0)->id,
                      "2023-07-28-rally-in-niamey-2");
  assert_true(annals_timeline_get(t, 0)->id_derived);
  assert_string_equal(annals_timeline_get(t, 1)->id,
                      "2023-07-28-rally-in-niamey");
  assert_false(annals_timeline_get(t, 1)->id_derived);
  assert_string_equal(annals_timeline_get(t, 2)->id,
                      "2023-07-28-rally-in-niamey-3");
  assert_string_equal(annals_timeline_get(t, 3)->id, "2023-08-quotes-co");
  /* Stable: the same file gives the same ids. */
  annals_timeline *t2 = read_ok(in, strlen(in));
  for (size_t i = 0; i < 4; i++)
    assert_string_equal(annals_timeline_get(t, i)->id,
                        annals_timeline_get(t2, i)->id);
  annals_timeline_validate(t, NULL);
  assert_int_equal(annals_timeline_validate(t, NULL), ANNALS_OK);
  annals_timeline_free(t);
  annals_timeline_free(t2);
  /* fmt writes them out. */
  char *out = fmt_ok(in);
  assert_non_null(strstr(out, "- id: 2023-07-28-rally-in-niamey-2\n"));
  assert_non_null(strstr(out, "- id: 2023-07-28-rally-in-niamey-3\n"));
  g_free(out);
}

/* ---- fmt --------------------------------------------------------------- */

static void test_fmt_comments(void **state) {
  (void)state;
  const char *in =
      "# A timeline kept by hand.\n"
      "\n"
      "# Second header line.\n"
      "title: Niger, 2023   # the chart's title\n"
      "events:   # every event\n"
      "\n"
      "  # July\n"
      "  - title: \"Soldiers detain President Bazoum\"\n"
      "    date: 2023-07-26 # from Reuters\n"
      "    type: coerce\n"
      "    approximate: false  # checked\n"
      "    actors: [Presidential Guard, {name: Bazoum, country: Niger}] # "
      "two\n"
      "    # where\n"
      "\n"
      "    location: Niamey\n"
      "    cameo: 173\n"
      "  - {id: tchiani, date: 2023-07-28, title: Tchiani declares himself "
      "leader, type: statement} # flow\n"
      "    # in the flow event's scope\n"
      "# the end\n";
  const char *want =
      "# A timeline kept by hand.\n"
      "\n"
      "# Second header line.\n"
      "annals: 1\n"
      "title: Niger, 2023 # the chart's title\n"
      "events: # every event\n"
      "\n"
      "# July\n"
      "- id: 2023-07-26-soldiers-detain-president-bazoum\n"
      "  date: 2023-07-26 # from Reuters\n"
      "  title: Soldiers detain President Bazoum\n"
      "  type: coerce\n"
      "  cameo: '173'\n"
      "  actors: # two\n"
      "  - Presidential Guard\n"
      "  - {name: Bazoum, country: Niger}\n"
      "  # where\n"
      "\n"
      "  location: Niamey\n"
      "# checked\n"
      "- id: tchiani # flow\n"
      "  date: 2023-07-28\n"
      "  title: Tchiani declares himself leader\n"
      "  type: statement\n"
      "# in the flow event's scope\n"
      "# the end\n";
  char *out = fmt_ok(in);
  assert_text(out, want);
  char *again = fmt_ok(out);
  assert_text(again, out);
  g_free(out);
  g_free(again);
}

static void test_fmt_canonical_is_fixed_point(void **state) {
  (void)state;
  /* A record annals wrote is canonical already. */
  annals_timeline *t = annals_timeline_new();
  annals_event e;
  memset(&e, 0, sizeof e);
  const char *actors[] = {"Iran", "Houthis"};
  const char *countries[] = {NULL, "Yemen"};
  e.id = "a";
  assert_int_equal(annals_when_parse("2024-01-16", &e.when, NULL, 0, NULL),
                   ANNALS_OK);
  e.title = "Strikes: 'yes' #2";
  e.type = ANNALS_TYPE_FIGHT;
  e.actors = actors;
  e.actor_countries = countries;
  e.n_actors = 2;
  e.notes = "line one\nline two\n";
  e.confidence = 0.5;
  e.source.text = "It said so.";
  e.source.file = "a.txt";
  e.source.offset = 3;
  e.source.length = 11;
  e.mentions = &e.source;
  e.n_mentions = 1;
  annals_timeline_add(t, &e);
  char *text = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&text, &len);
  assert_int_equal(annals_timeline_write_yaml(t, m, NULL), ANNALS_OK);
  fclose(m);
  char *out = fmt_ok(text);
  assert_text(out, text);
  free(text);
  g_free(out);
  annals_timeline_free(t);
}

static void test_fmt_refuses(void **state) {
  (void)state;
  annals_diags d;
  annals_diags_init(&d);
  char *out = (char *)"sentinel";
  size_t len = 7;
  /* Unknown keys would be dropped: the file is left as it is. */
  assert_int_equal(fmt("events:\n- id: a\n  date: 2024\n  title: T\n"
                       "  type: aid\n  url: https://example.org\n",
                       &out, &len, &d),
                   ANNALS_ERR_INPUT);
  assert_null(out);
  assert_int_equal(len, 0);
  assert_int_equal(d.n_warnings, 1);
  assert_int_equal(d.n_errors, 1);
  assert_non_null(strstr(d.items[1].message, "unknown key"));
  annals_diags_release(&d);
  /* An invalid file gives its errors. */
  annals_diags_init(&d);
  assert_int_equal(fmt("events:\n- id: a\n  date: 2024-13\n  title: T\n"
                       "  type: aid\n",
                       &out, &len, &d),
                   ANNALS_ERR_INPUT);
  assert_null(out);
  assert_int_equal(d.n_errors, 1);
  annals_diags_release(&d);
}

/* Random comments in a record written by annals: fmt keeps each comment
 * (its text, once), reads back as the same record, and is idempotent. */
static void test_fmt_random_comments(void **state) {
  (void)state;
  GRand *rng = g_rand_new_with_seed(13);
  size_t files = 0, comments = 0;
  for (int round = 0; round < 200; round++) {
    GString *s = g_string_new("annals: 1\ntitle: Random\nevents:\n");
    int n = g_rand_int_range(rng, 1, 6);
    for (int i = 0; i < n; i++)
      g_string_append_printf(
          s,
          "- id: e%d\n  date: 2024-0%d-1%d\n  title: 'Event: %d'\n"
          "  type: consult\n  actors:\n  - A%d\n  - B\n  source:\n"
          "    text: \"Said # not a comment %d\"\n    file: x.txt\n",
          i, i % 9 + 1, i % 9, i, i, i);
    char **lines = g_strsplit(s->str, "\n", -1);
    GString *t = g_string_new(NULL);
    GPtrArray *texts = g_ptr_array_new_with_free_func(g_free);
    for (int i = 0; lines[i] && lines[i + 1]; i++) {
      if (g_rand_int_range(rng, 0, 4) == 0) {
        char *c = g_strdup_printf("# own [%d-%d]", round, i);
        g_string_append_printf(t, "%*s%s\n", g_rand_int_range(rng, 0, 3) * 2,
                               "", c);
        g_ptr_array_add(texts, c);
      }
      g_string_append(t, lines[i]);
      if (g_rand_int_range(rng, 0, 4) == 0 && strchr(lines[i], ':')) {
        char *c = g_strdup_printf("# eol [%d-%d]", round, i);
        g_string_append_printf(t, "  %s", c);
        g_ptr_array_add(texts, c);
      }
      g_string_append_c(t, '\n');
      if (g_rand_int_range(rng, 0, 8) == 0)
        g_string_append_c(t, '\n');
    }
    char *out = fmt_ok(t->str);
    char *again = fmt_ok(out);
    assert_text(again, out);
    for (guint i = 0; i < texts->len; i++) {
      const char *c = g_ptr_array_index(texts, i);
      const char *at = strstr(out, c);
      if (!at) {
        fprintf(stderr, "comment '%s' lost:\n%s---\n%s", c, t->str, out);
        fail();
      }
      assert_null(strstr(at + 1, c)); /* once */
      comments++;
    }
    annals_timeline *a = read_ok(t->str, t->len);
    annals_timeline *b = read_ok(out, strlen(out));
    assert_int_equal(annals_timeline_count(a), annals_timeline_count(b));
    annals_timeline_free(a);
    annals_timeline_free(b);
    files++;
    g_free(out);
    g_free(again);
    g_ptr_array_free(texts, TRUE);
    g_strfreev(lines);
    g_string_free(s, TRUE);
    g_string_free(t, TRUE);
  }
  printf("fmt: %zu files with %zu comments formatted twice, every comment "
         "kept once\n",
         files, comments);
  g_rand_free(rng);
}

/* ---- diff ---------------------------------------------------------- */

static char *diff_text(const char *a, const char *b, size_t *changes) {
  char *text = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&text, &len);
  *changes = annals_diff(a, strlen(a), b, strlen(b), "a", "b", m);
  fclose(m);
  return text;
}

static void test_diff(void **state) {
  (void)state;
  size_t n;
  char *t = diff_text("1\n2\n3\n", "1\n2\n3\n", &n);
  assert_int_equal(n, 0);
  assert_string_equal(t, "");
  free(t);
  t = diff_text("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n",
                "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\neleven\n", &n);
  assert_int_equal(n, 3);
  assert_text(t, "--- a\n+++ b\n"
                 "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n"
                 "@@ -8,3 +8,4 @@\n 8\n 9\n 10\n+eleven\n");
  free(t);
  t = diff_text("a\nb", "a\nc\n", &n);
  assert_int_equal(n, 2);
  assert_text(t, "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n"
                 "\\ No newline at end of file\n+c\n");
  free(t);
  t = diff_text("", "x\n", &n);
  assert_int_equal(n, 1);
  assert_text(t, "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n");
  free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ids_made_for_hand_events),
      cmocka_unit_test(test_fmt_comments),
      cmocka_unit_test(test_fmt_canonical_is_fixed_point),
      cmocka_unit_test(test_fmt_refuses),
      cmocka_unit_test(test_fmt_random_comments),
      cmocka_unit_test(test_diff),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
