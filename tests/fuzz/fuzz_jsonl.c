/*
 * fuzz_jsonl.c - document streams: lines of JSON -> annals_jdoc.
 *
 * Each line of the input is parsed as one document.  Invariants: a
 * failure leaves exactly one error, on that line, at a column inside it
 * (or just past its end), and an empty document; a success has a text of
 * text_len bytes without NUL, every string valid UTF-8, a valid date or
 * none; and a document written back as JSON reads back the same.
 */
#include "fuzz.h"

#include <glib.h>
#include <string.h>

static void put_string(GString *o, const char *s) {
  g_string_append_c(o, '"');
  for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
    if (*c == '"' || *c == '\\' || *c < 0x20)
      g_string_append_printf(o, "\\u%04x", *c);
    else
      g_string_append_c(o, (char)*c);
  }
  g_string_append_c(o, '"');
}

static void check_str(const char *s) {
  if (s)
    FUZZ_CHECK(annals_utf8_check(s, strlen(s)) == strlen(s));
}

static bool same(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static void round_trip(const annals_jdoc *doc) {
  GString *o = g_string_new("{");
  const char *keys[] = {"id", "url", "title", "text"};
  const char *vals[] = {doc->id, doc->url, doc->title, doc->text};
  for (int k = 0; k < 4; k++) {
    if (!vals[k])
      continue;
    g_string_append_printf(o, "%s\"%s\": ", o->len > 1 ? ", " : "", keys[k]);
    put_string(o, vals[k]);
  }
  if (doc->date.prec == ANNALS_PREC_DAY)
    g_string_append_printf(o, ", \"date\": \"%04d-%02d-%02d\"", doc->date.y,
                           doc->date.m, doc->date.d);
  g_string_append_c(o, '}');
  annals_jdoc back;
  annals_diags d;
  annals_diags_init(&d);
  FUZZ_CHECK(annals_jdoc_parse(o->str, o->len, "rt", 1, &back, &d) ==
             ANNALS_OK);
  FUZZ_CHECK(same(back.id, doc->id) && same(back.url, doc->url) &&
             same(back.title, doc->title) && same(back.text, doc->text));
  FUZZ_CHECK(back.text_len == doc->text_len);
  FUZZ_CHECK(back.date.prec == doc->date.prec && back.date.y == doc->date.y &&
             back.date.m == doc->date.m && back.date.d == doc->date.d);
  annals_jdoc_release(&back);
  annals_diags_release(&d);
  g_string_free(o, TRUE);
}

int fuzz_jsonl_one(const uint8_t *data, size_t n) {
  const char *s = (const char *)data;
  unsigned lineno = 0;
  for (size_t a = 0; a < n;) {
    const char *nl = memchr(s + a, '\n', n - a);
    size_t b = nl ? (size_t)(nl - s) : n;
    lineno++;
    annals_jdoc doc;
    annals_diags d;
    annals_diags_init(&d);
    annals_status st = annals_jdoc_parse(s + a, b - a, "in", lineno, &doc, &d);
    fuzz_check_diags(&d);
    if (st == ANNALS_OK) {
      FUZZ_CHECK(d.n == 0);
      FUZZ_CHECK(doc.text && strlen(doc.text) == doc.text_len);
      check_str(doc.text);
      check_str(doc.id);
      check_str(doc.url);
      check_str(doc.title);
      FUZZ_CHECK(doc.date.prec == ANNALS_PREC_NONE ||
                 doc.date.prec == ANNALS_PREC_DAY);
      round_trip(&doc);
      annals_jdoc_release(&doc);
    } else {
      FUZZ_CHECK(st == ANNALS_ERR_INPUT);
      FUZZ_CHECK(d.n == 1 && d.items[0].line == lineno);
      FUZZ_CHECK(d.items[0].column >= 1 && d.items[0].column <= b - a + 1);
      FUZZ_CHECK(!doc.text && !doc.id && !doc.url && !doc.title);
    }
    annals_diags_release(&d);
    a = b + 1;
  }
  return 0;
}
