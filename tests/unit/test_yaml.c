/*
 * test_yaml.c - the event record: reader, writer and their diagnostics.
 *
 * Data-driven part (paths relative to the repository root):
 *  - tests/yaml/invalid/NAME.yaml must fail; the diagnostics, printed as
 *    `annals check` prints them, must equal NAME.err byte for byte;
 *  - tests/yaml/warn/NAME.yaml must be valid with warnings, equal NAME.err;
 *  - tests/yaml/valid/NAME.yaml must read, and writing it back must give
 *    the same bytes.
 * UPDATE_GOLDEN=1 in the environment rewrites the .err files instead of
 * comparing (review the diff by hand before committing).
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

typedef struct {
  annals_status st;
  annals_timeline *t;
  annals_diags d;
  char *text; /* the diagnostics as the CLI prints them */
} result;

static void run_read(const char *buf, size_t len, const char *name,
                     result *r) {
  annals_diags_init(&r->d);
  r->t = NULL;
  r->st = annals_timeline_read_yaml(buf, len, name, &r->t, &r->d);
  annals_diags_sort(&r->d);
  char *text = NULL;
  size_t n = 0;
  FILE *m = open_memstream(&text, &n);
  assert_non_null(m);
  for (size_t i = 0; i < r->d.n; i++)
    annals_diag_print(&r->d.items[i], m);
  fclose(m);
  r->text = text;
}

static void result_release(result *r) {
  annals_timeline_free(r->t);
  annals_diags_release(&r->d);
  free(r->text);
}

static char *write_text(const annals_timeline *t, size_t *len) {
  char *text = NULL;
  size_t n = 0;
  FILE *m = open_memstream(&text, &n);
  assert_non_null(m);
  annals_diags d;
  annals_diags_init(&d);
  assert_int_equal(annals_timeline_write_yaml(t, m, &d), ANNALS_OK);
  assert_int_equal(d.n, 0);
  annals_diags_release(&d);
  fclose(m);
  if (len)
    *len = n;
  return text;
}

/* Prints a short line diff of two texts (expected vs actual). */
static void show_diff(const char *what, const char *want, const char *got) {
  char **a = g_strsplit(want, "\n", -1), **b = g_strsplit(got, "\n", -1);
  guint na = g_strv_length(a), nb = g_strv_length(b);
  fprintf(stderr, "--- %s (expected)\n+++ %s (actual)\n", what, what);
  guint i = 0;
  while (i < na && i < nb && strcmp(a[i], b[i]) == 0)
    i++;
  fprintf(stderr, "@@ first difference at line %u @@\n", i + 1);
  for (guint j = i; j < na; j++)
    if (j + 1 < na || a[j][0])
      fprintf(stderr, "-%s\n", a[j]);
  for (guint j = i; j < nb; j++)
    if (j + 1 < nb || b[j][0])
      fprintf(stderr, "+%s\n", b[j]);
  g_strfreev(a);
  g_strfreev(b);
}

static int str_ptr_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted *.yaml names of a directory. */
static GPtrArray *list_yaml(const char *dir) {
  GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
  GDir *d = g_dir_open(dir, 0, NULL);
  if (!d)
    fail_msg("cannot open %s (run the tests from the repository root)", dir);
  const char *n;
  while ((n = g_dir_read_name(d)))
    if (g_str_has_suffix(n, ".yaml"))
      g_ptr_array_add(names, g_build_filename(dir, n, NULL));
  g_dir_close(d);
  if (names->len)
    qsort(names->pdata, names->len, sizeof(char *), str_ptr_cmp);
  return names;
}

/* Reads every file of dir and compares its diagnostics with NAME.err.
 * expect_ok: whether the files are valid (warning-only) or invalid. */
static void golden_dir(const char *dir, bool expect_ok, size_t min_files) {
  GPtrArray *files = list_yaml(dir);
  bool update = g_getenv("UPDATE_GOLDEN") != NULL;
  int failures = 0;
  for (guint i = 0; i < files->len; i++) {
    const char *path = files->pdata[i];
    gchar *buf = NULL;
    gsize len = 0;
    assert_true(g_file_get_contents(path, &buf, &len, NULL));
    result r;
    run_read(buf, len, path, &r);
    char *err_path = g_strdup_printf("%.*s.err", (int)(strlen(path) - 5),
                                     path);
    if (expect_ok) {
      if (r.st != ANNALS_OK || r.d.n_errors != 0 || r.d.n_warnings == 0) {
        fprintf(stderr, "%s: expected valid with warnings, got status %d, "
                        "%zu errors, %zu warnings\n",
                path, r.st, r.d.n_errors, r.d.n_warnings);
        failures++;
      }
    } else if (r.st == ANNALS_OK || r.d.n_errors == 0 || r.t != NULL) {
      fprintf(stderr, "%s: expected failure, got status %d\n", path, r.st);
      failures++;
    }
    if (update) {
      assert_true(g_file_set_contents(err_path, r.text, -1, NULL));
    } else {
      gchar *want = NULL;
      if (!g_file_get_contents(err_path, &want, NULL, NULL)) {
        fprintf(stderr, "%s: missing (UPDATE_GOLDEN=1 creates it)\n",
                err_path);
        failures++;
      } else if (strcmp(want, r.text) != 0) {
        show_diff(err_path, want, r.text);
        failures++;
      }
      g_free(want);
    }
    g_free(err_path);
    g_free(buf);
    result_release(&r);
  }
  if (files->len < min_files) {
    fprintf(stderr, "%s: only %u cases, expected at least %zu\n", dir,
            files->len, min_files);
    failures++;
  }
  g_ptr_array_free(files, TRUE);
  assert_int_equal(failures, 0);
}

/* ---- data-driven tests ------------------------------------------------ */

static void test_invalid_files(void **state) {
  (void)state;
  golden_dir("tests/yaml/invalid", false, 30);
}

static void test_warning_files(void **state) {
  (void)state;
  golden_dir("tests/yaml/warn", true, 3);
}

static void test_valid_round_trip(void **state) {
  (void)state;
  GPtrArray *files = list_yaml("tests/yaml/valid");
  assert_true(files->len >= 6);
  int failures = 0;
  for (guint i = 0; i < files->len; i++) {
    const char *path = files->pdata[i];
    gchar *buf = NULL;
    gsize len = 0;
    assert_true(g_file_get_contents(path, &buf, &len, NULL));
    result r;
    run_read(buf, len, path, &r);
    if (r.st != ANNALS_OK || r.d.n_errors) {
      fprintf(stderr, "%s: does not read:\n%s", path, r.text);
      failures++;
    } else {
      size_t n = 0;
      char *out = write_text(r.t, &n);
      if (n != len || memcmp(out, buf, len) != 0) {
        show_diff(path, buf, out);
        failures++;
      }
      free(out);
    }
    result_release(&r);
    g_free(buf);
  }
  g_ptr_array_free(files, TRUE);
  assert_int_equal(failures, 0);
}

/* ---- API tests --------------------------------------------------------- */

static annals_timeline *read_ok(const char *text, annals_diags *d) {
  annals_timeline *t = NULL;
  annals_status st =
      annals_timeline_read_yaml(text, strlen(text), "t.yaml", &t, d);
  if (st != ANNALS_OK)
    for (size_t i = 0; i < d->n; i++)
      annals_diag_print(&d->items[i], stderr);
  assert_int_equal(st, ANNALS_OK);
  assert_non_null(t);
  return t;
}

/* Any valid input, even with comments and flow style, reaches a fixed
 * point after one write. */
static void test_write_is_stable(void **state) {
  (void)state;
  static const char input[] =
      "# hand-written\n"
      "title:   \"A \\\"quoted\\\" title\"   # trailing comment\n"
      "dct:\n  note: >\n    folded\n    text\n\n  date: 2025-05-12\n"
      "events: [\n"
      "  {id: b, date: 2024-05, title: 'B: second', type: consult,\n"
      "   actors: [ \"X\" , Y ], tags: [], confidence: .50,\n"
      "   mentions: [{text: m, offset: 007}]},\n"
      "  {type: aid, title: yes, date: \"2024\", id: a, approximate: false,\n"
      "   notes: \"  leading spaces\\n\\ttab\\n\", cameo: 07},\n"
      "]\n";
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = read_ok(input, &d);
  assert_int_equal(d.n, 0);
  size_t n1, n2;
  char *w1 = write_text(t, &n1);
  annals_timeline *t2 = read_ok(w1, &d);
  char *w2 = write_text(t2, &n2);
  assert_string_equal(w1, w2);
  /* The values survive. */
  const annals_event *b = annals_timeline_get(t2, 0);
  assert_string_equal(b->title, "B: second");
  assert_true(b->confidence == 0.5);
  assert_int_equal(b->n_actors, 2);
  assert_int_equal(b->n_tags, 0);
  assert_int_equal(b->mentions[0].offset, 7);
  const annals_event *a = annals_timeline_get(t2, 1);
  assert_string_equal(a->title, "yes");
  assert_string_equal(a->cameo, "07");
  assert_string_equal(a->notes, "  leading spaces\n\ttab\n");
  assert_false(a->approximate);
  assert_string_equal(annals_timeline_title(t2), "A \"quoted\" title");
  assert_string_equal(annals_timeline_dct(t2)->note, "folded text\n");
  /* "yes" must be quoted so other YAML tools read a string too. */
  assert_non_null(strstr(w1, "title: 'yes'\n"));
  free(w1);
  free(w2);
  annals_timeline_free(t);
  annals_timeline_free(t2);
  annals_diags_release(&d);
}

static void test_fields(void **state) {
  (void)state;
  static const char input[] =
      "annals: 1\n"
      "dct: {date: 2025-05-12, how: inferred}\n"
      "events:\n"
      "- id: e1\n"
      "  date: -0044/-0043-03-15\n"
      "  approximate: true\n"
      "  title: T\n"
      "  type: mass-violence\n"
      "  cameo: '2041'\n"
      "  location: ''\n"
      "  source: {file: f.txt, length: 12}\n";
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = read_ok(input, &d);
  assert_int_equal(annals_timeline_count(t), 1);
  const annals_event *e = annals_timeline_get(t, 0);
  assert_true(e->when.interval);
  assert_int_equal(e->when.start.y, -44);
  assert_int_equal(e->when.start.prec, ANNALS_PREC_YEAR);
  assert_int_equal(e->when.end.y, -43);
  assert_int_equal(e->when.end.d, 15);
  assert_true(e->approximate);
  assert_int_equal(e->type, ANNALS_TYPE_MASS_VIOLENCE);
  assert_string_equal(e->location, "");
  assert_null(e->source.text);
  assert_string_equal(e->source.file, "f.txt");
  assert_int_equal(e->source.offset, -1);
  assert_int_equal(e->source.length, 12);
  assert_true(e->confidence == -1);
  assert_int_equal(e->yaml_line, 4);
  assert_int_equal(e->yaml_column, 3);
  assert_string_equal(e->yaml_file, "t.yaml");
  const annals_dct *dct = annals_timeline_dct(t);
  assert_int_equal(dct->how, ANNALS_DCT_INFERRED);
  assert_int_equal(dct->date.m, 5);
  assert_null(dct->note);
  /* An empty location is a value: it is written back quoted. */
  char *w = write_text(t, NULL);
  assert_non_null(strstr(w, "  location: ''\n"));
  free(w);
  annals_timeline_free(t);
  annals_diags_release(&d);
}

static void test_unknown_key_is_warning(void **state) {
  (void)state;
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = read_ok("events:\n- id: a\n  date: 2024\n  title: T\n"
                               "  type: aid\n  titel: U\n",
                               &d);
  assert_int_equal(annals_timeline_count(t), 1);
  assert_int_equal(d.n_errors, 0);
  assert_int_equal(d.n_warnings, 1);
  assert_int_equal(d.items[0].severity, ANNALS_SEV_WARNING);
  assert_int_equal(d.items[0].line, 6);
  assert_int_equal(d.items[0].column, 3);
  assert_string_equal(d.items[0].message,
                      "unknown key 'titel' in event (ignored; did you mean "
                      "'title'?)");
  annals_timeline_free(t);
  annals_diags_release(&d);
}

static void test_errors_without_diags(void **state) {
  (void)state;
  annals_timeline *t = (annals_timeline *)&t;
  const char *bad = "events:\n- id: a\n";
  assert_int_equal(annals_timeline_read_yaml(bad, strlen(bad), NULL, &t, NULL),
                   ANNALS_ERR_INPUT);
  assert_null(t);
  /* Not NUL-terminated: only len bytes are read. */
  const char good[] = "events: []\nXXXX: [";
  assert_int_equal(annals_timeline_read_yaml(good, 11, "g", &t, NULL),
                   ANNALS_OK);
  annals_timeline_free(t);
}

/* Events written by hand need no id: one is made from the date and the
 * title, kept clear of the ids the file gives and of each other. */
static void test_ids_made(void **state) {
  (void)state;
  const char *in = "events:\n"
                   "- date: 2023-07-28\n  title: Rally in Niamey\n"
                   "  type: protest\n"
                   "- id: 2023-07-28-rally-in-niamey\n  date: 2023-07-28\n"
                   "  title: A rally with the explicit id\n  type: protest\n"
                   "- date: 2023-07-28\n  title: Rally in Niamey\n"
                   "  type: protest\n";
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = NULL;
  assert_int_equal(annals_timeline_read_yaml(in, strlen(in), "i", &t, &d),
                   ANNALS_OK);
  assert_int_equal(d.n, 0);
  assert_string_equal(annals_timeline_get(t, 0)->id,
                      "2023-07-28-rally-in-niamey-2");
  assert_true(annals_timeline_get(t, 0)->id_derived);
  assert_false(annals_timeline_get(t, 1)->id_derived);
  assert_string_equal(annals_timeline_get(t, 2)->id,
                      "2023-07-28-rally-in-niamey-3");
  assert_int_equal(annals_timeline_validate(t, &d), ANNALS_OK);
  annals_timeline_free(t);
  annals_diags_release(&d);
}

static void test_byte_columns(void **state) {
  (void)state;
  /* Columns count bytes: the bad date sits after a two-byte letter. */
  const char *in = "events:\n- {title: \xc3\xa9, id: a, type: aid, "
                   "date: 2024-13}\n";
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = NULL;
  assert_int_equal(annals_timeline_read_yaml(in, strlen(in), "c", &t, &d),
                   ANNALS_ERR_INPUT);
  assert_int_equal(d.n_errors, 1);
  assert_int_equal(d.items[0].line, 2);
  /* "- {title: é, id: a, type: aid, date: 2024-13}": '1' of 13 is at byte
   * 44 of the line. */
  assert_int_equal(d.items[0].column, 44);
  annals_diags_release(&d);
}

static double seconds_since(gint64 t0) {
  return (double)(g_get_monotonic_time() - t0) / 1e6;
}

static void test_alias_bomb_fast(void **state) {
  (void)state;
  GString *s = g_string_new("a: &a [lol, lol, lol, lol, lol, lol, lol]\n");
  for (char c = 'b'; c <= 'z'; c++)
    g_string_append_printf(s, "%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c]\n", c,
                           c, c - 1, c - 1, c - 1, c - 1, c - 1, c - 1);
  g_string_append(s, "events: *z\n");
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = NULL;
  gint64 t0 = g_get_monotonic_time();
  assert_int_equal(annals_timeline_read_yaml(s->str, s->len, "bomb", &t, &d),
                   ANNALS_ERR_INPUT);
  assert_true(seconds_since(t0) < 2.0);
  assert_null(t);
  bool alias_error = false;
  for (size_t i = 0; i < d.n; i++)
    if (strstr(d.items[i].message, "aliases are not supported"))
      alias_error = true;
  assert_true(alias_error);
  annals_diags_release(&d);
  g_string_free(s, TRUE);
}

static void test_deep_nesting(void **state) {
  (void)state;
  size_t depth = 100000;
  GString *s = g_string_new("events:\n- id: a\n  date: 2024\n  title: T\n"
                            "  type: aid\n  notes: ");
  for (size_t i = 0; i < depth; i++)
    g_string_append_c(s, '[');
  for (size_t i = 0; i < depth; i++)
    g_string_append_c(s, ']');
  g_string_append_c(s, '\n');
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = NULL;
  assert_int_equal(annals_timeline_read_yaml(s->str, s->len, "deep", &t, &d),
                   ANNALS_ERR_INPUT);
  assert_true(d.n_errors >= 1);
  assert_string_equal(d.items[0].message, "nesting deeper than 64 levels");
  annals_diags_release(&d);
  g_string_free(s, TRUE);
}

static GString *many_events_text(size_t n) {
  GString *s = g_string_new("annals: 1\nevents:\n");
  for (size_t i = 0; i < n; i++)
    g_string_append_printf(s,
                           "- id: e%zu\n  date: 2024-%02zu-%02zu\n"
                           "  title: Event number %zu\n  type: consult\n"
                           "  actors:\n  - A\n  - B\n",
                           i, i % 12 + 1, i % 28 + 1, i);
  return s;
}

/* Seconds to read a synthetic file of n events (checked). */
static double time_read(size_t n, annals_timeline **out) {
  GString *s = many_events_text(n);
  annals_diags d;
  annals_diags_init(&d);
  gint64 t0 = g_get_monotonic_time();
  annals_status st =
      annals_timeline_read_yaml(s->str, s->len, "many", out, &d);
  double secs = seconds_since(t0);
  assert_int_equal(st, ANNALS_OK);
  assert_int_equal(d.n, 0);
  annals_diags_release(&d);
  g_string_free(s, TRUE);
  return secs;
}

static bool under_valgrind(void) {
  const char *p = getenv("LD_PRELOAD");
  return p && strstr(p, "vgpreload");
}

static void test_many_events(void **state) {
  (void)state;
  const size_t n = 100000;
  annals_timeline *t = NULL;
  double small = time_read(n / 10, &t);
  annals_timeline_free(t);
  double big = time_read(n, &t);
  assert_int_equal(annals_timeline_count(t), n);
  assert_string_equal(annals_timeline_get(t, n - 1)->title,
                      "Event number 99999");
  assert_int_equal(annals_timeline_get(t, n - 1)->yaml_line,
                   2 + 7 * (n - 1) + 1);
  annals_timeline_free(t);
  /* Linear: ten times the input takes about ten times as long (a
   * quadratic reader would take a hundred times).  The slack absorbs a
   * busy machine. */
  if (big > 0.5 && big > 40 * small)
    fail_msg("100000 events took %.2f s, 10000 took %.2f s: not linear", big,
             small);
  /* About 0.3 s natively; the bound also holds for sanitizer builds. */
  if (!under_valgrind() && big > 20.0)
    fail_msg("100000 events took %.2f s", big);
}

static void test_huge_title(void **state) {
  (void)state;
  size_t n = 1 << 20;
  GString *s = g_string_new("events:\n- id: a\n  date: 2024\n  type: aid\n"
                            "  title: ");
  for (size_t i = 0; i < n; i++)
    g_string_append_c(s, (char)('a' + i % 26));
  g_string_append(s, "\n  titel: x\n");
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = read_ok(s->str, &d);
  assert_int_equal(strlen(annals_timeline_get(t, 0)->title), n);
  /* The warning after the long line has the right position. */
  assert_int_equal(d.n_warnings, 1);
  assert_int_equal(d.items[0].line, 6);
  size_t out_len = 0;
  char *w = write_text(t, &out_len);
  assert_true(out_len > n);
  free(w);
  annals_timeline_free(t);
  annals_diags_release(&d);
  g_string_free(s, TRUE);
}

static void test_error_cap(void **state) {
  (void)state;
  GString *s = g_string_new("events:\n");
  for (int i = 0; i < 3000; i++)
    g_string_append(s, "- x\n");
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = NULL;
  assert_int_equal(annals_timeline_read_yaml(s->str, s->len, "cap", &t, &d),
                   ANNALS_ERR_INPUT);
  assert_int_equal(d.n_errors, 1001);
  assert_non_null(strstr(d.items[d.n - 1].message, "too many errors"));
  annals_diags_release(&d);
  g_string_free(s, TRUE);
}

static void test_write_error(void **state) {
  (void)state;
  FILE *full = fopen("/dev/full", "w");
  if (!full)
    skip();
  annals_timeline *t = annals_timeline_new();
  annals_event e;
  memset(&e, 0, sizeof e);
  e.id = "a";
  e.title = "T";
  e.type = ANNALS_TYPE_AID;
  e.confidence = -1;
  annals_timeline_add(t, &e);
  annals_diags d;
  annals_diags_init(&d);
  assert_int_equal(annals_timeline_write_yaml(t, full, &d), ANNALS_ERR_IO);
  assert_int_equal(d.n_errors, 1);
  fclose(full);
  /* A string that is not UTF-8 is refused, not written half. */
  annals_timeline_set_title(t, "caf\xe9");
  char *text = NULL;
  size_t n = 0;
  FILE *m = open_memstream(&text, &n);
  assert_int_equal(annals_timeline_write_yaml(t, m, &d), ANNALS_ERR_INPUT);
  assert_int_equal(d.n_errors, 2);
  assert_non_null(strstr(d.items[1].message, "UTF-8"));
  fclose(m);
  free(text);
  annals_timeline_free(t);
  annals_diags_release(&d);
}

/* Values built in memory (as extraction makes them) survive the trip. */
/* Random strings made of the pieces YAML treats specially: every string the
 * writer writes must be read back unchanged, and the output must be stable.
 * This is what lets the writer choose styles itself (see yaml_write.c). */
#define ARRAY_N(a) (sizeof(a) / sizeof((a)[0]))

static void random_text(GRand *rng, char *buf, size_t size, bool nonempty) {
  static const char *const pieces[] = {
      "",     " ",    "  ",   "'",   "\"",     ":",      ": ",     " #",
      "#",    "-",    "- ",   "?",   "? ",     "\n",     "\n\n",   "\t",
      "\r",   "\\",   "a",    "Z",   "0",      "1.5",    "true",   "null",
      "~",    "\xe2\x80\x94", "\xc2\xa0", "\xc2\x85", "\xe2\x80\xa8",
      "\xef\xbb\xbf", "\x01", "\x7f", "\xc3\xa9", "\xd8\xaa", "|",
      ">",    "[",    "]",    "{",   "}",      ",",      "...",    "---",
      "&x",   "*x",   "!",    "%",   "@",      "`",      "word",   "two words",
      "\xe0\xa4\xa8\xe0\xa4\x88", "0x1F", "1e5", "<<", "\xf0\x9f\x98\x80"};
  size_t n = 0;
  int k = g_rand_int_range(rng, nonempty ? 1 : 0, 9);
  buf[0] = '\0';
  for (int i = 0; i < k; i++) {
    const char *p = pieces[g_rand_int_range(rng, 0, (gint32)ARRAY_N(pieces))];
    size_t l = strlen(p);
    if (n + l + 1 >= size)
      break;
    memcpy(buf + n, p, l + 1);
    n += l;
  }
  if (nonempty && n == 0)
    strcpy(buf, "x");
}

static void test_writer_styles_round_trip(void **state) {
  (void)state;
  GRand *rng = g_rand_new_with_seed(20261127);
  for (int iter = 0; iter < 3000; iter++) {
    char title[128], loc[128], notes[128], a0[128], a1[128], src[128],
        chart[128], c0[128], c1[128], country[128];
    random_text(rng, title, sizeof title, true);
    random_text(rng, loc, sizeof loc, false);
    random_text(rng, c0, sizeof c0, true);
    random_text(rng, c1, sizeof c1, false);
    random_text(rng, country, sizeof country, false);
    random_text(rng, notes, sizeof notes, false);
    random_text(rng, a0, sizeof a0, true);
    random_text(rng, a1, sizeof a1, true);
    random_text(rng, src, sizeof src, true);
    random_text(rng, chart, sizeof chart, false);
    annals_timeline *t = annals_timeline_new();
    annals_timeline_set_title(t, chart);
    const char *actors[] = {a0, a1};
    /* The first actor's country goes into a flow mapping; the second's is
     * sometimes empty (no country: a plain item). */
    const char *countries[] = {c0, c1};
    annals_event e;
    memset(&e, 0, sizeof e);
    e.id = "e";
    assert_int_equal(annals_when_parse("2024-05", &e.when, NULL, 0, NULL),
                     ANNALS_OK);
    e.title = title;
    e.type = ANNALS_TYPE_CONSULT;
    e.location = loc;
    e.country = country;
    e.notes = notes;
    e.actors = actors;
    e.actor_countries = countries;
    e.n_actors = 2;
    e.tags = actors;
    e.n_tags = 1;
    e.confidence = -1;
    e.source.text = src;
    e.source.offset = e.source.length = -1;
    annals_timeline_add(t, &e);
    char *w = write_text(t, NULL);
    annals_diags d;
    annals_diags_init(&d);
    annals_timeline *t2 = NULL;
    annals_status st =
        annals_timeline_read_yaml(w, strlen(w), "rt.yaml", &t2, &d);
    if (st != ANNALS_OK) {
      for (size_t i = 0; i < d.n; i++)
        fprintf(stderr, "%u:%u: %s\n", d.items[i].line, d.items[i].column,
                d.items[i].message);
      fprintf(stderr, "--- written:\n%s---\n", w);
    }
    assert_int_equal(st, ANNALS_OK);
    const annals_event *r = annals_timeline_get(t2, 0);
#define SAME(got, want)                                                        \
  do {                                                                         \
    const char *g_ = (got) ? (got) : "";                                       \
    if (strcmp(g_, (want)) != 0) {                                             \
      fprintf(stderr, "written:\n%s", w);                                      \
      assert_string_equal(g_, (want));                                         \
    }                                                                          \
  } while (0)
    SAME(annals_timeline_title(t2), chart);
    SAME(r->title, title);
    SAME(r->location, loc);
    SAME(r->notes, notes);
    SAME(r->actors[0], a0);
    SAME(r->actors[1], a1);
    SAME(r->country, country);
    /* A country equal to the name or empty reads back as none. */
    const char *want0 = strcmp(c0, a0) == 0 ? "" : c0;
    const char *want1 = strcmp(c1, a1) == 0 ? "" : c1;
    SAME(r->actor_countries ? r->actor_countries[0] : NULL, want0);
    SAME(r->actor_countries ? r->actor_countries[1] : NULL, want1);
    SAME(r->tags[0], a0);
    SAME(r->source.text, src);
#undef SAME
    char *w2 = write_text(t2, NULL);
    assert_string_equal(w, w2);
    free(w);
    free(w2);
    annals_timeline_free(t);
    annals_timeline_free(t2);
    annals_diags_release(&d);
  }
  g_rand_free(rng);
}

static void test_model_round_trip(void **state) {
  (void)state;
  annals_timeline *t = annals_timeline_new();
  annals_timeline_set_title(t, "null");
  annals_dct dct = {{2025, 5, 12, ANNALS_PREC_DAY}, ANNALS_DCT_DATELINE,
                    "from \"line 1\""};
  annals_timeline_set_dct(t, &dct);
  const char *actors[] = {"on", "2024-05-01", " spaced "};
  annals_source ments[] = {{.text = "m: 1", .offset = 3, .length = -1},
                           {.offset = 1, .length = 1}};
  annals_event e;
  memset(&e, 0, sizeof e);
  e.id = "x";
  assert_int_equal(annals_when_parse("2024-05/2024-06-02", &e.when, NULL, 0,
                                     NULL),
                   ANNALS_OK);
  e.title = "#hash: and 'quotes'";
  e.type = ANNALS_TYPE_REJECT;
  e.cameo = "12";
  e.actors = actors;
  e.n_actors = 3;
  e.confidence = 0.1 + 0.2; /* not a short decimal */
  e.notes = "a\n\nb";
  e.source.offset = e.source.length = -1;
  e.mentions = ments;
  e.n_mentions = 2;
  annals_timeline_add(t, &e);
  char *w = write_text(t, NULL);
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t2 = read_ok(w, &d);
  assert_int_equal(d.n, 0);
  const annals_event *r = annals_timeline_get(t2, 0);
  assert_string_equal(annals_timeline_title(t2), "null");
  assert_string_equal(annals_timeline_dct(t2)->note, "from \"line 1\"");
  assert_int_equal(annals_timeline_dct(t2)->how, ANNALS_DCT_DATELINE);
  assert_string_equal(r->title, e.title);
  assert_string_equal(r->actors[0], "on");
  assert_string_equal(r->actors[1], "2024-05-01");
  assert_string_equal(r->actors[2], " spaced ");
  assert_true(r->confidence == e.confidence);
  assert_string_equal(r->notes, "a\n\nb");
  assert_true(r->when.interval);
  assert_int_equal(annals_when_cmp(&r->when, &e.when), 0);
  /* The mention without text or file is not written. */
  assert_int_equal(r->n_mentions, 1);
  assert_int_equal(r->mentions[0].offset, 3);
  assert_int_equal(r->mentions[0].length, -1);
  assert_null(r->source.text);
  char *w2 = write_text(t2, NULL);
  assert_string_equal(w, w2);
  free(w);
  free(w2);
  annals_timeline_free(t);
  annals_timeline_free(t2);
  annals_diags_release(&d);
}

/* ---- countries: of the event's place and of each actor -------------- */

/* A v1 file written before countries existed reads as before: no
 * countries anywhere, and it writes back unchanged. */
static void test_countries_absent(void **state) {
  (void)state;
  static const char input[] = "annals: 1\n"
                              "events:\n"
                              "- id: operation-sindoor\n"
                              "  date: 2025-05-07\n"
                              "  title: India strikes sites in Pakistan\n"
                              "  type: fight\n"
                              "  actors:\n"
                              "  - India\n"
                              "  - Pakistan\n"
                              "  location: Bahawalpur, Pakistan\n";
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = read_ok(input, &d);
  assert_int_equal(d.n, 0);
  const annals_event *e = annals_timeline_get(t, 0);
  assert_int_equal(e->n_actors, 2);
  assert_string_equal(e->actors[0], "India");
  assert_string_equal(e->actors[1], "Pakistan");
  assert_null(e->actor_countries);
  assert_string_equal(e->location, "Bahawalpur, Pakistan");
  assert_null(e->country);
  size_t n = 0;
  char *w = write_text(t, &n);
  assert_int_equal(n, strlen(input));
  assert_string_equal(w, input);
  free(w);
  annals_timeline_free(t);
  annals_diags_release(&d);
}

/* Both forms of an actor, in block and flow style, and the event's
 * country; write -> read -> write gives the same bytes. */
static void test_countries_read_write(void **state) {
  (void)state;
  static const char input[] =
      "events:\n"
      "- id: a\n"
      "  date: 2024-01-16\n"
      "  title: Iran strikes Jaish al-Adl targets in Balochistan\n"
      "  type: fight\n"
      "  country: Pakistan\n"          /* before location: order is free */
      "  location: Balochistan\n"
      "  actors:\n"
      "  - Iran\n"
      "  - name: Jaish al-Adl\n"       /* block mapping */
      "    country: Iran\n"
      "  - {name: Houthis, country: Yemen}\n"
      "  - {name: Pakistan, country: Pakistan}\n" /* a country itself */
      "  - {name: Hamas, country: ''}\n"          /* empty: none */
      "  - {name: Hezbollah, country: ~}\n"       /* null: none */
      "  - {name: 'Sharif, Shehbaz'}\n";
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = read_ok(input, &d);
  assert_int_equal(d.n, 0);
  const annals_event *e = annals_timeline_get(t, 0);
  assert_int_equal(e->n_actors, 7);
  static const char *const names[] = {"Iran",      "Jaish al-Adl",
                                      "Houthis",   "Pakistan",
                                      "Hamas",     "Hezbollah",
                                      "Sharif, Shehbaz"};
  static const char *const countries[] = {NULL, "Iran", "Yemen", NULL,
                                          NULL, NULL,   NULL};
  assert_non_null(e->actor_countries);
  for (size_t i = 0; i < 7; i++) {
    assert_string_equal(e->actors[i], names[i]);
    if (countries[i])
      assert_string_equal(e->actor_countries[i], countries[i]);
    else
      assert_null(e->actor_countries[i]);
  }
  assert_string_equal(e->location, "Balochistan");
  assert_string_equal(e->country, "Pakistan");

  size_t n1, n2;
  char *w1 = write_text(t, &n1);
  assert_non_null(strstr(w1, "  actors:\n"
                             "  - Iran\n"
                             "  - {name: Jaish al-Adl, country: Iran}\n"
                             "  - {name: Houthis, country: Yemen}\n"
                             "  - Pakistan\n"
                             "  - Hamas\n"
                             "  - Hezbollah\n"
                             "  - Sharif, Shehbaz\n"
                             "  location: Balochistan\n"
                             "  country: Pakistan\n"));
  annals_timeline *t2 = read_ok(w1, &d);
  assert_int_equal(d.n, 0);
  char *w2 = write_text(t2, &n2);
  assert_int_equal(n1, n2);
  assert_memory_equal(w1, w2, n1);
  const annals_event *e2 = annals_timeline_get(t2, 0);
  assert_string_equal(e2->actor_countries[1], "Iran");
  assert_string_equal(e2->actor_countries[2], "Yemen");
  assert_null(e2->actor_countries[3]);
  assert_string_equal(e2->country, "Pakistan");
  free(w1);
  free(w2);
  annals_timeline_free(t);
  annals_timeline_free(t2);
  annals_diags_release(&d);
}

/* A bad actor mapping is an error at its line:column; an unknown key in
 * one is a warning. */
static void test_actor_diagnostics(void **state) {
  (void)state;
  static const char bad[] = "events:\n"
                            "- id: a\n"
                            "  date: 2024\n"
                            "  title: T\n"
                            "  type: aid\n"
                            "  actors:\n"
                            "  - {country: Yemen}\n"
                            "  - {name: Houthis, country: [Yemen]}\n"
                            "  country: {name: Yemen}\n";
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = NULL;
  assert_int_equal(annals_timeline_read_yaml(bad, strlen(bad), "b.yaml", &t,
                                             &d),
                   ANNALS_ERR_INPUT);
  assert_null(t);
  annals_diags_sort(&d);
  assert_int_equal(d.n_errors, 3);
  assert_int_equal(d.items[0].line, 7);
  assert_int_equal(d.items[0].column, 5);
  assert_string_equal(d.items[0].message, "actor has no 'name'");
  assert_int_equal(d.items[1].line, 8);
  assert_int_equal(d.items[1].column, 30);
  assert_string_equal(d.items[1].message,
                      "'country' must be a string, not a sequence");
  assert_int_equal(d.items[2].line, 9);
  assert_int_equal(d.items[2].column, 12);
  assert_string_equal(d.items[2].message,
                      "'country' must be a string, not a mapping");
  annals_diags_release(&d);

  annals_diags_init(&d);
  t = read_ok("events:\n- id: a\n  date: 2024\n  title: T\n  type: aid\n"
              "  actors:\n  - {name: Houthis, contry: Yemen}\n",
              &d);
  assert_int_equal(d.n_errors, 0);
  assert_int_equal(d.n_warnings, 1);
  assert_int_equal(d.items[0].severity, ANNALS_SEV_WARNING);
  assert_int_equal(d.items[0].line, 7);
  assert_int_equal(d.items[0].column, 21);
  assert_string_equal(d.items[0].message,
                      "unknown key 'contry' in actor (ignored; did you mean "
                      "'country'?)");
  /* The actor is kept, without a country. */
  const annals_event *e = annals_timeline_get(t, 0);
  assert_int_equal(e->n_actors, 1);
  assert_string_equal(e->actors[0], "Houthis");
  assert_null(e->actor_countries);
  annals_timeline_free(t);
  annals_diags_release(&d);
}

/* Events built in memory (as extraction makes them): the timeline copies
 * the countries, merging and sorting keep them, and the record written
 * from them is a fixed point. */
static void test_countries_model(void **state) {
  (void)state;
  char name[2048], country[32];
  memset(name, 'n', sizeof name - 1); /* longer than a YAML simple key */
  name[sizeof name - 1] = '\0';
  strcpy(country, "Yemen");
  const char *actors[] = {"Houthis", name, "Iran", "Shehbaz Sharif"};
  const char *countries[] = {country, "Oman", NULL, "Pakistan"};
  annals_event e;
  memset(&e, 0, sizeof e);
  e.id = "b";
  assert_int_equal(annals_when_parse("2024-02", &e.when, NULL, 0, NULL),
                   ANNALS_OK);
  e.title = "T";
  e.type = ANNALS_TYPE_FIGHT;
  e.actors = actors;
  e.actor_countries = countries;
  e.n_actors = 4;
  e.location = "Quetta";
  e.country = "Pakistan";
  e.confidence = -1;
  e.source.offset = e.source.length = -1;
  annals_timeline *t = annals_timeline_new();
  annals_timeline_add(t, &e);
  /* A second, earlier event without countries at all. */
  e.id = "a";
  assert_int_equal(annals_when_parse("2024-01", &e.when, NULL, 0, NULL),
                   ANNALS_OK);
  e.actor_countries = NULL;
  e.country = NULL;
  annals_timeline_add(t, &e);
  strcpy(country, "XXXXX"); /* the timeline holds its own copy */

  annals_timeline *m = annals_timeline_new();
  annals_timeline_merge(m, t);
  annals_timeline_free(t);
  annals_timeline_sort(m);
  annals_diags d;
  annals_diags_init(&d);
  assert_int_equal(annals_timeline_validate(m, &d), ANNALS_OK);
  const annals_event *a = annals_timeline_get(m, 0);
  const annals_event *b = annals_timeline_get(m, 1);
  assert_string_equal(a->id, "a");
  assert_null(a->actor_countries);
  assert_null(a->country);
  assert_string_equal(b->id, "b");
  assert_non_null(b->actor_countries);
  assert_string_equal(b->actor_countries[0], "Yemen");
  assert_string_equal(b->actor_countries[1], "Oman");
  assert_null(b->actor_countries[2]);
  assert_string_equal(b->actor_countries[3], "Pakistan");
  assert_string_equal(b->country, "Pakistan");

  size_t n1, n2;
  char *w1 = write_text(m, &n1);
  assert_non_null(strstr(w1, "  - {name: Houthis, country: Yemen}\n"));
  assert_non_null(strstr(w1, "  - {name: Shehbaz Sharif, country: "
                             "Pakistan}\n"
                             "  location: Quetta\n"
                             "  country: Pakistan\n"));
  annals_timeline *m2 = read_ok(w1, &d);
  assert_int_equal(d.n, 0);
  const annals_event *r = annals_timeline_get(m2, 1);
  assert_string_equal(r->actors[1], name);
  assert_string_equal(r->actor_countries[1], "Oman");
  assert_null(annals_timeline_get(m2, 0)->actor_countries);
  char *w2 = write_text(m2, &n2);
  assert_int_equal(n1, n2);
  assert_memory_equal(w1, w2, n1);
  free(w1);
  free(w2);
  annals_timeline_free(m);
  annals_timeline_free(m2);
  annals_diags_release(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_invalid_files),
      cmocka_unit_test(test_warning_files),
      cmocka_unit_test(test_valid_round_trip),
      cmocka_unit_test(test_write_is_stable),
      cmocka_unit_test(test_fields),
      cmocka_unit_test(test_unknown_key_is_warning),
      cmocka_unit_test(test_errors_without_diags),
      cmocka_unit_test(test_ids_made),
      cmocka_unit_test(test_byte_columns),
      cmocka_unit_test(test_alias_bomb_fast),
      cmocka_unit_test(test_deep_nesting),
      cmocka_unit_test(test_many_events),
      cmocka_unit_test(test_huge_title),
      cmocka_unit_test(test_error_cap),
      cmocka_unit_test(test_write_error),
      cmocka_unit_test(test_model_round_trip),
      cmocka_unit_test(test_writer_styles_round_trip),
      cmocka_unit_test(test_countries_absent),
      cmocka_unit_test(test_countries_read_write),
      cmocka_unit_test(test_actor_diagnostics),
      cmocka_unit_test(test_countries_model),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
