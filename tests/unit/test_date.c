/* test_date.c - calendar maths and the record's date grammar. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <string.h>

#include "annals.h"

static void test_leap_years(void **state) {
  (void)state;
  assert_true(annals_is_leap_year(2024));
  assert_false(annals_is_leap_year(2023));
  assert_false(annals_is_leap_year(1900));
  assert_true(annals_is_leap_year(2000));
  assert_true(annals_is_leap_year(0)); /* 1 BCE */
  assert_true(annals_is_leap_year(-4));
  assert_int_equal(annals_days_in_month(2024, 2), 29);
  assert_int_equal(annals_days_in_month(2023, 2), 28);
  assert_int_equal(annals_days_in_month(2023, 4), 30);
  assert_int_equal(annals_days_in_month(2023, 13), 0);
}

static void test_day_numbers(void **state) {
  (void)state;
  assert_int_equal(annals_days_from_civil(1970, 1, 1), 0);
  assert_int_equal(annals_days_from_civil(2000, 3, 1), 11017);
  assert_int_equal(annals_days_from_civil(1969, 12, 31), -1);
  /* Round trip over a wide range, BCE included. */
  for (int64_t z = -4000000; z < 3000000; z += 997) {
    int y, m, d;
    annals_civil_from_days(z, &y, &m, &d);
    assert_true(m >= 1 && m <= 12);
    assert_true(d >= 1 && d <= annals_days_in_month(y, m));
    assert_int_equal(annals_days_from_civil(y, m, d), z);
  }
  assert_int_equal(annals_weekday(annals_days_from_civil(2025, 5, 9)), 4);
  assert_int_equal(annals_weekday(annals_days_from_civil(2024, 1, 15)), 0);
}

static void check_ok(const char *s, const char *expect_fmt, annals_prec p0,
                     annals_prec p1, int interval) {
  annals_when w;
  char err[160], buf[48];
  assert_int_equal(annals_when_parse(s, &w, err, sizeof err, NULL), ANNALS_OK);
  assert_int_equal(w.start.prec, p0);
  assert_int_equal(w.end.prec, p1);
  assert_int_equal(w.interval, interval);
  annals_when_format(&w, buf, sizeof buf);
  assert_string_equal(buf, expect_fmt);
}

static void test_parse_valid(void **state) {
  (void)state;
  check_ok("2024", "2024", ANNALS_PREC_YEAR, ANNALS_PREC_YEAR, 0);
  check_ok("2024-01", "2024-01", ANNALS_PREC_MONTH, ANNALS_PREC_MONTH, 0);
  check_ok("2024-02-29", "2024-02-29", ANNALS_PREC_DAY, ANNALS_PREC_DAY, 0);
  check_ok("2025-05-07/2025-05-10", "2025-05-07/2025-05-10", ANNALS_PREC_DAY,
           ANNALS_PREC_DAY, 1);
  check_ok("2023-10/2025", "2023-10/2025", ANNALS_PREC_MONTH,
           ANNALS_PREC_YEAR, 1);
  check_ok("-0043-03-15", "-0043-03-15", ANNALS_PREC_DAY, ANNALS_PREC_DAY, 0);
  check_ok("0000", "0000", ANNALS_PREC_YEAR, ANNALS_PREC_YEAR, 0);
  check_ok("unknown", "unknown", ANNALS_PREC_NONE, ANNALS_PREC_NONE, 0);
}

static void check_err(const char *s, const char *msg, size_t at) {
  annals_when w;
  char err[200];
  size_t err_at = 999;
  assert_int_equal(annals_when_parse(s, &w, err, sizeof err, &err_at),
                   ANNALS_ERR_INPUT);
  assert_string_equal(err, msg);
  assert_int_equal(err_at, at);
}

static void test_parse_invalid(void **state) {
  (void)state;
  check_err("2024-13-02", "month 13 out of range in date '2024-13-02'", 5);
  check_err("2023-02-29",
            "day 29 out of range in date '2023-02-29' (February 2023 has 28 "
            "days)",
            8);
  check_err("2024-04-31",
            "day 31 out of range in date '2024-04-31' (April 2024 has 30 days)",
            8);
  check_err("2024-01-00", "day 0 out of range in date '2024-01-00'", 8);
  check_err("24-01-02", "year must have four digits in date '24-01-02'", 2);
  check_err("May 2024",
            "invalid date 'May 2024': expected YYYY, YYYY-MM or YYYY-MM-DD", 0);
  check_err("2024-1-5",
            "invalid date '2024-1-5': expected YYYY, YYYY-MM or YYYY-MM-DD", 4);
  check_err("2024-01-16T10:00",
            "invalid date '2024-01-16T10:00': unexpected text after "
            "YYYY-MM-DD",
            10);
  check_err("2025-05-10/2025-05-07",
            "interval ends before it starts in date '2025-05-10/2025-05-07'",
            11);
  check_err("2025/2026/2027", "interval '2025/2026/2027' has more than one '/'",
            9);
  check_err("", "invalid date '': expected YYYY, YYYY-MM or YYYY-MM-DD", 0);
}

static void test_order(void **state) {
  (void)state;
  annals_when a, b, u;
  annals_when_parse("2024-01", &a, NULL, 0, NULL);
  annals_when_parse("2024-01-16", &b, NULL, 0, NULL);
  annals_when_parse("unknown", &u, NULL, 0, NULL);
  assert_true(annals_when_cmp(&a, &b) < 0); /* same first day, ends later? */
  assert_true(annals_when_cmp(&u, &a) < 0);
  assert_int_equal(annals_when_cmp(&a, &a), 0);
  annals_when c;
  annals_when_parse("2024", &c, NULL, 0, NULL);
  annals_date_format(&c.start, (char[16]){0}, 16);
  assert_int_equal(annals_date_last_day(&c.start) -
                       annals_date_first_day(&c.start),
                   365);
}

static void test_types(void **state) {
  (void)state;
  assert_string_equal(annals_type_slug(ANNALS_TYPE_FIGHT), "fight");
  assert_int_equal(annals_type_from_slug("mass-violence"),
                   ANNALS_TYPE_MASS_VIOLENCE);
  assert_int_equal(annals_type_from_slug("war"), ANNALS_TYPE_NONE);
  assert_string_equal(annals_type_suggest("fihgt"), "fight");
  assert_string_equal(annals_type_suggest("Consult"), "consult");
  assert_string_equal(annals_type_suggest("diplomatic_cooperation"),
                      "diplomatic-cooperation");
  assert_null(annals_type_suggest("zzzzzzzzzz"));
  assert_int_equal(annals_type_quad(ANNALS_TYPE_CONSULT),
                   ANNALS_QUAD_VERBAL_COOPERATION);
  assert_int_equal(annals_type_quad(ANNALS_TYPE_AID),
                   ANNALS_QUAD_MATERIAL_COOPERATION);
  assert_int_equal(annals_type_quad(ANNALS_TYPE_THREATEN),
                   ANNALS_QUAD_VERBAL_CONFLICT);
  assert_int_equal(annals_type_quad(ANNALS_TYPE_FIGHT),
                   ANNALS_QUAD_MATERIAL_CONFLICT);
  assert_null(annals_type_slug(ANNALS_TYPE_NONE));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_leap_years),  cmocka_unit_test(test_day_numbers),
      cmocka_unit_test(test_parse_valid), cmocka_unit_test(test_parse_invalid),
      cmocka_unit_test(test_order),       cmocka_unit_test(test_types),
  };
  return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
