/* test_events_spec.c - runs the extraction examples of tests/spec/events*.txt
 * (format described at the top of tests/spec/events.txt).  Every mismatch
 * is printed with its file and line; the test fails if any case fails. */
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

typedef struct {
  char date[48];
  char type[40];
  char *actors[12];
  size_t n_actors;
  char *not_actors[4]; /* "!name": must not be among the record's */
  size_t n_not_actors;
  bool any_location, no_location;
  char location[80];
  char *words[8];
  size_t n_words;
  char *not_words[4]; /* !"word": must not be in the title */
  size_t n_not_words;
  unsigned line;
} expect_t;

typedef struct {
  char name[200];
  unsigned line;
  annals_date dct;
  GString *text;
  expect_t ex[32];
  size_t n_ex;
  long extra; /* events allowed beyond the expected ones; -1: as many */
} case_t;

static annals_gazetteer *gaz;
static annals_lexicon *lex;

static void expect_free(expect_t *e) {
  for (size_t i = 0; i < e->n_actors; i++)
    g_free(e->actors[i]);
  for (size_t i = 0; i < e->n_words; i++)
    g_free(e->words[i]);
  for (size_t i = 0; i < e->n_not_actors; i++)
    g_free(e->not_actors[i]);
  for (size_t i = 0; i < e->n_not_words; i++)
    g_free(e->not_words[i]);
}

/* Parses "DATE TYPE [A, B] @LOC "w" ..."; false on a syntax error. */
static bool parse_expect(const char *s, expect_t *e) {
  memset(e, 0, sizeof *e);
  e->any_location = true;
  if (sscanf(s, "%47s %39s", e->date, e->type) != 2)
    return false;
  const char *p = strchr(s, '[');
  const char *q = p ? strchr(p, ']') : NULL;
  if (!p || !q)
    return false;
  char *inner = g_strndup(p + 1, (gsize)(q - p - 1));
  char **parts = g_strsplit(inner, ",", -1);
  for (size_t i = 0; parts[i] && e->n_actors < 12; i++) {
    char *a = g_strstrip(parts[i]);
    if (*a == '!' && e->n_not_actors < 4)
      e->not_actors[e->n_not_actors++] = g_strdup(a + 1);
    else if (*a)
      e->actors[e->n_actors++] = g_strdup(a);
  }
  g_strfreev(parts);
  g_free(inner);
  p = q + 1;
  while (*p == ' ')
    p++;
  if (*p == '@') {
    p++;
    const char *end = strstr(p, " \"");
    size_t n = end ? (size_t)(end - p) : strlen(p);
    while (n > 0 && p[n - 1] == ' ')
      n--;
    if (n >= sizeof e->location)
      return false;
    memcpy(e->location, p, n);
    e->location[n] = 0;
    e->any_location = false;
    e->no_location = strcmp(e->location, "-") == 0;
    p += n;
  }
  while ((p = strchr(p, '"')) != NULL) {
    const char *end = strchr(p + 1, '"');
    bool neg = p > s && p[-1] == '!';
    if (!end || e->n_words >= 8 || (neg && e->n_not_words >= 4))
      return false;
    char *w = g_strndup(p + 1, (gsize)(end - p - 1));
    if (neg)
      e->not_words[e->n_not_words++] = w;
    else
      e->words[e->n_words++] = w;
    p = end + 1;
  }
  return true;
}

static bool contains_ci(const char *hay, const char *needle) {
  char *h = g_ascii_strdown(hay, -1), *n = g_ascii_strdown(needle, -1);
  bool ok = strstr(h, n) != NULL;
  g_free(h);
  g_free(n);
  return ok;
}

/* Actor j of ev is the expected one: by name, or by the country it acts
 * for ("India" is matched by Narendra Modi of India). */
static bool actor_is(const annals_event *ev, size_t j, const char *want) {
  if (strcmp(ev->actors[j], want) == 0)
    return true;
  return ev->actor_countries && ev->actor_countries[j] &&
         strcmp(ev->actor_countries[j], want) == 0;
}

static bool matches(const expect_t *x, const annals_event *ev) {
  char buf[48];
  annals_when_format(&ev->when, buf, sizeof buf);
  if (strcmp(buf, x->date) != 0)
    return false;
  if (strcmp(annals_type_slug(ev->type), x->type) != 0)
    return false;
  /* the expected actors are among the record's, the initiator first */
  if (ev->n_actors < x->n_actors)
    return false;
  if (x->n_actors && !actor_is(ev, 0, x->actors[0]))
    return false;
  for (size_t i = 0; i < x->n_actors; i++) {
    bool found = false;
    for (size_t j = 0; j < ev->n_actors; j++)
      found = found || actor_is(ev, j, x->actors[i]);
    if (!found)
      return false;
  }
  if (x->no_location && ev->location)
    return false;
  if (!x->any_location && !x->no_location &&
      (!ev->location || strcmp(ev->location, x->location) != 0))
    return false;
  for (size_t i = 0; i < x->n_words; i++)
    if (!contains_ci(ev->title, x->words[i]))
      return false;
  for (size_t i = 0; i < x->n_not_words; i++)
    if (contains_ci(ev->title, x->not_words[i]))
      return false;
  for (size_t i = 0; i < x->n_not_actors; i++)
    for (size_t j = 0; j < ev->n_actors; j++)
      if (actor_is(ev, j, x->not_actors[i]))
        return false;
  return true;
}

static void print_event(const annals_event *ev) {
  char buf[48];
  annals_when_format(&ev->when, buf, sizeof buf);
  fprintf(stderr, "      got: %s %s [", buf, annals_type_slug(ev->type));
  for (size_t j = 0; j < ev->n_actors; j++)
    fprintf(stderr, "%s%s%s%s%s", j ? ", " : "", ev->actors[j],
            ev->actor_countries && ev->actor_countries[j] ? " (" : "",
            ev->actor_countries && ev->actor_countries[j]
                ? ev->actor_countries[j]
                : "",
            ev->actor_countries && ev->actor_countries[j] ? ")" : "");
  fprintf(stderr, "] @%s \"%s\"\n", ev->location ? ev->location : "-",
          ev->title);
}

/* Runs one case; returns the number of problems. */
static int run_case(const char *file, case_t *c) {
  annals_extract_opts o;
  memset(&o, 0, sizeof o);
  o.dct = c->dct;
  o.file = file;
  o.gazetteer = gaz;
  o.lexicon = lex;
  annals_timeline *t = annals_timeline_new();
  annals_diags d;
  annals_diags_init(&d);
  int bad = 0;
  if (annals_extract(c->text->str, c->text->len, &o, t, &d) != ANNALS_OK) {
    fprintf(stderr, "%s:%u: case '%s': extraction failed\n", file, c->line,
            c->name);
    bad++;
  }
  size_t n = annals_timeline_count(t);
  bool *used = g_new0(bool, n + 1);
  for (size_t i = 0; i < c->n_ex; i++) {
    bool found = false;
    for (size_t j = 0; j < n && !found; j++)
      if (!used[j] && matches(&c->ex[i], annals_timeline_get(t, j))) {
        used[j] = true;
        found = true;
      }
    if (!found) {
      fprintf(stderr, "%s:%u: case '%s': no event matches this line\n", file,
              c->ex[i].line, c->name);
      bad++;
    }
  }
  size_t extra = 0;
  for (size_t j = 0; j < n; j++)
    extra += !used[j];
  long allowed = c->extra >= 0 ? c->extra : (long)c->n_ex;
  if ((long)extra > allowed) {
    fprintf(stderr,
            "%s:%u: case '%s': %zu events beyond the expected ones, at most "
            "%ld allowed\n",
            file, c->line, c->name, extra, allowed);
    bad++;
  }
  for (size_t j = 0; j < n; j++) {
    const annals_event *ev = annals_timeline_get(t, j);
    /* Provenance: the source is the text at its offset. */
    if (!ev->source.text || ev->source.offset < 0 ||
        (size_t)(ev->source.offset + ev->source.length) > c->text->len ||
        memcmp(c->text->str + ev->source.offset, ev->source.text,
               (size_t)ev->source.length) != 0) {
      fprintf(stderr,
              "%s:%u: case '%s': source is not the text at its "
              "offset\n",
              file, c->line, c->name);
      bad++;
    }
    if (c->dct.prec != ANNALS_PREC_NONE &&
        annals_date_first_day(&ev->when.start) >
            annals_date_first_day(&c->dct)) {
      fprintf(stderr, "%s:%u: case '%s': event after the document date\n", file,
              c->line, c->name);
      bad++;
    }
  }
  if (bad)
    for (size_t j = 0; j < n; j++)
      print_event(annals_timeline_get(t, j));
  g_free(used);
  annals_diags_release(&d);
  annals_timeline_free(t);
  return bad;
}

static int run_file(const char *path, int *n_cases) {
  gchar *buf = NULL;
  gsize len = 0;
  if (!g_file_get_contents(path, &buf, &len, NULL)) {
    fprintf(stderr, "%s: cannot read\n", path);
    return 1;
  }
  char **lines = g_strsplit(buf, "\n", -1);
  int bad = 0;
  case_t c;
  memset(&c, 0, sizeof c);
  enum { OUT, TEXT, EXPECT } st = OUT;
  bool open = false;
  for (unsigned i = 0;; i++) {
    const char *l = lines[i];
    bool is_head = l && strncmp(l, "### ", 4) == 0;
    if (!l || is_head) {
      if (open) {
        bad += run_case(path, &c);
        (*n_cases)++;
        for (size_t k = 0; k < c.n_ex; k++)
          expect_free(&c.ex[k]);
        g_string_free(c.text, TRUE);
      }
      if (!l)
        break;
      memset(&c, 0, sizeof c);
      c.extra = -1;
      g_strlcpy(c.name, l + 4, sizeof c.name);
      c.line = i + 1;
      c.text = g_string_new(NULL);
      open = true;
      st = OUT;
      continue;
    }
    if (st == TEXT) {
      if (strcmp(l, "expect:") == 0) {
        st = EXPECT;
        continue;
      }
      g_string_append(c.text, l);
      g_string_append_c(c.text, '\n');
      continue;
    }
    if (l[0] == '#' || l[0] == 0)
      continue;
    if (!open) {
      fprintf(stderr, "%s:%u: text outside a case\n", path, i + 1);
      bad++;
      continue;
    }
    if (st == OUT && strncmp(l, "dct: ", 5) == 0) {
      annals_when w;
      if (annals_when_parse(l + 5, &w, NULL, 0, NULL) != ANNALS_OK ||
          w.start.prec != ANNALS_PREC_DAY) {
        fprintf(stderr, "%s:%u: bad dct\n", path, i + 1);
        bad++;
      } else {
        c.dct = w.start;
      }
    } else if (st == OUT && strncmp(l, "extra: ", 7) == 0) {
      c.extra = strtol(l + 7, NULL, 10);
    } else if (st == OUT && strcmp(l, "text:") == 0) {
      st = TEXT;
    } else if (st == EXPECT) {
      if (c.n_ex >= 32 || !parse_expect(l, &c.ex[c.n_ex])) {
        fprintf(stderr, "%s:%u: bad expect line\n", path, i + 1);
        bad++;
        continue;
      }
      c.ex[c.n_ex++].line = i + 1;
    } else {
      fprintf(stderr, "%s:%u: unexpected line\n", path, i + 1);
      bad++;
    }
  }
  g_strfreev(lines);
  g_free(buf);
  return bad;
}

static gint cmp_path(gconstpointer a, gconstpointer b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_spec_files(void **state) {
  (void)state;
  gaz = annals_gazetteer_new();
  lex = annals_lexicon_new();
  assert_true(annals_gazetteer_count(gaz) > 400);
  assert_true(annals_lexicon_count(lex) > 1000);
  GDir *dir = g_dir_open("tests/spec", 0, NULL);
  assert_non_null(dir);
  GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
  const char *nm;
  while ((nm = g_dir_read_name(dir)) != NULL)
    if (g_str_has_prefix(nm, "events") && g_str_has_suffix(nm, ".txt"))
      g_ptr_array_add(files, g_build_filename("tests/spec", nm, NULL));
  g_dir_close(dir);
  g_ptr_array_sort(files, cmp_path);
  int bad = 0, cases = 0;
  assert_true(files->len > 0);
  for (guint i = 0; i < files->len; i++)
    bad += run_file(g_ptr_array_index(files, i), &cases);
  fprintf(stderr, "events spec: %d cases, %d problems\n", cases, bad);
  g_ptr_array_free(files, TRUE);
  annals_gazetteer_free(gaz);
  annals_lexicon_free(lex);
  assert_int_equal(bad, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_spec_files),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
