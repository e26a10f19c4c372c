/*
 * record_fmt.c - annals fmt: a record in its canonical form, comments
 * kept; and the line diff `fmt --check` shows.
 *
 * The canonical form is what the writer writes for the model read from
 * the file.  Comments are not in the model, so they are found in the text
 * (a '#' at the start of a line or after a blank, outside quoted and block
 * scalars, whose spans the reader records) and each is tied to an element
 * the writer writes (an anchor, record.h):
 *  - a comment on a line of its own goes before the next element of the
 *    file, at that element's indentation;
 *  - a comment after content goes at the end of the first line of the
 *    element that starts first on that line;
 *  - comments before the first element head the file, those after the
 *    last one end it; those of an element the canonical form leaves out
 *    (approximate: false, a null) go after the rest of its event.
 * A blank line before an element or a comment is kept (one at most).
 * Everything written is read back and compared with the model before the
 * result is handed over.
 */
#include "record/record.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct {
  char *text;        /* "# ...", right-trimmed */
  bool blank_before; /* a blank line above it */
} comment;

typedef struct {
  GArray *lead;      /* comment indexes before the element */
  int eol;           /* end-of-line comment index, or -1 */
  bool blank_before; /* a blank line above the element (or its comments) */
  bool done;
} anchor_notes;

struct rec_notes {
  rec_anchor *a; /* sorted by offset; ties keep document order */
  size_t n;
  anchor_notes *an;
  comment *c;
  size_t nc;
  GArray *header, *trailer; /* comment indexes */
  GHashTable *by_path;      /* rec_anchor* -> index + 1 */
  GHashTable *by_scope;     /* &scope -> GArray of indexes */
};

static guint anchor_hash(gconstpointer p) {
  const rec_anchor *a = p;
  uint64_t h = a->path ^ ((uint64_t)a->scope * 0x9E3779B97F4A7C15u);
  return (guint)(h ^ (h >> 32));
}

static gboolean anchor_equal(gconstpointer pa, gconstpointer pb) {
  const rec_anchor *a = pa, *b = pb;
  return a->scope == b->scope && a->path == b->path;
}

static guint scope_hash(gconstpointer p) {
  uint64_t v = (uint64_t)*(const long long *)p;
  return (guint)(v ^ (v >> 32));
}

static gboolean scope_equal(gconstpointer a, gconstpointer b) {
  return *(const long long *)a == *(const long long *)b;
}

/* Is the line holding off blank (spaces and tabs only)? */
static bool blank_line(const char *buf, size_t len, size_t ls) {
  for (size_t i = ls; i < len && buf[i] != '\n'; i++)
    if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r')
      return false;
  return true;
}

/* Is the line above the one starting at ls blank? */
static bool blank_above(const char *buf, size_t len, size_t start,
                        size_t ls) {
  if (ls <= start)
    return false;
  return blank_line(buf, len, rec_line_start(buf, ls - 1));
}

static gint anchor_cmp(gconstpointer pa, gconstpointer pb, gpointer unused) {
  const rec_anchor *a = pa, *b = pb;
  (void)unused;
  if (a->offset != b->offset)
    return a->offset < b->offset ? -1 : 1;
  return 0; /* g_qsort_with_data is stable: document order */
}

/* Index of the first anchor whose offset is >= off (or > off). */
static size_t first_at(const rec_notes *n, size_t off, bool strictly) {
  size_t lo = 0, hi = n->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    bool before = strictly ? n->a[mid].offset <= off : n->a[mid].offset < off;
    if (before)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* An item whose first line is written by its first key (events, text
 * entries, mentions): an end-of-line comment goes to that key. */
static bool container(const rec_anchor *a) {
  unsigned key = (unsigned)(a->path >> 56);
  unsigned sub = (unsigned)((a->path >> 48) & 0xFF);
  long long item = (long long)(a->path & 0xFFFFFFFFFFFFu) - 1;
  return key == REC_ITEM || (key == REC_MENTIONS && item >= 0 && sub == 0);
}

static void attach_lead(rec_notes *n, size_t ci, size_t off) {
  size_t k = first_at(n, off, true);
  if (k >= n->n)
    g_array_append_val(n->trailer, ci);
  else if (k == 0)
    g_array_append_val(n->header, ci);
  else
    g_array_append_val(n->an[k].lead, ci);
}

static void find_comments(rec_notes *n, const char *buf, size_t len,
                          const rec_map *m) {
  GArray *cs = g_array_new(FALSE, FALSE, sizeof(comment));
  size_t sp = 0;
  for (size_t i = m->content_start; i < len; i++) {
    if (buf[i] != '#')
      continue;
    while (sp < m->n_spans && m->spans[sp].end <= i)
      sp++;
    if (sp < m->n_spans && m->spans[sp].start <= i)
      continue; /* inside a quoted or block scalar */
    size_t ls = rec_line_start(buf, i);
    if (ls < m->content_start)
      ls = m->content_start;
    if (i > ls && buf[i - 1] != ' ' && buf[i - 1] != '\t')
      continue; /* "C#": part of a plain scalar */
    size_t e = i;
    while (e < len && buf[e] != '\n')
      e++;
    size_t te = e;
    while (te > i && (buf[te - 1] == ' ' || buf[te - 1] == '\t' ||
                      buf[te - 1] == '\r'))
      te--;
    bool own = true;
    for (size_t j = ls; j < i; j++)
      own = own && (buf[j] == ' ' || buf[j] == '\t');
    comment c = {g_strndup(buf + i, te - i),
                 own && blank_above(buf, len, m->content_start, ls)};
    size_t ci = cs->len;
    g_array_append_val(cs, c);
    bool placed = false;
    if (!own) {
      /* The element that starts first on this line, before the '#'. */
      size_t k = first_at(n, ls, false);
      if (k < n->n && n->a[k].offset < i) {
        size_t best = k;
        while (best + 1 < n->n && n->a[best + 1].offset == n->a[k].offset)
          best++;
        if (container(&n->a[best]) && best + 1 < n->n &&
            n->a[best + 1].offset < i)
          best++;
        if (n->an[best].eol < 0) {
          n->an[best].eol = (int)ci;
          placed = true;
        }
      }
    }
    if (!placed)
      attach_lead(n, ci, i);
    i = e;
  }
  n->nc = cs->len;
  n->c = (comment *)(void *)g_array_free(cs, FALSE);
}

static rec_notes *notes_new(const char *buf, size_t len, const rec_map *m) {
  rec_notes *n = g_new0(rec_notes, 1);
  n->n = m->n_anchors;
  n->a = g_memdup2(m->anchors, m->n_anchors * sizeof *m->anchors);
  if (n->n > 1)
    g_qsort_with_data(n->a, (gint)n->n, sizeof *n->a, anchor_cmp, NULL);
  n->an = g_new0(anchor_notes, n->n ? n->n : 1);
  n->header = g_array_new(FALSE, FALSE, sizeof(size_t));
  n->trailer = g_array_new(FALSE, FALSE, sizeof(size_t));
  n->by_path = g_hash_table_new(anchor_hash, anchor_equal);
  n->by_scope = g_hash_table_new_full(scope_hash, scope_equal, NULL,
                                      (GDestroyNotify)g_array_unref);
  for (size_t i = 0; i < n->n; i++) {
    n->an[i].lead = g_array_new(FALSE, FALSE, sizeof(size_t));
    n->an[i].eol = -1;
    size_t ls = rec_line_start(buf, n->a[i].offset);
    if (ls < m->content_start)
      ls = m->content_start;
    /* Only the first element of a line can have a blank line above. */
    bool first = i == 0 || n->a[i - 1].offset < ls;
    n->an[i].blank_before =
        first && blank_above(buf, len, m->content_start, ls);
    g_hash_table_insert(n->by_path, &n->a[i], GSIZE_TO_POINTER(i + 1));
    GArray *list = g_hash_table_lookup(n->by_scope, &n->a[i].scope);
    if (!list) {
      list = g_array_new(FALSE, FALSE, sizeof(size_t));
      g_hash_table_insert(n->by_scope, &n->a[i].scope, list);
    }
    g_array_append_val(list, i);
  }
  find_comments(n, buf, len, m);
  return n;
}

static void notes_free(rec_notes *n) {
  if (!n)
    return;
  for (size_t i = 0; i < n->n; i++)
    g_array_free(n->an[i].lead, TRUE);
  for (size_t i = 0; i < n->nc; i++)
    g_free(n->c[i].text);
  g_free(n->c);
  g_free(n->an);
  g_array_free(n->header, TRUE);
  g_array_free(n->trailer, TRUE);
  g_hash_table_destroy(n->by_path);
  g_hash_table_destroy(n->by_scope);
  g_free(n->a);
  g_free(n);
}

static void blank(GString *out) {
  if (out->len && !(out->len >= 2 && out->str[out->len - 1] == '\n' &&
                    out->str[out->len - 2] == '\n'))
    g_string_append_c(out, '\n');
}

static void put_comment(GString *out, const comment *c, int indent) {
  if (c->blank_before)
    blank(out);
  for (int i = 0; i < indent; i++)
    g_string_append_c(out, ' ');
  g_string_append(out, c->text);
  g_string_append_c(out, '\n');
}

static void put_list(rec_notes *n, GString *out, const GArray *list,
                     int indent) {
  for (guint i = 0; i < list->len; i++)
    put_comment(out, &n->c[g_array_index(list, size_t, i)], indent);
}

const char *rec_notes_before(rec_notes *n, GString *out, long long scope,
                             uint64_t path, int indent) {
  rec_anchor key = {.scope = scope, .path = path};
  size_t k = GPOINTER_TO_SIZE(g_hash_table_lookup(n->by_path, &key));
  if (!k)
    return NULL;
  anchor_notes *an = &n->an[k - 1];
  if (an->done)
    return NULL;
  an->done = true;
  put_list(n, out, an->lead, indent);
  if (an->blank_before)
    blank(out);
  return an->eol >= 0 ? n->c[an->eol].text : NULL;
}

void rec_notes_flush(rec_notes *n, GString *out, long long scope,
                     int indent) {
  GArray *list = g_hash_table_lookup(n->by_scope, &scope);
  for (guint i = 0; list && i < list->len; i++) {
    anchor_notes *an = &n->an[g_array_index(list, size_t, i)];
    if (an->done)
      continue;
    an->done = true;
    put_list(n, out, an->lead, indent);
    if (an->eol >= 0) {
      comment c = n->c[an->eol];
      c.blank_before = false;
      put_comment(out, &c, indent);
    }
  }
}

void rec_notes_header(rec_notes *n, GString *out) {
  put_list(n, out, n->header, 0);
}

void rec_notes_trailer(rec_notes *n, GString *out) {
  put_list(n, out, n->trailer, 0);
}

/* The canonical text of a model (no comments), for the self-check. */
static GString *plain_text(const annals_timeline *t) {
  GString *s = g_string_new(NULL);
  if (rec_write(t, NULL, s, NULL) != ANNALS_OK)
    g_string_truncate(s, 0);
  return s;
}

annals_status annals_record_format(const char *buf, size_t len,
                                   const char *name, char **out,
                                   size_t *out_len, annals_diags *d) {
  *out = NULL;
  *out_len = 0;
  rec_map map;
  rec_map_init(&map);
  annals_timeline *t = NULL;
  annals_status st = rec_read(buf, len, name, &t, &map, d);
  if (st != ANNALS_OK) {
    rec_map_release(&map);
    return st;
  }
  if (map.n_unknown) {
    annals_diags_add(d, ANNALS_SEV_ERROR, name, 0, 0, SIZE_MAX,
                     "not formatted: the canonical form has no place for "
                     "the %zu unknown key%s above; rename or remove %s",
                     map.n_unknown, map.n_unknown == 1 ? "" : "s",
                     map.n_unknown == 1 ? "it" : "them");
    annals_timeline_free(t);
    rec_map_release(&map);
    return ANNALS_ERR_INPUT;
  }
  rec_notes *notes = notes_new(buf ? buf : "", len, &map);
  GString *o = g_string_sized_new(len + len / 8 + 64);
  st = rec_write(t, notes, o, d);
  notes_free(notes);
  rec_map_release(&map);
  if (st == ANNALS_OK) {
    /* The formatted text must hold the same record. */
    annals_timeline *back = NULL;
    annals_diags bd;
    annals_diags_init(&bd);
    bool same = false;
    if (rec_read(o->str, o->len, name, &back, NULL, &bd) == ANNALS_OK) {
      GString *a = plain_text(t), *b = plain_text(back);
      same = a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
      g_string_free(a, TRUE);
      g_string_free(b, TRUE);
    }
    annals_diags_release(&bd);
    annals_timeline_free(back);
    if (!same) {
      annals_diags_add(d, ANNALS_SEV_ERROR, name, 0, 0, SIZE_MAX,
                       "not formatted: the canonical form would not read "
                       "back as the same record (a bug in annals; the "
                       "file is left as it is)");
      st = ANNALS_ERR_INPUT;
    }
  }
  annals_timeline_free(t);
  if (st != ANNALS_OK) {
    g_string_free(o, TRUE);
    return st;
  }
  *out_len = o->len;
  *out = g_string_free(o, FALSE);
  return ANNALS_OK;
}

/* ---- unified diff ---------------------------------------------------- */

typedef struct {
  const char *p;
  size_t n; /* with its line break, if any */
} line;

static GArray *split_lines(const char *s, size_t len) {
  GArray *v = g_array_new(FALSE, FALSE, sizeof(line));
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(s + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - s) + 1 : len;
    line l = {s + i, e - i};
    g_array_append_val(v, l);
    i = e;
  }
  return v;
}

static bool same_line(const line *a, const line *b) {
  return a->n == b->n && memcmp(a->p, b->p, a->n) == 0;
}

/* Edit script: 0 keep, 1 delete (from a), 2 insert (from b). */
typedef struct {
  GByteArray *ops;
} script;

/* Beyond this many differences the middle is shown as replaced whole:
 * Myers' trace takes D^2 memory. */
#define DIFF_MAX_D 2000

/* Myers' O(ND) diff of a[0..n) and b[0..m), appended to ops. */
static void myers(const line *a, size_t n, const line *b, size_t m,
                  GByteArray *ops) {
  size_t max = n + m;
  if (max > (size_t)DIFF_MAX_D)
    max = DIFF_MAX_D;
  size_t width = 2 * max + 1;
  GArray *trace = g_array_new(FALSE, FALSE, sizeof(long *));
  long *v = g_new0(long, width + 2);
  long off = (long)max + 1;
  long found = -1;
  for (long dd = 0; dd <= (long)max && found < 0; dd++) {
    for (long k = -dd; k <= dd; k += 2) {
      long x;
      if (k == -dd || (k != dd && v[off + k - 1] < v[off + k + 1]))
        x = v[off + k + 1];
      else
        x = v[off + k - 1] + 1;
      long y = x - k;
      while (x < (long)n && y < (long)m && same_line(&a[x], &b[y])) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= (long)n && y >= (long)m) {
        found = dd;
        break;
      }
    }
    long *copy = g_memdup2(v, (width + 2) * sizeof *v);
    g_array_append_val(trace, copy);
  }
  if (found < 0) {
    /* Too different: delete all of a, insert all of b. */
    for (size_t i = 0; i < n; i++)
      g_byte_array_append(ops, (const guint8 *)"\1", 1);
    for (size_t i = 0; i < m; i++)
      g_byte_array_append(ops, (const guint8 *)"\2", 1);
  } else {
    /* Walk back through the trace. */
    GByteArray *rev = g_byte_array_new();
    long x = (long)n, y = (long)m;
    for (long dd = found; dd > 0; dd--) {
      long *pv = g_array_index(trace, long *, dd - 1);
      long k = x - y;
      long pk;
      if (k == -dd || (k != dd && pv[off + k - 1] < pv[off + k + 1]))
        pk = k + 1;
      else
        pk = k - 1;
      long px = pv[off + pk], py = px - pk;
      while (x > px && y > py) {
        g_byte_array_append(rev, (const guint8 *)"\0", 1);
        x--;
        y--;
      }
      if (x == px)
        g_byte_array_append(rev, (const guint8 *)"\2", 1);
      else
        g_byte_array_append(rev, (const guint8 *)"\1", 1);
      x = px;
      y = py;
    }
    while (x > 0 && y > 0) {
      g_byte_array_append(rev, (const guint8 *)"\0", 1);
      x--;
      y--;
    }
    for (guint i = rev->len; i-- > 0;)
      g_byte_array_append(ops, &rev->data[i], 1);
    g_byte_array_free(rev, TRUE);
  }
  for (guint i = 0; i < trace->len; i++)
    g_free(g_array_index(trace, long *, i));
  g_array_free(trace, TRUE);
  g_free(v);
}

static void put_line(FILE *out, char tag, const line *l) {
  fputc(tag, out);
  fwrite(l->p, 1, l->n, out);
  if (!l->n || l->p[l->n - 1] != '\n')
    fputs("\n\\ No newline at end of file\n", out);
}

size_t annals_diff(const char *a, size_t alen, const char *b, size_t blen,
                   const char *label_a, const char *label_b, FILE *out) {
  GArray *la = split_lines(a, alen), *lb = split_lines(b, blen);
  const line *A = (const line *)(void *)la->data;
  const line *B = (const line *)(void *)lb->data;
  size_t n = la->len, m = lb->len;
  size_t pre = 0;
  while (pre < n && pre < m && same_line(&A[pre], &B[pre]))
    pre++;
  size_t suf = 0;
  while (suf < n - pre && suf < m - pre &&
         same_line(&A[n - 1 - suf], &B[m - 1 - suf]))
    suf++;
  GByteArray *ops = g_byte_array_new();
  for (size_t i = 0; i < pre; i++)
    g_byte_array_append(ops, (const guint8 *)"\0", 1);
  myers(A + pre, n - pre - suf, B + pre, m - pre - suf, ops);
  for (size_t i = 0; i < suf; i++)
    g_byte_array_append(ops, (const guint8 *)"\0", 1);
  size_t changes = 0;
  for (guint i = 0; i < ops->len; i++)
    changes += ops->data[i] != 0;
  if (changes) {
    fprintf(out, "--- %s\n+++ %s\n", label_a, label_b);
    /* Hunks: changes with 3 lines of context, merged when close. */
    const size_t ctx = 3;
    guint i = 0;
    size_t ai = 0, bi = 0; /* line numbers (0-based) at ops[i] */
    while (i < ops->len) {
      if (ops->data[i] == 0) {
        i++;
        ai++;
        bi++;
        continue;
      }
      /* A hunk starts ctx lines before this change. */
      guint start = i;
      size_t back = 0;
      while (back < ctx && start > 0 && ops->data[start - 1] == 0) {
        start--;
        back++;
      }
      size_t a0 = ai - back, b0 = bi - back;
      guint end = i;
      for (;;) {
        while (end < ops->len && ops->data[end] != 0)
          end++;
        guint run = 0;
        while (end + run < ops->len && ops->data[end + run] == 0)
          run++;
        if (end + run < ops->len && run <= 2 * ctx) {
          end += run;
          continue;
        }
        end += run < ctx ? run : (guint)ctx;
        break;
      }
      size_t na = 0, nb = 0;
      for (guint j = start; j < end; j++) {
        na += ops->data[j] != 2;
        nb += ops->data[j] != 1;
      }
      fprintf(out, "@@ -%zu,%zu +%zu,%zu @@\n", na ? a0 + 1 : a0, na,
              nb ? b0 + 1 : b0, nb);
      size_t x = a0, y = b0;
      for (guint j = start; j < end; j++) {
        if (ops->data[j] == 0) {
          put_line(out, ' ', &A[x++]);
          y++;
        } else if (ops->data[j] == 1) {
          put_line(out, '-', &A[x++]);
        } else {
          put_line(out, '+', &B[y++]);
        }
      }
      ai = x;
      bi = y;
      i = end;
    }
  }
  g_byte_array_free(ops, TRUE);
  g_array_free(la, TRUE);
  g_array_free(lb, TRUE);
  return changes;
}
