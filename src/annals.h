/*
 * annals.h - the public interface of libannals.
 *
 * annals turns news text into a timeline of dated events and draws it.
 * The library is a pipeline of stages around one data model:
 *
 *   text -> sentences -> date mentions -> events -> YAML <-> model
 *        -> layout -> drawing
 *
 * This header covers the model, dates, diagnostics, YAML I/O, the date
 * finder, extraction and layout.  Drawing with cairo and pango lives in
 * annals_render.h so that embedders who only extract need neither.
 *
 * Rules that hold for every function here:
 *  - The library never prints, never exits, never reads the clock, the
 *    locale or the environment.
 *  - Fallible functions return an annals_status and append what went wrong
 *    to an annals_diags list when one is given (it may be NULL).
 *  - Memory is allocated with GLib's allocator, which aborts on exhaustion;
 *    callers never check for NULL from a constructor.
 *  - Strings reachable from an annals_timeline are owned by it and stay
 *    valid until annals_timeline_free().
 */
#ifndef ANNALS_H
#define ANNALS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ANNALS_VERSION "0.1.0"
/* Version of the YAML event record format written and accepted. */
#define ANNALS_RECORD_VERSION 1

/* ------------------------------------------------------------------ */
/* Status codes.  The numbers are stable forever.                      */
/* ------------------------------------------------------------------ */

typedef enum {
  ANNALS_OK = 0,
  ANNALS_ERR_NOMEM = 1,  /* a size cap was hit or cairo ran out of memory */
  ANNALS_ERR_IO = 2,     /* a file could not be read or written */
  ANNALS_ERR_INPUT = 3,  /* malformed text or YAML; details in the diags */
  ANNALS_ERR_ARG = 4,    /* a caller passed an invalid argument */
  ANNALS_ERR_RENDER = 5, /* drawing failed (fonts, cairo) */
} annals_status;

/* A static, lowercase description of a status.  Never NULL. */
const char *annals_strerror(annals_status st);

/* ------------------------------------------------------------------ */
/* Diagnostics                                                          */
/* ------------------------------------------------------------------ */

typedef enum { ANNALS_SEV_ERROR = 0, ANNALS_SEV_WARNING = 1 } annals_severity;

/* One problem found in an input.  line and column are 1-based; 0 means
 * unknown.  offset is a byte offset into the input, or SIZE_MAX when the
 * problem has no position.  message is lowercase, has no final period and
 * quotes the offending value: "month 13 out of range in date '2024-13-02'". */
typedef struct {
  annals_severity severity;
  const char *file; /* borrowed from the caller; may be NULL */
  unsigned line, column;
  size_t offset;
  char message[320];
} annals_diag;

/* A growable list of diagnostics.  Caller-owned: initialise with
 * annals_diags_init(), release with annals_diags_release(). */
typedef struct {
  annals_diag *items;
  size_t n, cap;
  size_t n_errors, n_warnings;
} annals_diags;

void annals_diags_init(annals_diags *d);
void annals_diags_release(annals_diags *d);
/* Appends a diagnostic (printf-style message).  d may be NULL (no-op). */
void annals_diags_add(annals_diags *d, annals_severity sev, const char *file,
                      unsigned line, unsigned column, size_t offset,
                      const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
/* Writes one diagnostic as "FILE:LINE:COL: error: message" (the parts that
 * are known) followed by a newline. */
void annals_diag_print(const annals_diag *dg, FILE *out);
/* Sorts the list by file, line, column (stable), so reports read top down. */
void annals_diags_sort(annals_diags *d);

/* Line and column (1-based, column in bytes) of a byte offset in a text. */
void annals_text_position(const char *text, size_t len, size_t offset,
                          unsigned *line, unsigned *column);

/* ------------------------------------------------------------------ */
/* Dates                                                                */
/* ------------------------------------------------------------------ */

/* Years are astronomical (ISO 8601): year 0 is 1 BCE, -1 is 2 BCE.
 * The calendar is the proleptic Gregorian one throughout. */
#define ANNALS_YEAR_MIN (-9999)
#define ANNALS_YEAR_MAX 9999

typedef enum {
  ANNALS_PREC_NONE = 0, /* unknown date */
  ANNALS_PREC_YEAR = 1,
  ANNALS_PREC_MONTH = 2,
  ANNALS_PREC_DAY = 3,
} annals_prec;

/* A calendar date at a precision.  Fields below the precision are 0. */
typedef struct {
  int y, m, d;
  annals_prec prec;
} annals_date;

/* When an event happened: a point (end equal to start) or an interval whose
 * two ends may have different precisions.  start.prec == ANNALS_PREC_NONE
 * means "unknown". */
typedef struct {
  annals_date start, end;
  bool interval;
} annals_when;

bool annals_is_leap_year(int y);
int annals_days_in_month(int y, int m); /* 0 for a bad month */
/* Days since 1970-01-01 of a valid proleptic Gregorian date, and back. */
int64_t annals_days_from_civil(int y, int m, int d);
void annals_civil_from_days(int64_t days, int *y, int *m, int *d);
/* 0 = Monday ... 6 = Sunday (ISO). */
int annals_weekday(int64_t days);

/* First and last day (as days since the epoch) covered by a date at its
 * precision: 2024-02 covers 2024-02-01 .. 2024-02-29. */
int64_t annals_date_first_day(const annals_date *dt);
int64_t annals_date_last_day(const annals_date *dt);

/* Parses an ISO 8601 date ("2024", "2024-01", "2024-01-16", "-0043-03-15")
 * or interval ("2025-05-07/2025-05-10", ends of any precision) or the word
 * "unknown".  On failure returns ANNALS_ERR_INPUT, writes a message such as
 * "month 13 out of range in date '2024-13-02'" to err and the byte index of
 * the offending character in s to *err_at (both may be NULL). */
annals_status annals_when_parse(const char *s, annals_when *out, char *err,
                                size_t err_size, size_t *err_at);
/* Formats a date at its precision.  buf should hold 16 bytes; returns the
 * length written ("unknown" for ANNALS_PREC_NONE). */
size_t annals_date_format(const annals_date *dt, char *buf, size_t size);
/* Formats a when as the record writes it; buf should hold 40 bytes. */
size_t annals_when_format(const annals_when *w, char *buf, size_t size);
/* Total order: unknown first, then by first day, then by last day, then by
 * precision (coarser first). */
int annals_when_cmp(const annals_when *a, const annals_when *b);

/* ------------------------------------------------------------------ */
/* Event types: the 20 CAMEO root categories                            */
/* ------------------------------------------------------------------ */

/* The enum value is the CAMEO root code. */
typedef enum {
  ANNALS_TYPE_NONE = 0,
  ANNALS_TYPE_STATEMENT = 1,
  ANNALS_TYPE_APPEAL = 2,
  ANNALS_TYPE_INTEND_COOPERATION = 3,
  ANNALS_TYPE_CONSULT = 4,
  ANNALS_TYPE_DIPLOMATIC_COOPERATION = 5,
  ANNALS_TYPE_MATERIAL_COOPERATION = 6,
  ANNALS_TYPE_AID = 7,
  ANNALS_TYPE_YIELD = 8,
  ANNALS_TYPE_INVESTIGATE = 9,
  ANNALS_TYPE_DEMAND = 10,
  ANNALS_TYPE_DISAPPROVE = 11,
  ANNALS_TYPE_REJECT = 12,
  ANNALS_TYPE_THREATEN = 13,
  ANNALS_TYPE_PROTEST = 14,
  ANNALS_TYPE_FORCE_POSTURE = 15,
  ANNALS_TYPE_REDUCE_RELATIONS = 16,
  ANNALS_TYPE_COERCE = 17,
  ANNALS_TYPE_ASSAULT = 18,
  ANNALS_TYPE_FIGHT = 19,
  ANNALS_TYPE_MASS_VIOLENCE = 20,
} annals_type;
#define ANNALS_TYPE_COUNT 21

/* The quad classes of CAMEO (as GDELT numbers them). */
typedef enum {
  ANNALS_QUAD_NONE = 0,
  ANNALS_QUAD_VERBAL_COOPERATION = 1,   /* 01-05 */
  ANNALS_QUAD_MATERIAL_COOPERATION = 2, /* 06-09 */
  ANNALS_QUAD_VERBAL_CONFLICT = 3,      /* 10-14 */
  ANNALS_QUAD_MATERIAL_CONFLICT = 4,    /* 15-20 */
} annals_quad;

/* "fight" for ANNALS_TYPE_FIGHT; NULL for ANNALS_TYPE_NONE or out of range. */
const char *annals_type_slug(annals_type t);
/* ANNALS_TYPE_NONE when the slug is unknown. */
annals_type annals_type_from_slug(const char *slug);
/* The closest known slug by edit distance, or NULL if none is close. */
const char *annals_type_suggest(const char *slug);
annals_quad annals_type_quad(annals_type t);
/* "verbal-cooperation", ... ; NULL for ANNALS_QUAD_NONE. */
const char *annals_quad_slug(annals_quad q);

/* ------------------------------------------------------------------ */
/* The timeline model                                                   */
/* ------------------------------------------------------------------ */

/* Where an event was read: a sentence of a text file.  offset and length
 * are in bytes; -1 when unknown. */
typedef struct {
  const char *text; /* the sentence; may be NULL */
  const char *file; /* may be NULL */
  long long offset, length;
} annals_source;

/* How the document date of a text was obtained. */
typedef enum {
  ANNALS_DCT_NONE = 0,     /* no document date: relative dates unresolved */
  ANNALS_DCT_GIVEN = 1,    /* --dct on the command line */
  ANNALS_DCT_DATELINE = 2, /* a dateline or publication line in the text */
  ANNALS_DCT_INFERRED = 3, /* from consistent date pairs in the text */
} annals_dct_source;

typedef struct {
  annals_date date; /* prec NONE when there is no DCT */
  annals_dct_source how;
  const char *note; /* free text: why this DCT; may be NULL */
} annals_dct;

/* One event record.  Plain data: the stages pass it around as is.  Every
 * pointer is owned by the timeline that holds the event. */
typedef struct {
  const char *id;
  annals_when when;
  bool approximate;
  const char *title;
  annals_type type;
  const char *cameo; /* finer CAMEO code such as "195", or NULL */
  const char **actors;
  size_t n_actors;
  const char *location; /* or NULL */
  annals_source source; /* source.text == NULL && file == NULL: none */
  annals_source *mentions; /* further sentences telling the same event */
  size_t n_mentions;
  double confidence; /* 0..1, or -1 when not given */
  const char **tags;
  size_t n_tags;
  const char *notes; /* or NULL */
  /* Where the record starts in the YAML it was read from (1-based), or 0. */
  const char *yaml_file;
  unsigned yaml_line, yaml_column;
} annals_event;

typedef struct annals_timeline annals_timeline;

/* A new, empty timeline.  Free with annals_timeline_free(). */
annals_timeline *annals_timeline_new(void);
/* Frees the timeline and every string and array it owns.  NULL is a no-op. */
void annals_timeline_free(annals_timeline *t);

/* Chart-level fields; each may be NULL. */
const char *annals_timeline_title(const annals_timeline *t);
const char *annals_timeline_subtitle(const annals_timeline *t);
const char *annals_timeline_source(const annals_timeline *t);
const annals_dct *annals_timeline_dct(const annals_timeline *t);
/* Setters copy the string (NULL clears). */
void annals_timeline_set_title(annals_timeline *t, const char *s);
void annals_timeline_set_subtitle(annals_timeline *t, const char *s);
void annals_timeline_set_source(annals_timeline *t, const char *s);
void annals_timeline_set_dct(annals_timeline *t, const annals_date *date,
                             annals_dct_source how, const char *note);

size_t annals_timeline_count(const annals_timeline *t);
/* Borrowed pointer to event i; valid until the timeline is changed. */
const annals_event *annals_timeline_get(const annals_timeline *t, size_t i);
annals_event *annals_timeline_get_mut(annals_timeline *t, size_t i);

/* Appends a copy of ev: every string and array is copied into the
 * timeline.  Returns the stored event (valid until the next change). */
annals_event *annals_timeline_add(annals_timeline *t, const annals_event *ev);
/* Copies a string into the timeline's storage (len may be (size_t)-1 for a
 * NUL-terminated string).  NULL gives NULL. */
const char *annals_timeline_intern(annals_timeline *t, const char *s,
                                   size_t len);
/* Appends every event of src to dst (copies). */
void annals_timeline_merge(annals_timeline *dst, const annals_timeline *src);
/* Sorts events by (when, source offset, title, id): a total order. */
void annals_timeline_sort(annals_timeline *t);
/* Makes every id unique by suffixing "-2", "-3"... to repeats, and gives
 * events without an id one made from their date and title. */
void annals_timeline_fix_ids(annals_timeline *t);

/* Makes a slug (lowercase ASCII letters, digits, '-') from a date and a
 * title, at most max bytes (>= 8).  Returns a newly allocated string the
 * caller frees with free(). */
char *annals_slug(const annals_when *w, const char *title, size_t max);

/* Semantic checks on a timeline built in memory: ids present and unique,
 * titles present, dates ordered, confidence in 0..1.  Adds one diagnostic
 * per problem, located at the event's yaml position when it has one. */
annals_status annals_timeline_validate(const annals_timeline *t,
                                       annals_diags *d);

/* ------------------------------------------------------------------ */
/* YAML I/O (the event record)                                          */
/* ------------------------------------------------------------------ */

/* Limits applied when reading YAML (bounded memory on hostile input). */
#define ANNALS_YAML_MAX_BYTES (64u << 20) /* 64 MiB of YAML */
#define ANNALS_YAML_MAX_DEPTH 64

/* Reads a record from a buffer (not NUL-terminated necessarily).  name is
 * used in diagnostics and kept borrowed.  Every problem found is added to d
 * (errors and warnings); the reader goes on after an error where it can, so
 * one run reports them all.  On success (no errors) *out receives a new
 * timeline owned by the caller; on failure *out is NULL and the status is
 * ANNALS_ERR_INPUT. */
annals_status annals_timeline_read_yaml(const char *buf, size_t len,
                                        const char *name,
                                        annals_timeline **out,
                                        annals_diags *d);
/* Writes the timeline as a record: fixed key order, block style, UTF-8
 * without escapes.  Returns ANNALS_ERR_IO when the stream fails. */
annals_status annals_timeline_write_yaml(const annals_timeline *t, FILE *out,
                                         annals_diags *d);

/* ------------------------------------------------------------------ */
/* Files                                                                */
/* ------------------------------------------------------------------ */

/* Reads a whole file ("-" is standard input) into a new NUL-terminated
 * buffer the caller frees with free().  Refuses directories and inputs
 * over max bytes (ANNALS_ERR_NOMEM).  Errors name the file. */
annals_status annals_read_file(const char *path, size_t max, char **buf,
                               size_t *len, annals_diags *d);

/* Atomic output: writes go to a temporary file beside path, which
 * annals_output_commit() flushes, fsyncs and renames over path.  A path of
 * NULL or "-" writes to standard output directly. */
typedef struct {
  FILE *fp;
  char *path; /* final path, NULL for stdout */
  char *tmp;  /* temporary path */
} annals_output;

/* Opens an output.  With no_clobber set, an existing path is an error.
 * Refuses to write over any of the inputs (paths compared by device and
 * inode). */
annals_status annals_output_open(annals_output *o, const char *path,
                                 bool no_clobber, const char *const *inputs,
                                 size_t n_inputs, annals_diags *d);
/* Finishes an output: on success renames into place.  On any write error
 * removes the temporary file and returns ANNALS_ERR_IO. */
annals_status annals_output_commit(annals_output *o, annals_diags *d);
/* Abandons an output: removes the temporary file.  Safe after commit. */
void annals_output_abort(annals_output *o);

/* ------------------------------------------------------------------ */
/* Dates in text (timex.c): see the dates section below.                */
/* ------------------------------------------------------------------ */

typedef enum {
  ANNALS_TIMEX_DATE = 0,
  ANNALS_TIMEX_TIME = 1,
  ANNALS_TIMEX_DURATION = 2,
  ANNALS_TIMEX_SET = 3,
} annals_timex_type;

enum annals_timex_flags {
  ANNALS_TIMEX_F_RELATIVE = 1 << 0, /* resolved against the DCT */
  ANNALS_TIMEX_F_ANCHORED = 1 << 1, /* resolved against another date */
  ANNALS_TIMEX_F_FUZZY = 1 << 2,    /* "early 2024", "about May" */
  ANNALS_TIMEX_F_UNRESOLVED = 1 << 3, /* value holds X placeholders */
};

/* One temporal expression found in a text. */
typedef struct {
  size_t start, end; /* byte offsets into the text, end exclusive */
  annals_timex_type type;
  char value[48]; /* TIMEX3 value: "2024-01", "XXXX-05-09", "P1Y", ... */
  /* The calendar period the value names, when it names one (DATE values
   * down to day precision, weeks and quarters as intervals); otherwise
   * start.prec == ANNALS_PREC_NONE. */
  annals_when when;
  unsigned flags; /* enum annals_timex_flags */
} annals_timex;

typedef struct {
  annals_date dct; /* prec NONE: infer it from the text, else none */
  bool day_first;  /* numeric dates 05/09/2025 read as day/month */
} annals_dates_opts;

/* The expressions found in one text, in order of start offset. */
typedef struct {
  annals_timex *items;
  size_t n, cap;
  annals_date dct; /* the DCT used (prec NONE if none) */
  annals_dct_source dct_how;
  char dct_note[160];
} annals_timexes;

void annals_timexes_init(annals_timexes *x);
void annals_timexes_release(annals_timexes *x);

/* Finds and normalises every temporal expression of text[0..len).  text
 * must be valid UTF-8 (annals_utf8_check).  Appends to out, which the
 * caller initialised. */
annals_status annals_dates_find(const char *text, size_t len,
                                const annals_dates_opts *o,
                                annals_timexes *out, annals_diags *d);

/* TIMEX3 type name: "DATE", "TIME", "DURATION", "SET". */
const char *annals_timex_type_name(annals_timex_type t);

/* Returns the byte offset of the first invalid UTF-8 sequence of
 * s[0..len), or len when it is all valid. */
size_t annals_utf8_check(const char *s, size_t len);

/* ---- dates (timex.c) : further declarations go below this line ---- */

/* ---- extraction (extract.c) : declarations go below this line ---- */

/* ---- layout (layout.c) : declarations go below this line ---- */

#ifdef __cplusplus
}
#endif

#endif /* ANNALS_H */
