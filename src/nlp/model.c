/*
 * nlp/model.c - the model file: writing it, reading it back (mapped, not
 * copied) and checking every part of it first, so that a truncated or
 * corrupt file is an error and never a crash.
 *
 * Layout (little-endian throughout, every section 8-byte aligned):
 *
 *   0   "ANNALSNL"            magic
 *   8   u32 1                 layout version
 *   12  u32 n                 number of sections (at most 32)
 *   16  u64 size              size of the whole file
 *   24  u64 checksum          of bytes 32 .. size (see checksum())
 *   32  n x { char name[8]; u64 offset; u64 size }
 *   ... the sections
 *
 * Sections: "about" (text, "key: value" lines; "features: N" names the
 * feature set), "tags" (text, one "UPOS XPOS" line per tagger class),
 * "labels" (text, one relation per label class), the weight tables
 * "tagger", "moves" and "labeler", the tagger's dictionary "tagdict"
 * (optional; form key -> class), the lexicon tables "lemmas", "exc"
 * and "tblemma", and "pool" (the lexicon's NUL-terminated strings).
 *
 * A weight table is { u32 classes; u32 buckets; u32 dense; u32 0; u64
 * entries } followed by the buckets (8 bytes each, or 12 when dense),
 * padding to 8 bytes, and the entries (4 bytes each).  A lexicon table
 * is { u32 buckets; u32 0 } followed by 8-byte buckets.
 */
#include "nlp/nlp.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAGIC "ANNALSNL"
#define LAYOUT 1
#define HEADER 32
#define MAX_SECTIONS 32

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the model file is read in place: a little-endian machine is needed"
#endif

static uint64_t rd64(const unsigned char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

static uint32_t rd32(const unsigned char *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

/* A checksum over 8-byte words: fast enough for every load. */
static uint64_t checksum(const unsigned char *p, size_t n) {
  uint64_t h = 0x243F6A8885A308D3ull;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    h ^= rd64(p + i);
    h = (h << 31 | h >> 33) * 0x9E3779B97F4A7C15ull;
  }
  for (; i < n; i++)
    h = (h ^ p[i]) * 0x100000001B3ull;
  return h ^ (h >> 29);
}

void nlp_model_seal(unsigned char *buf, size_t len) {
  if (len < HEADER)
    return;
  uint64_t size = len, sum = checksum(buf + HEADER, len - HEADER);
  memcpy(buf + 16, &size, 8);
  memcpy(buf + 24, &sum, 8);
}

/* ------------------------------------------------------------------ */
/* Writing                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
  char name[8];
  GByteArray *data;
} wsec;

static void put(GByteArray *b, const void *p, size_t n) {
  g_byte_array_append(b, p, (guint)n);
}

static void put32(GByteArray *b, uint32_t v) { put(b, &v, 4); }
static void put64(GByteArray *b, uint64_t v) { put(b, &v, 8); }

static void pad8(GByteArray *b) {
  static const unsigned char zero[8];
  if (b->len % 8)
    put(b, zero, 8 - b->len % 8);
}

static GByteArray *sec_wtable(const nlp_wtable *t) {
  GByteArray *b = g_byte_array_new();
  put32(b, t->n_classes);
  put32(b, t->nb);
  put32(b, t->slots4 ? 1 : 0);
  put32(b, 0);
  put64(b, t->n_ents);
  if (t->nb)
    put(b, t->slots4 ? (const void *)t->slots4 : (const void *)t->slots,
        (size_t)t->nb * (t->slots4 ? sizeof(nlp_wslot4) : sizeof(nlp_wslot)));
  pad8(b);
  if (t->n_ents)
    put(b, t->ents, t->n_ents * 4);
  return b;
}

static GByteArray *sec_kv(const nlp_kv *t) {
  GByteArray *b = g_byte_array_new();
  put32(b, t->nb);
  put32(b, 0);
  if (t->nb)
    put(b, t->slots, (size_t)t->nb * sizeof(nlp_kv_slot));
  return b;
}

static GByteArray *sec_text(const char *s) {
  GByteArray *b = g_byte_array_new();
  put(b, s, strlen(s));
  return b;
}

bool nlp_model_write(const nlp_tagger *t, const nlp_parser *p,
                     const nlp_lexicon *lx, const char *about, FILE *out) {
  GString *tags = g_string_new(NULL), *labels = g_string_new(NULL);
  for (uint32_t c = 0; c < t->n_tags; c++)
    g_string_append_printf(tags, "%s %s\n", nlp_upos_name(t->upos[c]),
                           nlp_xpos_name(t->xpos[c]));
  for (uint32_t c = 0; c < p->n_labels; c++)
    g_string_append_printf(labels, "%s\n", nlp_dep_name(p->label_dep[c]));
  GString *ab = g_string_new(about);
  if (ab->len && ab->str[ab->len - 1] != '\n')
    g_string_append_c(ab, '\n');
  g_string_append_printf(ab, "features: %d\n", NLP_FEATURES);
  wsec secs[] = {
      {"about", sec_text(ab->str)},
      {"tags", sec_text(tags->str)},
      {"labels", sec_text(labels->str)},
      {"tagger", sec_wtable(&t->w)},
      {"tagdict", sec_kv(&t->dict)},
      {"moves", sec_wtable(&p->moves)},
      {"labeler", sec_wtable(&p->labels)},
      {"lemmas", sec_kv(&lx->lemmas)},
      {"exc", sec_kv(&lx->exc)},
      {"tblemma", sec_kv(&lx->tb)},
      {"pool", g_byte_array_new()},
  };
  put(secs[ARRAY_SIZE(secs) - 1].data, lx->pool, lx->pool_len);
  g_string_free(tags, TRUE);
  g_string_free(labels, TRUE);
  g_string_free(ab, TRUE);
  size_t n = ARRAY_SIZE(secs);
  GByteArray *file = g_byte_array_new();
  put(file, MAGIC, 8);
  put32(file, LAYOUT);
  put32(file, (uint32_t)n);
  put64(file, 0); /* size, set below */
  put64(file, 0); /* checksum, set below */
  size_t off = HEADER + n * 24;
  off = (off + 7) & ~(size_t)7;
  for (size_t i = 0; i < n; i++) {
    put(file, secs[i].name, 8);
    put64(file, off);
    put64(file, secs[i].data->len);
    off += (secs[i].data->len + 7) & ~(size_t)7;
  }
  pad8(file);
  for (size_t i = 0; i < n; i++) {
    put(file, secs[i].data->data, secs[i].data->len);
    pad8(file);
    g_byte_array_free(secs[i].data, TRUE);
  }
  uint64_t size = file->len;
  memcpy(file->data + 16, &size, 8);
  uint64_t sum = checksum(file->data + HEADER, file->len - HEADER);
  memcpy(file->data + 24, &sum, 8);
  bool ok = fwrite(file->data, 1, file->len, out) == file->len;
  g_byte_array_free(file, TRUE);
  return ok;
}

/* ------------------------------------------------------------------ */
/* Reading                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
  const unsigned char *base;
  size_t len;
  const char *name;
  annals_diags *d;
} rd;

static annals_status bad(rd *r, const char *fmt, const char *what) {
  char msg[200];
  snprintf(msg, sizeof msg, fmt, what);
  annals_diags_add(r->d, ANNALS_SEV_ERROR, r->name, 0, 0, SIZE_MAX,
                   "not a usable model: %s", msg);
  return ANNALS_ERR_INPUT;
}

typedef struct {
  const unsigned char *p;
  size_t n;
  bool found;
} sec;

static sec find(const rd *r, const char *name) {
  sec s = {NULL, 0, false};
  uint32_t n = rd32(r->base + 12);
  for (uint32_t i = 0; i < n; i++) {
    const unsigned char *e = r->base + HEADER + (size_t)i * 24;
    char nm[9];
    memcpy(nm, e, 8);
    nm[8] = '\0';
    if (strcmp(nm, name) == 0) {
      s.p = r->base + rd64(e + 8);
      s.n = (size_t)rd64(e + 16);
      s.found = true;
    }
  }
  return s;
}

static annals_status read_wtable(rd *r, const char *name, uint32_t classes,
                                 nlp_wtable *t) {
  sec s = find(r, name);
  if (!s.found)
    return bad(r, "section '%s' missing", name);
  if (s.n < 24)
    return bad(r, "section '%s' too short", name);
  memset(t, 0, sizeof *t);
  t->n_classes = rd32(s.p);
  t->nb = rd32(s.p + 4);
  uint32_t dense = rd32(s.p + 8);
  uint64_t ents = rd64(s.p + 16);
  if (t->n_classes != classes)
    return bad(r, "table '%s' does not fit its classes", name);
  if (dense > 1)
    return bad(r, "table '%s' has an unknown layout", name);
  uint64_t slot = dense ? sizeof(nlp_wslot4) : sizeof(nlp_wslot);
  uint64_t sb = (uint64_t)t->nb * slot;
  uint64_t need = 24 + ((sb + 7) & ~(uint64_t)7) + ents * 4;
  if (ents > s.n || need != s.n)
    return bad(r, "table '%s' has the wrong size", name);
  if (t->nb) {
    if (dense)
      t->slots4 = (const nlp_wslot4 *)(const void *)(s.p + 24);
    else
      t->slots = (const nlp_wslot *)(const void *)(s.p + 24);
  }
  t->n_ents = (size_t)ents;
  t->ents = ents ? (const uint32_t *)(const void *)(s.p + 24 + ((sb + 7) & ~(uint64_t)7))
                 : NULL;
  if (!nlp_wtable_valid(t))
    return bad(r, "table '%s' is corrupt", name);
  nlp_wtable_prepare(t);
  return ANNALS_OK;
}

static annals_status read_kv(rd *r, const char *name, uint32_t max_val,
                             nlp_kv *t) {
  sec s = find(r, name);
  if (!s.found)
    return bad(r, "section '%s' missing", name);
  if (s.n < 8)
    return bad(r, "section '%s' too short", name);
  memset(t, 0, sizeof *t);
  t->nb = rd32(s.p);
  if ((uint64_t)t->nb * sizeof(nlp_kv_slot) + 8 != s.n)
    return bad(r, "table '%s' has the wrong size", name);
  t->slots = t->nb ? (const nlp_kv_slot *)(const void *)(s.p + 8) : NULL;
  if (!nlp_kv_valid(t, max_val))
    return bad(r, "table '%s' is corrupt", name);
  return ANNALS_OK;
}

/* The lines of a text section, each split at its first space. */
static annals_status read_lines(rd *r, const char *name, sec s,
                                size_t max_lines, char ***out, size_t *n) {
  *out = NULL;
  *n = 0;
  if (!s.found)
    return bad(r, "section '%s' missing", name);
  if (memchr(s.p, '\0', s.n))
    return bad(r, "section '%s' holds a NUL byte", name);
  char *txt = g_strndup((const char *)s.p, s.n);
  char **lines = g_strsplit(txt, "\n", -1);
  g_free(txt);
  size_t k = g_strv_length(lines);
  if (k && lines[k - 1][0] == '\0') {
    g_free(lines[k - 1]);
    lines[--k] = NULL;
  }
  if (k > max_lines) {
    g_strfreev(lines);
    return bad(r, "section '%s' has too many lines", name);
  }
  *out = lines;
  *n = k;
  return ANNALS_OK;
}

static annals_status read_tags(rd *r, nlp_tagger *t) {
  char **lines;
  size_t n;
  annals_status st = read_lines(r, "tags", find(r, "tags"), 255, &lines, &n);
  if (st != ANNALS_OK)
    return st;
  t->n_tags = (uint32_t)n;
  for (size_t i = 0; i < n && st == ANNALS_OK; i++) {
    char *sp = strchr(lines[i], ' ');
    int u = sp ? nlp_upos_find(lines[i], (size_t)(sp - lines[i])) : -1;
    int x = sp ? nlp_xpos_find(sp + 1, strlen(sp + 1)) : -1;
    if (u < 0 || x < 0)
      st = bad(r, "unknown tag pair in section '%s'", "tags");
    else {
      t->upos[i] = (uint8_t)u;
      t->xpos[i] = (uint8_t)x;
    }
  }
  if (st == ANNALS_OK && n == 0)
    st = bad(r, "section '%s' is empty", "tags");
  g_strfreev(lines);
  return st;
}

static annals_status read_labels(rd *r, nlp_parser *p) {
  char **lines;
  size_t n;
  annals_status st =
      read_lines(r, "labels", find(r, "labels"), 64, &lines, &n);
  if (st != ANNALS_OK)
    return st;
  p->n_labels = (uint32_t)n;
  for (size_t i = 0; i < n && st == ANNALS_OK; i++) {
    int dep = nlp_dep_find(lines[i], strlen(lines[i]));
    if (dep <= 0 || dep == NLP_DEP_ROOT)
      st = bad(r, "unknown relation in section '%s'", "labels");
    else
      p->label_dep[i] = (uint8_t)dep;
  }
  if (st == ANNALS_OK && n == 0)
    st = bad(r, "section '%s' is empty", "labels");
  g_strfreev(lines);
  return st;
}

static annals_status check_about(rd *r, annals_model *m) {
  sec s = find(r, "about");
  char **lines;
  size_t n;
  annals_status st = read_lines(r, "about", s, 256, &lines, &n);
  if (st != ANNALS_OK)
    return st;
  long features = -1;
  for (size_t i = 0; i < n; i++)
    if (strncmp(lines[i], "features: ", 10) == 0)
      features = strtol(lines[i] + 10, NULL, 10);
  g_strfreev(lines);
  if (features != NLP_FEATURES) {
    char what[64];
    snprintf(what, sizeof what, "%ld (this program needs %d)", features,
             NLP_FEATURES);
    return bad(r, "trained for another version of the features: %s", what);
  }
  m->about = g_strndup((const char *)s.p, s.n);
  return ANNALS_OK;
}

/* Checks and maps the model in base[0..len) (8-byte aligned) into m. */
static annals_status parse_model(rd *r, annals_model *m) {
  const unsigned char *b = r->base;
  if (r->len < HEADER || memcmp(b, MAGIC, 8) != 0)
    return bad(r, "%s", "not an annals model file");
  if (rd32(b + 8) != LAYOUT)
    return bad(r, "%s", "unknown layout version");
  if (rd64(b + 16) != r->len)
    return bad(r, "%s", "the file is truncated or has extra bytes");
  if (checksum(b + HEADER, r->len - HEADER) != rd64(b + 24))
    return bad(r, "%s", "checksum mismatch (the file is damaged)");
  uint32_t n = rd32(b + 12);
  if (n > MAX_SECTIONS || HEADER + (size_t)n * 24 > r->len)
    return bad(r, "%s", "bad section table");
  for (uint32_t i = 0; i < n; i++) {
    const unsigned char *e = b + HEADER + (size_t)i * 24;
    uint64_t off = rd64(e + 8), size = rd64(e + 16);
    if (off % 8 || off < HEADER + (uint64_t)n * 24 || off > r->len ||
        size > r->len - off)
      return bad(r, "%s", "a section lies outside the file");
  }
  annals_status st = check_about(r, m);
  if (st == ANNALS_OK)
    st = read_tags(r, &m->tagger);
  m->tagger.closed_modals = true;
  if (st == ANNALS_OK)
    st = read_labels(r, &m->parser);
  if (st == ANNALS_OK)
    st = read_wtable(r, "tagger", m->tagger.n_tags, &m->tagger.w);
  /* the tag dictionary came later: a model may have none */
  if (st == ANNALS_OK && find(r, "tagdict").found)
    st = read_kv(r, "tagdict", m->tagger.n_tags - 1, &m->tagger.dict);
  if (st == ANNALS_OK)
    st = read_wtable(r, "moves", NLP_MOVES, &m->parser.moves);
  if (st == ANNALS_OK)
    st = read_wtable(r, "labeler", m->parser.n_labels, &m->parser.labels);
  sec pool = find(r, "pool");
  if (st == ANNALS_OK && (!pool.found || pool.n == 0 || pool.n > UINT32_MAX ||
                          pool.p[pool.n - 1] != '\0'))
    st = bad(r, "%s", "the string pool is missing or not terminated");
  if (st == ANNALS_OK) {
    m->lexicon.pool = (const char *)pool.p;
    m->lexicon.pool_len = pool.n;
    st = read_kv(r, "lemmas", 0xFF, &m->lexicon.lemmas);
  }
  if (st == ANNALS_OK)
    st = read_kv(r, "exc", (uint32_t)pool.n - 1, &m->lexicon.exc);
  if (st == ANNALS_OK)
    st = read_kv(r, "tblemma", (uint32_t)pool.n - 1, &m->lexicon.tb);
  return st;
}

void annals_model_free(annals_model *m) {
  if (!m)
    return;
  if (m->owned) {
    nlp_tagger_release(&m->tagger);
    nlp_parser_release(&m->parser);
    nlp_lexicon_release(&m->lexicon);
  } else { /* the tables are read in place; their dense rows are not */
    nlp_wtable_release(&m->tagger.w);
    nlp_wtable_release(&m->parser.moves);
    nlp_wtable_release(&m->parser.labels);
  }
  if (m->map)
    munmap(m->map, m->map_len);
  g_free(m->copy);
  g_free(m->about);
  g_free(m);
}

annals_status annals_model_read(const void *buf, size_t len, const char *name,
                                annals_model **out, annals_diags *d) {
  *out = NULL;
  annals_model *m = g_new0(annals_model, 1);
  /* A copy, 8-byte aligned, so the tables can be read in place. */
  m->copy = g_malloc(len ? len : 1);
  if (len)
    memcpy(m->copy, buf, len);
  rd r = {m->copy, len, name, d};
  annals_status st = parse_model(&r, m);
  if (st != ANNALS_OK) {
    annals_model_free(m);
    return st;
  }
  *out = m;
  return ANNALS_OK;
}

annals_status annals_model_load(const char *path, annals_model **out,
                                annals_diags *d) {
  *out = NULL;
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot open model '%s': %s", path, g_strerror(errno));
    return ANNALS_ERR_IO;
  }
  struct stat sb;
  if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot read model '%s': not a regular file", path);
    close(fd);
    return ANNALS_ERR_IO;
  }
  size_t len = (size_t)sb.st_size;
  if (len < HEADER) {
    close(fd);
    rd r = {NULL, len, path, d};
    return bad(&r, "%s", "the file is too short");
  }
  void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot map model '%s': %s", path, g_strerror(errno));
    return ANNALS_ERR_IO;
  }
  annals_model *m = g_new0(annals_model, 1);
  m->map = map;
  m->map_len = len;
  rd r = {map, len, path, d};
  annals_status st = parse_model(&r, m);
  if (st != ANNALS_OK) {
    annals_model_free(m);
    return st;
  }
  *out = m;
  return ANNALS_OK;
}

const char *annals_model_about(const annals_model *m) {
  return m && m->about ? m->about : "";
}

/* The builtin model: the bytes of events/english.model, linked in by the
 * build (build/gen/model.S).  Checked once, on first use. */
extern const unsigned char annals_model_blob[];
extern const unsigned char annals_model_blob_end[];

static gpointer load_builtin(gpointer unused) {
  (void)unused;
  size_t len = (size_t)(annals_model_blob_end - annals_model_blob);
  if (len == 0)
    return NULL;
  annals_model *m = g_new0(annals_model, 1);
  rd r = {annals_model_blob, len, "builtin model", NULL};
  if (((uintptr_t)annals_model_blob & 7) || parse_model(&r, m) != ANNALS_OK) {
    annals_model_free(m);
    return NULL;
  }
  return m;
}

const annals_model *annals_model_builtin(void) {
  static GOnce once = G_ONCE_INIT;
  return g_once(&once, load_builtin, NULL);
}
