/*
 * fuzz_yaml.c - YAML bytes -> model (annals_timeline_read_yaml).
 *
 * Invariants:
 *  - diagnostics are well formed and point inside the input;
 *  - the status agrees with the diagnostics (OK exactly when no error);
 *  - on success every event has an id and a title, and the record written
 *    from the model reads back without error and writes the same bytes
 *    again (write -> read -> write is a fixed point);
 *  - sorting, fixing ids and validating a model read without error keeps
 *    it valid;
 *  - a record that reads can be updated (extract --update): a text that
 *    reports its first event again and brings a new one either gives a
 *    clear error, or a file that reads back with its events and those
 *    added, and holds every byte of the input, in order.
 */
#include "fuzz.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

/* Number of lines as libyaml counts them: LF, CR, CRLF, NEL, LS, PS. */
static unsigned count_lines(const uint8_t *s, size_t n) {
  unsigned lines = 1;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n')
      lines++;
    else if (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'))
      lines++;
    else if (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0x85)
      lines++;
    else if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 &&
             (s[i + 2] == 0xA8 || s[i + 2] == 0xA9))
      lines++;
  }
  return lines;
}

static void check_positions(const annals_diags *d, const uint8_t *data,
                            size_t n) {
  unsigned lines = 0;
  for (size_t i = 0; i < d->n; i++) {
    const annals_diag *g = &d->items[i];
    FUZZ_CHECK(g->offset == SIZE_MAX || g->offset <= n);
    if (g->line) {
      if (!lines)
        lines = count_lines(data, n);
      FUZZ_CHECK(g->line <= lines + 1);
      FUZZ_CHECK(g->column >= 1);
    }
  }
}

static void check_model(const annals_timeline *t) {
  size_t n = annals_timeline_count(t);
  for (size_t i = 0; i < n; i++) {
    const annals_event *ev = annals_timeline_get(t, i);
    FUZZ_CHECK(ev != NULL);
    FUZZ_CHECK(ev->id && ev->id[0]);
    FUZZ_CHECK(ev->title && ev->title[0]);
    FUZZ_CHECK(ev->n_actors == 0 || ev->actors != NULL);
    for (size_t k = 0; k < ev->n_actors; k++)
      FUZZ_CHECK(ev->actors[k] != NULL);
    FUZZ_CHECK(ev->n_mentions == 0 || ev->mentions != NULL);
    FUZZ_CHECK(ev->n_tags == 0 || ev->tags != NULL);
    FUZZ_CHECK(ev->confidence == -1 ||
               (ev->confidence >= 0 && ev->confidence <= 1));
    if (ev->when.start.prec != ANNALS_PREC_NONE) {
      FUZZ_CHECK(annals_date_first_day(&ev->when.start) <=
                 annals_date_last_day(&ev->when.end));
    }
  }
}

/* Reads buf, which must be a valid record; returns the model. */
static annals_timeline *reread(const char *buf, size_t len) {
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = NULL;
  annals_status st = annals_timeline_read_yaml(buf, len, "written", &t, &d);
  if (st != ANNALS_OK || d.n_errors) {
    fprintf(stderr, "fuzz: the record written does not read back:\n");
    for (size_t i = 0; i < d.n; i++)
      annals_diag_print(&d.items[i], stderr);
    fprintf(stderr, "--- record ---\n%.*s\n---\n", (int)len, buf);
  }
  FUZZ_CHECK(st == ANNALS_OK);
  FUZZ_CHECK(d.n_errors == 0);
  FUZZ_CHECK(t != NULL);
  fuzz_check_diags(&d);
  annals_diags_release(&d);
  return t;
}

/* Is a[0..na) a subsequence of b[0..nb)? */
static bool subsequence(const char *a, size_t na, const char *b, size_t nb) {
  size_t i = 0;
  for (size_t j = 0; j < nb && i < na; j++)
    if (a[i] == b[j])
      i++;
  return i == na;
}

/* extract --update of the record data[0..n), which reads as t. */
static void check_update(const uint8_t *data, size_t n,
                         const annals_timeline *t) {
  annals_diags d;
  annals_diags_init(&d);
  annals_record *r = NULL;
  annals_status st =
      annals_record_open((const char *)data, n, "fuzz.yaml", &r, &d);
  fuzz_check_diags(&d);
  FUZZ_CHECK(st == ANNALS_OK);
  annals_timeline *found = annals_timeline_new();
  const char *actors[] = {"Fuzzland"};
  annals_event e;
  memset(&e, 0, sizeof e);
  e.confidence = -1;
  size_t n_file = annals_timeline_count(t);
  if (n_file) {
    /* The file's first event, told again. */
    const annals_event *first = annals_timeline_get(t, 0);
    e.when = first->when;
    e.type = first->type;
    e.actors = first->actors;
    e.n_actors = first->n_actors;
    e.title = "Told again";
    e.source.text = "It was told again.";
    e.source.file = "fuzz-new.txt";
    annals_timeline_add(found, &e);
  }
  FUZZ_CHECK(annals_when_parse("2031-02-03", &e.when, NULL, 0, NULL) ==
             ANNALS_OK);
  e.type = ANNALS_TYPE_AID;
  e.actors = actors;
  e.n_actors = 1;
  e.title = "A new event of the fuzzer";
  e.source.text = "Fuzzland sent aid on February 3, 2031.";
  annals_timeline_add(found, &e);
  char sha[65];
  annals_sha256_hex(data, n, sha);
  sha[0] = sha[0] == 'f' ? '0' : 'f'; /* not the bytes of a text listed */
  st = annals_record_add_text(r, "fuzz-new.txt", sha, found, &d);
  FUZZ_CHECK(st == ANNALS_OK);
  char *out = NULL;
  size_t len = 0;
  bool changed = false;
  st = annals_record_result(r, &out, &len, &changed, &d);
  fuzz_check_diags(&d);
  if (st != ANNALS_OK) {
    FUZZ_CHECK(d.n_errors > 0);
    FUZZ_CHECK(out == NULL);
  } else {
    FUZZ_CHECK(changed);
    /* Only insertions (but the "[]" of an empty events list). */
    if (n_file)
      FUZZ_CHECK(subsequence((const char *)data, n, out, len));
    /* The file's events, and those added (a report matches an event of
     * the file, or one deleted, or is added). */
    size_t added = annals_record_stats(r)->added;
    FUZZ_CHECK(added <= annals_timeline_count(found));
    annals_timeline *back = reread(out, len);
    size_t want = n_file + added;
    if (annals_timeline_count(back) != want)
      fprintf(stderr, "--- updated ---\n%.*s\n---\n", (int)len, out);
    FUZZ_CHECK(annals_timeline_count(back) == want);
    annals_timeline_free(back);
  }
  g_free(out);
  annals_record_free(r);
  annals_timeline_free(found);
  annals_diags_release(&d);
}

int fuzz_yaml_one(const uint8_t *data, size_t n) {
  annals_diags d;
  annals_diags_init(&d);
  annals_timeline *t = NULL;
  annals_status st =
      annals_timeline_read_yaml((const char *)data, n, "fuzz.yaml", &t, &d);
  fuzz_check_diags(&d);
  check_positions(&d, data, n);
  if (st != ANNALS_OK) {
    FUZZ_CHECK(t == NULL);
    FUZZ_CHECK(d.n_errors > 0);
    annals_diags_release(&d);
    return 0;
  }
  FUZZ_CHECK(t != NULL);
  FUZZ_CHECK(d.n_errors == 0);
  annals_diags_release(&d);
  check_model(t);

  size_t len1, len2;
  char *w1 = fuzz_write_yaml(t, &len1);
  annals_timeline *t2 = reread(w1, len1);
  FUZZ_CHECK(annals_timeline_count(t2) == annals_timeline_count(t));
  char *w2 = fuzz_write_yaml(t2, &len2);
  if (len1 != len2 || memcmp(w1, w2, len1) != 0)
    fprintf(stderr, "--- first ---\n%.*s\n--- second ---\n%.*s\n---\n",
            (int)len1, w1, (int)len2, w2);
  FUZZ_CHECK(len1 == len2 && memcmp(w1, w2, len1) == 0);

  /* What the CLI does to a model before use must keep it valid. */
  annals_timeline_sort(t2);
  annals_timeline_fix_ids(t2);
  annals_diags_init(&d);
  annals_timeline_validate(t2, &d);
  fuzz_check_diags(&d);
  annals_diags_release(&d);

  check_update(data, n, t);

  annals_timeline_free(t2);
  free(w1);
  free(w2);
  annals_timeline_free(t);
  return 0;
}
