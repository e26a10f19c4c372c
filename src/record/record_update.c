/*
 * record_update.c - annals extract --update: a hand-edited record takes
 * the events of new texts without losing a byte of what is in it.
 *
 * The file is never rewritten.  The reader's map (record.h) says where
 * each event starts and ends, where its mentions end, and where the
 * 'events' and 'texts' lists end; the update is a list of insertions at
 * those places, in the writer's own layout indented to the file's:
 *  - a text's event that tells an event of the file (annals_events_match)
 *    adds its sentences to that event's 'mentions' (a 'mentions' key is
 *    added at the end of an event that has none);
 *  - an event of no event in the file, and that the reader has not
 *    deleted, is a new event: it goes after the last event of its date
 *    or before it when the file is in date order, else at the end;
 *  - each text gets an item in 'texts' (at the end of the file when the
 *    list is new): its name, its SHA-256 and the events it gave, each
 *    with what it is matched by (date, type, actors, country).
 * An id in 'texts' that no event of the file has any more is an event
 * the reader deleted: the texts that tell it again do not bring it back.
 * The result is read back before it is handed over; the only bytes ever
 * removed are the "[]" of an empty 'events: []' that gets its first
 * events.
 */
#include "record/record.h"

#include <stdio.h>
#include <stdlib.h>

/* An event added by this update, and the sentences other texts of this
 * update gave it. */
typedef struct {
  size_t idx;      /* of the event in r->scratch */
  size_t text;     /* the text it came from (r->n_texts at the time) */
  GPtrArray *more; /* annals_source* (strings owned by r->scratch) */
} added_event;

/* An event to match against, with the days its date covers. */
typedef struct {
  size_t idx;
  int64_t d0, d1;
} cand;

struct annals_record {
  char *buf;
  size_t len;
  bool exists;
  const char *name;   /* borrowed: diagnostics point to it */
  annals_timeline *t; /* as read */
  rec_map map;
  annals_timeline *scratch; /* owns new events, sentences and texts */
  GArray *added;            /* added_event */
  GPtrArray **more;         /* per event of the file: new annals_source* */
  GHashTable *ids;          /* every id in use */
  GHashTable *shas;         /* texts read */
  GHashTable *listed_files; /* file names in 'texts' */
  GHashTable *named_files;  /* file names the events' sentences give */
  GArray *dismissed;        /* annals_event: keys of deleted events */
  /* Events of the file and added ones by type (cand), for matching. */
  GArray *file_by_type[ANNALS_TYPE_COUNT];
  GArray *added_by_type[ANNALS_TYPE_COUNT];
  size_t n_texts; /* texts taken by annals_record_add_text */
  annals_update_stats stats;
};

static void add_name(GHashTable *h, annals_timeline *own, const char *s) {
  if (s && *s)
    g_hash_table_add(h, (gpointer)annals_timeline_intern(own, s, (size_t)-1));
}

/* The deleted events: ids 'texts' lists that no event has. */
static void find_dismissed(annals_record *r) {
  GHashTable *present = g_hash_table_new(g_str_hash, g_str_equal);
  for (size_t i = 0; i < annals_timeline_count(r->t); i++)
    g_hash_table_add(present, (gpointer)annals_timeline_get(r->t, i)->id);
  for (size_t i = 0; i < annals_timeline_text_count(r->t); i++) {
    const annals_text_entry *x = annals_timeline_text_get(r->t, i);
    for (size_t j = 0; j < x->n_events; j++) {
      const annals_text_event *k = &x->events[j];
      if (g_hash_table_contains(present, k->id))
        continue;
      annals_event e;
      memset(&e, 0, sizeof e);
      e.id = k->id;
      e.when = k->when;
      e.type = k->type;
      e.actors = k->actors;
      e.n_actors = k->n_actors;
      e.country = k->country;
      g_array_append_val(r->dismissed, e);
    }
  }
  g_hash_table_destroy(present);
}

/* Files e (index idx) under its type when its date is known. */
static void add_cand(GArray **by_type, const annals_event *e, size_t idx) {
  if (e->when.start.prec == ANNALS_PREC_NONE || (int)e->type <= 0 ||
      (int)e->type >= ANNALS_TYPE_COUNT)
    return;
  cand c = {idx, annals_date_first_day(&e->when.start),
            annals_date_last_day(&e->when.end)};
  g_array_append_val(by_type[e->type], c);
}

/* The first candidate (in order) that tells the same event as e, or
 * NULL; skip tells candidates to pass over. */
static const cand *find_match(const GArray *list, const annals_timeline *t,
                              const annals_event *e,
                              bool (*skip)(const annals_record *, size_t),
                              const annals_record *r) {
  if (e->when.start.prec == ANNALS_PREC_NONE)
    return NULL;
  int64_t e0 = annals_date_first_day(&e->when.start);
  int64_t e1 = annals_date_last_day(&e->when.end);
  for (guint i = 0; i < list->len; i++) {
    const cand *c = &g_array_index(list, cand, i);
    /* One date within the other, before the full test. */
    if (!((c->d0 <= e0 && e1 <= c->d1) || (e0 <= c->d0 && c->d1 <= e1)))
      continue;
    if (skip && skip(r, c->idx))
      continue;
    if (annals_events_match(annals_timeline_get(t, c->idx), e))
      return c;
  }
  return NULL;
}

annals_status annals_record_open(const char *buf, size_t len, const char *name,
                                 annals_record **out, annals_diags *d) {
  *out = NULL;
  annals_record *r = g_new0(annals_record, 1);
  r->exists = buf != NULL;
  r->buf = g_malloc(len + 1);
  if (len)
    memcpy(r->buf, buf, len);
  r->buf[len] = '\0';
  r->len = len;
  r->name = name ? name : "<record>";
  rec_map_init(&r->map);
  if (r->exists) {
    annals_status st = rec_read(r->buf, r->len, r->name, &r->t, &r->map, d);
    if (st != ANNALS_OK) {
      annals_record_free(r);
      return st;
    }
  } else {
    r->t = annals_timeline_new();
  }
  r->scratch = annals_timeline_new();
  r->added = g_array_new(FALSE, FALSE, sizeof(added_event));
  size_t n = annals_timeline_count(r->t);
  r->more = g_new0(GPtrArray *, n ? n : 1);
  r->ids = g_hash_table_new(g_str_hash, g_str_equal);
  r->shas = g_hash_table_new(g_str_hash, g_str_equal);
  r->listed_files = g_hash_table_new(g_str_hash, g_str_equal);
  r->named_files = g_hash_table_new(g_str_hash, g_str_equal);
  r->dismissed = g_array_new(FALSE, FALSE, sizeof(annals_event));
  for (int k = 0; k < ANNALS_TYPE_COUNT; k++) {
    r->file_by_type[k] = g_array_new(FALSE, FALSE, sizeof(cand));
    r->added_by_type[k] = g_array_new(FALSE, FALSE, sizeof(cand));
  }
  for (size_t i = 0; i < n; i++) {
    const annals_event *e = annals_timeline_get(r->t, i);
    add_cand(r->file_by_type, e, i);
    g_hash_table_add(r->ids, (gpointer)e->id);
    add_name(r->named_files, r->scratch, e->source.file);
    for (size_t j = 0; j < e->n_mentions; j++)
      add_name(r->named_files, r->scratch, e->mentions[j].file);
  }
  for (size_t i = 0; i < annals_timeline_text_count(r->t); i++) {
    const annals_text_entry *x = annals_timeline_text_get(r->t, i);
    g_hash_table_add(r->shas, (gpointer)x->sha256);
    add_name(r->listed_files, r->scratch, x->file);
    for (size_t j = 0; j < x->n_events; j++)
      g_hash_table_add(r->ids, (gpointer)x->events[j].id);
  }
  find_dismissed(r);
  *out = r;
  return ANNALS_OK;
}

void annals_record_free(annals_record *r) {
  if (!r)
    return;
  size_t n = r->t ? annals_timeline_count(r->t) : 0;
  for (size_t i = 0; r->more && i < n; i++)
    if (r->more[i])
      g_ptr_array_free(r->more[i], TRUE);
  g_free(r->more);
  for (guint i = 0; r->added && i < r->added->len; i++)
    if (g_array_index(r->added, added_event, i).more)
      g_ptr_array_free(g_array_index(r->added, added_event, i).more, TRUE);
  if (r->added)
    g_array_free(r->added, TRUE);
  if (r->ids)
    g_hash_table_destroy(r->ids);
  if (r->shas)
    g_hash_table_destroy(r->shas);
  if (r->listed_files)
    g_hash_table_destroy(r->listed_files);
  if (r->named_files)
    g_hash_table_destroy(r->named_files);
  if (r->dismissed)
    g_array_free(r->dismissed, TRUE);
  for (int k = 0; k < ANNALS_TYPE_COUNT; k++) {
    if (r->file_by_type[k])
      g_array_free(r->file_by_type[k], TRUE);
    if (r->added_by_type[k])
      g_array_free(r->added_by_type[k], TRUE);
  }
  annals_timeline_free(r->scratch);
  annals_timeline_free(r->t);
  rec_map_release(&r->map);
  g_free(r->buf);
  g_free(r);
}

const annals_timeline *annals_record_timeline(const annals_record *r) {
  return r->t;
}

const annals_update_stats *annals_record_stats(const annals_record *r) {
  return &r->stats;
}

bool annals_record_knows_text(const annals_record *r, const char *file,
                              const char *sha256) {
  if (sha256 && g_hash_table_contains(r->shas, sha256))
    return true;
  /* A record written by plain extract names its texts only in the
   * events' sentences. */
  return file && g_hash_table_contains(r->named_files, file) &&
         !g_hash_table_contains(r->listed_files, file);
}

/* Is s one of the sentences e already has (or was given here)? */
static bool has_sentence(const annals_event *e, const GPtrArray *more,
                         const annals_source *s) {
  const annals_source *all[2] = {&e->source, NULL};
  for (size_t i = 0; i < 1 + e->n_mentions + (more ? more->len : 0); i++) {
    const annals_source *o =
        i == 0               ? all[0]
        : i <= e->n_mentions ? &e->mentions[i - 1]
                             : g_ptr_array_index(more, i - 1 - e->n_mentions);
    if (o->offset == s->offset && o->length == s->length &&
        g_strcmp0(o->file, s->file) == 0 && g_strcmp0(o->text, s->text) == 0)
      return true;
  }
  return false;
}

/* Gives e's sentences to an event (its list of new sentences). */
static size_t give_sentences(annals_record *r, const annals_event *target,
                             GPtrArray **more, const annals_event *e) {
  size_t n = 0;
  for (size_t i = 0; i < 1 + e->n_mentions; i++) {
    const annals_source *s = i == 0 ? &e->source : &e->mentions[i - 1];
    if (!s->text && !s->file)
      continue;
    if (has_sentence(target, *more, s))
      continue;
    annals_source *copy = g_new0(annals_source, 1);
    copy->text = annals_timeline_intern(r->scratch, s->text, (size_t)-1);
    copy->file = annals_timeline_intern(r->scratch, s->file, (size_t)-1);
    copy->offset = s->offset;
    copy->length = s->length;
    if (!*more)
      *more = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(*more, copy);
    n++;
  }
  return n;
}

/* An id for a new event: the extractor's, made unique in the file. */
static const char *unique_id(annals_record *r, const annals_event *e) {
  char *base =
      e->id && *e->id ? g_strdup(e->id) : annals_slug(&e->when, e->title, 48);
  char *id = g_strdup(base);
  for (int k = 2; g_hash_table_contains(r->ids, id); k++) {
    g_free(id);
    id = g_strdup_printf("%s-%d", base, k);
  }
  const char *kept = annals_timeline_intern(r->scratch, id, (size_t)-1);
  g_hash_table_add(r->ids, (gpointer)kept);
  g_free(id);
  if (e->id && *e->id)
    g_free(base);
  else
    g_free(base);
  return kept;
}

/* Was added event i found in the text being taken? */
static bool same_text(const annals_record *r, size_t i) {
  return g_array_index(r->added, added_event, i).text == r->n_texts;
}

annals_status annals_record_add_text(annals_record *r, const char *file,
                                     const char *sha256,
                                     const annals_timeline *found,
                                     annals_diags *d) {
  (void)d;
  if (!file || !sha256)
    return ANNALS_ERR_ARG;
  annals_text_entry x;
  memset(&x, 0, sizeof x);
  x.file = file;
  x.sha256 = sha256;
  if (annals_record_knows_text(r, file, sha256)) {
    r->stats.known++;
    if (g_hash_table_contains(r->shas, sha256))
      return ANNALS_OK;
    /* Known by its name only: remember its bytes from now on. */
    annals_timeline_add_text(r->scratch, &x);
    g_hash_table_add(r->shas, (gpointer)annals_timeline_intern(
                                  r->scratch, sha256, (size_t)-1));
    add_name(r->listed_files, r->scratch, file);
    r->stats.texts++;
    return ANNALS_OK;
  }
  if (found && !r->exists) {
    /* The first text of a new record gives its chart text and date. */
    if (!annals_timeline_title(r->t))
      annals_timeline_set_title(r->t, annals_timeline_title(found));
    if (!annals_timeline_subtitle(r->t))
      annals_timeline_set_subtitle(r->t, annals_timeline_subtitle(found));
    if (!annals_timeline_source(r->t))
      annals_timeline_set_source(r->t, annals_timeline_source(found));
    const annals_dct *dct = annals_timeline_dct(found);
    if (annals_timeline_dct(r->t)->how == ANNALS_DCT_NONE &&
        dct->how != ANNALS_DCT_NONE)
      annals_timeline_set_dct(r->t, dct);
  }
  size_t nf = found ? annals_timeline_count(found) : 0;
  x.events = g_new0(annals_text_event, nf ? nf : 1);
  size_t n_file = annals_timeline_count(r->t);
  for (size_t i = 0; i < nf; i++) {
    const annals_event *e = annals_timeline_get(found, i);
    const char *id = NULL;
    bool typed = (int)e->type > 0 && (int)e->type < ANNALS_TYPE_COUNT;
    /* An event of the file? */
    const cand *c = typed && n_file
                        ? find_match(r->file_by_type[e->type], r->t, e, NULL, r)
                        : NULL;
    if (c) {
      const annals_event *p = annals_timeline_get(r->t, c->idx);
      r->stats.mentions += give_sentences(r, p, &r->more[c->idx], e);
      id = p->id;
    }
    /* One added by this update (the extractor keeps one text's events
     * apart: so do we)? */
    c = typed && !id
            ? find_match(r->added_by_type[e->type], r->scratch, e, same_text, r)
            : NULL;
    if (c) {
      added_event *a = &g_array_index(r->added, added_event, c->idx);
      const annals_event *ae = annals_timeline_get(r->scratch, a->idx);
      give_sentences(r, ae, &a->more, e);
      id = ae->id;
    }
    if (!id) {
      bool gone = false;
      for (guint j = 0; j < r->dismissed->len && !gone; j++)
        gone = annals_events_match(
            &g_array_index(r->dismissed, annals_event, j), e);
      if (gone) {
        r->stats.dismissed++;
        continue;
      }
      annals_event copy = *e;
      copy.id = unique_id(r, e);
      copy.yaml_file = NULL;
      copy.yaml_line = copy.yaml_column = 0;
      copy.id_derived = false;
      added_event a = {annals_timeline_count(r->scratch), r->n_texts, NULL};
      annals_timeline_add(r->scratch, &copy);
      /* Its candidate index is its place in r->added, whose idx gives the
       * event in r->scratch: the same number, as r->scratch holds only
       * added events. */
      add_cand(r->added_by_type, annals_timeline_get(r->scratch, a.idx),
               r->added->len);
      g_array_append_val(r->added, a);
      id = copy.id;
      r->stats.added++;
    }
    annals_text_event *k = &x.events[x.n_events++];
    k->id = id;
    k->when = e->when;
    k->type = e->type;
    k->actors = e->actors;
    k->n_actors = e->n_actors;
    k->country = e->country;
  }
  annals_timeline_add_text(r->scratch, &x);
  g_free(x.events);
  g_hash_table_add(r->shas, (gpointer)annals_timeline_intern(r->scratch, sha256,
                                                             (size_t)-1));
  add_name(r->listed_files, r->scratch, file);
  r->stats.texts++;
  r->n_texts++;
  return ANNALS_OK;
}

/* ---- the result ---------------------------------------------------- */

typedef struct {
  size_t offset;
  size_t del; /* bytes removed at offset before the text */
  int order;  /* at one offset: mentions, events, texts */
  guint seq;
  GString *text;
} edit;

static gint edit_cmp(gconstpointer pa, gconstpointer pb) {
  const edit *a = pa, *b = pb;
  if (a->offset != b->offset)
    return a->offset < b->offset ? -1 : 1;
  if (a->order != b->order)
    return a->order < b->order ? -1 : 1;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Appends text, every line but empty ones indented by indent spaces. */
static void indented(GString *out, const char *text, size_t len,
                     unsigned indent) {
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(text + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - text) + 1 : len;
    if (e - i > 1 || text[i] != '\n')
      for (unsigned k = 0; k < indent; k++)
        g_string_append_c(out, ' ');
    g_string_append_len(out, text + i, (gssize)(e - i));
    i = e;
  }
}

static void add_edit(GArray *edits, size_t offset, size_t del, int order,
                     GString *text) {
  edit e = {offset, del, order, edits->len, text};
  g_array_append_val(edits, e);
}

/* An event with the sentences this update gave it after its own. */
static annals_event with_more(const annals_event *e, const GPtrArray *more,
                              annals_source **store) {
  annals_event c = *e;
  *store = NULL;
  if (!more || !more->len)
    return c;
  *store = g_new0(annals_source, e->n_mentions + more->len);
  for (size_t i = 0; i < e->n_mentions; i++)
    (*store)[i] = e->mentions[i];
  for (guint i = 0; i < more->len; i++)
    (*store)[e->n_mentions + i] = *(annals_source *)g_ptr_array_index(more, i);
  c.mentions = *store;
  c.n_mentions = e->n_mentions + more->len;
  return c;
}

static gint added_cmp(gconstpointer pa, gconstpointer pb, gpointer data) {
  const added_event *a = pa, *b = pb;
  const annals_timeline *t = data;
  return annals_when_cmp(&annals_timeline_get(t, a->idx)->when,
                         &annals_timeline_get(t, b->idx)->when);
}

/* The events added, in date order (in the order found for one date). */
static GArray *added_sorted(const annals_record *r) {
  GArray *sorted = g_array_copy(r->added);
  if (sorted->len > 1)
    g_qsort_with_data(sorted->data, (gint)sorted->len, sizeof(added_event),
                      added_cmp, r->scratch);
  return sorted;
}

/* A new record: the writer writes it whole. */
static annals_status new_record(annals_record *r, GString *out,
                                annals_diags *d) {
  annals_timeline *t = annals_timeline_new();
  annals_timeline_set_title(t, annals_timeline_title(r->t));
  annals_timeline_set_subtitle(t, annals_timeline_subtitle(r->t));
  annals_timeline_set_source(t, annals_timeline_source(r->t));
  const annals_dct *dct = annals_timeline_dct(r->t);
  annals_timeline_set_dct(t, dct);
  GArray *sorted = added_sorted(r);
  for (guint i = 0; i < sorted->len; i++) {
    added_event *a = &g_array_index(sorted, added_event, i);
    annals_source *store;
    annals_event e =
        with_more(annals_timeline_get(r->scratch, a->idx), a->more, &store);
    annals_timeline_add(t, &e);
    g_free(store);
  }
  g_array_free(sorted, TRUE);
  for (size_t i = 0; i < annals_timeline_text_count(r->scratch); i++)
    annals_timeline_add_text(t, annals_timeline_text_get(r->scratch, i));
  annals_status st = rec_write(t, NULL, out, d);
  annals_timeline_free(t);
  return st;
}

/* Is the file's events list in date order? */
static bool in_date_order(const annals_timeline *t) {
  for (size_t i = 1; i < annals_timeline_count(t); i++)
    if (annals_when_cmp(&annals_timeline_get(t, i - 1)->when,
                        &annals_timeline_get(t, i)->when) > 0)
      return false;
  return true;
}

static void warn(annals_record *r, annals_diags *d, const char *msg) {
  annals_diags_add(d, ANNALS_SEV_WARNING, r->name, 0, 0, SIZE_MAX, "%s", msg);
}

/* The insertions into an existing file. */
static annals_status file_edits(annals_record *r, GArray *edits,
                                annals_diags *d) {
  const rec_map *m = &r->map;
  size_t n = annals_timeline_count(r->t);
  /* New sentences of events of the file. */
  for (size_t i = 0; i < n; i++) {
    GPtrArray *more = r->more[i];
    if (!more || !more->len)
      continue;
    const rec_event_pos *p = &m->events[i];
    GString *items = g_string_new(NULL);
    for (guint j = 0; j < more->len; j++)
      rec_write_mention(g_ptr_array_index(more, j), items);
    GString *text = g_string_new(NULL);
    if (p->mentions == REC_SEQ_BLOCK) {
      indented(text, items->str, items->len, p->mentions_dash_col);
      add_edit(edits, p->mentions_end, 0, 0, text);
    } else if (p->mentions == REC_SEQ_NONE) {
      for (unsigned k = 0; k < p->key_col; k++)
        g_string_append_c(text, ' ');
      g_string_append(text, "mentions:\n");
      indented(text, items->str, items->len, p->key_col);
      add_edit(edits, p->end, 0, 0, text);
    } else {
      char *msg = g_strdup_printf(
          "event '%s' (line %u): %u new mention%s not written, its "
          "'mentions' is not a block list ('annals fmt' makes it one)",
          annals_timeline_get(r->t, i)->id,
          annals_timeline_get(r->t, i)->yaml_line, more->len,
          more->len == 1 ? "" : "s");
      warn(r, d, msg);
      g_free(msg);
      g_string_free(text, TRUE);
    }
    g_string_free(items, TRUE);
  }
  /* New events. */
  if (r->added->len) {
    if (m->events_style == REC_SEQ_FLOW) {
      annals_diags_add(d, ANNALS_SEV_ERROR, r->name, 0, 0, SIZE_MAX,
                       "cannot add events: 'events' is written as a flow "
                       "list [...] ('annals fmt' makes it a block list)");
      return ANNALS_ERR_INPUT;
    }
    GArray *sorted = added_sorted(r);
    bool ordered = in_date_order(r->t);
    for (guint i = 0; i < sorted->len; i++) {
      added_event *a = &g_array_index(sorted, added_event, i);
      annals_source *store;
      annals_event e =
          with_more(annals_timeline_get(r->scratch, a->idx), a->more, &store);
      GString *one = g_string_new(NULL);
      rec_write_event(&e, one);
      g_free(store);
      GString *text = g_string_new(NULL);
      size_t at;
      if (n == 0) {
        /* events: [] : its first events go below it. */
        indented(text, one->str, one->len, 0);
        at = rec_line_end(r->buf, r->len, m->events_flow_end);
      } else {
        size_t k = n;
        if (ordered) {
          /* After the last event not later than it. */
          size_t lo = 0, hi = n;
          while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (annals_when_cmp(&annals_timeline_get(r->t, mid)->when,
                                &e.when) <= 0)
              lo = mid + 1;
            else
              hi = mid;
          }
          k = lo;
        }
        const rec_event_pos *p = &m->events[k ? k - 1 : 0];
        indented(text, one->str, one->len, p->dash_col);
        at = k ? p->end : p->lead;
      }
      g_string_free(one, TRUE);
      add_edit(edits, at, 0, 1, text);
    }
    g_array_free(sorted, TRUE);
    if (n == 0) {
      /* Remove " []" after "events:". */
      size_t s = m->events_flow_start;
      while (s > 0 && r->buf[s - 1] == ' ')
        s--;
      add_edit(edits, s, m->events_flow_end - s, 1, g_string_new(NULL));
    }
  }
  /* New texts. */
  size_t nt = annals_timeline_text_count(r->scratch);
  if (nt) {
    GString *items = g_string_new(NULL);
    for (size_t i = 0; i < nt; i++)
      rec_write_text(annals_timeline_text_get(r->scratch, i), items);
    GString *text = g_string_new(NULL);
    if (m->texts_style == REC_SEQ_BLOCK) {
      indented(text, items->str, items->len, m->texts_dash_col);
      add_edit(edits, m->texts_end, 0, 2, text);
    } else if (m->texts_style == REC_SEQ_NONE) {
      g_string_append(text, "texts:\n");
      g_string_append_len(text, items->str, (gssize)items->len);
      add_edit(edits, r->len, 0, 2, text);
    } else {
      g_string_free(items, TRUE);
      g_string_free(text, TRUE);
      annals_diags_add(d, ANNALS_SEV_ERROR, r->name, 0, 0, SIZE_MAX,
                       "cannot list the texts read: 'texts' is not a block "
                       "list ('annals fmt' makes it one)");
      return ANNALS_ERR_INPUT;
    }
    g_string_free(items, TRUE);
  }
  return ANNALS_OK;
}

/* Applies the edits (sorted) to the file's bytes. */
static void apply(const annals_record *r, GArray *edits, GString *out) {
  g_array_sort(edits, edit_cmp);
  size_t pos = 0;
  for (guint i = 0; i < edits->len; i++) {
    edit *e = &g_array_index(edits, edit, i);
    if (e->offset > pos) {
      g_string_append_len(out, r->buf + pos, (gssize)(e->offset - pos));
      pos = e->offset;
    }
    if (e->text->len && out->len && out->str[out->len - 1] != '\n')
      g_string_append_c(out, '\n'); /* the file ended without one */
    g_string_append_len(out, e->text->str, (gssize)e->text->len);
    if (e->offset + e->del > pos)
      pos = e->offset + e->del;
  }
  if (pos < r->len)
    g_string_append_len(out, r->buf + pos, (gssize)(r->len - pos));
}

annals_status annals_record_result(annals_record *r, char **out, size_t *len,
                                   bool *changed, annals_diags *d) {
  *out = NULL;
  *len = 0;
  *changed = false;
  GString *o = g_string_sized_new(r->len + 4096);
  annals_status st = ANNALS_OK;
  if (!r->exists) {
    st = new_record(r, o, d);
    *changed = true;
  } else {
    GArray *edits = g_array_new(FALSE, FALSE, sizeof(edit));
    st = file_edits(r, edits, d);
    if (st == ANNALS_OK) {
      *changed = edits->len > 0;
      apply(r, edits, o);
    }
    for (guint i = 0; i < edits->len; i++)
      g_string_free(g_array_index(edits, edit, i).text, TRUE);
    g_array_free(edits, TRUE);
  }
  if (st == ANNALS_OK) {
    /* What is handed over must read, with every event and text. */
    annals_timeline *back = NULL;
    annals_diags bd;
    annals_diags_init(&bd);
    size_t want_events =
        (r->exists ? annals_timeline_count(r->t) : 0) + r->added->len;
    size_t want_texts = (r->exists ? annals_timeline_text_count(r->t) : 0) +
                        annals_timeline_text_count(r->scratch);
    if (rec_read(o->str, o->len, r->name, &back, NULL, &bd) != ANNALS_OK ||
        annals_timeline_count(back) != want_events ||
        annals_timeline_text_count(back) != want_texts) {
      for (size_t i = 0; i < bd.n; i++)
        if (bd.items[i].severity == ANNALS_SEV_ERROR)
          annals_diags_add(d, ANNALS_SEV_ERROR, r->name, 0, 0, SIZE_MAX,
                           "the updated record would not read back (%s, "
                           "line %u); nothing was written (a bug in "
                           "annals)",
                           bd.items[i].message, bd.items[i].line);
      if (!bd.n_errors)
        annals_diags_add(d, ANNALS_SEV_ERROR, r->name, 0, 0, SIZE_MAX,
                         "the updated record would not read back with every "
                         "event; nothing was written (a bug in annals)");
      st = ANNALS_ERR_INPUT;
    }
    annals_diags_release(&bd);
    annals_timeline_free(back);
  }
  if (st != ANNALS_OK) {
    g_string_free(o, TRUE);
    *changed = false;
    return st;
  }
  *len = o->len;
  *out = g_string_free(o, FALSE);
  return ANNALS_OK;
}
