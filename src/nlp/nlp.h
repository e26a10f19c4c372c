/*
 * nlp/nlp.h - private interfaces of the English analysis stage:
 * the word tokenizer (tokenize.c), the tag and label inventories
 * (tags.c), the statistical model file (model.c), the part-of-speech
 * tagger and lemmatizer (tagger.c) and the dependency parser (parser.c).
 *
 * The public face of the stage is the "English analysis" section of
 * annals.h (annals_analyse, annals_doc); this header is for the stage's
 * own files, its trainer and its tests.
 */
#ifndef ANNALS_NLP_H
#define ANNALS_NLP_H

#include "internal.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- tokenize.c: words with byte offsets ----------------------------- */

/* The tokenizer follows the conventions of the UD English Web Treebank:
 * punctuation is split off; hyphens between letters are words of their
 * own ("al-Ani" is al, -, Ani); clitics are split from their host
 * ("don't" is do + n't, "Iran's" is Iran + 's, "cannot" is can + not,
 * "gonna" is gon + na); abbreviations, initials and dotted acronyms keep
 * their dots ("U.S.", "Jan.", "J."); numbers keep their inner dots,
 * commas and colons ("1,000.5", "10:30"); URLs, e-mail addresses and
 * emoticons stay whole.  Every word is a byte span of the text, so split
 * words ("do" + "n't") are adjacent spans of one surface token. */
enum nlp_span_flags {
  NLP_SPAN_SPACE_AFTER = 1 << 0, /* whitespace follows in the text */
  NLP_SPAN_MWT = 1 << 1,         /* part of a split token (do + n't) */
  NLP_SPAN_MWT_FIRST = 1 << 2,   /* its first part */
};

typedef struct {
  size_t start, end; /* bytes [start, end) of the word */
  unsigned flags;    /* enum nlp_span_flags */
} nlp_span;

/* Splits text[start..end) (a sentence, valid UTF-8) into words and
 * appends them to out, a GArray of nlp_span.  Returns how many. */
size_t nlp_tokenize(const char *text, size_t start, size_t end, GArray *out);

/* ---- tags.c: inventories ------------------------------------------- */

enum nlp_upos {
  NLP_UPOS_ADJ, NLP_UPOS_ADP, NLP_UPOS_ADV, NLP_UPOS_AUX, NLP_UPOS_CCONJ,
  NLP_UPOS_DET, NLP_UPOS_INTJ, NLP_UPOS_NOUN, NLP_UPOS_NUM, NLP_UPOS_PART,
  NLP_UPOS_PRON, NLP_UPOS_PROPN, NLP_UPOS_PUNCT, NLP_UPOS_SCONJ,
  NLP_UPOS_SYM, NLP_UPOS_VERB, NLP_UPOS_X, NLP_UPOS_COUNT
};

enum nlp_xpos {
  NLP_XPOS_NONE, NLP_XPOS_CC, NLP_XPOS_CD, NLP_XPOS_DT, NLP_XPOS_EX,
  NLP_XPOS_FW, NLP_XPOS_IN, NLP_XPOS_JJ, NLP_XPOS_JJR, NLP_XPOS_JJS,
  NLP_XPOS_LS, NLP_XPOS_MD, NLP_XPOS_NN, NLP_XPOS_NNS, NLP_XPOS_NNP,
  NLP_XPOS_NNPS, NLP_XPOS_PDT, NLP_XPOS_POS, NLP_XPOS_PRP, NLP_XPOS_PRPS,
  NLP_XPOS_RB, NLP_XPOS_RBR, NLP_XPOS_RBS, NLP_XPOS_RP, NLP_XPOS_SYM,
  NLP_XPOS_TO, NLP_XPOS_UH, NLP_XPOS_VB, NLP_XPOS_VBD, NLP_XPOS_VBG,
  NLP_XPOS_VBN, NLP_XPOS_VBP, NLP_XPOS_VBZ, NLP_XPOS_WDT, NLP_XPOS_WP,
  NLP_XPOS_WPS, NLP_XPOS_WRB, NLP_XPOS_DOLLAR, NLP_XPOS_HASH,
  NLP_XPOS_PERIOD, NLP_XPOS_COMMA, NLP_XPOS_COLON, NLP_XPOS_LRB,
  NLP_XPOS_RRB, NLP_XPOS_LQUOTE, NLP_XPOS_RQUOTE, NLP_XPOS_HYPH,
  NLP_XPOS_NFP, NLP_XPOS_ADD, NLP_XPOS_AFX, NLP_XPOS_GW, NLP_XPOS_XX,
  NLP_XPOS_COUNT
};

/* UD v2 relations with the subtypes of the English treebanks.  At most 64
 * (label sets are 64-bit masks). */
enum nlp_dep {
  NLP_DEP_NONE, NLP_DEP_ACL, NLP_DEP_ACL_RELCL, NLP_DEP_ADVCL,
  NLP_DEP_ADVCL_RELCL, NLP_DEP_ADVMOD, NLP_DEP_AMOD, NLP_DEP_APPOS,
  NLP_DEP_AUX, NLP_DEP_AUX_PASS, NLP_DEP_CASE, NLP_DEP_CC,
  NLP_DEP_CC_PRECONJ, NLP_DEP_CCOMP, NLP_DEP_CLF, NLP_DEP_COMPOUND,
  NLP_DEP_COMPOUND_PRT, NLP_DEP_CONJ, NLP_DEP_COP, NLP_DEP_CSUBJ,
  NLP_DEP_CSUBJ_OUTER, NLP_DEP_CSUBJ_PASS, NLP_DEP_DEP, NLP_DEP_DET,
  NLP_DEP_DET_PREDET, NLP_DEP_DISCOURSE, NLP_DEP_DISLOCATED, NLP_DEP_EXPL,
  NLP_DEP_FIXED, NLP_DEP_FLAT, NLP_DEP_GOESWITH, NLP_DEP_IOBJ,
  NLP_DEP_LIST, NLP_DEP_MARK, NLP_DEP_NMOD, NLP_DEP_NMOD_DESC,
  NLP_DEP_NMOD_POSS, NLP_DEP_NMOD_UNMARKED, NLP_DEP_NSUBJ,
  NLP_DEP_NSUBJ_OUTER, NLP_DEP_NSUBJ_PASS, NLP_DEP_NUMMOD, NLP_DEP_OBJ,
  NLP_DEP_OBL, NLP_DEP_OBL_AGENT, NLP_DEP_OBL_UNMARKED, NLP_DEP_ORPHAN,
  NLP_DEP_PARATAXIS, NLP_DEP_PUNCT, NLP_DEP_REPARANDUM, NLP_DEP_ROOT,
  NLP_DEP_VOCATIVE, NLP_DEP_XCOMP, NLP_DEP_COUNT
};

/* Names ("NOUN", "NNP", "nsubj:pass"); out of range gives "X", "_",
 * "dep". */
const char *nlp_upos_name(int u);
const char *nlp_xpos_name(int x);
const char *nlp_dep_name(int d);
/* Number of a name of len bytes, or -1.  nlp_dep_find maps the older
 * English subtypes (obl:tmod, obl:npmod...) onto today's and an unknown
 * subtype onto its universal relation. */
int nlp_upos_find(const char *s, size_t len);
int nlp_xpos_find(const char *s, size_t len);
int nlp_dep_find(const char *s, size_t len);
/* The universal relation of a subtype (nsubj:pass -> nsubj). */
int nlp_dep_universal(int d);

/* ---- hashing of feature atoms ----------------------------------------- */

/* 64-bit FNV-1a of bytes, the hash of words and affixes. */
static inline uint64_t nlp_hash_bytes(const char *s, size_t n) {
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

static inline uint64_t nlp_mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

/* The key of a feature: template number and up to three atoms (hashes
 * or small numbers).  Never 0 (0 marks an empty slot of a weight
 * table). */
static inline uint32_t nlp_feat(uint32_t tmpl, uint64_t a, uint64_t b,
                                uint64_t c) {
  uint64_t h = (tmpl + 1) * 0x9e3779b97f4a7c15ull;
  h ^= a * 0xbf58476d1ce4e5b9ull;
  h = (h << 27 | h >> 37) * 0x94d049bb133111ebull;
  h ^= b * 0xd6e8feb86659fd93ull;
  h = (h << 29 | h >> 35) * 0x9e3779b97f4a7c15ull;
  h ^= c * 0xc2b2ae3d27d4eb4full;
  h ^= h >> 31;
  h *= 0xff51afd7ed558ccdull;
  uint32_t k = (uint32_t)(h >> 32);
  return k ? k : 1;
}

/* The atoms of up to 128 features, whose keys nlp_feat_keys() computes
 * together: on processors with AVX-512, eight at a time (a parser step
 * has some eighty features, and their hashing was a quarter of the time
 * of parsing). */
#define NLP_FEAT_BATCH 128
typedef struct {
  uint64_t tmpl[NLP_FEAT_BATCH], a1[NLP_FEAT_BATCH], a2[NLP_FEAT_BATCH],
      a3[NLP_FEAT_BATCH];
} nlp_feat_batch;

/* Appends one feature's atoms to batch b (an nlp_feat_batch) at index k,
 * which it advances. */
#define NLP_FEAT_ADD(b, k, t_, x_, y_, z_)                                     \
  do {                                                                         \
    (b).tmpl[k] = (t_);                                                        \
    (b).a1[k] = (x_);                                                          \
    (b).a2[k] = (y_);                                                          \
    (b).a3[(k)++] = (z_);                                                      \
  } while (0)

/* f[i] = nlp_feat(fb->tmpl[i], fb->a1[i], fb->a2[i], fb->a3[i]) for i < n
 * (n <= NLP_FEAT_BATCH; the templates fit in 32 bits). */
void nlp_feat_keys(const nlp_feat_batch *fb, size_t n, uint32_t *f);

/* ---- words of a sentence under analysis ------------------------------- */

enum nlp_word_flags {
  NLP_WF_CAP = 1 << 0,    /* starts with an uppercase letter */
  NLP_WF_UPPER = 1 << 1,  /* all letters uppercase, two or more */
  NLP_WF_DIGIT = 1 << 2,  /* has a digit */
  NLP_WF_HYPHEN = 1 << 3, /* has a hyphen inside */
  NLP_WF_FIRST = 1 << 4,  /* first word of the sentence */
  NLP_WF_ALPHA = 1 << 5,  /* has a letter */
  NLP_WF_PUNCT = 1 << 6,  /* no letter or digit */
  NLP_WF_SPACE_AFTER = 1 << 7,
  NLP_WF_MWT = 1 << 8,
  NLP_WF_MWT_FIRST = 1 << 9,
};

#define NLP_NORM_MAX 48 /* bytes of a normalised form kept for hashing */

/* A word with the atoms its features are made of and the results of
 * each step.  head is the index of the head word in the sentence, or
 * NLP_HEAD_ROOT, or NLP_HEAD_NONE before parsing. */
#define NLP_HEAD_ROOT (-1)
#define NLP_HEAD_NONE (-2)
typedef struct {
  size_t start, end; /* bytes of the word in the text */
  uint64_t low;      /* lowercased normalised form */
  uint64_t form;     /* normalised form, case kept */
  uint64_t shape;    /* Xxx, dd, X.X. ... */
  uint64_t suf[4];   /* last 1..4 characters of low */
  uint64_t pre[3];   /* first 1..3 characters of low */
  uint64_t lex;      /* the word's lexical class in the model, or 0 */
  unsigned flags;    /* enum nlp_word_flags */
  uint8_t tag;       /* tagger class */
  uint8_t xpos2;     /* XPOS of a close runner-up class, or 255 */
  uint8_t upos, xpos, dep;
  int head;
  const char *lemma; /* NUL-terminated; owned by the caller's storage */
} nlp_word;

/* Normalises a form for features: ASCII lowercased (when lower), curly
 * quotes and apostrophes as ASCII ones, dashes as '-' or '--', digits
 * kept.  Writes at most NLP_NORM_MAX bytes to out; returns the length. */
size_t nlp_normalise(const char *s, size_t n, bool lower, char *out);
/* Fills the atoms and flags of w from text[w->start..w->end). */
void nlp_word_atoms(nlp_word *w, const char *text, bool first);

/* ---- wtable.c: weights of a linear classifier, as a model holds them -- */

/* Tables are open-addressing hash tables of nb buckets (any number; a
 * key's first bucket is (key * nb) >> 32) probed linearly; key 0 marks
 * an empty bucket. */
static inline uint32_t nlp_bucket(uint32_t key, uint32_t nb) {
  return (uint32_t)(((uint64_t)key * nb) >> 32);
}

/* Sparse rows: a bucket holds a key and the offset of its row in ents; a
 * row is a count followed by that many entries (class << 16 |
 * (uint16_t)weight).  Dense rows (classifiers of at most 4 classes) sit
 * in the bucket itself.  The arrays either point into a model file or are
 * owned (nlp_wtable_release frees those).
 *
 * For scoring, nlp_wtable_prepare gives the long sparse rows (the
 * frequent features: the bias has a weight for nearly every class) a
 * dense copy, a weight for every class in turn, which vector
 * instructions add many classes at a time.  Bit h of dense_bits marks a
 * bucket whose row has one; the copies are in dense (n_classes weights
 * each) in the order of their buckets, and dense_rank[i] counts the
 * marked buckets before bucket 64 i.  The three are owned; the table's
 * own arrays are left as they are (in the file, not copied).
 *
 * It also gives the table a filter of its keys, a Bloom filter of about
 * ten bits a key whose four bits for a key lie in one 64-bit word: most
 * features of a parser step are absent from the table, and the filter
 * tells nearly all of those so (never one that is there) at the cost of
 * one read, without a probe of the table and without taking room in a
 * cache of rows (nlp_wcache). */
typedef struct {
  uint32_t key, off;
} nlp_wslot;

typedef struct {
  uint32_t key;
  int16_t w[4];
} nlp_wslot4;

typedef struct {
  uint32_t n_classes;
  uint32_t nb;               /* buckets; 0: empty table */
  const nlp_wslot *slots;    /* sparse rows */
  const nlp_wslot4 *slots4;  /* dense rows */
  const uint32_t *ents;
  size_t n_ents;
  bool owned;
  const uint64_t *dense_bits; /* NULL: no dense rows */
  const uint32_t *dense_rank;
  const int16_t *dense;
  const uint64_t *filter; /* NULL: no filter */
  uint32_t filter_shift;  /* 64 - log2 of its number of words */
} nlp_wtable;

/* The bits of a key in its word of a filter, and that word's number
 * (filter_shift as in nlp_wtable). */
static inline uint64_t nlp_filter_bits(uint32_t key, unsigned shift,
                                       size_t *word) {
  uint64_t h = (uint64_t)key * 0x9E3779B97F4A7C15ull;
  *word = (size_t)(h >> shift);
  return (uint64_t)1 << ((h >> 20) & 63) | (uint64_t)1 << ((h >> 26) & 63) |
         (uint64_t)1 << ((h >> 32) & 63) | (uint64_t)1 << ((h >> 38) & 63);
}

/* May key be in t (false: it is not)?  True when t has no filter. */
static inline bool nlp_wtable_may_have(const nlp_wtable *t, uint32_t key) {
  if (!t->filter)
    return true;
  size_t w;
  uint64_t m = nlp_filter_bits(key, t->filter_shift, &w);
  return (t->filter[w] & m) == m;
}

/* Four weights w[0..4) widened to 32 bits (SSE2 has no instruction for
 * it, and compilers make a slow one of the generic conversion). */
typedef int16_t nlp_v4h __attribute__((vector_size(8)));
typedef int32_t nlp_v4i __attribute__((vector_size(16)));
static inline nlp_v4i nlp_widen4(const int16_t *w) {
  nlp_v4i r;
#if defined(__SSE2__)
  __m128i v = _mm_loadl_epi64((const __m128i *)(const void *)w);
  __m128i x = _mm_srai_epi32(_mm_unpacklo_epi16(v, v), 16);
  memcpy(&r, &x, sizeof r);
#else
  nlp_v4h v;
  memcpy(&v, w, sizeof v);
  r = __builtin_convertvector(v, nlp_v4i);
#endif
  return r;
}

/* acc[0..n) += row[0..n), four classes at a time. */
static inline void nlp_add_dense(const int16_t *row, uint32_t n,
                                 int32_t *acc) {
  uint32_t c = 0;
  for (; c + 4 <= n; c += 4) {
    nlp_v4i a;
    memcpy(&a, acc + c, sizeof a);
    a += nlp_widen4(row + c);
    memcpy(acc + c, &a, sizeof a);
  }
  for (; c < n; c++)
    acc[c] += row[c];
}

/* acc[0..n) += v[0..n). */
static inline void nlp_add_dense32(const int32_t *v, uint32_t n,
                                   int32_t *acc) {
  uint32_t c = 0;
  for (; c + 4 <= n; c += 4) {
    nlp_v4i a, b;
    memcpy(&a, acc + c, sizeof a);
    memcpy(&b, v + c, sizeof b);
    a += b;
    memcpy(acc + c, &a, sizeof a);
  }
  for (; c < n; c++)
    acc[c] += v[c];
}

/* The dense copy of the row of bucket h of t, or NULL. */
static inline const int16_t *nlp_wtable_dense_row(const nlp_wtable *t,
                                                  uint32_t h) {
  if (!t->dense_bits)
    return NULL;
  uint64_t w = t->dense_bits[h >> 6], bit = (uint64_t)1 << (h & 63);
  if (!(w & bit))
    return NULL;
  size_t k = t->dense_rank[h >> 6] + (size_t)__builtin_popcountll(w & (bit - 1));
  return t->dense + k * t->n_classes;
}

/* Adds the row of bucket h (a key's) of a sparse table t to acc. */
static inline void nlp_wtable_add_row(const nlp_wtable *t, uint32_t h,
                                      int32_t *acc) {
  const int16_t *d = nlp_wtable_dense_row(t, h);
  if (d) {
    nlp_add_dense(d, t->n_classes, acc);
    return;
  }
  const uint32_t *r = t->ents + t->slots[h].off;
  uint32_t n = r[0];
  for (uint32_t j = 1; j <= n; j++)
    acc[r[j] >> 16] += (int16_t)(uint16_t)(r[j] & 0xFFFF);
}

/* Adds the weights of the features f[0..nf) (nf <= 128) to
 * acc[0..n_classes).  Memory latency dominates: the buckets of every
 * feature are prefetched first, then the rows of those found. */
static inline void nlp_wtable_score(const nlp_wtable *t, const uint32_t *f,
                                    size_t nf, int32_t *acc) {
  if (!t->nb)
    return;
  uint32_t hs[128];
  if (nf > 128)
    nf = 128;
  for (size_t i = 0; i < nf; i++) {
    hs[i] = nlp_bucket(f[i], t->nb);
    __builtin_prefetch(t->slots4 ? (const void *)&t->slots4[hs[i]]
                                 : (const void *)&t->slots[hs[i]]);
  }
  if (t->slots4) {
    nlp_v4i sum = {0, 0, 0, 0};
    for (size_t i = 0; i < nf; i++) {
      uint32_t h = hs[i];
      for (;;) {
        const nlp_wslot4 *s = &t->slots4[h];
        if (s->key == f[i]) {
          sum += nlp_widen4(s->w);
          break;
        }
        if (s->key == 0)
          break;
        if (++h == t->nb)
          h = 0;
      }
    }
    nlp_v4i a;
    memcpy(&a, acc, sizeof a);
    a += sum;
    memcpy(acc, &a, sizeof a);
    return;
  }
  uint32_t found[128];
  size_t nr = 0;
  for (size_t i = 0; i < nf; i++) {
    uint32_t h = hs[i];
    for (;;) {
      const nlp_wslot *s = &t->slots[h];
      if (s->key == f[i]) {
        found[nr++] = h;
        __builtin_prefetch(t->ents + s->off);
        break;
      }
      if (s->key == 0)
        break;
      if (++h == t->nb)
        h = 0;
    }
  }
  for (size_t i = 0; i < nr; i++)
    nlp_wtable_add_row(t, found[i], acc);
}

void nlp_wtable_release(nlp_wtable *t);
/* Makes the dense copies of t's long rows (see above) for faster
 * scoring; t must be valid (nlp_wtable_valid).  The sums are the same. */
void nlp_wtable_prepare(nlp_wtable *t);

/* A cache of the rows of one table, in front of it: a direct-mapped
 * array of the keys met last with their weights (or none, for a key the
 * table lacks), small enough to stay in the processor's cache while the
 * table (megabytes) does not.  Scoring through it gives the same sums as
 * nlp_wtable_score.  A sparse row of up to NLP_WCACHE_ROW entries is
 * copied into the cache; a longer one is read from the table, and n
 * tells where: its dense copy or its offset in ents. */
#define NLP_WCACHE_ROW 6
#define NLP_WCACHE_DENSE 0x80000000u /* n: a dense copy's number */
#define NLP_WCACHE_LONG 0x40000000u  /* n: a long sparse row's offset */
typedef struct {
  uint32_t key;
  uint32_t n; /* entries in e, or NLP_WCACHE_DENSE | the number of the
                 row's dense copy, or NLP_WCACHE_LONG | its offset */
  uint32_t e[NLP_WCACHE_ROW];
} nlp_wcache_row;

typedef struct {
  const void *of; /* the slots of the table it holds rows of, or NULL */
  uint32_t of_nb; /* and their number */
  uint32_t bits;  /* 1 << bits entries */
  nlp_wslot4 *dense;
  nlp_wcache_row *sparse;
} nlp_wcache;

/* An empty cache of 1 << bits entries (no memory until first used). */
void nlp_wcache_init(nlp_wcache *c, uint32_t bits);
void nlp_wcache_release(nlp_wcache *c);
/* As nlp_wtable_score, through c (emptied first when it held another
 * table's rows).  c may be NULL. */
void nlp_wtable_score_cached(const nlp_wtable *t, nlp_wcache *c,
                             const uint32_t *f, size_t nf, int32_t *acc);
/* Checks a table read from a file: sizes, offsets and classes within
 * bounds, every probe sequence ends.  Returns false when it is corrupt. */
bool nlp_wtable_valid(const nlp_wtable *t);

/* ---- percep.c: averaged perceptron training ---------------------------- */

typedef struct {
  uint32_t n_classes;
  uint32_t *keys, *rows; /* key -> row; key 0 = empty */
  size_t cap, n;
  float *w;
  double *tot;
  uint32_t *stamp;
  size_t rows_cap;
  uint32_t time;
} nlp_percep;

void nlp_percep_init(nlp_percep *p, uint32_t n_classes);
void nlp_percep_release(nlp_percep *p);
/* scores[0..n_classes) = the current weights of f summed. */
void nlp_percep_score(const nlp_percep *p, const uint32_t *f, size_t nf,
                      float *scores);
/* One step of the perceptron: +1 to truth, -1 to guess. */
void nlp_percep_update(nlp_percep *p, const uint32_t *f, size_t nf,
                       int truth, int guess);
/* Counts one training instance (for the averages). */
static inline void nlp_percep_tick(nlp_percep *p) { p->time++; }
/* Replaces the weights by their averages over time. */
void nlp_percep_average(nlp_percep *p);
/* Adds scale times the weights of from (of as many classes) to those of
 * into, making rows for the features into lacks.  For the mean of
 * averaged perceptrons: into is only exported afterwards. */
void nlp_percep_add(nlp_percep *into, const nlp_percep *from, float scale);
/* Quantises the weights into an owned table, leaving out weights smaller
 * than min_abs, and keeping only the max_rows features of greatest weight
 * (0: all). */
void nlp_percep_export(const nlp_percep *p, float min_abs, size_t max_rows,
                       nlp_wtable *out);

/* ---- lemma.c: tables of 32-bit values ----------------------------------- */

/* A table from 32-bit keys to 32-bit values (buckets as in nlp_wtable),
 * pointing into a model file or owned. */
typedef struct {
  uint32_t key, val;
} nlp_kv_slot;

typedef struct {
  uint32_t nb;
  const nlp_kv_slot *slots; /* NULL: empty table */
  bool owned;
} nlp_kv;

static inline bool nlp_kv_get(const nlp_kv *t, uint32_t key, uint32_t *val) {
  if (!t->nb)
    return false;
  key = key ? key : 1;
  for (uint32_t h = nlp_bucket(key, t->nb);;) {
    if (t->slots[h].key == key) {
      *val = t->slots[h].val;
      return true;
    }
    if (!t->slots[h].key)
      return false;
    if (++h == t->nb)
      h = 0;
  }
}

/* Builds an owned table from n (key, value) pairs; a later pair with the
 * same key replaces an earlier one. */
void nlp_kv_build(nlp_kv *t, const nlp_kv_slot *pairs, size_t n);
void nlp_kv_release(nlp_kv *t);
bool nlp_kv_valid(const nlp_kv *t, uint32_t max_val);

/* The key of a word's form (case kept) in a tagger's dictionary. */
static inline uint32_t nlp_tagdict_key(uint64_t form) {
  uint64_t h = form * 0x9E3779B97F4A7C15ull + 0x7461676469637400ull;
  h ^= h >> 31;
  h *= 0xff51afd7ed558ccdull;
  uint32_t k = (uint32_t)(h >> 32);
  return k ? k : 1;
}

/* ---- tagger.c: part-of-speech tags ------------------------------------- */

/* The tagger predicts one class per word, a pair of a UPOS and an XPOS
 * tag (the pairs the treebank uses), greedily from left to right. */
#define NLP_TAGGER_MAX_FEATS 48
typedef struct {
  uint32_t n_tags;
  uint8_t upos[256], xpos[256]; /* of each class */
  nlp_wtable w;
  nlp_kv dict; /* nlp_tagdict_key(form) -> the class of a frequent word
                 that (nearly) always had it in training, given without
                 scoring (may be empty) */
  bool closed_modals; /* only the modal forms are tagged MD, and only the
                         forms of be, have, do, get and the modals AUX
                         (set on a loaded model's tagger; the folds of
                         training tag without it, as the shipped model
                         was trained) */
} nlp_tagger;

/* The features of word i, given the classes of the words before it. */
size_t nlp_tagger_feats(const nlp_word *w, size_t n, size_t i, uint32_t *f);

/* A cache of the tagger's sums of the features a word has by itself
 * (its form, affixes, shape, flags, lexical class: a dozen of the some
 * thirty features of a word, and most of the long rows), by those atoms:
 * direct-mapped, 1 << bits words.  A text says its frequent words again
 * and again, so that most words need only their context scored. */
#define NLP_WSUMS_KEY 12
typedef struct {
  uint32_t bits, n_tags;
  uint64_t *keys; /* NLP_WSUMS_KEY atoms a slot (NULL until first used) */
  int32_t *sums;  /* n_tags a slot */
} nlp_wsums;

void nlp_wsums_init(nlp_wsums *s, uint32_t bits);
void nlp_wsums_release(nlp_wsums *s);

/* Tags the words w[0..n) (atoms filled): sets tag, upos and xpos (and
 * xpos2, a close runner-up's XPOS, or 255).  c caches the weights met
 * and ws the sums of words (either may be NULL; the tags are the same). */
void nlp_tag(const nlp_tagger *t, nlp_word *w, size_t n, nlp_wcache *c,
             nlp_wsums *ws);

/* ---- conllu.c: treebanks in CoNLL-U ------------------------------------- */

/* The gold analysis of a word of a treebank. */
typedef struct {
  uint8_t upos, xpos, dep;
  int head;          /* index in the sentence, or NLP_HEAD_ROOT */
  size_t lemma;      /* offset of the NUL-terminated lemma in tb->lemmas */
} nlp_gold;

typedef struct {
  size_t first, n;   /* words[first .. first + n) */
  size_t raw, raw_len; /* the sentence's "# text" in buf, or raw_len 0 */
} nlp_tb_sent;

/* A treebank read into memory.  buf holds, per sentence, the word forms
 * joined by single spaces (the words' start and end point there), then
 * the sentence text. */
typedef struct {
  GString *buf;
  GString *lemmas;
  GArray *words; /* nlp_word, atoms not filled */
  GArray *gold;  /* nlp_gold, parallel to words */
  GArray *sents; /* nlp_tb_sent */
} nlp_treebank;

/* Reads CoNLL-U (multiword-token lines and empty nodes are skipped, the
 * words kept).  Problems go to d as name:line:col; on error the treebank
 * holds the sentences read before it.  Sentences over 512 words are
 * refused. */
annals_status nlp_treebank_read(const char *buf, size_t len, const char *name,
                                nlp_treebank *tb, annals_diags *d);
void nlp_treebank_release(nlp_treebank *tb);

/* ---- lemma.c: lexicon and lemmas ----------------------------------------- */

static inline uint32_t nlp_key32(const char *s, size_t n, uint32_t salt) {
  uint64_t h = nlp_hash_bytes(s, n) ^ (salt * 0x9E3779B97F4A7C15ull);
  h = nlp_mix64(h);
  uint32_t k = (uint32_t)(h ^ (h >> 32));
  return k ? k : 1;
}

/* WordNet parts of speech of a lemma, as bits of a lexicon value. */
enum nlp_lex_bits {
  NLP_LEX_NOUN = 1 << 0,
  NLP_LEX_VERB = 1 << 1,
  NLP_LEX_ADJ = 1 << 2,
  NLP_LEX_ADV = 1 << 3,
};

/* The lexicon of the analysis: WordNet's lemmas with their parts of
 * speech and its exception lists (irregular forms), and the lemmas the
 * treebank gives where the rules would not find them.  Strings live in
 * pool, NUL-terminated; values of exc and tb are offsets into it. */
typedef struct {
  nlp_kv lemmas; /* key32(lemma, 0) -> nlp_lex_bits */
  nlp_kv exc;    /* key32(form, pos bit) -> lemma */
  nlp_kv tb;     /* key32(form, 100 + xpos) -> lemma */
  const char *pool;
  size_t pool_len;
} nlp_lexicon;

/* The lemma of a word of text[0..n) with its tags, written to out (at
 * least NLP_NORM_MAX + 8 bytes); returns its length. */
size_t nlp_lemmatize(const nlp_lexicon *lx, const char *s, size_t n,
                     int upos, int xpos, char *out);
/* The word's lexical class for the tagger: the parts of speech WordNet
 * gives its form as a lemma, and those it has as an inflected form. */
uint64_t nlp_lex_class(const nlp_lexicon *lx, const char *low, size_t n);
/* Is low[0..n) the irregular past of a verb by WordNet's exception list
 * ("stole", "fled", "struck")? */
bool nlp_lex_irregular_past(const nlp_lexicon *lx, const char *low, size_t n);
/* Is low (lowercased) an adjective WordNet knows as a lemma ("alarming")? */
bool nlp_lex_adjective(const nlp_lexicon *lx, const char *low, size_t n);
/* Is low (lowercased) a noun WordNet knows as a lemma ("general")? */
bool nlp_lex_noun(const nlp_lexicon *lx, const char *low, size_t n);
/* Is low (lowercased) a form of a verb WordNet knows ("visit", "visits")? */
bool nlp_lex_verb(const nlp_lexicon *lx, const char *low, size_t n);
/* Is low itself a verb WordNet knows ("cut", "hit"; not "shot")? */
bool nlp_lex_verb_base(const nlp_lexicon *lx, const char *low, size_t n);

/* repair.c: a sentence of text with no finite verb but a participle after
 * a noun and no auxiliary has that participle as its past tense; so has
 * an irregular past read as a noun between a noun and its object ("The
 * gang stole data.") in a sentence that ends like prose.  lx may be
 * NULL (no lexicon: the second rule is off).  The words' atoms are
 * filled (their low hashes pick out auxiliaries and conjunctions). */
void nlp_finite_verb(const nlp_tagger *t, const nlp_lexicon *lx,
                     const char *text, nlp_word *w, size_t n);

/* ---- parser.c: dependency trees ----------------------------------------- */

/* A greedy transition-based parser: the arc-eager system (Nivre 2003)
 * with the root at the end of the buffer (Ballesteros and Nivre 2013),
 * transitions chosen by an averaged perceptron over the rich non-local
 * features of Zhang and Nivre (2011), trained with a dynamic oracle
 * (Goldberg and Nivre 2012).  A second perceptron labels each arc when it
 * is made, from the head, the dependent and what is attached to them. */
enum nlp_move { NLP_SHIFT, NLP_REDUCE, NLP_LEFT, NLP_RIGHT, NLP_MOVES };

#define NLP_PARSER_MAX_FEATS 112
#define NLP_LABEL_MAX_FEATS 48
#define NLP_PARSE_MAX 256 /* longer sentences are parsed in pieces */

typedef struct {
  nlp_wtable moves;  /* NLP_MOVES classes */
  nlp_wtable labels; /* n_labels classes */
  uint32_t n_labels;
  uint8_t label_dep[64]; /* class -> enum nlp_dep */
} nlp_parser;

/* A parser configuration over the words w[0..n); index n is the root. */
typedef struct {
  const nlp_word *w;
  int n;
  int *stack, sp;
  int b;
  int *head;
  uint8_t *dep;
  int *lc1, *lc2, *rc1, *rc2; /* leftmost, second leftmost, rightmost... */
  uint8_t *nl, *nr;           /* number of left and right children */
  uint64_t *lset, *rset;      /* labels of the left and right children */
  uint64_t *fn;               /* word of a case or mark child, or 0 */
  int *buf;                   /* storage of the arrays above */
} nlp_config;

void nlp_config_init(nlp_config *c, const nlp_word *w, int n);
void nlp_config_release(nlp_config *c);
bool nlp_config_done(const nlp_config *c);
bool nlp_move_valid(const nlp_config *c, int move);
/* Applies a move; for LEFT and RIGHT, dep labels the new arc. */
void nlp_move_apply(nlp_config *c, int move, int dep);
size_t nlp_parser_feats(const nlp_config *c, uint32_t *f);
size_t nlp_label_feats(const nlp_config *c, int h, int d, uint32_t *f);
/* The costs of the moves (arcs of the gold heads gh[] lost by each),
 * -1 for invalid moves. */
void nlp_move_costs(const nlp_config *c, const int *gh, int costs[NLP_MOVES]);

/* Parses the tagged words w[0..n): sets head and dep of each.  moves and
 * labels cache the weights met of p's two tables (may be NULL). */
void nlp_parse(const nlp_parser *p, nlp_word *w, size_t n, nlp_wcache *moves,
               nlp_wcache *labels);

/* ---- model.c: the model file --------------------------------------------- */

/* The number of the feature set.  A model records the number it was
 * trained with and is refused by code with another: bump it whenever a
 * feature template, an atom or a hash changes. */
#define NLP_FEATURES 1

struct annals_model {
  nlp_tagger tagger;
  nlp_parser parser;
  nlp_lexicon lexicon;
  char *about;      /* the "about" section, NUL-terminated copy */
  void *map;        /* the mapped file, or NULL */
  size_t map_len;
  void *copy;       /* an aligned copy of a buffer, or NULL */
  bool owned;       /* tables owned (built in memory, not from a file) */
};

/* The stage's own words of a doc made by annals_analyse (atoms, tags,
 * tree), parallel to doc->words. */
nlp_word *nlp_doc_words(const annals_doc *doc);

/* Sets the size and the checksum in the header of the model bytes
 * buf[0..len) (len >= 32; tests and fuzzing make damaged models that get
 * past those checks). */
void nlp_model_seal(unsigned char *buf, size_t len);

/* Writes a model (little-endian; see model.c for the layout).  about is
 * free text ("key: value" lines) stored with it.  Returns false when the
 * stream fails. */
bool nlp_model_write(const nlp_tagger *t, const nlp_parser *p,
                     const nlp_lexicon *lx, const char *about, FILE *out);

/* ---- train.c: training and evaluation ----------------------------------- */

typedef struct {
  int tagger_epochs;  /* default 8 */
  int tagger_runs;    /* taggers trained from other seeds and averaged (1;
                       * the jackknife's taggers are trained once) */
  int parser_epochs;  /* default 12 */
  int parser_runs;    /* parsers trained from other seeds and averaged (1) */
  int folds;          /* jackknife folds for the parser's tags (default 10) */
  uint64_t seed;      /* shuffling; default 1 */
  float prune;        /* weights below this are left out (default 0) */
  size_t max_tagger, max_moves, max_labels; /* features kept (0: all) */
  /* Progress messages (may be NULL). */
  void (*log)(void *ctx, const char *msg);
  void *log_ctx;
} nlp_train_opts;

void nlp_train_opts_init(nlp_train_opts *o);
/* Fills the atoms of every word of a treebank (lx may be NULL). */
void nlp_treebank_atoms(nlp_treebank *tb, const nlp_lexicon *lx);

/* Builds a lexicon from WordNet's dictionary files in dir (index.noun,
 * noun.exc...) and the lemmas of the treebank sentences ids[0..n) that
 * the rules get wrong.  Returns false with a message in err when a file
 * cannot be read. */
bool nlp_lexicon_build(nlp_lexicon *lx, const char *wordnet_dir,
                       const nlp_treebank *tb, const size_t *ids, size_t n,
                       char *err, size_t err_size);
/* Frees a lexicon made by nlp_lexicon_build. */
void nlp_lexicon_release(nlp_lexicon *lx);
/* Trains a tagger on the sentences ids[0..n) of tb. */
void nlp_train_tagger(const nlp_treebank *tb, const size_t *ids, size_t n,
                      const nlp_train_opts *o, nlp_tagger *out);
/* Gives t (trained on the sentences ids[0..n) of tb) its dictionary: the
 * forms seen at least 20 times there, 99.5 % of them or more with one
 * class.  Only the final tagger has one: the parser learns from the tags
 * of taggers without (they agree on those words nearly always). */
void nlp_tagger_build_dict(const nlp_treebank *tb, const size_t *ids,
                           size_t n, nlp_tagger *t);
void nlp_tagger_release(nlp_tagger *t);

typedef struct {
  size_t words, upos, xpos, both;
  size_t uas, las, las_univ; /* heads right; and labels; universal labels */
  size_t lemma;
} nlp_scores;

/* Tags (and with p, parses) copies of the sentences of tb with gold
 * tokens and counts agreements with the gold analysis. */
void nlp_eval_gold_tokens(const nlp_treebank *tb, const nlp_tagger *t,
                          const nlp_lexicon *lx, const nlp_parser *p,
                          nlp_scores *sc);

/* Replaces the tags of the words of sentences ids[0..n) by those of
 * taggers trained on the other folds (jackknifing), so that the parser
 * learns from tags as good as it will meet. */
void nlp_jackknife_tags(nlp_treebank *tb, const size_t *ids, size_t n,
                        const nlp_train_opts *o);
/* Sets the words' tags to the gold ones. */
void nlp_gold_tags(nlp_treebank *tb);
/* Trains the parser on the sentences ids[0..n) of tb, whose words carry
 * the tags it learns from. */
void nlp_train_parser(const nlp_treebank *tb, const size_t *ids, size_t n,
                      const nlp_train_opts *o, nlp_parser *out);
void nlp_parser_release(nlp_parser *p);

#endif
