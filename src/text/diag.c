/*
 * diag.c - status strings, the diagnostics list and message helpers.
 */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>

const char *annals_strerror(annals_status st) {
  switch (st) {
  case ANNALS_OK:
    return "success";
  case ANNALS_ERR_NOMEM:
    return "out of memory or over a size limit";
  case ANNALS_ERR_IO:
    return "input/output error";
  case ANNALS_ERR_INPUT:
    return "invalid input";
  case ANNALS_ERR_ARG:
    return "invalid argument";
  case ANNALS_ERR_RENDER:
    return "rendering failed";
  }
  return "unknown status";
}

void annals_diags_init(annals_diags *d) { memset(d, 0, sizeof *d); }

void annals_diags_release(annals_diags *d) {
  if (!d)
    return;
  g_free(d->items);
  memset(d, 0, sizeof *d);
}

void annals_diags_add(annals_diags *d, annals_severity sev, const char *file,
                      unsigned line, unsigned column, size_t offset,
                      const char *fmt, ...) {
  if (!d)
    return;
  ANNALS_GROW(d->items, d->n, d->cap);
  annals_diag *dg = &d->items[d->n++];
  dg->severity = sev;
  dg->file = file;
  dg->line = line;
  dg->column = column;
  dg->offset = offset;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(dg->message, sizeof dg->message, fmt, ap);
  va_end(ap);
  if (sev == ANNALS_SEV_ERROR)
    d->n_errors++;
  else
    d->n_warnings++;
}

void annals_diag_print(const annals_diag *dg, FILE *out) {
  const char *sev = dg->severity == ANNALS_SEV_ERROR ? "error" : "warning";
  if (dg->file && dg->line)
    fprintf(out, "%s:%u:%u: %s: %s\n", dg->file, dg->line, dg->column, sev,
            dg->message);
  else if (dg->file)
    fprintf(out, "%s: %s: %s\n", dg->file, sev, dg->message);
  else
    fprintf(out, "annals: %s: %s\n", sev, dg->message);
}

static gint diag_cmp(gconstpointer pa, gconstpointer pb, gpointer unused) {
  const annals_diag *a = pa, *b = pb;
  UNUSED(unused);
  int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
  if (c)
    return c;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->column != b->column)
    return a->column < b->column ? -1 : 1;
  return 0;
}

void annals_diags_sort(annals_diags *d) {
  /* g_qsort_with_data is a stable merge sort: equal positions keep their
   * order of discovery. */
  if (d && d->n > 1)
    g_qsort_with_data(d->items, (gint)d->n, sizeof *d->items, diag_cmp,
                      NULL);
}

void annals_text_position(const char *text, size_t len, size_t offset,
                          unsigned *line, unsigned *column) {
  unsigned l = 1;
  size_t bol = 0;
  if (offset > len)
    offset = len;
  for (size_t i = 0; i < offset; i++) {
    if (text[i] == '\n') {
      l++;
      bol = i + 1;
    }
  }
  *line = l;
  *column = (unsigned)(offset - bol + 1);
}

const char *annals_quote(const char *s, size_t len, char *buf, size_t size) {
  const size_t limit = 60;
  size_t n = len < limit ? len : limit;
  if (n + 4 > size)
    n = size > 4 ? size - 4 : 0;
  /* Back up to a UTF-8 boundary when cut. */
  if (n < len)
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
      n--;
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    buf[o++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
  }
  if (n < len && o + 3 < size) {
    memcpy(buf + o, "...", 3);
    o += 3;
  }
  buf[o] = '\0';
  return buf;
}

int annals_edit_distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 40 || lb > 40)
    return 99;
  int row[41];
  for (size_t j = 0; j <= lb; j++)
    row[j] = (int)j;
  for (size_t i = 1; i <= la; i++) {
    int prev = row[0];
    row[0] = (int)i;
    for (size_t j = 1; j <= lb; j++) {
      int cur = row[j];
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int best = prev + cost;
      if (row[j] + 1 < best)
        best = row[j] + 1;
      if (row[j - 1] + 1 < best)
        best = row[j - 1] + 1;
      row[j] = best;
      prev = cur;
    }
  }
  return row[lb] > 99 ? 99 : row[lb];
}

/* ASCII runs (most of an English article) are skipped eight bytes at a
 * time; only the runs of bytes >= 0x80 between them go through GLib's
 * validator.  An ASCII byte never belongs to a multi-byte sequence, so
 * the text is valid exactly when every such run is.  NUL counts as
 * invalid, as it does for g_utf8_validate_len. */
size_t annals_utf8_check(const char *s, size_t len) {
  const uint64_t ones = UINT64_C(0x0101010101010101);
  const uint64_t highs = UINT64_C(0x8080808080808080);
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    while (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, u + i, 8);
      if ((w | ((w - ones) & ~w)) & highs)
        break; /* a byte >= 0x80 or a NUL among the eight */
      i += 8;
    }
    while (i < len && u[i] < 0x80 && u[i] != 0)
      i++;
    if (i >= len)
      break;
    if (u[i] == 0)
      return i;
    size_t j = i;
    while (j < len && u[j] >= 0x80)
      j++;
    const gchar *end = NULL;
    if (!g_utf8_validate_len(s + i, (gssize)(j - i), &end))
      return (size_t)(end - s);
    i = j;
  }
  return len;
}
