/*
 * test_dates_spec.c - runs the date-finder examples of tests/spec/dates*.txt.
 *
 * File format (one case per block; '#' lines outside blocks are comments):
 *
 *   ### class: title
 *   dct: 2025-05-27            (or "none"; sticky: it holds for the
 *                               following cases of the file until changed)
 *   opts: day-first            (optional, this case only)
 *   text: Iran struck last year, officials said.
 *   expect: DATE 2024 "last year"
 *   expect: DURATION P2Y "two years" +approx
 *   dct-expect: 2025-05-27 dateline     (optional: the DCT used and how)
 *
 * "expect: none" says the text holds no expression.  An expect line gives
 * the TIMEX3 type, the value and the exact text of the span in quotes; the
 * runner finds that text in the input after the end of the previous
 * expected span, so repeated words stay unambiguous.  Optional +flag words
 * (relative, anchored, fuzzy, unresolved, ref, narrative, past, future,
 * approx, start, mid, end) must be set on the result.  In text, \n \r \t
 * and \\ are escapes.  Every mismatch is printed with its file and line.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct {
  char type[16];
  char value[48];
  char text[256];
  unsigned flags;
  unsigned line;
} expect;

typedef struct {
  const char *file;
  unsigned line;
  char title[200];
  annals_date dct;
  bool day_first;
  char text[4096];
  size_t len;
  expect ex[16];
  size_t n_ex;
  bool none;
  bool has_text;
  char dct_expect[64];
} spec_case;

static int n_cases, n_failed;

static const struct {
  const char *name;
  unsigned bit;
} flag_names[] = {
    {"relative", ANNALS_TIMEX_F_RELATIVE},
    {"anchored", ANNALS_TIMEX_F_ANCHORED},
    {"fuzzy", ANNALS_TIMEX_F_FUZZY},
    {"unresolved", ANNALS_TIMEX_F_UNRESOLVED},
    {"ref", ANNALS_TIMEX_F_REF},
    {"narrative", ANNALS_TIMEX_F_NARRATIVE},
    {"past", ANNALS_TIMEX_F_PAST},
    {"future", ANNALS_TIMEX_F_FUTURE},
    {"approx", ANNALS_TIMEX_F_APPROX},
    {"start", ANNALS_TIMEX_F_START},
    {"mid", ANNALS_TIMEX_F_MID},
    {"end", ANNALS_TIMEX_F_END},
};

static size_t unescape(const char *s, char *out, size_t cap) {
  size_t n = 0;
  for (; *s && n + 1 < cap; s++) {
    if (*s == '\\' && s[1]) {
      s++;
      *s == 'n'   ? (out[n++] = '\n')
      : *s == 'r' ? (out[n++] = '\r')
      : *s == 't' ? (out[n++] = '\t')
                  : (out[n++] = *s);
    } else {
      out[n++] = *s;
    }
  }
  out[n] = '\0';
  return n;
}

static void report(const spec_case *c, unsigned line, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s:%u: [%s] ", c->file, line ? line : c->line, c->title);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

static void dump(const spec_case *c, const annals_timexes *x) {
  for (size_t i = 0; i < x->n; i++)
    fprintf(stderr, "    got: %s %s \"%.*s\" [%zu,%zu) flags %#x\n",
            annals_timex_type_name(x->items[i].type), x->items[i].value,
            (int)(x->items[i].end - x->items[i].start),
            c->text + x->items[i].start, x->items[i].start, x->items[i].end,
            x->items[i].flags);
  if (!x->n)
    fprintf(stderr, "    got: nothing\n");
}

static void run_case(const spec_case *c) {
  if (!c->has_text)
    return;
  n_cases++;
  annals_dates_opts o;
  memset(&o, 0, sizeof o);
  o.dct = c->dct;
  o.day_first = c->day_first;
  annals_timexes x;
  annals_timexes_init(&x);
  annals_status st = annals_dates_find(c->text, c->len, &o, &x, NULL);
  bool bad = false;
  if (st != ANNALS_OK) {
    report(c, 0, "status %d", (int)st);
    bad = true;
  }
  size_t n_expect = c->none ? 0 : c->n_ex;
  if (x.n != n_expect) {
    report(c, 0, "expected %zu expression(s), got %zu", n_expect, x.n);
    bad = true;
  }
  size_t from = 0;
  for (size_t i = 0; i < c->n_ex && i < x.n && !c->none; i++) {
    const expect *e = &c->ex[i];
    const char *hit = strstr(c->text + from, e->text);
    if (!hit) {
      report(c, e->line, "span text \"%s\" not in the input", e->text);
      bad = true;
      continue;
    }
    size_t s = (size_t)(hit - c->text), en = s + strlen(e->text);
    from = en;
    const annals_timex *t = &x.items[i];
    if (t->start != s || t->end != en ||
        strcmp(annals_timex_type_name(t->type), e->type) != 0 ||
        strcmp(t->value, e->value) != 0 || (t->flags & e->flags) != e->flags) {
      report(c, e->line,
             "expected %s %s \"%s\" [%zu,%zu) flags %#x, got %s %s \"%.*s\" "
             "[%zu,%zu) flags %#x",
             e->type, e->value, e->text, s, en, e->flags,
             annals_timex_type_name(t->type), t->value,
             (int)(t->end - t->start), c->text + t->start, t->start, t->end,
             t->flags);
      bad = true;
    }
  }
  if (c->dct_expect[0]) {
    char b[16], got[64];
    annals_date_format(&x.dct.date, b, sizeof b);
    static const char *how[] = {"none", "given", "dateline", "inferred"};
    snprintf(got, sizeof got, "%s %s", b, how[x.dct.how]);
    if (strcmp(got, c->dct_expect) != 0) {
      report(c, 0, "dct: expected '%s', got '%s' (%s)", c->dct_expect, got,
             x.dct.note ? x.dct.note : "");
      bad = true;
    }
  }
  if (bad) {
    dump(c, &x);
    n_failed++;
  }
  annals_timexes_release(&x);
}

static char *trim(char *s) {
  while (*s == ' ' || *s == '\t')
    s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
    s[--n] = '\0';
  return s;
}

static void parse_expect(spec_case *c, char *v, unsigned line) {
  if (strcmp(v, "none") == 0) {
    c->none = true;
    return;
  }
  assert_true(c->n_ex < 16);
  expect *e = &c->ex[c->n_ex++];
  memset(e, 0, sizeof *e);
  e->line = line;
  char *q1 = strchr(v, '"'), *q2 = q1 ? strrchr(v, '"') : NULL;
  if (!q1 || q2 == q1 || sscanf(v, "%15s %47s", e->type, e->value) != 2) {
    fprintf(stderr, "%s:%u: bad expect line\n", c->file, line);
    fail_msg("bad spec file");
  }
  *q2 = '\0';
  unescape(q1 + 1, e->text, sizeof e->text);
  for (char *f = strtok(q2 + 1, " \t"); f; f = strtok(NULL, " \t")) {
    if (*f != '+')
      continue;
    size_t k;
    for (k = 0; k < ARRAY_SIZE(flag_names); k++)
      if (strcmp(f + 1, flag_names[k].name) == 0)
        break;
    if (k == ARRAY_SIZE(flag_names)) {
      fprintf(stderr, "%s:%u: unknown flag '%s'\n", c->file, line, f);
      fail_msg("bad spec file");
    }
    e->flags |= flag_names[k].bit;
  }
}

static void run_file(const char *path) {
  FILE *f = fopen(path, "r");
  assert_non_null(f);
  char buf[8192];
  unsigned line = 0;
  annals_date dct = {0, 0, 0, ANNALS_PREC_NONE};
  spec_case *c = g_new0(spec_case, 1);
  while (fgets(buf, sizeof buf, f)) {
    line++;
    char *l = trim(buf);
    if (strncmp(l, "###", 3) == 0) {
      run_case(c);
      memset(c, 0, sizeof *c);
      c->file = path;
      c->line = line;
      c->dct = dct;
      g_strlcpy(c->title, trim(l + 3), sizeof c->title);
      continue;
    }
    if (!c->file || *l == '#' || !*l)
      continue;
    char *colon = strchr(l, ':');
    if (!colon) {
      fprintf(stderr, "%s:%u: bad line\n", path, line);
      fail_msg("bad spec file");
    }
    *colon = '\0';
    char *key = l, *v = trim(colon + 1);
    if (strcmp(key, "dct") == 0) {
      if (strcmp(v, "none") == 0)
        dct.prec = ANNALS_PREC_NONE;
      else if (!annals_parse_day(v, &dct)) {
        fprintf(stderr, "%s:%u: bad dct\n", path, line);
        fail_msg("bad spec file");
      }
      c->dct = dct;
    } else if (strcmp(key, "opts") == 0) {
      c->day_first = strstr(v, "day-first") != NULL;
    } else if (strcmp(key, "text") == 0) {
      c->len = unescape(v, c->text, sizeof c->text);
      c->has_text = true;
    } else if (strcmp(key, "expect") == 0) {
      parse_expect(c, v, line);
    } else if (strcmp(key, "dct-expect") == 0) {
      g_strlcpy(c->dct_expect, v, sizeof c->dct_expect);
    } else {
      fprintf(stderr, "%s:%u: unknown key '%s'\n", path, line, key);
      fail_msg("bad spec file");
    }
  }
  run_case(c);
  g_free(c);
  fclose(f);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_spec_files(void **state) {
  (void)state;
  DIR *d = opendir("tests/spec");
  assert_non_null(d);
  char *names[64];
  size_t n = 0;
  struct dirent *de;
  while ((de = readdir(d)) && n < 64) {
    size_t l = strlen(de->d_name);
    if (strncmp(de->d_name, "dates", 5) == 0 && l > 4 &&
        strcmp(de->d_name + l - 4, ".txt") == 0)
      names[n++] = g_strdup_printf("tests/spec/%s", de->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, cmp_str);
  assert_true(n > 0);
  for (size_t i = 0; i < n; i++) {
    run_file(names[i]);
  }
  fprintf(stderr, "dates spec: %d cases, %d failed\n", n_cases, n_failed);
  for (size_t i = 0; i < n; i++)
    g_free(names[i]);
  assert_true(n_cases >= 300);
  assert_int_equal(n_failed, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_spec_files),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
