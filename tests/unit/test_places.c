/* test_places.c - the place gazetteer generated from iso-codes and WordNet
 * (src/tools/tool_places.c): places of each source resolve to their country,
 * events/gazetteer.yaml wins where both name a place, generic words are
 * no places, and the WordNet demonyms of countries the hand-written
 * gazetteer lacks name them, unless they name two.  The texts are
 * written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annals.h"

/* Extracts the events of text with a fixed DCT. */
static annals_timeline *extract(const char *text) {
  annals_extract_opts o;
  memset(&o, 0, sizeof o);
  o.dct.y = 2025;
  o.dct.m = 1;
  o.dct.d = 10;
  o.dct.prec = ANNALS_PREC_DAY;
  annals_timeline *t = annals_timeline_new();
  assert_int_equal(annals_extract(text, strlen(text), &o, t, NULL), ANNALS_OK);
  return t;
}

/* text has one event at location, in country (the location's country,
 * or the location itself when it is a country). */
static void check_place(const char *text, const char *location,
                        const char *country) {
  annals_timeline *t = extract(text);
  if (annals_timeline_count(t) != 1)
    fprintf(stderr, "'%s': %zu events\n", text, annals_timeline_count(t));
  assert_int_equal(annals_timeline_count(t), 1);
  const annals_event *ev = annals_timeline_get(t, 0);
  const char *got = ev->country ? ev->country : ev->location;
  if (!ev->location || strcmp(ev->location, location) != 0 || !got ||
      strcmp(got, country) != 0)
    fprintf(stderr, "'%s': location %s in %s, want %s in %s\n", text,
            ev->location ? ev->location : "(none)",
            ev->country ? ev->country : "(none)", location, country);
  assert_non_null(ev->location);
  assert_string_equal(ev->location, location);
  assert_non_null(got);
  assert_string_equal(got, country);
  annals_timeline_free(t);
}

static void test_generated_places_load(void **state) {
  (void)state;
  /* events/gazetteer.yaml alone has about 600 entries. */
  annals_gazetteer *g = annals_gazetteer_new();
  assert_true(annals_gazetteer_count(g) > 4000);
  annals_gazetteer_free(g);
}

static void test_wordnet_cities(void **state) {
  (void)state;
  check_place("Police arrested dozens of protesters in Almaty on 5 January "
              "2022.",
              "Almaty", "Kazakhstan");
  /* An older spelling WordNet lists as the same city. */
  check_place("Police detained three reporters in Alma-Ata on 2 March 2024.",
              "Almaty", "Kazakhstan");
  /* A city whose country WordNet reaches through a state (#p Texas). */
  check_place("Police arrested twelve people in Houston on 8 May 2024.",
              "Houston", "United States");
}

static void test_wordnet_regions(void **state) {
  (void)state;
  check_place("Police arrested dozens of protesters in Bavaria on 7 June "
              "2024.",
              "Bavaria", "Germany");
  check_place("Police detained four activists in Chechnya on 1 April 2024.",
              "Chechnya", "Russia");
}

static void test_iso_subdivisions(void **state) {
  (void)state;
  /* iso-codes writes "Sabhā"; the ASCII form is an alias. */
  check_place("Police arrested dozens of protesters in Sabha on 5 January "
              "2022.",
              "Sabhā", "Libya");
  check_place("Police arrested dozens of protesters in Sabhā on 5 January "
              "2022.",
              "Sabhā", "Libya");
  /* "Al Anbār" is also "Anbar". */
  check_place("Police detained two officials in Anbar on 3 February 2024.",
              "Al Anbār", "Iraq");
  check_place("Police arrested six people in Darnah on 2 October 2023.",
              "Darnah", "Libya");
}

static void test_hand_entries_win(void **state) {
  (void)state;
  /* Georgia is an American state in both sources, and a country in
   * events/gazetteer.yaml: the country. */
  check_place("Police arrested dozens of protesters in Georgia on 5 January "
              "2022.",
              "Georgia", "Georgia");
  /* WordNet's city is "Kharkov, Kharkiv"; the hand entry is "Kharkiv". */
  check_place("Police detained two men in Kharkiv on 3 March 2024.", "Kharkiv",
              "Ukraine");
}

static void test_generic_words_are_no_places(void **state) {
  (void)state;
  /* "Central", "North" and "Capital" name subdivisions of several
   * countries in iso-codes; "Rivers" and "Delta" are Nigerian states.
   * They are no gazetteer places: never given a country, never actors (a
   * capitalised unknown word after "in" may still stand as the place, as
   * written). */
  static const char *const texts[] = {
      "Police arrested dozens of protesters in Central on 5 January 2022.",
      "Police arrested dozens of protesters in North on 5 January 2022.",
      "Police arrested dozens of protesters in Capital on 5 January 2022.",
      "Police arrested dozens of protesters in Rivers on 5 January 2022.",
      "Police arrested dozens of protesters in Delta on 5 January 2022.",
  };
  static const char *const words[] = {"Central", "North", "Capital", "Rivers",
                                      "Delta"};
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    annals_timeline *t = extract(texts[i]);
    for (size_t k = 0; k < annals_timeline_count(t); k++) {
      const annals_event *ev = annals_timeline_get(t, k);
      assert_null(ev->country);
      for (size_t a = 0; a < ev->n_actors; a++) {
        assert_string_not_equal(ev->actors[a], words[i]);
        assert_string_not_equal(ev->actors[a], "Nigeria");
      }
    }
    annals_timeline_free(t);
  }
}

/* Does event ev have actor name? */
static bool has_actor(const annals_event *ev, const char *name) {
  for (size_t a = 0; a < ev->n_actors; a++)
    if (strcmp(ev->actors[a], name) == 0)
      return true;
  return false;
}

/* text has one event, and among its actors want (when not NULL) and none
 * of the NULL-ended banned. */
static void check_actors(const char *text, const char *want,
                         const char *const *banned) {
  annals_timeline *t = extract(text);
  if (annals_timeline_count(t) != 1)
    fprintf(stderr, "'%s': %zu events\n", text, annals_timeline_count(t));
  assert_int_equal(annals_timeline_count(t), 1);
  const annals_event *ev = annals_timeline_get(t, 0);
  if (want && !has_actor(ev, want))
    fprintf(stderr, "'%s': no actor %s\n", text, want);
  if (want)
    assert_true(has_actor(ev, want));
  for (size_t k = 0; banned && banned[k]; k++) {
    if (has_actor(ev, banned[k]))
      fprintf(stderr, "'%s': actor %s\n", text, banned[k]);
    assert_false(has_actor(ev, banned[k]));
  }
  annals_timeline_free(t);
}

static void test_demonym_adjectives(void **state) {
  (void)state;
  /* WordNet: "Togolese" pertains to Togo; events/gazetteer.yaml has no
   * demonym of Togo. */
  check_actors("Ghana expelled the Togolese ambassador on 3 October 2024.",
               "Togo", NULL);
  check_actors("Togolese troops shelled a village near the border on 2 "
               "October 2024.",
               "Togo", NULL);
  /* "Barbadian" is "a native or inhabitant of Barbados" the island. */
  check_actors("Jamaica expelled the Barbadian envoy on 1 March 2024.",
               "Barbados", NULL);
}

static void test_demonym_people_nouns(void **state) {
  (void)state;
  /* "Nigerien" (Niger), not "Nigerian" (Nigeria). */
  static const char *const not_nigeria[] = {"Nigeria", NULL};
  check_actors("Benin expelled two Nigerien diplomats on 3 October 2024.",
               "Niger", not_nigeria);
  /* A plural people noun: "Chadians" of "Chadian". */
  check_actors("Police detained four Chadians in Kano on 3 October 2024.",
               "Chad", NULL);
  check_actors("Police arrested twelve Malawians in Lusaka on 5 May 2024.",
               "Malawi", NULL);
}

static void test_ambiguous_demonyms(void **state) {
  (void)state;
  /* "Dominican" is of the Dominican Republic and of Dominica: neither. */
  static const char *const dominicas[] = {"Dominica", "Dominican Republic",
                                          NULL};
  check_actors("Ghana expelled the Dominican ambassador on 3 October 2024.",
               "Ghana", dominicas);
  /* "Guinean" ends "Equatorial Guinean" and "Papua New Guinean": no
   * alias of Guinea. */
  static const char *const guinea[] = {"Guinea", NULL};
  check_actors("Gabon expelled the Equatorial Guinean ambassador on 3 "
               "October 2024.",
               "Gabon", guinea);
  check_actors("Senegal expelled the Guinean ambassador on 3 October 2024.",
               "Senegal", guinea);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_generated_places_load),
      cmocka_unit_test(test_wordnet_cities),
      cmocka_unit_test(test_wordnet_regions),
      cmocka_unit_test(test_iso_subdivisions),
      cmocka_unit_test(test_hand_entries_win),
      cmocka_unit_test(test_generic_words_are_no_places),
      cmocka_unit_test(test_demonym_adjectives),
      cmocka_unit_test(test_demonym_people_nouns),
      cmocka_unit_test(test_ambiguous_demonyms),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
