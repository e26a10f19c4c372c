/* test_tokenize.c - the word tokenizer of the English analysis stage
 * (nlp_tokenize): the EWT conventions class by class, the span flags,
 * and properties on random and pathological input (spans inside the
 * range, non-empty, increasing, never starting or ending in whitespace;
 * linear time). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/nlp.h"

/* Tokenizes text and compares with want: the words separated by single
 * spaces, each marked "^" when it opens a split token (MWT and
 * MWT_FIRST) and "~" when it continues one (MWT).  "do^ n't~ ." */
static void check(const char *text, const char *want) {
  GArray *a = g_array_new(FALSE, FALSE, sizeof(nlp_span));
  size_t n = nlp_tokenize(text, 0, strlen(text), a);
  assert_int_equal(n, a->len);
  GString *got = g_string_new(NULL);
  for (guint k = 0; k < a->len; k++) {
    const nlp_span *s = &g_array_index(a, nlp_span, k);
    if (k)
      g_string_append_c(got, ' ');
    g_string_append_len(got, text + s->start, (gssize)(s->end - s->start));
    if (s->flags & NLP_SPAN_MWT_FIRST)
      g_string_append_c(got, '^');
    else if (s->flags & NLP_SPAN_MWT)
      g_string_append_c(got, '~');
  }
  if (strcmp(got->str, want) != 0)
    fprintf(stderr, "text: %s\n got: %s\nwant: %s\n", text, got->str, want);
  assert_string_equal(got->str, want);
  g_string_free(got, TRUE);
  g_array_free(a, TRUE);
}

static void test_clitics(void **state) {
  (void)state;
  check("I don't think it's over, they're sure we'll win.",
        "I do^ n't~ think it^ 's~ over , they^ 're~ sure we^ 'll~ win .");
  /* the same with the typographic apostrophe U+2019 */
  check("I don\xe2\x80\x99t think it\xe2\x80\x99s over, we\xe2\x80\x99ve "
        "seen I\xe2\x80\x99m right.",
        "I do^ n\xe2\x80\x99t~ think it^ \xe2\x80\x99s~ over , we^ "
        "\xe2\x80\x99ve~ seen I^ \xe2\x80\x99m~ right .");
  check("You can't and won't, so she'd rather not; he cannot wait.",
        "You ca^ n't~ and wo^ n't~ , so she^ 'd~ rather not ; he can^ not~ "
        "wait .");
  check("We're gonna need it, I wanna go and you gotta see.",
        "We^ 're~ gon^ na~ need it , I wan^ na~ go and you got^ ta~ see .");
  check("It ain't fair and you shouldn't've come, y'all know.",
        "It ai^ n't~ fair and you should^ n't~ 've~ come , y'all know .");
  /* fused forms without the apostrophe */
  check("i dont know why you cant stay, im tired",
        "i do^ nt~ know why you ca^ nt~ stay , i^ m~ tired");
  check("DON'T SHOUT", "DO^ N'T~ SHOUT");
  /* not clitics: names, elisions, instant messaging */
  check("O'Neill met Ms. D'Souza at five o'clock with 'em on IM.",
        "O'Neill met Ms. D'Souza at five o'clock with 'em on IM .");
}

static void test_possessives(void **state) {
  (void)state;
  check("The ministers' meeting and Chris's plan.",
        "The ministers^ '~ meeting and Chris^ 's~ plan .");
  check("NATO\xe2\x80\x99s chief and the U.N.'s envoy.",
        "NATO^ \xe2\x80\x99s~ chief and the U.N.^ 's~ envoy .");
  /* after digits the 's stays: decades and plurals */
  check("Music of the 1970's and the '80s.",
        "Music of the 1970's and the '80s .");
  /* a quoted word ending in s is not a possessive */
  check("They called it 'progress' again.",
        "They called it ' progress ' again .");
}

static void test_hyphens(void **state) {
  (void)state;
  check("Sheikh Omar al-Rashid's self-made fortune",
        "Sheikh Omar al - Rashid^ 's~ self - made fortune");
  check("The U.S.-brokered plan", "The U.S. - brokered plan");
  /* prefixes that keep their hyphen, as in EWT */
  check("Send an e-mail about the non-binding, anti-Western mid-March vote.",
        "Send an e-mail about the non-binding , anti-Western mid-March vote .");
  /* ranges split, phone numbers and ISO dates stay */
  check("In 2019-2020 call 555-0142 or 212-555-0199 before 2031-04-09.",
        "In 2019 - 2020 call 555-0142 or 212-555-0199 before 2031-04-09 .");
  check("A twenty-one-gun salute", "A twenty - one - gun salute");
}

static void test_abbreviations(void **state) {
  (void)state;
  check("Dr. Amal Haddad and J. R. Lowe left on Jan. 5 at 9 a.m. sharp.",
        "Dr. Amal Haddad and J. R. Lowe left on Jan. 5 at 9 a.m. sharp .");
  check("Acme Inc. hired No. 4 from the U.K. team.",
        "Acme Inc. hired No. 4 from the U.K. team .");
  /* the dot that ends the sentence is its own word */
  check("They sell pens, paper, etc.", "They sell pens , paper , etc .");
  check("He moved to the U.S.", "He moved to the U.S .");
  /* not abbreviations */
  check("We said no. Then US. Then Ok.", "We said no . Then US . Then Ok .");
  /* a missing space after an abbreviation or between sentences */
  check("Ask Dr.Haddad about it.The end.",
        "Ask Dr. Haddad about it . The end .");
}

static void test_numbers(void **state) {
  (void)state;
  check("It rose 3.5% to 1,000.25 at 10:30am on the 21st.",
        "It rose 3.5 % to 1,000.25 at 10:30 am on the 21st .");
  check("A 20km walk in the 1990s, open 24/7 since 9/11, half is 1/2.",
        "A 20 km walk in the 1990s , open 24 / 7 since 9/11 , half is 1 / 2 .");
  check("On 12/05/2031 dial +44 for 5G and 3D maps.",
        "On 12/05/2031 dial +44 for 5G and 3D maps .");
}

static void test_currency(void **state) {
  (void)state;
  check("It cost $5, then \xc2\xa3"
        "30m, then \xe2\x82\xac"
        "1.2bn.",
        "It cost $ 5 , then \xc2\xa3 30 m , then \xe2\x82\xac 1.2 bn .");
  check("A US$40 fee and $3M more", "A US$ 40 fee and $ 3 M more");
}

static void test_urls_and_emails(void **state) {
  (void)state;
  check("See https://example.org/a_b?x=1&y=2. Or www.example.com, ok?",
        "See https://example.org/a_b?x=1&y=2 . Or www.example.com , ok ?");
  check("Write to first.last@example.net. (or <info@example.co.uk>)",
        "Write to first.last@example.net . ( or < info@example.co.uk > )");
  check("Great :) and ;-) but sad :(", "Great :) and ;-) but sad :(");
  check("Follow @newsdesk and #Elections2031 now",
        "Follow @newsdesk and #Elections2031 now");
}

static void test_quotes_and_dashes(void **state) {
  (void)state;
  check("\xe2\x80\x9cWe will stay,\xe2\x80\x9d she said \xe2\x80\x94 "
        "and left\xe2\x80\x93quietly.",
        "\xe2\x80\x9c We will stay , \xe2\x80\x9d she said \xe2\x80\x94 "
        "and left \xe2\x80\x93 quietly .");
  check("\xe2\x80\x98Not now\xe2\x80\x99, he said.",
        "\xe2\x80\x98 Not now \xe2\x80\x99 , he said .");
  check("\"Wait\"--he paused...then ``go'' (now) [really] {ok}",
        "\" Wait \" -- he paused ... then `` go '' ( now ) [ really ] { ok }");
  check("Why?! Really\xe2\x80\xa6 and/or not!!!",
        "Why ?! Really \xe2\x80\xa6 and / or not !!!");
}

static void test_flags(void **state) {
  (void)state;
  /* a sentence inside a larger text, with a no-break space (U+00A0) */
  const char *text = "xx It's 5\xc2\xa0km,  ok. yy";
  size_t start = 3, end = strlen(text) - 3;
  GArray *a = g_array_new(FALSE, FALSE, sizeof(nlp_span));
  g_array_append_val(a, ((nlp_span){0, 2, 0})); /* kept as it is */
  size_t n = nlp_tokenize(text, start, end, a);
  assert_int_equal(n, 7);
  assert_int_equal(a->len, 8);
  static const struct {
    const char *word;
    unsigned flags;
  } want[] = {
      {"It", NLP_SPAN_MWT | NLP_SPAN_MWT_FIRST},
      {"'s", NLP_SPAN_MWT | NLP_SPAN_SPACE_AFTER},
      {"5", NLP_SPAN_SPACE_AFTER},
      {"km", 0},
      {",", NLP_SPAN_SPACE_AFTER},
      {"ok", 0},
      {".", 0}, /* the end of the range: nothing follows inside it */
  };
  const nlp_span *s = &g_array_index(a, nlp_span, 0);
  assert_int_equal(s[0].start, 0);
  assert_int_equal(s[0].end, 2);
  for (size_t k = 0; k < ARRAY_SIZE(want); k++) {
    const nlp_span *w = &s[1 + k];
    size_t len = strlen(want[k].word);
    assert_int_equal(w->end - w->start, len);
    assert_memory_equal(text + w->start, want[k].word, len);
    assert_int_equal(w->flags, want[k].flags);
  }
  g_array_free(a, TRUE);
  /* empty and blank ranges give no words */
  a = g_array_new(FALSE, FALSE, sizeof(nlp_span));
  assert_int_equal(nlp_tokenize("abc", 1, 1, a), 0);
  assert_int_equal(nlp_tokenize(" \t\xc2\xa0\n", 0, 5, a), 0);
  assert_int_equal(a->len, 0);
  g_array_free(a, TRUE);
}

/* ---- properties --------------------------------------------------------- */

/* Checks the invariants of the words of text[start, end). */
static void check_spans(const char *text, size_t start, size_t end) {
  GArray *a = g_array_new(FALSE, FALSE, sizeof(nlp_span));
  size_t n = nlp_tokenize(text, start, end, a);
  assert_int_equal(n, a->len);
  size_t prev = start;
  for (guint k = 0; k < a->len; k++) {
    const nlp_span *s = &g_array_index(a, nlp_span, k);
    assert_true(s->start >= prev);
    assert_true(s->start < s->end);
    assert_true(s->end <= end);
    unsigned char first = (unsigned char)text[s->start];
    unsigned char last = (unsigned char)text[s->end - 1];
    assert_true(first > ' ' && first != 0x7F);
    assert_true(last > ' ' && last != 0x7F);
    /* whole characters: no span starts or ends inside one */
    assert_true((first & 0xC0) != 0x80);
    assert_true(s->end == end || ((unsigned char)text[s->end] & 0xC0) != 0x80);
    /* bytes between words are blanks, controls or non-ASCII spaces */
    for (size_t i = prev; i < s->start; i++) {
      unsigned char b = (unsigned char)text[i];
      assert_true(b <= ' ' || b >= 0x7F);
    }
    if (s->flags & NLP_SPAN_MWT_FIRST)
      assert_true(s->flags & NLP_SPAN_MWT);
    if ((s->flags & NLP_SPAN_MWT) && !(s->flags & NLP_SPAN_MWT_FIRST)) {
      /* continues the token of the word before it, with nothing between */
      assert_true(k > 0);
      const nlp_span *p = s - 1;
      assert_true(p->flags & NLP_SPAN_MWT);
      assert_int_equal(p->end, s->start);
    }
    bool space = s->end < end && (unsigned char)text[s->end] <= ' ';
    if (space)
      assert_true(s->flags & NLP_SPAN_SPACE_AFTER);
    prev = s->end;
  }
  g_array_free(a, TRUE);
}

/* Appends the UTF-8 encoding of c. */
static void put_utf8(GString *s, gunichar c) {
  char buf[8];
  gint n = g_unichar_to_utf8(c, buf);
  g_string_append_len(s, buf, n);
}

static void test_random_input(void **state) {
  (void)state;
  /* characters the tokenizer treats specially, and a few of every kind */
  static const gunichar pool[] = {
      'a',    'Z',    '0',    '9',     ' ',     '\t',   '\n',   '.',
      ',',    ':',    ';',    '-',     '\'',    '"',    '`',    '/',
      '@',    '&',    '_',    '*',     '$',     '%',    '#',    '+',
      '!',    '?',    '(',    ')',     '<',     '>',    '=',    '^',
      '~',    '|',    '\\',   0x01,    0x7F,    0xA0,   0xAD,   0xE9,
      0x301,  0x2019, 0x2018, 0x201C,  0x201D,  0x2013, 0x2014, 0x2026,
      0x2010, 0x200B, 0x200D, 0x2060,  0xFEFF,  0x3000, 0x20AC, 0x0627,
      0x0964, 0x4E2D, 0xFE0F, 0x1F44D, 0x1F3FD, 0x2764, 0x2BC,  0xFFFD,
  };
  GRand *r = g_rand_new_with_seed(20310409);
  GString *s = g_string_new(NULL);
  for (int round = 0; round < 3000; round++) {
    g_string_truncate(s, 0);
    int len = g_rand_int_range(r, 0, 60);
    if (round % 2 == 0) {
      /* characters from the pool, in words and runs */
      for (int i = 0; i < len; i++) {
        gunichar c = pool[g_rand_int_range(r, 0, (gint32)ARRAY_SIZE(pool))];
        int rep =
            g_rand_int_range(r, 0, 4) == 0 ? g_rand_int_range(r, 1, 5) : 1;
        while (rep--)
          put_utf8(s, c);
      }
    } else {
      /* random bytes, made valid UTF-8 */
      char raw[64];
      for (int i = 0; i < len; i++)
        raw[i] = (char)g_rand_int_range(r, 0, 256);
      gchar *v = g_utf8_make_valid(raw, len);
      g_string_append(s, v);
      g_free(v);
    }
    /* an exact-size copy without a terminator, so a read past the end is
     * caught under AddressSanitizer */
    char *exact = g_malloc(s->len ? s->len : 1);
    memcpy(exact, s->str, s->len);
    check_spans(exact, 0, s->len);
    /* and a range inside: nothing outside it may become a word */
    if (s->len > 2) {
      size_t a = (size_t)g_rand_int_range(r, 0, (gint32)(s->len / 2));
      size_t b = a + (size_t)g_rand_int_range(r, 0, (gint32)(s->len - a));
      while (a > 0 && ((unsigned char)s->str[a] & 0xC0) == 0x80)
        a--;
      while (b < s->len && ((unsigned char)s->str[b] & 0xC0) == 0x80)
        b++;
      check_spans(exact, a, b);
    }
    g_free(exact);
  }
  g_string_free(s, TRUE);
  g_rand_free(r);
}

static void test_pathological(void **state) {
  (void)state;
  /* long runs of every shape finish in linear time */
  static const char *const units[] = {
      "a",        "1-",
      "1.",       "a.",
      "ab.",      "'s",
      "n't",      "-",
      ".",        "x@",
      "1,",       "*",
      "a'",       "$",
      "w/",       "ab-",
      "1:",       "\xe2\x80\x99",
      "\xcc\x81", "\xf0\x9f\x91\x8d\xe2\x80\x8d",
  };
  GString *s = g_string_new(NULL);
  for (size_t u = 0; u < ARRAY_SIZE(units); u++) {
    g_string_truncate(s, 0);
    while (s->len < 200000)
      g_string_append(s, units[u]);
    GTimer *tm = g_timer_new();
    check_spans(s->str, 0, s->len);
    double secs = g_timer_elapsed(tm, NULL);
    g_timer_destroy(tm);
    if (secs > 2.0)
      fprintf(stderr, "slow on '%s': %.2f s\n", units[u], secs);
    assert_true(secs < 10.0);
  }
  /* a word of a megabyte is one word */
  g_string_truncate(s, 0);
  while (s->len < 1000000)
    g_string_append(s, "abcdefghij");
  GArray *a = g_array_new(FALSE, FALSE, sizeof(nlp_span));
  assert_int_equal(nlp_tokenize(s->str, 0, s->len, a), 1);
  g_array_free(a, TRUE);
  g_string_free(s, TRUE);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_clitics),
      cmocka_unit_test(test_possessives),
      cmocka_unit_test(test_hyphens),
      cmocka_unit_test(test_abbreviations),
      cmocka_unit_test(test_numbers),
      cmocka_unit_test(test_currency),
      cmocka_unit_test(test_urls_and_emails),
      cmocka_unit_test(test_quotes_and_dashes),
      cmocka_unit_test(test_flags),
      cmocka_unit_test(test_random_input),
      cmocka_unit_test(test_pathological),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
