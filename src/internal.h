/*
 * internal.h - private helpers shared by the library's source files.
 * Included first by every .c file of the library.
 */
#ifndef ANNALS_INTERNAL_H
#define ANNALS_INTERNAL_H

#include "annals.h"

#include <glib.h>
#include <string.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define UNUSED(x) ((void)(x))

/* Growth for arrays kept as (items, n, cap): ensures room for one more. */
#define ANNALS_GROW(items, n, cap)                                             \
  do {                                                                         \
    if ((n) >= (cap)) {                                                        \
      (cap) = (cap) ? (cap) * 2 : 8;                                           \
      (items) = g_realloc_n((items), (cap), sizeof(*(items)));                 \
    }                                                                          \
  } while (0)

/* Quotes a value for a message: copies at most 60 bytes of s (cut at a
 * UTF-8 boundary, "..." appended when cut) into buf, replacing control
 * bytes by '?'.  Returns buf. */
const char *annals_quote(const char *s, size_t len, char *buf, size_t size);

/* Levenshtein distance between two short ASCII strings, capped at 99. */
int annals_edit_distance(const char *a, const char *b);

/* Parses a document date "YYYY-MM-DD" (day precision only).  Returns false
 * when s is not one. */
bool annals_parse_day(const char *s, annals_date *out);

/* Writes the decimal digits of v, zero-padded to at least width, at p (no
 * NUL; room for 20 bytes or width); returns how many.  For the hot output
 * paths (dates, offsets), where printf costs more than the rest. */
size_t annals_put_digits(char *p, unsigned long long v, int width);

/* A date as readers write it, the pieces of annals_when_format_human
 * (dates/date.c): "15 Mar 2025", "Mar 2025", "2025" at the date's
 * precision, without the year when with_year is false; a year as "2025"
 * or, for astronomical years before 1, "44 BCE" (-43).  Return the
 * length, as snprintf does. */
size_t annals_date_format_human(const annals_date *d, bool with_year,
                                char *buf, size_t size);
size_t annals_year_format_human(int y, char *buf, size_t size);

#endif
