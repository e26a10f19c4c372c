/*
 * yaml_write.c - annals_timeline -> the event record (YAML, version 1).
 *
 * libyaml's emitter event API in block style, UTF-8 without escapes and
 * no line folding (width -1), keys in the fixed order of events/schema.md,
 * absent optional fields left out.  The output depends on nothing but the
 * timeline, so writing the same timeline twice gives the same bytes.
 *
 * Remember libyaml's rule: yaml_emitter_emit() takes the event over even
 * when it fails, so an event is never deleted after emitting.
 */
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

typedef struct {
  yaml_emitter_t em;
  bool failed;
  const char *why; /* set when an event could not even be made */
} writer;

static void emit(writer *w, yaml_event_t *ev, int made) {
  if (!made) {
    /* libyaml refuses to build a scalar that is not valid UTF-8. */
    if (!w->failed)
      w->why = "a string is not valid UTF-8";
    w->failed = true;
    return;
  }
  if (w->failed) {
    yaml_event_delete(ev);
    return;
  }
  if (!yaml_emitter_emit(&w->em, ev))
    w->failed = true;
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

static void scalar_style(writer *w, const char *s, yaml_scalar_style_t style) {
  yaml_event_t ev;
  emit(w, &ev,
       yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s,
                                    (int)strlen(s), 1, 1, style));
}

/* A string value: plain when YAML allows it and it reads back as a
 * string, literal block for multi-line text, quoted otherwise. */
static void str(writer *w, const char *s) {
  yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;
  if (needs_quotes(s))
    style = YAML_SINGLE_QUOTED_SCALAR_STYLE;
  else if (strchr(s, '\n'))
    style = YAML_LITERAL_SCALAR_STYLE;
  scalar_style(w, s, style);
}

/* A number, date or other token written plain. */
static void word(writer *w, const char *s) {
  scalar_style(w, s, YAML_PLAIN_SCALAR_STYLE);
}

static void key(writer *w, const char *k) { word(w, k); }

static void pair_str(writer *w, const char *k, const char *v) {
  if (!v)
    return;
  key(w, k);
  str(w, v);
}

static void map_start(writer *w) {
  yaml_event_t ev;
  emit(w, &ev,
       yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
                                           YAML_BLOCK_MAPPING_STYLE));
}

static void map_end(writer *w) {
  yaml_event_t ev;
  emit(w, &ev, yaml_mapping_end_event_initialize(&ev));
}

static void seq_start(writer *w) {
  yaml_event_t ev;
  emit(w, &ev,
       yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
                                            YAML_BLOCK_SEQUENCE_STYLE));
}

static void seq_end(writer *w) {
  yaml_event_t ev;
  emit(w, &ev, yaml_sequence_end_event_initialize(&ev));
}

static void strv(writer *w, const char *k, const char *const *v, size_t n) {
  if (n == 0)
    return;
  key(w, k);
  seq_start(w);
  for (size_t i = 0; i < n; i++)
    str(w, v[i] ? v[i] : "");
  seq_end(w);
}

/* The shortest decimal form that reads back as the same double. */
static void format_double(double x, char *buf, size_t size) {
  for (int prec = 1; prec <= 17; prec++) {
    char fmt[8];
    snprintf(fmt, sizeof fmt, "%%.%dg", prec);
    g_ascii_formatd(buf, (gint)size, fmt, x);
    if (g_ascii_strtod(buf, NULL) == x)
      return;
  }
}

static void source_map(writer *w, const annals_source *s) {
  char num[32];
  map_start(w);
  pair_str(w, "text", s->text);
  pair_str(w, "file", s->file);
  if (s->offset >= 0) {
    key(w, "offset");
    snprintf(num, sizeof num, "%lld", s->offset);
    word(w, num);
  }
  if (s->length >= 0) {
    key(w, "length");
    snprintf(num, sizeof num, "%lld", s->length);
    word(w, num);
  }
  map_end(w);
}

static bool has_source(const annals_source *s) {
  return s->text || s->file;
}

static void event_map(writer *w, const annals_event *e) {
  char buf[48];
  map_start(w);
  pair_str(w, "id", e->id ? e->id : "");
  key(w, "date");
  annals_when_format(&e->when, buf, sizeof buf);
  word(w, buf);
  if (e->approximate) {
    key(w, "approximate");
    word(w, "true");
  }
  pair_str(w, "title", e->title ? e->title : "");
  const char *type = annals_type_slug(e->type);
  key(w, "type");
  word(w, type ? type : "unknown");
  if (e->cameo) {
    key(w, "cameo");
    str(w, e->cameo);
  }
  strv(w, "actors", e->actors, e->n_actors);
  pair_str(w, "location", e->location);
  if (e->confidence >= 0) {
    key(w, "confidence");
    format_double(e->confidence, buf, sizeof buf);
    word(w, buf);
  }
  strv(w, "tags", e->tags, e->n_tags);
  pair_str(w, "notes", e->notes);
  if (has_source(&e->source)) {
    key(w, "source");
    source_map(w, &e->source);
  }
  size_t nm = 0;
  for (size_t i = 0; i < e->n_mentions; i++)
    if (has_source(&e->mentions[i]))
      nm++;
  if (nm) {
    key(w, "mentions");
    seq_start(w);
    for (size_t i = 0; i < e->n_mentions; i++)
      if (has_source(&e->mentions[i]))
        source_map(w, &e->mentions[i]);
    seq_end(w);
  }
  map_end(w);
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

annals_status annals_timeline_write_yaml(const annals_timeline *t, FILE *out,
                                         annals_diags *d) {
  writer w;
  memset(&w, 0, sizeof w);
  if (!yaml_emitter_initialize(&w.em)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot set up the yaml emitter");
    return ANNALS_ERR_NOMEM;
  }
  yaml_emitter_set_output_file(&w.em, out);
  yaml_emitter_set_unicode(&w.em, 1);
  yaml_emitter_set_width(&w.em, -1);
  yaml_emitter_set_indent(&w.em, 2);
  yaml_emitter_set_break(&w.em, YAML_LN_BREAK);

  yaml_event_t ev;
  emit(&w, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING));
  emit(&w, &ev,
       yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1));
  map_start(&w);
  key(&w, "annals");
  char num[16];
  snprintf(num, sizeof num, "%d", ANNALS_RECORD_VERSION);
  word(&w, num);
  pair_str(&w, "title", annals_timeline_title(t));
  pair_str(&w, "subtitle", annals_timeline_subtitle(t));
  pair_str(&w, "source", annals_timeline_source(t));
  const annals_dct *dct = annals_timeline_dct(t);
  if (dct->how != ANNALS_DCT_NONE && dct->date.prec != ANNALS_PREC_NONE) {
    char buf[16];
    key(&w, "dct");
    map_start(&w);
    key(&w, "date");
    annals_date_format(&dct->date, buf, sizeof buf);
    word(&w, buf);
    key(&w, "how");
    word(&w, dct_how(dct->how));
    pair_str(&w, "note", dct->note);
    map_end(&w);
  }
  key(&w, "events");
  seq_start(&w);
  for (size_t i = 0; i < annals_timeline_count(t); i++)
    event_map(&w, annals_timeline_get(t, i));
  seq_end(&w);
  map_end(&w);
  emit(&w, &ev, yaml_document_end_event_initialize(&ev, 1));
  emit(&w, &ev, yaml_stream_end_event_initialize(&ev));
  if (!w.failed && !yaml_emitter_flush(&w.em))
    w.failed = true;
  bool io = false;
  if (!w.failed && fflush(out) != 0)
    io = w.failed = true;
  if (ferror(out) || (w.failed && w.em.error == YAML_WRITER_ERROR))
    io = w.failed = true;
  annals_status st = ANNALS_OK;
  if (w.failed && io && !w.why) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot write yaml: %s",
                     g_strerror(errno ? errno : EIO));
    st = ANNALS_ERR_IO;
  } else if (w.failed) {
    const char *why = w.why ? w.why : w.em.problem;
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot write yaml: %s", why ? why : "emitter error");
    st = ANNALS_ERR_INPUT;
  }
  yaml_emitter_delete(&w.em);
  return st;
}
