/*
 * extract.c - annals_extract(): text -> sentences -> date mentions ->
 * event candidates -> merged event records in a timeline.
 *
 * Dates.  A candidate takes the date written in its clause or sentence
 * (event.c).  An undated one in past tense takes the last date of the
 * earlier sentences of its paragraph (narrative context), unless the
 * sentence marks another time ("earlier", "had"); one in the news present
 * ("visit Tehran", "has condemned") takes the document date, flagged
 * approximate.  Nothing dated after the document date is kept.
 *
 * Merging.  Candidates are merged into records in text order: the same
 * type, compatible dates (one period within the other), compatible
 * actors (the same initiator, or one side unknown, and a shared actor
 * unless one side has none) and compatible places.  A candidate with no
 * actor and no place never starts a record: it refines the dates of every
 * record it fits ("the two countries conducted airstrikes in January
 * 2024") and is listed as their mention.  An undated candidate only joins
 * a record that shares an actor with it.
 */
#include "extract_int.h"

#include <math.h>
#include <stdlib.h>

/* ------------------------------------------------------------------ */
/* Actors and names                                                     */
/* ------------------------------------------------------------------ */

/* The name an entity has as an actor of a record, or NULL when it is
 * only a place. */
static const char *actor_name(const gaz_entity *e) {
  switch (e->kind) {
  case ENT_PERSON:
  case ENT_ORG:
    return e->country ? e->country : e->name;
  case ENT_CITY:
    return e->metonym && e->country ? e->country : NULL;
  case ENT_REGION:
    return NULL;
  default:
    return e->name;
  }
}

/* The name an entity has in a headline. */
static const char *title_name(const gaz_entity *e, bool subject) {
  if (e->kind == ENT_CITY && e->metonym && subject && e->country)
    return e->country;
  if (e->kind == ENT_ORG && e->country && subject)
    return e->country;
  return e->name;
}

static bool is_place_kind(const gaz_entity *e) {
  return e->kind == ENT_CITY || e->kind == ENT_REGION || e->kind == ENT_COUNTRY;
}

static const char *place_country(const gaz_entity *e) {
  return e->kind == ENT_COUNTRY ? e->name : e->country;
}

/* ------------------------------------------------------------------ */
/* Records under construction                                           */
/* ------------------------------------------------------------------ */

#define REC_MAX_ACTORS 8

typedef struct {
  size_t main;   /* candidate that started the record */
  GArray *cands; /* size_t: every candidate merged, main first */
  /* Copied from the main candidate and from when, for the merging loops,
   * which compare a candidate with hundreds of records. */
  size_t sent;      /* sentence of the main candidate */
  size_t n_cands;   /* cands->len */
  annals_type type; /* and its kind (same_kind) */
  const char *tag;
  int64_t day0, day1; /* first_day(when.start), last_day(when.end) */
  annals_when when;
  bool approximate;
  const char *actors[REC_MAX_ACTORS];
  size_t n_actors, n_init;
  const gaz_entity *place;
} rec;

typedef struct {
  const char *names[REC_MAX_ACTORS];
  size_t n, n_init;
} actor_set;

/* Actor names come from one gazetteer, whose strings are interned: equal
 * names are the same pointer. */
static void set_add(actor_set *s, const char *name) {
  if (!name)
    return;
  for (size_t i = 0; i < s->n; i++)
    if (s->names[i] == name)
      return;
  if (s->n < REC_MAX_ACTORS)
    s->names[s->n++] = name;
}

static void cand_actors(const ev_cand *c, const gaz_entity *dl_place,
                        actor_set *s) {
  memset(s, 0, sizeof *s);
  for (size_t i = 0; i < c->n_subj; i++)
    set_add(s, actor_name(c->subj[i]));
  if (s->n == 0 && c->state_subject && c->place)
    set_add(s, place_country(c->place)); /* "police in Islamabad" */
  else if (s->n == 0 && c->state_subject && dl_place)
    set_add(s, place_country(dl_place)); /* "NAIROBI - Police ..." */
  s->n_init = s->n;
  for (size_t i = 0; i < c->n_obj; i++)
    set_add(s, actor_name(c->obj[i]));
  /* Force used in a place: the place's country is the target. */
  annals_quad q = annals_type_quad(c->sense->type);
  if (s->n == s->n_init && c->place && q == ANNALS_QUAD_MATERIAL_CONFLICT &&
      s->n_init > 0) {
    const char *pc = place_country(c->place);
    if (pc)
      set_add(s, pc);
  }
}

static bool set_has(const actor_set *s, const char *name) {
  for (size_t i = 0; i < s->n; i++)
    if (s->names[i] == name)
      return true;
  return false;
}

static size_t overlap(const actor_set *a, const rec *r) {
  size_t k = 0;
  for (size_t i = 0; i < r->n_actors; i++)
    if (set_has(a, r->actors[i]))
      k++;
  return k;
}

/* Ordinals of the first and last day a date covers: they order like the
 * day numbers, which is all the comparisons below need, and cost no
 * calendar arithmetic. */
static int64_t first_day(const annals_date *d) {
  if (d->prec == ANNALS_PREC_DAY || d->prec == ANNALS_PREC_MONTH ||
      d->prec == ANNALS_PREC_YEAR) {
    /* Ordinal that orders like the day number (exact days not needed). */
    int m = d->prec >= ANNALS_PREC_MONTH ? d->m : 1;
    int dd = d->prec == ANNALS_PREC_DAY ? d->d : 1;
    return ((int64_t)d->y * 13 + m) * 32 + dd;
  }
  return annals_date_first_day(d);
}

static int64_t last_day(const annals_date *d) {
  if (d->prec == ANNALS_PREC_DAY || d->prec == ANNALS_PREC_MONTH ||
      d->prec == ANNALS_PREC_YEAR) {
    int m = d->prec >= ANNALS_PREC_MONTH ? d->m : 12;
    int dd = d->prec == ANNALS_PREC_DAY ? d->d : 31;
    return ((int64_t)d->y * 13 + m) * 32 + dd;
  }
  return annals_date_last_day(d);
}

static bool when_within(const annals_when *in, const annals_when *out) {
  return first_day(&in->start) >= first_day(&out->start) &&
         last_day(&in->end) <= last_day(&out->end);
}

/* Days covered by a when (smaller is more precise). */
static int64_t when_span(const annals_when *w) {
  return last_day(&w->end) - first_day(&w->start);
}

/* Same type, and the same tag: an election and a swearing-in are both
 * statements but never one event. */
static bool same_kind(const ev_cand *a, const ev_cand *b) {
  return a->sense->type == b->sense->type && a->sense->tag == b->sense->tag;
}

/* same_kind of a record's main candidate and c, from the record. */
static bool rec_same_kind(const rec *r, const ev_cand *c) {
  return r->type == c->sense->type && r->tag == c->sense->tag;
}

/* A candidate's when (cw, covering days c0..c1) and a record's, as
 * when_compatible, on the record's cached days. */
static bool rec_when_compatible(const rec *r, int64_t c0, int64_t c1) {
  return (c0 >= r->day0 && c1 <= r->day1) || (r->day0 >= c0 && r->day1 <= c1);
}

static void rec_set_when(rec *r, const annals_when *w) {
  r->when = *w;
  r->day0 = first_day(&w->start);
  r->day1 = last_day(&w->end);
}

static bool places_compatible(const gaz_entity *a, const gaz_entity *b) {
  if (!a || !b || a == b)
    return true;
  const char *ca = place_country(a), *cb = place_country(b);
  if (!ca || !cb)
    return true;
  return strcmp(ca, cb) == 0;
}

static bool actors_compatible(const actor_set *a, const rec *r) {
  const char *ai = a->n_init ? a->names[0] : NULL;
  const char *ri = r->n_init ? r->actors[0] : NULL;
  if (ai && ri && ai != ri)
    return false;
  if (a->n == 0 || r->n_actors == 0)
    return true;
  return overlap(a, r) > 0;
}

static void rec_take_actors(rec *r, const actor_set *a) {
  if (r->n_init == 0 && a->n_init > 0) {
    /* The record learns its initiator: rebuild initiator first. */
    const char *old[REC_MAX_ACTORS];
    size_t n_old = r->n_actors;
    memcpy(old, r->actors, sizeof old);
    r->n_actors = 0;
    actor_set s;
    memset(&s, 0, sizeof s);
    for (size_t i = 0; i < a->n_init; i++)
      set_add(&s, a->names[i]);
    s.n_init = s.n;
    for (size_t i = 0; i < n_old; i++)
      set_add(&s, old[i]);
    memcpy(r->actors, s.names, sizeof r->actors);
    r->n_actors = s.n;
    r->n_init = s.n_init;
  }
  if (r->n_actors < 2)
    for (size_t i = 0; i < a->n; i++) {
      bool have = false;
      for (size_t j = 0; j < r->n_actors; j++)
        have = have || strcmp(r->actors[j], a->names[i]) == 0;
      if (!have && r->n_actors < REC_MAX_ACTORS)
        r->actors[r->n_actors++] = a->names[i];
    }
}

static void rec_add(rec *r, size_t ci, const ev_cand *c, const actor_set *a) {
  g_array_append_val(r->cands, ci);
  r->n_cands = r->cands->len;
  if (c->when.start.prec != ANNALS_PREC_NONE &&
      (r->when.start.prec == ANNALS_PREC_NONE ||
       (when_within(&c->when, &r->when) &&
        when_span(&c->when) < when_span(&r->when)))) {
    rec_set_when(r, &c->when);
    r->approximate = c->date_how == EV_DATE_DCT;
  }
  if (!r->place)
    r->place = c->place;
  else if (c->place && c->place != r->place && place_country(c->place) &&
           place_country(r->place) &&
           strcmp(place_country(c->place), place_country(r->place)) == 0 &&
           c->place->kind != ENT_COUNTRY && r->place->kind == ENT_COUNTRY)
    r->place = c->place;
  rec_take_actors(r, a);
}

static void rec_start(rec *r, size_t ci, const ev_cand *c, const actor_set *a) {
  memset(r, 0, sizeof *r);
  r->main = ci;
  r->sent = c->sent;
  r->type = c->sense->type;
  r->tag = c->sense->tag;
  r->cands = g_array_new(FALSE, FALSE, sizeof(size_t));
  memcpy(r->actors, a->names, sizeof r->actors);
  r->n_actors = a->n;
  r->n_init = a->n_init;
  rec_add(r, ci, c, a);
}

/* Merging looks at most this many records back and this many sentences
 * away: one article tells one event within a few hundred sentences, and a
 * long input stays linear. */
#define MERGE_RECORDS 256
#define MERGE_SENTENCES 300

static size_t sent_dist(size_t a, size_t b) { return a > b ? a - b : b - a; }

static int rec_cmp(gconstpointer a, gconstpointer b) {
  size_t x = ((const rec *)a)->main, y = ((const rec *)b)->main;
  return x < y ? -1 : x > y;
}

/* First record whose main sentence is at most MERGE_SENTENCES before
 * sent (records sorted by main). */
static size_t first_near(const GArray *recs, const ev_cand *cv, size_t sent) {
  size_t lo = 0, hi = recs->len;
  size_t from = sent > MERGE_SENTENCES ? sent - MERGE_SENTENCES : 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cv[g_array_index(recs, rec, mid).main].sent < from)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Merges candidate i into the latest record it fits, or starts one. */
static void place_cand(GArray *recs, const ev_cand *cv, const actor_set *acts,
                       size_t i) {
  const ev_cand *c = &cv[i];
  int64_t c0 = first_day(&c->when.start), c1 = last_day(&c->when.end);
  size_t stop = recs->len > MERGE_RECORDS ? recs->len - MERGE_RECORDS : 0;
  for (size_t j = recs->len; j-- > stop;) {
    rec *r = &g_array_index(recs, rec, j);
    if (r->sent + MERGE_SENTENCES < c->sent)
      break; /* records are (nearly) in text order */
    if (sent_dist(r->sent, c->sent) > MERGE_SENTENCES)
      continue;
    if (!rec_same_kind(r, c) || !rec_when_compatible(r, c0, c1) ||
        !places_compatible(c->place, r->place) ||
        !actors_compatible(&acts[i], r))
      continue;
    rec_add(r, i, c, &acts[i]);
    return;
  }
  rec r;
  rec_start(&r, i, c, &acts[i]);
  g_array_append_val(recs, r);
}

/* Can candidate c start or join a record (as opposed to only being a
 * mention)? */
static bool strong(const ev_cand *c, const actor_set *a) {
  if (c->quoted || (a->n == 0 && !c->place))
    return false;
  if (c->sense->needs_subject && a->n_init == 0)
    return false;
  return true;
}

/* ------------------------------------------------------------------ */
/* Titles                                                               */
/* ------------------------------------------------------------------ */

static void names_join(GString *s, const char *const *names, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (i > 0)
      g_string_append(s, i + 1 == n ? " and " : ", ");
    g_string_append(s, names[i]);
  }
}

/* Headline names of entities: persons first (a person implies the
 * country), one name per actor for targets ("Tehran" and "Iranian" are
 * one target), none repeated or in skip. */
static size_t collect(const char **out, size_t max, const gaz_entity *const *e,
                      size_t n, bool subject, const char *const *skip,
                      size_t n_skip) {
  size_t k = 0;
  const gaz_entity *kept[8];
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < n && k < max && k < 8; i++) {
      if ((e[i]->kind == ENT_PERSON) != (pass == 0))
        continue;
      const char *nm = title_name(e[i], subject);
      const char *an = actor_name(e[i]);
      bool dup = false;
      for (size_t j = 0; j < k; j++) {
        dup = dup || strcmp(out[j], nm) == 0;
        const char *aj = actor_name(kept[j]);
        if (an && aj && strcmp(aj, an) == 0 &&
            (!subject || e[i]->kind != ENT_PERSON))
          dup = true;
      }
      for (size_t j = 0; j < n_skip; j++)
        dup = dup || strcmp(skip[j], nm) == 0;
      if (!dup) {
        kept[k] = e[i];
        out[k++] = nm;
      }
    }
  return k;
}

static void make_title(const rec *r, const ev_cand *cands, const char *text,
                       char *buf, size_t size) {
  const ev_cand *c = &cands[r->main];
  const trig_sense *s = c->sense;
  const char *subj[3], *obj[3];
  size_t ns = collect(subj, 3, c->subj, c->n_subj, true, NULL, 0);
  /* One plural name ("the Houthis") also takes the plural verb. */
  bool subj_plural = false;
  for (size_t i = 0; i < c->n_subj && ns == 1; i++)
    subj_plural = subj_plural || (c->subj[i]->plural &&
                                  strcmp(title_name(c->subj[i], true),
                                         subj[0]) == 0);
  /* Borrow an initiator or target a later mention knows. */
  for (size_t i = 1; i < r->cands->len && ns == 0; i++) {
    const ev_cand *m = &cands[g_array_index(r->cands, size_t, i)];
    ns = collect(subj, 3, m->subj, m->n_subj, true, NULL, 0);
  }
  if (ns == 0 && c->state_subject && r->n_init > 0 &&
      s->type != ANNALS_TYPE_STATEMENT)
    subj[ns++] = r->actors[0]; /* "police": the state acts */
  size_t no = collect(obj, 2, c->obj, c->n_obj, false, subj, ns);
  for (size_t i = 1; i < r->cands->len && no == 0; i++) {
    const ev_cand *m = &cands[g_array_index(r->cands, size_t, i)];
    no = collect(obj, 2, m->obj, m->n_obj, false, subj, ns);
  }
  const char *place = r->place ? r->place->name : NULL;
  if (no == 0 && r->n_actors > r->n_init && ns > 0 &&
      annals_type_quad(s->type) == ANNALS_QUAD_MATERIAL_CONFLICT)
    obj[no++] = r->actors[r->n_init];
  for (size_t pass = 0; pass < 3; pass++) {
    GString *t = g_string_new(NULL);
    size_t use_obj = pass >= 2 && no > 1 ? 1 : no;
    if (ns > 0) {
      names_join(t, subj, ns);
      g_string_append_c(t, ' ');
      g_string_append(t, ns > 1 || subj_plural ? s->verb_plural : s->verb);
      if (use_obj) {
        g_string_append_c(t, ' ');
        if (s->prep) {
          g_string_append(t, s->prep);
          g_string_append_c(t, ' ');
        }
        names_join(t, obj, use_obj);
      } else if (c->obj_words[0]) {
        g_string_append_c(t, ' ');
        g_string_append(t, c->obj_words);
      }
    } else if (c->trig_flags & TRIG_NOUN) {
      /* The noun as written: "Earthquake", "Protests". */
      size_t a = t->len;
      g_string_append_len(t, text + c->trig_start,
                          (gssize)(c->trig_end - c->trig_start));
      for (size_t i = a + 1; i < t->len; i++)
        if (t->str[i] >= 'A' && t->str[i] <= 'Z' &&
            !(t->str[i - 1] != ' ' && i > a))
          t->str[i] = (char)(t->str[i] + 32);
    } else {
      g_string_append(t, s->noun);
    }
    if (ns == 0 && use_obj) {
      annals_quad q = annals_type_quad(s->type);
      if (s->noun_prep) {
        g_string_append_c(t, ' ');
        g_string_append(t, s->noun_prep);
        g_string_append_c(t, ' ');
      } else
        g_string_append(t, use_obj == 2 && q != ANNALS_QUAD_MATERIAL_CONFLICT
                               ? " between "
                           : q == ANNALS_QUAD_MATERIAL_CONFLICT ? " on "
                           : q == ANNALS_QUAD_VERBAL_CONFLICT   ? " against "
                                                                : " with ");
      names_join(t, obj, use_obj);
    }
    if (ns > 0 && c->event_name[0] && t->len + strlen(c->event_name) < 76 &&
        !strstr(c->event_name, "\n")) {
      /* "sign the Camp David Accords", "host ... for the Summit" */
      bool direct = s->type == ANNALS_TYPE_DIPLOMATIC_COOPERATION && !use_obj;
      g_string_append(t, direct ? " " : " for ");
      g_string_append(t, c->event_name);
    }
    bool named = ns > 0 && use_obj == 0 && c->obj_words[0] && place &&
                 strstr(c->obj_words, place);
    if (place) {
      for (size_t i = 0; i < use_obj; i++)
        named = named || strcmp(obj[i], place) == 0;
      for (size_t i = 0; i < ns; i++)
        named = named || strcmp(subj[i], place) == 0;
    }
    if (place && !named && pass == 0) {
      g_string_append(t, " in ");
      g_string_append(t, place);
    }
    if (t->len <= 80 || pass == 2) {
      if (t->len > 80) {
        /* Cut at a word boundary. */
        size_t cut = 80;
        while (cut > 0 && t->str[cut] != ' ')
          cut--;
        g_string_truncate(t, cut ? cut : 80);
      }
      if (t->len && t->str[0] >= 'a' && t->str[0] <= 'z')
        t->str[0] = (char)(t->str[0] - 32);
      g_strlcpy(buf, t->str, size);
      g_string_free(t, TRUE);
      return;
    }
    g_string_free(t, TRUE);
  }
}

/* ------------------------------------------------------------------ */
/* The pipeline                                                         */
/* ------------------------------------------------------------------ */

static double cand_confidence(const ev_cand *c, const actor_set *a) {
  double v = c->sense->strength;
  static const double by_date[] = {0.4, 1.0, 0.9, 0.75, 0.65};
  v *= by_date[c->date_how];
  v *= a->n >= 2 ? 1.0 : a->n == 1 ? 0.9 : 0.75;
  return v;
}

static annals_dct_source dct_source(const annals_timexes *x) {
  return x->dct_how;
}

/* Years back a relative expression names: "last year" -1, "two years
 * ago" -2, "this year" 0.  Returns false for anything else. */
static bool rel_years(const char *s, size_t n, int *out) {
  char buf[48];
  if (n >= sizeof buf)
    return false;
  for (size_t i = 0; i < n; i++)
    buf[i] = g_ascii_tolower(s[i]);
  buf[n] = 0;
  static const struct {
    const char *text;
    int years;
  } forms[] = {
      {"last year", -1},       {"a year ago", -1},
      {"one year ago", -1},    {"the previous year", -1},
      {"the past year", -1},   {"this year", 0},
      {"two years ago", -2},   {"2 years ago", -2},
      {"three years ago", -3}, {"the year before", -1},
      {"a year earlier", -1},
  };
  for (size_t i = 0; i < ARRAY_SIZE(forms); i++)
    if (strcmp(buf, forms[i].text) == 0) {
      *out = forms[i].years;
      return true;
    }
  return false;
}

/* Is the date at text[s..e) a dateline ("DOHA, March 14, 2025 - ")?  It
 * dates the article, not the event of its sentence. */
static bool is_dateline(const char *text, size_t len, size_t s, size_t e) {
  size_t ls = s;
  while (ls > 0 && text[ls - 1] != '\n' && s - ls <= 48)
    ls--;
  if (s - ls > 48)
    return false;
  size_t k = e;
  while (k < len && (text[k] == ' ' || text[k] == ')'))
    k++;
  if (k < len && (text[k] == '-' || text[k] == ':' || text[k] == '/'))
    return true;
  if (k + 2 < len && (unsigned char)text[k] == 0xE2 &&
      (unsigned char)text[k + 1] == 0x80 &&
      ((unsigned char)text[k + 2] == 0x93 ||
       (unsigned char)text[k + 2] == 0x94))
    return true;
  /* "(Reuters) -" after the date */
  if (k < len && text[k] == '(') {
    const char *close = memchr(text + k, ')', len - k < 40 ? len - k : 40);
    if (close) {
      k = (size_t)(close - text) + 1;
      while (k < len && text[k] == ' ')
        k++;
      return k < len && text[k] == '-';
    }
  }
  return false;
}

/* The place of a dateline ("NAIROBI, July 15 (Staff) -", "COLOMBO -")
 * among the first units of the text, or NULL. */
static const gaz_entity *dateline_place(const annals_gazetteer *g,
                                        const char *text, size_t len,
                                        const annals_sentence *s, size_t n) {
  (void)len;
  for (size_t i = 0; i < n && i < 4; i++) {
    size_t a = s[i].start, e = s[i].end;
    size_t k = a;
    while (k < e && (g_ascii_isupper(text[k]) || text[k] == ' ' ||
                     text[k] == '.' || text[k] == '-' || text[k] == '\''))
      k++;
    /* An upper-case word group followed by ',' or ' -'. */
    while (k > a && (text[k - 1] == ' ' || text[k - 1] == '-'))
      k--;
    if (k - a < 3 || k >= e || !(text[k] == ',' || text[k] == ' '))
      continue;
    GArray *w = g_array_new(FALSE, FALSE, sizeof(word));
    words_split(text, a, k, w);
    const word *wv = (const word *)(void *)w->data;
    size_t l = 0;
    const gaz_entity *ent =
        w->len ? gazetteer_match(g, wv, w->len, 0, &l) : NULL;
    bool whole = ent && l == w->len;
    g_array_free(w, TRUE);
    if (whole && is_place_kind(ent))
      return ent;
  }
  return NULL;
}

/* Pieces of a long input: about PIECE bytes, cut after a blank line, else
 * a line end, else a sentence end, else a space, else at a character. */
#define PIECE ((size_t)4 << 20)

static size_t piece_end(const char *text, size_t len, size_t a) {
  if (len - a <= PIECE + PIECE / 2)
    return len;
  size_t want = a + PIECE, lim = a + PIECE + PIECE / 4;
  static const char *const cuts[] = {"\n\n", "\n", ". ", " "};
  for (size_t c = 0; c < ARRAY_SIZE(cuts); c++) {
    size_t cl = strlen(cuts[c]);
    for (size_t k = want; k + cl <= lim; k++)
      if (memcmp(text + k, cuts[c], cl) == 0)
        return k + cl;
  }
  size_t k = want;
  while (k < len && ((unsigned char)text[k] & 0xC0) == 0x80)
    k++;
  return k;
}

/* An unresolved "last year" of the text. */
typedef struct {
  size_t start, end;
  int years;
} rel_mention;

/* One run of the pipeline with a known (or no) document date.  Votes for
 * the document's year, found while merging, go to year_vote (may be
 * NULL). */
/* What one run of the pipeline is given and what it reports back. */
typedef struct {
  annals_date dct;       /* prec NONE: let the date layer infer it */
  annals_dct_source how; /* of dct */
  const char *note;      /* of dct, or NULL */
  size_t base;           /* offset of the piece in the whole input */
  GArray *year_vote;     /* out: document years told by event pairs */
  annals_date *dateline; /* out: a dateline date seen, or NULL */
  annals_date found;     /* out: the DCT the date layer settled on */
  annals_dct_source found_how;
  char found_note[160];
} run_ctx;

static annals_status extract_run(const char *text, size_t len,
                                 const annals_extract_opts *o,
                                 const annals_gazetteer *g,
                                 const annals_lexicon *lx, run_ctx *rc,
                                 annals_timeline *out, annals_diags *d) {
  annals_date dct_in = rc->dct;
  annals_dct_source dct_how = rc->how;
  const char *note = rc->note;
  GArray *year_vote = rc->year_vote;
  annals_date *dateline = rc->dateline;
  size_t base = rc->base;
  /* Date mentions, once over the whole text. */
  annals_timexes tx;
  annals_timexes_init(&tx);
  annals_dates_opts dopt;
  memset(&dopt, 0, sizeof dopt);
  dopt.dct = dct_in;
  annals_status st = annals_dates_find(text, len, &dopt, &tx, d);
  if (st != ANNALS_OK) {
    annals_timexes_release(&tx);
    return st;
  }
  annals_date dct = dct_in;
  if (dct.prec == ANNALS_PREC_NONE) {
    dct = tx.dct;
    rc->found = tx.dct;
    rc->found_how = tx.dct_how;
    g_strlcpy(rc->found_note, tx.dct_note, sizeof rc->found_note);
  }
  if (dct.prec != ANNALS_PREC_NONE &&
      annals_timeline_dct(out)->date.prec == ANNALS_PREC_NONE) {
    if (dct_in.prec != ANNALS_PREC_NONE)
      annals_timeline_set_dct(out, &dct, dct_how, note);
    else
      annals_timeline_set_dct(out, &dct, dct_source(&tx),
                              tx.dct_note[0] ? tx.dct_note : NULL);
  }
  bool have_dct = dct.prec != ANNALS_PREC_NONE;
  int64_t dct_last = have_dct ? annals_date_last_day(&dct) : 0;

  /* Usable dates: calendar periods, not after the DCT.  An expression
   * anchored on the event that follows it ("a year after they ...") dates
   * another event than that one: left out. */
  GArray *dates = g_array_new(FALSE, FALSE, sizeof(ev_date));
  GArray *rels = g_array_new(FALSE, FALSE, sizeof(rel_mention));
  for (size_t i = 0; i < tx.n; i++) {
    const annals_timex *x = &tx.items[i];
    if (x->type == ANNALS_TIMEX_DURATION || x->type == ANNALS_TIMEX_SET)
      continue;
    if (x->when.start.prec == ANNALS_PREC_NONE ||
        (x->flags & ANNALS_TIMEX_F_UNRESOLVED)) {
      rel_mention rm = {x->start, x->end, 0};
      if (rel_years(text + x->start, x->end - x->start, &rm.years))
        g_array_append_val(rels, rm);
      continue;
    }
    size_t xl = x->end - x->start;
    if ((xl > 6 && g_ascii_strncasecmp(text + x->end - 6, " after", 6) == 0) ||
        (xl > 7 && g_ascii_strncasecmp(text + x->end - 7, " before", 7) == 0))
      continue;
    if (have_dct && annals_date_first_day(&x->when.start) > dct_last)
      continue;
    if (is_dateline(text, len, x->start, x->end)) {
      if (dateline && dateline->prec == ANNALS_PREC_NONE &&
          x->when.start.prec == ANNALS_PREC_DAY && !x->when.interval)
        *dateline = x->when.start;
      continue;
    }
    ev_date e = {x->start, x->end, x->when, x->flags};
    g_array_append_val(dates, e);
  }
  annals_timexes_release(&tx);
  const rel_mention *rv = (const rel_mention *)(void *)rels->data;
  size_t ri = 0;

  annals_sentence *sents = NULL;
  size_t n_sents = annals_sentences_split(text, len, &sents);
  GArray *cands = g_array_new(FALSE, FALSE, sizeof(ev_cand));
  ev_scratch *scratch = event_scratch_new();
  const ev_date *dv = (const ev_date *)(void *)dates->data;
  size_t di = 0;
  size_t para = SIZE_MAX;
  annals_when ctx; /* last date of the paragraph so far */
  memset(&ctx, 0, sizeof ctx);
  unsigned ctx_types = 0; /* types of the paragraph's dated events */
  const gaz_entity *last_person = NULL; /* for "he", "she" */
  const gaz_entity *dl_place = dateline_place(g, text, len, sents, n_sents);
  for (size_t si = 0; si < n_sents; si++) {
    const annals_sentence *s = &sents[si];
    if (s->para != para) {
      para = s->para;
      memset(&ctx, 0, sizeof ctx);
      ctx_types = 0;
      last_person = NULL;
    }
    while (di < dates->len && dv[di].start < s->start)
      di++;
    size_t dj = di;
    while (dj < dates->len && dv[dj].start < s->end)
      dj++;
    if (!(s->flags & ANNALS_SENT_LINE)) {
      size_t before = cands->len;
      unsigned seen = 0;
      /* No pointer arithmetic on the NULL data of an empty array. */
      const ev_date *sd = dj > di ? dv + di : NULL;
      event_find(scratch, g, lx, text, s->start, s->end, sd, dj - di, si,
                 cands, &seen, &last_person);
      /* The paragraph goes on telling the same episode when this
       * sentence reports an event of a type already dated in it. */
      bool goes_on = (ctx_types & seen) != 0;
      while (ri < rels->len && rv[ri].start < s->start)
        ri++;
      for (size_t k = before; k < cands->len; k++) {
        ev_cand *c = &g_array_index(cands, ev_cand, k);
        if (c->date_how != EV_DATE_NONE)
          continue;
        if (ri < rels->len && rv[ri].start < s->end) {
          c->has_rel = true;
          c->rel_year = rv[ri].years;
        }
        if (c->present && have_dct) {
          c->when.start = c->when.end = dct;
          c->date_how = EV_DATE_DCT;
        } else if (!c->present && !c->no_context && goes_on &&
                   ctx.start.prec != ANNALS_PREC_NONE) {
          c->when = ctx;
          c->date_how = EV_DATE_CONTEXT;
        }
      }
      for (size_t k = before; k < cands->len; k++) {
        ev_cand *c = &g_array_index(cands, ev_cand, k);
        if (c->date_how == EV_DATE_CLAUSE || c->date_how == EV_DATE_SENT ||
            c->date_how == EV_DATE_CONTEXT)
          ctx_types |= 1u << c->sense->type;
      }
    }
    if (dj > di && !(s->flags & ANNALS_SENT_LINE))
      ctx = dv[dj - 1].when;
    di = dj;
  }

  /* Merge. */
  size_t nc = cands->len;
  ev_cand *cv = (ev_cand *)(void *)cands->data;
  actor_set *acts = g_new0(actor_set, nc ? nc : 1);
  for (size_t i = 0; i < nc; i++)
    cand_actors(&cv[i], dl_place, &acts[i]);
  GArray *recs = g_array_new(FALSE, FALSE, sizeof(rec));
  /* Pass 1: dated candidates with an actor or a place. */
  for (size_t i = 0; i < nc; i++)
    if (cv[i].when.start.prec != ANNALS_PREC_NONE && strong(&cv[i], &acts[i]))
      place_cand(recs, cv, acts, i);
  /* Pass 1b: an undated event whose initiator a dated mention without
   * actors names in its sentence ("the two countries conducted airstrikes
   * in January 2024") takes that date.  When the event's own sentence
   * said "last year", the pair also tells the document's year. */
  for (size_t i = 0; i < nc; i++) {
    ev_cand *c = &cv[i];
    if (c->when.start.prec != ANNALS_PREC_NONE || !strong(c, &acts[i]) ||
        acts[i].n_init == 0 || c->no_context || c->present)
      continue;
    size_t best = SIZE_MAX, best_dist = SIZE_MAX;
    size_t k0 = i, k1 = i;
    while (k0 > 0 && sent_dist(cv[k0 - 1].sent, c->sent) <= MERGE_SENTENCES)
      k0--;
    while (k1 < nc && sent_dist(cv[k1].sent, c->sent) <= MERGE_SENTENCES)
      k1++;
    for (size_t k = k0; k < k1; k++) {
      const ev_cand *dn = &cv[k];
      if (dn->when.start.prec == ANNALS_PREC_NONE || acts[k].n || dn->place ||
          !same_kind(dn, c) || dn->date_how > EV_DATE_SENT)
        continue;
      bool names = false;
      for (size_t e = 0; e < dn->n_sent_ents && !names; e++) {
        const char *an = actor_name(dn->sent_ents[e]);
        names = an && strcmp(an, acts[i].names[0]) == 0;
      }
      if (!names)
        continue;
      size_t dist =
          dn->sent > c->sent ? dn->sent - c->sent : c->sent - dn->sent;
      if (dist < best_dist) {
        best = k;
        best_dist = dist;
      }
    }
    if (best == SIZE_MAX)
      continue;
    c->when = cv[best].when;
    c->date_how = EV_DATE_CONTEXT;
    if (c->has_rel && year_vote)
      g_array_append_vals(year_vote, (int[]){c->when.start.y - c->rel_year}, 1);
    place_cand(recs, cv, acts, i);
  }
  /* Records in text order (main candidates are in text order), so the
   * next passes find the records near a sentence by bisection. */
  g_array_sort(recs, rec_cmp);
  /* Pass 2: dated candidates with no actor: refine what they fit. */
  for (size_t i = 0; i < nc; i++) {
    const ev_cand *c = &cv[i];
    if (c->when.start.prec == ANNALS_PREC_NONE || strong(c, &acts[i]))
      continue;
    int64_t c0 = first_day(&c->when.start), c1 = last_day(&c->when.end);
    size_t j0 = first_near(recs, cv, c->sent);
    for (size_t j = j0; j < recs->len; j++) {
      rec *r = &g_array_index(recs, rec, j);
      if (r->sent > c->sent + MERGE_SENTENCES)
        break;
      if (r->n_cands > MERGE_RECORDS)
        continue;
      if (r->main == i || !rec_same_kind(r, c) ||
          !rec_when_compatible(r, c0, c1))
        continue;
      if ((acts[i].n || c->place) && (!actors_compatible(&acts[i], r) ||
                                      !places_compatible(c->place, r->place)))
        continue;
      bool already = false;
      for (size_t k = 0; k < r->cands->len; k++)
        already = already || g_array_index(r->cands, size_t, k) == i;
      if (!already)
        rec_add(r, i, c, &acts[i]);
    }
  }
  /* Pass 3: undated candidates join the closest record sharing an
   * actor, or become undated records when asked. */
  for (size_t i = 0; i < nc; i++) {
    const ev_cand *c = &cv[i];
    if (c->when.start.prec != ANNALS_PREC_NONE)
      continue;
    size_t best = SIZE_MAX, best_ov = 0, best_dist = SIZE_MAX;
    size_t j0 = first_near(recs, cv, c->sent);
    for (size_t j = j0; j < recs->len; j++) {
      rec *r = &g_array_index(recs, rec, j);
      if (r->sent > c->sent + MERGE_SENTENCES)
        break;
      if (r->n_cands > MERGE_RECORDS)
        continue;
      if (!rec_same_kind(r, c) || r->when.start.prec == ANNALS_PREC_NONE)
        continue;
      if (!places_compatible(c->place, r->place) ||
          !actors_compatible(&acts[i], r))
        continue;
      size_t ov = overlap(&acts[i], r);
      bool same_init = acts[i].n_init > 0 && r->n_init > 0 &&
                       strcmp(acts[i].names[0], r->actors[0]) == 0;
      if (ov == 0 || (ov < 2 && !same_init))
        continue;
      size_t dist = SIZE_MAX;
      for (size_t k = 0; k < r->cands->len; k++) {
        size_t s2 = cv[g_array_index(r->cands, size_t, k)].sent;
        size_t dd = s2 > c->sent ? s2 - c->sent : c->sent - s2;
        if (dd < dist)
          dist = dd;
      }
      if (ov > best_ov || (ov == best_ov && dist < best_dist)) {
        best = j;
        best_ov = ov;
        best_dist = dist;
      }
    }
    if (best != SIZE_MAX) {
      rec *r = &g_array_index(recs, rec, best);
      rec_add(r, i, c, &acts[i]);
    } else if (o->keep_undated && (acts[i].n > 0 || c->place)) {
      rec r;
      rec_start(&r, i, c, &acts[i]);
      g_array_append_val(recs, r);
    }
  }

  /* Records -> timeline events. */
  for (size_t j = 0; j < recs->len; j++) {
    rec *r = &g_array_index(recs, rec, j);
    const ev_cand *m = &cv[r->main];
    const annals_sentence *s = &sents[m->sent];
    annals_event ev;
    memset(&ev, 0, sizeof ev);
    /* Force used in a place: the place's country is the target. */
    if (r->n_actors == r->n_init && r->n_init > 0 && r->place &&
        annals_type_quad(m->sense->type) == ANNALS_QUAD_MATERIAL_CONFLICT &&
        r->n_actors < REC_MAX_ACTORS) {
      const char *pc = place_country(r->place);
      bool have = false;
      for (size_t k = 0; pc && k < r->n_actors; k++)
        have = have || strcmp(r->actors[k], pc) == 0;
      if (pc && !have)
        r->actors[r->n_actors++] = pc;
    }
    char title[160];
    make_title(r, cv, text, title, sizeof title);
    ev.when = r->when;
    ev.approximate = r->approximate;
    ev.title = title;
    ev.type = m->sense->type;
    ev.cameo = m->sense->cameo;
    ev.actors = r->actors;
    ev.n_actors = r->n_actors;
    ev.location = r->place ? r->place->name : NULL;
    char *stext = g_strndup(text + s->start, s->end - s->start);
    ev.source.text = stext;
    ev.source.file = o->file;
    ev.source.offset = (long long)(base + s->start);
    ev.source.length = (long long)(s->end - s->start);
    /* Mentions: the other sentences, each once. */
    annals_source *ms = g_new0(annals_source, r->cands->len);
    char **mtexts = g_new0(char *, r->cands->len);
    size_t nm = 0;
    double conf = cand_confidence(m, &acts[r->main]);
    for (size_t k = 1; k < r->cands->len; k++) {
      size_t ci = g_array_index(r->cands, size_t, k);
      double cc = cand_confidence(&cv[ci], &acts[ci]);
      if (cc > conf)
        conf = cc;
      size_t sj = cv[ci].sent;
      bool dup = sj == m->sent;
      for (size_t q = 1; q < k && !dup; q++)
        dup = cv[g_array_index(r->cands, size_t, q)].sent == sj;
      if (dup)
        continue;
      const annals_sentence *s2 = &sents[sj];
      mtexts[nm] = g_strndup(text + s2->start, s2->end - s2->start);
      ms[nm].text = mtexts[nm];
      ms[nm].file = o->file;
      ms[nm].offset = (long long)(base + s2->start);
      ms[nm].length = (long long)(s2->end - s2->start);
      nm++;
    }
    conf += 0.05 * (double)nm;
    if (conf > 0.99)
      conf = 0.99;
    ev.confidence = floor(conf * 100 + 0.5) / 100;
    ev.mentions = nm ? ms : NULL;
    ev.n_mentions = nm;
    const char *tags[1];
    if (m->sense->tag) {
      tags[0] = m->sense->tag;
      ev.tags = tags;
      ev.n_tags = 1;
    }
    annals_timeline_add(out, &ev);
    for (size_t k = 0; k < nm; k++)
      g_free(mtexts[k]);
    g_free(mtexts);
    g_free(ms);
    g_free(stext);
    g_array_free(r->cands, TRUE);
  }
  g_array_free(recs, TRUE);
  g_free(acts);
  g_array_free(cands, TRUE);
  g_array_free(dates, TRUE);
  g_array_free(rels, TRUE);
  event_scratch_free(scratch);
  g_free(sents);
  return ANNALS_OK;
}

/* A text that opens with a headline (a short first line without final
 * punctuation, set apart by a line break) gives the chart its title. */
static void set_headline_title(const char *text, size_t len,
                               annals_timeline *out) {
  size_t a = 0;
  while (a < len && g_ascii_isspace(text[a]))
    a++;
  size_t b = a;
  while (b < len && text[b] != '\n' && text[b] != '\r')
    b++;
  if (b >= len)
    return; /* one line only: a sentence, not a headline */
  while (b > a && g_ascii_isspace(text[b - 1]))
    b--;
  if (b - a < 8 || b - a > 150 || strchr(".!?:;,", text[b - 1]))
    return;
  char *title = g_strndup(text + a, b - a);
  annals_timeline_set_title(out, title);
  g_free(title);
}

annals_status annals_extract(const char *text, size_t len,
                             const annals_extract_opts *o, annals_timeline *out,
                             annals_diags *d) {
  annals_extract_opts def;
  if (!o) {
    memset(&def, 0, sizeof def);
    o = &def;
  }
  size_t bad = annals_utf8_check(text, len);
  if (bad < len) {
    unsigned line, col;
    annals_text_position(text, len, bad, &line, &col);
    annals_diags_add(d, ANNALS_SEV_ERROR, o->file, line, col, bad,
                     "invalid UTF-8 byte 0x%02x",
                     (unsigned)(unsigned char)text[bad]);
    return ANNALS_ERR_INPUT;
  }
  annals_gazetteer *own_g = NULL;
  annals_lexicon *own_lx = NULL;
  const annals_gazetteer *g = o->gazetteer;
  const annals_lexicon *lx = o->lexicon;
  if (!g)
    g = own_g = annals_gazetteer_new();
  if (!lx)
    lx = own_lx = annals_lexicon_new();
  /* Long inputs are read in pieces cut at paragraph ends, so memory
   * stays bounded; the document date is settled on the first piece. */
  size_t first = piece_end(text, len, 0);
  run_ctx rc;
  memset(&rc, 0, sizeof rc);
  annals_status st = ANNALS_OK;
  if (o->dct.prec != ANNALS_PREC_NONE) {
    rc.dct = o->dct;
    rc.how = ANNALS_DCT_GIVEN;
  } else {
    /* No DCT given: the date layer may find one (dateline, consistent
     * pairs); else a dateline this stage recognises; else a first run may
     * find "last year" and "January 2024" told of one event, which fixes
     * the document's year (a year, never an invented day). */
    run_ctx probe;
    memset(&probe, 0, sizeof probe);
    annals_date dl;
    memset(&dl, 0, sizeof dl);
    probe.year_vote = g_array_new(FALSE, FALSE, sizeof(int));
    probe.dateline = &dl;
    annals_timeline *tmp = annals_timeline_new();
    st = extract_run(text, first, o, g, lx, &probe, tmp, NULL);
    annals_timeline_free(tmp);
    int year = 0;
    bool agree = true;
    for (guint i = 0; i < probe.year_vote->len; i++) {
      int v = g_array_index(probe.year_vote, int, i);
      if (year && v != year)
        agree = false;
      year = v;
    }
    bool voted = probe.year_vote->len > 0;
    g_array_free(probe.year_vote, TRUE);
    if (probe.found.prec != ANNALS_PREC_NONE) {
      rc.dct = probe.found;
      rc.how = probe.found_how;
      g_strlcpy(rc.found_note, probe.found_note, sizeof rc.found_note);
      rc.note = rc.found_note[0] ? rc.found_note : NULL;
    } else if (dl.prec == ANNALS_PREC_DAY) {
      rc.dct = dl;
      rc.how = ANNALS_DCT_DATELINE;
      rc.note = "the dateline at the top of the text";
    } else if (voted && agree && year >= ANNALS_YEAR_MIN &&
               year <= ANNALS_YEAR_MAX) {
      annals_date y = {year, 0, 0, ANNALS_PREC_YEAR};
      rc.dct = y;
      rc.how = ANNALS_DCT_INFERRED;
    }
  }
  for (size_t a = 0; a < len && st == ANNALS_OK;) {
    size_t b = a == 0 ? first : piece_end(text, len, a);
    rc.base = a;
    st = extract_run(text + a, b - a, o, g, lx, &rc, out, d);
    a = b;
  }
  annals_gazetteer_free(own_g);
  annals_lexicon_free(own_lx);
  if (st == ANNALS_OK && !annals_timeline_title(out))
    set_headline_title(text, len, out);
  annals_timeline_sort(out);
  annals_timeline_fix_ids(out);
  return st;
}
