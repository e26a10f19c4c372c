/*
 * yaml_write.c - annals_timeline -> the event record (YAML, version 1).
 *
 * Block style (but for an actor with a country, a one-line flow mapping),
 * UTF-8 without escapes where YAML allows, no line folding, keys in the
 * fixed order of events/schema.md, absent optional fields left out.  The
 * output depends on nothing but the timeline, so writing the same timeline
 * twice gives the same bytes.
 *
 * Why not libyaml's emitter (the reader does use libyaml): the record has
 * a fixed shape (mappings, sequences, scalars), and the emitter's
 * character-by-character analysis and output took 45% of the instructions
 * of `annals extract`.  Writing the fixed shape directly costs a few
 * instructions per byte.  Scalar styles follow the YAML 1.1 rules that
 * libyaml applies, erring on the side of quoting; the reader (libyaml's
 * parser) reading every written string back unchanged is tested
 * exhaustively (tests/unit/test_yaml.c, fuzz_yaml's round trip).
 *
 * With notes (annals fmt, record_fmt.c) the writer puts comments back:
 * before each element it calls at(), which writes the comments that went
 * before that element in the file read and keeps its end-of-line comment
 * for eol(), which ends the element's first line.
 *
 * Styles: plain when YAML reads the text back as the same string; single
 * quotes for other one-line printable text; a literal block (|, |-, |+) for
 * multi-line text; double quotes with escapes for anything else (control
 * characters, tabs, unusual line breaks, a leading space on a block).
 */
#include "record/record.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

/* Output is gathered and handed to stdio in pieces of this size. */
#define FLUSH_AT 65536

/* The last doubles written (confidences repeat a few values), keyed by
 * their bits, with their text (format_double_memo). */
typedef struct {
  uint64_t bits[8];
  char text[8][32];
  size_t n, next;
} double_memo;

typedef struct {
  FILE *out; /* NULL: everything stays in buf */
  GString *buf;
  double_memo memo;
  bool failed; /* a write to out failed */
  bool dash;   /* the next key starts a sequence item: "- key:" */
  rec_notes *notes;
  long long scope;  /* of the elements being written (record.h) */
  const char *eol;  /* the end-of-line comment of the current element */
} writer;

static void flush(writer *w) {
  if (!w->out)
    return;
  if (w->buf->len && !w->failed &&
      fwrite(w->buf->str, 1, w->buf->len, w->out) != w->buf->len)
    w->failed = true;
  g_string_truncate(w->buf, 0);
}

/* Appends to the buffer, which is allocated with room for FLUSH_AT plus
 * a margin: short pieces are copied in place, without a GString call. */
static void put(writer *w, const char *s, size_t n) {
  GString *b = w->buf;
  if (b->len + n < b->allocated_len) {
    memcpy(b->str + b->len, s, n);
    b->len += n;
    b->str[b->len] = '\0';
  } else {
    g_string_append_len(b, s, (gssize)n);
  }
  if (b->len >= FLUSH_AT)
    flush(w);
}

static void puts_(writer *w, const char *s) { put(w, s, strlen(s)); }

static void spaces(writer *w, int n) {
  static const char blanks[] = "                                ";
  for (; n > 0; n -= (int)(sizeof blanks - 1))
    put(w, blanks,
        n < (int)(sizeof blanks - 1) ? (size_t)n : sizeof blanks - 1);
}

/* True when a plain scalar with this text would read as something other
 * than a string: a null (our reader takes those as "no value"), or a
 * YAML 1.1 bool, number or timestamp (other tools would).  Such strings
 * are written quoted.  The number test is deliberately broad. */
static bool needs_quotes(const char *s) {
  static const char *const words[] = {
      "~",   "null", "Null", "NULL",  "y",     "Y",     "yes", "Yes",
      "YES", "n",    "N",    "no",    "No",    "NO",    "true", "True",
      "TRUE", "false", "False", "FALSE", "on",  "On",    "ON",  "off",
      "Off", "OFF",  ".inf", ".Inf",  ".INF",  "-.inf", ".nan", ".NaN",
      ".NAN", "<<"};
  if (!*s)
    return true;
  /* Most text starts with a letter no special word starts with. */
  if (!strchr("~nNyYtTfFoO.<+-0123456789", *s))
    return false;
  if (strnlen(s, 6) <= 5) /* the longest special word has 5 bytes */
    for (size_t i = 0; i < ARRAY_SIZE(words); i++)
      if (strcmp(s, words[i]) == 0)
        return true;
  const char *p = s;
  if (*p == '+' || *p == '-')
    p++;
  if (!((*p >= '0' && *p <= '9') || *p == '.'))
    return false;
  return p[strspn(p, "0123456789_.:+-eExXoabcdefABCDEFT")] == '\0';
}


static bool printable(gunichar c) {
  return c == 0x0A || (c >= 0x20 && c <= 0x7E) || c == 0x85 ||
         (c >= 0xA0 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

typedef enum { ST_PLAIN, ST_SINGLE, ST_DOUBLE, ST_LITERAL } style;

/* Printable ASCII other than ':' and '#': a byte choose() can pass
 * over without looking further. */
static bool plain_ascii(unsigned char b) {
  return b >= 0x20 && b < 0x7f && b != ':' && b != '#';
}

/* The style a string value is written in.  s is valid UTF-8. */
static style choose(const char *s) {
  size_t n = strlen(s);
  if (n == 0)
    return ST_SINGLE;
  bool newline = false, odd = false, space_break = false;
  bool plain = !needs_quotes(s) && !strchr("-?:,[]{}#&*!|>'\"%@`", s[0]) &&
               strncmp(s, "...", 3) != 0;
  for (const char *p = s; *p;) {
    while (plain_ascii((unsigned char)*p))
      p++;
    if (!*p)
      break;
    unsigned char b = (unsigned char)*p;
    if (b < 0x80) {
      if (b == '\n') {
        newline = true;
        if (p > s && p[-1] == ' ')
          space_break = true;
      } else if (b < 0x20 || b == 0x7f) {
        odd = true; /* tab, CR, other controls */
      } else if (b == ':' && (p[1] == ' ' || p[1] == '\0')) {
        plain = false;
      } else if (b == '#' && p > s && p[-1] == ' ') {
        plain = false;
      }
      p++;
      continue;
    }
    gunichar c = g_utf8_get_char(p);
    if (!printable(c) || c == 0x85 || c == 0x2028 || c == 0x2029)
      odd = true; /* non-printables and line breaks YAML would fold */
    p = g_utf8_next_char(p);
  }
  if (odd)
    return ST_DOUBLE;
  if (newline) {
    /* A literal block keeps every byte, unless a line ends in a space
     * (trailing spaces are invisible and easily lost), the text starts
     * with a space or a break (the indentation would be read from it) or
     * ends in a space. */
    if (space_break || s[0] == ' ' || s[0] == '\n' || s[n - 1] == ' ')
      return ST_DOUBLE;
    return ST_LITERAL;
  }
  if (s[0] == ' ' || s[n - 1] == ' ')
    return ST_SINGLE;
  return plain ? ST_PLAIN : ST_SINGLE;
}

static void put_single(writer *w, const char *s) {
  put(w, "'", 1);
  for (const char *p = s;;) {
    const char *q = strchr(p, '\'');
    if (!q) {
      puts_(w, p);
      break;
    }
    put(w, p, (size_t)(q - p + 1));
    put(w, "'", 1);
    p = q + 1;
  }
  put(w, "'", 1);
}

static void put_double(writer *w, const char *s) {
  put(w, "\"", 1);
  for (const char *p = s; *p;) {
    unsigned char b = (unsigned char)*p;
    char esc[16];
    const char *e = NULL;
    if (b < 0x80) {
      switch (b) {
      case '"': e = "\\\""; break;
      case '\\': e = "\\\\"; break;
      case '\n': e = "\\n"; break;
      case '\t': e = "\\t"; break;
      case '\r': e = "\\r"; break;
      default:
        if (b < 0x20 || b == 0x7f) {
          snprintf(esc, sizeof esc, "\\x%02X", b);
          e = esc;
        }
      }
      if (e)
        puts_(w, e);
      else
        put(w, p, 1);
      p++;
      continue;
    }
    gunichar c = g_utf8_get_char(p);
    const char *next = g_utf8_next_char(p);
    if (!printable(c) || c == 0x85 || c == 0x2028 || c == 0x2029) {
      if (c <= 0xFF)
        snprintf(esc, sizeof esc, "\\x%02X", (unsigned)c);
      else if (c <= 0xFFFF)
        snprintf(esc, sizeof esc, "\\u%04X", (unsigned)c);
      else
        snprintf(esc, sizeof esc, "\\U%08X", (unsigned)c);
      puts_(w, esc);
    } else {
      put(w, p, (size_t)(next - p));
    }
    p = next;
  }
  put(w, "\"", 1);
}

/* Before an element: its comments (with notes). */
static void at(writer *w, unsigned k, long long item, unsigned sub,
               int indent) {
  if (w->notes)
    w->eol = rec_notes_before(w->notes, w->buf, w->scope,
                              REC_PATH(k, item, sub), indent);
}

/* Ends a line, with the current element's end-of-line comment. */
static void eol(writer *w) {
  if (w->eol) {
    put(w, " ", 1);
    puts_(w, w->eol);
    w->eol = NULL;
  }
  put(w, "\n", 1);
}

/* A literal block: the header, then each line at indent (empty lines
 * stay empty).  Chomping keeps exactly the final breaks s has. */
static void put_literal(writer *w, const char *s, int indent) {
  size_t n = strlen(s), body = n;
  while (body > 0 && s[body - 1] == '\n')
    body--;
  size_t trailing = n - body;
  puts_(w, trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+");
  for (size_t a = 0; a < body;) {
    const char *nl = memchr(s + a, '\n', body - a);
    size_t b = nl ? (size_t)(nl - s) : body;
    eol(w);
    if (b > a) {
      spaces(w, indent);
      put(w, s + a, b - a);
    }
    a = b + 1;
  }
  for (size_t i = 1; i < trailing; i++)
    eol(w);
}

/* Writes a string value (after "key: " or "- ") and ends the line.
 * indent is the column of the lines of a literal block. */
static void value(writer *w, const char *s, int indent) {
  switch (choose(s)) {
  case ST_PLAIN:
    puts_(w, s);
    break;
  case ST_SINGLE:
    put_single(w, s);
    break;
  case ST_DOUBLE:
    put_double(w, s);
    break;
  case ST_LITERAL:
    put_literal(w, s, indent);
    break;
  }
  eol(w);
}

/* Starts "key:" at indent; the first key of a sequence item (w->dash)
 * starts with "- " two columns to the left. */
static void key(writer *w, int indent, const char *k) {
  if (w->dash) {
    spaces(w, indent - 2);
    put(w, "- ", 2);
    w->dash = false;
  } else {
    spaces(w, indent);
  }
  puts_(w, k);
  put(w, ":", 1);
}

/* "key: word" where the word needs no quoting (dates, numbers, slugs). */
static void pair_word(writer *w, int indent, unsigned kid, const char *k,
                      const char *v) {
  at(w, kid, -1, 0, indent);
  key(w, indent, k);
  put(w, " ", 1);
  puts_(w, v);
  eol(w);
}

/* "key: text"; nothing when v is NULL. */
static void pair_str(writer *w, int indent, unsigned kid, const char *k,
                     const char *v) {
  if (!v)
    return;
  at(w, kid, -1, 0, indent);
  key(w, indent, k);
  put(w, " ", 1);
  value(w, v, indent + 2);
}

static void strv(writer *w, int indent, unsigned kid, const char *k,
                 const char *const *v, size_t n) {
  if (n == 0)
    return;
  at(w, kid, -1, 0, indent);
  key(w, indent, k);
  eol(w);
  for (size_t i = 0; i < n; i++) {
    at(w, kid, (long long)i, 0, indent);
    spaces(w, indent);
    put(w, "- ", 2);
    value(w, v[i] ? v[i] : "", indent + 2);
  }
}

/* Writes a string inside a flow mapping ("{name: ..., country: ...}").
 * A flow collection cannot hold a literal block, and there a plain scalar
 * must not contain ",[]{}" (they end it) nor ':' (libyaml versions
 * disagree on "a:b" in flow context), so such text is quoted. */
static void flow_value(writer *w, const char *s) {
  switch (choose(s)) {
  case ST_PLAIN:
    if (!s[strcspn(s, ",[]{}:")]) {
      puts_(w, s);
      break;
    }
    put_single(w, s); /* plain text is one printable line */
    break;
  case ST_SINGLE:
    put_single(w, s);
    break;
  case ST_DOUBLE:
  case ST_LITERAL:
    put_double(w, s);
    break;
  }
}

/* The country written for actor i: NULL when it has none, or when it is
 * empty or the actor's own name (a country acting for itself). */
static const char *actor_country(const annals_event *e, size_t i) {
  const char *c = e->actor_countries ? e->actor_countries[i] : NULL;
  if (!c || !*c || !e->actors[i] || strcmp(c, e->actors[i]) == 0)
    return NULL;
  return c;
}

/* The actors: a plain item per actor, "- {name: N, country: C}" for one
 * with a country. */
static void actors_seq(writer *w, int indent, const annals_event *e) {
  if (e->n_actors == 0)
    return;
  at(w, REC_ACTORS, -1, 0, indent);
  key(w, indent, "actors");
  eol(w);
  for (size_t i = 0; i < e->n_actors; i++) {
    const char *name = e->actors[i] ? e->actors[i] : "";
    const char *country = actor_country(e, i);
    at(w, REC_ACTORS, (long long)i, 0, indent);
    spaces(w, indent);
    put(w, "- ", 2);
    if (!country) {
      value(w, name, indent + 2);
      continue;
    }
    puts_(w, "{name: ");
    flow_value(w, name);
    puts_(w, ", country: ");
    flow_value(w, country);
    put(w, "}", 1);
    eol(w);
  }
}

/* The shortest decimal form that reads back as the same double. */
static void format_double(double x, char *buf, size_t size) {
  static const char *const fmts[] = {
      "%.1g",  "%.2g",  "%.3g",  "%.4g",  "%.5g",  "%.6g",
      "%.7g",  "%.8g",  "%.9g",  "%.10g", "%.11g", "%.12g",
      "%.13g", "%.14g", "%.15g", "%.16g", "%.17g"};
  for (size_t i = 0; i < G_N_ELEMENTS(fmts); i++) {
    g_ascii_formatd(buf, (gint)size, fmts[i], x);
    if (g_ascii_strtod(buf, NULL) == x)
      return;
  }
}

/* format_double, remembered for the values a file repeats. */
static const char *format_double_memo(double_memo *m, double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  for (size_t i = 0; i < m->n; i++)
    if (m->bits[i] == b)
      return m->text[i];
  size_t k = m->next;
  m->next = (m->next + 1) % G_N_ELEMENTS(m->bits);
  if (m->n < G_N_ELEMENTS(m->bits))
    m->n++;
  format_double(x, m->text[k], sizeof m->text[k]);
  m->bits[k] = b;
  return m->text[k];
}

/* Decimal digits of v (>= 0) into buf, NUL-terminated. */
static void format_count(long long v, char buf[32]) {
  buf[annals_put_digits(buf, (unsigned long long)v, 1)] = '\0';
}

/* The keys of a source (the event's, or mention item of kid): anchored
 * as (kid, item, key). */
static void source_map(writer *w, int indent, const annals_source *s,
                       unsigned kid, long long item) {
  char num[48];
  static const unsigned subs[] = {REC_TEXT,   REC_FILE, REC_URL,
                                  REC_OFFSET, REC_LENGTH, REC_DATE,
                                  REC_DCT,    REC_CONFIDENCE};
  static const char *const names[] = {"text",   "file", "url",
                                      "offset", "length", "date",
                                      "dct",    "confidence"};
  for (int i = 0; i < 8; i++) {
    const char *v = NULL;
    bool word = i >= 3;
    if (i == 0)
      v = s->text;
    else if (i == 1)
      v = s->file;
    else if (i == 2)
      v = s->url;
    else if (i <= 4 && (i == 3 ? s->offset : s->length) >= 0) {
      format_count(i == 3 ? s->offset : s->length, num);
      v = num;
    } else if (i == 5 && s->when.start.prec != ANNALS_PREC_NONE) {
      annals_when_format(&s->when, num, sizeof num);
      v = num;
    } else if (i == 6 && s->dct.prec != ANNALS_PREC_NONE) {
      annals_date_format(&s->dct, num, sizeof num);
      v = num;
    } else if (i == 7 && s->confidence > 0) {
      v = format_double_memo(&w->memo, s->confidence);
    }
    if (!v)
      continue;
    at(w, kid, item, subs[i], indent);
    key(w, indent, names[i]);
    put(w, " ", 1);
    if (word) {
      puts_(w, v);
      eol(w);
    } else {
      value(w, v, indent + 2);
    }
  }
}

static bool has_source(const annals_source *s) {
  return s->text || s->file;
}

/* One event: a mapping at indent 2 whose first key follows "- ". */
static void event_map(writer *w, const annals_event *e) {
  char buf[48];
  at(w, REC_ITEM, -1, 0, 0);
  w->eol = NULL; /* an item's own line is its first key's */
  w->dash = true;
  pair_str(w, 2, REC_ID, "id", e->id ? e->id : "");
  annals_when_format(&e->when, buf, sizeof buf);
  pair_word(w, 2, REC_DATE, "date", buf);
  if (e->approximate)
    pair_word(w, 2, REC_APPROXIMATE, "approximate", "true");
  pair_str(w, 2, REC_TITLE, "title", e->title ? e->title : "");
  const char *type = annals_type_slug(e->type);
  pair_word(w, 2, REC_TYPE, "type", type ? type : "unknown");
  pair_str(w, 2, REC_CAMEO, "cameo", e->cameo);
  actors_seq(w, 2, e);
  pair_str(w, 2, REC_LOCATION, "location", e->location);
  pair_str(w, 2, REC_COUNTRY, "country", e->country);
  if (e->confidence >= 0)
    pair_word(w, 2, REC_CONFIDENCE, "confidence",
              format_double_memo(&w->memo, e->confidence));
  strv(w, 2, REC_TAGS, "tags", e->tags, e->n_tags);
  pair_str(w, 2, REC_NOTES, "notes", e->notes);
  if (has_source(&e->source)) {
    at(w, REC_SOURCE, -1, 0, 2);
    key(w, 2, "source");
    eol(w);
    source_map(w, 4, &e->source, REC_SOURCE, -1);
  }
  size_t nm = 0;
  for (size_t i = 0; i < e->n_mentions; i++)
    if (has_source(&e->mentions[i]))
      nm++;
  if (nm) {
    at(w, REC_MENTIONS, -1, 0, 2);
    key(w, 2, "mentions");
    eol(w);
    for (size_t i = 0; i < e->n_mentions; i++)
      if (has_source(&e->mentions[i])) {
        at(w, REC_MENTIONS, (long long)i, 0, 2);
        w->eol = NULL;
        w->dash = true;
        source_map(w, 4, &e->mentions[i], REC_MENTIONS, (long long)i);
      }
  }
  if (w->notes)
    rec_notes_flush(w->notes, w->buf, w->scope, 0);
}

/* One event a text gave, on one line:
 * "{id: ..., date: ..., type: ..., actors: [...], country: ...}". */
static void text_event(writer *w, const annals_text_event *x) {
  char buf[48];
  puts_(w, "{id: ");
  flow_value(w, x->id ? x->id : "");
  annals_when_format(&x->when, buf, sizeof buf);
  puts_(w, ", date: ");
  puts_(w, buf);
  const char *type = annals_type_slug(x->type);
  puts_(w, ", type: ");
  puts_(w, type ? type : "unknown");
  if (x->n_actors) {
    puts_(w, ", actors: [");
    for (size_t i = 0; i < x->n_actors; i++) {
      if (i)
        puts_(w, ", ");
      flow_value(w, x->actors[i] ? x->actors[i] : "");
    }
    put(w, "]", 1);
  }
  if (x->country) {
    puts_(w, ", country: ");
    flow_value(w, x->country);
  }
  put(w, "}", 1);
}

/* One item of 'texts' at indent 2 whose first key follows "- ". */
static void text_map(writer *w, const annals_text_entry *x) {
  at(w, REC_ITEM, -1, 0, 0);
  w->eol = NULL;
  w->dash = true;
  pair_str(w, 2, REC_FILE, "file", x->file ? x->file : "");
  pair_word(w, 2, REC_SHA256, "sha256", x->sha256 ? x->sha256 : "");
  if (x->n_events) {
    at(w, REC_EVENTS, -1, 0, 2);
    key(w, 2, "events");
    eol(w);
    for (size_t i = 0; i < x->n_events; i++) {
      at(w, REC_EVENTS, (long long)i, 0, 2);
      spaces(w, 2);
      put(w, "- ", 2);
      text_event(w, &x->events[i]);
      eol(w);
    }
  }
  if (w->notes)
    rec_notes_flush(w->notes, w->buf, w->scope, 0);
}

static bool utf8_ok(const char *s) {
  if (!s)
    return true;
  size_t n = strlen(s);
  return annals_utf8_check(s, n) == n;
}

static bool source_ok(const annals_source *s) {
  return utf8_ok(s->text) && utf8_ok(s->file) && utf8_ok(s->url);
}

/* Every string of the timeline is valid UTF-8 (checked before anything is
 * written, so a bad string never leaves half a record behind). */
static bool timeline_ok(const annals_timeline *t) {
  if (!utf8_ok(annals_timeline_title(t)) ||
      !utf8_ok(annals_timeline_subtitle(t)) ||
      !utf8_ok(annals_timeline_source(t)) ||
      !utf8_ok(annals_timeline_dct(t)->note))
    return false;
  for (size_t i = 0; i < annals_timeline_count(t); i++) {
    const annals_event *e = annals_timeline_get(t, i);
    bool ok = utf8_ok(e->id) && utf8_ok(e->title) && utf8_ok(e->cameo) &&
              utf8_ok(e->location) && utf8_ok(e->country) &&
              utf8_ok(e->notes) && source_ok(&e->source);
    for (size_t j = 0; ok && j < e->n_actors; j++)
      ok = utf8_ok(e->actors[j]) && utf8_ok(actor_country(e, j));
    for (size_t j = 0; ok && j < e->n_tags; j++)
      ok = utf8_ok(e->tags[j]);
    for (size_t j = 0; ok && j < e->n_mentions; j++)
      ok = source_ok(&e->mentions[j]);
    if (!ok)
      return false;
  }
  return true;
}

static const char *dct_how(annals_dct_source how) {
  switch (how) {
  case ANNALS_DCT_DATELINE:
    return "dateline";
  case ANNALS_DCT_INFERRED:
    return "inferred";
  case ANNALS_DCT_GIVEN:
  case ANNALS_DCT_NONE:
    break;
  }
  return "given";
}

static bool text_ok(const annals_text_entry *x) {
  bool ok = utf8_ok(x->file) && utf8_ok(x->sha256);
  for (size_t i = 0; ok && i < x->n_events; i++) {
    ok = utf8_ok(x->events[i].id) && utf8_ok(x->events[i].country);
    for (size_t j = 0; ok && j < x->events[i].n_actors; j++)
      ok = utf8_ok(x->events[i].actors[j]);
  }
  return ok;
}

/* Writes the whole record into w. */
static void record(writer *w, const annals_timeline *t) {
  char num[16];
  w->scope = REC_TOP;
  if (w->notes)
    rec_notes_header(w->notes, w->buf);
  snprintf(num, sizeof num, "%d", ANNALS_RECORD_VERSION);
  pair_word(w, 0, REC_ANNALS, "annals", num);
  pair_str(w, 0, REC_TITLE, "title", annals_timeline_title(t));
  pair_str(w, 0, REC_SUBTITLE, "subtitle", annals_timeline_subtitle(t));
  pair_str(w, 0, REC_SOURCE, "source", annals_timeline_source(t));
  const annals_dct *dct = annals_timeline_dct(t);
  if (dct->how != ANNALS_DCT_NONE && dct->date.prec != ANNALS_PREC_NONE) {
    char buf[16];
    at(w, REC_DCT, -1, 0, 0);
    key(w, 0, "dct");
    eol(w);
    annals_date_format(&dct->date, buf, sizeof buf);
    at(w, REC_DCT, -1, REC_DATE, 2);
    key(w, 2, "date");
    put(w, " ", 1);
    puts_(w, buf);
    eol(w);
    at(w, REC_DCT, -1, REC_HOW, 2);
    key(w, 2, "how");
    put(w, " ", 1);
    puts_(w, dct_how(dct->how));
    eol(w);
    if (dct->note) {
      at(w, REC_DCT, -1, REC_NOTE, 2);
      key(w, 2, "note");
      put(w, " ", 1);
      value(w, dct->note, 4);
    }
  }
  size_t n = annals_timeline_count(t);
  at(w, REC_EVENTS, -1, 0, 0);
  key(w, 0, "events");
  if (!n)
    puts_(w, " []");
  eol(w);
  for (size_t i = 0; i < n; i++) {
    w->scope = (long long)i;
    event_map(w, annals_timeline_get(t, i));
  }
  w->scope = REC_TOP;
  size_t nt = annals_timeline_text_count(t);
  if (nt) {
    at(w, REC_TEXTS, -1, 0, 0);
    key(w, 0, "texts");
    eol(w);
    for (size_t i = 0; i < nt; i++) {
      w->scope = REC_TEXT_SCOPE(i);
      text_map(w, annals_timeline_text_get(t, i));
    }
    w->scope = REC_TOP;
  }
  if (w->notes) {
    rec_notes_flush(w->notes, w->buf, REC_TOP, 0);
    rec_notes_trailer(w->notes, w->buf);
  }
}

static bool all_ok(const annals_timeline *t, annals_diags *d) {
  bool ok = timeline_ok(t);
  for (size_t i = 0; ok && i < annals_timeline_text_count(t); i++)
    ok = text_ok(annals_timeline_text_get(t, i));
  if (!ok)
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot write yaml: a string is not valid UTF-8");
  return ok;
}

annals_status annals_timeline_write_yaml(const annals_timeline *t, FILE *out,
                                         annals_diags *d) {
  if (!all_ok(t, d))
    return ANNALS_ERR_INPUT;
  writer w = {.out = out, .buf = g_string_sized_new(FLUSH_AT + 4096)};
  record(&w, t);
  flush(&w);
  g_string_free(w.buf, TRUE);
  if (w.failed || fflush(out) != 0 || ferror(out)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot write yaml: %s", g_strerror(errno ? errno : EIO));
    return ANNALS_ERR_IO;
  }
  return ANNALS_OK;
}

annals_status rec_write(const annals_timeline *t, rec_notes *notes,
                        GString *out, annals_diags *d) {
  if (!all_ok(t, d))
    return ANNALS_ERR_INPUT;
  writer w = {.buf = out, .notes = notes};
  record(&w, t);
  return ANNALS_OK;
}

void rec_write_event(const annals_event *e, GString *out) {
  writer w = {.buf = out, .scope = REC_TOP};
  event_map(&w, e);
}

void rec_write_mention(const annals_source *s, GString *out) {
  writer w = {.buf = out, .scope = REC_TOP};
  w.dash = true;
  source_map(&w, 2, s, REC_MENTIONS, 0);
}

void rec_write_text(const annals_text_entry *x, GString *out) {
  writer w = {.buf = out, .scope = REC_TOP};
  text_map(&w, x);
}
