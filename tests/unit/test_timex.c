/* test_timex.c - the date finder's API: resolved periods (annals_when),
 * flags, the stream interface, and pathological inputs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dates/dates.h"

static annals_date day(int y, int m, int d) {
  annals_date r = {y, m, d, ANNALS_PREC_DAY};
  return r;
}

/* Runs the finder on s with a DCT (y == 0: none); the caller releases. */
static void find(const char *s, annals_date dct, annals_timexes *x) {
  annals_dates_opts o;
  memset(&o, 0, sizeof o);
  o.dct = dct;
  annals_timexes_init(x);
  assert_int_equal(annals_dates_find(s, strlen(s), &o, x, NULL), ANNALS_OK);
}

static const annals_date no_dct = {0, 0, 0, ANNALS_PREC_NONE};

static void test_type_names(void **state) {
  (void)state;
  assert_string_equal(annals_timex_type_name(ANNALS_TIMEX_DATE), "DATE");
  assert_string_equal(annals_timex_type_name(ANNALS_TIMEX_TIME), "TIME");
  assert_string_equal(annals_timex_type_name(ANNALS_TIMEX_DURATION),
                      "DURATION");
  assert_string_equal(annals_timex_type_name(ANNALS_TIMEX_SET), "SET");
}

static void test_precision_of_when(void **state) {
  (void)state;
  annals_timexes x;
  find("In January 2024 and in 2023, then on May 9 and in early 2024.",
       day(2025, 5, 27), &x);
  assert_int_equal(x.n, 4);
  /* January 2024: month */
  assert_int_equal(x.items[0].when.start.prec, ANNALS_PREC_MONTH);
  assert_int_equal(x.items[0].when.start.y, 2024);
  assert_int_equal(x.items[0].when.start.m, 1);
  assert_false(x.items[0].when.interval);
  /* 2023: year */
  assert_int_equal(x.items[1].when.start.prec, ANNALS_PREC_YEAR);
  assert_int_equal(x.items[1].when.start.y, 2023);
  /* May 9 with a known year: day */
  assert_int_equal(x.items[2].when.start.prec, ANNALS_PREC_DAY);
  assert_int_equal(x.items[2].when.start.d, 9);
  assert_true(x.items[2].flags & ANNALS_TIMEX_F_RELATIVE);
  /* early 2024: year, fuzzy, start */
  assert_int_equal(x.items[3].when.start.prec, ANNALS_PREC_YEAR);
  assert_true(x.items[3].flags & ANNALS_TIMEX_F_FUZZY);
  assert_true(x.items[3].flags & ANNALS_TIMEX_F_START);
  annals_timexes_release(&x);
}

static void test_intervals(void **state) {
  (void)state;
  annals_timexes x;
  find("It happened last week, in the third quarter of 2024 and in the "
       "1990s.",
       day(2025, 5, 27), &x);
  assert_int_equal(x.n, 3);
  /* last week: Monday 2025-05-19 to Sunday 2025-05-25 */
  assert_string_equal(x.items[0].value, "2025-W21");
  assert_true(x.items[0].when.interval);
  assert_int_equal(x.items[0].when.start.d, 19);
  assert_int_equal(x.items[0].when.end.d, 25);
  assert_int_equal(x.items[0].when.start.prec, ANNALS_PREC_DAY);
  /* Q3 2024: July to September */
  assert_string_equal(x.items[1].value, "2024-Q3");
  assert_int_equal(x.items[1].when.start.m, 7);
  assert_int_equal(x.items[1].when.end.m, 9);
  /* the 1990s: 1990 to 1999 */
  assert_string_equal(x.items[2].value, "199");
  assert_int_equal(x.items[2].when.start.y, 1990);
  assert_int_equal(x.items[2].when.end.y, 1999);
  annals_timexes_release(&x);
}

static void test_durations_have_no_when(void **state) {
  (void)state;
  annals_timexes x;
  find("The siege lasted for two years.", day(2025, 5, 27), &x);
  assert_int_equal(x.n, 1);
  assert_int_equal(x.items[0].type, ANNALS_TIMEX_DURATION);
  assert_string_equal(x.items[0].value, "P2Y");
  assert_int_equal(x.items[0].when.start.prec, ANNALS_PREC_NONE);
  annals_timexes_release(&x);
}

static void test_iso_week_at_year_end(void **state) {
  (void)state;
  annals_timexes x;
  /* 2021-01-02 is a Saturday of ISO week 2020-W53 */
  find("Talks continue this week.", day(2021, 1, 2), &x);
  assert_int_equal(x.n, 1);
  assert_string_equal(x.items[0].value, "2020-W53");
  annals_timexes_release(&x);
  /* 2024-12-30 (Monday) starts 2025-W01 */
  find("Talks continue this week.", day(2024, 12, 30), &x);
  assert_string_equal(x.items[0].value, "2025-W01");
  annals_timexes_release(&x);
}

static void test_month_arithmetic(void **state) {
  (void)state;
  annals_timexes x;
  find("Prices fell last month and will rise next month.", day(2025, 1, 15),
       &x);
  assert_int_equal(x.n, 2);
  assert_string_equal(x.items[0].value, "2024-12");
  assert_string_equal(x.items[1].value, "2025-02");
  annals_timexes_release(&x);
  find("Yesterday the vote failed.", day(2024, 3, 1), &x);
  assert_string_equal(x.items[0].value, "2024-02-29");
  annals_timexes_release(&x);
}

static void test_flags_anchored_and_unresolved(void **state) {
  (void)state;
  annals_timexes x;
  find("The war began in 1914. Two years later, the tsar fell.", no_dct, &x);
  assert_int_equal(x.n, 2);
  assert_string_equal(x.items[1].value, "1916");
  assert_true(x.items[1].flags & ANNALS_TIMEX_F_ANCHORED);
  assert_int_equal(x.dct.how, ANNALS_DCT_NONE);
  annals_timexes_release(&x);
  find("The vote was on May 9.", no_dct, &x);
  assert_string_equal(x.items[0].value, "XXXX-05-09");
  assert_true(x.items[0].flags & ANNALS_TIMEX_F_UNRESOLVED);
  assert_int_equal(x.items[0].when.start.prec, ANNALS_PREC_NONE);
  annals_timexes_release(&x);
}

/* Two expressions the caller links as one period give the DCT's year;
 * without the link, or with a link that is no relative-explicit pair,
 * none is inferred. */
static void test_dct_from_links(void **state) {
  (void)state;
  const char *s = "Last year, the army struck the camp. The strike of "
                  "March 2023 was the first. The talks open on May 9.";
  annals_dates_opts o;
  memset(&o, 0, sizeof o);
  annals_timexes x;
  annals_timexes_init(&x);
  assert_int_equal(annals_dates_find(s, strlen(s), &o, &x, NULL), ANNALS_OK);
  assert_int_equal(x.dct.how, ANNALS_DCT_NONE);
  assert_string_equal(x.items[0].value, "XXXX");
  annals_timexes_release(&x);
  const char *rel = strstr(s, "Last year"), *abs = strstr(s, "March 2023");
  annals_date_link link = {(size_t)(rel - s), (size_t)(abs - s)};
  o.links = &link;
  o.n_links = 1;
  assert_int_equal(annals_dates_find(s, strlen(s), &o, &x, NULL), ANNALS_OK);
  assert_int_equal(x.dct.how, ANNALS_DCT_INFERRED);
  assert_int_equal(x.dct.date.prec, ANNALS_PREC_YEAR);
  assert_int_equal(x.dct.date.y, 2024);
  assert_string_equal(x.items[0].value, "2023");
  assert_string_equal(x.items[2].value, "2024-05-09");
  annals_timexes_release(&x);
  /* the explicit one must state its year, the other count from the DCT */
  link.stated = (size_t)(strstr(s, "May 9") - s);
  assert_int_equal(annals_dates_find(s, strlen(s), &o, &x, NULL), ANNALS_OK);
  assert_int_equal(x.dct.how, ANNALS_DCT_NONE);
  annals_timexes_release(&x);
  link = (annals_date_link){(size_t)(abs - s), (size_t)(rel - s)};
  assert_int_equal(annals_dates_find(s, strlen(s), &o, &x, NULL), ANNALS_OK);
  assert_int_equal(x.dct.how, ANNALS_DCT_NONE);
  annals_timexes_release(&x);
}

static void test_years_out_of_range(void **state) {
  (void)state;
  annals_timexes x;
  find("They meet next year and again next Friday.", day(9999, 12, 31), &x);
  assert_int_equal(x.n, 2);
  assert_string_equal(x.items[0].value, "XXXX");
  assert_string_equal(x.items[1].value, "XXXX-01-07");
  for (size_t i = 0; i < x.n; i++) {
    assert_true(x.items[i].flags & ANNALS_TIMEX_F_UNRESOLVED);
    assert_int_equal(x.items[i].when.start.prec, ANNALS_PREC_NONE);
  }
  annals_timexes_release(&x);
  find("It happened last Friday, last month and last year.", day(-9999, 1, 1),
       &x);
  assert_int_equal(x.n, 3);
  for (size_t i = 0; i < x.n; i++) {
    assert_int_equal(x.items[i].value[0], 'X');
    assert_int_equal(x.items[i].when.start.prec, ANNALS_PREC_NONE);
  }
  annals_timexes_release(&x);
  /* the edge years themselves stay resolved */
  find("They meet next year.", day(9998, 6, 1), &x);
  assert_string_equal(x.items[0].value, "9999");
  assert_int_equal(x.items[0].when.start.y, 9999);
  annals_timexes_release(&x);
}

static void test_dct_reported(void **state) {
  (void)state;
  annals_timexes x;
  find("Nothing here.", day(2025, 5, 27), &x);
  assert_int_equal(x.dct.how, ANNALS_DCT_GIVEN);
  assert_int_equal(x.dct.date.y, 2025);
  assert_string_equal(x.dct.note, "2025-05-27 from --dct");
  annals_timexes_release(&x);
  assert_null(x.dct.note);
  find("Published: May 27, 2025\n\nThe vote was yesterday.", no_dct, &x);
  assert_int_equal(x.dct.how, ANNALS_DCT_DATELINE);
  assert_int_equal(x.dct.date.d, 27);
  assert_non_null(strstr(x.dct.note, "May 27, 2025"));
  annals_timexes_release(&x);
}

/* The stream gives the same results as one call, with the narrative time
 * and the DCT carried from piece to piece. */
static void test_stream_matches_whole(void **state) {
  (void)state;
  const char *text =
      "Published: March 2, 1990\n\n"
      "Talks opened on March 3, 1990 in Geneva.\n\n"
      "The following day they collapsed, and a week later war began.\n\n"
      "By May 9 the front had moved; last year was calm.\n\n";
  annals_timexes whole;
  find(text, no_dct, &whole);
  assert_true(whole.n >= 5);
  annals_dates_stream *s = annals_dates_stream_new(NULL);
  annals_timexes part;
  annals_timexes_init(&part);
  const char *p = text;
  while (*p) {
    const char *q = strstr(p, "\n\n");
    size_t n = q ? (size_t)(q + 2 - p) : strlen(p);
    assert_int_equal(annals_dates_stream_feed(s, p, n, &part, NULL), ANNALS_OK);
    p += n;
  }
  annals_dates_stream_free(s);
  assert_int_equal(part.n, whole.n);
  for (size_t i = 0; i < whole.n; i++) {
    assert_int_equal(part.items[i].start, whole.items[i].start);
    assert_int_equal(part.items[i].end, whole.items[i].end);
    assert_string_equal(part.items[i].value, whole.items[i].value);
  }
  assert_int_equal(part.dct.how, ANNALS_DCT_DATELINE);
  /* each piece hands over the DCT again; the timexes own their note */
  assert_string_equal(part.dct.note, whole.dct.note);
  /* the following day is anchored on March 3 of the previous piece */
  assert_string_equal(whole.items[2].value, "1990-03-04");
  annals_timexes_release(&whole);
  annals_timexes_release(&part);
}

/* Feeds text in two pieces cut at byte cut, with the DCT dct. */
static void feed_two(const char *text, size_t cut, annals_date dct,
                     annals_timexes *x) {
  annals_dates_opts o;
  memset(&o, 0, sizeof o);
  o.dct = dct;
  annals_dates_stream *s = annals_dates_stream_new(&o);
  annals_timexes_init(x);
  assert_int_equal(annals_dates_stream_feed(s, text, cut, x, NULL), ANNALS_OK);
  assert_int_equal(
      annals_dates_stream_feed(s, text + cut, strlen(text) - cut, x, NULL),
      ANNALS_OK);
  annals_dates_stream_free(s);
}

/* The finder reads the sentences of the one splitter: a caller that has
 * them hands them over, and a stream splits each piece itself.  A piece
 * cut inside a paragraph leaves it open for the next piece. */
static void test_stream_sentences(void **state) {
  (void)state;
  const char *text = "In 1975 the two states fought over the islands. In "
                     "1976 the fighting spread. By March the navy had lost "
                     "four ships.\n\nThe minister said on Friday that the "
                     "talks would resume in June.\n";
  annals_date dct = day(2025, 5, 27);
  annals_timexes whole;
  find(text, dct, &whole);
  assert_int_equal(whole.n, 5);
  assert_string_equal(whole.items[2].value, "1976-03");
  assert_string_equal(whole.items[4].value, "2025-06");
  annals_sentence *ss = NULL;
  size_t n = annals_sentences_split(text, strlen(text), &ss);
  annals_dates_opts o;
  memset(&o, 0, sizeof o);
  o.dct = dct;
  annals_dates_stream *s = annals_dates_stream_new(&o);
  annals_timexes x;
  annals_timexes_init(&x);
  assert_int_equal(annals_dates_stream_feed_sentences(s, text, strlen(text),
                                                      NULL, 1, &x, NULL),
                   ANNALS_ERR_ARG);
  assert_int_equal(annals_dates_stream_feed_sentences(s, text, strlen(text),
                                                      ss, n, &x, NULL),
                   ANNALS_OK);
  annals_dates_stream_free(s);
  g_free(ss);
  assert_int_equal(x.n, whole.n);
  for (size_t i = 0; i < x.n; i++)
    assert_string_equal(x.items[i].value, whole.items[i].value);
  annals_timexes_release(&x);
  /* cut at the blank line: the same */
  size_t cut = (size_t)(strstr(text, "The minister") - text);
  feed_two(text, cut, dct, &x);
  assert_int_equal(x.n, whole.n);
  assert_string_equal(x.items[4].value, "2025-06");
  annals_timexes_release(&x);
  annals_timexes_release(&whole);
  /* cut between two sentences of a paragraph: the second still opens its
   * sentence and is next to the first, whose year it takes */
  const char *two = "Talks opened on March 3, 1990. On May 9 they collapsed.";
  find(two, dct, &whole);
  assert_string_equal(whole.items[1].value, "1990-05-09");
  feed_two(two, (size_t)(strstr(two, "On May") - two), dct, &x);
  assert_int_equal(x.n, 2);
  assert_string_equal(x.items[1].value, "1990-05-09");
  annals_timexes_release(&x);
  annals_timexes_release(&whole);
  /* after a line end (a paragraph in a text without blank lines) the
   * year is the document's, as in the whole text */
  two = "Talks opened on March 3, 1990.\nOn May 9 they collapsed.";
  find(two, dct, &whole);
  feed_two(two, (size_t)(strstr(two, "On May") - two), dct, &x);
  assert_string_equal(whole.items[1].value, "2025-05-09");
  assert_string_equal(x.items[1].value, "2025-05-09");
  annals_timexes_release(&x);
  annals_timexes_release(&whole);
}

static void test_bad_arguments(void **state) {
  (void)state;
  annals_timexes x;
  annals_timexes_init(&x);
  assert_int_equal(annals_dates_find(NULL, 4, NULL, &x, NULL), ANNALS_ERR_ARG);
  assert_int_equal(annals_dates_find("x", 1, NULL, NULL, NULL), ANNALS_ERR_ARG);
  /* empty input and NULL options are fine */
  assert_int_equal(annals_dates_find("", 0, NULL, &x, NULL), ANNALS_OK);
  assert_int_equal(x.n, 0);
  annals_timexes_release(&x);
  annals_dates_stream_free(NULL);
  annals_timexes_release(NULL);
}

/* Times a run of the finder on s, in CPU seconds. */
static double timed(const char *s, size_t n, size_t *found) {
  annals_timexes x;
  annals_timexes_init(&x);
  clock_t t0 = clock();
  assert_int_equal(annals_dates_find(s, n, NULL, &x, NULL), ANNALS_OK);
  double sec = (double)(clock() - t0) / CLOCKS_PER_SEC;
  *found = x.n;
  annals_timexes_release(&x);
  return sec;
}

/* Pathological inputs stay linear: doubling the input roughly doubles the
 * time (a quadratic scanner would take four times as long). */
static void test_linear_time(void **state) {
  (void)state;
  const char *units[] = {"May ",         "9",     "May 9, ", "the ", "last ",
                         "twenty four ", "1 1/2 "};
  for (size_t u = 0; u < ARRAY_SIZE(units); u++) {
    size_t ul = strlen(units[u]);
    size_t n1 = 200000 / ul * ul, n2 = 2 * n1;
    char *s = g_malloc(n2 + 1);
    for (size_t i = 0; i < n2; i += ul)
      memcpy(s + i, units[u], ul);
    s[n2] = '\0';
    size_t f1, f2;
    double t1 = timed(s, n1, &f1);
    double t2 = timed(s, n2, &f2);
    /* generous bounds: shared machines, sanitizers, valgrind */
    assert_true(t2 < 8 * t1 + 0.5);
    assert_true(t2 < 20.0);
    g_free(s);
  }
}

static void test_long_single_line(void **state) {
  (void)state;
  const char *unit = "The council met on May 9, 2025 and again ";
  size_t ul = strlen(unit), reps = 20000;
  char *s = g_malloc(ul * reps + 1);
  for (size_t i = 0; i < reps; i++)
    memcpy(s + i * ul, unit, ul);
  s[ul * reps] = '\0';
  size_t f;
  timed(s, ul * reps, &f);
  assert_int_equal(f, reps);
  g_free(s);
}

static void test_crlf_offsets(void **state) {
  (void)state;
  annals_timexes x;
  find("A.\r\nOn May 9, 2025\r\n\r\nlast year", day(2025, 5, 27), &x);
  assert_int_equal(x.n, 2);
  assert_int_equal(x.items[0].start, 7);
  assert_int_equal(x.items[0].end, 18);
  assert_string_equal(x.items[1].value, "2024");
  annals_timexes_release(&x);
}

/* Words are looked up by a key read 16 bytes at a time when the text
 * goes on for 16 more bytes, and byte by byte near its end: both reads
 * must find the same words, in either case and at any length. */
static void test_word_table_at_text_end(void **state) {
  (void)state;
  static const char *const texts[] = {
      "It happened on May 9",       "It happened on MAY 9",
      "The talks ended in January", "They met last Wednesday",
      "They met on Wednesday",      "It was in December 2023",
      "within a fortnight",         "the Mayflower arrived in December"};
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    char padded[128];
    snprintf(padded, sizeof padded, "%s%s", texts[i], "                    .");
    annals_timexes a, b;
    find(texts[i], day(2025, 5, 27), &a);
    find(padded, day(2025, 5, 27), &b);
    assert_true(a.n > 0 || strstr(texts[i], "fortnight"));
    assert_int_equal(a.n, b.n);
    for (size_t k = 0; k < a.n; k++) {
      assert_int_equal(a.items[k].start, b.items[k].start);
      assert_int_equal(a.items[k].end, b.items[k].end);
      assert_string_equal(a.items[k].value, b.items[k].value);
    }
    annals_timexes_release(&a);
    annals_timexes_release(&b);
  }
  /* A word longer than any table word is none, even when it starts like
   * one ("Decemberrrrrrrrrr", 17 letters; "Decemberrrrrr", 13). */
  annals_timexes x;
  find("in Decemberrrrrrrrrr 2023 and in Decemberrrrrr 2023", day(2025, 5, 27),
       &x);
  for (size_t k = 0; k < x.n; k++)
    assert_string_not_equal(x.items[k].value, "2023-12");
  annals_timexes_release(&x);
}

/* A date pair that would put the document outside years -9999..9999
 * ("2021, 30000 years ago") infers no DCT (found by fuzz_pipeline: the
 * record then could not be read back). */
static void test_dct_pair_out_of_range(void **state) {
  (void)state;
  annals_timexes x;
  find("In 2021, 30000 years ago, the ice retreated.", no_dct, &x);
  assert_int_equal(x.dct.date.prec, ANNALS_PREC_NONE);
  annals_timexes_release(&x);
  find("In 2021, four years ago, the ice retreated.", no_dct, &x);
  assert_int_equal(x.dct.date.prec, ANNALS_PREC_YEAR);
  assert_int_equal(x.dct.date.y, 2025);
  annals_timexes_release(&x);
}

/* The word list (src/dates/words.txt, compiled in) is read once; the
 * reader names the line of any mistake in a list. */
static void test_word_list(void **state) {
  (void)state;
  char err[160];
  size_t n = 0;
  static const char ok[] = "# a comment\n[month]  # months\nmay 5 ambig\n"
                           "jan 1 abbr\n\n[unit]\nyears year plural\n"
                           "[rel]\nensuing following\n[dayword]\n"
                           "tonight 0 night\n[shift]\nearlier -1\n";
  timex_word *w = timex_words_parse(ok, strlen(ok), &n, err, sizeof err);
  assert_non_null(w);
  assert_int_equal(n, 6);
  assert_string_equal(w[0].w, "may");
  assert_int_equal(w[0].cls, C_MONTH);
  assert_int_equal(w[0].val, 5);
  assert_int_equal(w[0].val2, LX_AMBIG);
  assert_int_equal(w[2].cls, C_UNIT);
  assert_int_equal(w[2].val, U_YEAR);
  assert_int_equal(w[2].val2, 1);
  assert_int_equal(w[3].val, R_FOLLOW);
  assert_int_equal(w[4].val2, P_NI);
  assert_int_equal(w[5].val, -1);
  g_free(w);
  static const struct {
    const char *text, *err;
  } bad[] = {
      {"may 5\n", "line 1: a word before the first [class]"},
      {"[month]\n[mnth]\n", "line 2: unknown class 'mnth'"},
      {"[month\n", "line 1: expected '[class]'"},
      {"[unit]\nyears yaer\n", "line 2: unknown value 'yaer' for class unit"},
      {"[unit]\nyears year plurl\n",
       "line 2: unknown flag 'plurl' for class unit"},
      {"[month]\nMay 5\n", "line 2: 'May' is not a word of 1 to 14 letters a-z"},
      {"[month]\nmay\n", "line 2: expected 'word value [flag]'"},
      {"[month]\nmay 5 ambig x\n", "line 2: expected 'word value [flag]'"},
      {"[month]\nmay 5\n[num]\nmay 5\n", "line 4: 'may' is listed twice"},
      {"[num]\nzillion 999\n", "line 2: unknown value '999' for class num"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    assert_null(timex_words_parse(bad[i].text, strlen(bad[i].text), &n, err,
                                  sizeof err));
    assert_string_equal(err, bad[i].err);
  }
  /* the shipped list reads without error and holds the words in use */
  annals_timexes x;
  find("The council meets biweekly; it met a fortnight ago.", day(2025, 5, 27),
       &x);
  assert_int_equal(x.n, 2);
  assert_string_equal(x.items[0].value, "P2W");
  assert_string_equal(x.items[1].value, "2025-W20");
  annals_timexes_release(&x);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_type_names),
      cmocka_unit_test(test_precision_of_when),
      cmocka_unit_test(test_intervals),
      cmocka_unit_test(test_durations_have_no_when),
      cmocka_unit_test(test_iso_week_at_year_end),
      cmocka_unit_test(test_month_arithmetic),
      cmocka_unit_test(test_flags_anchored_and_unresolved),
      cmocka_unit_test(test_years_out_of_range),
      cmocka_unit_test(test_dct_reported),
      cmocka_unit_test(test_stream_matches_whole),
      cmocka_unit_test(test_stream_sentences),
      cmocka_unit_test(test_bad_arguments),
      cmocka_unit_test(test_linear_time),
      cmocka_unit_test(test_long_single_line),
      cmocka_unit_test(test_crlf_offsets),
      cmocka_unit_test(test_word_table_at_text_end),
      cmocka_unit_test(test_dct_pair_out_of_range),
      cmocka_unit_test(test_dct_from_links),
      cmocka_unit_test(test_word_list),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
