/*
 * cmd_extract_docs.c - the many-document side of `annals extract`.
 *
 * Every document is extracted on its own, against its own document date:
 * --dct FILE=DATE, the "date" of a JSON-lines document, its dateline, or
 * (several files and a bare --dct) the bare date for the files that have
 * no dateline.  Documents go through in batches, N at a time with
 * --jobs N, and their results are taken in input order, so the output is
 * the same for every N.  One document gives its own timeline as before;
 * several give their merge (annals_timelines_merge), with chart text
 * drawn from all of them.
 */
#include "cli/cmd.h"
#include "cli/cmd_docs.h"
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

/* Largest text read from one input (as extract always did). */
#define DOC_MAX_BYTES ((size_t)1 << 30)

typedef struct {
  char *file;
  annals_date date;
} xdct_pair;

typedef struct {
  char *name, *url, *title, *text;
  size_t len;
  annals_date dct, fallback;
  bool stamp;
  annals_timeline *t;
  annals_diags d;
  annals_status st;
  bool fell_back;
} xdoc;

void xdocs_init(xdocs_opts *x) {
  memset(x, 0, sizeof *x);
  x->jobs = 1;
  x->top = -1;
}

void xdocs_release(xdocs_opts *x) {
  for (guint i = 0; x->pairs && i < x->pairs->len; i++)
    g_free(g_array_index(x->pairs, xdct_pair, i).file);
  if (x->pairs)
    g_array_free(x->pairs, TRUE);
  x->pairs = NULL;
}

static guint n_pairs(const xdocs_opts *x) {
  return x->pairs ? x->pairs->len : 0;
}

static int dct_option(xdocs_opts *x, const char *arg, const char *cmd,
                      const char *usage) {
  char q[80];
  annals_date d;
  if (annals_parse_day(arg, &d)) {
    if (x->bare.prec != ANNALS_PREC_NONE)
      return cli_usage_error(cmd, usage,
                             "--dct given twice ('%s'): give each file its "
                             "date with --dct FILE=DATE",
                             annals_quote(arg, strlen(arg), q, sizeof q));
    x->bare = d;
    return 0;
  }
  const char *eq = strrchr(arg, '=');
  if (!eq || eq == arg || !annals_parse_day(eq + 1, &d))
    return cli_usage_error(
        cmd, usage,
        "invalid --dct '%s' (expected YYYY-MM-DD or FILE=YYYY-MM-DD)",
        annals_quote(arg, strlen(arg), q, sizeof q));
  xdct_pair p = {g_strndup(arg, (size_t)(eq - arg)), d};
  if (!x->pairs)
    x->pairs = g_array_new(FALSE, FALSE, sizeof(xdct_pair));
  for (guint i = 0; i < x->pairs->len; i++)
    if (strcmp(g_array_index(x->pairs, xdct_pair, i).file, p.file) == 0) {
      int rc =
          cli_usage_error(cmd, usage, "--dct given twice for '%s'",
                          annals_quote(p.file, strlen(p.file), q, sizeof q));
      g_free(p.file);
      return rc;
    }
  g_array_append_val(x->pairs, p);
  return 0;
}

/* A whole number from lo to hi, else -1. */
static long count_arg(const char *arg, long lo, long hi) {
  char *end;
  errno = 0;
  long v = strtol(arg, &end, 10);
  return *arg && !*end && !errno && v >= lo && v <= hi ? v : -1;
}

int xdocs_option(xdocs_opts *x, int opt, const char *arg, const char *cmd,
                 const char *usage) {
  char q[80];
  const char *qa = annals_quote(arg, strlen(arg), q, sizeof q);
  long v;
  switch (opt) {
  case 'd':
    return dct_option(x, arg, cmd, usage);
  case XOPT_INPUT:
    if (strcmp(arg, "jsonl") && strcmp(arg, "text"))
      return cli_usage_error(
          cmd, usage, "invalid --input '%s' (expected text or jsonl)", qa);
    x->jsonl_in = arg[0] == 'j';
    return 0;
  case XOPT_FORMAT:
    if (strcmp(arg, "jsonl") && strcmp(arg, "yaml"))
      return cli_usage_error(
          cmd, usage, "invalid --format '%s' (expected yaml or jsonl)", qa);
    x->jsonl_out = arg[0] == 'j';
    return 0;
  case XOPT_JOBS:
    if ((v = count_arg(arg, 1, 256)) < 0)
      return cli_usage_error(cmd, usage,
                             "invalid --jobs '%s' (expected 1 to 256)", qa);
    x->jobs = (unsigned)v;
    return 0;
  case XOPT_TOP:
    if ((v = count_arg(arg, 1, 1000000)) < 0)
      return cli_usage_error(cmd, usage,
                             "invalid --top '%s' (expected a number of days "
                             "from 1)",
                             qa);
    x->top = v;
    return 0;
  case XOPT_TITLE:
    x->title = arg;
    return 0;
  case XOPT_SUBTITLE:
    x->subtitle = arg;
    return 0;
  case XOPT_SOURCE:
    x->source = arg;
    return 0;
  default:
    return 0;
  }
}

int xdocs_check(const xdocs_opts *x, char **inputs, int n, const char *usage) {
  char q[80];
  if (x->jsonl_in && n_pairs(x))
    return cli_usage_error("extract", usage,
                           "--dct FILE=DATE names a text file: with --input "
                           "jsonl each document gives its own 'date'");
  if (x->jsonl_out && x->top > 0)
    return cli_usage_error("extract", usage,
                           "--top ranks the whole timeline: it does not go "
                           "with --format jsonl");
  for (guint i = 0; i < n_pairs(x); i++) {
    const char *f = g_array_index(x->pairs, xdct_pair, i).file;
    bool found = false;
    for (int k = 0; k < n && !found; k++)
      found = strcmp(inputs[k], f) == 0;
    if (!found)
      return cli_usage_error("extract", usage,
                             "--dct names '%s', which is not an input",
                             annals_quote(f, strlen(f), q, sizeof q));
  }
  return 0;
}

/* ---- one document ------------------------------------------------------ */

/* Every event names its document's url and the date it was read against. */
static void stamp(annals_timeline *t, const char *url) {
  const annals_dct *dct = annals_timeline_dct(t);
  const char *u = annals_timeline_intern(t, url, (size_t)-1);
  for (size_t i = 0; i < annals_timeline_count(t); i++) {
    annals_event *e = annals_timeline_get_mut(t, i);
    for (size_t j = 0; j <= e->n_mentions; j++) {
      annals_source *s = j ? &e->mentions[j - 1] : &e->source;
      if (!s->text && !s->file)
        continue;
      s->url = u;
      if (dct->how != ANNALS_DCT_NONE)
        s->dct = dct->date;
    }
  }
}

static void extract_once(xdoc *doc, const annals_extract_opts *base,
                         const annals_date *dct) {
  annals_extract_opts eo = *base;
  eo.file = doc->name;
  eo.dct = *dct;
  doc->t = annals_timeline_new();
  if (doc->title)
    annals_timeline_set_title(doc->t, doc->title);
  doc->st = annals_extract(doc->text, doc->len, &eo, doc->t, &doc->d);
}

static void extract_doc(gpointer data, gpointer user) {
  xdoc *doc = data;
  extract_once(doc, user, &doc->dct);
  /* No date of its own: read it again against the bare --dct. */
  if (doc->st == ANNALS_OK && doc->fallback.prec != ANNALS_PREC_NONE &&
      annals_timeline_dct(doc->t)->how != ANNALS_DCT_DATELINE) {
    annals_timeline_free(doc->t);
    annals_diags_release(&doc->d);
    annals_diags_init(&doc->d);
    extract_once(doc, user, &doc->fallback);
    doc->fell_back = true;
  }
  if (doc->st == ANNALS_OK && doc->stamp)
    stamp(doc->t, doc->url);
  g_free(doc->text);
  doc->text = NULL;
}

static void doc_free(xdoc *doc) {
  g_free(doc->name);
  g_free(doc->url);
  g_free(doc->title);
  g_free(doc->text);
  annals_timeline_free(doc->t);
  annals_diags_release(&doc->d);
}

/* ---- the run ------------------------------------------------------------- */

typedef struct {
  const xdocs_opts *x;
  const annals_extract_opts *eo;
  FILE *fp;
  GArray *batch;   /* xdoc */
  GPtrArray *done; /* annals_timeline *, for YAML */
  int rc;
} run;

/* Extracts the batch (in threads), then takes the results in order. */
static void flush_batch(run *R) {
  GArray *b = R->batch;
  if (R->x->jobs > 1 && b->len > 1 && !R->eo->trace) {
    GThreadPool *pool = g_thread_pool_new(extract_doc, (gpointer)R->eo,
                                          (gint)R->x->jobs, FALSE, NULL);
    for (guint i = 0; i < b->len; i++)
      g_thread_pool_push(pool, &g_array_index(b, xdoc, i), NULL);
    g_thread_pool_free(pool, FALSE, TRUE);
  } else {
    for (guint i = 0; i < b->len; i++)
      extract_doc(&g_array_index(b, xdoc, i), (gpointer)R->eo);
  }
  for (guint i = 0; i < b->len; i++) {
    xdoc *doc = &g_array_index(b, xdoc, i);
    annals_diags_sort(&doc->d);
    if (R->rc == 0) {
      if (doc->fell_back) {
        char day[16];
        annals_date_format(&doc->fallback, day, sizeof day);
        cli_warning("%s: no dateline: relative dates read against --dct %s",
                    doc->name, day);
      }
      cli_print_diags(&doc->d);
      if (doc->st == ANNALS_OK && annals_timeline_count(doc->t) == 0)
        cli_warning("no events found in '%s'%s", doc->name,
                    R->eo->keep_undated ? ""
                                        : " (events without a date are left "
                                          "out; --keep-undated keeps them)");
      if (doc->st != ANNALS_OK) {
        R->rc = EXIT_INPUT;
      } else if (R->x->jsonl_out) {
        for (size_t k = 0; k < annals_timeline_count(doc->t); k++)
          annals_event_write_json(annals_timeline_get(doc->t, k), R->fp);
        fflush(R->fp);
      } else {
        g_ptr_array_add(R->done, doc->t);
        doc->t = NULL;
      }
    }
    doc_free(doc);
  }
  g_array_set_size(b, 0);
}

static void push_doc(run *R, xdoc *doc) {
  annals_diags_init(&doc->d);
  g_array_append_val(R->batch, *doc);
  /* Batches of one document per thread: a stream's events come out as
   * soon as the documents of their batch are read. */
  if (R->batch->len >= R->x->jobs)
    flush_batch(R);
}

/* The documents of one JSON-lines stream. */
static void read_stream(run *R, const char *path, bool stamp_all) {
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) {
    cli_error("%s: %s", name, g_strerror(errno));
    R->rc = EXIT_INPUT;
    return;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  unsigned lineno = 0;
  while (R->rc == 0 && (got = getline(&line, &cap, f)) >= 0) {
    lineno++;
    size_t len = (size_t)got;
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      len--;
    size_t k = 0;
    while (k < len && (line[k] == ' ' || line[k] == '\t'))
      k++;
    if (k == len)
      continue;
    annals_jdoc jd;
    annals_diags d;
    annals_diags_init(&d);
    if (annals_jdoc_parse(line, len, name, lineno, &jd, &d) != ANNALS_OK) {
      flush_batch(R);
      cli_print_diags(&d);
      annals_diags_release(&d);
      R->rc = EXIT_INPUT;
      break;
    }
    annals_diags_release(&d);
    xdoc doc;
    memset(&doc, 0, sizeof doc);
    doc.name = jd.id ? g_strdup(jd.id) : g_strdup_printf("%s:%u", name, lineno);
    doc.url = jd.url ? g_strdup(jd.url) : NULL;
    doc.title = jd.title ? g_strdup(jd.title) : NULL;
    doc.text = jd.text;
    doc.len = jd.text_len;
    jd.text = NULL;
    doc.dct = jd.date;
    if (doc.dct.prec == ANNALS_PREC_NONE)
      doc.fallback = R->x->bare;
    doc.stamp = stamp_all;
    annals_jdoc_release(&jd);
    push_doc(R, &doc);
  }
  if (ferror(f)) {
    cli_error("%s: %s", name, g_strerror(errno));
    R->rc = EXIT_INPUT;
  }
  free(line);
  if (f != stdin)
    fclose(f);
}

static void read_text(run *R, const char *path, int n_inputs) {
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  xdoc doc;
  memset(&doc, 0, sizeof doc);
  annals_diags d;
  annals_diags_init(&d);
  char *buf = NULL;
  size_t len = 0;
  if (annals_read_file(path, DOC_MAX_BYTES, &buf, &len, &d) != ANNALS_OK) {
    flush_batch(R);
    cli_print_diags(&d);
    annals_diags_release(&d);
    R->rc = EXIT_INPUT;
    return;
  }
  annals_diags_release(&d);
  doc.name = g_strdup(name);
  doc.text = g_strndup(buf, len);
  doc.len = len;
  g_free(buf);
  const xdocs_opts *x = R->x;
  for (guint i = 0; i < n_pairs(x); i++)
    if (strcmp(g_array_index(x->pairs, xdct_pair, i).file, path) == 0)
      doc.dct = g_array_index(x->pairs, xdct_pair, i).date;
  if (doc.dct.prec == ANNALS_PREC_NONE) {
    if (n_inputs == 1)
      doc.dct = x->bare;
    else
      doc.fallback = x->bare;
  }
  /* Several documents (or events written one a line, without the
   * record's dct): each report says which date it was read against. */
  doc.stamp = n_inputs > 1 || x->jsonl_out;
  push_doc(R, &doc);
}

int xdocs_run(const xdocs_opts *x, const annals_extract_opts *eo, char **inputs,
              int n, FILE *fp, annals_timeline **out) {
  run R = {.x = x, .eo = eo, .fp = fp};
  R.batch = g_array_new(FALSE, FALSE, sizeof(xdoc));
  R.done = g_ptr_array_new_with_free_func((GDestroyNotify)annals_timeline_free);
  for (int i = 0; i < n && R.rc == 0; i++) {
    if (x->jsonl_in)
      read_stream(&R, inputs[i], true);
    else
      read_text(&R, inputs[i], n);
  }
  flush_batch(&R);
  *out = NULL;
  if (R.rc == 0 && !x->jsonl_out) {
    if (!x->jsonl_in && n == 1 && R.done->len == 1) {
      *out = g_ptr_array_steal_index(R.done, 0);
      /* The source note names the text, without its folders. */
      char *base =
          g_path_get_basename(strcmp(inputs[0], "-") ? inputs[0] : "<stdin>");
      char *note =
          g_strdup_printf("Source: %s (events extracted by annals)", base);
      annals_timeline_set_source(*out, note);
      g_free(note);
      g_free(base);
    } else {
      *out = annals_timelines_merge(
          (const annals_timeline *const *)R.done->pdata, R.done->len);
      annals_timeline_chart_text(*out);
    }
  }
  g_ptr_array_free(R.done, TRUE);
  g_array_free(R.batch, TRUE);
  return R.rc;
}

void xdocs_finish(const xdocs_opts *x, annals_timeline **t) {
  if (x->top > 0) {
    annals_timeline *top = annals_timeline_top(*t, (size_t)x->top);
    annals_timeline_free(*t);
    *t = top;
  }
  if (x->title)
    annals_timeline_set_title(*t, x->title);
  if (x->subtitle)
    annals_timeline_set_subtitle(*t, x->subtitle);
  if (x->source)
    annals_timeline_set_source(*t, x->source);
}
