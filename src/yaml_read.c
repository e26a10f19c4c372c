/*
 * yaml_read.c - the event record (YAML, version 1) -> annals_timeline.
 *
 * The reader runs libyaml's event parser (never the document loader, which
 * would expand aliases).  The top-level mapping and the 'events' sequence
 * are read as a stream; each event (and each other top-level value) is
 * built into a small tree in an arena, checked, copied into the timeline
 * and dropped, so memory stays proportional to one event plus the result.
 *
 * Positions: libyaml's marks count characters, but our diagnostics give
 * byte columns (as annals_text_position does), so a cursor maps character
 * indexes to byte offsets and byte offsets to line:column.  Marks arrive
 * almost in order, so the cursor keeps the whole mapping linear.
 *
 * Every problem is reported; the reader skips the bad node and goes on.
 * Only YAML syntax errors (libyaml cannot go on), bad encodings, nesting
 * deeper than ANNALS_YAML_MAX_DEPTH and the error cap end a run early.
 */
#include "internal.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

/* More errors than this in one file end the run (bounded output). */
#define MAX_ERRORS 1000

/* ---- arena: the nodes of one event ---------------------------------- */

typedef struct {
  GPtrArray *blocks;
  char *cur;
  size_t left;
} arena;

#define ARENA_BLOCK 65536

static void arena_init(arena *a) {
  a->blocks = g_ptr_array_new_with_free_func(g_free);
  a->cur = NULL;
  a->left = 0;
}

static void *arena_alloc(arena *a, size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (n > a->left) {
    size_t sz = n > ARENA_BLOCK ? n : ARENA_BLOCK;
    char *b = g_malloc(sz);
    g_ptr_array_add(a->blocks, b);
    if (n > ARENA_BLOCK)
      return b; /* a big block of its own; keep filling the current one */
    a->cur = b;
    a->left = sz;
  }
  void *p = a->cur;
  a->cur += n;
  a->left -= n;
  return p;
}

/* Frees every block (an event's nodes are dropped once it is read). */
static void arena_reset(arena *a) {
  a->cur = NULL;
  a->left = 0;
  g_ptr_array_set_size(a->blocks, 0);
}

static void arena_release(arena *a) {
  g_ptr_array_free(a->blocks, TRUE);
}

/* ---- nodes ----------------------------------------------------------- */

typedef enum { N_SCALAR, N_SEQ, N_MAP, N_BAD } node_kind;

typedef struct node {
  node_kind kind;
  bool quoted;   /* scalar: single- or double-quoted */
  bool plain;    /* scalar: plain style */
  bool dup;      /* key already seen in its mapping: skip the pair */
  char *value;   /* scalar text, NUL-terminated */
  size_t len;    /* scalar length (may hold a NUL from "\0") */
  size_t offset; /* byte offset of the node's start */
  unsigned line, col;
  struct node **items; /* seq: n items; map: 2n (key, value) */
  size_t n;
} node;

static const char *kind_name(node_kind k) {
  switch (k) {
  case N_SCALAR:
    return "a string";
  case N_SEQ:
    return "a sequence";
  case N_MAP:
    return "a mapping";
  case N_BAD:
    break;
  }
  return "an alias";
}

/* ---- the reader ------------------------------------------------------ */

typedef struct {
  const char *buf; /* the whole input */
  size_t len;
  size_t base; /* bytes skipped before libyaml's input (a UTF-8 BOM) */
  const char *name;
  annals_diags *d;
  yaml_parser_t parser;
  bool fatal;
  size_t n_errors;
  bool seen_anchor, seen_alias;
  /* character index -> byte offset cursor */
  size_t ci, bi;
  /* byte offset -> line cursor */
  size_t lb, bol;
  unsigned line;
  arena ar;
  annals_timeline *t;
  GHashTable *ids; /* id -> GUINT_TO_POINTER(line) */
  GStringChunk *id_strings;
} reader;

/* Byte offset of character index ci of libyaml's input. */
static size_t char_to_byte(reader *r, size_t ci) {
  const unsigned char *s = (const unsigned char *)r->buf;
  while (r->ci < ci && r->bi < r->len) {
    r->bi++;
    while (r->bi < r->len && (s[r->bi] & 0xC0) == 0x80)
      r->bi++;
    r->ci++;
  }
  while (r->ci > ci && r->bi > r->base) {
    r->bi--;
    while (r->bi > r->base && (s[r->bi] & 0xC0) == 0x80)
      r->bi--;
    r->ci--;
  }
  return r->bi;
}

/* Line and byte column (1-based) of a byte offset. */
static void byte_pos(reader *r, size_t off, unsigned *line, unsigned *col) {
  if (off > r->len)
    off = r->len;
  if (off < r->lb) {
    for (size_t i = off; i < r->lb; i++)
      if (r->buf[i] == '\n')
        r->line--;
    r->lb = off;
    size_t b = off;
    while (b > 0 && r->buf[b - 1] != '\n')
      b--;
    r->bol = b < r->base ? r->base : b;
  }
  while (r->lb < off) {
    const char *nl = memchr(r->buf + r->lb, '\n', off - r->lb);
    if (!nl) {
      r->lb = off;
      break;
    }
    r->line++;
    r->lb = (size_t)(nl - r->buf) + 1;
    r->bol = r->lb;
  }
  *line = r->line;
  *col = (unsigned)(off - r->bol + 1);
}

static void mark_pos(reader *r, const yaml_mark_t *m, size_t *off,
                     unsigned *line, unsigned *col) {
  *off = char_to_byte(r, m->index);
  byte_pos(r, *off, line, col);
}

static void vreport(reader *r, annals_severity sev, unsigned line,
                    unsigned col, size_t off, const char *fmt, va_list ap) {
  if (r->fatal)
    return;
  char msg[sizeof(((annals_diag *)0)->message)];
  vsnprintf(msg, sizeof msg, fmt, ap);
  if (sev == ANNALS_SEV_ERROR && ++r->n_errors > MAX_ERRORS) {
    annals_diags_add(r->d, ANNALS_SEV_ERROR, r->name, line, col, off,
                     "too many errors (more than %d): stopping here",
                     MAX_ERRORS);
    r->fatal = true;
    return;
  }
  annals_diags_add(r->d, sev, r->name, line, col, off, "%s", msg);
}

#if defined(__GNUC__)
#define PRINTF_LIKE(a, b) __attribute__((format(printf, a, b)))
#else
#define PRINTF_LIKE(a, b)
#endif

static void error_at(reader *r, unsigned line, unsigned col, size_t off,
                     const char *fmt, ...) PRINTF_LIKE(5, 6);
static void error_at(reader *r, unsigned line, unsigned col, size_t off,
                     const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport(r, ANNALS_SEV_ERROR, line, col, off, fmt, ap);
  va_end(ap);
}

static void error_node(reader *r, const node *n, const char *fmt, ...)
    PRINTF_LIKE(3, 4);
static void error_node(reader *r, const node *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport(r, ANNALS_SEV_ERROR, n->line, n->col, n->offset, fmt, ap);
  va_end(ap);
}

static void warn_node(reader *r, const node *n, const char *fmt, ...)
    PRINTF_LIKE(3, 4);
static void warn_node(reader *r, const node *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport(r, ANNALS_SEV_WARNING, n->line, n->col, n->offset, fmt, ap);
  va_end(ap);
}

/* Error at a byte offset of the whole input. */
static void error_off(reader *r, size_t off, const char *fmt, ...)
    PRINTF_LIKE(3, 4);
static void error_off(reader *r, size_t off, const char *fmt, ...) {
  unsigned line, col;
  annals_text_position(r->buf, r->len, off, &line, &col);
  if (line == 1 && r->base && col > r->base)
    col -= (unsigned)r->base; /* the UTF-8 BOM is not a column */
  va_list ap;
  va_start(ap, fmt);
  vreport(r, ANNALS_SEV_ERROR, line, col, off, fmt, ap);
  va_end(ap);
}

static const char *q(const char *s, size_t len, char *buf, size_t size) {
  return annals_quote(s, len, buf, size);
}

/* Reports libyaml's error and stops the run. */
static void syntax_error(reader *r) {
  yaml_parser_t *p = &r->parser;
  size_t off;
  unsigned line, col;
  if (p->error == YAML_MEMORY_ERROR) {
    error_at(r, 0, 0, SIZE_MAX, "out of memory while parsing");
  } else if (p->error == YAML_READER_ERROR) {
    off = r->base + p->problem_offset;
    if (p->problem_value != -1)
      error_off(r, off, "%s (U+%04X)",
                p->problem ? p->problem : "cannot read the input",
                (unsigned)p->problem_value);
    else
      error_off(r, off, "%s", p->problem ? p->problem : "cannot read input");
  } else {
    mark_pos(r, &p->problem_mark, &off, &line, &col);
    const char *problem = p->problem ? p->problem : "invalid yaml";
    if (p->context && (p->context_mark.index != p->problem_mark.index)) {
      size_t coff;
      unsigned cline, ccol;
      mark_pos(r, &p->context_mark, &coff, &cline, &ccol);
      error_at(r, line, col, off, "%s (%s that starts at line %u, column %u)",
               problem, p->context, cline, ccol);
    } else if (p->context) {
      error_at(r, line, col, off, "%s (%s)", problem, p->context);
    } else {
      error_at(r, line, col, off, "%s", problem);
    }
  }
  r->fatal = true;
}

/* Next parser event; false (and fatal) on a syntax error. */
static bool next(reader *r, yaml_event_t *ev) {
  if (r->fatal) {
    memset(ev, 0, sizeof *ev);
    return false;
  }
  if (!yaml_parser_parse(&r->parser, ev)) {
    memset(ev, 0, sizeof *ev);
    syntax_error(r);
    return false;
  }
  return true;
}

/* Anchors are reported once per file: they are pointless without aliases,
 * which we refuse. */
static void check_anchor(reader *r, const yaml_event_t *ev) {
  const yaml_char_t *anchor = NULL;
  if (ev->type == YAML_SCALAR_EVENT)
    anchor = ev->data.scalar.anchor;
  else if (ev->type == YAML_SEQUENCE_START_EVENT)
    anchor = ev->data.sequence_start.anchor;
  else if (ev->type == YAML_MAPPING_START_EVENT)
    anchor = ev->data.mapping_start.anchor;
  if (!anchor || r->seen_anchor)
    return;
  r->seen_anchor = true;
  size_t off;
  unsigned line, col;
  char b[96];
  mark_pos(r, &ev->start_mark, &off, &line, &col);
  error_at(r, line, col, off,
           "anchors are not supported in event files (found '&%s')",
           q((const char *)anchor, strlen((const char *)anchor), b, sizeof b));
}

static node *node_new(reader *r, node_kind k, const yaml_event_t *ev) {
  node *n = arena_alloc(&r->ar, sizeof *n);
  memset(n, 0, sizeof *n);
  n->kind = k;
  mark_pos(r, &ev->start_mark, &n->offset, &n->line, &n->col);
  return n;
}

/* Builds the node that starts with ev (not consumed).  depth is the
 * nesting level of that node (the top-level mapping is 1). */
static node *build(reader *r, const yaml_event_t *ev, int depth) {
  node *n;
  switch (ev->type) {
  case YAML_SCALAR_EVENT:
    check_anchor(r, ev);
    n = node_new(r, N_SCALAR, ev);
    n->len = ev->data.scalar.length;
    n->value = arena_alloc(&r->ar, n->len + 1);
    memcpy(n->value, ev->data.scalar.value, n->len);
    n->value[n->len] = '\0';
    n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    n->quoted = ev->data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
                ev->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
    return n;
  case YAML_ALIAS_EVENT:
    n = node_new(r, N_BAD, ev);
    if (!r->seen_alias) {
      r->seen_alias = true;
      char b[96];
      const char *a = (const char *)ev->data.alias.anchor;
      error_node(r, n,
                 "aliases are not supported in event files (found '*%s')",
                 q(a, strlen(a), b, sizeof b));
    }
    return n;
  case YAML_SEQUENCE_START_EVENT:
  case YAML_MAPPING_START_EVENT: {
    bool map = ev->type == YAML_MAPPING_START_EVENT;
    check_anchor(r, ev);
    n = node_new(r, map ? N_MAP : N_SEQ, ev);
    if (depth > ANNALS_YAML_MAX_DEPTH) {
      /* Fatal: libyaml's scanner slows down quadratically with flow
       * nesting, so reading on past this point is not bounded. */
      error_node(r, n, "nesting deeper than %d levels",
                 ANNALS_YAML_MAX_DEPTH);
      n->kind = N_BAD;
      r->fatal = true;
      return n;
    }
    GPtrArray *kids = g_ptr_array_new();
    yaml_event_t cev;
    yaml_event_type_t end =
        map ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT;
    while (next(r, &cev)) {
      if (cev.type == end) {
        yaml_event_delete(&cev);
        break;
      }
      g_ptr_array_add(kids, build(r, &cev, depth + 1));
      yaml_event_delete(&cev);
    }
    n->n = map ? kids->len / 2 : kids->len;
    n->items = arena_alloc(&r->ar, (kids->len + 1) * sizeof *n->items);
    if (kids->len)
      memcpy(n->items, kids->pdata, kids->len * sizeof *n->items);
    g_ptr_array_free(kids, TRUE);
    return n;
  }
  default:
    break;
  }
  /* Not reached with a well-formed event stream. */
  n = node_new(r, N_BAD, ev);
  return n;
}

/* ---- schema helpers -------------------------------------------------- */

static bool is_null(const node *n) {
  return n->kind == N_SCALAR && n->plain &&
         (n->len == 0 || strcmp(n->value, "~") == 0 ||
          strcmp(n->value, "null") == 0 || strcmp(n->value, "Null") == 0 ||
          strcmp(n->value, "NULL") == 0);
}

/* The text of a scalar value for key, or NULL after reporting why not. */
static const char *scalar_text(reader *r, const node *v, const char *key) {
  if (v->kind == N_BAD)
    return NULL;
  if (v->kind != N_SCALAR) {
    error_node(r, v, "'%s' must be a string, not %s", key,
               kind_name(v->kind));
    return NULL;
  }
  if (strlen(v->value) != v->len) {
    error_node(r, v, "'%s' contains a NUL character", key);
    return NULL;
  }
  return v->value;
}

/* An optional string: NULL when null or on error (then *bad is set). */
static const char *opt_string(reader *r, const node *v, const char *key,
                              bool *bad) {
  if (is_null(v))
    return NULL;
  const char *s = scalar_text(r, v, key);
  if (!s)
    *bad = true;
  return s;
}

/* Suggests the closest of names for an unknown key. */
static const char *suggest_key(const char *key, const char *const *names) {
  size_t len = strlen(key);
  int best = 99;
  const char *best_name = NULL;
  for (size_t i = 0; names[i]; i++) {
    int dist = annals_edit_distance(key, names[i]);
    if (dist < best) {
      best = dist;
      best_name = names[i];
    }
  }
  if (best_name && best <= (int)(len / 3 + 1) && (size_t)best < len)
    return best_name;
  return NULL;
}

static void unknown_key(reader *r, const node *k, const char *where,
                        const char *const *names) {
  char b[96];
  const char *s = suggest_key(k->value, names);
  q(k->value, k->len, b, sizeof b);
  if (s)
    warn_node(r, k, "unknown key '%s' in %s (ignored; did you mean '%s'?)", b,
              where, s);
  else
    warn_node(r, k, "unknown key '%s' in %s (ignored)", b, where);
}

/* Marks repeated keys of a mapping (reporting them) and non-scalar keys.
 * Afterwards every pair whose key has dup == false has a scalar key. */
static void check_keys(reader *r, node *map) {
  GHashTable *seen = map->n > 8 ? g_hash_table_new(g_str_hash, g_str_equal)
                                : NULL;
  for (size_t i = 0; i < map->n; i++) {
    node *k = map->items[2 * i];
    if (k->kind != N_SCALAR) {
      if (k->kind != N_BAD)
        error_node(r, k, "mapping keys must be strings, not %s",
                   kind_name(k->kind));
      k->dup = true;
      continue;
    }
    node *first = NULL;
    if (seen) {
      first = g_hash_table_lookup(seen, k->value);
      if (!first)
        g_hash_table_insert(seen, k->value, k);
    } else {
      for (size_t j = 0; j < i && !first; j++) {
        node *o = map->items[2 * j];
        if (o->kind == N_SCALAR && !o->dup && strcmp(o->value, k->value) == 0)
          first = o;
      }
    }
    if (first) {
      char b[96];
      error_node(r, k, "duplicate key '%s' (first at line %u)",
                 q(k->value, k->len, b, sizeof b), first->line);
      k->dup = true;
    }
  }
  if (seen)
    g_hash_table_destroy(seen);
}

static bool need_map(reader *r, const node *v, const char *what) {
  if (v->kind == N_MAP)
    return true;
  if (v->kind != N_BAD)
    error_node(r, v, "%s must be a mapping, not %s", what, kind_name(v->kind));
  return false;
}

static bool need_seq(reader *r, const node *v, const char *key) {
  if (v->kind == N_SEQ)
    return true;
  if (v->kind != N_BAD)
    error_node(r, v, "'%s' must be a sequence, not %s", key,
               kind_name(v->kind));
  return false;
}

/* A non-negative integer (decimal digits only). */
static bool parse_count(const char *s, long long *out) {
  if (!*s)
    return false;
  long long v = 0;
  for (const char *p = s; *p; p++) {
    if (*p < '0' || *p > '9')
      return false;
    if (v > (LLONG_MAX - 9) / 10)
      return false;
    v = v * 10 + (*p - '0');
  }
  *out = v;
  return true;
}

/* A list of non-empty strings, copied into the arena. */
static const char **string_list(reader *r, const node *v, const char *key,
                                size_t *n_out, bool *bad) {
  *n_out = 0;
  if (is_null(v))
    return NULL;
  if (!need_seq(r, v, key)) {
    *bad = true;
    return NULL;
  }
  const char **out = arena_alloc(&r->ar, (v->n + 1) * sizeof *out);
  for (size_t i = 0; i < v->n; i++) {
    const node *it = v->items[i];
    char what[64];
    snprintf(what, sizeof what, "each item of '%s'", key);
    if (it->kind != N_SCALAR) {
      if (it->kind != N_BAD)
        error_node(r, it, "%s must be a string, not %s", what,
                   kind_name(it->kind));
      *bad = true;
      continue;
    }
    const char *s = scalar_text(r, it, key);
    if (!s) {
      *bad = true;
      continue;
    }
    if (!*s || is_null(it)) {
      error_node(r, it, "empty item in '%s'", key);
      *bad = true;
      continue;
    }
    out[(*n_out)++] = s;
  }
  return out;
}

static const char *const actor_keys[] = {"name", "country", NULL};

/* The 'actors' sequence: each item a name, or a mapping {name, country}.
 * Fills e->actors, e->n_actors and e->actor_countries (NULL when no actor
 * has a country).  A country that is empty or equal to the name is no
 * country: the writer writes such an actor as a plain name, so reading
 * gives the same model whichever way it was written. */
static void read_actors(reader *r, const node *v, annals_event *e,
                        bool *bad) {
  e->n_actors = 0;
  if (is_null(v))
    return;
  if (!need_seq(r, v, "actors")) {
    *bad = true;
    return;
  }
  const char **names = arena_alloc(&r->ar, (v->n + 1) * sizeof *names);
  const char **countries =
      arena_alloc(&r->ar, (v->n + 1) * sizeof *countries);
  bool any_country = false;
  for (size_t i = 0; i < v->n; i++) {
    node *it = v->items[i];
    const char *name = NULL, *country = NULL;
    if (it->kind == N_SCALAR) {
      if (!(name = scalar_text(r, it, "actors"))) {
        *bad = true;
        continue;
      }
      if (!*name || is_null(it)) {
        error_node(r, it, "empty item in 'actors'");
        *bad = true;
        continue;
      }
    } else if (it->kind == N_MAP) {
      check_keys(r, it);
      bool had_name = false, item_bad = false;
      for (size_t j = 0; j < it->n; j++) {
        node *k = it->items[2 * j], *val = it->items[2 * j + 1];
        if (k->dup)
          continue;
        if (strcmp(k->value, "name") == 0) {
          had_name = true;
          if (!(name = scalar_text(r, val, "name"))) {
            item_bad = true;
          } else if (!*name || is_null(val)) {
            error_node(r, val, "actor 'name' must not be empty");
            name = NULL;
            item_bad = true;
          }
        } else if (strcmp(k->value, "country") == 0) {
          country = opt_string(r, val, "country", &item_bad);
        } else {
          unknown_key(r, k, "actor", actor_keys);
        }
      }
      if (!had_name) {
        error_node(r, it, "actor has no 'name'");
        item_bad = true;
      }
      if (item_bad) {
        *bad = true;
        continue;
      }
      if (country && (!*country || strcmp(country, name) == 0))
        country = NULL;
    } else {
      if (it->kind != N_BAD)
        error_node(r, it,
                   "each item of 'actors' must be a name or a mapping "
                   "with 'name', not %s",
                   kind_name(it->kind));
      *bad = true;
      continue;
    }
    names[e->n_actors] = name;
    countries[e->n_actors] = country;
    e->n_actors++;
    any_country = any_country || country;
  }
  e->actors = names;
  e->actor_countries = any_country ? countries : NULL;
}

static const char *const source_keys[] = {"text", "file", "offset", "length",
                                          NULL};

/* A source mapping (the 'source' key or an item of 'mentions'). */
static bool read_source(reader *r, node *v, const char *what,
                        annals_source *out) {
  out->text = out->file = NULL;
  out->offset = out->length = -1;
  if (!need_map(r, v, what))
    return false;
  bool bad = false;
  check_keys(r, v);
  for (size_t i = 0; i < v->n; i++) {
    node *k = v->items[2 * i], *val = v->items[2 * i + 1];
    if (k->dup)
      continue;
    const char *key = k->value;
    if (strcmp(key, "text") == 0) {
      out->text = opt_string(r, val, key, &bad);
    } else if (strcmp(key, "file") == 0) {
      out->file = opt_string(r, val, key, &bad);
    } else if (strcmp(key, "offset") == 0 || strcmp(key, "length") == 0) {
      const char *s = scalar_text(r, val, key);
      long long x;
      if (!s) {
        bad = true;
      } else if (!parse_count(s, &x)) {
        char b[96];
        error_node(r, val, "%s '%s' must be a non-negative integer", key,
                   q(s, strlen(s), b, sizeof b));
        bad = true;
      } else if (key[0] == 'o') {
        out->offset = x;
      } else {
        out->length = x;
      }
    } else {
      char where[64];
      snprintf(where, sizeof where, "%s", what);
      unknown_key(r, k, where, source_keys);
    }
  }
  if (!bad && !out->text && !out->file) {
    error_node(r, v, "%s needs a 'text' or a 'file'", what);
    bad = true;
  }
  return !bad;
}

/* ---- one event ------------------------------------------------------- */

static const char *const event_keys[] = {
    "id",     "date",       "approximate", "title",    "type",
    "cameo",  "actors",     "location",    "country",  "confidence",
    "tags",   "notes",      "source",      "mentions", NULL};

/* Reports an error at byte at of a scalar's value: at the offending
 * character when the value's first at bytes stand as such in the input
 * (no escapes, line folds or doubled quotes before it), else at the
 * scalar's start. */
static void error_in_value(reader *r, const node *v, size_t at,
                           const char *msg) {
  size_t start = v->offset + (v->quoted ? 1 : 0);
  size_t shift = 0;
  if (at <= v->len && start + at <= r->len &&
      memcmp(r->buf + start, v->value, at) == 0 &&
      !memchr(v->value, '\n', at))
    shift = at + (v->quoted ? 1 : 0);
  error_at(r, v->line, v->col + (unsigned)shift, v->offset + shift, "%s",
           msg);
}

static void read_event(reader *r, node *m) {
  if (!need_map(r, m, "each event"))
    return;
  check_keys(r, m);
  annals_event e;
  memset(&e, 0, sizeof e);
  e.confidence = -1;
  e.source.offset = e.source.length = -1;
  e.yaml_file = r->name;
  e.yaml_line = m->line;
  e.yaml_column = m->col;
  bool bad = false, have_date = false;
  const node *id_node = NULL, *cameo_node = NULL, *type_node = NULL;
  char b[96];
  for (size_t i = 0; i < m->n; i++) {
    node *k = m->items[2 * i], *v = m->items[2 * i + 1];
    if (k->dup)
      continue;
    const char *key = k->value;
    const char *s;
    if (strcmp(key, "id") == 0) {
      if (!(s = scalar_text(r, v, key))) {
        bad = true;
        continue;
      }
      size_t j = 0;
      for (; s[j]; j++) {
        char c = s[j];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              (c == '-' && j > 0)))
          break;
      }
      if (s[j] || j == 0) {
        char msg[200];
        snprintf(msg, sizeof msg,
                 "invalid id '%s': use lowercase letters, digits and '-'",
                 q(s, v->len, b, sizeof b));
        error_in_value(r, v, j, msg);
        bad = true;
        continue;
      }
      e.id = s;
      id_node = v;
    } else if (strcmp(key, "date") == 0) {
      if (!(s = scalar_text(r, v, key))) {
        bad = true;
        have_date = true;
        continue;
      }
      have_date = true;
      char msg[200];
      size_t at = 0;
      if (annals_when_parse(s, &e.when, msg, sizeof msg, &at) != ANNALS_OK) {
        error_in_value(r, v, at, msg);
        bad = true;
      }
    } else if (strcmp(key, "approximate") == 0) {
      if (!(s = scalar_text(r, v, key))) {
        bad = true;
      } else if (strcmp(s, "true") == 0) {
        e.approximate = true;
      } else if (strcmp(s, "false") != 0) {
        error_node(r, v, "'approximate' must be true or false, not '%s'",
                   q(s, v->len, b, sizeof b));
        bad = true;
      }
    } else if (strcmp(key, "title") == 0) {
      if (!(s = scalar_text(r, v, key))) {
        bad = true;
        e.title = "";
      } else if (!*s || is_null(v)) {
        error_node(r, v, "'title' must not be empty");
        bad = true;
        e.title = "";
      } else {
        e.title = s;
      }
    } else if (strcmp(key, "type") == 0) {
      type_node = v;
      if (!(s = scalar_text(r, v, key))) {
        bad = true;
        continue;
      }
      e.type = annals_type_from_slug(s);
      if (e.type == ANNALS_TYPE_NONE) {
        const char *sug = annals_type_suggest(s);
        if (sug)
          error_node(r, v, "unknown event type '%s' (did you mean '%s'?)",
                     q(s, v->len, b, sizeof b), sug);
        else
          error_node(r, v, "unknown event type '%s'",
                     q(s, v->len, b, sizeof b));
        bad = true;
      }
    } else if (strcmp(key, "cameo") == 0) {
      if (is_null(v))
        continue;
      if (!(s = scalar_text(r, v, key))) {
        bad = true;
        continue;
      }
      size_t nd = strspn(s, "0123456789");
      if (s[nd] || nd < 2 || nd > 4) {
        error_node(r, v, "invalid cameo code '%s': use 2 to 4 digits",
                   q(s, v->len, b, sizeof b));
        bad = true;
        continue;
      }
      e.cameo = s;
      cameo_node = v;
    } else if (strcmp(key, "actors") == 0) {
      read_actors(r, v, &e, &bad);
    } else if (strcmp(key, "location") == 0) {
      e.location = opt_string(r, v, key, &bad);
    } else if (strcmp(key, "country") == 0) {
      e.country = opt_string(r, v, key, &bad);
    } else if (strcmp(key, "confidence") == 0) {
      if (is_null(v))
        continue;
      if (!(s = scalar_text(r, v, key))) {
        bad = true;
        continue;
      }
      char *end = NULL;
      double x = *s ? g_ascii_strtod(s, &end) : 0;
      if (!*s || *end || !isfinite(x)) {
        error_node(r, v, "confidence '%s' is not a number between 0 and 1",
                   q(s, v->len, b, sizeof b));
        bad = true;
      } else if (x < 0 || x > 1) {
        error_node(r, v, "confidence '%s' is outside 0..1",
                   q(s, v->len, b, sizeof b));
        bad = true;
      } else {
        e.confidence = x;
      }
    } else if (strcmp(key, "tags") == 0) {
      e.tags = string_list(r, v, key, &e.n_tags, &bad);
    } else if (strcmp(key, "notes") == 0) {
      e.notes = opt_string(r, v, key, &bad);
    } else if (strcmp(key, "source") == 0) {
      if (is_null(v))
        continue;
      if (!read_source(r, v, "'source'", &e.source))
        bad = true;
    } else if (strcmp(key, "mentions") == 0) {
      if (is_null(v))
        continue;
      if (!need_seq(r, v, key)) {
        bad = true;
        continue;
      }
      e.mentions = arena_alloc(&r->ar, (v->n + 1) * sizeof *e.mentions);
      for (size_t j = 0; j < v->n; j++)
        if (read_source(r, v->items[j], "each item of 'mentions'",
                        &e.mentions[e.n_mentions]))
          e.n_mentions++;
        else
          bad = true;
    } else {
      unknown_key(r, k, "event", event_keys);
    }
  }
  if (!e.id && !id_node) {
    bool had_id = false;
    for (size_t i = 0; i < m->n; i++)
      if (!m->items[2 * i]->dup && strcmp(m->items[2 * i]->value, "id") == 0)
        had_id = true;
    if (!had_id)
      error_node(r, m, "event has no 'id'");
    bad = true;
  }
  if (!have_date) {
    error_node(r, m, "event has no 'date'");
    bad = true;
  }
  if (!e.title) {
    error_node(r, m, "event has no 'title'");
    bad = true;
  }
  if (!type_node) {
    error_node(r, m, "event has no 'type'");
    bad = true;
  }
  if (cameo_node && e.type != ANNALS_TYPE_NONE) {
    int root = (e.cameo[0] - '0') * 10 + (e.cameo[1] - '0');
    if (root != (int)e.type) {
      error_node(r, cameo_node,
                 "cameo code '%s' does not belong to type '%s' (%02d..)",
                 e.cameo, annals_type_slug(e.type), (int)e.type);
      bad = true;
    }
  }
  if (e.id && id_node) {
    gpointer first = g_hash_table_lookup(r->ids, e.id);
    if (first) {
      error_node(r, id_node, "duplicate id '%s' (first used at line %u)",
                 q(e.id, strlen(e.id), b, sizeof b),
                 GPOINTER_TO_UINT(first));
      bad = true;
    } else {
      g_hash_table_insert(r->ids,
                          g_string_chunk_insert(r->id_strings, e.id),
                          GUINT_TO_POINTER(id_node->line));
    }
  }
  if (!bad && r->n_errors == 0)
    annals_timeline_add(r->t, &e);
}

/* ---- the top level --------------------------------------------------- */

static const char *const top_keys[] = {"annals", "title", "subtitle", "source",
                                       "dct",    "events", NULL};
static const char *const dct_keys[] = {"date", "how", "note", NULL};

static void read_dct(reader *r, node *v) {
  if (is_null(v))
    return;
  if (!need_map(r, v, "'dct'"))
    return;
  check_keys(r, v);
  annals_date date;
  bool have_date = false, bad = false;
  annals_dct_source how = ANNALS_DCT_GIVEN;
  const char *note = NULL;
  char b[96];
  for (size_t i = 0; i < v->n; i++) {
    node *k = v->items[2 * i], *val = v->items[2 * i + 1];
    if (k->dup)
      continue;
    const char *key = k->value, *s;
    if (strcmp(key, "date") == 0) {
      have_date = true;
      if (!(s = scalar_text(r, val, key))) {
        bad = true;
        continue;
      }
      annals_when w;
      char msg[200];
      size_t at = 0;
      if (annals_when_parse(s, &w, msg, sizeof msg, &at) != ANNALS_OK) {
        error_in_value(r, val, at, msg);
        bad = true;
      } else if (w.interval || w.start.prec == ANNALS_PREC_NONE) {
        error_node(r, val,
                   "dct date '%s' must be one date: YYYY-MM-DD, YYYY-MM or "
                   "YYYY",
                   q(s, val->len, b, sizeof b));
        bad = true;
      } else {
        date = w.start;
      }
    } else if (strcmp(key, "how") == 0) {
      if (!(s = scalar_text(r, val, key))) {
        bad = true;
      } else if (strcmp(s, "given") == 0) {
        how = ANNALS_DCT_GIVEN;
      } else if (strcmp(s, "dateline") == 0) {
        how = ANNALS_DCT_DATELINE;
      } else if (strcmp(s, "inferred") == 0) {
        how = ANNALS_DCT_INFERRED;
      } else {
        error_node(r, val,
                   "unknown dct source '%s': use given, dateline or inferred",
                   q(s, val->len, b, sizeof b));
        bad = true;
      }
    } else if (strcmp(key, "note") == 0) {
      note = opt_string(r, val, key, &bad);
    } else {
      unknown_key(r, k, "dct", dct_keys);
    }
  }
  if (!have_date) {
    error_node(r, v, "'dct' has no 'date'");
    bad = true;
  }
  if (!bad)
    annals_timeline_set_dct(r->t, &date, how, note);
}

/* A top-level key other than 'events'; v is built. */
static void read_top(reader *r, const node *k, node *v) {
  const char *key = k->value;
  bool bad = false;
  if (strcmp(key, "annals") == 0) {
    const char *s = scalar_text(r, v, key);
    if (s && strcmp(s, "1") != 0) {
      char b[96];
      error_node(r, v,
                 "unsupported record version '%s' (this annals reads "
                 "version %d)",
                 q(s, v->len, b, sizeof b), ANNALS_RECORD_VERSION);
    }
  } else if (strcmp(key, "title") == 0) {
    annals_timeline_set_title(r->t, opt_string(r, v, key, &bad));
  } else if (strcmp(key, "subtitle") == 0) {
    annals_timeline_set_subtitle(r->t, opt_string(r, v, key, &bad));
  } else if (strcmp(key, "source") == 0) {
    annals_timeline_set_source(r->t, opt_string(r, v, key, &bad));
  } else if (strcmp(key, "dct") == 0) {
    read_dct(r, v);
  } else {
    unknown_key(r, k, "the top-level mapping", top_keys);
  }
}

/* Reads the 'events' sequence as a stream; its start event is consumed. */
static void read_events(reader *r, const yaml_event_t *start) {
  node *seq = node_new(r, N_SEQ, start);
  size_t count = 0;
  yaml_event_t ev;
  while (next(r, &ev)) {
    if (ev.type == YAML_SEQUENCE_END_EVENT) {
      yaml_event_delete(&ev);
      break;
    }
    node *item = build(r, &ev, 3);
    yaml_event_delete(&ev);
    read_event(r, item);
    arena_reset(&r->ar);
    count++;
  }
  if (!r->fatal && count == 0)
    warn_node(r, seq, "no events");
}

/* Reads the top-level mapping as a stream; its start event is consumed. */
static void read_root(reader *r, const yaml_event_t *start) {
  size_t off;
  unsigned line, col;
  mark_pos(r, &start->start_mark, &off, &line, &col);
  GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                           NULL);
  bool have_events = false;
  yaml_event_t kev, vev;
  while (next(r, &kev)) {
    if (kev.type == YAML_MAPPING_END_EVENT) {
      yaml_event_delete(&kev);
      break;
    }
    node *k = build(r, &kev, 2);
    yaml_event_delete(&kev);
    if (!next(r, &vev))
      break;
    char *key = NULL;
    if (k->kind != N_SCALAR) {
      if (k->kind != N_BAD)
        error_node(r, k, "mapping keys must be strings, not %s",
                   kind_name(k->kind));
    } else if (g_hash_table_contains(seen, k->value)) {
      char b[96];
      error_node(r, k, "duplicate key '%s' (first at line %u)",
                 q(k->value, k->len, b, sizeof b),
                 GPOINTER_TO_UINT(g_hash_table_lookup(seen, k->value)));
    } else {
      key = g_strdup(k->value);
      g_hash_table_insert(seen, g_strdup(key), GUINT_TO_POINTER(k->line));
    }
    if (key && strcmp(key, "events") == 0) {
      have_events = true;
      if (vev.type == YAML_SEQUENCE_START_EVENT) {
        check_anchor(r, &vev);
        read_events(r, &vev);
        yaml_event_delete(&vev);
        arena_reset(&r->ar);
        g_free(key);
        continue;
      }
      node *v = build(r, &vev, 2);
      need_seq(r, v, "events");
    } else {
      node *v = build(r, &vev, 2);
      if (key)
        read_top(r, k, v);
    }
    yaml_event_delete(&vev);
    arena_reset(&r->ar);
    g_free(key);
  }
  g_hash_table_destroy(seen);
  if (!r->fatal && !have_events)
    error_at(r, line, col, off, "no 'events' list in the file");
}

/* Checks the encoding before libyaml sees the bytes.  Returns false (with
 * an error) when the input cannot be a UTF-8 record. */
static bool check_bytes(reader *r) {
  const unsigned char *s = (const unsigned char *)r->buf;
  size_t n = r->len;
  if ((n >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF) ||
      (n >= 4 && s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0)) {
    error_at(r, 1, 1, 0, "file is UTF-32 (byte order mark): event files "
                         "must be UTF-8");
    return false;
  }
  if (n >= 2 && ((s[0] == 0xFE && s[1] == 0xFF) ||
                 (s[0] == 0xFF && s[1] == 0xFE))) {
    error_at(r, 1, 1, 0, "file is UTF-16 (byte order mark): event files "
                         "must be UTF-8");
    return false;
  }
  if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
    r->base = 3;
  const char *nul = memchr(r->buf, '\0', n);
  size_t bad = annals_utf8_check(r->buf, nul ? (size_t)(nul - r->buf) : n);
  if (nul && bad == (size_t)(nul - r->buf)) {
    error_off(r, bad, "NUL byte in the file");
    return false;
  }
  if (bad < n) {
    error_off(r, bad, "invalid UTF-8 byte 0x%02x", s[bad]);
    return false;
  }
  /* Nothing but blanks and comments: say what is expected. */
  bool content = false;
  for (size_t i = r->base; i < n && !content;) {
    char c = r->buf[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      i++;
    } else if (c == '#') {
      const char *nl = memchr(r->buf + i, '\n', n - i);
      i = nl ? (size_t)(nl - r->buf) + 1 : n;
    } else {
      content = true;
    }
  }
  if (!content) {
    error_at(r, 1, 1, 0,
             "empty file: expected a mapping with an 'events' list");
    return false;
  }
  return true;
}

static void read_stream(reader *r) {
  yaml_event_t ev;
  if (!next(r, &ev))
    return;
  yaml_event_delete(&ev); /* stream start */
  if (!next(r, &ev))
    return;
  if (ev.type == YAML_STREAM_END_EVENT) {
    yaml_event_delete(&ev);
    error_at(r, 1, 1, 0,
             "empty file: expected a mapping with an 'events' list");
    return;
  }
  yaml_event_delete(&ev); /* document start */
  if (!next(r, &ev))
    return;
  if (ev.type == YAML_MAPPING_START_EVENT) {
    check_anchor(r, &ev);
    read_root(r, &ev);
  } else {
    node *n = build(r, &ev, 1);
    if (is_null(n))
      error_at(r, 1, 1, 0,
               "empty file: expected a mapping with an 'events' list");
    else if (n->kind != N_BAD)
      error_node(r, n,
                 "the file must be a mapping with an 'events' list, not %s",
                 kind_name(n->kind));
    arena_reset(&r->ar);
  }
  yaml_event_delete(&ev);
  if (!next(r, &ev))
    return;
  yaml_event_delete(&ev); /* document end */
  if (!next(r, &ev))
    return;
  if (ev.type == YAML_DOCUMENT_START_EVENT) {
    size_t off;
    unsigned line, col;
    mark_pos(r, &ev.start_mark, &off, &line, &col);
    error_at(r, line, col, off,
             "a second document: event files hold one document");
  }
  yaml_event_delete(&ev);
}

annals_status annals_timeline_read_yaml(const char *buf, size_t len,
                                        const char *name,
                                        annals_timeline **out,
                                        annals_diags *d) {
  *out = NULL;
  if (!buf && len)
    return ANNALS_ERR_ARG;
  if (len > ANNALS_YAML_MAX_BYTES) {
    annals_diags_add(d, ANNALS_SEV_ERROR, name, 0, 0, SIZE_MAX,
                     "file is larger than the limit of %u bytes",
                     (unsigned)ANNALS_YAML_MAX_BYTES);
    return ANNALS_ERR_NOMEM;
  }
  /* Count errors ourselves: d may be NULL. */
  reader r;
  memset(&r, 0, sizeof r);
  r.buf = buf ? buf : "";
  r.len = len;
  r.name = name;
  r.d = d;
  r.line = 1;
  if (!check_bytes(&r))
    return ANNALS_ERR_INPUT;
  r.ci = 0;
  r.bi = r.base;
  r.lb = r.base;
  r.bol = r.base;
  arena_init(&r.ar);
  r.t = annals_timeline_new();
  r.ids = g_hash_table_new(g_str_hash, g_str_equal);
  r.id_strings = g_string_chunk_new(4096);
  yaml_parser_initialize(&r.parser);
  yaml_parser_set_encoding(&r.parser, YAML_UTF8_ENCODING);
  yaml_parser_set_input_string(&r.parser,
                               (const unsigned char *)r.buf + r.base,
                               len - r.base);
  read_stream(&r);
  yaml_parser_delete(&r.parser);
  g_hash_table_destroy(r.ids);
  g_string_chunk_free(r.id_strings);
  arena_release(&r.ar);
  if (r.n_errors) {
    annals_timeline_free(r.t);
    return ANNALS_ERR_INPUT;
  }
  *out = r.t;
  return ANNALS_OK;
}
