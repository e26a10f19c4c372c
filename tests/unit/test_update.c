/*
 * test_update.c - extract --update on hand-edited files (record_update.c).
 *
 * The property test (test_update_random_edits) builds records the way
 * `extract --update` does, edits them as a person would (deletes,
 * reorders, retitles in any quoting, comments, blank lines, events
 * written by hand without ids, a file indented differently), updates them
 * with new texts and checks that every byte of the edited file is still
 * there, in order, that no deleted event came back, that each new report
 * of an event landed in that event's mentions, and that a second update
 * with the same texts changes nothing.  It prints its figures.
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

static void assert_text(const char *got, const char *want) {
  if (strcmp(got, want) != 0) {
    fprintf(stderr, "--- want ---\n%s--- got ---\n%s---\n", want, got);
    fail();
  }
}

/* ---- extract --update ---------------------------------------------- */

/* A "found" timeline: what annals_extract would give for a text. */
static annals_event make_event(const char *date, annals_type type,
                               const char *const *actors, size_t n_actors,
                               const char *title, const char *file,
                               long long offset, const char *sentence) {
  annals_event e;
  memset(&e, 0, sizeof e);
  assert_int_equal(annals_when_parse(date, &e.when, NULL, 0, NULL), ANNALS_OK);
  e.type = type;
  e.actors = (const char **)actors;
  e.n_actors = n_actors;
  e.title = title;
  e.confidence = -1;
  e.source.text = sentence;
  e.source.file = file;
  e.source.offset = offset;
  e.source.length = (long long)strlen(sentence);
  return e;
}

static char *update(const char *file, size_t len, const char *text_name,
                    const char *sha, const annals_timeline *found,
                    bool *changed, annals_update_stats *stats) {
  annals_diags d;
  annals_diags_init(&d);
  annals_record *r = NULL;
  assert_int_equal(annals_record_open(file, len, "t.yaml", &r, &d), ANNALS_OK);
  if (!annals_record_knows_text(r, text_name, sha) || found)
    assert_int_equal(annals_record_add_text(r, text_name, sha, found, &d),
                     ANNALS_OK);
  char *out = NULL;
  size_t out_len = 0;
  annals_status st = annals_record_result(r, &out, &out_len, changed, &d);
  for (size_t i = 0; i < d.n; i++)
    annals_diag_print(&d.items[i], stderr);
  assert_int_equal(st, ANNALS_OK);
  assert_int_equal(strlen(out), out_len);
  if (stats)
    *stats = *annals_record_stats(r);
  annals_record_free(r);
  annals_diags_release(&d);
  return out;
}

static const char *sha_of(const char *s, char buf[65]) {
  annals_sha256_hex(s, strlen(s), buf);
  return buf;
}

static void test_update_worked(void **state) {
  (void)state;
  /* A file indented its own way, with comments and a hand event. */
  const char *file =
      "# Niger, kept by hand\n"
      "events:\n"
      "  - id: coup\n"
      "    date: 2023-07-26\n"
      "    title: 'Soldiers detain President Bazoum'   # as AP put it\n"
      "    type: coerce\n"
      "    actors: [Presidential Guard, Bazoum]\n"
      "\n"
      "  # by hand\n"
      "  - date: 2023-08-10\n"
      "    title: ECOWAS orders a standby force\n"
      "    type: force-posture\n"
      "    actors: [ECOWAS]\n"
      "    mentions:\n"
      "      - text: ECOWAS ordered the force.\n"
      "        file: old.txt\n";
  char sha[65];
  const char *a1[] = {"Presidential Guard"};
  const char *a2[] = {"ECOWAS", "Niger"};
  const char *a3[] = {"Mali", "Burkina Faso"};
  annals_timeline *found = annals_timeline_new();
  annals_event e = make_event("2023-07-26", ANNALS_TYPE_COERCE, a1, 1,
                              "Guard detains Bazoum", "new.txt", 10,
                              "The guard detained Bazoum on July 26.");
  annals_timeline_add(found, &e);
  e = make_event("2023-08", ANNALS_TYPE_FORCE_POSTURE, a2, 2,
                 "ECOWAS readies troops", "new.txt", 60,
                 "In August ECOWAS readied troops.");
  e.id = "ecowas";
  annals_timeline_add(found, &e);
  e = make_event("2023-08-01", ANNALS_TYPE_THREATEN, a3, 2,
                 "Mali and Burkina Faso warn against intervention", "new.txt",
                 100, "Mali and Burkina Faso warned on August 1.");
  e.id = "2023-08-01-mali-and-burkina-faso-warn";
  annals_timeline_add(found, &e);
  bool changed = false;
  annals_update_stats st;
  char *out = update(file, strlen(file), "new.txt", sha_of("new text", sha),
                     found, &changed, &st);
  assert_true(changed);
  assert_int_equal(st.added, 1);
  assert_int_equal(st.mentions, 2);
  assert_int_equal(st.texts, 1);
  /* The ECOWAS event is of August (2023-08 holds 2023-08-10): a mention.
   * The new event goes after the coup (date order), before the comment
   * of the hand event. */
  const char *want =
      "# Niger, kept by hand\n"
      "events:\n"
      "  - id: coup\n"
      "    date: 2023-07-26\n"
      "    title: 'Soldiers detain President Bazoum'   # as AP put it\n"
      "    type: coerce\n"
      "    actors: [Presidential Guard, Bazoum]\n"
      "    mentions:\n"
      "    - text: The guard detained Bazoum on July 26.\n"
      "      file: new.txt\n"
      "      offset: 10\n"
      "      length: 37\n"
      "  - id: 2023-08-01-mali-and-burkina-faso-warn\n"
      "    date: 2023-08-01\n"
      "    title: Mali and Burkina Faso warn against intervention\n"
      "    type: threaten\n"
      "    actors:\n"
      "    - Mali\n"
      "    - Burkina Faso\n"
      "    source:\n"
      "      text: Mali and Burkina Faso warned on August 1.\n"
      "      file: new.txt\n"
      "      offset: 100\n"
      "      length: 41\n"
      "\n"
      "  # by hand\n"
      "  - date: 2023-08-10\n"
      "    title: ECOWAS orders a standby force\n"
      "    type: force-posture\n"
      "    actors: [ECOWAS]\n"
      "    mentions:\n"
      "      - text: ECOWAS ordered the force.\n"
      "        file: old.txt\n"
      "      - text: In August ECOWAS readied troops.\n"
      "        file: new.txt\n"
      "        offset: 60\n"
      "        length: 32\n"
      "texts:\n"
      "- file: new.txt\n"
      "  sha256: "
      "1ed2dc4ad8b3e6a62a5ba7c2fdd47d4cfcfa9c5e3b1c6f8d61ffab7c7c7d1e6c\n"
      "  events:\n"
      "  - {id: coup, date: 2023-07-26, type: coerce, actors: [Presidential "
      "Guard]}\n"
      "  - {id: 2023-08-10-ecowas-orders-a-standby-force, date: 2023-08, "
      "type: force-posture, actors: [ECOWAS, Niger]}\n"
      "  - {id: 2023-08-01-mali-and-burkina-faso-warn, date: 2023-08-01, "
      "type: threaten, actors: [Mali, Burkina Faso]}\n";
  GString *w = g_string_new(want);
  /* The digest of "new text". */
  char *p = strstr(w->str, "1ed2dc");
  memcpy(p, sha, 64);
  assert_text(out, w->str);
  g_string_free(w, TRUE);
  /* The same text again: nothing changes. */
  char *again = update(out, strlen(out), "new.txt", sha, found, &changed, &st);
  assert_false(changed);
  assert_int_equal(st.known, 1);
  assert_text(again, out);
  g_free(again);
  /* Delete the new event by hand: a later text telling it again does not
   * bring it back. */
  GString *edited = g_string_new(out);
  char *from = strstr(edited->str, "  - id: 2023-08-01-mali");
  char *to = strstr(edited->str, "\n  # by hand");
  g_string_erase(edited, from - edited->str, to + 1 - from);
  annals_timeline *later = annals_timeline_new();
  e = make_event("2023-08-01", ANNALS_TYPE_THREATEN, a3 + 1, 1,
                 "Burkina Faso threatens", "later.txt", 5,
                 "Burkina Faso threatened to step in.");
  annals_timeline_add(later, &e);
  char *third = update(edited->str, edited->len, "later.txt",
                       sha_of("later", sha), later, &changed, &st);
  assert_int_equal(st.dismissed, 1);
  assert_int_equal(st.added, 0);
  assert_null(strstr(third, "- id: 2023-08-01"));
  /* Only the text was listed. */
  assert_int_equal(strncmp(third, edited->str, edited->len), 0);
  g_free(third);
  g_string_free(edited, TRUE);
  annals_timeline_free(later);
  annals_timeline_free(found);
  g_free(out);
}

static void test_update_new_file_and_empty(void **state) {
  (void)state;
  const char *a[] = {"Iran", "Pakistan"};
  annals_timeline *found = annals_timeline_new();
  annals_timeline_set_title(found, "Headline");
  annals_event e =
      make_event("2024-01-18", ANNALS_TYPE_FIGHT, a, 2, "Pakistan strikes Iran",
                 "a.txt", 0, "Pakistan struck Iran.");
  annals_timeline_add(found, &e);
  char sha[65];
  bool changed;
  annals_diags d;
  annals_diags_init(&d);
  annals_record *r = NULL;
  assert_int_equal(annals_record_open(NULL, 0, "new.yaml", &r, &d), ANNALS_OK);
  assert_int_equal(
      annals_record_add_text(r, "a.txt", sha_of("a", sha), found, &d),
      ANNALS_OK);
  char *out = NULL;
  size_t len = 0;
  assert_int_equal(annals_record_result(r, &out, &len, &changed, &d),
                   ANNALS_OK);
  annals_record_free(r);
  assert_true(changed);
  assert_non_null(strstr(out, "title: Headline\n"));
  assert_non_null(strstr(out, "texts:\n- file: a.txt\n"));
  annals_timeline *t = read_ok(out, len);
  assert_int_equal(annals_timeline_count(t), 1);
  assert_int_equal(annals_timeline_text_count(t), 1);
  annals_timeline_free(t);
  g_free(out);
  /* "events: []" takes its first event below it; the comment stays. */
  const char *empty = "events: [] # none yet\n";
  out = update(empty, strlen(empty), "a.txt", sha, found, &changed, NULL);
  assert_true(changed);
  assert_int_equal(strncmp(out, "events: # none yet\n- id: ", 25), 0);
  g_free(out);
  /* A file without a final line break. */
  const char *nonl = "events:\n- id: x\n  date: 2020\n  title: X\n"
                     "  type: aid\n  actors: [Iran]";
  out = update(nonl, strlen(nonl), "a.txt", sha, found, &changed, NULL);
  assert_int_equal(strncmp(out, nonl, strlen(nonl)), 0);
  assert_int_equal(out[strlen(nonl)], '\n');
  t = read_ok(out, strlen(out));
  assert_int_equal(annals_timeline_count(t), 2);
  annals_timeline_free(t);
  g_free(out);
  annals_diags_release(&d);
  annals_timeline_free(found);
}

static void test_update_refuses_invalid(void **state) {
  (void)state;
  annals_diags d;
  annals_diags_init(&d);
  annals_record *r = (annals_record *)&d;
  const char *bad = "events:\n- id: a\n  date: 07/28/2023\n  title: T\n"
                    "  type: aid\n";
  assert_int_equal(annals_record_open(bad, strlen(bad), "bad.yaml", &r, &d),
                   ANNALS_ERR_INPUT);
  assert_null(r);
  assert_int_equal(d.n_errors, 1);
  annals_diags_release(&d);
}

/* A file written by plain extract lists no texts: the texts its events
 * name count as read. */
static void test_update_plain_extract_file(void **state) {
  (void)state;
  const char *file = "events:\n- id: a\n  date: 2024\n  title: T\n"
                     "  type: aid\n  actors: [X]\n  source:\n"
                     "    text: S.\n    file: a.txt\n";
  annals_diags d;
  annals_diags_init(&d);
  annals_record *r = NULL;
  assert_int_equal(annals_record_open(file, strlen(file), "p.yaml", &r, &d),
                   ANNALS_OK);
  char sha[65];
  assert_true(annals_record_knows_text(r, "a.txt", sha_of("a", sha)));
  assert_false(annals_record_knows_text(r, "b.txt", sha_of("b", sha)));
  annals_record_free(r);
  annals_diags_release(&d);
}

/* ---- the property test ------------------------------------------------ */

typedef struct {
  GPtrArray *lines; /* char*, each with its '\n' */
  const char *dash; /* "- " or "  - " */
} doc;

static void doc_from(doc *dc, const char *text) {
  dc->lines = g_ptr_array_new_with_free_func(g_free);
  for (const char *p = text; *p;) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
    g_ptr_array_add(dc->lines, g_strndup(p, n));
    p += n;
  }
}

static char *doc_text(const doc *dc) {
  GString *s = g_string_new(NULL);
  for (guint i = 0; i < dc->lines->len; i++)
    g_string_append(s, g_ptr_array_index(dc->lines, i));
  return g_string_free(s, FALSE);
}

static const char *line_at(const doc *dc, guint i) {
  return g_ptr_array_index(dc->lines, i);
}

/* The events region [*a, *b) and the start of each event in it. */
static GArray *blocks(const doc *dc, guint *a, guint *b) {
  *a = *b = 0;
  for (guint i = 0; i < dc->lines->len; i++) {
    if (strcmp(line_at(dc, i), "events:\n") == 0)
      *a = i + 1;
    if (strcmp(line_at(dc, i), "texts:\n") == 0)
      *b = i;
  }
  if (!*b)
    *b = dc->lines->len;
  GArray *v = g_array_new(FALSE, FALSE, sizeof(guint));
  for (guint i = *a; i < *b; i++)
    if (g_str_has_prefix(line_at(dc, i), dc->dash))
      g_array_append_val(v, i);
  return v;
}

/* Lines [start, end) of block k. */
static void block_range(const doc *dc, GArray *v, guint k, guint b,
                        guint *start, guint *end) {
  (void)dc;
  *start = g_array_index(v, guint, k);
  *end = k + 1 < v->len ? g_array_index(v, guint, k + 1) : b;
}

static const char *const pool[] = {"Iran",   "Iraq",    "Pakistan", "India",
                                   "Israel", "Houthis", "Qatar",    "Oman"};

typedef struct {
  size_t edits, updates, bytes, mentions, dismissed, added, known;
} figures;

/* The text of a new sentence. */
static char *sentence(GRand *rng, int k) {
  return g_strdup_printf("Sentence %d of a new report, %u.", k,
                         g_rand_int(rng));
}

static void one_round(GRand *rng, int round, figures *fig) {
  /* 1. A record made by an update from a first text. */
  annals_timeline *base = annals_timeline_new();
  annals_timeline_set_title(base, "Random record");
  int n = g_rand_int_range(rng, 2, 14);
  static const char *const titles[] = {"Talks: second round",
                                       "Rally #2 in the capital",
                                       "It's 'quoted'",
                                       "yes",
                                       "2024",
                                       "Ünïcode títle",
                                       "Strike on a base"};
  for (int i = 0; i < n; i++) {
    char date[16];
    snprintf(date, sizeof date, "202%d-%02d-%02d", g_rand_int_range(rng, 0, 5),
             g_rand_int_range(rng, 1, 13), g_rand_int_range(rng, 1, 29));
    const char *actors[3];
    size_t na = (size_t)g_rand_int_range(rng, 1, 4);
    for (size_t k = 0; k < na; k++)
      actors[k] = pool[g_rand_int_range(rng, 0, G_N_ELEMENTS(pool))];
    char *s = sentence(rng, i);
    annals_event e = make_event(
        date, (annals_type)g_rand_int_range(rng, 1, ANNALS_TYPE_COUNT), actors,
        na, titles[g_rand_int_range(rng, 0, G_N_ELEMENTS(titles))], "base.txt",
        i * 100, s);
    if (g_rand_boolean(rng))
      e.location = "Somewhere";
    annals_timeline_add(base, &e);
    g_free(s);
  }
  char sha0[65];
  snprintf(sha0, sizeof sha0, "%064d", round);
  bool changed;
  char *made = update(NULL, 0, "base.txt", sha0, base, &changed, NULL);
  annals_timeline *orig = read_ok(made, strlen(made));

  /* 2. A person's edits. */
  doc dc;
  doc_from(&dc, made);
  dc.dash = "- ";
  if (g_rand_int_range(rng, 0, 3) == 0) {
    /* Their own indentation: items two columns in. */
    guint a, b;
    GArray *v = blocks(&dc, &a, &b);
    for (guint i = a; i < b; i++) {
      char *l = g_ptr_array_index(dc.lines, i);
      dc.lines->pdata[i] = g_strconcat("  ", l, NULL);
      g_free(l);
    }
    g_array_free(v, TRUE);
    dc.dash = "  - ";
  }
  GHashTable *deleted =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  GArray *hand = g_array_new(FALSE, FALSE, sizeof(int));
  int n_edits = g_rand_int_range(rng, 1, 9);
  for (int k = 0; k < n_edits; k++) {
    guint a, b;
    GArray *v = blocks(&dc, &a, &b);
    int what = g_rand_int_range(rng, 0, 8);
    guint bi = (guint)g_rand_int_range(rng, 0, (gint32)v->len);
    guint s0, s1;
    block_range(&dc, v, bi, b, &s0, &s1);
    const char *ind = dc.dash[0] == ' ' ? "  " : "";
    if (what == 0 && v->len > 1) {
      /* delete an event */
      const char *l = line_at(&dc, s0);
      const char *id = strstr(l, "- id: ");
      if (id)
        g_hash_table_add(deleted, g_strchomp(g_strdup(id + 6)));
      g_ptr_array_remove_range(dc.lines, s0, s1 - s0);
    } else if (what == 1 && v->len > 1) {
      /* move an event to the end of the list */
      GPtrArray *moved = g_ptr_array_new();
      for (guint i = s0; i < s1; i++)
        g_ptr_array_add(moved, g_strdup(line_at(&dc, i)));
      g_ptr_array_remove_range(dc.lines, s0, s1 - s0);
      guint at = b - (s1 - s0);
      for (guint i = 0; i < moved->len; i++)
        g_ptr_array_insert(dc.lines, (gint)(at + i),
                           g_ptr_array_index(moved, i));
      g_ptr_array_free(moved, TRUE);
    } else if (what == 2) {
      /* retitle, in any quoting */
      for (guint i = s0; i < s1; i++) {
        char *l = g_ptr_array_index(dc.lines, i);
        char *t = strstr(l, "  title: ");
        if (t && t - l <= 4) {
          static const char *const styles[] = {
              "Retitled by hand %d", "'Retitled: it''s %d'",
              "\"Retitled \\\"%d\\\"\"", "Retitled %d   # a comment"};
          char *v2 = g_strdup_printf(styles[g_rand_int_range(rng, 0, 4)], k);
          dc.lines->pdata[i] =
              g_strdup_printf("%.*stitle: %s\n", (int)(t - l + 2), l, v2);
          g_free(v2);
          g_free(l);
          break;
        }
      }
    } else if (what == 3) {
      /* a comment on a line of its own, anywhere in the events */
      guint at = (guint)g_rand_int_range(rng, (gint32)a, (gint32)b + 1);
      g_ptr_array_insert(dc.lines, (gint)at,
                         g_strdup_printf("%*s# note %d\n",
                                         g_rand_int_range(rng, 0, 3) * 2, "",
                                         k));
    } else if (what == 4) {
      /* a comment at the end of a line */
      guint at = (guint)g_rand_int_range(rng, (gint32)s0, (gint32)s1);
      char *l = g_ptr_array_index(dc.lines, at);
      if (strchr(l, ':') && !strstr(l, " #")) {
        dc.lines->pdata[at] =
            g_strdup_printf("%.*s  # remark %d\n", (int)strlen(l) - 1, l, k);
        g_free(l);
      }
    } else if (what == 5) {
      /* an event written by hand, without an id */
      int h = round * 100 + k;
      g_array_append_val(hand, h);
      guint at = g_rand_boolean(rng) ? s0 : b;
      char *lines[] = {
          g_strdup_printf("%s- date: 2025-06-%02d\n", ind, h % 28 + 1),
          g_strdup_printf("%s  title: Hand %d\n", ind, h),
          g_strdup_printf("%s  type: consult\n", ind),
          g_strdup_printf("%s  actors: [Hand%d, Oman]\n", ind, h)};
      for (guint i = 0; i < G_N_ELEMENTS(lines); i++)
        g_ptr_array_insert(dc.lines, (gint)(at + i), lines[i]);
    } else if (what == 6) {
      /* a blank line before an event */
      g_ptr_array_insert(dc.lines, (gint)s0, g_strdup("\n"));
    } else {
      /* a comment at the top */
      g_ptr_array_insert(dc.lines, 0, g_strdup_printf("# top %d\n", k));
    }
    g_array_free(v, TRUE);
    fig->edits++;
  }
  char *edited = doc_text(&dc);
  annals_timeline *et = read_ok(edited, strlen(edited));

  /* 3. New texts: reports of events in the file, of deleted events, and
   * of new ones; sometimes the first text again. */
  annals_timeline *found = annals_timeline_new();
  size_t want_added = 0, want_reports = 0;
  GPtrArray *said = g_ptr_array_new_with_free_func(g_free);
  char *fresh_names[4];
  int n_fresh = g_rand_int_range(rng, 0, 4);
  for (size_t i = 0; i < annals_timeline_count(et); i++) {
    if (g_rand_int_range(rng, 0, 3) != 0)
      continue;
    const annals_event *p = annals_timeline_get(et, i);
    char *s = sentence(rng, 1000 + (int)i);
    char date[48];
    annals_when_format(&p->when, date, sizeof date);
    annals_event e = make_event(date, p->type, p->actors, p->n_actors,
                                "Told again", "new.txt", 7 * (long long)i, s);
    annals_timeline_add(found, &e);
    g_ptr_array_add(said, s);
    want_reports++;
  }
  size_t told_deleted = 0;
  for (size_t i = 0; i < annals_timeline_count(orig); i++) {
    const annals_event *p = annals_timeline_get(orig, i);
    if (!g_hash_table_contains(deleted, p->id))
      continue;
    char *s = sentence(rng, 2000 + (int)i);
    char date[48];
    annals_when_format(&p->when, date, sizeof date);
    annals_event e = make_event(date, p->type, p->actors, p->n_actors,
                                "Deleted, told again", "new.txt", 9, s);
    annals_timeline_add(found, &e);
    g_free(s);
    told_deleted++;
  }
  for (int f = 0; f < n_fresh; f++) {
    fresh_names[f] = g_strdup_printf("Fresh%d-%d", round, f);
    const char *actors[] = {fresh_names[f]};
    char *s = sentence(rng, 3000 + f);
    annals_event e = make_event("2025-07-01", ANNALS_TYPE_AID, actors, 1,
                                "A new event", "new.txt", 11, s);
    annals_timeline_add(found, &e);
    g_free(s);
    want_added++;
  }
  char sha1[65];
  snprintf(sha1, sizeof sha1, "%064d", round + 1000000);
  annals_update_stats st;
  char *upd =
      update(edited, strlen(edited), "new.txt", sha1, found, &changed, &st);
  fig->updates++;
  assert_true(changed);

  /* 4. Every byte of the edited file is there, in order, line by line. */
  doc ud;
  doc_from(&ud, upd);
  guint j = 0;
  for (guint i = 0; i < ud.lines->len && j < dc.lines->len; i++)
    if (strcmp(line_at(&ud, i), line_at(&dc, j)) == 0)
      j++;
  if (j != dc.lines->len) {
    fprintf(stderr,
            "line %u of the edited file lost:\n%s\n--- edited "
            "---\n%s--- updated ---\n%s",
            j + 1, line_at(&dc, j), edited, upd);
    fail();
  }
  fig->bytes += strlen(edited);
  annals_timeline *ut = read_ok(upd, strlen(upd));
  /* The events of the file, unchanged but for new mentions. */
  assert_int_equal(annals_timeline_count(ut),
                   annals_timeline_count(et) + want_added);
  size_t new_mentions = 0;
  for (size_t i = 0; i < annals_timeline_count(et); i++) {
    const annals_event *a = annals_timeline_get(et, i);
    const annals_event *b = NULL;
    for (size_t k = 0; k < annals_timeline_count(ut) && !b; k++)
      if (strcmp(annals_timeline_get(ut, k)->id, a->id) == 0)
        b = annals_timeline_get(ut, k);
    assert_non_null(b);
    assert_string_equal(a->title, b->title);
    assert_int_equal(annals_when_cmp(&a->when, &b->when), 0);
    assert_int_equal(a->n_actors, b->n_actors);
    assert_true(b->n_mentions >= a->n_mentions);
    for (size_t k = 0; k < a->n_mentions; k++)
      assert_string_equal(a->mentions[k].text, b->mentions[k].text);
    new_mentions += b->n_mentions - a->n_mentions;
  }
  /* Each report of an event of the file is one of its mentions. */
  for (guint k = 0; k < said->len; k++) {
    bool found_it = false;
    for (size_t i = 0; i < annals_timeline_count(ut) && !found_it; i++) {
      const annals_event *b = annals_timeline_get(ut, i);
      for (size_t m = 0; m < b->n_mentions; m++)
        found_it |= b->mentions[m].text &&
                    strcmp(b->mentions[m].text,
                           (const char *)g_ptr_array_index(said, k)) == 0;
    }
    assert_true(found_it);
  }
  assert_int_equal(st.mentions, new_mentions);
  assert_true(new_mentions >= want_reports);
  /* No deleted event came back. */
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init(&it, deleted);
  while (g_hash_table_iter_next(&it, &key, NULL))
    for (size_t i = 0; i < annals_timeline_count(ut); i++)
      assert_string_not_equal(annals_timeline_get(ut, i)->id, key);
  assert_int_equal(st.added, want_added);
  assert_int_equal(annals_timeline_text_count(ut), 2);
  fig->mentions += st.mentions;
  fig->dismissed += st.dismissed;
  fig->added += st.added;

  /* 5. The same texts again: nothing changes. */
  char *upd2 = update(upd, strlen(upd), "new.txt", sha1, found, &changed, &st);
  assert_false(changed);
  assert_string_equal(upd2, upd);
  char *upd3 = update(upd, strlen(upd), "base.txt", sha0, base, &changed, &st);
  assert_false(changed);
  fig->known += 2;
  fig->updates += 2;

  for (int f = 0; f < n_fresh; f++)
    g_free(fresh_names[f]);
  g_free(upd3);
  g_free(upd2);
  g_ptr_array_free(ud.lines, TRUE);
  annals_timeline_free(ut);
  g_free(upd);
  g_ptr_array_free(said, TRUE);
  annals_timeline_free(found);
  annals_timeline_free(et);
  g_free(edited);
  g_array_free(hand, TRUE);
  g_hash_table_destroy(deleted);
  g_ptr_array_free(dc.lines, TRUE);
  annals_timeline_free(orig);
  g_free(made);
  annals_timeline_free(base);
}

static void test_update_random_edits(void **state) {
  (void)state;
  GRand *rng = g_rand_new_with_seed(20250613);
  figures fig = {0};
  const int rounds = 400;
  for (int round = 0; round < rounds; round++)
    one_round(rng, round, &fig);
  printf("update property: %d files, %zu edits, %zu updates, %zu bytes of "
         "edited files compared (all kept, in order), %zu mentions added, "
         "%zu events added, %zu reports of deleted events left out, %zu "
         "texts read twice changed nothing\n",
         rounds, fig.edits, fig.updates, fig.bytes, fig.mentions, fig.added,
         fig.dismissed, fig.known);
  g_rand_free(rng);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_update_worked),
      cmocka_unit_test(test_update_new_file_and_empty),
      cmocka_unit_test(test_update_refuses_invalid),
      cmocka_unit_test(test_update_plain_extract_file),
      cmocka_unit_test(test_update_random_edits),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
