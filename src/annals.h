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
 *  - What a function hands over is freed one way: an object with its own
 *    _free() function (NULL is a no-op) by that function, every other
 *    buffer, string or array by g_free().
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
  char message[512];
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
/* Formats the date of an event as a reader sees it, at its precision:
 * "7 May 2025", "Jan 2024", "2024", "7-10 May 2025", "c. 2024", "15 Mar 44
 * BCE" (years before 1 as BCE).  buf should hold 64 bytes; returns the
 * length.  The chart's labels and axis ticks are written with it. */
size_t annals_when_format_human(const annals_when *w, bool approximate,
                                char *buf, size_t size);
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
/* The closest known slug by edit distance ("fihgt": "fight"), else the
 * type of a word people use for such events ("rally": "protest",
 * annals_type_synonym), or NULL. */
const char *annals_type_suggest(const char *slug);
/* The type of a common word for an event ("rallies", "clash", "arrest",
 * "ceasefire"), after CAMEO's codebook; NULL when it is not one. */
const char *annals_type_synonym(const char *word);
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
  /* Set by multi-document work (all optional; zero/NULL/-1 when not):
   * the url of the document, the document date its relative dates were
   * resolved against, and, on a mention of an event several documents
   * report (annals merge), the date and confidence this report gave. */
  const char *url;
  annals_date dct;  /* the date of that annals_dct; prec NONE: not recorded */
  annals_when when; /* start.prec NONE: the event's own date */
  double confidence; /* 0 or less: the event's own */
} annals_source;

/* How the document date of a text was obtained. */
typedef enum {
  ANNALS_DCT_NONE = 0,     /* no document date: relative dates unresolved */
  ANNALS_DCT_GIVEN = 1,    /* --dct on the command line */
  ANNALS_DCT_DATELINE = 2, /* a dateline or publication line in the text */
  ANNALS_DCT_INFERRED = 3, /* from consistent date pairs in the text */
} annals_dct_source;

/* The document date (DCT) of a text once it is settled: the one value
 * type for it wherever it has been decided (a timeline's, the date
 * finder's annals_timexes.dct).  Options that only ask for a DCT (the
 * user's --dct: annals_dates_opts.dct, annals_extract_opts.dct) are a
 * plain annals_date, and so is the date a source was read against
 * (annals_source.dct).  The note is borrowed from whatever holds the
 * annals_dct (a timeline, an annals_timexes) and lives as long as it;
 * copying an annals_dct copies the pointer, not the text. */
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
  /* The country each actor belongs to or acts for, parallel to actors:
   * NULL where unknown or the actor is itself a country; the array itself
   * may be NULL.  "Shehbaz Sharif" of Pakistan, "Houthis" of Yemen. */
  const char **actor_countries;
  const char *location; /* or NULL */
  /* The country of the location ("Pakistan" for Balochistan), or NULL. */
  const char *country;
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
  /* The record gave no id: id was made from the date and the title when
   * the file was read (annals fmt writes it out). */
  bool id_derived;
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
/* Sets the timeline's DCT to a copy of *dct (the note is copied too);
 * NULL clears it. */
void annals_timeline_set_dct(annals_timeline *t, const annals_dct *dct);

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
 * caller frees with g_free(). */
char *annals_slug(const annals_when *w, const char *title, size_t max);

/* Do a and b tell the same event?  The test annals extract --update
 * uses to take a text's event for one already in a record: the same
 * type, dates of which one lies within the other, a shared actor when
 * both name actors (the same location when neither does), and the same
 * country when both give one. */
bool annals_events_match(const annals_event *a, const annals_event *b);

/* ---- texts a record was extracted from -------------------------------- */

/* What an event a text gave is known by: enough to tell it again when
 * another text reports it (annals_events_match), after the event itself
 * was deleted from the record. */
typedef struct {
  const char *id; /* the id of the record it became or was added to */
  annals_when when;
  annals_type type;
  const char **actors;
  size_t n_actors;
  const char *country; /* or NULL */
} annals_text_event;

/* One text read by annals extract --update (the 'texts' list). */
typedef struct {
  const char *file;   /* the name it was given under */
  const char *sha256; /* of its bytes: 64 lowercase hex digits */
  annals_text_event *events;
  size_t n_events;
} annals_text_entry;

size_t annals_timeline_text_count(const annals_timeline *t);
const annals_text_entry *annals_timeline_text_get(const annals_timeline *t,
                                                  size_t i);
/* Appends a copy of x (every string and array copied). */
void annals_timeline_add_text(annals_timeline *t, const annals_text_entry *x);

/* The SHA-256 of len bytes as 64 lowercase hex digits and a NUL. */
void annals_sha256_hex(const void *buf, size_t len, char out[65]);

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
/* Editing records: update in place, canonical form                     */
/* ------------------------------------------------------------------ */

/* A record file being updated with the events of new texts.  The update
 * only inserts: every byte of the file stays, in order (records, comments,
 * spacing, quoting); new events go where their date puts them (at the end
 * when the file is not in date order), a new report of an event already
 * in the file becomes an item of its 'mentions', and each text read is
 * listed under 'texts' with its SHA-256 and the events it gave.  A text
 * already listed (same bytes) gives nothing, and an event the file once
 * had from a text and no longer has was dismissed by its reader: a text
 * that tells it again does not bring it back. */
typedef struct annals_record annals_record;

typedef struct {
  size_t added;     /* new events */
  size_t mentions;  /* new mentions of events in the file */
  size_t dismissed; /* events left out: the reader deleted them before */
  size_t texts;     /* new texts listed */
  size_t known;     /* texts read before (same bytes): nothing taken */
} annals_update_stats;

/* Reads a record (buf[0..len), named name in diagnostics: name is kept
 * borrowed and must outlive the record and its diagnostics) to update
 * it; buf NULL means there is no file yet: the result is then a new
 * record.  buf is copied.  Fails with ANNALS_ERR_INPUT when the file has errors
 * (in d).  On success *out is a new record; free with
 * annals_record_free(). */
annals_status annals_record_open(const char *buf, size_t len,
                                 const char *name, annals_record **out,
                                 annals_diags *d);
/* The record as read (borrowed; its events and texts as in the file). */
const annals_timeline *annals_record_timeline(const annals_record *r);
/* Was a text with these bytes (sha256) read before?  A record written by
 * plain annals extract lists no texts: there a text whose name (file) one
 * of its events gives as its source counts as read. */
bool annals_record_knows_text(const annals_record *r, const char *file,
                              const char *sha256);
/* Takes the events annals_extract found in a text (found; its title,
 * subtitle, source note and dct serve a new record only).  Does nothing
 * for a text already read.  Never fails on a valid record. */
annals_status annals_record_add_text(annals_record *r, const char *file,
                                     const char *sha256,
                                     const annals_timeline *found,
                                     annals_diags *d);
const annals_update_stats *annals_record_stats(const annals_record *r);
/* The updated file: a new buffer the caller frees with g_free() (NUL
 * terminated, *len bytes).  The result is read back before it is handed
 * over; *changed tells whether it differs from the file read.  Warnings
 * (a mention that could not be written into a flow list) go to d. */
annals_status annals_record_result(annals_record *r, char **out, size_t *len,
                                   bool *changed, annals_diags *d);
void annals_record_free(annals_record *r);

/* The canonical form of a record: what annals_timeline_write_yaml writes
 * for the model read from buf, with the ids made for events without one
 * written out, and every comment put back beside the element it was
 * written with (blank lines before an element or comment kept, one at
 * most).  Formatting the result again gives the same bytes.  Fails with
 * ANNALS_ERR_INPUT when the file has errors, or unknown keys that the
 * canonical form would drop (both in d).  On success *out is a new buffer
 * the caller frees with g_free(). */
annals_status annals_record_format(const char *buf, size_t len,
                                   const char *name, char **out,
                                   size_t *out_len, annals_diags *d);

/* Writes a unified diff (3 lines of context) turning a into b, headed
 * "--- label_a" and "+++ label_b", to out.  Returns the number of lines
 * removed plus added (0: the texts are equal, nothing is written). */
size_t annals_diff(const char *a, size_t alen, const char *b, size_t blen,
                   const char *label_a, const char *label_b, FILE *out);

/* ------------------------------------------------------------------ */
/* Files                                                                */
/* ------------------------------------------------------------------ */

/* Reads a whole file ("-" is standard input) into a new NUL-terminated
 * buffer the caller frees with g_free().  Refuses directories and inputs
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
/* Sentences (src/text/sentence.c): the one splitter, whose spans the   */
/* date finder and the extraction both read                             */
/* ------------------------------------------------------------------ */

/* A sentence is a byte span of the text.  Lines that do not end with
 * final punctuation (headlines, bylines, captions) are units of their
 * own, flagged ANNALS_SENT_LINE.  A blank line ends a paragraph; in a text
 * without blank lines, so does every line that ends a sentence. */
enum annals_sent_flags {
  ANNALS_SENT_LINE = 1 << 0,       /* a line without final punctuation */
  ANNALS_SENT_PARA_START = 1 << 1, /* first unit of a paragraph */
  ANNALS_SENT_CAPTION = 1 << 2,    /* a photo caption: "X (left) at ..." */
  ANNALS_SENT_DATELINE = 1 << 3,   /* "WASHINGTON, Feb 3 (Reuters) -" */
};

typedef struct {
  size_t start, end; /* bytes, end exclusive, surrounding space trimmed */
  unsigned flags;    /* enum annals_sent_flags */
  size_t para;       /* paragraph number, from 0 */
} annals_sentence;

/* Splits text[0..len) into sentences.  Returns their number and stores a
 * new array in *out that the caller frees with g_free(). */
size_t annals_sentences_split(const char *text, size_t len,
                              annals_sentence **out);

/* ------------------------------------------------------------------ */
/* Dates in text: the date finder (src/dates/)                          */
/* ------------------------------------------------------------------ */

typedef enum {
  ANNALS_TIMEX_DATE = 0,
  ANNALS_TIMEX_TIME = 1,
  ANNALS_TIMEX_DURATION = 2,
  ANNALS_TIMEX_SET = 3,
} annals_timex_type;

/* Flags of annals_timex (annals_timex.flags), and what goes with them:
 *  - type DURATION already says "a length of time" ("for two years", "the
 *    past two years"); its when is unknown.  DATE/TIME are points or
 *    periods, SET a recurrence ("weekly", value P1W).
 *  - F_REF: the value is PAST_REF, PRESENT_REF or FUTURE_REF.
 *  - F_NARRATIVE: a missing year was taken from the last explicit date of
 *    the text (history style) rather than from the DCT.
 *  - F_PAST / F_FUTURE: the tense read around the expression, which chose
 *    the direction of a weekday or a month without a year.
 *  - F_APPROX: "about two years", "nearly a week" (durations).
 *  - F_START / F_MID / F_END: "early 2024", "mid-May", "the end of 2024"
 *    (value and when name the whole period; F_FUZZY is set too). */
enum annals_timex_flags {
  ANNALS_TIMEX_F_RELATIVE = 1 << 0, /* resolved against the DCT */
  ANNALS_TIMEX_F_ANCHORED = 1 << 1, /* resolved against another date */
  ANNALS_TIMEX_F_FUZZY = 1 << 2,    /* "early 2024", "about May" */
  ANNALS_TIMEX_F_UNRESOLVED = 1 << 3, /* value holds X placeholders */
  ANNALS_TIMEX_F_REF = 1 << 4,
  ANNALS_TIMEX_F_NARRATIVE = 1 << 5,
  ANNALS_TIMEX_F_PAST = 1 << 6,
  ANNALS_TIMEX_F_FUTURE = 1 << 7,
  ANNALS_TIMEX_F_APPROX = 1 << 8,
  ANNALS_TIMEX_F_START = 1 << 9,
  ANNALS_TIMEX_F_MID = 1 << 10,
  ANNALS_TIMEX_F_END = 1 << 11,
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
  /* What the value was resolved against: the byte offset (start) of the
   * expression of the text it was anchored on (F_ANCHORED: "the next
   * day" after "May 9, 1940"; "June 10" in a paragraph told as history
   * takes its year from the story's last date), or ANNALS_TIMEX_NO_ANCHOR
   * (resolved against the DCT, F_RELATIVE, or needing no anchor). */
  size_t anchor;
} annals_timex;
#define ANNALS_TIMEX_NO_ANCHOR ((size_t)-1)

/* Two expressions of a text that name the same period, given by their
 * start bytes: one resolved against the document date ("last year") and
 * one that states its year ("in January 2024"), as in two tellings of
 * one event.  A caller that knows this lets the DCT be inferred from
 * them (see annals_dates_opts.links). */
typedef struct {
  size_t relative, stated;
} annals_date_link;

typedef struct {
  /* The DCT asked for (--dct), taken as given; prec NONE: infer it from
   * the text, else none.  The settled one is annals_timexes.dct. */
  annals_date dct;
  bool day_first;  /* numeric dates 05/09/2025 read as day/month */
  /* Pairs that name the same period (byte starts in the text fed), used
   * like the pairs a sentence states ("in January 2024, last year") when
   * the DCT is inferred; the caller keeps them alive. */
  const annals_date_link *links;
  size_t n_links;
} annals_dates_opts;

/* The expressions found in one text, in order of start offset. */
typedef struct {
  annals_timex *items;
  size_t n, cap;
  /* The DCT the expressions were resolved against (date.prec NONE if
   * none), with how it was settled; dct.note is owned by the timexes. */
  annals_dct dct;
} annals_timexes;

void annals_timexes_init(annals_timexes *x);
/* Frees the items and dct.note; x is empty (as after init) afterwards. */
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

/* How annals_dates_find() reads a text (details in src/dates/).  Its
 * sentences and paragraphs are those of annals_sentences_split().
 *  - Spans follow TimeML: determiners and modifiers are in ("the past two
 *    years", "early 2024", "about two years"), leading prepositions out
 *    ("on", "in", "since").  Ages ("52-year-old") and fractions ("a quarter
 *    of") are not expressions; neither are "May" the verb, "March" the
 *    verb, "Sunday Times", "Section 2024", "F-16", "$27", "1,000", scores
 *    and phone numbers.
 *  - Numeric dates: 2025-05-09 is always ISO; 05/09/2025 is month first
 *    unless opts->day_first; 09.05.2025 (dots) is always day first.
 *  - Partial dates ("May 9", "in March", "Friday", "the third quarter")
 *    take their year or week from the DCT and the tense of the sentence
 *    (past: the last such date, future: the next; a month-day up to two
 *    months after the DCT stays in the DCT year even in a past sentence;
 *    no tense: the nearest), or from the narrative time: the year of a
 *    date stated in the same sentence, or in the previous one when the
 *    expression opens its sentence ("... on March 3, 1990. On May 9, ...")
 *    (F_NARRATIVE).  Without a DCT the narrative year is used whenever
 *    there is one; otherwise values keep X ("XXXX-05-09").
 *  - "a year later", "the following day", "that year", "two weeks after"
 *    resolve against the last date resolved in the text (F_ANCHORED);
 *    with no explicit date in that sentence or the one before, "three
 *    days later", "a week earlier", "two weeks after the strikes" are
 *    durations (P3D, span without the signal word).
 *  - A period that would resolve outside years -9999..9999 ("next year"
 *    on 9999-12-31) is unresolved instead: its year is XXXX
 *    ("XXXX-01-07"), when.start.prec is NONE and F_UNRESOLVED is set.
 *  - "a year ago/earlier", "year-earlier", "the year-ago quarter" name the
 *    year-ago quarter while a quarter is under discussion (earnings
 *    reports), else the year.
 *  - DCT when none is given: a publication line or dateline near the top
 *    ("Published: May 27, 2025", "WASHINGTON, May 27 (Reuters) -", a short
 *    line holding a full date); else the page's address on a line of its
 *    own at the top ("https://news.example/2025/05/27/..."); else a date
 *    pair in apposition ("in January 2024, last year" gives 2025, year
 *    precision only); else a weekday told with its date, or a caption's
 *    date of a day the text tells of by its weekday; else none.  Never
 *    the clock, and never a day before one the text tells of.
 *    out->dct.how and dct.note say which. */


/* Incremental date finding, for texts read in pieces (memory independent
 * of the text length).  Each piece should end at a paragraph or sentence
 * boundary: an expression cut by a piece boundary is not found whole.  The
 * DCT is settled on the first piece (dateline, or consistent pairs within
 * it) and the narrative reference time (the last explicit date) carries
 * from piece to piece.  Offsets in out are from the start of the whole
 * text.  Create with annals_dates_stream_new() (o is copied; NULL means
 * defaults), free with annals_dates_stream_free() (NULL is a no-op). */
typedef struct annals_dates_stream annals_dates_stream;
annals_dates_stream *annals_dates_stream_new(const annals_dates_opts *o);
/* Finds the expressions of the next piece, appending them to out and
 * setting out->dct.  The piece must be valid UTF-8.  Its sentences and
 * paragraphs are those annals_sentences_split() cuts it into; a piece
 * opens a new sentence, and a new paragraph after a piece that ended with
 * a line end (else its first paragraph continues the last one). */
annals_status annals_dates_stream_feed(annals_dates_stream *s,
                                       const char *text, size_t len,
                                       annals_timexes *out, annals_diags *d);
/* The same for a caller that has split the piece already: sents[0..n)
 * are its sentences as annals_sentences_split() gives them (offsets into
 * text, in order; borrowed for the call). */
annals_status annals_dates_stream_feed_sentences(
    annals_dates_stream *s, const char *text, size_t len,
    const annals_sentence *sents, size_t n, annals_timexes *out,
    annals_diags *d);
void annals_dates_stream_free(annals_dates_stream *s);

/* ------------------------------------------------------------------ */
/* Extraction (src/events/)                                             */
/* ------------------------------------------------------------------ */

/* The gazetteer: named actors and places (countries, demonyms, capitals,
 * regions, organisations, armed groups, persons).  The bundled one comes
 * from events/gazetteer.yaml; users add files of the same format. */
typedef struct annals_gazetteer annals_gazetteer;
/* A new gazetteer holding the bundled entries. */
annals_gazetteer *annals_gazetteer_new(void);
/* Adds the entries of a gazetteer file (buf need not be NUL-terminated).
 * Problems go to d with name:line:col; on error nothing is added. */
annals_status annals_gazetteer_add(annals_gazetteer *g, const char *buf,
                                   size_t len, const char *name,
                                   annals_diags *d);
size_t annals_gazetteer_count(const annals_gazetteer *g);
void annals_gazetteer_free(annals_gazetteer *g);

/* The frame lexicon: which predicates (verbs and event nouns, with the
 * particles, prepositions or objects they need) report events of which
 * CAMEO type, from events/frames.yaml plus user files of the same
 * format.  A user frame with the same predicate and constraints as a
 * bundled one replaces it. */
typedef struct annals_lexicon annals_lexicon;
annals_lexicon *annals_lexicon_new(void);
annals_status annals_lexicon_add(annals_lexicon *lx, const char *buf,
                                 size_t len, const char *name,
                                 annals_diags *d);
size_t annals_lexicon_count(const annals_lexicon *lx);
void annals_lexicon_free(annals_lexicon *lx);

typedef struct {
  /* The DCT asked for (--dct), taken as given; prec NONE: inferred from
   * the text, if it can be.  The settled one is the timeline's. */
  annals_date dct;
  const char *file;     /* source file named in the events; may be NULL */
  bool keep_undated;    /* keep undated events with an unknown date */
  const annals_gazetteer *gazetteer; /* NULL: the bundled one */
  const annals_lexicon *lexicon;     /* NULL: the bundled one */
  const struct annals_model *model;  /* NULL: the builtin one */
  /* Events less sure than this are left out; 0 means the default
   * (ANNALS_MIN_CONFIDENCE), a negative value keeps everything. */
  double min_confidence;
  /* When set, called with one line of text per event frame found (what
   * the sentence's tree gave: predicate, frame, roles, date, confidence),
   * for lexicon work and debugging. */
  void (*trace)(void *ctx, const char *line);
  void *trace_ctx;
} annals_extract_opts;

#define ANNALS_MIN_CONFIDENCE 0.3

/* Finds the events of text[0..len) (UTF-8; CRLF accepted) and appends
 * them to out, whose dct is set when it has none yet.  Events are merged
 * (one record per event, further sentences as mentions), given ids and
 * sorted.  Returns ANNALS_ERR_INPUT for invalid UTF-8 (with a diag). */
annals_status annals_extract(const char *text, size_t len,
                             const annals_extract_opts *o,
                             annals_timeline *out, annals_diags *d);

/* ---- many documents: streams, merging, salience ----------------------- */

/* One document of a stream: a line {"id", "date", "url", "title", "text"}
 * of JSON (other keys are skipped).  Strings are owned (NUL-terminated;
 * NULL when absent or null); text is required. */
typedef struct {
  char *id, *url, *title, *text;
  size_t text_len;
  annals_date date; /* prec NONE: not given */
} annals_jdoc;

/* Parses one line (line[0..len), without its newline) of a stream named
 * name, lineno its 1-based line number for diagnostics
 * ("name:line:column: error: ..."). On success fills *out (release with
 * annals_jdoc_release()); on failure *out is empty and the status is
 * ANNALS_ERR_INPUT. */
annals_status annals_jdoc_parse(const char *line, size_t len, const char *name,
                                unsigned lineno, annals_jdoc *out,
                                annals_diags *d);
void annals_jdoc_release(annals_jdoc *doc);

/* Writes one event as one line of JSON (id, date, title, type, actors,
 * location, country, confidence, source and mentions, each source with
 * its document id "doc", url, byte offset and length, document date). */
annals_status annals_event_write_json(const annals_event *e, FILE *out);

/* Merges timelines into a new one (free with annals_timeline_free()):
 * every report (source or mention) of the same event from any input
 * becomes part of one record, which keeps each report's document, url,
 * offset, document date and, where it differs, its date and confidence.
 * Reports tell the same event when their records have the same type and
 * initiator (first actor, else location) and one date lies within the
 * other.  The record's date is the most precise one every report agrees
 * with; conflicting dates are noted (notes), never averaged; confidence
 * rises with the number of documents.  Associative and independent of
 * the order of the inputs; the chart text is left empty. */
annals_timeline *annals_timelines_merge(const annals_timeline *const *in,
                                        size_t n);

/* Salience: the days of t's events ranked by the number of documents
 * that report an event of that day (sources and mentions), then by the
 * number of reports, then by confidence, then earliest first.  Returns a
 * new timeline (free with annals_timeline_free()) holding the events of
 * the top most salient days, in t's order, with t's chart text.  Events
 * not dated to one day are left out. */
annals_timeline *annals_timeline_top(const annals_timeline *t, size_t top);

/* Sets the chart text of a timeline drawn from several documents: the
 * title names the places most events happened in ("Events in Sudan and
 * Chad"), the subtitle the span of the events and the number of
 * documents, the source note the outlets (hosts of the urls, else file
 * names without folders) and the span of the publication dates. */
void annals_timeline_chart_text(annals_timeline *t);

/* ------------------------------------------------------------------ */
/* English analysis (src/nlp/)                                          */
/* ------------------------------------------------------------------ */

/* Statistical analysis of English text: words (tokenization as in the UD
 * English Web Treebank), part-of-speech tags (UPOS and Penn Treebank
 * XPOS), lemmas and a dependency tree with Universal Dependencies v2
 * relations.  The tagger and parser are averaged perceptrons whose
 * weights come from a model file, trained from a treebank by
 * `make model`; the library carries one (the "builtin" model, trained on
 * the UD English Web Treebank, CC BY-SA 4.0). */
typedef struct annals_model annals_model;

/* Reads a model file (mapped into memory, not copied).  Every part is
 * checked, so a truncated or corrupt file is an error naming the file,
 * never a crash.  On success *out is a new model the caller frees with
 * annals_model_free(). */
annals_status annals_model_load(const char *path, annals_model **out,
                                annals_diags *d);
/* The same from a buffer, which is copied; name is used in messages. */
annals_status annals_model_read(const void *buf, size_t len, const char *name,
                                annals_model **out, annals_diags *d);
/* The model built into the library, or NULL when it was built without
 * one.  Owned by the library; never free it. */
const annals_model *annals_model_builtin(void);
void annals_model_free(annals_model *m);
/* What the model says of itself ("key: value" lines): its data, licence,
 * training options.  Owned by the model. */
const char *annals_model_about(const annals_model *m);

/* One word of an analysed text. */
enum annals_word_flags {
  ANNALS_WORD_SPACE_AFTER = 1 << 0, /* whitespace follows it in the text */
  ANNALS_WORD_MWT = 1 << 1,         /* part of a split token: do + n't */
  ANNALS_WORD_MWT_FIRST = 1 << 2,   /* the first part of one */
};

typedef struct {
  size_t start, end;  /* bytes of the word in the text */
  const char *lemma;  /* owned by the doc */
  const char *upos;   /* "NOUN"; static */
  const char *xpos;   /* "NN"; static */
  const char *deprel; /* "nsubj:pass", or NULL when not parsed; static */
  long head;          /* index of the head word, -1 for the root of its
                         sentence, -2 when not parsed */
  size_t sentence;    /* index of its sentence */
  unsigned flags;     /* enum annals_word_flags */
} annals_word;

typedef struct {
  size_t start, end; /* bytes of the sentence */
  size_t first, n;   /* its words: words[first .. first + n) */
  unsigned flags;    /* enum annals_sent_flags */
  size_t para;       /* paragraph number, from 0 */
  bool parsed;
} annals_doc_sentence;

/* An analysed text.  text is borrowed from the caller and must outlive
 * the doc. */
typedef struct annals_doc annals_doc;
struct annals_doc {
  const char *text;
  size_t len;
  annals_word *words;
  size_t n_words;
  annals_doc_sentence *sents;
  size_t n_sents;
  void *priv;
};

enum annals_analyse_flags {
  ANNALS_ANALYSE_TAG = 1 << 0,   /* tags and lemmas */
  ANNALS_ANALYSE_PARSE = 1 << 1, /* dependency trees (implies TAG) */
};

/* Splits text[0..len) (valid UTF-8) into sentences and words and, as
 * what asks, tags and parses them.  On success *out is a new doc the
 * caller frees with annals_doc_free(). */
annals_status annals_analyse(const annals_model *m, const char *text,
                             size_t len, unsigned what, annals_doc **out,
                             annals_diags *d);
/* Parses sentence i of a tagged doc (a no-op when it is parsed). */
void annals_doc_parse_sentence(const annals_model *m, annals_doc *doc,
                               size_t i);
void annals_doc_free(annals_doc *doc);
/* Writes the doc in CoNLL-U, one block per sentence with its "# text"
 * (https://universaldependencies.org/format.html); sentences not parsed
 * have "_" heads.  Returns ANNALS_ERR_IO when the stream fails. */
annals_status annals_doc_write_conllu(const annals_doc *doc, FILE *out);

/* ------------------------------------------------------------------ */
/* Layout (src/layout/)                                                 */
/* ------------------------------------------------------------------ */

/* Layout (scale.c, layout.c, dlist.c, measure_est.c) is pure computation:
 * a timeline, options and a text measurer in; a display list and the
 * geometry of every axis tick, marker and label out, all in points (72 per
 * inch, y grows downwards).  No cairo or pango here: annals_render.h draws
 * the result. */

/* What a piece of text is set in; sizes and weights come from
 * annals_font_spec_get(). */
typedef enum {
  ANNALS_FONT_TITLE = 0,
  ANNALS_FONT_SUBTITLE,
  ANNALS_FONT_LABEL,      /* event titles */
  ANNALS_FONT_LABEL_DATE, /* the date line of a label (bold) */
  ANNALS_FONT_TICK,
  ANNALS_FONT_LEGEND,
  ANNALS_FONT_NOTE,       /* source note, "+N more" */
  ANNALS_FONT_LANE,
  ANNALS_FONT_BADGE,      /* the count inside a marker of several events */
  ANNALS_FONT_COUNT
} annals_font_role;

typedef struct {
  double size; /* points */
  bool bold;
} annals_font_spec;

const annals_font_spec *annals_font_spec_get(annals_font_role role);

/* One line of wrapped text: bytes [start, start+len) of the input, without
 * the spaces at the break, and its width in points. */
typedef struct {
  size_t start, len;
  double width;
} annals_line_span;

/* How layout measures text.  Every callback gets ctx back.  width() is the
 * advance width of one line; line_height() the distance between baselines
 * of consecutive lines; wrap() breaks s[0..len) into lines no wider than
 * max_width (between words, or between characters for a word that is
 * wider than a line), writes at most max_lines spans to lines and returns
 * how many lines the whole text needs.  wrap may be NULL: layout then
 * wraps greedily with width(). */
typedef struct {
  double (*width)(void *ctx, annals_font_role role, const char *s,
                  size_t len);
  double (*line_height)(void *ctx, annals_font_role role);
  size_t (*wrap)(void *ctx, annals_font_role role, const char *s, size_t len,
                 double max_width, annals_line_span *lines,
                 size_t max_lines);
  void *ctx;
} annals_measurer;

/* A deterministic measurer from a built-in table of advance widths (Noto
 * Sans-like proportions); needs no fonts.  Used by the tests so that golden
 * layouts do not depend on the fonts installed. */
void annals_measure_est_init(annals_measurer *m);

/* Colour roles of the display list; annals_theme_color() maps them to
 * RGB for a theme. */
typedef enum {
  ANNALS_COLOR_BACKGROUND = 0,
  ANNALS_COLOR_INK,   /* titles, label text */
  ANNALS_COLOR_MUTED, /* subtitle, source note, tick labels */
  ANNALS_COLOR_AXIS,
  ANNALS_COLOR_LANE,  /* lane bands and lines */
  ANNALS_COLOR_QUAD_NONE,
  ANNALS_COLOR_QUAD_VERBAL_COOPERATION,
  ANNALS_COLOR_QUAD_MATERIAL_COOPERATION,
  ANNALS_COLOR_QUAD_VERBAL_CONFLICT,
  ANNALS_COLOR_QUAD_MATERIAL_CONFLICT,
  ANNALS_COLOR_COUNT
} annals_color_role;

typedef enum {
  ANNALS_THEME_LIGHT = 0,
  ANNALS_THEME_DARK = 1,
  ANNALS_THEME_PRINT = 2,
} annals_theme;

/* "light", "dark", "print" -> theme; false when the name is unknown. */
bool annals_theme_from_name(const char *name, annals_theme *out);
/* RGB components in 0..1 of a colour role in a theme. */
void annals_theme_color(annals_theme theme, annals_color_role role,
                        double rgb[3]);
/* The colour role of a CAMEO quad class. */
annals_color_role annals_quad_color(annals_quad q);

/* Display list: drawing operations in points, in painting order. */
typedef enum {
  ANNALS_DL_RECT = 0,   /* x, y, w, h */
  ANNALS_DL_LINE = 1,   /* from (x, y) to (x2, y2) */
  ANNALS_DL_CIRCLE = 2, /* centre (x, y), radius r */
  ANNALS_DL_TEXT = 3,   /* one line: top-left (x, y), width w, height h */
} annals_dl_kind;

enum annals_dl_flags {
  ANNALS_DL_F_FILL = 1 << 0,   /* fill with the fill role */
  ANNALS_DL_F_STROKE = 1 << 1, /* stroke with the stroke role */
  ANNALS_DL_F_DASHED = 1 << 2, /* dashed stroke (approximate dates) */
  ANNALS_DL_F_FADED = 1 << 3,  /* approximate: drawn fainter */
  ANNALS_DL_F_RTL = 1 << 4,    /* text whose base direction is RTL */
  ANNALS_DL_F_END = 1 << 5,    /* text set flush right: its right end, x + w,
                                  is the anchor (SVG text-anchor end) */
};

typedef struct {
  annals_dl_kind kind;
  unsigned flags;                      /* enum annals_dl_flags */
  annals_color_role fill, stroke;      /* TEXT uses fill */
  double x, y, w, h, x2, y2, r;
  double line_width;                   /* for strokes */
  double opacity;                      /* of the fill, 0..1 */
  annals_font_role font;               /* TEXT */
  const char *text;                    /* TEXT: the line to draw */
  const char *tip; /* TEXT: the full text when the line was ellipsized */
  int label;       /* index of the label this item belongs to, or -1 */
  int event;       /* index in the timeline of the event it shows, or -1 */
} annals_dl_item;

typedef struct {
  annals_dl_item *items;
  size_t n, cap;
} annals_dlist;

/* Layout geometry, kept next to the display list so that tests and other
 * programs can check it (annals_layout_write_json). */
typedef struct {
  double x, y, w, h;
} annals_box;

typedef enum {
  ANNALS_TICK_DAY = 0,
  ANNALS_TICK_WEEK,
  ANNALS_TICK_MONTH,
  ANNALS_TICK_QUARTER,
  ANNALS_TICK_YEAR,
  ANNALS_TICK_DECADE,
} annals_tick_unit;

/* "day", "week", ... */
const char *annals_tick_unit_name(annals_tick_unit u);

/* A stretch of time drawn to scale: days [day0, day1) map linearly onto
 * [x0, x1].  Consecutive segments are separated by an axis break. */
typedef struct {
  int64_t day0, day1;
  double x0, x1;
  annals_tick_unit unit;
} annals_axis_segment;

typedef struct {
  int64_t day;
  double x;          /* horizontal layout: x of the tick; vertical: y */
  const char *label; /* "May 2025", "Q1", "2024", "1980s"; NULL when a
                        leader passes where the label would be */
  annals_box box;    /* where the label is drawn (w == 0 when NULL) */
} annals_tick;

/* One dated event on the chart.  Events of one lane with the same dates
 * and shape share one marker (count > 1), drawn with a count badge when
 * labelled. */
typedef struct {
  size_t event;      /* index in the timeline */
  const char *id;
  const char *tip;   /* "7 May 2025: title" and the source sentence */
  const char *url;   /* the source's file when it is an http(s) URL */
  int lane;
  int label;         /* index of the label showing it, or -1 */
  int fold;          /* index of the fold counting it, or -1 */
  bool span;         /* drawn as a bar (coarse precision or interval) */
  bool approximate;
  size_t count;      /* events sharing this marker */
  /* A point is a circle of radius r centred on (x0, y0) == (x1, y1); a bar
   * runs from (x0, y0) to (x1, y1) along the axis, r being half its
   * thickness. */
  double x0, y0, x1, y1;
  double r;
  /* Labelled bars carry a stem, a short line from the bar towards the
   * label, from (sx0, sy0) to (sx1, sy1), where the leader ends. */
  bool stem;
  double sx0, sy0, sx1, sy1;
} annals_marker;

typedef struct {
  annals_box box;
  int lane;
  int side;          /* -1 above the axis, +1 below; vertical layout: +1 */
  int row;           /* 0 nearest the axis; vertical layout: 0 */
  /* +1: the label starts at its leader (text flush left); -1: it ends at
   * its leader (text flush right, near the right edge); 0: the leader
   * meets it inside (a label wider than the room on either side). */
  int align;
  /* The leader: a polyline from 1 point off its marker (point 0) to the
   * label's edge (the last point).  Horizontal layout: one straight
   * vertical segment; vertical layout: out of the marker, a slant, in. */
  double leader_x[4], leader_y[4];
  int n_leader;
  /* Vertical layout: the outline drawn around the markers of events too
   * close in time to have leaders of their own (w == 0 when none). */
  annals_box cluster;
  size_t first_marker, n_markers; /* into markers[] via label_markers[] */
  char **lines;      /* the text lines, date line first */
  size_t n_lines;
  size_t n_hidden;   /* events of this label summarised as "+N more" */
} annals_label;

/* Events that found no room: a "+N more" note. */
typedef struct {
  annals_box box;
  int lane;
  size_t first_marker, n_markers; /* via fold_markers[] */
} annals_fold;

typedef struct {
  annals_box box;   /* the lane band */
  const char *name; /* in words: "Reduce relations", "Other actors" */
  double axis_y;    /* horizontal layout: y of the lane's axis */
  double axis_x;    /* vertical layout: x of the axis */
} annals_lane;

typedef struct {
  annals_box box; /* swatch and text */
  const char *text;
} annals_legend_item;

typedef enum {
  ANNALS_LANES_NONE = 0,
  ANNALS_LANES_ACTOR = 1,
  ANNALS_LANES_TYPE = 2,
} annals_lanes_by;

/* Horizontal: time runs left to right, labels above and below the axis,
 * folded into "+N more" when there is no room.  Vertical: time runs down
 * the page, every event gets its whole label and the page grows. */
typedef enum {
  ANNALS_ORIENT_HORIZONTAL = 0,
  ANNALS_ORIENT_VERTICAL = 1,
} annals_orient;

typedef struct {
  annals_orient orient;
  double width;         /* canvas width in points (default 960) */
  double max_height;    /* cap on the canvas height (default 14400) */
  int max_rows;         /* label rows per side of a lane (default 8) */
  double label_width;   /* max width of a label (default 150) */
  annals_lanes_by lanes;
  annals_theme theme;
} annals_layout_opts;

void annals_layout_opts_init(annals_layout_opts *o);

/* The result of a layout.  Everything it points to is owned by it. */
typedef struct {
  double width, height;
  annals_theme theme;
  annals_orient orient;
  annals_dlist dl;
  annals_axis_segment *segments;
  size_t n_segments;
  annals_tick *ticks;
  size_t n_ticks;
  annals_lane *lanes;
  size_t n_lanes;
  annals_marker *markers;
  size_t n_markers;
  annals_label *labels;
  size_t n_labels;
  size_t *label_markers; /* marker indices, sliced by the labels */
  annals_fold *folds;
  size_t n_folds;
  size_t *fold_markers;
  annals_legend_item *legend;
  size_t n_legend;
  size_t n_undated;      /* events left out for want of a date */
  size_t n_folded;       /* events shown only as part of "+N more" */
  void *priv;
} annals_layout;

/* Lays out t, measuring text with m.  On success *out is a new layout the
 * caller frees with annals_layout_free(); it copies every string it keeps,
 * so t may be freed first.  Fails with ANNALS_ERR_ARG, *out NULL and a
 * message in d, when the options are out of range (width outside
 * 200..20000 points, max_height below 200, label_width outside 30..2000,
 * lanes asked of the vertical layout) or cannot be honoured for t (lane
 * names wider than the canvas, not even one row of labels per lane fits
 * under max_height, a vertical chart taller than max_height).
 *
 * Every label is anchored at its own marker: its leader ends 1 point off
 * that marker, nearer to it than to any other, and crosses no other
 * marker, label or tick label.  In the horizontal layout, labels that do
 * not fit are folded into "+N more" notes, never overlapped: n_folded
 * counts those events.  The vertical layout labels every event. */
annals_status annals_layout_build(const annals_timeline *t,
                                  const annals_layout_opts *o,
                                  const annals_measurer *m,
                                  annals_layout **out, annals_diags *d);
void annals_layout_free(annals_layout *l);

/* Writes the layout as JSON (stable: fixed key order, "%.2f" numbers, C
 * locale independent).  Returns ANNALS_ERR_IO when the stream fails. */
annals_status annals_layout_write_json(const annals_layout *l, FILE *out);
/* Writes the display list as stable text, one drawing operation per line
 * in painting order: kind and geometry in points ("%.2f", C locale
 * independent), then fill, stroke, font, flags, label and event, and the
 * text.  The golden of the drawing step, as graphviz tests xdot.  Returns
 * ANNALS_ERR_IO when the stream fails. */
annals_status annals_layout_write_dl(const annals_layout *l, FILE *out);
/* Plain-text summary of the chart for screen readers: the title and one
 * line per dated event ("7 May 2025: title").  Caller frees with g_free(). */
char *annals_layout_describe(const annals_timeline *t);

/* A lane name in words: "Reduce relations" for ANNALS_TYPE_REDUCE_RELATIONS,
 * "Unclassified" for ANNALS_TYPE_NONE. */
const char *annals_type_human(annals_type t);

#ifdef __cplusplus
}
#endif

#endif /* ANNALS_H */
