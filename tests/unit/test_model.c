/* test_model.c - the timeline model: ownership, merge, order, ids, checks. */
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

static annals_event make_event(const char *id, const char *date,
                               const char *title) {
  annals_event e;
  memset(&e, 0, sizeof e);
  e.id = id;
  e.title = title;
  e.type = ANNALS_TYPE_CONSULT;
  e.confidence = -1;
  e.source.offset = e.source.length = -1;
  assert_int_equal(annals_when_parse(date, &e.when, NULL, 0, NULL),
                   ANNALS_OK);
  return e;
}

static void test_add_copies(void **state) {
  (void)state;
  char id[] = "talks", title[] = "Talks begin", actor0[] = "India",
       actor1[] = "Pakistan", tag[] = "kashmir", text[] = "A sentence.",
       file[] = "a.txt", notes[] = "n", cameo[] = "04", loc[] = "Doha";
  const char *actors[] = {actor0, actor1};
  const char *tags[] = {tag};
  annals_source ments[] = {{.text = text, .file = file, .offset = 5, .length = 6}};
  annals_event e = make_event(id, "2024-05", title);
  e.actors = actors;
  e.n_actors = 2;
  e.tags = tags;
  e.n_tags = 1;
  e.source.text = text;
  e.source.offset = 10;
  e.mentions = ments;
  e.n_mentions = 1;
  e.notes = notes;
  e.cameo = cameo;
  e.location = loc;
  annals_timeline *t = annals_timeline_new();
  annals_event *stored = annals_timeline_add(t, &e);
  /* Every string and array is the timeline's own copy. */
  assert_ptr_not_equal(stored->id, id);
  assert_ptr_not_equal(stored->actors, actors);
  assert_ptr_not_equal(stored->mentions, ments);
  memset(id, 'x', sizeof id - 1);
  memset(title, 'x', sizeof title - 1);
  memset(actor0, 'x', sizeof actor0 - 1);
  memset(text, 'x', sizeof text - 1);
  memset(tag, 'x', sizeof tag - 1);
  actors[1] = "changed";
  ments[0].offset = 99;
  const annals_event *g = annals_timeline_get(t, 0);
  assert_string_equal(g->id, "talks");
  assert_string_equal(g->title, "Talks begin");
  assert_int_equal(g->n_actors, 2);
  assert_string_equal(g->actors[0], "India");
  assert_string_equal(g->actors[1], "Pakistan");
  assert_string_equal(g->tags[0], "kashmir");
  assert_string_equal(g->source.text, "A sentence.");
  assert_int_equal(g->source.offset, 10);
  assert_string_equal(g->mentions[0].text, "A sentence.");
  assert_int_equal(g->mentions[0].offset, 5);
  assert_string_equal(g->cameo, "04");
  assert_string_equal(g->location, "Doha");
  assert_null(annals_timeline_get(t, 1));
  assert_int_equal(annals_timeline_count(t), 1);
  /* Many adds: earlier events keep their values when storage grows. */
  for (int i = 0; i < 1000; i++) {
    char buf[32];
    snprintf(buf, sizeof buf, "e%d", i);
    annals_event x = make_event(buf, "2024", buf);
    annals_timeline_add(t, &x);
  }
  assert_int_equal(annals_timeline_count(t), 1001);
  assert_string_equal(annals_timeline_get(t, 0)->actors[1], "Pakistan");
  assert_string_equal(annals_timeline_get(t, 1000)->id, "e999");
  /* intern copies, with or without a length. */
  char s[] = "abcdef";
  const char *a = annals_timeline_intern(t, s, 3);
  const char *b = annals_timeline_intern(t, s, (size_t)-1);
  s[0] = 'z';
  assert_string_equal(a, "abc");
  assert_string_equal(b, "abcdef");
  assert_null(annals_timeline_intern(t, NULL, 3));
  annals_timeline_free(t);
  annals_timeline_free(NULL);
}

static void test_chart_fields(void **state) {
  (void)state;
  annals_timeline *t = annals_timeline_new();
  assert_null(annals_timeline_title(t));
  assert_int_equal(annals_timeline_dct(t)->how, ANNALS_DCT_NONE);
  char title[] = "Title";
  annals_timeline_set_title(t, title);
  title[0] = 'X';
  assert_string_equal(annals_timeline_title(t), "Title");
  annals_timeline_set_title(t, NULL);
  assert_null(annals_timeline_title(t));
  char why[] = "why";
  annals_dct dct = {{2025, 5, 12, ANNALS_PREC_DAY}, ANNALS_DCT_DATELINE, why};
  annals_timeline_set_dct(t, &dct);
  why[0] = 'W'; /* the note was copied */
  assert_int_equal(annals_timeline_dct(t)->date.d, 12);
  assert_string_equal(annals_timeline_dct(t)->note, "why");
  annals_timeline_set_dct(t, NULL);
  assert_int_equal(annals_timeline_dct(t)->date.prec, ANNALS_PREC_NONE);
  assert_int_equal(annals_timeline_dct(t)->how, ANNALS_DCT_NONE);
  assert_null(annals_timeline_dct(t)->note);
  annals_timeline_free(t);
}

static void test_merge(void **state) {
  (void)state;
  annals_timeline *dst = annals_timeline_new();
  annals_timeline *src = annals_timeline_new();
  annals_timeline_set_subtitle(dst, "kept");
  annals_timeline_set_title(src, "from src");
  annals_timeline_set_subtitle(src, "not taken");
  annals_dct dct = {{2025, 5, 12, ANNALS_PREC_DAY}, ANNALS_DCT_GIVEN, NULL};
  annals_timeline_set_dct(src, &dct);
  annals_event a = make_event("a", "2024", "A");
  annals_event b = make_event("b", "2023", "B");
  annals_timeline_add(dst, &a);
  annals_timeline_add(src, &b);
  annals_timeline_merge(dst, src);
  annals_timeline_free(src); /* dst owns its copies */
  assert_int_equal(annals_timeline_count(dst), 2);
  assert_string_equal(annals_timeline_get(dst, 0)->id, "a");
  assert_string_equal(annals_timeline_get(dst, 1)->id, "b");
  assert_string_equal(annals_timeline_get(dst, 1)->title, "B");
  assert_string_equal(annals_timeline_title(dst), "from src");
  assert_string_equal(annals_timeline_subtitle(dst), "kept");
  assert_int_equal(annals_timeline_dct(dst)->how, ANNALS_DCT_GIVEN);
  annals_timeline_free(dst);
}

/* Ids of the timeline, in order, joined by spaces. */
static void ids(const annals_timeline *t, char *buf, size_t size) {
  buf[0] = '\0';
  for (size_t i = 0; i < annals_timeline_count(t); i++) {
    if (i)
      strncat(buf, " ", size - strlen(buf) - 1);
    strncat(buf, annals_timeline_get(t, i)->id, size - strlen(buf) - 1);
  }
}

static void test_sort_total_order(void **state) {
  (void)state;
  /* Sorted: unknown first, then by first day, then last day (2024-01-01
   * before 2024-01 before 2024), then precision, then source offset, then
   * title, then id. */
  struct {
    const char *id, *date, *title;
    long long offset;
  } in[] = {
      {"u", "unknown", "U", -1},
      {"y", "2024", "Y", -1},
      {"ym", "2024-01", "A", -1},
      {"d1", "2024-01-01", "A", -1},
      {"d1-off5", "2024-01-01", "Z", 5},
      {"d1-off9", "2024-01-01", "A", 9},
      {"d2-a", "2024-01-02", "Same", -1},
      {"d2-b", "2024-01-02", "Same", -1},
      {"d2-t", "2024-01-02", "Title", -1},
      {"iv", "2024-01-02/2024-01-05", "I", -1},
      {"bce", "-0043-03-15", "C", -1},
  };
  const char *want = "u bce d1 d1-off5 d1-off9 ym y d2-a d2-b d2-t iv";
  size_t n = sizeof in / sizeof in[0];
  /* Every rotation of the input sorts to the same order. */
  for (size_t rot = 0; rot < n; rot++) {
    annals_timeline *t = annals_timeline_new();
    for (size_t k = 0; k < n; k++) {
      size_t i = (k + rot) % n;
      annals_event e = make_event(in[i].id, in[i].date, in[i].title);
      e.source.offset = in[i].offset;
      annals_timeline_add(t, &e);
    }
    annals_timeline_sort(t);
    char got[256];
    ids(t, got, sizeof got);
    assert_string_equal(got, want);
    annals_timeline_free(t);
  }
}

static void test_fix_ids(void **state) {
  (void)state;
  annals_timeline *t = annals_timeline_new();
  annals_event e1 = make_event("talks", "2024-05-07", "Talks");
  annals_event e2 = make_event("talks", "2024-05-08", "Talks again");
  annals_event e3 = make_event("talks", "2024-05-09", "Talks thrice");
  annals_event e4 = make_event(NULL, "2024-05-07", "India strikes");
  annals_event e5 = make_event("", "2024-05-07", "India strikes");
  /* An explicit id equal to what e4 would be given: it keeps it. */
  annals_event e6 = make_event("2024-05-07-india-strikes", "2024-05-07", "X");
  annals_event *all[] = {&e1, &e2, &e3, &e4, &e5, &e6};
  for (size_t i = 0; i < 6; i++)
    annals_timeline_add(t, all[i]);
  annals_timeline_fix_ids(t);
  char got[512];
  ids(t, got, sizeof got);
  assert_string_equal(got, "talks talks-2 talks-3 2024-05-07-india-strikes-2 "
                           "2024-05-07-india-strikes-3 "
                           "2024-05-07-india-strikes");
  /* Running it again changes nothing. */
  annals_timeline_fix_ids(t);
  char again[512];
  ids(t, again, sizeof again);
  assert_string_equal(again, got);
  annals_timeline_free(t);
}

static void test_slug(void **state) {
  (void)state;
  annals_when w;
  assert_int_equal(annals_when_parse("2025-05-07", &w, NULL, 0, NULL),
                   ANNALS_OK);
  char *s = annals_slug(&w, "India strikes Pakistan's bases!", 64);
  assert_string_equal(s, "2025-05-07-india-strikes-pakistans-bases");
  g_free(s);
  /* Non-ASCII words are dropped; the result stays a valid id. */
  s = annals_slug(&w, "Talks in Tōkyō — “round 2”", 64);
  for (const char *p = s; *p; p++)
    assert_true((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
                *p == '-');
  assert_true(s[strlen(s) - 1] != '-');
  g_free(s);
  s = annals_slug(&w, "Talks in Tōkyō — “round 2”", 64);
  assert_string_equal(s, "2025-05-07-talks-in-round-2");
  g_free(s);
  /* Cut at whole words, and never after a function word. */
  s = annals_slug(&w, "United States strikes Houthis in Hodeidah", 40);
  assert_string_equal(s, "2025-05-07-united-states-strikes-houthis");
  g_free(s);
  /* Invalid UTF-8 in a title built in memory ends up skipped. */
  s = annals_slug(&w, "bad\xff\xfe bytes \xc3", 64);
  assert_string_equal(s, "2025-05-07-bad-bytes");
  g_free(s);
  /* No date, no usable title. */
  s = annals_slug(NULL, "???", 64);
  assert_string_equal(s, "event");
  g_free(s);
  /* The length limit holds and never ends on '-'. */
  s = annals_slug(&w, "one two three four five six seven eight", 20);
  assert_true(strlen(s) <= 20);
  assert_true(s[strlen(s) - 1] != '-');
  assert_int_equal(strncmp(s, "2025-05-07-one", 14), 0);
  g_free(s);
  /* BCE dates give a slug without a leading '-'. */
  assert_int_equal(annals_when_parse("-0043-03-15", &w, NULL, 0, NULL),
                   ANNALS_OK);
  s = annals_slug(&w, "Ides", 64);
  assert_true(s[0] != '-');
  assert_non_null(strstr(s, "ides"));
  g_free(s);
}

static void test_validate(void **state) {
  (void)state;
  annals_timeline *t = annals_timeline_new();
  annals_event ok = make_event("ok", "2024", "Fine");
  annals_event noid = make_event(NULL, "2024", "No id");
  annals_event dup = make_event("ok", "2024", "Dup");
  annals_event notitle = make_event("nt", "2024", "");
  annals_event conf = make_event("conf", "2024", "C");
  ok.yaml_file = "f.yaml";
  ok.yaml_line = 3;
  ok.yaml_column = 3;
  dup.yaml_file = "f.yaml";
  dup.yaml_line = 9;
  dup.yaml_column = 3;
  conf.confidence = 1.5;
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline_add(t, &ok);
  assert_int_equal(annals_timeline_validate(t, &d), ANNALS_OK);
  assert_int_equal(d.n, 0);
  annals_timeline_add(t, &noid);
  annals_timeline_add(t, &dup);
  annals_timeline_add(t, &notitle);
  annals_timeline_add(t, &conf);
  assert_int_equal(annals_timeline_validate(t, &d), ANNALS_ERR_INPUT);
  assert_int_equal(d.n_errors, 4);
  bool saw_dup = false;
  for (size_t i = 0; i < d.n; i++)
    if (strstr(d.items[i].message, "duplicate id 'ok'")) {
      saw_dup = true;
      assert_int_equal(d.items[i].line, 9);
      assert_string_equal(d.items[i].file, "f.yaml");
      assert_non_null(strstr(d.items[i].message, "line 3"));
    }
  assert_true(saw_dup);
  /* A NULL list is allowed. */
  assert_int_equal(annals_timeline_validate(t, NULL), ANNALS_ERR_INPUT);
  annals_diags_release(&d);
  annals_timeline_free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_add_copies),
      cmocka_unit_test(test_chart_fields),
      cmocka_unit_test(test_merge),
      cmocka_unit_test(test_sort_total_order),
      cmocka_unit_test(test_fix_ids),
      cmocka_unit_test(test_slug),
      cmocka_unit_test(test_validate),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
