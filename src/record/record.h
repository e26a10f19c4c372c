/*
 * record.h - private to the record layer (yaml_read.c, yaml_write.c,
 * record_update.c, record_fmt.c): where the parts of a record file are.
 *
 * The reader can fill a rec_map while it reads: byte offsets of every
 * event and of the places where new text may go (for `extract --update`,
 * which only ever inserts), and an anchor for every element the writer
 * writes (for `fmt`, which puts each comment back next to the element it
 * was written with).  The map does not own the buffer it describes.
 */
#ifndef ANNALS_RECORD_H
#define ANNALS_RECORD_H

#include "internal.h"

/* ---- anchors: elements of a record, as the writer names them ---------- */

/* The keys of the record format.  REC_ITEM names an item of a sequence
 * (an event, a text entry, an actor, a tag, a mention). */
enum rec_key {
  REC_NONE = 0,
  REC_ITEM,
  REC_ANNALS,
  REC_TITLE,
  REC_SUBTITLE,
  REC_SOURCE,
  REC_DCT,
  REC_EVENTS,
  REC_TEXTS,
  REC_ID,
  REC_DATE,
  REC_APPROXIMATE,
  REC_TYPE,
  REC_CAMEO,
  REC_ACTORS,
  REC_LOCATION,
  REC_COUNTRY,
  REC_CONFIDENCE,
  REC_TAGS,
  REC_NOTES,
  REC_MENTIONS,
  REC_TEXT,
  REC_FILE,
  REC_OFFSET,
  REC_LENGTH,
  REC_HOW,
  REC_NOTE,
  REC_SHA256,
  REC_URL,
};

/* Scopes: the top level, event i (i >= 0), text entry k. */
#define REC_TOP ((long long)-1)
#define REC_TEXT_SCOPE(k) (-2 - (long long)(k))

/* Path of an element inside its scope: a key, an item of the sequence
 * under that key (item >= 0, or -1 for the key itself) and a key inside
 * that item or mapping (sub). */
#define REC_PATH(key, item, sub)                                              \
  (((uint64_t)(key) << 56) | ((uint64_t)(sub) << 48) |                        \
   ((uint64_t)((long long)(item) + 1) & 0xFFFFFFFFFFFFu))

typedef struct {
  size_t offset; /* byte offset of its first character */
  unsigned line; /* 1-based */
  long long scope;
  uint64_t path;
} rec_anchor;

/* ---- places where --update inserts ------------------------------------ */

typedef enum {
  REC_SEQ_NONE = 0, /* the key is absent */
  REC_SEQ_BLOCK,    /* "- item" lines */
  REC_SEQ_EMPTY,    /* written as [] */
  REC_SEQ_FLOW,     /* [a, b]: --update does not write into it */
} rec_seq_style;

/* One event of the file. */
typedef struct {
  size_t start;    /* start of the line of its '-' */
  size_t lead;     /* start of the comment lines right above that line */
  size_t end;      /* after the line break of its last line of content */
  unsigned dash_col, key_col; /* 0-based byte columns */
  rec_seq_style mentions;
  size_t mentions_end;        /* after the last line of its mentions */
  unsigned mentions_dash_col;
} rec_event_pos;

/* A span of bytes where '#' starts no comment (quoted and block scalars). */
typedef struct {
  size_t start, end;
} rec_span;

typedef struct {
  /* Parallel to the events of the timeline read (all of them: the map is
   * only complete when the read succeeded). */
  rec_event_pos *events;
  size_t n_events, cap_events;
  rec_seq_style events_style;
  size_t events_line_end;  /* after the line break of the 'events:' line */
  size_t events_flow_start, events_flow_end; /* the "[]" (REC_SEQ_EMPTY) */
  rec_seq_style texts_style;
  size_t texts_end;        /* after the last line of the 'texts' list */
  unsigned texts_dash_col;
  /* For fmt. */
  rec_anchor *anchors;     /* in document order */
  size_t n_anchors, cap_anchors;
  rec_span *spans;         /* in order */
  size_t n_spans, cap_spans;
  size_t n_unknown;        /* unknown keys (fmt would drop them) */
  size_t content_start;    /* first byte after a UTF-8 byte order mark */
} rec_map;

void rec_map_init(rec_map *m);
void rec_map_release(rec_map *m);

/* annals_timeline_read_yaml, also filling map when it is not NULL. */
annals_status rec_read(const char *buf, size_t len, const char *name,
                       annals_timeline **out, rec_map *map, annals_diags *d);

/* ---- comments put back by fmt ------------------------------------------ */

typedef struct rec_notes rec_notes;

/* Writer hooks (record_fmt.c); the writer calls them only when it was
 * given notes.  rec_notes_before() writes the comments that went before
 * the element and returns its end-of-line comment (or NULL);
 * rec_notes_flush() writes the comments of a scope's elements that were
 * not written (keys left out of the canonical form). */
const char *rec_notes_before(rec_notes *n, GString *out, long long scope,
                             uint64_t path, int indent);
void rec_notes_flush(rec_notes *n, GString *out, long long scope,
                     int indent);
/* Comments before the first element, and after the last one. */
void rec_notes_header(rec_notes *n, GString *out);
void rec_notes_trailer(rec_notes *n, GString *out);

/* The canonical writer (yaml_write.c) with comments put back (notes may be
 * NULL) and the whole output in out. */
annals_status rec_write(const annals_timeline *t, rec_notes *notes,
                        GString *out, annals_diags *d);
/* One event as the writer writes it ("- id: ..." at column 0). */
void rec_write_event(const annals_event *e, GString *out);
/* Items of 'mentions' ("- text: ..." at column 0). */
void rec_write_mention(const annals_source *s, GString *out);
/* One entry of 'texts' ("- file: ..." at column 0). */
void rec_write_text(const annals_text_entry *x, GString *out);

/* ---- small helpers ---------------------------------------------------- */

/* Start of the line holding offset off. */
size_t rec_line_start(const char *buf, size_t off);
/* After the line break ending the line holding off (or len). */
size_t rec_line_end(const char *buf, size_t len, size_t off);

#endif
