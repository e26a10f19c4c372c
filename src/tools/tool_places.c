/*
 * tool_places.c - build-time tool: writes the place gazetteer.
 *
 *   tool_places iso_3166-1.json iso_3166-2.json wordnet/data.noun > places.yaml
 *
 * Reads the countries (ISO 3166-1) and subdivisions (ISO 3166-2) of Debian's
 * iso-codes and the noun database of WordNet 3.0 (index.noun, index.verb,
 * index.adj, index.adv and data.adj are read from the directory of
 * data.noun), and writes the countries, regions and cities they name, and
 * the demonyms of the countries, as entries in the format of
 * events/gazetteer.yaml.  The library loads that file after this
 * one, so a hand-written entry wins where both give a name a meaning.
 *
 *   - Countries: every ISO 3166-1 entry, named as events/gazetteer.yaml
 *     names it (country_fix[] holds the names that differ from iso-codes'),
 *     with the other ISO names as aliases.  WordNet synsets that are these
 *     countries are found by name (find_countries()).
 *   - Regions: the first-level ISO 3166-2 subdivisions, and WordNet
 *     instances of a region class (state, province, district, island, ...)
 *     whose part holonyms (#p, up to four steps) reach one country.
 *   - Cities: WordNet instances of city, town, port and the capitals whose
 *     part holonyms reach one country.
 *   - Demonyms, as aliases of the countries: capitalised WordNet
 *     adjectives that pertain to a country ("Togolese": "of or relating
 *     to the African country of Togo"; a pointer is of the words its
 *     source field names), and people nouns that are members of one
 *     ("Nigerien": "a native or inhabitant of Niger") with their plurals
 *     ("Nigeriens"; "Togolese" stays), where every place WordNet ties the
 *     word to is in that one country ("Chinese" is of Taiwan too,
 *     "Georgian" of the American state) and the word is no more another
 *     country's name made a demonym than this one's ("Dominican" is
 *     Dominica's too, "Congolese" both Congos', "Nigerian" Nigeria's
 *     more than Niger's).  See resolve_demonyms().  Regions get none:
 *     their demonyms name peoples of several countries ("Kurdish") or
 *     people more than a place ("Bavarian").
 *
 * A name is written only where it is safe to match in news text
 * (name_is_safe(), place_name(), resolve()): four letters or more, only
 * letters, spaces, hyphens, apostrophes and dots; no common English word
 * (WordNet lists it as a verb, adjective or adverb, or its first noun
 * sense is not a place of that name: "Nice", "Reading", "Lincoln"; or it is
 * the plural of a common noun: "Rivers"; for a demonym, its own
 * capitalised adjective is no common word, see demonym_is_safe()); not
 * made of direction and generic words only ("Central", "North West"); no
 * country name; no city named like people ("Nancy"); and it names places
 * in one country only ("Punjab" is in India and in Pakistan) unless
 * exactly one of them is a national capital ("Paris").  Names with
 * diacritics also get their ASCII form as an alias ("Sabhā", "Sabha").
 * The output is sorted (name, then country; a country's demonyms by name
 * after its other aliases), so the same inputs give the same bytes.  With
 * TOOL_PLACES_DEBUG set in the environment, the demonyms given and
 * skipped (and why) go to stderr.
 *
 * Plain C11 like tool_embed: it runs at build time, before the library
 * exists, and reads trusted package files, but checks every bound and
 * stops with a message (exit 1) on anything unexpected.  What it
 * allocates lives until exit.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_INPUT (64ul << 20) /* the largest input file read */
#define MAX_RECORDS 100000     /* the most JSON records per file */
#define MAX_COUNTRIES 8        /* countries one place may reach */
#define HOLONYM_DEPTH 4        /* #p steps from a place to its country */
#define COUNTRY_DISPUTED (-3)

/* ------------------------------------------------------------------ */
/* Basics                                                               */
/* ------------------------------------------------------------------ */

static void die(const char *fmt, ...) {
  va_list ap;
  fputs("tool_places: error: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  exit(1);
}

static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p)
    die("out of memory");
  return p;
}

static void *xmalloc(size_t n) { return xrealloc(NULL, n); }

static char *xstrndup(const char *s, size_t n) {
  char *d = xmalloc(n + 1);
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

static char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

/* Makes room for one more element in a growable array. */
#define GROW(arr, n, cap)                                                      \
  do {                                                                         \
    if ((n) == (cap)) {                                                        \
      (cap) = (cap) ? 2 * (cap) : 16;                                          \
      (arr) = xrealloc((arr), (cap) * sizeof *(arr));                          \
    }                                                                          \
  } while (0)

static bool is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(int c) { return c >= 'a' && c <= 'z'; }
static bool is_alpha(int c) { return is_upper(c) || is_lower(c); }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static int to_lower(int c) { return is_upper(c) ? c - 'A' + 'a' : c; }

/* The whole file, NUL-terminated; dies on errors, NUL bytes and files
 * larger than MAX_INPUT. */
static char *read_file(const char *path, size_t *len) {
  FILE *fp = fopen(path, "rb");
  if (!fp)
    die("cannot open '%s': %s", path, strerror(errno));
  size_t cap = 1 << 16, n = 0;
  char *buf = xmalloc(cap);
  for (;;) {
    if (n + 1 >= cap) {
      if (cap >= MAX_INPUT)
        die("'%s' is larger than %lu bytes", path, MAX_INPUT);
      cap *= 2;
      buf = xrealloc(buf, cap);
    }
    size_t got = fread(buf + n, 1, cap - n - 1, fp);
    n += got;
    if (got == 0)
      break;
  }
  if (ferror(fp))
    die("cannot read '%s'", path);
  fclose(fp);
  if (memchr(buf, '\0', n))
    die("'%s' contains a NUL byte", path);
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* Decodes one UTF-8 character at s (n bytes left); returns its length, or
 * 0 for an invalid or overlong sequence. */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  if (n == 0)
    return 0;
  if (s[0] < 0x80) {
    *cp = s[0];
    return 1;
  }
  size_t len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
  if (len == 0 || len > n || s[0] > 0xF4)
    return 0;
  uint32_t c = s[0] & (0x7F >> len);
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    c = (c << 6) | (s[i] & 0x3F);
  }
  static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < min[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return len;
}

static size_t utf8_encode(uint32_t c, char *out) {
  if (c < 0x80) {
    out[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (char)(0xC0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/* ------------------------------------------------------------------ */
/* A string-keyed hash map (open addressing, keys copied)              */
/* ------------------------------------------------------------------ */

typedef struct {
  char **keys;
  int *vals;
  size_t cap, n;
} strmap;

static uint32_t str_hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static size_t map_find(const strmap *m, const char *key) {
  size_t i = str_hash(key) & (m->cap - 1);
  while (m->keys[i] && strcmp(m->keys[i], key) != 0)
    i = (i + 1) & (m->cap - 1);
  return i;
}

/* The value of key, or -1. */
static int map_get(const strmap *m, const char *key) {
  if (m->cap == 0)
    return -1;
  size_t i = map_find(m, key);
  return m->keys[i] ? m->vals[i] : -1;
}

static void map_put(strmap *m, const char *key, int val) {
  if (2 * (m->n + 1) > m->cap) {
    strmap big = {NULL, NULL, m->cap ? 2 * m->cap : 1024, m->n};
    big.keys = xmalloc(big.cap * sizeof *big.keys);
    big.vals = xmalloc(big.cap * sizeof *big.vals);
    memset(big.keys, 0, big.cap * sizeof *big.keys);
    for (size_t i = 0; i < m->cap; i++)
      if (m->keys[i]) {
        size_t j = map_find(&big, m->keys[i]);
        big.keys[j] = m->keys[i];
        big.vals[j] = m->vals[i];
      }
    free(m->keys);
    free(m->vals);
    *m = big;
  }
  size_t i = map_find(m, key);
  if (!m->keys[i]) {
    m->keys[i] = xstrdup(key);
    m->n++;
  }
  m->vals[i] = val;
}

/* ------------------------------------------------------------------ */
/* The iso-codes JSON files                                             */
/* ------------------------------------------------------------------ */

/* Each file is {"LIST": [{"key": "value", ...}, ...]} with string values
 * only; this reader accepts that shape and nothing else. */
enum {
  F_ALPHA2,
  F_NAME,
  F_OFFICIAL,
  F_COMMON,
  F_CODE,
  F_TYPE,
  F_PARENT,
  N_FIELDS
};
static const char *const field_names[N_FIELDS] = {
    "alpha_2", "name", "official_name", "common_name",
    "code",    "type", "parent"};

typedef struct {
  char *f[N_FIELDS]; /* NULL where the record has no such key */
} iso_rec;

typedef struct {
  const char *path, *start, *p, *end;
} json;

static void json_fail(const json *j, const char *what) {
  unsigned long line = 1;
  for (const char *q = j->start; q < j->p; q++)
    line += *q == '\n';
  die("%s:%lu: %s", j->path, line, what);
}

static void json_ws(json *j) {
  while (j->p < j->end &&
         (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
    j->p++;
}

static bool json_peek(json *j, char c) {
  json_ws(j);
  return j->p < j->end && *j->p == c;
}

static void json_expect(json *j, char c) {
  char msg[40];
  if (!json_peek(j, c)) {
    snprintf(msg, sizeof msg, "expected '%c'", c);
    json_fail(j, msg);
  }
  j->p++;
}

static unsigned json_hex4(json *j) {
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    if (j->p >= j->end)
      json_fail(j, "unterminated \\u escape");
    char c = *j->p++;
    int d = is_digit(c)            ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0)
      json_fail(j, "bad \\u escape");
    v = v * 16 + (unsigned)d;
  }
  return v;
}

/* A string, decoded (escapes resolved) into a new buffer. */
static char *json_string(json *j) {
  json_expect(j, '"');
  size_t cap = 32, n = 0;
  char *out = xmalloc(cap);
  for (;;) {
    if (j->p >= j->end)
      json_fail(j, "unterminated string");
    if (n + 5 > cap) {
      cap *= 2;
      out = xrealloc(out, cap);
    }
    unsigned char c = (unsigned char)*j->p;
    if (c == '"') {
      j->p++;
      break;
    }
    if (c < 0x20)
      json_fail(j, "control character in string");
    if (c != '\\') {
      out[n++] = (char)c;
      j->p++;
      continue;
    }
    if (++j->p >= j->end)
      json_fail(j, "unterminated string");
    char e = *j->p++;
    const char *simple = strchr("\"\\/bfnrt", e);
    if (e && simple) {
      out[n++] = "\"\\/\b\f\n\r\t"[simple - "\"\\/bfnrt"];
      continue;
    }
    if (e != 'u')
      json_fail(j, "bad escape in string");
    uint32_t cp = json_hex4(j);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (j->end - j->p < 2 || j->p[0] != '\\' || j->p[1] != 'u')
        json_fail(j, "lone surrogate in \\u escape");
      j->p += 2;
      uint32_t lo = json_hex4(j);
      if (lo < 0xDC00 || lo > 0xDFFF)
        json_fail(j, "lone surrogate in \\u escape");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    } else if ((cp >= 0xDC00 && cp <= 0xDFFF) || cp == 0) {
      json_fail(j, "bad code point in \\u escape");
    }
    n += utf8_encode(cp, out + n);
  }
  out[n] = '\0';
  /* Raw bytes were copied as they are: check that they are UTF-8. */
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t l = utf8_decode((const unsigned char *)out + i, n - i, &cp);
    if (l == 0)
      json_fail(j, "invalid UTF-8 in string");
    i += l;
  }
  return out;
}

static void json_object(json *j, iso_rec *r) {
  memset(r, 0, sizeof *r);
  json_expect(j, '{');
  if (json_peek(j, '}')) {
    j->p++;
    return;
  }
  for (;;) {
    char *key = json_string(j);
    json_expect(j, ':');
    if (!json_peek(j, '"'))
      json_fail(j, "expected a string value");
    char *val = json_string(j);
    bool used = false;
    for (size_t i = 0; i < N_FIELDS && !used; i++)
      if (strcmp(key, field_names[i]) == 0) {
        if (r->f[i])
          json_fail(j, "duplicate key");
        r->f[i] = val;
        used = true;
      }
    if (!used)
      free(val);
    free(key);
    if (json_peek(j, ',')) {
      j->p++;
      continue;
    }
    json_expect(j, '}');
    return;
  }
}

/* The records of the list named list in the file at path. */
static iso_rec *read_iso(const char *path, const char *list, size_t *count) {
  size_t len;
  char *buf = read_file(path, &len);
  json j = {path, buf, buf, buf + len};
  json_expect(&j, '{');
  char *key = json_string(&j);
  if (strcmp(key, list) != 0) {
    char msg[80];
    snprintf(msg, sizeof msg, "expected the list \"%s\"", list);
    json_fail(&j, msg);
  }
  free(key);
  json_expect(&j, ':');
  json_expect(&j, '[');
  iso_rec *recs = NULL;
  size_t n = 0, cap = 0;
  if (json_peek(&j, ']')) {
    j.p++;
  } else {
    for (;;) {
      if (n == MAX_RECORDS)
        json_fail(&j, "too many records");
      GROW(recs, n, cap);
      json_object(&j, &recs[n++]);
      if (json_peek(&j, ',')) {
        j.p++;
        continue;
      }
      json_expect(&j, ']');
      break;
    }
  }
  json_expect(&j, '}');
  json_ws(&j);
  if (j.p != j.end)
    json_fail(&j, "trailing data after the list");
  free(buf);
  *count = n;
  return recs;
}

static void iso_free(iso_rec *recs, size_t n) {
  for (size_t i = 0; i < n; i++)
    for (size_t k = 0; k < N_FIELDS; k++)
      free(recs[i].f[k]);
  free(recs);
}

/* ------------------------------------------------------------------ */
/* WordNet                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
  size_t *v;
  size_t n;
} idx_list;

typedef struct {
  unsigned long off;
  int lex;      /* lexicographer file: 15 noun.location, 18 noun.person */
  char **words; /* as in the file: underscores for spaces */
  size_t n_words;
  /* Pointers as synset indexes (offsets until link_pointers()). */
  idx_list inst;  /* @i instance hypernyms */
  idx_list hyper; /* @ hypernyms */
  idx_list holo;  /* #p part holonyms: what this is part of */
  idx_list memb;  /* #m member holonyms: the group this is a member of */
  int country;    /* the ISO country this synset is, -1, or
                     COUNTRY_DISPUTED (see holonym_fix) */
} synset;

static synset *syn;
static size_t n_syn;
static strmap noun_first;  /* index.noun lemma -> synset of its sense 1 */
static strmap noun_tagged; /* index.noun lemma -> senses seen in SemCor */
static strmap first_names; /* first words of person names -> count */
static strmap other_pos;   /* lemmas of index.verb, index.adj, index.adv
                              (POS_VERB | POS_ADJ | POS_ADV) */
static strmap lower_words; /* words data.noun or data.adj writes in
                              lowercase: common nouns and adjectives */
static strmap last_names;  /* last words of person names -> count */
enum { POS_VERB = 1, POS_ADJ = 2, POS_ADV = 4 };

typedef struct {
  const char *path;
  unsigned long line;
  const char *p, *end;
} wn_line;

static void wn_fail(const wn_line *l, const char *what) {
  die("%s:%lu: %s", l->path, l->line, what);
}

/* The next space-separated token of the line. */
static size_t wn_token(wn_line *l, const char **tok) {
  while (l->p < l->end && *l->p == ' ')
    l->p++;
  *tok = l->p;
  while (l->p < l->end && *l->p != ' ')
    l->p++;
  if (l->p == *tok)
    wn_fail(l, "line ends too early");
  return (size_t)(l->p - *tok);
}

static unsigned long wn_number(wn_line *l, int base, size_t digits) {
  const char *t;
  size_t n = wn_token(l, &t);
  if (n == 0 || n > 10 || (digits && n != digits))
    wn_fail(l, "bad number");
  unsigned long v = 0;
  for (size_t i = 0; i < n; i++) {
    int c = to_lower(t[i]);
    int d = is_digit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : 99;
    if (d >= base)
      wn_fail(l, "bad number");
    v = v * (unsigned long)base + (unsigned long)d;
  }
  return v;
}

/* Calls fn on each line of a WordNet file but the licence header (lines
 * that start with a space). */
static void wn_lines(const char *path, void (*fn)(wn_line *)) {
  size_t len;
  char *buf = read_file(path, &len);
  wn_line l = {path, 0, buf, buf};
  for (const char *s = buf; s < buf + len;) {
    const char *nl = memchr(s, '\n', (size_t)(buf + len - s));
    const char *e = nl ? nl : buf + len;
    l.line++;
    if (e > s && *s != ' ') {
      l.p = s;
      l.end = e;
      fn(&l);
    }
    s = nl ? nl + 1 : e;
  }
  free(buf);
}

static void idx_add(idx_list *x, size_t v) {
  x->v = xrealloc(x->v, (x->n + 1) * sizeof *x->v);
  x->v[x->n++] = v;
}

/* data.noun: "offset lex_filenum n w_cnt word lex_id ... p_cnt
 * symbol offset pos source/target ... | gloss" */
static void parse_data_line(wn_line *l) {
  static size_t cap;
  GROW(syn, n_syn, cap);
  synset *s = &syn[n_syn];
  memset(s, 0, sizeof *s);
  s->country = -1;
  s->off = wn_number(l, 10, 8);
  if (n_syn > 0 && s->off <= syn[n_syn - 1].off)
    wn_fail(l, "synset offsets out of order");
  s->lex = (int)wn_number(l, 10, 2);
  const char *t;
  if (wn_token(l, &t) != 1 || *t != 'n')
    wn_fail(l, "not a noun synset");
  s->n_words = wn_number(l, 16, 2);
  if (s->n_words == 0)
    wn_fail(l, "synset without words");
  s->words = xmalloc(s->n_words * sizeof *s->words);
  for (size_t i = 0; i < s->n_words; i++) {
    size_t n = wn_token(l, &t);
    for (size_t k = 0; k < n; k++)
      if ((unsigned char)t[k] < 0x21 || (unsigned char)t[k] > 0x7E)
        wn_fail(l, "word is not printable ASCII");
    s->words[i] = xstrndup(t, n);
    wn_number(l, 16, 1); /* lex_id */
    if (is_lower((unsigned char)t[0]))
      map_put(&lower_words, s->words[i], 1);
  }
  unsigned long np = wn_number(l, 10, 3);
  for (unsigned long i = 0; i < np; i++) {
    const char *sym;
    size_t sl = wn_token(l, &sym);
    unsigned long off = wn_number(l, 10, 8);
    const char *pos;
    size_t pl = wn_token(l, &pos);
    wn_number(l, 16, 4); /* source/target */
    if (pl != 1 || *pos != 'n')
      continue;
    if (sl == 2 && memcmp(sym, "@i", 2) == 0)
      idx_add(&s->inst, off);
    else if (sl == 1 && *sym == '@')
      idx_add(&s->hyper, off);
    else if (sl == 2 && memcmp(sym, "#p", 2) == 0)
      idx_add(&s->holo, off);
    else if (sl == 2 && memcmp(sym, "#m", 2) == 0)
      idx_add(&s->memb, off);
  }
  n_syn++;
}

static size_t synset_at(unsigned long off) {
  size_t lo = 0, hi = n_syn;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (syn[mid].off < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == n_syn || syn[lo].off != off)
    die("data.noun: pointer to a missing synset %08lu", off);
  return lo;
}

static void link_list(idx_list *x) {
  for (size_t i = 0; i < x->n; i++)
    x->v[i] = synset_at((unsigned long)x->v[i]);
}

static void link_pointers(void) {
  for (size_t i = 0; i < n_syn; i++) {
    link_list(&syn[i].inst);
    link_list(&syn[i].hyper);
    link_list(&syn[i].holo);
    link_list(&syn[i].memb);
  }
}

/* index.*: "lemma pos synset_cnt p_cnt [symbol...] sense_cnt tagsense_cnt
 * synset_offset..." (offsets in sense order). */
static void parse_index_noun(wn_line *l) {
  const char *t;
  size_t n = wn_token(l, &t);
  char *lemma = xstrndup(t, n);
  wn_token(l, &t); /* pos */
  unsigned long ns = wn_number(l, 10, 0);
  unsigned long np = wn_number(l, 10, 0);
  for (unsigned long i = 0; i < np; i++)
    wn_token(l, &t);
  wn_number(l, 10, 0);
  unsigned long tagged = wn_number(l, 10, 0);
  if (ns == 0)
    wn_fail(l, "lemma without senses");
  map_put(&noun_first, lemma, (int)synset_at(wn_number(l, 10, 8)));
  map_put(&noun_tagged, lemma, tagged > 1000 ? 1000 : (int)tagged);
  free(lemma);
}

static int index_pos; /* the POS_ bit of the index file being read */

static void parse_index_other(wn_line *l) {
  const char *t;
  size_t n = wn_token(l, &t);
  char *lemma = xstrndup(t, n);
  int old = map_get(&other_pos, lemma);
  map_put(&other_pos, lemma, (old < 0 ? 0 : old) | index_pos);
  free(lemma);
}

/* The pertainyms of data.adj: capitalised adjectives that pertain to a
 * noun synset ("Togolese" to Togo). */
typedef struct {
  char *word;    /* as written: underscores for spaces */
  size_t target; /* the noun synset */
} pertainym;
static pertainym *perts;
static size_t n_perts, cap_perts;

/* data.adj: "offset lex_filenum a|s w_cnt word lex_id ... p_cnt symbol
 * offset pos source/target ... | gloss"; a word may end in a syntactic
 * marker ("galore(ip)").  Keeps the words written in lowercase (common
 * adjectives) and the pertainyms (\) of capitalised words to nouns; the
 * source half of source/target is the word a pointer is of (00: all). */
static void parse_adj_line(wn_line *l) {
  wn_number(l, 10, 8);
  wn_number(l, 10, 2);
  const char *t;
  if (wn_token(l, &t) != 1 || (*t != 'a' && *t != 's'))
    wn_fail(l, "not an adjective synset");
  size_t nw = wn_number(l, 16, 2);
  if (nw == 0)
    wn_fail(l, "synset without words");
  char **words = xmalloc(nw * sizeof *words);
  for (size_t i = 0; i < nw; i++) {
    size_t n = wn_token(l, &t);
    for (size_t k = 0; k < n; k++)
      if ((unsigned char)t[k] < 0x21 || (unsigned char)t[k] > 0x7E)
        wn_fail(l, "word is not printable ASCII");
    size_t m = 0;
    while (m < n && t[m] != '(')
      m++;
    if (m == 0)
      wn_fail(l, "empty word");
    words[i] = xstrndup(t, m);
    wn_number(l, 16, 1); /* lex_id */
    if (is_lower((unsigned char)t[0]))
      map_put(&lower_words, words[i], 1);
  }
  unsigned long np = wn_number(l, 10, 3);
  for (unsigned long i = 0; i < np; i++) {
    const char *sym, *pos;
    size_t sl = wn_token(l, &sym);
    unsigned long off = wn_number(l, 10, 8);
    size_t pl = wn_token(l, &pos);
    unsigned long src = wn_number(l, 16, 4) >> 8;
    if (sl != 1 || *sym != '\\' || pl != 1 || *pos != 'n')
      continue;
    if (src > nw)
      wn_fail(l, "pointer from a missing word");
    for (size_t w = src ? src - 1 : 0; w < (src ? src : nw); w++)
      if (is_upper((unsigned char)words[w][0])) {
        GROW(perts, n_perts, cap_perts);
        perts[n_perts++] = (pertainym){xstrdup(words[w]), synset_at(off)};
      }
  }
  for (size_t i = 0; i < nw; i++)
    free(words[i]);
  free(words);
}

/* The synsets whose first word is word (and lexicographer file lex). */
static void find_class(const char *word, int lex, bool *mark, bool need) {
  bool found = false;
  for (size_t i = 0; i < n_syn; i++)
    if (syn[i].lex == lex && strcmp(syn[i].words[0], word) == 0)
      mark[i] = found = true;
  if (need && !found)
    die("data.noun: no synset '%s' (is this WordNet 3.0?)", word);
}

static bool has_inst_of(const synset *s, const bool *cls) {
  for (size_t k = 0; k < s->inst.n; k++)
    if (cls[s->inst.v[k]])
      return true;
  return false;
}

/* ------------------------------------------------------------------ */
/* Names: ASCII folding, keys, cleaning                                 */
/* ------------------------------------------------------------------ */

/* Base letters of U+00C0..U+024F and U+1E00..U+1EFF ('?': none, or more
 * than one letter; see fold_multi). */
static const char fold_latin[] =
    "AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlL"
    "lLlNnNnNnnNnOoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"
    "??????????????EE????????????????Oo?????????????Uu???????????????"
    "?????????????AaIiOoUuUuUuUuUueAaAa????GgKkOoOo??j???Gg??NnAa????"
    "AaAaEeEeIiIiOoOoRrRrUuUuSsTt??Hh??????AaEeOoOoOoOoYy????????????"
    "????????????????";
static const char fold_latin_ext[] =
    "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"
    "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"
    "WwWwWwWwWwXxXxYyZzZzZzhtwy??????AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
    "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy??????";
static const struct {
  uint32_t cp;
  const char *s;
} fold_multi[] = {
    {0xC6, "AE"},  {0xDE, "Th"},  {0xDF, "ss"},  {0xE6, "ae"},
    {0xFE, "th"},  {0x132, "IJ"}, {0x133, "ij"}, {0x152, "OE"},
    {0x153, "oe"}, {0x18F, "E"},  {0x259, "e"},  {0x1DD, "e"},
};

/* The ASCII form of a UTF-8 name: letters lose their diacritics,
 * combining marks, typographic apostrophes and the dagger iso-codes puts
 * after some names are dropped, spaces are collapsed; NULL when a
 * character has no ASCII form (another script). */
static char *fold_ascii(const char *s) {
  size_t n = strlen(s);
  char *out = xmalloc(2 * n + 1);
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t l = utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if (l == 0)
      die("invalid UTF-8 in name '%s'", s);
    i += l;
    const char *rep = NULL;
    char one[2] = {0, 0};
    if (cp < 0x80) {
      one[0] = (char)cp;
    } else if (cp >= 0xC0 && cp < 0x250 && fold_latin[cp - 0xC0] != '?') {
      one[0] = fold_latin[cp - 0xC0];
    } else if (cp >= 0x1E00 && cp < 0x1F00 &&
               fold_latin_ext[cp - 0x1E00] != '?') {
      one[0] = fold_latin_ext[cp - 0x1E00];
    } else if ((cp >= 0x300 && cp < 0x370) || cp == 0x2018 || cp == 0x2019 ||
               cp == 0x2BB || cp == 0x2BC || cp == 0x2BE || cp == 0x2BF ||
               cp == 0x2020) {
      continue;
    } else if (cp == 0xA0) {
      one[0] = ' ';
    } else {
      for (size_t k = 0; k < ARRAY_SIZE(fold_multi) && !rep; k++)
        if (fold_multi[k].cp == cp)
          rep = fold_multi[k].s;
      if (!rep) {
        free(out);
        return NULL;
      }
    }
    if (!rep)
      rep = one;
    for (; *rep; rep++)
      if (*rep != ' ' || (o > 0 && out[o - 1] != ' '))
        out[o++] = *rep;
  }
  while (o > 0 && out[o - 1] == ' ')
    o--;
  out[o] = '\0';
  return out;
}

/* The key two names share when they are the same for matching: folded,
 * lowercase.  NULL when the name does not fold. */
static char *name_key(const char *name) {
  char *k = fold_ascii(name);
  for (char *p = k; p && *p; p++)
    *p = (char)to_lower(*p);
  return k;
}

/* Collapses runs of spaces and trims; returns s. */
static char *squeeze(char *s) {
  size_t o = 0;
  for (size_t i = 0; s[i]; i++)
    if (s[i] != ' ' || (o > 0 && s[o - 1] != ' '))
      s[o++] = s[i];
  while (o > 0 && s[o - 1] == ' ')
    o--;
  s[o] = '\0';
  return s;
}

/* Drops "(...)" and "[...]" parts; false when they do not balance. */
static bool drop_brackets(char *s) {
  size_t o = 0;
  char close = 0;
  for (size_t i = 0; s[i]; i++) {
    if (close) {
      if (s[i] == close)
        close = 0;
      else if (s[i] == '(' || s[i] == '[')
        return false;
      continue;
    }
    if (s[i] == '(' || s[i] == '[') {
      close = s[i] == '(' ? ')' : ']';
      continue;
    }
    if (s[i] == ')' || s[i] == ']')
      return false;
    s[o++] = s[i];
  }
  s[o] = '\0';
  return close == 0;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* A subdivision name as it is written in text: "Bristol, City of" ->
 * "Bristol", "Cardiff [Caerdydd GB-CRD]" -> "Cardiff", "Sofia (stolitsa)"
 * -> "Sofia", "Aerodrom †" -> "Aerodrom", "‘Adan" -> "Adan"; NULL for
 * names that list several places ("Newry, Mourne and Down",
 * "Bolama / Bijagós"). */
static char *clean_subdivision(const char *name) {
  char *s = xstrdup(name);
  char *dag;
  while ((dag = strstr(s, "\xE2\x80\xA0")) != NULL) /* U+2020 dagger */
    memmove(dag, dag + 3, strlen(dag + 3) + 1);
  if (!drop_brackets(s) || strchr(s, '/'))
    goto none;
  char *comma = strchr(s, ',');
  if (comma) {
    if (strstr(comma, " and ") || strstr(comma, " y ") ||
        strchr(comma + 1, ','))
      goto none;
    *comma = '\0';
  }
  /* Opening quote marks of romanised Arabic ("‘Amrān"). */
  static const char *const quotes[] = {"\xE2\x80\x98", "\xE2\x80\x99",
                                       "\xCA\xBB", "'"};
  squeeze(s);
  for (bool again = true; again;) {
    again = false;
    for (size_t q = 0; q < ARRAY_SIZE(quotes); q++) {
      size_t ql = strlen(quotes[q]);
      if (strncmp(s, quotes[q], ql) == 0) {
        memmove(s, s + ql, strlen(s + ql) + 1);
        again = true;
      }
    }
  }
  squeeze(s);
  if (*s)
    return s;
none:
  free(s);
  return NULL;
}

/* A country name as an alias: "Iran, Islamic Republic of" -> "Islamic
 * Republic of Iran", "Virgin Islands, British" -> "British Virgin
 * Islands", "Holy See (Vatican City State)" -> "Holy See", "the State of
 * Palestine" -> "State of Palestine"; NULL where no such turn reads well
 * ("Taiwan, Province of China"). */
static char *clean_country(const char *name) {
  if (!name)
    return NULL;
  char *s = xstrdup(name);
  if (!drop_brackets(s)) {
    free(s);
    return NULL;
  }
  squeeze(s);
  char *comma = strchr(s, ',');
  if (comma) {
    *comma = '\0';
    char *after = squeeze(comma + 1);
    if (!(ends_with(after, " of") || ends_with(after, " of the") ||
          !strchr(after, ' ')) ||
        strchr(after, ',')) {
      free(s);
      return NULL;
    }
    size_t n = strlen(after) + strlen(s) + 2;
    char *t = xmalloc(n);
    snprintf(t, n, "%s %s", after, s);
    free(s);
    s = squeeze(t);
  }
  if (strncmp(s, "The ", 4) == 0 || strncmp(s, "the ", 4) == 0)
    memmove(s, s + 4, strlen(s + 4) + 1);
  if (!*s) {
    free(s);
    return NULL;
  }
  return s;
}

/* ------------------------------------------------------------------ */
/* Countries                                                            */
/* ------------------------------------------------------------------ */

/* Countries events/gazetteer.yaml names differently from iso-codes, and
 * countries whose iso-codes name is inverted or qualified; extra aliases
 * are the names news text uses. */
static const struct {
  const char *code, *name, *alias1, *alias2;
} country_fix[] = {
    {"BN", "Brunei", NULL, NULL},
    {"BQ", "Caribbean Netherlands", NULL, NULL},
    {"CC", "Cocos Islands", NULL, NULL},
    {"CD", "Democratic Republic of the Congo", NULL, NULL},
    {"CG", "Republic of the Congo", "Congo-Brazzaville", NULL},
    {"CI", "Ivory Coast", NULL, NULL},
    {"CV", "Cabo Verde", "Cape Verde", NULL},
    {"CZ", "Czech Republic", NULL, NULL},
    {"FK", "Falkland Islands", "Falklands", NULL},
    {"FM", "Micronesia", NULL, NULL},
    {"MF", "Saint Martin", NULL, NULL},
    {"MO", "Macau", NULL, NULL},
    {"PS", "Palestine", NULL, NULL},
    {"RU", "Russia", NULL, NULL},
    {"SH", "Saint Helena", NULL, NULL},
    {"SX", "Sint Maarten", NULL, NULL},
    {"SZ", "Eswatini", "Swaziland", NULL},
    {"TL", "Timor-Leste", "East Timor", NULL},
    {"TR", "Turkey", NULL, NULL},
    {"VA", "Vatican City", "Vatican", NULL},
    {"VG", "British Virgin Islands", NULL, NULL},
    {"VI", "US Virgin Islands", NULL, NULL},
};

typedef struct {
  char code[3];
  char *name;
  char **aliases;
  size_t n_aliases;
} country;

static country *countries;
static size_t n_countries;
/* Keys of every country name and alias (iso-codes, WordNet) -> country
 * index, or -2 where two countries share it.  No place may use them. */
static strmap country_keys;

static void country_key_add(const char *name, int c) {
  char *k = name_key(name);
  if (!k)
    return;
  int old = map_get(&country_keys, k);
  map_put(&country_keys, k, old >= 0 && old != c ? -2 : c);
  free(k);
}

/* Adds name (and its ASCII form) to the aliases of country c. */
static void country_alias(int c, char *name) {
  if (!name)
    return;
  char *fold = fold_ascii(name);
  const char *both[2] = {name, fold};
  for (size_t b = 0; b < 2; b++) {
    if (!both[b] || !fold || !is_upper((unsigned char)fold[0]))
      continue;
    /* The same text once; "Curaçao" and "Curacao" both (the phrase
     * table of the library tells them apart). */
    bool dup = strcmp(countries[c].name, both[b]) == 0;
    for (size_t i = 0; i < countries[c].n_aliases && !dup; i++)
      dup = strcmp(countries[c].aliases[i], both[b]) == 0;
    if (dup)
      continue;
    country *x = &countries[c];
    x->aliases = xrealloc(x->aliases, (x->n_aliases + 1) * sizeof *x->aliases);
    x->aliases[x->n_aliases++] = xstrdup(both[b]);
    country_key_add(both[b], c);
  }
  free(fold);
  free(name);
}

static void load_countries(const char *path) {
  size_t n;
  iso_rec *r = read_iso(path, "3166-1", &n);
  countries = xmalloc((n ? n : 1) * sizeof *countries);
  for (size_t i = 0; i < n; i++) {
    const char *a2 = r[i].f[F_ALPHA2];
    if (!a2 || strlen(a2) != 2 || !is_upper(a2[0]) || !is_upper(a2[1]) ||
        !r[i].f[F_NAME])
      die("%s: record %zu has no alpha_2 code or name", path, i + 1);
    for (size_t k = 0; k < n_countries; k++)
      if (strcmp(countries[k].code, a2) == 0)
        die("%s: country code '%s' listed twice", path, a2);
    country *c = &countries[n_countries];
    memset(c, 0, sizeof *c);
    memcpy(c->code, a2, 3);
    const char *fix_name = NULL, *fix1 = NULL, *fix2 = NULL;
    for (size_t k = 0; k < ARRAY_SIZE(country_fix); k++)
      if (strcmp(country_fix[k].code, a2) == 0) {
        fix_name = country_fix[k].name;
        fix1 = country_fix[k].alias1;
        fix2 = country_fix[k].alias2;
      }
    c->name = fix_name ? xstrdup(fix_name)
                       : clean_country(r[i].f[F_COMMON] ? r[i].f[F_COMMON]
                                                        : r[i].f[F_NAME]);
    if (!c->name) /* a new awkward iso name: its part before the comma */
      c->name = xstrndup(r[i].f[F_NAME], strcspn(r[i].f[F_NAME], ",("));
    squeeze(c->name);
    if (!*c->name)
      die("%s: country '%s' has an empty name", path, a2);
    int ci = (int)n_countries++;
    country_key_add(c->name, ci);
    country_alias(ci, clean_country(r[i].f[F_NAME]));
    country_alias(ci, clean_country(r[i].f[F_OFFICIAL]));
    country_alias(ci, clean_country(r[i].f[F_COMMON]));
    country_alias(ci, fix1 ? xstrdup(fix1) : NULL);
    country_alias(ci, fix2 ? xstrdup(fix2) : NULL);
    country_alias(ci, fold_ascii(c->name));
  }
  for (size_t k = 0; k < ARRAY_SIZE(country_fix); k++) {
    bool seen = false;
    for (size_t i = 0; i < n_countries; i++)
      seen = seen || strcmp(countries[i].code, country_fix[k].code) == 0;
    if (!seen)
      die("%s: no country '%s' (country_fix[] is out of date)", path,
          country_fix[k].code);
  }
  iso_free(r, n);
}

static int country_by_code(const char *code, size_t len) {
  for (size_t i = 0; i < n_countries; i++)
    if (len == 2 && memcmp(countries[i].code, code, 2) == 0)
      return (int)i;
  return -1;
}

/* ------------------------------------------------------------------ */
/* Places and their names                                               */
/* ------------------------------------------------------------------ */

enum { K_REGION, K_CITY };

typedef struct {
  int kind;
  int country; /* index, or -1: a WordNet place in several countries */
  bool capital;
  long synset; /* its WordNet synset, or -1 (iso-codes) */
  size_t form0, n_forms;
} place;

typedef struct {
  char *text;
  char *key;
  size_t place;
  bool safe; /* passed name_is_safe() */
  bool kept; /* won its key in resolve() */
} form;

static place *places;
static size_t n_places, cap_places;
static form *forms;
static size_t n_forms, cap_forms;
static strmap form_keys; /* key -> index into holders */
static idx_list *holders;
static size_t n_holders, cap_holders;

/* Words that say where, not which: a name made of them only ("Central",
 * "North West", "Centre-Est", "Upper East") is too generic to match. */
static const char generic_words[] =
    " al and area autonomous bay border capital center central centre "
    " centro city coast coastal de del delta district east eastern el est "
    " este far federal frontier great greater gulf high highland highlands "
    " hills inner interior island islands isles la lake lakes le les "
    " littoral low lower lowlands maritime meridional metropolitan middle "
    " mountain mountains national new nord norte north northeast "
    " northeastern northern northwest northwestern occidental oeste of old "
    " oriental ouest outer plains plateau province region river rivers "
    " rural sea septentrional south southeast southeastern southern "
    " southwest southwestern special state sud sur territory the town "
    " upper urban valley west western y zone ";

static bool is_generic_word(const char *w, size_t n) {
  char pat[40];
  if (n == 0 || n + 3 > sizeof pat)
    return false;
  pat[0] = ' ';
  memcpy(pat + 1, w, n);
  pat[n + 1] = ' ';
  pat[n + 2] = '\0';
  return strstr(generic_words, pat) != NULL;
}

/* A WordNet word as text: underscores are spaces. */
static char *wn_text(const char *word) {
  char *t = xstrdup(word);
  for (char *p = t; *p; p++)
    if (*p == '_')
      *p = ' ';
  return t;
}

/* key with spaces as underscores: the form of a WordNet lemma. */
static char *wn_lemma(const char *key) {
  char *l = xstrdup(key);
  for (char *p = l; *p; p++)
    if (*p == ' ')
      *p = '_';
  return l;
}

/* Is a name of a place safe to match in text?  fold is its ASCII form,
 * key its lowercase. */
static bool name_is_safe(const char *fold, const char *key) {
  /* A capitalised name of four letters or more, no acronym, no digits,
   * no abbreviation ("Calif."). */
  size_t letters = 0, lower = 0;
  for (const char *p = fold; *p; p++) {
    letters += is_alpha(*p);
    lower += is_lower(*p);
    if (!is_alpha(*p) && !strchr(" -'.", *p))
      return false;
  }
  if (!is_upper((unsigned char)fold[0]) || letters < 4 || lower == 0 ||
      ends_with(fold, "."))
    return false;
  if (map_get(&country_keys, key) != -1)
    return false;
  /* Only direction and generic words. */
  bool generic = true;
  for (const char *p = key; *p && generic;) {
    size_t n = strcspn(p, " -");
    generic = n == 0 || is_generic_word(p, n);
    p += n;
    p += *p != '\0';
  }
  if (generic)
    return false;
  /* A common English word: a verb, adjective or adverb ("Nice", "Split",
   * "Mobile"), or a noun whose first sense is not this place, written with
   * a capital, ("Reading", "Bath", "Lincoln", "Delta"). */
  char *lemma = wn_lemma(key);
  bool ok = map_get(&other_pos, lemma) < 0;
  int first = map_get(&noun_first, lemma);
  if (ok && first >= 0) {
    const synset *s = &syn[first];
    char *want = wn_lemma(fold);
    bool proper = false;
    for (size_t i = 0; i < s->n_words && !proper; i++)
      proper = strcmp(s->words[i], want) == 0;
    ok = proper && s->lex == 15;
    free(want);
  }
  if (ok && !strchr(key, ' ') && ends_with(key, "s")) {
    /* The plural of a common noun: "Rivers", "Lakes", "Tours", "Queens"
     * (one seen in the SemCor corpus: "Wales" stays). */
    size_t n = strlen(lemma);
    for (size_t cut = 1; cut <= 2 && ok && n > cut + 3; cut++) {
      lemma[n - cut] = '\0';
      int f = map_get(&noun_first, lemma);
      ok = f < 0 || !is_lower((unsigned char)syn[f].words[0][0]) ||
           map_get(&noun_tagged, lemma) <= 0;
    }
  }
  free(lemma);
  return ok;
}

static size_t place_new(int kind, int country, bool capital, long synset) {
  GROW(places, n_places, cap_places);
  places[n_places] = (place){kind, country, capital, synset, n_forms, 0};
  return n_places++;
}

/* Adds a name to place p (the last one made); check: whether it may be
 * kept at all (blocking places only hold their names). */
static void place_name(size_t p, const char *text, bool check) {
  char *key = name_key(text);
  if (!key)
    return;
  for (size_t i = places[p].form0; i < n_forms; i++)
    if (strcmp(forms[i].text, text) == 0) {
      free(key);
      return;
    }
  char *fold = fold_ascii(text);
  bool safe = check && fold && name_is_safe(fold, key);
  /* A city named like people ("Nancy", "Gary", "Pierre"): its name opens
   * two or more person names in WordNet.  National capitals stay. */
  if (safe && places[p].kind == K_CITY && !places[p].capital &&
      !strchr(text, ' ') && map_get(&first_names, text) >= 2)
    safe = false;
  GROW(forms, n_forms, cap_forms);
  forms[n_forms] = (form){xstrdup(text), key, p, safe, false};
  free(fold);
  int h = map_get(&form_keys, key);
  if (h < 0) {
    GROW(holders, n_holders, cap_holders);
    holders[n_holders] = (idx_list){NULL, 0};
    h = (int)n_holders++;
    map_put(&form_keys, key, h);
  }
  idx_add(&holders[h], n_forms);
  n_forms++;
  places[p].n_forms++;
}

/* The Arabic article in romanised names: "Al Anbār" is also "Anbar". */
static const char *strip_article(const char *fold) {
  static const char *const arts[] = {"Al ",  "Al-", "An ",  "Ar ", "As ",
                                     "Ash ", "At ", "Ath ", "Ad ", "Adh ",
                                     "Az ",  "Ad-", "Ar-",  "As-", "Az-"};
  for (size_t i = 0; i < ARRAY_SIZE(arts); i++)
    if (strncmp(fold, arts[i], strlen(arts[i])) == 0)
      return fold + strlen(arts[i]);
  return NULL;
}

static bool type_is_city(const char *type) {
  char low[64];
  size_t n = 0;
  for (; type[n] && n + 1 < sizeof low; n++)
    low[n] = (char)to_lower((unsigned char)type[n]);
  low[n] = '\0';
  return strstr(low, "city") != NULL || strstr(low, "town") != NULL;
}

static void load_subdivisions(const char *path) {
  size_t n;
  iso_rec *r = read_iso(path, "3166-2", &n);
  for (size_t i = 0; i < n; i++) {
    const char *code = r[i].f[F_CODE], *name = r[i].f[F_NAME];
    if (!code || !name || !strchr(code, '-'))
      die("%s: record %zu has no code or name", path, i + 1);
    int c = country_by_code(code, strcspn(code, "-"));
    if (c < 0)
      die("%s: subdivision '%s' of an unknown country", path, code);
    /* First-level subdivisions only: those with a parent (UK boroughs,
     * French departements, Italian provinces, ...) are many, rarely in
     * international news, and often English surnames ("Bolton",
     * "Dudley").  Morocco's subdivisions in Western Sahara, marked "(EH)"
     * or "(EH-partial)", are in a disputed territory: left out too. */
    if (r[i].f[F_PARENT] || strstr(name, "(EH"))
      continue;
    char *clean = clean_subdivision(name);
    if (!clean)
      continue;
    const char *type = r[i].f[F_TYPE] ? r[i].f[F_TYPE] : "";
    size_t p = place_new(type_is_city(type) ? K_CITY : K_REGION, c, false, -1);
    place_name(p, clean, true);
    char *fold = fold_ascii(clean);
    if (fold) {
      place_name(p, fold, true);
      const char *bare = strip_article(fold);
      if (bare)
        place_name(p, bare, true);
    }
    free(fold);
    free(clean);
  }
  iso_free(r, n);
}

/* WordNet classes whose instances are cities or regions (first word and
 * lexicographer file: 15 noun.location, 17 noun.object). */
static const struct {
  const char *word;
  int lex;
} city_classes[] = {
    {"city", 15},          {"town", 15},
    {"port", 15},          {"seaport", 15},
    {"port_of_entry", 15}, {"national_capital", 15},
    {"state_capital", 15}, {"provincial_capital", 15},
    {"capital", 15},       {"village", 15},
    {"suburb", 15},        {"city_district", 15},
    {"borough", 15},
};
static const struct {
  const char *word;
  int lex;
} region_classes[] = {
    {"geographical_area", 15},
    {"state", 15},
    {"American_state", 15},
    {"district", 15},
    {"county", 15},
    {"administrative_district", 15},
    {"French_region", 15},
    {"Italian_region", 15},
    {"Canadian_province", 15},
    {"Australian_state", 15},
    {"desert", 15},
    {"peninsula", 17},
    {"island", 17},
    {"archipelago", 17},
    {"tableland", 17},
    {"plain", 17},
    {"valley", 17},
    {"Aegean_island", 15},
    {"Swiss_canton", 15},
    {"federal_district", 15},
};

/* Where WordNet (2006) puts a territory in another country than the
 * iso-codes subdivisions and events/gazetteer.yaml do: the places in it
 * take this country (NULL: disputed, its places are skipped). */
static const struct {
  const char *word, *code;
} holonym_fix[] = {
    {"West_Bank", "PS"},
    {"Gaza_Strip", "PS"},
    {"Golan_Heights", NULL},
};

/* The countries synset s is part of: follows #p up to HOLONYM_DEPTH steps
 * and stops at countries.  Returns their number (up to MAX_COUNTRIES). */
static size_t reach_countries(size_t s, int depth, int *out, size_t n,
                              bool *disputed) {
  for (size_t k = 0; k < syn[s].holo.n; k++) {
    size_t h = syn[s].holo.v[k];
    int c = syn[h].country;
    if (c == COUNTRY_DISPUTED) {
      *disputed = true;
    } else if (c >= 0) {
      bool have = false;
      for (size_t i = 0; i < n; i++)
        have = have || out[i] == c;
      if (!have && n < MAX_COUNTRIES)
        out[n++] = c;
    } else if (depth > 1) {
      n = reach_countries(h, depth - 1, out, n, disputed);
    }
  }
  return n;
}

/* How well synset s fits country c: the number of its capitalised words
 * that are names of c (iso-codes), the first word counting three times
 * (the island "Jersey", not "New Jersey, Jersey"), plus 10 when it is an
 * instance of "country" or of a kind of country ("Asian_country"); -1
 * when it is neither such an instance nor first named c. */
static int country_fit(const synset *s, int c, const bool *country_class) {
  bool is_country = has_inst_of(s, country_class);
  int fit = 10 * is_country;
  for (size_t w = 0; w < s->n_words; w++) {
    if (!is_upper((unsigned char)s->words[w][0]))
      continue;
    char *t = wn_text(s->words[w]);
    char *k = name_key(t);
    bool names_c = k && map_get(&country_keys, k) == c;
    free(k);
    free(t);
    if (w == 0 && !names_c && !is_country)
      return -1;
    fit += names_c * (w == 0 ? 3 : 1);
  }
  return fit;
}

/* Finds the synsets that are the ISO countries: for each country the
 * location instances that fit it best (Russia is "Russia, Russian
 * Federation", not "Soviet Union, Russia, USSR"; Georgia the country, not
 * the American state), and adds their other words to the country names
 * ("Kazakstan").  A word two countries share ("Congo") is nobody's. */
static void find_countries(void) {
  bool *country_class = xmalloc(n_syn);
  memset(country_class, 0, n_syn);
  find_class("country", 15, country_class, true);
  for (bool grew = true; grew;) {
    grew = false;
    for (size_t i = 0; i < n_syn; i++)
      for (size_t k = 0; k < syn[i].hyper.n && !country_class[i]; k++)
        if (country_class[syn[i].hyper.v[k]])
          country_class[i] = grew = true;
  }
  int *best = xmalloc(n_countries * sizeof *best);
  for (size_t c = 0; c < n_countries; c++)
    best[c] = 0;
  /* The candidates of each synset: the countries its words name. */
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < n_syn; i++) {
      const synset *s = &syn[i];
      if (s->lex != 15)
        continue;
      int claimed = -1;
      for (size_t w = 0; w < s->n_words; w++) {
        if (!is_upper((unsigned char)s->words[w][0]))
          continue;
        char *t = wn_text(s->words[w]);
        char *k = name_key(t);
        int c = k ? map_get(&country_keys, k) : -1;
        free(k);
        free(t);
        if (c < 0)
          continue;
        int fit = country_fit(s, c, country_class);
        if (fit < 0)
          continue;
        if (pass == 0 && fit > best[c])
          best[c] = fit;
        if (pass == 1 && fit == best[c])
          claimed = claimed == -1 || claimed == c ? c : -2;
      }
      if (pass == 1 && claimed >= 0)
        syn[i].country = claimed;
    }
  free(best);
  free(country_class);
  for (size_t i = 0; i < n_syn; i++) {
    if (syn[i].country < 0)
      continue;
    for (size_t w = 0; w < syn[i].n_words; w++) {
      char *t = wn_text(syn[i].words[w]);
      if (is_upper((unsigned char)t[0]))
        country_key_add(t, syn[i].country);
      free(t);
    }
  }
}

/* ------------------------------------------------------------------ */
/* Demonyms                                                             */
/* ------------------------------------------------------------------ */

/* A word WordNet ties to places: an adjective that pertains to them
 * ("Togolese": "of or relating to the African country of Togo") or a
 * people noun that is a member of them ("Togolese": "a native or
 * inhabitant of Togo"). */
typedef struct {
  char *text;      /* "Togolese", "New Zealander" */
  int country;     /* the country of its places so far, or -1 */
  bool conflict;   /* its places are in different or no countries */
  bool of_country; /* one of its places is a country synset */
  bool noun, adj;  /* a people noun, an adjective */
} demonym;

static demonym *dems;
static size_t n_dems, cap_dems;
static strmap dem_index; /* key -> index into dems */

/* Per synset: the country of its name that lies on it (the islands
 * "Malta", "Barbados", the continent "Australia"), -1 none, -2 several;
 * not "Eurasia" (only Russia is part of it in WordNet). */
static int *lone_country;

static void find_lone_countries(void) {
  lone_country = xmalloc((n_syn ? n_syn : 1) * sizeof *lone_country);
  for (size_t i = 0; i < n_syn; i++)
    lone_country[i] = -1;
  for (size_t i = 0; i < n_syn; i++) {
    int c = syn[i].country;
    for (size_t k = 0; k < syn[i].holo.n && c >= 0; k++) {
      size_t h = syn[i].holo.v[k];
      char *t = wn_text(syn[h].words[0]);
      char *key = name_key(t);
      if (key && map_get(&country_keys, key) == c)
        lone_country[h] =
            lone_country[h] == -1 || lone_country[h] == c ? c : -2;
      free(key);
      free(t);
    }
  }
}

/* The country of place synset t: the country it is, the one country on
 * it, the one country its part holonyms reach, or -2. */
static int synset_country(size_t t) {
  if (syn[t].country >= 0)
    return syn[t].country;
  if (lone_country[t] != -1)
    return lone_country[t];
  int out[MAX_COUNTRIES];
  bool disputed = false;
  size_t n = reach_countries(t, HOLONYM_DEPTH, out, 0, &disputed);
  return n == 1 && !disputed ? out[0] : -2;
}

/* WordNet ties word to synset target (noun: a people noun is a member of
 * it; else an adjective pertains to it). */
static void demonym_evidence(const char *word, size_t target, bool noun) {
  if (syn[target].lex != 15 && syn[target].lex != 17)
    return; /* a person ("Georgian": of King George), a language, ... */
  char *text = wn_text(word);
  char *key = name_key(text);
  int d = map_get(&dem_index, key);
  if (d < 0) {
    GROW(dems, n_dems, cap_dems);
    dems[n_dems] = (demonym){text, -1, false, false, false, false};
    d = (int)n_dems++;
    map_put(&dem_index, key, d);
  } else {
    free(text);
  }
  free(key);
  demonym *x = &dems[d];
  /* "Barbadian": "a native or inhabitant of Barbados" the island */
  x->of_country =
      x->of_country || syn[target].country >= 0 || lone_country[target] >= 0;
  int c = synset_country(target);
  if (c < 0 || (x->country >= 0 && x->country != c))
    x->conflict = true;
  else
    x->country = c;
  x->noun = x->noun || noun;
  x->adj = x->adj || !noun;
}

/* The demonym candidates: capitalised adjective pertainyms, and the
 * capitalised words of people nouns (not persons: "Plato" #m Athens)
 * whose member holonyms are places. */
static void collect_demonyms(void) {
  find_lone_countries();
  for (size_t i = 0; i < n_perts; i++)
    demonym_evidence(perts[i].word, perts[i].target, false);
  for (size_t i = 0; i < n_syn; i++) {
    const synset *s = &syn[i];
    if (s->lex != 18 || s->inst.n > 0)
      continue;
    for (size_t k = 0; k < s->memb.n; k++)
      for (size_t w = 0; w < s->n_words; w++)
        if (is_upper((unsigned char)s->words[w][0]))
          demonym_evidence(s->words[w], s->memb.v[k], true);
  }
}

/* Endings that make a demonym of a place name: "Togo" "Togolese",
 * "Nigeria" "Nigerian", "Niger" "Nigerien", "Israel" "Israeli". */
static const char *const demonym_suffixes[] = {
    "n",   "an", "ian", "ean", "ese", "lese", "nese",
    "ien", "i",  "er",  "ish", "ic",  "ite",  "ois",
};

/* How much of name (len n) demonym key d is made of: n when d is name
 * and an ending, n - 1 when name drops its last vowel first ("Italy",
 * "Italian"), else 0. */
static size_t derived_from(const char *d, const char *name, size_t n) {
  size_t best = 0, dl = strlen(d);
  for (size_t drop = 0; drop <= 1; drop++) {
    if (drop && (n < 2 || !strchr("aeiouy", name[n - 1])))
      break;
    size_t stem = n - drop;
    if (dl <= stem || memcmp(d, name, stem) != 0)
      continue;
    for (size_t i = 0; i < ARRAY_SIZE(demonym_suffixes); i++)
      if (strcmp(d + stem, demonym_suffixes[i]) == 0 && stem > best)
        best = stem;
  }
  return best;
}

/* Is demonym key d one of another country's names, or the name of
 * another country made a demonym, as much as or more than one of c's?
 * Each country name and each word of a longer name counts: "Dominican"
 * is Dominica's ("Dominican Republic" only holds the word), "Congolese"
 * both Congos', "Indian" a word of "British Indian Ocean Territory",
 * "Guinean" of "Equatorial Guinea" too (the library may read "the
 * Equatorial Guinean ambassador" as a Guinean one); "Nigerian" is
 * Nigeria's more than Niger's ("Nigeria" is longer). */
static bool demonym_conflict(const char *d, int c) {
  size_t own = 0, other = 0;
  for (size_t i = 0; i < country_keys.cap; i++) {
    const char *k = country_keys.keys[i];
    if (!k)
      continue;
    int kc = country_keys.vals[i];
    bool multi = strchr(k, ' ') != NULL;
    for (const char *w = k; *w;) {
      size_t n = strcspn(w, " ");
      size_t s = derived_from(d, w, n);
      if (kc != c && multi && strlen(d) == n && memcmp(d, w, n) == 0)
        s = SIZE_MAX; /* a word of another country's name */
      if (kc == c && s > own)
        own = s;
      if (kc != c && s > other)
        other = s;
      w += n;
      w += *w == ' ';
    }
    if (multi) {
      size_t s = derived_from(d, k, strlen(k));
      if (kc == c && s > own)
        own = s;
      if (kc != c && s > other)
        other = s;
    }
  }
  return other > 0 && other >= own;
}

/* Does people noun key d look made of a name of country c?  It begins
 * like one of its words in four letters, or in all of the word but three
 * ("Togolese" Togo, "Swede" Sweden, "Tajik" Tajikistan), or ends like it
 * in four ("Basotho" Lesotho); not the Ewe of Togo or the Flemings of
 * Belgium, who are peoples rather than a country's people. */
static bool demonym_related(const char *d, int c) {
  for (size_t i = 0; i < country_keys.cap; i++) {
    const char *k = country_keys.keys[i];
    if (!k || country_keys.vals[i] != c)
      continue;
    for (const char *w = k; *w;) {
      size_t n = strcspn(w, " ");
      size_t l = 0;
      while (l < n && d[l] && d[l] == w[l])
        l++;
      size_t dl = strlen(d), e = 0;
      while (e < n && e < dl && d[dl - 1 - e] == w[n - 1 - e])
        e++;
      if (l >= 4 || (l >= 3 && l + 3 >= n) || e >= 4)
        return true;
      w += n;
      w += *w == ' ';
    }
  }
  return false;
}

/* Words WordNet writes with a capital that start the name of a location
 * ("Persian" of "Persian_Gulf", "South_African" of
 * "South_African_Republic") -> its country, or -2 (none, several). */
static strmap loc_prefixes;

static void build_loc_prefixes(void) {
  for (size_t i = 0; i < n_syn; i++) {
    if (syn[i].lex != 15 && syn[i].lex != 17)
      continue;
    int c = -3;
    for (size_t w = 0; w < syn[i].n_words; w++) {
      const char *word = syn[i].words[w];
      if (!is_upper((unsigned char)word[0]))
        continue;
      for (const char *us = strchr(word, '_'); us; us = strchr(us + 1, '_')) {
        if (c == -3)
          c = synset_country(i);
        char *pre = xstrndup(word, (size_t)(us - word));
        int old = map_get(&loc_prefixes, pre);
        map_put(&loc_prefixes, pre, old == -1 || old == c ? c : -2);
        free(pre);
      }
    }
  }
}

/* Is text (key: its key) safe to match as a demonym of country c?  As
 * for a place name (name_is_safe()): a capitalised name of four letters
 * or more; no common English word (a verb or adverb, a
 * noun or adjective WordNet writes in lowercase: "Polish", "Afghan",
 * "Kiwi"; its own capitalised adjective does not count); not a name of a
 * country or place; not a surname ("Fleming"); not the first word of a
 * location elsewhere ("Persian Gulf", "Canadian River"). */
static bool demonym_is_safe(const char *text, const char *key, int c,
                            const char **why) {
  size_t letters = 0, lower = 0;
  for (const char *p = text; *p; p++) {
    letters += is_alpha(*p);
    lower += is_lower(*p);
    if (!is_alpha(*p) && !strchr(" -'", *p)) {
      *why = "not a plain name";
      return false;
    }
  }
  if (!is_upper((unsigned char)text[0]) || letters < 4 || lower == 0) {
    *why = "too short";
    return false;
  }
  if (map_get(&country_keys, key) != -1 || map_get(&form_keys, key) >= 0) {
    *why = "a country's or place's name";
    return false;
  }
  char *lemma = wn_lemma(key);
  int pos = map_get(&other_pos, lemma);
  bool common = (pos > 0 && (pos & (POS_VERB | POS_ADV))) ||
                map_get(&lower_words, lemma) >= 0;
  free(lemma);
  if (common) {
    *why = "a common word";
    return false;
  }
  if (!strchr(text, ' ') && map_get(&last_names, text) >= 1) {
    *why = "a surname";
    return false;
  }
  char *wn = wn_lemma(text);
  int lc = map_get(&loc_prefixes, wn);
  free(wn);
  if (lc != -1 && lc != c) {
    *why = "opens the name of a place elsewhere";
    return false;
  }
  return true;
}

/* The plural of a people noun: "Nigeriens", "Dutchmen"; NULL where it is
 * the singular ("Togolese", "Swiss") or not sure ("Czech", "Welsh"). */
static char *demonym_plural(const char *text) {
  size_t n = strlen(text);
  if (ends_with(text, "ese") || ends_with(text, "s") || ends_with(text, "sh") ||
      ends_with(text, "ch") || ends_with(text, "person") ||
      ends_with(text, "x") || ends_with(text, "z") || ends_with(text, "y"))
    return NULL;
  char *p = xmalloc(n + 2);
  memcpy(p, text, n + 1);
  if (ends_with(text, "man"))
    p[n - 2] = 'e';
  else
    memcpy(p + n, "s", 2);
  return p;
}

/* The demonyms found: text -> country (-1: dropped, two countries). */
typedef struct {
  char *text;
  int country;
} dem_alias;

static dem_alias *dal;
static size_t n_dal, cap_dal;
static strmap dal_keys; /* key -> index into dal */

static void dem_alias_add(const char *text, int c) {
  char *key = name_key(text);
  int o = map_get(&dal_keys, key);
  if (o < 0) {
    GROW(dal, n_dal, cap_dal);
    dal[n_dal] = (dem_alias){xstrdup(text), c};
    map_put(&dal_keys, key, (int)n_dal++);
  } else if (dal[o].country != c) {
    dal[o].country = -1;
  }
  free(key);
}

static int cmp_dem_alias(const void *a, const void *b) {
  const dem_alias *x = a, *y = b;
  if (x->country != y->country)
    return x->country < y->country ? -1 : 1;
  return strcmp(x->text, y->text);
}

static bool dem_debug;

static void dem_reject(const char *text, int c, const char *why) {
  if (dem_debug)
    fprintf(stderr, "demonym: skip %s (%s): %s\n", text,
            c >= 0 ? countries[c].name : "-", why);
}

/* Adds text as a demonym of country c if it is safe and names no other
 * country; returns whether it did. */
static bool demonym_try(const char *text, int c) {
  const char *why = NULL;
  char *key = name_key(text);
  if (!demonym_is_safe(text, key, c, &why))
    ;
  else if (demonym_conflict(key, c))
    why = "names another country too";
  else
    dem_alias_add(text, c);
  free(key);
  if (why)
    dem_reject(text, c, why);
  return why == NULL;
}

/* Adds a demonym and, for a people noun, its plural. */
static void demonym_add(const char *text, int c, bool noun) {
  if (!demonym_try(text, c))
    return;
  char *plural = noun ? demonym_plural(text) : NULL;
  if (plural)
    demonym_try(plural, c);
  free(plural);
}

/* Adjectives WordNet makes pertain to a country that name a people or a
 * language in it rather than its people. */
static const char *const not_demonyms[] = {"Afrikaans", "Afrikaner",
                                           "Anglo-Indian"};

/* Gives the countries the demonyms WordNet has for them that are safe to
 * match (demonym_is_safe()) and name one country (demonym_conflict()):
 * "Togolese", "Beninese", "Nigerien" and "Nigeriens".  A country named
 * by words and another country's name gets those words and its demonym
 * ("Equatorial Guinean", "Papua New Guinean").  People nouns only made of
 * the country's name (demonym_related()).  Runs after the places are
 * read: a demonym that is also a place's name is none. */
static void resolve_demonyms(void) {
  dem_debug = getenv("TOOL_PLACES_DEBUG") != NULL;
  build_loc_prefixes();
  for (size_t i = 0; i < n_dems; i++) {
    const demonym *x = &dems[i];
    int c = x->country;
    if (!x->of_country)
      continue; /* "Bavarian", "Parisian" */
    const char *why = NULL;
    char *key = name_key(x->text);
    bool listed = false;
    for (size_t k = 0; k < ARRAY_SIZE(not_demonyms); k++)
      listed = listed || strcmp(x->text, not_demonyms[k]) == 0;
    if (listed)
      why = "listed in not_demonyms[]";
    else if (x->conflict)
      why = "WordNet ties it to other places";
    else if (x->noun && !x->adj && !demonym_related(key, c))
      why = "a people not named after the country";
    if (why || !demonym_is_safe(x->text, key, c, &why)) {
      dem_reject(x->text, c, why);
      free(key);
      continue;
    }
    demonym_add(x->text, c, x->noun);
    /* "Equatorial Guinean" of "Guinean", even where "Guinean" names
     * another country too */
    for (size_t c2 = 0; c2 < n_countries; c2++) {
      const char *name = countries[c2].name;
      const char *sp = strrchr(name, ' ');
      if ((int)c2 == c || !sp)
        continue;
      char *last = name_key(sp + 1);
      if (last && map_get(&country_keys, last) == c &&
          derived_from(key, last, strlen(last)) > 0) {
        size_t n = (size_t)(sp - name) + 1 + strlen(x->text) + 1;
        char *comp = xmalloc(n);
        snprintf(comp, n, "%.*s %s", (int)(sp - name), name, x->text);
        demonym_add(comp, (int)c2, x->noun);
        free(comp);
      }
      free(last);
    }
    free(key);
  }
  qsort(dal, n_dal, sizeof *dal, cmp_dem_alias);
  for (size_t i = 0; i < n_dal; i++) {
    if (dal[i].country >= 0)
      country_alias(dal[i].country, xstrdup(dal[i].text));
    else
      dem_reject(dal[i].text, -1, "two countries");
    if (dem_debug && dal[i].country >= 0)
      fprintf(stderr, "demonym: %s -> %s\n", dal[i].text,
              countries[dal[i].country].name);
  }
}

static void load_wordnet(const char *data_noun) {
  wn_lines(data_noun, parse_data_line);
  link_pointers();
  /* index.* sit next to data.noun. */
  const char *slash = strrchr(data_noun, '/');
  size_t dl = slash ? (size_t)(slash - data_noun + 1) : 0;
  static const char *const others[] = {"index.verb", "index.adj", "index.adv"};
  static const int other_bits[] = {POS_VERB, POS_ADJ, POS_ADV};
  char *path = xmalloc(dl + 16);
  memcpy(path, data_noun, dl);
  strcpy(path + dl, "index.noun");
  wn_lines(path, parse_index_noun);
  for (size_t i = 0; i < ARRAY_SIZE(others); i++) {
    strcpy(path + dl, others[i]);
    index_pos = other_bits[i];
    wn_lines(path, parse_index_other);
  }
  strcpy(path + dl, "data.adj");
  wn_lines(path, parse_adj_line);
  free(path);

  /* First names: the first word of person names ("Nancy_Astor"). */
  for (size_t i = 0; i < n_syn; i++) {
    if (syn[i].lex != 18 || syn[i].inst.n == 0)
      continue;
    for (size_t w = 0; w < syn[i].n_words; w++) {
      const char *word = syn[i].words[w];
      const char *us = strchr(word, '_');
      const char *last = strrchr(word, '_');
      if (!us || !is_upper((unsigned char)word[0]) ||
          !is_upper((unsigned char)last[1]))
        continue;
      char *first = xstrndup(word, (size_t)(us - word));
      int old = map_get(&first_names, first);
      map_put(&first_names, first, old < 0 ? 1 : old + 1);
      free(first);
      old = map_get(&last_names, last + 1);
      map_put(&last_names, last + 1, old < 0 ? 1 : old + 1);
    }
  }

  find_countries();
  collect_demonyms();
  for (size_t k = 0; k < ARRAY_SIZE(holonym_fix); k++) {
    bool *mark = xmalloc(n_syn);
    memset(mark, 0, n_syn);
    find_class(holonym_fix[k].word, 15, mark, true);
    int c = COUNTRY_DISPUTED;
    if (holonym_fix[k].code &&
        (c = country_by_code(holonym_fix[k].code, 2)) < 0)
      die("no country '%s' for '%s'", holonym_fix[k].code, holonym_fix[k].word);
    for (size_t i = 0; i < n_syn; i++)
      if (mark[i])
        syn[i].country = c;
    free(mark);
  }

  bool *is_city = xmalloc(n_syn), *is_region = xmalloc(n_syn);
  memset(is_city, 0, n_syn);
  memset(is_region, 0, n_syn);
  for (size_t i = 0; i < ARRAY_SIZE(city_classes); i++)
    find_class(city_classes[i].word, city_classes[i].lex, is_city, true);
  for (size_t i = 0; i < ARRAY_SIZE(region_classes); i++)
    find_class(region_classes[i].word, region_classes[i].lex, is_region, true);
  bool *is_capital = xmalloc(n_syn);
  memset(is_capital, 0, n_syn);
  find_class("national_capital", 15, is_capital, true);

  for (size_t i = 0; i < n_syn; i++) {
    const synset *s = &syn[i];
    bool city = has_inst_of(s, is_city);
    if (s->country != -1 || (!city && !has_inst_of(s, is_region)))
      continue;
    int reached[MAX_COUNTRIES];
    bool disputed = false;
    size_t nr = reach_countries(i, HOLONYM_DEPTH, reached, 0, &disputed);
    if (nr == 0 && !disputed)
      continue;
    if (disputed)
      nr = 2;
    /* A place in several countries ("Kashmir") only blocks its names. */
    size_t p = place_new(city ? K_CITY : K_REGION, nr == 1 ? reached[0] : -1,
                         has_inst_of(s, is_capital), (long)i);
    for (size_t w = 0; w < s->n_words; w++) {
      if (!is_upper((unsigned char)s->words[w][0]))
        continue; /* "capital_of_Kazakhstan" */
      char *t = wn_text(s->words[w]);
      place_name(p, t, nr == 1);
      free(t);
    }
  }
  free(is_city);
  free(is_region);
  free(is_capital);
}

/* Gives each key to one place: none where it names a country, where a
 * place holding it lies in several countries, or where places in two
 * countries hold it (unless exactly one country's is a national capital:
 * "Paris"); else the best place with a safe name of that key: the
 * WordNet synset that is the name's first noun sense ("Virginia" the
 * state, not the town), then cities over regions, WordNet over iso-codes,
 * and the first.  All the names of that key the place has ("Sabhā",
 * "Sabha") are kept. */
static void resolve(void) {
  for (size_t i = 0; i < form_keys.cap; i++) {
    if (!form_keys.keys[i])
      continue;
    const idx_list *h = &holders[form_keys.vals[i]];
    if (map_get(&country_keys, form_keys.keys[i]) != -1)
      continue;
    int c0 = -1, cap_country = -1;
    bool several = false, blocked = false, cap_several = false;
    for (size_t k = 0; k < h->n; k++) {
      const place *p = &places[forms[h->v[k]].place];
      blocked = blocked || p->country < 0;
      if (c0 < 0)
        c0 = p->country;
      several = several || p->country != c0;
      if (p->capital) {
        cap_several =
            cap_several || (cap_country >= 0 && cap_country != p->country);
        cap_country = p->country;
      }
    }
    if (blocked || (several && (cap_country < 0 || cap_several)))
      continue;
    int want = several ? cap_country : c0;
    char *lemma = wn_lemma(form_keys.keys[i]);
    int first = map_get(&noun_first, lemma);
    free(lemma);
    size_t best = SIZE_MAX;
    int best_score = -1;
    for (size_t k = 0; k < h->n; k++) {
      const form *f = &forms[h->v[k]];
      const place *p = &places[f->place];
      if (!f->safe || p->country != want)
        continue;
      int score = 8 * (first >= 0 && p->synset == first) +
                  4 * (p->kind == K_CITY) + 2 * (p->synset >= 0) + p->capital;
      if (score > best_score) {
        best_score = score;
        best = f->place;
      }
    }
    for (size_t k = 0; k < h->n && best != SIZE_MAX; k++)
      if (forms[h->v[k]].place == best && forms[h->v[k]].safe)
        forms[h->v[k]].kept = true;
  }
}

/* ------------------------------------------------------------------ */
/* Output                                                               */
/* ------------------------------------------------------------------ */

typedef struct {
  const char *name;
  const char *kind;
  const char *country; /* NULL for countries */
  bool capital;
  const char **aliases;
  size_t n_aliases;
  const char **owned; /* the array aliases points into */
} entry;

static int cmp_entry(const void *a, const void *b) {
  const entry *x = a, *y = b;
  int d = strcmp(x->name, y->name);
  if (d == 0)
    d = strcmp(x->country ? x->country : "", y->country ? y->country : "");
  if (d == 0)
    d = strcmp(x->kind, y->kind);
  for (size_t i = 0; d == 0 && i < x->n_aliases && i < y->n_aliases; i++)
    d = strcmp(x->aliases[i], y->aliases[i]);
  if (d == 0)
    d = (x->n_aliases > y->n_aliases) - (x->n_aliases < y->n_aliases);
  return d;
}

static void put_quoted(const char *s) {
  putchar('"');
  for (; *s; s++) {
    if ((unsigned char)*s < 0x20 || *s == 0x7F)
      die("control character in name '%s'", s);
    if (*s == '"' || *s == '\\')
      putchar('\\');
    putchar(*s);
  }
  putchar('"');
}

static void write_yaml(void) {
  size_t n = n_countries + n_places;
  entry *e = xmalloc((n ? n : 1) * sizeof *e);
  size_t ne = 0, counts[3] = {0, 0, 0};
  for (size_t i = 0; i < n_countries; i++) {
    const country *c = &countries[i];
    const char **al = xmalloc((c->n_aliases + 1) * sizeof *al);
    size_t na = 0;
    for (size_t k = 0; k < c->n_aliases; k++) {
      /* An alias two countries share ("Congo") is nobody's. */
      char *key = name_key(c->aliases[k]);
      if (key && map_get(&country_keys, key) == (int)i)
        al[na++] = c->aliases[k];
      free(key);
    }
    e[ne++] = (entry){c->name, "country", NULL, false, al, na, al};
    counts[0]++;
  }
  for (size_t i = 0; i < n_places; i++) {
    const place *p = &places[i];
    const char **al = xmalloc((p->n_forms + 1) * sizeof *al);
    size_t na = 0;
    for (size_t k = p->form0; k < p->form0 + p->n_forms; k++)
      if (forms[k].kept)
        al[na++] = forms[k].text;
    if (na == 0) {
      free(al);
      continue;
    }
    e[ne++] = (entry){al[0],
                      p->kind == K_CITY ? "city" : "region",
                      countries[p->country].name,
                      p->capital,
                      al + 1,
                      na - 1,
                      al};
    counts[p->kind == K_CITY ? 2 : 1]++;
  }
  qsort(e, ne, sizeof *e, cmp_entry);

  printf("# places.yaml - countries, regions and cities for `annals extract`;\n"
         "# generated by tool_places (src/tools/tool_places.c), do not edit.\n"
         "#\n"
         "# Same format as events/gazetteer.yaml, which is loaded after this\n"
         "# file and wins where both give a name a meaning.\n"
         "#\n"
         "# Sources:\n"
         "#   iso-codes (Debian package iso-codes): ISO 3166-1 countries and\n"
         "#   ISO 3166-2 subdivisions.  Licence: LGPL-2.1-or-later.\n"
         "#   WordNet 3.0 (Debian package wordnet-base): cities, towns, ports\n"
         "#   and regions, and the country each is part of; the demonyms of\n"
         "#   the countries.  WordNet 3.0\n"
         "#   Copyright 2006 by Princeton University; WordNet licence\n"
         "#   (permissive, BSD-style: use, copy and distribute with the\n"
         "#   copyright notice).\n"
         "#\n"
         "# %zu entries: %zu countries, %zu regions, %zu cities.\n\n",
         ne, counts[0], counts[1], counts[2]);
  for (size_t i = 0; i < ne; i++) {
    fputs("- {name: ", stdout);
    put_quoted(e[i].name);
    printf(", kind: %s", e[i].kind);
    if (e[i].country) {
      fputs(", country: ", stdout);
      put_quoted(e[i].country);
    }
    if (e[i].capital)
      fputs(", capital: true", stdout);
    if (e[i].n_aliases) {
      fputs(", aliases: [", stdout);
      for (size_t k = 0; k < e[i].n_aliases; k++) {
        if (k)
          fputs(", ", stdout);
        put_quoted(e[i].aliases[k]);
      }
      putchar(']');
    }
    fputs("}\n", stdout);
  }
  for (size_t i = 0; i < ne; i++)
    free(e[i].owned);
  free(e);
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: tool_places ISO_3166-1.json ISO_3166-2.json "
                    "WORDNET_DIR/data.noun\n");
    return 2;
  }
  load_countries(argv[1]);
  load_wordnet(argv[3]);
  load_subdivisions(argv[2]);
  resolve_demonyms();
  resolve();
  write_yaml();
  if (fflush(stdout) != 0 || ferror(stdout))
    die("cannot write the output: %s", strerror(errno));
  return 0;
}
