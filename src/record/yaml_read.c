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
 * libyaml's syntax errors are put in the words of the person who made
 * them (explain_syntax): a tab, a line indented too far or not far
 * enough, a ': ' inside a value, an unclosed quote.
 *
 * For `extract --update` and `fmt` the reader also fills a rec_map
 * (record.h): where each event starts and ends, where new text may be
 * inserted, and an anchor for every element the writer writes.
 */
#include "record/record.h"

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
  bool block;    /* scalar: literal or folded block */
  bool flow;     /* sequence or mapping: flow style ([...], {...}) */
  bool dup;      /* key already seen in its mapping: skip the pair */
  char *value;   /* scalar text, NUL-terminated */
  size_t len;    /* scalar length (may hold a NUL from "\0") */
  size_t offset; /* byte offset of the node's start */
  size_t end;    /* byte offset just after its last character */
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
  GArray *no_id;   /* indexes of the events read without an id */
  GArray *deferred; /* missing keys found further down (see missing_key) */
  bool syntax_failed;
  GHashTable *shas; /* sha256 of a text entry -> GUINT_TO_POINTER(line) */
  rec_map *map;    /* or NULL */
  size_t n_events; /* events seen (valid or not) */
  bool events_done; /* the 'events' list has been read */
  /* The last event's mapping: a top-level key after the list may be one
   * of its keys pushed out to column 1. */
  unsigned last_key_col;
  size_t last_event_end;
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

static void warn_at(reader *r, unsigned line, unsigned col, size_t off,
                    const char *fmt, ...) PRINTF_LIKE(5, 6);
static void warn_at(reader *r, unsigned line, unsigned col, size_t off,
                    const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport(r, ANNALS_SEV_WARNING, line, col, off, fmt, ap);
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

/* ---- libyaml's syntax errors in the user's words ------------------------ */

size_t rec_line_start(const char *buf, size_t off) {
  while (off > 0 && buf[off - 1] != '\n')
    off--;
  return off;
}

size_t rec_line_end(const char *buf, size_t len, size_t off) {
  if (off >= len)
    return len;
  const char *nl = memchr(buf + off, '\n', len - off);
  return nl ? (size_t)(nl - buf) + 1 : len;
}

/* The line holding off: [*ls, *le), le before the line break. */
static void line_of(const reader *r, size_t off, size_t *ls, size_t *le) {
  if (off > r->len)
    off = r->len;
  size_t a = rec_line_start(r->buf, off);
  if (a < r->base)
    a = r->base;
  size_t b = off;
  while (b < r->len && r->buf[b] != '\n')
    b++;
  if (b > a && r->buf[b - 1] == '\r')
    b--;
  *ls = a;
  *le = b < a ? a : b;
}

/* First byte of a line's content, after the indentation and, with
 * skip_dash, after the "- " of a sequence item. */
static size_t content_at(const reader *r, size_t ls, size_t le,
                         bool skip_dash) {
  size_t c = ls;
  while (c < le && r->buf[c] == ' ')
    c++;
  while (skip_dash && c < le && r->buf[c] == '-' &&
         (c + 1 == le || r->buf[c + 1] == ' ')) {
    c++;
    while (c < le && r->buf[c] == ' ')
      c++;
  }
  return c;
}

/* The nearest line above the one starting at ls that has content (not
 * blank, not only a comment). */
static bool prev_content_line(const reader *r, size_t ls, size_t *pls,
                              size_t *ple) {
  while (ls > r->base) {
    size_t a, b;
    line_of(r, ls - 1, &a, &b);
    size_t c = content_at(r, a, b, false);
    if (c < b && r->buf[c] != '#') {
      *pls = a;
      *ple = b;
      return true;
    }
    ls = a;
  }
  return false;
}

/* The ':' ending the key of a "key: value" line whose content starts at
 * c, or SIZE_MAX. */
static size_t key_colon(const reader *r, size_t c, size_t le) {
  const char *b = r->buf;
  size_t i = c;
  if (i < le && (b[i] == '"' || b[i] == '\'')) {
    char qc = b[i++];
    while (i < le && b[i] != qc)
      i += b[i] == '\\' && qc == '"' ? 2 : 1;
    i++;
  }
  for (; i < le; i++) {
    if (b[i] == '#' && i > c && (b[i - 1] == ' ' || b[i - 1] == '\t'))
      return SIZE_MAX;
    if (b[i] == ':' && (i + 1 >= le || b[i + 1] == ' ' || b[i + 1] == '\t'))
      return i;
  }
  return SIZE_MAX;
}

/* Bytes [a, b) trimmed of blanks, quoted for a message into buf. */
static const char *snip(const reader *r, size_t a, size_t b, char *buf,
                        size_t size) {
  while (a < b && (r->buf[a] == ' ' || r->buf[a] == '\t'))
    a++;
  while (b > a && (r->buf[b - 1] == ' ' || r->buf[b - 1] == '\t'))
    b--;
  return annals_quote(r->buf + a, b - a, buf, size);
}

/* s in single quotes (a quote inside doubled), for a suggestion. */
static const char *single_quoted(const char *s, char *buf, size_t size) {
  size_t o = 0;
  if (size < 8) {
    buf[0] = '\0';
    return buf;
  }
  buf[o++] = '\'';
  for (const char *p = s; *p && o + 4 < size; p++) {
    if (*p == '\'')
      buf[o++] = '\'';
    buf[o++] = *p;
  }
  buf[o++] = '\'';
  buf[o] = '\0';
  return buf;
}

static bool is_problem(const char *problem, const char *what) {
  return strcmp(problem, what) == 0;
}

/* Where a syntax error is: libyaml's problem and context, their byte
 * offsets (coff is SIZE_MAX when there is no context) and the problem's
 * line [ls, le). */
typedef struct {
  const char *problem, *context;
  size_t off, coff, ls, le;
} syntax_at;

/* The explain_* functions below each report one common syntax error as
 * what the person should do, and return false when the error turns out
 * not to be that one. */

/* A tab in the indentation. */
static bool explain_tab(reader *r, const syntax_at *s) {
  const char *b = r->buf;
  size_t off = s->off, ls = s->ls, le = s->le;
  size_t t = off < r->len && b[off] == '\t' ? off : SIZE_MAX;
  for (size_t i = ls; i < le && (b[i] == ' ' || b[i] == '\t'); i++)
    if (b[i] == '\t') {
      t = i;
      break;
    }
  if (t == SIZE_MAX)
    return false;
  error_off(r, t,
            "tab character in the indentation: indent with spaces "
            "(YAML does not allow tabs there)");
  return true;
}

/* A quoted value that is never closed. */
static bool explain_open_quote(reader *r, const syntax_at *s) {
  const char *b = r->buf;
  size_t coff = s->coff;
  char qc = b[coff];
  error_off(r, coff,
            "the quote %c that starts this value is never closed: end the "
            "value with %c%s",
            qc, qc,
            qc == '"' ? " (write \\\" for a \" inside it)"
                      : " (write '' for a ' inside it)");
  return true;
}

/* An unknown escape in a double-quoted value. */
static bool explain_escape(reader *r, const syntax_at *s) {
  const char *b = r->buf;
  size_t off = s->off, ls = s->ls, le = s->le;
  size_t at = off;
  if (at < r->len && b[at] != '\\' && at > ls && b[at - 1] == '\\')
    at--;
  char esc[8];
  annals_quote(b + at, at + 2 <= le ? 2 : le - at, esc, sizeof esc);
  error_off(r, at,
            "unknown escape '%s' in a double-quoted value: write \\\\ for "
            "a backslash, or use single quotes, where \\ is an ordinary "
            "character",
            esc);
  return true;
}

/* A ': ' where no mapping value may start: inside a value, or
 * after a key indented under the key above it. */
static bool explain_colon(reader *r, const syntax_at *s) {
  const char *b = r->buf;
  size_t off = s->off, ls = s->ls, le = s->le;
  char k1[96], k2[96], sug[160];
  size_t c = content_at(r, ls, le, true);
  size_t colon = key_colon(r, c, le);
  if (colon != SIZE_MAX && colon < off) {
    /* "title: Coup: army seizes power" */
    size_t v = colon + 1;
    while (v < le && b[v] == ' ')
      v++;
    size_t ve = le;
    while (ve > v && (b[ve - 1] == ' ' || b[ve - 1] == '\t'))
      ve--;
    char *value = g_strndup(b + v, ve - v);
    snip(r, c, colon, k1, sizeof k1);
    error_off(r, off,
              "': ' inside the value of '%s' starts a new key in YAML: put "
              "the value in quotes: %s: %s",
              k1, k1, single_quoted(value, sug, sizeof sug));
    g_free(value);
    return true;
  }
  size_t pls, ple;
  if (prev_content_line(r, ls, &pls, &ple)) {
    /* A key indented further than the key above it continues that
     * key's value, and then its ':' is out of place. */
    size_t pc = content_at(r, pls, ple, true);
    size_t pcolon = key_colon(r, pc, ple);
    size_t kc = content_at(r, ls, le, false);
    size_t pp_ls, pp_le;
    if (pcolon != SIZE_MAX && kc - ls > pc - pls &&
        prev_content_line(r, pls, &pp_ls, &pp_le)) {
      /* The line above is the one out of place: the keys before and
       * after it line up ("date", then "title" at column 1, "type"). */
      size_t ppc = content_at(r, pp_ls, pp_le, true);
      size_t ppcolon = key_colon(r, ppc, pp_le);
      if (ppcolon != SIZE_MAX && ppc - pp_ls == kc - ls) {
        char k3[96];
        error_off(r, pc,
                  "'%s' does not line up with the keys around it: start "
                  "it in column %zu, like '%s' above and '%s' below",
                  snip(r, pc, pcolon, k2, sizeof k2), kc - ls + 1,
                  snip(r, ppc, ppcolon, k1, sizeof k1),
                  snip(r, kc, off, k3, sizeof k3));
        return true;
      }
    }
    if (pcolon != SIZE_MAX && kc - ls > pc - pls) {
      error_off(r, kc,
                "'%s' is indented more than '%s' on the line above, so it "
                "reads as part of that value: start it in column %zu, "
                "like '%s'",
                snip(r, kc, off, k1, sizeof k1),
                snip(r, pc, pcolon, k2, sizeof k2), pc - pls + 1, k2);
      return true;
    }
  }
  return false;
}

/* Something other than a key where a key is due: a list item, a
 * key out of line, text after a closing quote. */
static bool explain_key_expected(reader *r, const syntax_at *s) {
  const char *b = r->buf;
  size_t off = s->off, ls = s->ls, le = s->le;
  char k1[96], k2[96], v1[96];
  size_t c = content_at(r, ls, le, false);
  size_t pls = 0, ple = 0;
  bool prev = prev_content_line(r, ls, &pls, &ple);
  if (c == off && c < le && b[c] == '-' && (c + 1 == le || b[c + 1] == ' ')) {
    /* The nearest item above, at most as indented as this one (an
     * item as deep as the keys above it is a list without its key). */
    size_t at = ls, ils, ile;
    bool under_key = prev && c - ls >= content_at(r, pls, ple, true) - pls;
    while (!under_key && prev_content_line(r, at, &ils, &ile)) {
      size_t ic = content_at(r, ils, ile, false);
      if (b[ic] == '-' && ic - ils <= c - ls) {
        if (ic - ils != c - ls) {
          error_off(r, c,
                    "the item '%s' does not line up with the item above "
                    "it: put its '-' in column %zu",
                    snip(r, c, le, v1, sizeof v1), ic - ils + 1);
          return true;
        }
        break;
      }
      at = ils;
    }
    error_off(r, c,
              "a list item where a key is expected: a list goes under a "
              "key that ends with ':' (like 'actors:'), one '- ' item per "
              "line");
    return true;
  }
  if (c == off) {
    size_t colon = key_colon(r, c, le);
    if (prev && colon != SIZE_MAX) {
      size_t pc = content_at(r, pls, ple, true);
      size_t pcolon = key_colon(r, pc, ple);
      if (pcolon != SIZE_MAX) {
        error_off(r, c,
                  "'%s' does not line up with '%s' on the line above: "
                  "start it in column %zu (the keys of one mapping start "
                  "in the same column)",
                  snip(r, c, colon, k1, sizeof k1),
                  snip(r, pc, pcolon, k2, sizeof k2), pc - pls + 1);
        return true;
      }
    }
    return false;
  }
  size_t i = off;
  while (i > ls && (b[i - 1] == ' ' || b[i - 1] == '\t'))
    i--;
  if (i > ls && (b[i - 1] == '"' || b[i - 1] == '\'')) {
    error_off(r, off,
              "text after the closing quote of a value: put the whole "
              "value in quotes, or remove '%s'",
              snip(r, off, le, v1, sizeof v1));
    return true;
  }
  return false;
}

/* A list item on the line of its key. */
static bool explain_item_on_key_line(reader *r, const syntax_at *s) {
  const char *b = r->buf;
  size_t off = s->off, ls = s->ls, le = s->le;
  char k1[96], v1[96];
  size_t c = content_at(r, ls, le, true);
  size_t colon = key_colon(r, c, le);
  if (colon == SIZE_MAX || colon > off)
    return false;
  size_t item = off + 1;
  while (item < le && b[item] == ' ')
    item++;
  snip(r, c, colon, k1, sizeof k1);
  snip(r, item, le, v1, sizeof v1);
  error_off(r, off,
            "a list item cannot start on the line of its key: put '- %s' "
            "on the next line, under '%s:', or write %s: [%s]",
            v1, k1, k1, v1);
  return true;
}

/* A value starting with a character YAML reserves. */
static bool explain_bad_start(reader *r, const syntax_at *s) {
  const char *b = r->buf;
  size_t off = s->off, le = s->le;
  char sug[160];
  size_t ve = le;
  while (ve > off && (b[ve - 1] == ' ' || b[ve - 1] == '\t'))
    ve--;
  char *value = g_strndup(b + off, ve - off);
  error_off(r, off,
            "a value cannot start with '%c' in YAML: put it in quotes: %s",
            b[off], single_quoted(value, sug, sizeof sug));
  g_free(value);
  return true;
}

/* A mapping line with no ': '. */
static bool explain_no_colon(reader *r, const syntax_at *s) {
  size_t coff = s->coff;
  char v1[96];
  size_t cls, cle;
  line_of(r, coff, &cls, &cle);
  error_off(r, coff,
            "no ': ' after '%s': each line of a mapping is 'key: value', "
            "with a space after the ':'",
            snip(r, coff, cle, v1, sizeof v1));
  return true;
}

/* A flow list or mapping that is never closed. */
static bool explain_unclosed_flow(reader *r, const syntax_at *s) {
  const char *problem = s->problem;
  size_t coff = s->coff;
  bool seq = strstr(problem, "']'") != NULL;
  error_off(r, coff,
            "the %s that starts here with '%c' is not closed: end it with "
            "'%c', or put the value in quotes if the '%c' is part of the "
            "text",
            seq ? "list" : "mapping", seq ? '[' : '{', seq ? ']' : '}',
            seq ? '[' : '{');
  return true;
}
/* Reports the most common syntax errors as what the person should do.
 * off is the problem's byte offset, coff the context's (or SIZE_MAX).
 * Returns false when the error is none of them. */
static bool explain_syntax(reader *r, const char *problem, const char *context,
                           size_t off, size_t coff) {
  const char *b = r->buf;
  syntax_at s = {problem, context, off, coff, 0, 0};
  line_of(r, off, &s.ls, &s.le);
  bool bad_char =
      is_problem(problem, "found character that cannot start any token");
  if (strstr(problem, "tab character") ||
      (bad_char && off < r->len && b[off] == '\t'))
    return explain_tab(r, &s);
  if (is_problem(problem, "found unexpected end of stream") &&
      strstr(context, "quoted scalar") && coff < r->len)
    return explain_open_quote(r, &s);
  if (is_problem(problem, "found unknown escape character"))
    return explain_escape(r, &s);
  if (is_problem(problem, "mapping values are not allowed in this context"))
    return explain_colon(r, &s);
  if (is_problem(problem, "did not find expected key") ||
      is_problem(problem, "did not find expected '-' indicator"))
    return explain_key_expected(r, &s);
  if (is_problem(problem,
                 "block sequence entries are not allowed in this context"))
    return explain_item_on_key_line(r, &s);
  if (bad_char && off < r->len && strchr("@`%", b[off]))
    return explain_bad_start(r, &s);
  if (is_problem(problem, "could not find expected ':'") && coff < r->len)
    return explain_no_colon(r, &s);
  if ((is_problem(problem, "did not find expected ',' or ']'") ||
       is_problem(problem, "did not find expected ',' or '}'")) &&
      coff < r->len)
    return explain_unclosed_flow(r, &s);
  return false;
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
    size_t coff = SIZE_MAX;
    unsigned cline = 0, ccol = 0;
    if (p->context)
      mark_pos(r, &p->context_mark, &coff, &cline, &ccol);
    r->syntax_failed = true;
    if (explain_syntax(r, problem, p->context ? p->context : "", off,
                       coff)) {
      /* reported */
    } else if (p->context && (p->context_mark.index != p->problem_mark.index)) {
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
  n->end = n->offset;
  return n;
}

/* Byte offset of a mark that comes after the last one asked for (the
 * cursor then only moves forward). */
static size_t mark_byte(reader *r, const yaml_mark_t *m) {
  return char_to_byte(r, m->index);
}

/* A quoted or block scalar: '#' inside it starts no comment (fmt). */
static void add_span(reader *r, size_t start, size_t end) {
  rec_map *m = r->map;
  if (!m)
    return;
  ANNALS_GROW(m->spans, m->n_spans, m->cap_spans);
  m->spans[m->n_spans].start = start;
  m->spans[m->n_spans].end = end;
  m->n_spans++;
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
    n->block = ev->data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
               ev->data.scalar.style == YAML_FOLDED_SCALAR_STYLE;
    n->end = mark_byte(r, &ev->end_mark);
    if (n->block) {
      /* libyaml ends a block scalar after the line breaks it consumed:
       * at the start of a line. */
      size_t ls = rec_line_start(r->buf, n->end);
      bool blank = true;
      for (size_t i = ls; i < n->end; i++)
        blank = blank && r->buf[i] == ' ';
      if (blank && ls > n->offset)
        n->end = ls;
    }
    if (n->quoted || n->block)
      add_span(r, n->offset, n->end);
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
    n->flow = map ? ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                  : ev->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
    GPtrArray *kids = g_ptr_array_new();
    yaml_event_t cev;
    yaml_event_type_t end =
        map ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT;
    while (next(r, &cev)) {
      if (cev.type == end) {
        if (n->flow)
          n->end = mark_byte(r, &cev.end_mark);
        yaml_event_delete(&cev);
        break;
      }
      node *kid = build(r, &cev, depth + 1);
      if (kid->end > n->end)
        n->end = kid->end;
      g_ptr_array_add(kids, kid);
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
  if (r->map)
    r->map->n_unknown++;
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

/* ---- anchors and positions (rec_map) ---------------------------------- */

static void anchor(reader *r, long long scope, unsigned key, long long item,
                   unsigned sub, const node *n) {
  rec_map *m = r->map;
  if (!m || key == REC_NONE)
    return;
  ANNALS_GROW(m->anchors, m->n_anchors, m->cap_anchors);
  rec_anchor *a = &m->anchors[m->n_anchors++];
  a->offset = n->offset;
  a->line = n->line;
  a->scope = scope;
  a->path = REC_PATH(key, item, sub);
}

static unsigned key_id(const char *k) {
  static const struct {
    const char *name;
    unsigned id;
  } keys[] = {
      {"annals", REC_ANNALS},     {"title", REC_TITLE},
      {"subtitle", REC_SUBTITLE}, {"source", REC_SOURCE},
      {"dct", REC_DCT},           {"events", REC_EVENTS},
      {"texts", REC_TEXTS},       {"id", REC_ID},
      {"date", REC_DATE},         {"approximate", REC_APPROXIMATE},
      {"type", REC_TYPE},         {"cameo", REC_CAMEO},
      {"actors", REC_ACTORS},     {"location", REC_LOCATION},
      {"country", REC_COUNTRY},   {"confidence", REC_CONFIDENCE},
      {"tags", REC_TAGS},         {"notes", REC_NOTES},
      {"mentions", REC_MENTIONS}, {"text", REC_TEXT},
      {"file", REC_FILE},         {"offset", REC_OFFSET},
      {"length", REC_LENGTH},     {"how", REC_HOW},
      {"note", REC_NOTE},         {"sha256", REC_SHA256},
      {"url", REC_URL},
  };
  for (size_t i = 0; i < ARRAY_SIZE(keys); i++)
    if (strcmp(k, keys[i].name) == 0)
      return keys[i].id;
  return REC_NONE;
}

/* The '-' of the block sequence item whose content starts at off, or
 * SIZE_MAX (an item of a flow sequence). */
static size_t find_dash(const reader *r, size_t off) {
  size_t i = off;
  while (i > r->base && (r->buf[i - 1] == ' ' || r->buf[i - 1] == '\t' ||
                         r->buf[i - 1] == '\n' || r->buf[i - 1] == '\r'))
    i--;
  if (i > r->base && r->buf[i - 1] == '-')
    return i - 1;
  return SIZE_MAX;
}

/* After the line break of the last line holding content of n. */
static size_t content_end(const reader *r, const node *n) {
  if (n->end <= n->offset)
    return rec_line_end(r->buf, r->len, n->offset);
  return rec_line_end(r->buf, r->len, n->end - 1);
}

/* Where the item starting at off begins (the line of its '-'), its dash
 * column, and the comment lines right above it. */
static void item_start(const reader *r, size_t off, size_t *start,
                       unsigned *dash_col, size_t *lead) {
  size_t dash = find_dash(r, off);
  size_t at = dash == SIZE_MAX ? off : dash;
  size_t ls = rec_line_start(r->buf, at);
  if (ls < r->base)
    ls = r->base;
  *start = ls;
  *dash_col = (unsigned)(at - ls);
  size_t top = ls;
  while (top > r->base) {
    size_t a, b;
    line_of(r, top - 1, &a, &b);
    size_t c = content_at(r, a, b, false);
    if (c >= b || r->buf[c] != '#')
      break;
    top = a;
  }
  *lead = top;
}

/* ---- values a person may have cut short -------------------------------- */

/* A plain value followed by " #x" on its line: YAML reads "#x..." as a
 * comment, which is rarely what "title: Rally #2 in Niamey" meant.  A
 * comment whose '#' is followed by a blank is taken as meant. */
static void check_cut(reader *r, const node *v, const char *key) {
  if (!v->plain || v->kind != N_SCALAR || v->len == 0)
    return;
  size_t i = v->end;
  if (i >= r->len || (r->buf[i] != ' ' && r->buf[i] != '\t'))
    return;
  while (i < r->len && (r->buf[i] == ' ' || r->buf[i] == '\t'))
    i++;
  if (i + 1 >= r->len || r->buf[i] != '#' || r->buf[i + 1] == ' ' ||
      r->buf[i + 1] == '\t' || r->buf[i + 1] == '\n' || r->buf[i + 1] == '\r')
    return;
  size_t ls, le;
  line_of(r, i, &ls, &le);
  /* A second " #" on the line starts a comment meant as one. */
  for (size_t j = i + 1; j + 1 < le; j++)
    if ((r->buf[j] == ' ' || r->buf[j] == '\t') && r->buf[j + 1] == '#') {
      le = j;
      break;
    }
  while (le > i && (r->buf[le - 1] == ' ' || r->buf[le - 1] == '\t'))
    le--;
  char c[96], val[96], sug[200];
  char *whole = g_strdup_printf("%s %.*s", v->value, (int)(le - i),
                                r->buf + i);
  annals_quote(r->buf + i, le - i, c, sizeof c);
  single_quoted(whole, sug, sizeof sug);
  unsigned line, col;
  byte_pos(r, i, &line, &col);
  if (key)
    warn_at(r, line, col, i,
             "'%s' is a comment in YAML, so the %s is '%s': to keep it, put "
             "the whole %s in quotes: %s: %s",
             c, key, q(v->value, v->len, val, sizeof val), key, key, sug);
  else
    warn_at(r, line, col, i,
             "'%s' is a comment in YAML, so the item is '%s': to keep it, "
             "put the whole item in quotes: - %s",
             c, q(v->value, v->len, val, sizeof val), sug);
  g_free(whole);
}

/* A plain value that runs on over lines joins them: "- Iran" followed by
 * "   - Iraq" (one column too far) is the one actor "Iran - Iraq". */
static void check_joined(reader *r, const node *v) {
  if (!v->plain || v->kind != N_SCALAR || v->end <= v->offset)
    return;
  size_t i = rec_line_end(r->buf, r->len, v->offset);
  while (i < v->end) {
    size_t ls = i, le;
    line_of(r, ls, &ls, &le);
    size_t c = content_at(r, ls, le, false);
    if (c + 1 < le && r->buf[c] == '-' && r->buf[c + 1] == ' ' && c < v->end) {
      char a[96], b[96];
      unsigned line, col;
      byte_pos(r, c, &line, &col);
      warn_at(r, line, col, c,
               "'%s' is read as part of the value '%s' on the line above: "
               "to make it an item of its own, put its '-' in the column of "
               "the '-' above",
               snip(r, c, le, a, sizeof a), q(v->value, v->len, b, sizeof b));
      return;
    }
    i = rec_line_end(r->buf, r->len, ls);
  }
}

/* The free-text value of key: the checks above. */
static void check_text(reader *r, const node *v, const char *key) {
  check_cut(r, v, key);
  check_joined(r, v);
}

/* ---- lists ------------------------------------------------------------- */

/* A list of non-empty strings, copied into the arena.  Items are anchored
 * as (scope, akey, i). */
static const char **string_list(reader *r, const node *v, const char *key,
                                size_t *n_out, bool *bad, long long scope,
                                unsigned akey) {
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
    check_text(r, it, NULL);
    anchor(r, scope, akey, (long long)*n_out, 0, it);
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
static void read_actors(reader *r, const node *v, annals_event *e, bool *bad,
                        long long scope) {
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
      check_text(r, it, NULL);
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
          } else {
            check_text(r, val, "name");
          }
        } else if (strcmp(k->value, "country") == 0) {
          country = opt_string(r, val, "country", &item_bad);
          if (country)
            check_text(r, val, "country");
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
    anchor(r, scope, REC_ACTORS, (long long)e->n_actors, 0, it);
    names[e->n_actors] = name;
    countries[e->n_actors] = country;
    e->n_actors++;
    any_country = any_country || country;
  }
  e->actors = names;
  e->actor_countries = any_country ? countries : NULL;
}

static const char *const source_keys[] = {
    "text", "file", "url", "offset", "length", "date", "dct", "confidence",
    NULL};

static bool read_when(reader *r, const node *v, const char *s,
                      annals_when *out);

/* The multi-document keys of a source: its url, the document date it was
 * read against, the date and confidence this report gave.  Returns false
 * after an error; *known false when key is none of them. */
static bool read_source_more(reader *r, const char *key, node *val,
                             annals_source *out, bool *known) {
  char b[96];
  const char *s;
  bool bad = false;
  *known = true;
  if (strcmp(key, "url") == 0) {
    out->url = opt_string(r, val, key, &bad);
  } else if (strcmp(key, "date") == 0 || strcmp(key, "dct") == 0) {
    annals_when w;
    if (!(s = scalar_text(r, val, key)) || !read_when(r, val, s, &w))
      return false;
    if (key[1] == 'a') {
      out->when = w;
    } else if (w.interval || w.start.prec == ANNALS_PREC_NONE) {
      error_node(r, val, "dct '%s' must be one date: YYYY-MM-DD, YYYY-MM or "
                         "YYYY", q(s, val->len, b, sizeof b));
      return false;
    } else {
      out->dct = w.start;
    }
  } else if (strcmp(key, "confidence") == 0) {
    if (!(s = scalar_text(r, val, key)))
      return false;
    char *end = NULL;
    double x = *s ? g_ascii_strtod(s, &end) : 0;
    if (!*s || *end || !isfinite(x) || x <= 0 || x > 1) {
      error_node(r, val, "confidence '%s' is not a number above 0, at most 1",
                 q(s, val->len, b, sizeof b));
      return false;
    }
    out->confidence = x;
  } else {
    *known = false;
  }
  return !bad;
}

/* A source mapping (the 'source' key or an item of 'mentions'); its keys
 * are anchored as (scope, akey, item, key). */
static bool read_source(reader *r, node *v, const char *what,
                        annals_source *out, long long scope, unsigned akey,
                        long long item) {
  memset(out, 0, sizeof *out);
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
      bool known;
      if (!read_source_more(r, key, val, out, &known))
        bad = true;
      if (!known) {
        char where[64];
        snprintf(where, sizeof where, "%s", what);
        unknown_key(r, k, where, source_keys);
        continue;
      }
    }
    anchor(r, scope, akey, item, key_id(key), k);
  }
  if (!bad && !out->text && !out->file) {
    error_node(r, v, "%s needs a 'text' or a 'file'", what);
    bad = true;
  }
  return !bad;
}

/* ---- dates written another way ----------------------------------------- */

/* Reads 1..max digits at *p. */
static bool digits(const char **p, int max, int *out) {
  int n = 0, v = 0;
  while (n < max && **p >= '0' && **p <= '9') {
    v = v * 10 + (**p - '0');
    (*p)++;
    n++;
  }
  *out = v;
  return n > 0 && !(**p >= '0' && **p <= '9');
}

static bool valid_day(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= annals_days_in_month(y, m);
}

/* A month's name or its first three letters at s (any case): 1..12, its
 * length in *n; 0 when none. */
static int month_word(const char *s, size_t *n) {
  static const char *const names[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  size_t len = 0;
  while (g_ascii_isalpha(s[len]))
    len++;
  if (len < 3)
    return 0;
  for (int i = 0; i < 12; i++)
    if (g_ascii_strncasecmp(s, names[i], len) == 0 &&
        (len == 3 || len == strlen(names[i]) ||
         (i == 8 && len == 4))) /* "Sept" */
    {
      *n = len;
      return i + 1;
    }
  return 0;
}

static const char *month_name(int m) {
  static const char *const names[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return names[(m - 1) % 12];
}

/* Dates written with words: "July 28, 2023", "28 July 2023", "July 2023",
 * "Sept. 5th 2023". */
static bool word_date(const char *s, int *y, int *m, int *d) {
  *y = *m = *d = 0;
  bool have_y = false;
  for (const char *p = s; *p;) {
    if (*p == ' ' || *p == ',' || *p == '.') {
      p++;
      continue;
    }
    size_t n;
    int mw = month_word(p, &n);
    if (mw) {
      if (*m)
        return false;
      *m = mw;
      p += n;
      continue;
    }
    const char *q0 = p;
    int v;
    if (!(*p >= '0' && *p <= '9'))
      return false;
    while (*p >= '0' && *p <= '9')
      p++;
    size_t nd = (size_t)(p - q0);
    v = atoi(q0);
    if (nd == 4 && !have_y) {
      *y = v;
      have_y = true;
    } else if (nd <= 2 && !*d) {
      *d = v;
      if (g_ascii_strncasecmp(p, "st", 2) == 0 ||
          g_ascii_strncasecmp(p, "nd", 2) == 0 ||
          g_ascii_strncasecmp(p, "rd", 2) == 0 ||
          g_ascii_strncasecmp(p, "th", 2) == 0)
        p += 2;
    } else {
      return false;
    }
    if (*p && *p != ' ' && *p != ',' && *p != '.')
      return false;
  }
  if (!have_y || !*m)
    return false;
  return !*d || valid_day(*y, *m, *d);
}

/* What to write for a date written the US or European way, or in words
 * ("07/28/2023", "28.07.2023", "2023/07/28", "July 28, 2023"); false when
 * s is none of these. */
static bool date_hint(const char *s, char *hint, size_t size) {
  const char *p = s;
  int a, b, y;
  /* A(1-2) S B(1-2) S YYYY */
  if (digits(&p, 2, &a) && (*p == '/' || *p == '.' || *p == '-')) {
    char sep = *p++;
    if (digits(&p, 2, &b) && *p == sep) {
      p++;
      if (digits(&p, 4, &y) && !*p && p - s >= 8 && y >= 1000) {
        bool md = valid_day(y, a, b), dm = valid_day(y, b, a);
        if (sep == '.' && dm)
          md = false; /* 28.07.2023: day first, as in Europe */
        if (md && dm && a != b)
          snprintf(hint, size,
                   "write %04d-%02d-%02d (%d %s) or %04d-%02d-%02d (%d %s)",
                   y, a, b, b, month_name(a), y, b, a, a, month_name(b));
        else if (md)
          snprintf(hint, size, "write %04d-%02d-%02d", y, a, b);
        else if (dm)
          snprintf(hint, size, "write %04d-%02d-%02d", y, b, a);
        else
          return false;
        return true;
      }
    } else if (p[-1] == sep) {
      /* M(1-2) S YYYY */
      p = s;
      digits(&p, 2, &a);
      p++;
      if (digits(&p, 4, &y) && !*p && y >= 1000 && a >= 1 && a <= 12) {
        snprintf(hint, size, "write %04d-%02d", y, a);
        return true;
      }
    }
  }
  /* YYYY S M S D with '/' or '.', or one-digit fields with '-' */
  p = s;
  int m, d;
  if (digits(&p, 4, &y) && p - s == 4 &&
      (*p == '/' || *p == '.' || *p == '-')) {
    char sep = *p++;
    const char *ms = p;
    if (digits(&p, 2, &m) && *p == sep) {
      size_t ml = (size_t)(p - ms);
      p++;
      const char *ds = p;
      if (digits(&p, 2, &d) && !*p && valid_day(y, m, d) &&
          (sep != '-' || ml == 1 || p - ds == 1)) {
        snprintf(hint, size, "write %04d-%02d-%02d", y, m, d);
        return true;
      }
    }
  }
  if (word_date(s, &y, &m, &d)) {
    if (d)
      snprintf(hint, size, "write %04d-%02d-%02d", y, m, d);
    else
      snprintf(hint, size, "write %04d-%02d", y, m);
    return true;
  }
  return false;
}

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

/* Reads a date value: an error in the user's terms when it does not
 * parse. */
static bool read_when(reader *r, const node *v, const char *s,
                      annals_when *out) {
  char msg[200];
  size_t at = 0;
  if (annals_when_parse(s, out, msg, sizeof msg, &at) == ANNALS_OK)
    return true;
  char hint[120], b[96];
  if (date_hint(s, hint, sizeof hint))
    error_node(r, v, "date '%s' is not written as YYYY-MM-DD: %s",
               q(s, v->len, b, sizeof b), hint);
  else
    error_in_value(r, v, at, msg);
  return false;
}

/* ---- one event ------------------------------------------------------- */

static const char *const event_keys[] = {
    "id",     "date",       "approximate", "title",    "type",
    "cameo",  "actors",     "location",    "country",  "confidence",
    "tags",   "notes",      "source",      "mentions", NULL};

/* An event key at the top level, or the next key after an event, pushed
 * out of it: the line (0 when there is none). */
static unsigned stray_key(reader *r, size_t from, const char *key,
                          unsigned key_col) {
  size_t i = from;
  while (i < r->len) {
    size_t ls = i, le;
    line_of(r, ls, &ls, &le);
    size_t c = content_at(r, ls, le, false);
    if (c < le && r->buf[c] != '#') {
      size_t kl = strlen(key);
      if ((unsigned)(c - ls) + 1 < key_col && le - c > kl &&
          memcmp(r->buf + c, key, kl) == 0 && r->buf[c + kl] == ':') {
        unsigned line, col;
        annals_text_position(r->buf, r->len, c, &line, &col);
        return line;
      }
      return 0;
    }
    i = rec_line_end(r->buf, r->len, ls);
  }
  return 0;
}

typedef struct {
  unsigned line, col;
  size_t offset;
  char *message;
} deferred_error;

/* Is "key:" on a line below the event, before the next item, indented
 * like the event's keys?  Then a syntax error on a line between cut the
 * event short, and that error says what to do. */
static bool cut_off(reader *r, size_t from, const char *key,
                    unsigned key_col) {
  size_t kl = strlen(key);
  for (size_t i = from; i < r->len;) {
    size_t ls = i, le;
    line_of(r, ls, &ls, &le);
    size_t c = content_at(r, ls, le, false);
    if (c < le && r->buf[c] == '-' && (unsigned)(c - ls) + 1 < key_col)
      return false; /* the next item */
    if ((unsigned)(c - ls) + 1 >= key_col && le - c > kl &&
        memcmp(r->buf + c, key, kl) == 0 && r->buf[c + kl] == ':')
      return true;
    i = rec_line_end(r->buf, r->len, ls);
  }
  return false;
}

/* "event has no 'title'", with the hint when the key is right below,
 * pushed out of the event; left out when a syntax error further down cut
 * the key off the event. */
static void missing_key(reader *r, const node *m, const char *key) {
  size_t end = content_end(r, m);
  unsigned line = stray_key(r, end, key, m->col);
  if (line) {
    error_node(r, m,
               "event has no '%s' (the '%s' on line %u is outside the event: "
               "indent it to column %u, like the event's other keys)",
               key, key, line, m->col);
  } else if (cut_off(r, end, key, m->col)) {
    deferred_error e = {m->line, m->col, m->offset,
                        g_strdup_printf("event has no '%s'", key)};
    g_array_append_val(r->deferred, e);
  } else {
    error_node(r, m, "event has no '%s'", key);
  }
}

/* The deferred errors stand when no syntax error came. */
static void settle_deferred(reader *r, bool keep) {
  for (guint i = 0; i < r->deferred->len; i++) {
    deferred_error *e = &g_array_index(r->deferred, deferred_error, i);
    if (keep)
      error_at(r, e->line, e->col, e->offset, "%s", e->message);
    g_free(e->message);
  }
  g_array_set_size(r->deferred, 0);
}

/* One event being read: the event, what was seen of it, and where its
 * parts are (for --update). */
typedef struct {
  annals_event e;
  long long scope; /* its index in the file */
  bool bad, have_date, had_id;
  const node *id_node, *cameo_node, *type_node;
  rec_event_pos pos;
} event_read;

/* The readers of single keys below return whether the key is to be
 * anchored after them (false when they anchored it themselves, or when
 * the value was refused before it was taken). */

static bool event_id(reader *r, event_read *x, node *v, const char *key) {
  char b[96];
  const char *s;
  x->had_id = true;
  if (!(s = scalar_text(r, v, key))) {
    x->bad = true;
    return false;
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
    x->bad = true;
    return false;
  }
  x->e.id = s;
  x->id_node = v;
  return true;
}

static bool event_date(reader *r, event_read *x, node *v, const char *key) {
  const char *s;
  x->have_date = true;
  if (!(s = scalar_text(r, v, key))) {
    x->bad = true;
    return false;
  }
  if (!read_when(r, v, s, &x->e.when))
    x->bad = true;
  return true;
}

static bool event_approximate(reader *r, event_read *x, node *v,
                              const char *key) {
  char b[96];
  const char *s;
  if (!(s = scalar_text(r, v, key))) {
    x->bad = true;
  } else if (strcmp(s, "true") == 0) {
    x->e.approximate = true;
  } else if (strcmp(s, "false") != 0) {
    error_node(r, v, "'approximate' must be true or false, not '%s'",
               q(s, v->len, b, sizeof b));
    x->bad = true;
  }
  return true;
}

static bool event_title(reader *r, event_read *x, node *v, const char *key) {
  const char *s;
  if (!(s = scalar_text(r, v, key))) {
    x->bad = true;
    x->e.title = "";
  } else if (!*s || is_null(v)) {
    error_node(r, v, "'title' must not be empty");
    x->bad = true;
    x->e.title = "";
  } else {
    check_text(r, v, "title");
    x->e.title = s;
  }
  return true;
}

static bool event_type(reader *r, event_read *x, node *v, const char *key) {
  char b[96];
  const char *s;
  x->type_node = v;
  if (!(s = scalar_text(r, v, key))) {
    x->bad = true;
    return false;
  }
  x->e.type = annals_type_from_slug(s);
  if (x->e.type == ANNALS_TYPE_NONE) {
    const char *sug = annals_type_suggest(s);
    if (sug) {
      error_node(r, v, "unknown event type '%s' (did you mean '%s'?)",
                 q(s, v->len, b, sizeof b), sug);
    } else {
      GString *all = g_string_new(NULL);
      for (int t = 1; t < ANNALS_TYPE_COUNT; t++)
        g_string_append_printf(all, "%s%s", t > 1 ? ", " : "",
                               annals_type_slug((annals_type)t));
      error_node(r, v, "unknown event type '%s': the types are %s",
                 q(s, v->len, b, sizeof b), all->str);
      g_string_free(all, TRUE);
    }
    x->bad = true;
  }
  return true;
}

static bool event_cameo(reader *r, event_read *x, node *v, const char *key) {
  char b[96];
  const char *s;
  if (is_null(v))
    return false;
  if (!(s = scalar_text(r, v, key))) {
    x->bad = true;
    return false;
  }
  size_t nd = strspn(s, "0123456789");
  if (s[nd] || nd < 2 || nd > 4) {
    error_node(r, v, "invalid cameo code '%s': use 2 to 4 digits",
               q(s, v->len, b, sizeof b));
    x->bad = true;
    return false;
  }
  x->e.cameo = s;
  x->cameo_node = v;
  return true;
}

static bool event_confidence(reader *r, event_read *x, node *v,
                             const char *key) {
  char b[96];
  const char *s;
  if (is_null(v))
    return false;
  if (!(s = scalar_text(r, v, key))) {
    x->bad = true;
    return false;
  }
  char *end = NULL;
  double d = *s ? g_ascii_strtod(s, &end) : 0;
  if (!*s || *end || !isfinite(d)) {
    error_node(r, v, "confidence '%s' is not a number between 0 and 1",
               q(s, v->len, b, sizeof b));
    x->bad = true;
  } else if (d < 0 || d > 1) {
    error_node(r, v, "confidence '%s' is outside 0..1",
               q(s, v->len, b, sizeof b));
    x->bad = true;
  } else {
    x->e.confidence = d;
  }
  return true;
}

/* 'mentions': a list of sources; anchors the key itself. */
static bool event_mentions(reader *r, event_read *x, node *k, node *v) {
  const char *key = k->value;
  annals_event *e = &x->e;
  anchor(r, x->scope, REC_MENTIONS, -1, 0, k);
  x->pos.mentions = REC_SEQ_FLOW; /* null, or not a list: not written to */
  if (v->kind == N_SEQ && !v->flow && v->n) {
    size_t ls;
    x->pos.mentions = REC_SEQ_BLOCK;
    x->pos.mentions_end = content_end(r, v);
    item_start(r, v->items[0]->offset, &ls, &x->pos.mentions_dash_col, &ls);
  }
  if (is_null(v))
    return false;
  if (!need_seq(r, v, key)) {
    x->bad = true;
    return false;
  }
  e->mentions = arena_alloc(&r->ar, (v->n + 1) * sizeof *e->mentions);
  for (size_t j = 0; j < v->n; j++) {
    anchor(r, x->scope, REC_MENTIONS, (long long)e->n_mentions, 0, v->items[j]);
    if (read_source(r, v->items[j], "each item of 'mentions'",
                    &e->mentions[e->n_mentions], x->scope, REC_MENTIONS,
                    (long long)e->n_mentions))
      e->n_mentions++;
    else
      x->bad = true;
  }
  return false;
}

/* One key of an event: reads its value into x.  Returns whether the key
 * is still to be anchored. */
static bool event_key(reader *r, event_read *x, node *k, node *v) {
  const char *key = k->value;
  annals_event *e = &x->e;
  if (strcmp(key, "id") == 0)
    return event_id(r, x, v, key);
  if (strcmp(key, "date") == 0)
    return event_date(r, x, v, key);
  if (strcmp(key, "approximate") == 0)
    return event_approximate(r, x, v, key);
  if (strcmp(key, "title") == 0)
    return event_title(r, x, v, key);
  if (strcmp(key, "type") == 0)
    return event_type(r, x, v, key);
  if (strcmp(key, "cameo") == 0)
    return event_cameo(r, x, v, key);
  if (strcmp(key, "actors") == 0) {
    anchor(r, x->scope, REC_ACTORS, -1, 0, k); /* before its items */
    read_actors(r, v, e, &x->bad, x->scope);
    return false;
  }
  if (strcmp(key, "location") == 0) {
    e->location = opt_string(r, v, key, &x->bad);
    if (e->location)
      check_text(r, v, "location");
    return true;
  }
  if (strcmp(key, "country") == 0) {
    e->country = opt_string(r, v, key, &x->bad);
    if (e->country)
      check_text(r, v, "country");
    return true;
  }
  if (strcmp(key, "confidence") == 0)
    return event_confidence(r, x, v, key);
  if (strcmp(key, "tags") == 0) {
    anchor(r, x->scope, REC_TAGS, -1, 0, k);
    e->tags = string_list(r, v, key, &e->n_tags, &x->bad, x->scope, REC_TAGS);
    return false;
  }
  if (strcmp(key, "notes") == 0) {
    e->notes = opt_string(r, v, key, &x->bad);
    return true;
  }
  if (strcmp(key, "source") == 0) {
    anchor(r, x->scope, REC_SOURCE, -1, 0, k);
    if (!is_null(v) &&
        !read_source(r, v, "'source'", &e->source, x->scope, REC_SOURCE, -1))
      x->bad = true;
    return false;
  }
  if (strcmp(key, "mentions") == 0)
    return event_mentions(r, x, k, v);
  unknown_key(r, k, "event", event_keys);
  return false;
}

/* The checks that need the whole event: required keys, the CAMEO code
 * against the type, ids used once per file. */
static void event_checks(reader *r, const node *m, event_read *x) {
  char b[96];
  annals_event *e = &x->e;
  if (!x->have_date) {
    missing_key(r, m, "date");
    x->bad = true;
  }
  if (!e->title) {
    missing_key(r, m, "title");
    x->bad = true;
  }
  if (!x->type_node) {
    missing_key(r, m, "type");
    x->bad = true;
  }
  if (x->had_id && !e->id)
    x->bad = true;
  if (x->cameo_node && e->type != ANNALS_TYPE_NONE) {
    int root = (e->cameo[0] - '0') * 10 + (e->cameo[1] - '0');
    if (root != (int)e->type) {
      error_node(r, x->cameo_node,
                 "cameo code '%s' does not belong to type '%s' (%02d..)",
                 e->cameo, annals_type_slug(e->type), (int)e->type);
      x->bad = true;
    }
  }
  if (e->id && x->id_node) {
    gpointer first = g_hash_table_lookup(r->ids, e->id);
    if (first) {
      error_node(r, x->id_node, "duplicate id '%s' (first used at line %u)",
                 q(e->id, strlen(e->id), b, sizeof b), GPOINTER_TO_UINT(first));
      x->bad = true;
    } else {
      g_hash_table_insert(r->ids, g_string_chunk_insert(r->id_strings, e->id),
                          GUINT_TO_POINTER(x->id_node->line));
    }
  }
}

/* Records where the event is (for --update) and adds it to the timeline
 * when neither it nor the file so far had an error. */
static void event_store(reader *r, const node *m, event_read *x) {
  r->last_key_col = m->col;
  r->last_event_end = content_end(r, m);
  if (r->map) {
    item_start(r, m->offset, &x->pos.start, &x->pos.dash_col, &x->pos.lead);
    x->pos.end = content_end(r, m);
    x->pos.key_col = m->col - 1;
    rec_map *mp = r->map;
    ANNALS_GROW(mp->events, mp->n_events, mp->cap_events);
    mp->events[mp->n_events++] = x->pos;
  }
  if (!x->bad && r->n_errors == 0) {
    if (!x->e.id) {
      size_t idx = annals_timeline_count(r->t);
      g_array_append_val(r->no_id, idx);
    }
    annals_timeline_add(r->t, &x->e);
  }
}

/* One event mapping: its keys in order, then the checks over all of
 * them, then the event is stored. */
static void read_event(reader *r, node *m) {
  event_read x;
  memset(&x, 0, sizeof x);
  x.scope = (long long)r->n_events++;
  if (!need_map(r, m, "each event"))
    return;
  check_keys(r, m);
  anchor(r, x.scope, REC_ITEM, -1, 0, m);
  x.e.confidence = -1;
  x.e.source.offset = x.e.source.length = -1;
  x.e.yaml_file = r->name;
  x.e.yaml_line = m->line;
  x.e.yaml_column = m->col;
  for (size_t i = 0; i < m->n; i++) {
    node *k = m->items[2 * i], *v = m->items[2 * i + 1];
    if (k->dup)
      continue;
    unsigned kid = key_id(k->value);
    if (event_key(r, &x, k, v))
      anchor(r, x.scope, kid, -1, 0, k);
  }
  event_checks(r, m, &x);
  event_store(r, m, &x);
}

/* Events without an id get one made from their date and title, kept
 * clear of the ids the events give and of each other: the same events
 * always give the same ids.  (Not of the ids in 'texts', which name these
 * events too: a made id an update wrote there must stay the same.) */
static void derive_ids(reader *r) {
  for (guint i = 0; i < r->no_id->len; i++) {
    size_t idx = g_array_index(r->no_id, size_t, i);
    annals_event *e = annals_timeline_get_mut(r->t, idx);
    char *base = annals_slug(&e->when, e->title, 48);
    char *id = g_strdup(base);
    for (int k = 2; g_hash_table_contains(r->ids, id); k++) {
      g_free(id);
      id = g_strdup_printf("%s-%d", base, k);
    }
    e->id = annals_timeline_intern(r->t, id, (size_t)-1);
    e->id_derived = true;
    g_hash_table_insert(r->ids, g_string_chunk_insert(r->id_strings, id),
                        GUINT_TO_POINTER(e->yaml_line));
    g_free(id);
    g_free(base);
  }
}

/* ---- the texts read (written by extract --update) --------------------- */

static const char *const text_keys[] = {"file", "sha256", "events", NULL};
static const char *const text_event_keys[] = {"id",     "date",    "type",
                                              "actors", "country", NULL};

static bool valid_id(const char *s) {
  size_t j = 0;
  for (; s[j]; j++) {
    char c = s[j];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
          (c == '-' && j > 0)))
      return false;
  }
  return j > 0;
}

/* One item of a text's 'events'. */
static bool read_text_event(reader *r, node *v, annals_text_event *out) {
  memset(out, 0, sizeof *out);
  if (!need_map(r, v, "each item of a text's 'events'"))
    return false;
  check_keys(r, v);
  bool bad = false, have_id = false, have_date = false, have_type = false;
  char b[96];
  for (size_t i = 0; i < v->n; i++) {
    node *k = v->items[2 * i], *val = v->items[2 * i + 1];
    if (k->dup)
      continue;
    const char *key = k->value, *s;
    if (strcmp(key, "id") == 0) {
      have_id = true;
      if (!(s = scalar_text(r, val, key))) {
        bad = true;
      } else if (!valid_id(s)) {
        error_node(r, val,
                   "invalid id '%s': use lowercase letters, digits and '-'",
                   q(s, val->len, b, sizeof b));
        bad = true;
      } else {
        out->id = s;
      }
    } else if (strcmp(key, "date") == 0) {
      have_date = true;
      if (!(s = scalar_text(r, val, key)) || !read_when(r, val, s, &out->when))
        bad = true;
    } else if (strcmp(key, "type") == 0) {
      have_type = true;
      if (!(s = scalar_text(r, val, key))) {
        bad = true;
      } else if ((out->type = annals_type_from_slug(s)) ==
                 ANNALS_TYPE_NONE) {
        error_node(r, val, "unknown event type '%s'",
                   q(s, val->len, b, sizeof b));
        bad = true;
      }
    } else if (strcmp(key, "actors") == 0) {
      out->actors = string_list(r, val, key, &out->n_actors, &bad, 0,
                                REC_NONE);
    } else if (strcmp(key, "country") == 0) {
      out->country = opt_string(r, val, key, &bad);
    } else {
      unknown_key(r, k, "an event of a text", text_event_keys);
    }
  }
  if (!have_id || !have_date || !have_type) {
    error_node(r, v, "an event of a text needs 'id', 'date' and 'type'");
    bad = true;
  }
  return !bad;
}

static void read_texts(reader *r, node *v) {
  if (r->map && v->kind == N_SEQ) {
    if (v->flow) {
      r->map->texts_style = v->n ? REC_SEQ_FLOW : REC_SEQ_EMPTY;
    } else {
      size_t ls, lead;
      r->map->texts_style = REC_SEQ_BLOCK;
      r->map->texts_end = content_end(r, v);
      item_start(r, v->items[0]->offset, &ls, &r->map->texts_dash_col,
                 &lead);
    }
  } else if (r->map) {
    r->map->texts_style = REC_SEQ_FLOW; /* null: not written into */
  }
  if (is_null(v))
    return;
  if (!need_seq(r, v, "texts"))
    return;
  char b[96];
  for (size_t i = 0; i < v->n; i++) {
    node *it = v->items[i];
    long long scope = REC_TEXT_SCOPE(i);
    if (!need_map(r, it, "each item of 'texts'"))
      continue;
    check_keys(r, it);
    anchor(r, scope, REC_ITEM, -1, 0, it);
    annals_text_entry x;
    memset(&x, 0, sizeof x);
    bool bad = false;
    const node *sha_node = NULL;
    for (size_t j = 0; j < it->n; j++) {
      node *k = it->items[2 * j], *val = it->items[2 * j + 1];
      if (k->dup)
        continue;
      const char *key = k->value, *s;
      if (strcmp(key, "file") == 0) {
        if (!(s = scalar_text(r, val, key)) || !*s) {
          if (s)
            error_node(r, val, "'file' must not be empty");
          bad = true;
        } else {
          x.file = s;
        }
      } else if (strcmp(key, "sha256") == 0) {
        sha_node = val;
        if (!(s = scalar_text(r, val, key))) {
          bad = true;
        } else if (strlen(s) != 64 ||
                   strspn(s, "0123456789abcdef") != 64) {
          error_node(r, val,
                     "invalid sha256 '%s': 64 lowercase hex digits expected",
                     q(s, val->len, b, sizeof b));
          bad = true;
        } else {
          x.sha256 = s;
        }
      } else if (strcmp(key, "events") == 0) {
        anchor(r, scope, REC_EVENTS, -1, 0, k);
        if (is_null(val))
          continue;
        if (!need_seq(r, val, "events")) {
          bad = true;
          continue;
        }
        x.events = arena_alloc(&r->ar, (val->n + 1) * sizeof *x.events);
        for (size_t e = 0; e < val->n; e++) {
          anchor(r, scope, REC_EVENTS, (long long)x.n_events, 0,
                 val->items[e]);
          if (read_text_event(r, val->items[e], &x.events[x.n_events]))
            x.n_events++;
          else
            bad = true;
        }
        continue;
      } else {
        unknown_key(r, k, "a text", text_keys);
        continue;
      }
      anchor(r, scope, key_id(key), -1, 0, k);
    }
    if (!x.file || !x.sha256) {
      if (!bad)
        error_node(r, it, "each item of 'texts' needs 'file' and 'sha256'");
      bad = true;
    }
    if (x.sha256) {
      gpointer first = g_hash_table_lookup(r->shas, x.sha256);
      if (first) {
        error_node(r, sha_node,
                   "the text with this sha256 is listed twice (first at "
                   "line %u)",
                   GPOINTER_TO_UINT(first));
        bad = true;
      } else {
        g_hash_table_insert(r->shas,
                            g_string_chunk_insert(r->id_strings, x.sha256),
                            GUINT_TO_POINTER(sha_node->line));
      }
    }
    if (!bad && r->n_errors == 0)
      annals_timeline_add_text(r->t, &x);
  }
}

/* ---- the top level --------------------------------------------------- */

static const char *const top_keys[] = {"annals", "title",  "subtitle",
                                       "source", "dct",    "events",
                                       "texts",  NULL};
static const char *const dct_keys[] = {"date", "how", "note", NULL};

static void read_dct(reader *r, node *v) {
  if (is_null(v))
    return;
  if (!need_map(r, v, "'dct'"))
    return;
  check_keys(r, v);
  annals_dct dct = {.how = ANNALS_DCT_GIVEN};
  bool have_date = false, bad = false;
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
      if (!read_when(r, val, s, &w)) {
        bad = true;
      } else if (w.interval || w.start.prec == ANNALS_PREC_NONE) {
        error_node(r, val,
                   "dct date '%s' must be one date: YYYY-MM-DD, YYYY-MM or "
                   "YYYY",
                   q(s, val->len, b, sizeof b));
        bad = true;
      } else {
        dct.date = w.start;
      }
    } else if (strcmp(key, "how") == 0) {
      if (!(s = scalar_text(r, val, key))) {
        bad = true;
      } else if (strcmp(s, "given") == 0) {
        dct.how = ANNALS_DCT_GIVEN;
      } else if (strcmp(s, "dateline") == 0) {
        dct.how = ANNALS_DCT_DATELINE;
      } else if (strcmp(s, "inferred") == 0) {
        dct.how = ANNALS_DCT_INFERRED;
      } else {
        error_node(r, val,
                   "unknown dct source '%s': use given, dateline or inferred",
                   q(s, val->len, b, sizeof b));
        bad = true;
      }
    } else if (strcmp(key, "note") == 0) {
      dct.note = opt_string(r, val, key, &bad);
      if (dct.note)
        check_text(r, val, "note");
    } else {
      unknown_key(r, k, "dct", dct_keys);
      continue;
    }
    anchor(r, REC_TOP, REC_DCT, -1, key_id(key), k);
  }
  if (!have_date) {
    error_node(r, v, "'dct' has no 'date'");
    bad = true;
  }
  if (!bad)
    annals_timeline_set_dct(r->t, &dct);
}

/* A top-level key other than 'events'; v is built. */
static void read_top(reader *r, const node *k, node *v) {
  const char *key = k->value;
  bool bad = false;
  anchor(r, REC_TOP, key_id(key), -1, 0, k);
  if (strcmp(key, "annals") == 0) {
    const char *s = scalar_text(r, v, key);
    if (s && strcmp(s, "1") != 0) {
      char b[96];
      error_node(r, v,
                 "unsupported record version '%s' (this annals reads "
                 "version %d)",
                 q(s, v->len, b, sizeof b), ANNALS_RECORD_VERSION);
    }
  } else if (strcmp(key, "title") == 0 || strcmp(key, "subtitle") == 0 ||
             strcmp(key, "source") == 0) {
    const char *s = opt_string(r, v, key, &bad);
    if (s)
      check_text(r, v, key);
    if (key[1] == 'i')
      annals_timeline_set_title(r->t, s);
    else if (key[0] == 's' && key[1] == 'u')
      annals_timeline_set_subtitle(r->t, s);
    else
      annals_timeline_set_source(r->t, s);
  } else if (strcmp(key, "dct") == 0) {
    read_dct(r, v);
  } else if (strcmp(key, "texts") == 0) {
    read_texts(r, v);
  } else {
    bool event_key = false;
    for (size_t i = 0; event_keys[i]; i++)
      event_key = event_key || strcmp(event_keys[i], key) == 0;
    if (event_key && r->events_done && r->n_events) {
      /* "date:" pushed out of the last event to column 1 */
      error_node(r, k,
                 "'%s' is outside the event above it: indent it to column "
                 "%u, like that event's keys",
                 key, r->last_key_col);
      return;
    }
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
      if (r->map && start->data.sequence_start.style ==
                        YAML_FLOW_SEQUENCE_STYLE) {
        r->map->events_style = count ? REC_SEQ_FLOW : REC_SEQ_EMPTY;
        r->map->events_flow_start = seq->offset;
        r->map->events_flow_end = mark_byte(r, &ev.end_mark);
      }
      yaml_event_delete(&ev);
      break;
    }
    node *item = build(r, &ev, 3);
    yaml_event_delete(&ev);
    read_event(r, item);
    arena_reset(&r->ar);
    count++;
  }
  r->events_done = true;
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
      anchor(r, REC_TOP, REC_EVENTS, -1, 0, k);
      if (r->map)
        r->map->events_line_end = rec_line_end(r->buf, r->len, k->offset);
      if (vev.type == YAML_SEQUENCE_START_EVENT) {
        check_anchor(r, &vev);
        if (r->map)
          r->map->events_style = REC_SEQ_BLOCK;
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

void rec_map_init(rec_map *m) { memset(m, 0, sizeof *m); }

void rec_map_release(rec_map *m) {
  if (!m)
    return;
  g_free(m->events);
  g_free(m->anchors);
  g_free(m->spans);
  memset(m, 0, sizeof *m);
}

annals_status rec_read(const char *buf, size_t len, const char *name,
                       annals_timeline **out, rec_map *map,
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
  r.map = map;
  if (!check_bytes(&r))
    return ANNALS_ERR_INPUT;
  if (map)
    map->content_start = r.base;
  r.ci = 0;
  r.bi = r.base;
  r.lb = r.base;
  r.bol = r.base;
  arena_init(&r.ar);
  r.t = annals_timeline_new();
  r.ids = g_hash_table_new(g_str_hash, g_str_equal);
  r.shas = g_hash_table_new(g_str_hash, g_str_equal);
  r.id_strings = g_string_chunk_new(4096);
  r.no_id = g_array_new(FALSE, FALSE, sizeof(size_t));
  r.deferred = g_array_new(FALSE, FALSE, sizeof(deferred_error));
  yaml_parser_initialize(&r.parser);
  yaml_parser_set_encoding(&r.parser, YAML_UTF8_ENCODING);
  yaml_parser_set_input_string(&r.parser,
                               (const unsigned char *)r.buf + r.base,
                               len - r.base);
  read_stream(&r);
  settle_deferred(&r, !r.syntax_failed);
  g_array_free(r.deferred, TRUE);
  if (!r.n_errors)
    derive_ids(&r);
  yaml_parser_delete(&r.parser);
  g_hash_table_destroy(r.ids);
  g_hash_table_destroy(r.shas);
  g_string_chunk_free(r.id_strings);
  g_array_free(r.no_id, TRUE);
  arena_release(&r.ar);
  if (r.n_errors) {
    annals_timeline_free(r.t);
    return ANNALS_ERR_INPUT;
  }
  *out = r.t;
  return ANNALS_OK;
}

annals_status annals_timeline_read_yaml(const char *buf, size_t len,
                                        const char *name,
                                        annals_timeline **out,
                                        annals_diags *d) {
  return rec_read(buf, len, name, out, NULL, d);
}
