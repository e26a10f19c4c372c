/*
 * jsonl.c - the document stream: one JSON object per line in
 * ({"id", "date", "url", "title", "text"}), one event per line out.
 *
 * A small, strict JSON reader (RFC 8259) for one line: an object whose
 * known keys are strings (id may be a number, any may be null); other
 * keys may hold any JSON value and are skipped.  Errors give the byte
 * column of the offending character.  Nesting is limited so that a
 * hostile line cannot exhaust the stack.
 */
#include "internal.h"

#include <stdlib.h>

#define JSON_MAX_DEPTH 64

typedef struct {
  const char *s;
  size_t n, i;
  const char *name;
  unsigned line;
  annals_diags *d;
  bool failed;
} jp;

static bool fail(jp *p, size_t at, const char *fmt, const char *arg) {
  if (!p->failed)
    annals_diags_add(p->d, ANNALS_SEV_ERROR, p->name, p->line,
                     (unsigned)(at + 1), at, fmt, arg);
  p->failed = true;
  return false;
}

static void ws(jp *p) {
  while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' ||
                         p->s[p->i] == '\r' || p->s[p->i] == '\n'))
    p->i++;
}

static const char *what_at(const jp *p) {
  if (p->i >= p->n)
    return "the end of the line";
  unsigned char c = (unsigned char)p->s[p->i];
  return c < 0x20 || c >= 0x7f ? "a control or non-ASCII byte" : NULL;
}

/* "expected X, found 'c'" at the current position. */
static bool expected(jp *p, const char *x) {
  char msg[120];
  const char *w = what_at(p);
  if (w)
    snprintf(msg, sizeof msg, "expected %s, found %s", x, w);
  else
    snprintf(msg, sizeof msg, "expected %s, found '%c'", x, p->s[p->i]);
  return fail(p, p->i, "%s", msg);
}

static int hex4(const char *s) {
  int v = 0;
  for (int k = 0; k < 4; k++) {
    char c = s[k];
    int h = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (h < 0)
      return -1;
    v = v * 16 + h;
  }
  return v;
}

/* A \u escape at p->i (after the backslash and 'u'); appends UTF-8. */
static bool unicode_escape(jp *p, size_t at, GString *out) {
  if (p->n - p->i < 4 || hex4(p->s + p->i) < 0)
    return fail(p, at, "%s", "\\u needs four hexadecimal digits");
  unsigned cp = (unsigned)hex4(p->s + p->i);
  p->i += 4;
  if (cp >= 0xDC00 && cp <= 0xDFFF)
    return fail(p, at, "%s", "lone low surrogate in a \\u escape");
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    int lo = p->n - p->i >= 6 && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u'
                 ? hex4(p->s + p->i + 2)
                 : -1;
    if (lo < 0xDC00 || lo > 0xDFFF)
      return fail(p, at, "%s", "high surrogate without its low surrogate");
    p->i += 6;
    cp = 0x10000 + ((cp - 0xD800) << 10) + ((unsigned)lo - 0xDC00);
  }
  if (cp == 0)
    return fail(p, at, "%s", "\\u0000 (a NUL character) is not allowed");
  if (out)
    g_string_append_unichar(out, (gunichar)cp);
  return true;
}

/* A string at p->i (on its opening quote); decoded into out when out is
 * not NULL. */
static bool string(jp *p, GString *out) {
  size_t open = p->i++;
  for (;;) {
    if (p->i >= p->n)
      return fail(p, open, "%s", "string not closed on its line");
    unsigned char c = (unsigned char)p->s[p->i];
    if (c == '"') {
      p->i++;
      return true;
    }
    if (c < 0x20)
      return fail(p, p->i, "%s",
                  "control character in a string (write it as an escape)");
    if (c == '\\') {
      size_t at = p->i++;
      char e = p->i < p->n ? p->s[p->i++] : '\0';
      const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
      const char *k = e ? strchr(from, e) : NULL;
      if (e == 'u') {
        if (!unicode_escape(p, at, out))
          return false;
      } else if (k) {
        if (out)
          g_string_append_c(out, to[k - from]);
      } else {
        return fail(p, at, "%s", "invalid escape in a string");
      }
      continue;
    }
    size_t k = p->i;
    while (k < p->n && (unsigned char)p->s[k] >= 0x20 && p->s[k] != '"' &&
           p->s[k] != '\\')
      k++;
    size_t ok = annals_utf8_check(p->s + p->i, k - p->i);
    if (ok < k - p->i) {
      char b[8];
      snprintf(b, sizeof b, "0x%02x", (unsigned char)p->s[p->i + ok]);
      return fail(p, p->i + ok, "invalid UTF-8 byte %s in a string", b);
    }
    if (out)
      g_string_append_len(out, p->s + p->i, (gssize)(k - p->i));
    p->i = k;
  }
}

static bool digits(jp *p) {
  size_t a = p->i;
  while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
    p->i++;
  return p->i > a;
}

/* A number; its text (as written) into out when out is not NULL. */
static bool number(jp *p, GString *out) {
  size_t a = p->i;
  if (p->s[p->i] == '-')
    p->i++;
  if (p->i < p->n && p->s[p->i] == '0')
    p->i++;
  else if (!digits(p))
    return expected(p, "a digit");
  if (p->i < p->n && p->s[p->i] == '.') {
    p->i++;
    if (!digits(p))
      return expected(p, "a digit after '.'");
  }
  if (p->i < p->n && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
    p->i++;
    if (p->i < p->n && (p->s[p->i] == '+' || p->s[p->i] == '-'))
      p->i++;
    if (!digits(p))
      return expected(p, "a digit in the exponent");
  }
  if (out)
    g_string_append_len(out, p->s + a, (gssize)(p->i - a));
  return true;
}

static bool value(jp *p, int depth, GString *out, bool *is_null);

/* An array or object (skipped) at p->i. */
static bool container(jp *p, int depth) {
  char close = p->s[p->i] == '[' ? ']' : '}';
  if (depth >= JSON_MAX_DEPTH)
    return fail(p, p->i, "%s", "values nested too deeply");
  p->i++;
  ws(p);
  if (p->i < p->n && p->s[p->i] == close) {
    p->i++;
    return true;
  }
  for (;;) {
    ws(p);
    if (close == '}') {
      if (p->i >= p->n || p->s[p->i] != '"')
        return expected(p, "a key (a string)");
      if (!string(p, NULL))
        return false;
      ws(p);
      if (p->i >= p->n || p->s[p->i] != ':')
        return expected(p, "':'");
      p->i++;
    }
    bool nul;
    if (!value(p, depth + 1, NULL, &nul))
      return false;
    ws(p);
    if (p->i < p->n && p->s[p->i] == ',') {
      p->i++;
      continue;
    }
    if (p->i < p->n && p->s[p->i] == close) {
      p->i++;
      return true;
    }
    return expected(p, close == '}' ? "',' or '}'" : "',' or ']'");
  }
}

/* Any value; a string or number is given (decoded) in out. */
static bool value(jp *p, int depth, GString *out, bool *is_null) {
  *is_null = false;
  ws(p);
  if (p->i >= p->n)
    return expected(p, "a value");
  char c = p->s[p->i];
  if (c == '"')
    return string(p, out);
  if (c == '-' || (c >= '0' && c <= '9'))
    return number(p, out);
  if (c == '[' || c == '{')
    return container(p, depth);
  static const char *const words[] = {"true", "false", "null"};
  for (size_t k = 0; k < ARRAY_SIZE(words); k++) {
    size_t wl = strlen(words[k]);
    if (p->n - p->i >= wl && memcmp(p->s + p->i, words[k], wl) == 0) {
      p->i += wl;
      *is_null = k == 2;
      return true;
    }
  }
  return expected(p, "a value");
}

/* Reads the document date: "YYYY-MM-DD", optionally followed by a time
 * ("T12:00:00Z" or " 12:00"). */
static bool doc_date(const char *s, annals_date *out) {
  char day[11];
  size_t n = strlen(s);
  if (n < 10 || (n > 10 && s[10] != 'T' && s[10] != ' '))
    return false;
  memcpy(day, s, 10);
  day[10] = '\0';
  return annals_parse_day(day, out);
}

static const char *const doc_keys[] = {"id", "date", "url", "title", "text"};

/* Stores the value of known key k. */
static bool doc_field(jp *p, int k, size_t at, GString *v, bool nul,
                      annals_jdoc *out) {
  if (nul)
    return true;
  if (k == 1) {
    if (!doc_date(v->str, &out->date)) {
      char b[80];
      return fail(p, at, "date '%s' is not a day written YYYY-MM-DD",
                  annals_quote(v->str, v->len, b, sizeof b));
    }
    return true;
  }
  char **dst = k == 0   ? &out->id
               : k == 2 ? &out->url
               : k == 3 ? &out->title
                        : &out->text;
  if (k == 4)
    out->text_len = v->len;
  *dst = g_strndup(v->str, v->len);
  return true;
}

/* One key: value pair of the document object. */
static bool doc_member(jp *p, annals_jdoc *out, bool seen[5], GString *v) {
  size_t key_at = p->i;
  if (p->i >= p->n || p->s[p->i] != '"')
    return expected(p, "a key (a string)");
  g_string_truncate(v, 0);
  if (!string(p, v))
    return false;
  int k = -1;
  for (int j = 0; j < 5; j++)
    if (strcmp(v->str, doc_keys[j]) == 0)
      k = j;
  if (k >= 0 && seen[k])
    return fail(p, key_at, "key '%s' given twice", doc_keys[k]);
  if (k >= 0)
    seen[k] = true;
  ws(p);
  if (p->i >= p->n || p->s[p->i] != ':')
    return expected(p, "':'");
  p->i++;
  ws(p);
  size_t at = p->i;
  char c = at < p->n ? p->s[at] : '\0';
  g_string_truncate(v, 0);
  bool nul;
  if (!value(p, 1, k >= 0 ? v : NULL, &nul))
    return false;
  if (k < 0)
    return true;
  bool str = c == '"' || (k == 0 && (c == '-' || (c >= '0' && c <= '9')));
  if (!nul && !str)
    return fail(p, at, "'%s' must be a string or null", doc_keys[k]);
  return doc_field(p, k, at, v, nul, out);
}

annals_status annals_jdoc_parse(const char *line, size_t len, const char *name,
                                unsigned lineno, annals_jdoc *out,
                                annals_diags *d) {
  memset(out, 0, sizeof *out);
  jp p = {.s = line, .n = len, .name = name, .line = lineno, .d = d};
  bool seen[5] = {false};
  GString *v = g_string_new(NULL);
  ws(&p);
  if (p.i >= p.n || p.s[p.i] != '{') {
    expected(&p, "'{' (one JSON object per line)");
  } else {
    p.i++;
    ws(&p);
    bool empty = p.i < p.n && p.s[p.i] == '}';
    if (empty)
      p.i++;
    while (!empty && !p.failed) {
      ws(&p);
      if (!doc_member(&p, out, seen, v))
        break;
      ws(&p);
      if (p.i < p.n && p.s[p.i] == ',') {
        p.i++;
      } else if (p.i < p.n && p.s[p.i] == '}') {
        p.i++;
        break;
      } else {
        expected(&p, "',' or '}'");
      }
    }
    ws(&p);
    if (!p.failed && p.i < p.n)
      expected(&p, "the end of the line after the object");
    if (!p.failed && !out->text)
      fail(&p, 0, "%s", "the document has no 'text'");
  }
  g_string_free(v, TRUE);
  if (p.failed) {
    annals_jdoc_release(out);
    return ANNALS_ERR_INPUT;
  }
  return ANNALS_OK;
}

void annals_jdoc_release(annals_jdoc *doc) {
  g_free(doc->id);
  g_free(doc->url);
  g_free(doc->title);
  g_free(doc->text);
  memset(doc, 0, sizeof *doc);
}

/* ---- events out -------------------------------------------------------- */

static void json_string(GString *o, const char *s) {
  g_string_append_c(o, '"');
  for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
    if (*c == '"' || *c == '\\') {
      g_string_append_c(o, '\\');
      g_string_append_c(o, (char)*c);
    } else if (*c < 0x20) {
      static const char *const esc[] = {
          [8] = "\\b", [9] = "\\t", [10] = "\\n", [12] = "\\f", [13] = "\\r"};
      const char *e = *c < ARRAY_SIZE(esc) ? esc[*c] : NULL;
      if (e)
        g_string_append(o, e);
      else
        g_string_append_printf(o, "\\u%04x", *c);
    } else {
      g_string_append_c(o, (char)*c);
    }
  }
  g_string_append_c(o, '"');
}

static void json_key(GString *o, const char *k, const char *v) {
  if (!v)
    return;
  g_string_append_printf(o, ", \"%s\": ", k);
  json_string(o, v);
}

static void json_source(GString *o, const annals_source *s) {
  g_string_append(o, "{\"text\": ");
  json_string(o, s->text ? s->text : "");
  json_key(o, "doc", s->file);
  json_key(o, "url", s->url);
  if (s->offset >= 0)
    g_string_append_printf(o, ", \"offset\": %lld", s->offset);
  if (s->length >= 0)
    g_string_append_printf(o, ", \"length\": %lld", s->length);
  if (s->dct.prec != ANNALS_PREC_NONE) {
    char b[16];
    annals_date_format(&s->dct, b, sizeof b);
    json_key(o, "dct", b);
  }
  g_string_append_c(o, '}');
}

static void event_json(const annals_event *e, GString *o) {
  char b[48];
  g_string_append(o, "{\"id\": ");
  json_string(o, e->id ? e->id : "");
  annals_when_format(&e->when, b, sizeof b);
  json_key(o, "date", b);
  json_key(o, "title", e->title ? e->title : "");
  json_key(o, "type", annals_type_slug(e->type));
  g_string_append(o, ", \"actors\": [");
  for (size_t i = 0; i < e->n_actors; i++) {
    if (i)
      g_string_append(o, ", ");
    json_string(o, e->actors[i]);
  }
  g_string_append_c(o, ']');
  json_key(o, "location", e->location);
  json_key(o, "country", e->country);
  if (e->confidence >= 0) {
    char num[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append_printf(
        o, ", \"confidence\": %s",
        g_ascii_formatd(num, sizeof num, "%.2f", e->confidence));
  }
  g_string_append(o, ", \"source\": ");
  json_source(o, &e->source);
  g_string_append(o, ", \"mentions\": [");
  for (size_t i = 0; i < e->n_mentions; i++) {
    if (i)
      g_string_append(o, ", ");
    json_source(o, &e->mentions[i]);
  }
  g_string_append(o, "]}\n");
}

annals_status annals_event_write_json(const annals_event *e, FILE *out) {
  GString *o = g_string_new(NULL);
  event_json(e, o);
  size_t w = fwrite(o->str, 1, o->len, out);
  bool ok = w == o->len;
  g_string_free(o, TRUE);
  return ok ? ANNALS_OK : ANNALS_ERR_IO;
}
