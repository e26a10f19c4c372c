/*
 * model.c - the timeline: events, their storage, order, ids and checks.
 *
 * A timeline owns everything reachable from it.  Strings live in a
 * GStringChunk and arrays in a list of blocks, all freed at once.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

struct annals_timeline {
  const char *title, *subtitle, *source;
  annals_dct dct;
  annals_event *events;
  size_t n, cap;
  annals_text_entry *texts;
  size_t n_texts, cap_texts;
  GStringChunk *strings;
  GPtrArray *blocks;
};

annals_timeline *annals_timeline_new(void) {
  annals_timeline *t = g_new0(annals_timeline, 1);
  t->strings = g_string_chunk_new(4096);
  t->blocks = g_ptr_array_new_with_free_func(g_free);
  return t;
}

void annals_timeline_free(annals_timeline *t) {
  if (!t)
    return;
  g_free(t->events);
  g_free(t->texts);
  g_string_chunk_free(t->strings);
  g_ptr_array_free(t->blocks, TRUE);
  g_free(t);
}

const char *annals_timeline_intern(annals_timeline *t, const char *s,
                                   size_t len) {
  if (!s)
    return NULL;
  if (len == (size_t)-1)
    return g_string_chunk_insert(t->strings, s);
  return g_string_chunk_insert_len(t->strings, s, (gssize)len);
}

static void *block(annals_timeline *t, size_t n, size_t size) {
  if (n == 0)
    return NULL;
  void *p = g_malloc0_n(n, size);
  g_ptr_array_add(t->blocks, p);
  return p;
}

const char *annals_timeline_title(const annals_timeline *t) {
  return t->title;
}
const char *annals_timeline_subtitle(const annals_timeline *t) {
  return t->subtitle;
}
const char *annals_timeline_source(const annals_timeline *t) {
  return t->source;
}
const annals_dct *annals_timeline_dct(const annals_timeline *t) {
  return &t->dct;
}
void annals_timeline_set_title(annals_timeline *t, const char *s) {
  t->title = annals_timeline_intern(t, s, (size_t)-1);
}
void annals_timeline_set_subtitle(annals_timeline *t, const char *s) {
  t->subtitle = annals_timeline_intern(t, s, (size_t)-1);
}
void annals_timeline_set_source(annals_timeline *t, const char *s) {
  t->source = annals_timeline_intern(t, s, (size_t)-1);
}
void annals_timeline_set_dct(annals_timeline *t, const annals_dct *dct) {
  if (!dct) {
    memset(&t->dct, 0, sizeof t->dct);
    return;
  }
  t->dct.date = dct->date;
  t->dct.how = dct->how;
  t->dct.note = annals_timeline_intern(t, dct->note, (size_t)-1);
}

size_t annals_timeline_count(const annals_timeline *t) { return t->n; }

const annals_event *annals_timeline_get(const annals_timeline *t, size_t i) {
  return i < t->n ? &t->events[i] : NULL;
}

annals_event *annals_timeline_get_mut(annals_timeline *t, size_t i) {
  return i < t->n ? &t->events[i] : NULL;
}

static void copy_source(annals_timeline *t, annals_source *dst,
                        const annals_source *src) {
  dst->text = annals_timeline_intern(t, src->text, (size_t)-1);
  dst->file = annals_timeline_intern(t, src->file, (size_t)-1);
  dst->offset = src->offset;
  dst->length = src->length;
  dst->url = annals_timeline_intern(t, src->url, (size_t)-1);
  dst->dct = src->dct;
  dst->when = src->when;
  dst->confidence = src->confidence;
}

static const char **copy_strv(annals_timeline *t, const char *const *v,
                              size_t n) {
  const char **out = block(t, n, sizeof *out);
  for (size_t i = 0; i < n; i++)
    out[i] = annals_timeline_intern(t, v[i], (size_t)-1);
  return out;
}

/* Copies the actors' countries (NULL entries stay NULL); NULL when the
 * event has none. */
static const char **copy_countries(annals_timeline *t, const annals_event *ev) {
  if (!ev->actor_countries || ev->n_actors == 0)
    return NULL;
  const char **out = block(t, ev->n_actors, sizeof *out);
  for (size_t i = 0; i < ev->n_actors; i++)
    out[i] = annals_timeline_intern(t, ev->actor_countries[i], (size_t)-1);
  return out;
}

annals_event *annals_timeline_add(annals_timeline *t, const annals_event *ev) {
  ANNALS_GROW(t->events, t->n, t->cap);
  annals_event *e = &t->events[t->n++];
  *e = *ev;
  e->id = annals_timeline_intern(t, ev->id, (size_t)-1);
  e->title = annals_timeline_intern(t, ev->title, (size_t)-1);
  e->cameo = annals_timeline_intern(t, ev->cameo, (size_t)-1);
  e->location = annals_timeline_intern(t, ev->location, (size_t)-1);
  e->country = annals_timeline_intern(t, ev->country, (size_t)-1);
  e->notes = annals_timeline_intern(t, ev->notes, (size_t)-1);
  e->yaml_file = annals_timeline_intern(t, ev->yaml_file, (size_t)-1);
  e->actors = copy_strv(t, ev->actors, ev->n_actors);
  e->actor_countries = copy_countries(t, ev);
  e->tags = copy_strv(t, ev->tags, ev->n_tags);
  copy_source(t, &e->source, &ev->source);
  e->mentions = block(t, ev->n_mentions, sizeof *e->mentions);
  for (size_t i = 0; i < ev->n_mentions; i++)
    copy_source(t, &e->mentions[i], &ev->mentions[i]);
  return e;
}

size_t annals_timeline_text_count(const annals_timeline *t) {
  return t->n_texts;
}

const annals_text_entry *annals_timeline_text_get(const annals_timeline *t,
                                                  size_t i) {
  return i < t->n_texts ? &t->texts[i] : NULL;
}

void annals_timeline_add_text(annals_timeline *t,
                              const annals_text_entry *x) {
  ANNALS_GROW(t->texts, t->n_texts, t->cap_texts);
  annals_text_entry *y = &t->texts[t->n_texts++];
  y->file = annals_timeline_intern(t, x->file, (size_t)-1);
  y->sha256 = annals_timeline_intern(t, x->sha256, (size_t)-1);
  y->n_events = x->n_events;
  y->events = block(t, x->n_events, sizeof *y->events);
  for (size_t i = 0; i < x->n_events; i++) {
    const annals_text_event *a = &x->events[i];
    annals_text_event *b = &y->events[i];
    *b = *a;
    b->id = annals_timeline_intern(t, a->id, (size_t)-1);
    b->country = annals_timeline_intern(t, a->country, (size_t)-1);
    b->actors = copy_strv(t, a->actors, a->n_actors);
  }
}

/* Actor names are compared without regard to ASCII case: hand edits
 * write "houthis" as often as "Houthis". */
static bool share_actor(const annals_event *a, const annals_event *b) {
  for (size_t i = 0; i < a->n_actors; i++)
    for (size_t j = 0; j < b->n_actors; j++)
      if (a->actors[i] && b->actors[j] &&
          g_ascii_strcasecmp(a->actors[i], b->actors[j]) == 0)
        return true;
  return false;
}

bool annals_events_match(const annals_event *a, const annals_event *b) {
  if (a->type == ANNALS_TYPE_NONE || a->type != b->type)
    return false;
  if (a->when.start.prec == ANNALS_PREC_NONE ||
      b->when.start.prec == ANNALS_PREC_NONE)
    return false;
  int64_t a0 = annals_date_first_day(&a->when.start);
  int64_t a1 = annals_date_last_day(&a->when.end);
  int64_t b0 = annals_date_first_day(&b->when.start);
  int64_t b1 = annals_date_last_day(&b->when.end);
  bool a_in_b = a0 >= b0 && a1 <= b1, b_in_a = b0 >= a0 && b1 <= a1;
  if (!a_in_b && !b_in_a)
    return false;
  if (a->n_actors && b->n_actors) {
    if (!share_actor(a, b))
      return false;
  } else if (a->n_actors || b->n_actors) {
    return false; /* one names who acted, the other does not */
  } else if (!a->location || !b->location ||
             g_ascii_strcasecmp(a->location, b->location) != 0) {
    return false; /* nothing to tell two such events apart by */
  }
  if (a->country && b->country && g_ascii_strcasecmp(a->country, b->country))
    return false;
  return true;
}

void annals_timeline_merge(annals_timeline *dst, const annals_timeline *src) {
  if (!dst->title)
    dst->title = annals_timeline_intern(dst, src->title, (size_t)-1);
  if (!dst->subtitle)
    dst->subtitle = annals_timeline_intern(dst, src->subtitle, (size_t)-1);
  if (!dst->source)
    dst->source = annals_timeline_intern(dst, src->source, (size_t)-1);
  if (dst->dct.how == ANNALS_DCT_NONE && src->dct.how != ANNALS_DCT_NONE)
    annals_timeline_set_dct(dst, &src->dct);
  for (size_t i = 0; i < src->n; i++)
    annals_timeline_add(dst, &src->events[i]);
}

static int strcmp0(const char *a, const char *b) {
  return strcmp(a ? a : "", b ? b : "");
}

static gint event_cmp(gconstpointer pa, gconstpointer pb, gpointer unused) {
  const annals_event *a = pa, *b = pb;
  UNUSED(unused);
  int c = annals_when_cmp(&a->when, &b->when);
  if (c)
    return c;
  c = strcmp0(a->source.file, b->source.file);
  if (c)
    return c;
  if (a->source.offset != b->source.offset)
    return a->source.offset < b->source.offset ? -1 : 1;
  c = strcmp0(a->title, b->title);
  if (c)
    return c;
  return strcmp0(a->id, b->id);
}

void annals_timeline_sort(annals_timeline *t) {
  if (t->n > 1)
    g_qsort_with_data(t->events, (gint)t->n, sizeof *t->events, event_cmp,
                      NULL);
}

char *annals_slug(const annals_when *w, const char *title, size_t max) {
  if (max < 8)
    max = 8;
  GString *s = g_string_sized_new(max + 8);
  if (w && w->start.prec != ANNALS_PREC_NONE) {
    char d[16];
    annals_date_format(&w->start, d, sizeof d);
    g_string_append(s, d[0] == '-' ? d + 1 : d);
    if (d[0] == '-')
      g_string_append(s, "bce");
  }
  /* Whole words only: a slug cut inside a word reads badly ("in-red-s"). */
  int words = 0;
  const char *p = title ? title : "";
  while (*p && words < 6) {
    char word[64];
    size_t wl = 0;
    /* A word is a run of letters and digits (Unicode) and apostrophes; one
     * with non-ASCII letters is skipped (no transliteration). */
    bool foreign = false;
    for (;;) {
      if (!*p)
        break;
      /* ASCII, most titles, needs no decoding */
      gunichar c = (unsigned char)*p < 0x80 ? (gunichar)(unsigned char)*p
                                            : g_utf8_get_char_validated(p, -1);
      if (c == (gunichar)-1 || c == (gunichar)-2) {
        if (wl || foreign)
          break; /* ends the word; the next round skips the byte */
        p++;
        continue;
      }
      bool part = c < 0x80 ? g_ascii_isalnum((gchar)c) || c == '\''
                           : g_unichar_isalnum(c) || c == 0x2019;
      if (!part) {
        p = g_utf8_next_char(p);
        if (wl || foreign)
          break;
        continue;
      }
      if (c >= 0x80 && c != 0x2019)
        foreign = true;
      else if (c < 0x80 && g_ascii_isalnum((gchar)c) && wl + 1 < sizeof word)
        word[wl++] = g_ascii_tolower((gchar)c); /* Iran's: irans */
      p = g_utf8_next_char(p);
    }
    if (wl == 0 || foreign)
      continue;
    size_t need = (s->len ? 1 : 0) + wl;
    if (s->len + need > max) {
      if (words == 0 && s->len + 2 < max) /* at least part of one word */
        wl = max - s->len - (s->len ? 1 : 0);
      else
        break;
    }
    if (s->len)
      g_string_append_c(s, '-');
    g_string_append_len(s, word, (gssize)wl);
    words++;
  }
  /* A slug ending in a function word ("...-strikes-houthis-in") was cut
   * mid-phrase: drop such words (but keep at least one title word). */
  static const char *const weak[] = {"a",  "an",  "the", "in",  "on",  "at",
                                     "of", "to",  "for", "and", "with", "by"};
  for (int k = words; k > 1; k--) {
    const char *dash = strrchr(s->str, '-');
    bool drop = false;
    for (size_t j = 0; dash && j < ARRAY_SIZE(weak); j++)
      drop |= strcmp(dash + 1, weak[j]) == 0;
    if (!drop)
      break;
    g_string_truncate(s, (gsize)(dash - s->str));
  }
  while (s->len > 0 && s->str[s->len - 1] == '-')
    g_string_truncate(s, s->len - 1);
  if (s->len == 0)
    g_string_append(s, "event");
  return g_string_free(s, FALSE);
}

void annals_timeline_fix_ids(annals_timeline *t) {
  GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
  for (size_t i = 0; i < t->n; i++)
    if (t->events[i].id && t->events[i].id[0])
      g_hash_table_add(seen, (gpointer)t->events[i].id);
  GHashTable *used = g_hash_table_new(g_str_hash, g_str_equal);
  GHashTable *next =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  for (size_t i = 0; i < t->n; i++) {
    annals_event *e = &t->events[i];
    const char *base = e->id;
    char *made = NULL;
    if (!base || !base[0]) {
      made = annals_slug(&e->when, e->title, 48);
      base = made;
    }
    /* A made-up id also keeps clear of explicit ids further down. */
    bool generated = made != NULL;
    /* Suffixes resume where the last repeat of this base stopped, and
     * only the id kept is interned: k repeats cost O(k), not O(k^2). */
    int k = GPOINTER_TO_INT(g_hash_table_lookup(next, base));
    if (k < 2)
      k = 2;
    char *s = NULL;
    const char *try = base;
    while (g_hash_table_contains(used, try) ||
           (generated && g_hash_table_contains(seen, try))) {
      g_free(s);
      s = g_strdup_printf("%s-%d", base, k++);
      try = s;
    }
    if (s)
      g_hash_table_replace(next, g_strdup(base), GINT_TO_POINTER(k));
    const char *id = annals_timeline_intern(t, try, (size_t)-1);
    g_free(s);
    g_free(made);
    e->id = id;
    g_hash_table_add(used, (gpointer)id);
  }
  g_hash_table_destroy(next);
  g_hash_table_destroy(used);
  g_hash_table_destroy(seen);
}

annals_status annals_timeline_validate(const annals_timeline *t,
                                       annals_diags *d) {
  annals_status st = ANNALS_OK;
  GHashTable *ids = g_hash_table_new(g_str_hash, g_str_equal);
  for (size_t i = 0; i < t->n; i++) {
    const annals_event *e = &t->events[i];
    char q[96];
    if (!e->id || !e->id[0]) {
      annals_diags_add(d, ANNALS_SEV_ERROR, e->yaml_file, e->yaml_line,
                       e->yaml_column, SIZE_MAX, "event %zu has no id", i + 1);
      st = ANNALS_ERR_INPUT;
    } else if (g_hash_table_contains(ids, e->id)) {
      const annals_event *first = g_hash_table_lookup(ids, e->id);
      annals_diags_add(d, ANNALS_SEV_ERROR, e->yaml_file, e->yaml_line,
                       e->yaml_column, SIZE_MAX,
                       "duplicate id '%s' (first used at line %u)",
                       annals_quote(e->id, strlen(e->id), q, sizeof q),
                       first->yaml_line);
      st = ANNALS_ERR_INPUT;
    } else {
      g_hash_table_insert(ids, (gpointer)e->id, (gpointer)e);
    }
    if (!e->title || !e->title[0]) {
      annals_diags_add(d, ANNALS_SEV_ERROR, e->yaml_file, e->yaml_line,
                       e->yaml_column, SIZE_MAX, "event '%s' has no title",
                       e->id ? e->id : "?");
      st = ANNALS_ERR_INPUT;
    }
    if (e->confidence > 1.0 || (e->confidence < 0 && e->confidence != -1)) {
      annals_diags_add(d, ANNALS_SEV_ERROR, e->yaml_file, e->yaml_line,
                       e->yaml_column, SIZE_MAX,
                       "confidence %g of event '%s' is outside 0..1",
                       e->confidence, e->id ? e->id : "?");
      st = ANNALS_ERR_INPUT;
    }
  }
  g_hash_table_destroy(ids);
  return st;
}
