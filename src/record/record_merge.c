/*
 * record_merge.c - many documents, one timeline: cross-document merging,
 * salience and the chart text of a multi-source timeline.
 *
 * Merging works on reports: every sentence of every record (its source
 * and each mention) is one report, which keeps what it said (its date,
 * confidence, document and document date) in the output.  Two reports
 * tell the same event when their records have the same type and the same
 * initiator (first actor, else location) and one report's date lies
 * within the other's.  Records are the connected components of that
 * relation, built from the reports alone and written in a total order, so
 * merging is associative and does not depend on the order of its inputs:
 * merge(merge(A, B), C) and merge(C, A, B) give the same bytes.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>

typedef struct {
  annals_source s;         /* when, dct and confidence always filled */
  const annals_event *rec; /* the input record it came from */
  char *key;               /* type and initiator, case-folded */
  size_t comp;             /* union-find parent */
} report;

static int cmp0(const char *a, const char *b) {
  return strcmp(a ? a : "", b ? b : "");
}

static int cmp_date(const annals_date *a, const annals_date *b) {
  annals_when x = {*a, *a, false}, y = {*b, *b, false};
  return annals_when_cmp(&x, &y);
}

static int cmp_when(const annals_when *a, const annals_when *b) {
  int c = annals_when_cmp(a, b);
  if (c)
    return c;
  char x[48], y[48];
  annals_when_format(a, x, sizeof x);
  annals_when_format(b, y, sizeof y);
  return strcmp(x, y);
}

/* The identity of a report: what it says, where. */
static int report_cmp(const report *a, const report *b) {
  int c = strcmp(a->key, b->key);
  if (!c)
    c = cmp0(a->s.file, b->s.file);
  if (!c)
    c = cmp0(a->s.url, b->s.url);
  if (!c)
    c = a->s.offset < b->s.offset ? -1 : a->s.offset > b->s.offset;
  if (!c)
    c = a->s.length < b->s.length ? -1 : a->s.length > b->s.length;
  if (!c)
    c = cmp0(a->s.text, b->s.text);
  if (!c)
    c = cmp_when(&a->s.when, &b->s.when);
  if (!c)
    c = cmp_date(&a->s.dct, &b->s.dct);
  /* Reports without a source are told apart by their record's title. */
  if (!c && !a->s.text && !a->s.file)
    c = cmp0(a->rec->title, b->rec->title);
  return c;
}

static int report_qcmp(const void *pa, const void *pb) {
  return report_cmp(pa, pb);
}

static char *record_key(const annals_event *e) {
  const char *who = e->n_actors ? e->actors[0] : e->location;
  char *f = g_utf8_casefold(who ? who : "", -1);
  char *k = g_strdup_printf("%02d|%s|%s", (int)e->type, who ? "" : "-", f);
  g_free(f);
  return k;
}

static void add_report(GArray *out, const annals_event *e,
                       const annals_source *s, const annals_dct *tdct) {
  report r;
  memset(&r, 0, sizeof r);
  if (s)
    r.s = *s;
  else
    r.s.offset = r.s.length = -1;
  if (r.s.when.start.prec == ANNALS_PREC_NONE)
    r.s.when = e->when;
  if (r.s.confidence <= 0)
    r.s.confidence = e->confidence;
  if (r.s.dct.prec == ANNALS_PREC_NONE && tdct)
    r.s.dct = tdct->date;
  r.rec = e;
  r.key = record_key(e);
  g_array_append_val(out, r);
}

static size_t find(report *v, size_t i) {
  while (v[i].comp != i)
    i = v[i].comp = v[v[i].comp].comp;
  return i;
}

static void unite(report *v, size_t a, size_t b) {
  a = find(v, a);
  b = find(v, b);
  if (a != b)
    v[a > b ? a : b].comp = a < b ? a : b;
}

/* Does one date lie within the other? */
static bool nested(const annals_when *a, const annals_when *b) {
  if (a->start.prec == ANNALS_PREC_NONE || b->start.prec == ANNALS_PREC_NONE)
    return false;
  int64_t a0 = annals_date_first_day(&a->start);
  int64_t a1 = annals_date_last_day(&a->end);
  int64_t b0 = annals_date_first_day(&b->start);
  int64_t b1 = annals_date_last_day(&b->end);
  return (a0 >= b0 && a1 <= b1) || (b0 >= a0 && b1 <= a1);
}

/* Links the reports that tell the same event (v sorted by key). */
static void link_reports(report *v, size_t n) {
  for (size_t i = 0; i < n; i++)
    v[i].comp = i;
  for (size_t a = 0; a < n;) {
    size_t b = a + 1;
    while (b < n && strcmp(v[a].key, v[b].key) == 0)
      b++;
    /* "-|" keys (no actor, no location) link no two reports. */
    bool anon = strcmp(v[a].key + 3, "-|") == 0;
    for (size_t i = a; i < b && !anon; i++)
      for (size_t j = i + 1; j < b; j++)
        if (find(v, i) != find(v, j) && nested(&v[i].s.when, &v[j].s.when))
          unite(v, i, j);
    a = b;
  }
}

/* ---- one merged record --------------------------------------------------- */

/* The document a report comes from. */
static const char *doc_of(const report *r) {
  return r->s.url ? r->s.url : r->s.file;
}

static size_t count_docs(report *const *rs, size_t n) {
  GHashTable *h = g_hash_table_new(g_str_hash, g_str_equal);
  size_t anon = 0;
  for (size_t i = 0; i < n; i++) {
    const char *d = doc_of(rs[i]);
    if (d)
      g_hash_table_add(h, (gpointer)d);
    else
      anon++;
  }
  size_t k = g_hash_table_size(h) + (anon ? 1 : 0);
  g_hash_table_destroy(h);
  return k;
}

/* The most precise date every report agrees with: the report date that
 * lies within all others; when reports conflict, the month or year they
 * share, else the span from the first to the last.  *conflict is set then. */
static annals_when agreed_when(report *const *rs, size_t n, bool *conflict) {
  const annals_when *best = NULL;
  for (size_t i = 0; i < n; i++) {
    bool inside = true;
    for (size_t j = 0; j < n && inside; j++) {
      int64_t a0 = annals_date_first_day(&rs[i]->s.when.start);
      int64_t a1 = annals_date_last_day(&rs[i]->s.when.end);
      int64_t b0 = annals_date_first_day(&rs[j]->s.when.start);
      int64_t b1 = annals_date_last_day(&rs[j]->s.when.end);
      inside = a0 >= b0 && a1 <= b1;
    }
    if (inside && (!best || cmp_when(&rs[i]->s.when, best) < 0))
      best = &rs[i]->s.when;
  }
  *conflict = !best;
  if (best)
    return *best;
  annals_date lo = rs[0]->s.when.start, hi = rs[0]->s.when.end;
  for (size_t i = 1; i < n; i++) {
    if (cmp_date(&rs[i]->s.when.start, &lo) < 0)
      lo = rs[i]->s.when.start;
    if (annals_date_last_day(&rs[i]->s.when.end) > annals_date_last_day(&hi))
      hi = rs[i]->s.when.end;
  }
  annals_when w = {lo, hi, true};
  if (lo.y == hi.y && lo.prec >= ANNALS_PREC_YEAR &&
      hi.prec >= ANNALS_PREC_YEAR) {
    annals_date c = {lo.y, 0, 0, ANNALS_PREC_YEAR};
    if (lo.prec >= ANNALS_PREC_MONTH && hi.prec >= ANNALS_PREC_MONTH &&
        lo.m == hi.m) {
      c.m = lo.m;
      c.prec = ANNALS_PREC_MONTH;
    }
    w.start = w.end = c;
    w.interval = false;
  }
  return w;
}

/* "Sources disagree on the date: 2024-06-12 (2 reports), 2024-06-20." */
static char *conflict_note(report *const *rs, size_t n) {
  GString *g = g_string_new("Sources disagree on the date:");
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && cmp_when(&rs[i]->s.when, &rs[j]->s.when) == 0)
      j++;
    char b[48];
    annals_when_format(&rs[i]->s.when, b, sizeof b);
    g_string_append_printf(g, "%s %s", i ? "," : "", b);
    if (j - i > 1)
      g_string_append_printf(g, " (%zu reports)", j - i);
    i = j;
  }
  g_string_append_c(g, '.');
  return g_string_free(g, FALSE);
}

static int when_qcmp(const void *pa, const void *pb) {
  const report *const *a = pa, *const *b = pb;
  int c = cmp_when(&(*a)->s.when, &(*b)->s.when);
  return c ? c : report_cmp(*a, *b);
}

/* The smallest non-NULL string field (at byte offset off of the event)
 * of the records (NULL when none has one). */
static const char *min_str(report *const *rs, size_t n, size_t off) {
  const char *m = NULL;
  for (size_t i = 0; i < n; i++) {
    const char *v =
        *(const char *const *)(const void *)((const char *)rs[i]->rec + off);
    if (v && (!m || strcmp(v, m) < 0))
      m = v;
  }
  return m;
}

/* Actors: the initiator first (its smallest spelling), then every other
 * actor of the records in sorted order, each with the smallest country
 * given for it. */
static void merged_actors(report *const *rs, size_t n, annals_event *ev,
                          GPtrArray *names, GPtrArray *countries) {
  GHashTable *seen =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *rest = g_ptr_array_new();
  const char *first = NULL;
  for (size_t i = 0; i < n; i++) {
    const annals_event *e = rs[i]->rec;
    if (e->n_actors && (!first || strcmp(e->actors[0], first) < 0))
      first = e->actors[0];
  }
  char *ff = first ? g_utf8_casefold(first, -1) : NULL;
  for (size_t i = 0; i < n; i++) {
    const annals_event *e = rs[i]->rec;
    for (size_t j = 0; j < e->n_actors; j++) {
      char *f = g_utf8_casefold(e->actors[j], -1);
      const char *c = e->actor_countries ? e->actor_countries[j] : NULL;
      gpointer old = g_hash_table_lookup(seen, f);
      if (!old || strcmp(e->actors[j], ((const char *const *)old)[0]) < 0 ||
          (strcmp(e->actors[j], ((const char *const *)old)[0]) == 0 && c &&
           (!((const char *const *)old)[1] ||
            strcmp(c, ((const char *const *)old)[1]) < 0))) {
        const char **pair = g_new(const char *, 2);
        pair[0] = e->actors[j];
        pair[1] = c ? c : (old ? ((const char *const *)old)[1] : NULL);
        if (!old)
          g_ptr_array_add(rest, pair);
        else
          for (guint k = 0; k < rest->len; k++)
            if (rest->pdata[k] == old) {
              g_free(old);
              rest->pdata[k] = pair;
            }
        g_hash_table_replace(seen, f, pair);
      } else {
        if (c && (!((const char **)old)[1] ||
                  strcmp(c, ((const char **)old)[1]) < 0))
          ((const char **)old)[1] = c;
        g_free(f);
      }
    }
  }
  /* Sort: the initiator first, then by name. */
  for (guint k = 0; k + 1 < rest->len; k++)
    for (guint m = k + 1; m < rest->len; m++) {
      const char **a = rest->pdata[k], **b = rest->pdata[m];
      char *fa = g_utf8_casefold(a[0], -1), *fb = g_utf8_casefold(b[0], -1);
      bool a_first = ff && strcmp(fa, ff) == 0;
      bool b_first = ff && strcmp(fb, ff) == 0;
      if (b_first || (!a_first && strcmp(a[0], b[0]) > 0)) {
        rest->pdata[k] = (gpointer)b;
        rest->pdata[m] = (gpointer)a;
      }
      g_free(fa);
      g_free(fb);
    }
  bool any = false;
  for (guint k = 0; k < rest->len; k++) {
    const char **p = rest->pdata[k];
    g_ptr_array_add(names, (gpointer)p[0]);
    g_ptr_array_add(countries, (gpointer)p[1]);
    any = any || p[1];
    g_free(p);
  }
  ev->actors = (const char **)names->pdata;
  ev->n_actors = names->len;
  ev->actor_countries = any ? (const char **)countries->pdata : NULL;
  g_ptr_array_free(rest, TRUE);
  g_hash_table_destroy(seen);
  g_free(ff);
}

static gboolean add_key(gpointer key, gpointer value, gpointer data) {
  (void)value;
  g_ptr_array_add(data, key);
  return FALSE;
}

/* Tags and notes: the union of the records', sorted; notes this file
 * wrote itself (a conflict of dates) are made again, not copied. */
static void merged_lists(report *const *rs, size_t n, GPtrArray *tags,
                         GString *notes) {
  GTree *tt = g_tree_new((GCompareFunc)strcmp);
  GTree *nt = g_tree_new((GCompareFunc)strcmp);
  for (size_t i = 0; i < n; i++) {
    const annals_event *e = rs[i]->rec;
    for (size_t j = 0; j < e->n_tags; j++)
      g_tree_insert(tt, (gpointer)e->tags[j], (gpointer)e->tags[j]);
    if (e->notes && !g_str_has_prefix(e->notes, "Sources disagree on the date"))
      g_tree_insert(nt, (gpointer)e->notes, (gpointer)e->notes);
  }
  GPtrArray *nv = g_ptr_array_new();
  g_tree_foreach(tt, add_key, tags);
  g_tree_foreach(nt, add_key, nv);
  for (guint k = 0; k < nv->len; k++)
    g_string_append_printf(notes, "%s%s", notes->len ? "\n" : "",
                           (const char *)nv->pdata[k]);
  g_ptr_array_free(nv, TRUE);
  g_tree_destroy(tt);
  g_tree_destroy(nt);
}

/* Confidence raised by agreement: each further document halves the doubt
 * that remains (a record of one document keeps its own). */
static double raised(double base, size_t docs) {
  if (base < 0)
    return -1;
  double doubt = (1 - base) * pow(0.7, (double)(docs ? docs - 1 : 0));
  return round((1 - doubt) * 1000) / 1000;
}

/* Adds the record of reports rs[0..n) (one component) to out. */
static void emit(report **rs, size_t n, annals_timeline *out) {
  qsort(rs, n, sizeof *rs, when_qcmp);
  annals_event ev;
  memset(&ev, 0, sizeof ev);
  bool conflict;
  ev.when = agreed_when(rs, n, &conflict);
  ev.type = rs[0]->rec->type;
  ev.title = min_str(rs, n, offsetof(annals_event, title));
  ev.cameo = min_str(rs, n, offsetof(annals_event, cameo));
  ev.location = min_str(rs, n, offsetof(annals_event, location));
  ev.country = min_str(rs, n, offsetof(annals_event, country));
  for (size_t i = 0; i < n; i++)
    ev.approximate = ev.approximate || rs[i]->rec->approximate;
  GPtrArray *names = g_ptr_array_new(), *countries = g_ptr_array_new();
  merged_actors(rs, n, &ev, names, countries);
  GPtrArray *tags = g_ptr_array_new();
  GString *notes = g_string_new(NULL);
  char *cn = conflict ? conflict_note(rs, n) : NULL;
  merged_lists(rs, n, tags, notes);
  if (cn) {
    if (notes->len)
      g_string_prepend_c(notes, '\n');
    g_string_prepend(notes, cn);
  }
  ev.tags = (const char **)tags->pdata;
  ev.n_tags = tags->len;
  ev.notes = notes->len ? notes->str : NULL;
  double base = -1;
  for (size_t i = 0; i < n; i++)
    if (rs[i]->s.confidence > base)
      base = rs[i]->s.confidence;
  size_t docs = count_docs(rs, n);
  ev.confidence = raised(base, docs);
  /* The first report in document order is the source, the rest are
   * mentions; each keeps its date and confidence where they differ
   * from the record's. */
  report **byd = g_new(report *, n);
  memcpy(byd, rs, n * sizeof *rs);
  for (size_t i = 0; i + 1 < n; i++)
    for (size_t j = i + 1; j < n; j++)
      if (report_cmp(byd[j], byd[i]) < 0) {
        report *t = byd[i];
        byd[i] = byd[j];
        byd[j] = t;
      }
  annals_source *ms = g_new0(annals_source, n);
  size_t nm = 0;
  for (size_t i = 0; i < n; i++) {
    if (!byd[i]->s.text && !byd[i]->s.file)
      continue;
    annals_source s = byd[i]->s;
    if (cmp_when(&s.when, &ev.when) == 0)
      s.when.start.prec = s.when.end.prec = ANNALS_PREC_NONE;
    if (s.confidence == ev.confidence || s.confidence < 0)
      s.confidence = 0;
    ms[nm++] = s;
  }
  if (nm) {
    ev.source = ms[0];
    ev.mentions = ms + 1;
    ev.n_mentions = nm - 1;
  }
  annals_timeline_add(out, &ev);
  g_free(ms);
  g_free(byd);
  g_free(cn);
  g_string_free(notes, TRUE);
  g_ptr_array_free(tags, TRUE);
  g_ptr_array_free(names, TRUE);
  g_ptr_array_free(countries, TRUE);
}

/* ---- the merge ----------------------------------------------------------- */

typedef struct {
  report **rs;
  size_t n;
  annals_when when;
  const char *title;
} component;

static int comp_qcmp(const void *pa, const void *pb) {
  const component *a = pa, *b = pb;
  int c = cmp_when(&a->when, &b->when);
  if (!c)
    c = cmp0(a->title, b->title);
  if (!c)
    c = report_cmp(a->rs[0], b->rs[0]);
  return c;
}

static void collect(const annals_timeline *t, GArray *reports) {
  const annals_dct *dct = annals_timeline_dct(t);
  for (size_t i = 0; i < annals_timeline_count(t); i++) {
    const annals_event *e = annals_timeline_get(t, i);
    bool any = false;
    if (e->source.text || e->source.file) {
      add_report(reports, e, &e->source, dct);
      any = true;
    }
    for (size_t j = 0; j < e->n_mentions; j++)
      if (e->mentions[j].text || e->mentions[j].file) {
        add_report(reports, e, &e->mentions[j], dct);
        any = true;
      }
    if (!any)
      add_report(reports, e, NULL, dct);
  }
}

annals_timeline *annals_timelines_merge(const annals_timeline *const *in,
                                        size_t n) {
  GArray *ra = g_array_new(FALSE, FALSE, sizeof(report));
  for (size_t i = 0; i < n; i++)
    collect(in[i], ra);
  report *v = (report *)(void *)ra->data;
  size_t nr = ra->len;
  if (nr)
    qsort(v, nr, sizeof *v, report_qcmp);
  /* The same report read twice (a file merged with itself) counts once;
   * it keeps the highest confidence given to it. */
  size_t k = 0;
  for (size_t i = 0; i < nr; i++) {
    if (k && report_cmp(&v[k - 1], &v[i]) == 0) {
      if (v[i].s.confidence > v[k - 1].s.confidence)
        v[k - 1].s.confidence = v[i].s.confidence;
      g_free(v[i].key);
      continue;
    }
    v[k++] = v[i];
  }
  nr = k;
  link_reports(v, nr);
  /* Group the reports by component. */
  size_t *slot = g_new0(size_t, nr), nc = 0;
  size_t *size = g_new0(size_t, nr);
  for (size_t i = 0; i < nr; i++)
    size[find(v, i)]++;
  component *cs = g_new0(component, nr ? nr : 1);
  for (size_t i = 0; i < nr; i++)
    if (find(v, i) == i) {
      slot[i] = nc;
      cs[nc].rs = g_new(report *, size[i]);
      nc++;
    }
  for (size_t i = 0; i < nr; i++) {
    component *c = &cs[slot[find(v, i)]];
    c->rs[c->n++] = &v[i];
  }
  for (size_t i = 0; i < nc; i++) {
    bool conflict;
    qsort(cs[i].rs, cs[i].n, sizeof *cs[i].rs, when_qcmp);
    cs[i].when = agreed_when(cs[i].rs, cs[i].n, &conflict);
    cs[i].title = min_str(cs[i].rs, cs[i].n, offsetof(annals_event, title));
  }
  qsort(cs, nc, sizeof *cs, comp_qcmp);
  annals_timeline *out = annals_timeline_new();
  for (size_t i = 0; i < nc; i++) {
    emit(cs[i].rs, cs[i].n, out);
    g_free(cs[i].rs);
  }
  annals_timeline_fix_ids(out);
  for (size_t i = 0; i < nr; i++)
    g_free(v[i].key);
  g_free(cs);
  g_free(slot);
  g_free(size);
  g_array_free(ra, TRUE);
  return out;
}

/* ---- salience --------------------------------------------------------------
 */

typedef struct {
  int64_t day;
  size_t docs, reports;
  double conf;
} day_score;

static int score_qcmp(const void *pa, const void *pb) {
  const day_score *a = pa, *b = pb;
  if (a->docs != b->docs)
    return a->docs > b->docs ? -1 : 1;
  if (a->reports != b->reports)
    return a->reports > b->reports ? -1 : 1;
  if (a->conf != b->conf)
    return a->conf > b->conf ? -1 : 1;
  return a->day < b->day ? -1 : a->day > b->day;
}

/* The day an event is dated to, or INT64_MIN when its date is not one
 * day. */
static int64_t event_day(const annals_event *e) {
  if (e->when.interval || e->when.start.prec != ANNALS_PREC_DAY)
    return INT64_MIN;
  return annals_date_first_day(&e->when.start);
}

static void add_doc(GHashTable *docs, const annals_source *s) {
  const char *d = s->url ? s->url : s->file;
  if (d)
    g_hash_table_add(docs, (gpointer)d);
}

typedef struct {
  int64_t day;
  size_t ev, rep; /* event index; 0 its source, j its mention j - 1 */
} day_event;

static int day_event_qcmp(const void *pa, const void *pb) {
  const day_event *a = pa, *b = pb;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  if (a->ev != b->ev)
    return a->ev < b->ev ? -1 : 1;
  return a->rep < b->rep ? -1 : a->rep > b->rep;
}

/* The day a report tells: its own date when it gives one, else its
 * event's; INT64_MIN when that is not one day. */
static int64_t report_day(const annals_event *e, const annals_source *s) {
  if (s->when.start.prec == ANNALS_PREC_NONE)
    return event_day(e);
  if (s->when.interval || s->when.start.prec != ANNALS_PREC_DAY)
    return INT64_MIN;
  return annals_date_first_day(&s->when.start);
}

/* The days of t's events scored by their reports (a report counts for
 * the day it tells, also when its record's date is coarser because the
 * reports disagree), most salient first; only days some event is dated
 * to.  The caller frees the array. */
static GArray *score_days(const annals_timeline *t) {
  size_t n = annals_timeline_count(t);
  GArray *de = g_array_new(FALSE, FALSE, sizeof(day_event));
  for (size_t i = 0; i < n; i++) {
    const annals_event *e = annals_timeline_get(t, i);
    for (size_t j = 0; j <= e->n_mentions; j++) {
      int64_t day = report_day(e, j ? &e->mentions[j - 1] : &e->source);
      if (day != INT64_MIN) {
        day_event x = {day, i, j};
        g_array_append_val(de, x);
      }
    }
  }
  if (de->len)
    qsort(de->data, de->len, sizeof(day_event), day_event_qcmp);
  const day_event *v = (const day_event *)(void *)de->data;
  size_t k = de->len;
  GArray *scores = g_array_new(FALSE, TRUE, sizeof(day_score));
  for (size_t a = 0; a < k;) {
    day_score sc = {v[a].day, 0, 0, -1};
    GHashTable *docs = g_hash_table_new(g_str_hash, g_str_equal);
    bool dated = false;
    size_t b = a;
    for (; b < k && v[b].day == v[a].day; b++) {
      const annals_event *e = annals_timeline_get(t, v[b].ev);
      add_doc(docs, v[b].rep ? &e->mentions[v[b].rep - 1] : &e->source);
      sc.reports++;
      if (e->confidence > sc.conf)
        sc.conf = e->confidence;
      dated = dated || event_day(e) == v[a].day;
    }
    size_t nd = g_hash_table_size(docs);
    sc.docs = nd ? nd : 1;
    g_hash_table_destroy(docs);
    if (dated)
      g_array_append_val(scores, sc);
    a = b;
  }
  g_array_free(de, TRUE);
  if (scores->len)
    qsort(scores->data, scores->len, sizeof(day_score), score_qcmp);
  return scores;
}

annals_timeline *annals_timeline_top(const annals_timeline *t, size_t top) {
  GArray *scores = score_days(t);
  GHashTable *keep = g_hash_table_new(g_int64_hash, g_int64_equal);
  for (size_t i = 0; i < scores->len && i < top; i++)
    g_hash_table_add(keep, &g_array_index(scores, day_score, i).day);
  annals_timeline *out = annals_timeline_new();
  annals_timeline_set_title(out, annals_timeline_title(t));
  annals_timeline_set_subtitle(out, annals_timeline_subtitle(t));
  annals_timeline_set_source(out, annals_timeline_source(t));
  const annals_dct *dct = annals_timeline_dct(t);
  if (dct->how != ANNALS_DCT_NONE)
    annals_timeline_set_dct(out, dct);
  for (size_t i = 0; i < annals_timeline_count(t); i++) {
    const annals_event *e = annals_timeline_get(t, i);
    int64_t day = event_day(e);
    if (day != INT64_MIN && g_hash_table_contains(keep, &day))
      annals_timeline_add(out, e);
  }
  for (size_t i = 0; i < annals_timeline_text_count(t); i++)
    annals_timeline_add_text(out, annals_timeline_text_get(t, i));
  g_hash_table_destroy(keep);
  g_array_free(scores, TRUE);
  return out;
}

/* ---- chart text of a multi-source timeline ---------------------------------
 */

typedef struct {
  const char *name;
  size_t n;
} tally;

static int tally_qcmp(const void *pa, const void *pb) {
  const tally *a = pa, *b = pb;
  if (a->n != b->n)
    return a->n > b->n ? -1 : 1;
  return strcmp(a->name, b->name);
}

/* The counts of a hash table (name -> count), most frequent first. */
static GArray *ranked(GHashTable *h) {
  GArray *v = g_array_new(FALSE, FALSE, sizeof(tally));
  GHashTableIter it;
  gpointer k, c;
  g_hash_table_iter_init(&it, h);
  while (g_hash_table_iter_next(&it, &k, &c)) {
    tally x = {k, GPOINTER_TO_SIZE(c)};
    g_array_append_val(v, x);
  }
  if (v->len)
    qsort(v->data, v->len, sizeof(tally), tally_qcmp);
  return v;
}

static void count(GHashTable *h, const char *name) {
  gpointer c = g_hash_table_lookup(h, name);
  g_hash_table_insert(h, (gpointer)name,
                      GSIZE_TO_POINTER(GPOINTER_TO_SIZE(c) + 1));
}

/* What a reader calls a document: the host of its url ("www." dropped),
 * else its file name without folders.  Newly allocated. */
static char *outlet(const annals_source *s) {
  if (s->url) {
    const char *p = strstr(s->url, "://");
    p = p ? p + 3 : s->url;
    if (g_str_has_prefix(p, "www."))
      p += 4;
    size_t n = strcspn(p, "/?#:");
    return g_strndup(p, n);
  }
  return s->file ? g_path_get_basename(s->file) : NULL;
}

/* "A", "A and B", "A, B and C": the first k names of v. */
static void name_list(GString *g, GArray *v, size_t k) {
  size_t n = v->len < k ? v->len : k;
  for (size_t i = 0; i < n; i++)
    g_string_append_printf(g, "%s%s",
                           i == 0       ? ""
                           : i + 1 == n ? " and "
                                        : ", ",
                           g_array_index(v, tally, i).name);
}

static void date_range(GString *g, int64_t lo, int64_t hi) {
  annals_when w;
  memset(&w, 0, sizeof w);
  annals_civil_from_days(lo, &w.start.y, &w.start.m, &w.start.d);
  annals_civil_from_days(hi, &w.end.y, &w.end.m, &w.end.d);
  w.start.prec = w.end.prec = ANNALS_PREC_DAY;
  w.interval = lo != hi;
  if (!w.interval)
    w.end = w.start;
  char b[64];
  annals_when_format_human(&w, false, b, sizeof b);
  g_string_append(g, b);
}

void annals_timeline_chart_text(annals_timeline *t) {
  GHashTable *places = g_hash_table_new(g_str_hash, g_str_equal);
  GHashTable *outlets =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *docs = g_hash_table_new(g_str_hash, g_str_equal);
  int64_t lo = INT64_MAX, hi = INT64_MIN, plo = INT64_MAX, phi = INT64_MIN;
  for (size_t i = 0; i < annals_timeline_count(t); i++) {
    const annals_event *e = annals_timeline_get(t, i);
    const char *place = e->country ? e->country : e->location;
    if (place)
      count(places, place);
    if (e->when.start.prec != ANNALS_PREC_NONE) {
      int64_t a = annals_date_first_day(&e->when.start);
      int64_t b = annals_date_last_day(&e->when.end);
      lo = a < lo ? a : lo;
      hi = b > hi ? b : hi;
    }
    for (size_t j = 0; j <= e->n_mentions; j++) {
      const annals_source *s = j ? &e->mentions[j - 1] : &e->source;
      const char *d = s->url ? s->url : s->file;
      if (!d || g_hash_table_contains(docs, d))
        continue;
      g_hash_table_add(docs, (gpointer)d);
      char *o = outlet(s);
      if (o) {
        gpointer c = g_hash_table_lookup(outlets, o);
        g_hash_table_replace(outlets, o,
                             GSIZE_TO_POINTER(GPOINTER_TO_SIZE(c) + 1));
      }
      if (s->dct.prec == ANNALS_PREC_DAY) {
        int64_t p = annals_date_first_day(&s->dct);
        plo = p < plo ? p : plo;
        phi = p > phi ? p : phi;
      }
    }
  }
  size_t nd = g_hash_table_size(docs);
  GArray *pv = ranked(places), *ov = ranked(outlets);
  GString *g = g_string_new(NULL);
  if (pv->len) {
    g_string_append(g, "Events in ");
    name_list(g, pv, 3);
  } else {
    g_string_append_printf(g, "Events reported by %zu source%s", nd,
                           nd == 1 ? "" : "s");
  }
  annals_timeline_set_title(t, g->str);
  g_string_truncate(g, 0);
  if (lo <= hi) {
    date_range(g, lo, hi);
    g_string_append_printf(g, ", from %zu document%s", nd, nd == 1 ? "" : "s");
    annals_timeline_set_subtitle(t, g->str);
  }
  g_string_assign(g, "Sources: ");
  if (ov->len) {
    size_t k = ov->len <= 4 ? ov->len : 3;
    for (size_t i = 0; i < k; i++)
      g_string_append_printf(g, "%s%s", i ? ", " : "",
                             g_array_index(ov, tally, i).name);
    if (ov->len > k)
      g_string_append_printf(g, " and %u more", (unsigned)(ov->len - k));
  } else {
    g_string_append(g, "news reports");
  }
  if (plo <= phi) {
    g_string_append(g, ", published ");
    date_range(g, plo, phi);
  }
  g_string_append(g, " (events extracted by annals)");
  annals_timeline_set_source(t, g->str);
  g_string_free(g, TRUE);
  g_array_free(pv, TRUE);
  g_array_free(ov, TRUE);
  g_hash_table_destroy(places);
  g_hash_table_destroy(outlets);
  g_hash_table_destroy(docs);
}
