/*
 * dates/datelines.h - datelines and chronology lines (dates/dct.c), the
 * part of the date stage the event stage reads: a date that dates the
 * text is no event's, and lines that each open with a date are a
 * chronology's entries.
 */
#ifndef ANNALS_DATES_DATELINES_H
#define ANNALS_DATES_DATELINES_H

#include "annals.h"

#include <stdbool.h>
#include <stddef.h>

/* Is the date at text[s..e) a dateline?  2: it opens its line ("May 8,
 * 2018 - "), 1: after a place ("DOHA, March 14, 2025 - "), 0: no. */
int tx_dateline_kind(const char *text, size_t len, size_t s, size_t e);
/* A dateline that dates the text: after a place, or opening its line in
 * a text with fewer than two such lines (line_dates: their count). */
bool tx_is_dateline(const char *text, size_t len, size_t s, size_t e,
                    size_t line_dates);
/* Lines that open with a date and a dash among items (counts up to 2):
 * two or more make a chronology, each line dated by its own date. */
size_t tx_count_line_dates(const char *text, size_t len,
                           const annals_timex *items, size_t n_items);

#endif
