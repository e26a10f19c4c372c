/* test_jsonl.c - the document stream: lines of JSON read into documents,
 * with file:line:column errors. */
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

/* ---- the document reader ------------------------------------------------ */

static annals_status parse(const char *line, annals_jdoc *doc,
                           annals_diags *d) {
  annals_diags_init(d);
  return annals_jdoc_parse(line, strlen(line), "docs.jsonl", 7, doc, d);
}

static void test_jdoc_fields(void **state) {
  (void)state;
  annals_jdoc doc;
  annals_diags d;
  assert_int_equal(
      parse("{\"id\": \"k-1\", \"date\": \"2023-07-26T08:00:00Z\", "
            "\"url\": \"https://news.example/k\", \"title\": \"A coup\", "
            "\"extra\": {\"a\": [1, -2.5e-3, true, null]}, "
            "\"text\": \"Soldiers \\\"seized\\\" power.\\nCaf\\u00e9 "
            "\\ud83d\\ude00\"}",
            &doc, &d),
      ANNALS_OK);
  assert_string_equal(doc.id, "k-1");
  assert_string_equal(doc.url, "https://news.example/k");
  assert_string_equal(doc.title, "A coup");
  assert_string_equal(
      doc.text, "Soldiers \"seized\" power.\nCaf\xc3\xa9 \xf0\x9f\x98\x80");
  assert_int_equal(doc.text_len, strlen(doc.text));
  assert_int_equal(doc.date.prec, ANNALS_PREC_DAY);
  assert_int_equal(doc.date.y * 10000 + doc.date.m * 100 + doc.date.d,
                   20230726);
  annals_jdoc_release(&doc);
  annals_diags_release(&d);
  /* A number as id; null fields are absent. */
  assert_int_equal(
      parse("{\"id\": 17, \"url\": null, \"text\": \"x\"}", &doc, &d),
      ANNALS_OK);
  assert_string_equal(doc.id, "17");
  assert_null(doc.url);
  assert_int_equal(doc.date.prec, ANNALS_PREC_NONE);
  annals_jdoc_release(&doc);
  annals_diags_release(&d);
}

/* Each bad line gives one error at the column of the fault. */
static void test_jdoc_errors(void **state) {
  (void)state;
  static const struct {
    const char *line;
    unsigned col;
    const char *msg;
  } cases[] = {
      {"{\"text\": \"open", 10, "string not closed on its line"},
      {"{\"text\": \"a\" \"id\": 1}", 14, "expected ',' or '}', found '\"'"},
      {"{\"id\": \"a\", \"id\": \"b\", \"text\": \"t\"}", 13,
       "key 'id' given twice"},
      {"{\"text\": \"\\ud800\"}", 11, "high surrogate without its low"},
      {"{\"text\": \"\\q\"}", 11, "invalid escape in a string"},
      {"{\"date\": \"26/07/2023\", \"text\": \"t\"}", 10,
       "date '26/07/2023' is not a day written YYYY-MM-DD"},
      {"{\"text\": 5}", 10, "'text' must be a string or null"},
      {"{\"id\": \"a\"}", 1, "the document has no 'text'"},
      {"[\"text\"]", 1, "expected '{' (one JSON object per line)"},
      {"{\"text\": \"t\"} x", 15, "expected the end of the line"},
      {"{\"text\": \"a\tb\"}", 12, "control character in a string"},
      {"{\"text\": \"\xff\"}", 11, "invalid UTF-8 byte 0xff"},
      {"{\"x\": 01, \"text\": \"t\"}", 8, "expected ',' or '}'"},
      {"{\"text\": \"t\", }", 15, "expected a key (a string)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    annals_jdoc doc;
    annals_diags d;
    assert_int_equal(parse(cases[i].line, &doc, &d), ANNALS_ERR_INPUT);
    assert_int_equal(d.n, 1);
    if (!strstr(d.items[0].message, cases[i].msg) ||
        d.items[0].column != cases[i].col)
      fail_msg("case %zu: got %u: %s", i, d.items[0].column,
               d.items[0].message);
    assert_int_equal(d.items[0].line, 7);
    assert_string_equal(d.items[0].file, "docs.jsonl");
    assert_null(doc.text);
    annals_diags_release(&d);
  }
}

static void test_jdoc_deep(void **state) {
  (void)state;
  GString *g = g_string_new("{\"x\": ");
  for (int i = 0; i < 100; i++)
    g_string_append_c(g, '[');
  annals_jdoc doc;
  annals_diags d;
  assert_int_equal(parse(g->str, &doc, &d), ANNALS_ERR_INPUT);
  assert_non_null(strstr(d.items[0].message, "nested too deeply"));
  annals_diags_release(&d);
  g_string_free(g, TRUE);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_jdoc_fields),
      cmocka_unit_test(test_jdoc_errors),
      cmocka_unit_test(test_jdoc_deep),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
