/*
 * nlp/analyse.c - annals_analyse(): text -> sentences -> words -> tags
 * and lemmas -> dependency trees, and the CoNLL-U writer.
 */
#define _DEFAULT_SOURCE /* madvise, MADV_HUGEPAGE */
#include "nlp/nlp.h"

#include <stdio.h>
#include <sys/mman.h>

/* Arrays of a few megabytes or more (the words of a long text: over a
 * hundred bytes a word) are asked to live in huge pages where the system
 * offers them: a text's arrays are written once from end to end, and a
 * page fault every 4 KiB cost about a tenth of the time of extraction.
 * Only a hint: the memory and its contents are the same either way. */
static void huge_pages(void *p, size_t bytes) {
#if defined(MADV_HUGEPAGE)
  const uintptr_t huge = (uintptr_t)2 << 20;
  if (bytes >= 2 * huge) {
    uintptr_t a = ((uintptr_t)p + huge - 1) & ~(huge - 1);
    uintptr_t b = ((uintptr_t)p + bytes) & ~(huge - 1);
    if (b > a)
      (void)madvise((void *)a, b - a, MADV_HUGEPAGE);
  }
#else
  (void)p;
  (void)bytes;
#endif
}

static void *big_array(size_t bytes, bool zero) {
  void *p = zero ? g_malloc0(bytes) : g_malloc(bytes);
  huge_pages(p, bytes);
  return p;
}

/* The lemmas given so far, by the hash of the form and the tags. */
#define LEMMA_CACHE 4096
typedef struct {
  uint64_t form;
  uint8_t upos, xpos;
  const char *lemma; /* NULL: unset */
} lemma_cached;

typedef struct {
  nlp_word *w;           /* parallel to doc->words */
  GStringChunk *strings; /* lemmas */
  lemma_cached *lemmas;  /* LEMMA_CACHE of them, or NULL */
  nlp_wcache tags, moves, labels; /* weights met by the tagger, parser */
  nlp_wsums words;                /* the tagger's sums of words */
} doc_priv;

static doc_priv *priv(const annals_doc *doc) { return doc->priv; }

void annals_doc_free(annals_doc *doc) {
  if (!doc)
    return;
  doc_priv *p = priv(doc);
  if (p) {
    g_free(p->w);
    g_free(p->lemmas);
    nlp_wcache_release(&p->tags);
    nlp_wcache_release(&p->moves);
    nlp_wcache_release(&p->labels);
    nlp_wsums_release(&p->words);
    if (p->strings)
      g_string_chunk_free(p->strings);
    g_free(p);
  }
  g_free(doc->words);
  g_free(doc->sents);
  g_free(doc);
}

nlp_word *nlp_doc_words(const annals_doc *doc) { return priv(doc)->w; }

/* The lemma of w (after its tags), kept in p's strings. */
static const char *lemma_of(const annals_model *m, doc_priv *p,
                            const char *text, const nlp_word *w) {
  uint64_t key =
      w->form ^ ((uint64_t)w->upos << 8 | w->xpos) * 0x9E3779B97F4A7C15ull;
  lemma_cached *c = &p->lemmas[(key ^ key >> 29) & (LEMMA_CACHE - 1)];
  if (c->lemma && c->form == w->form && c->upos == w->upos &&
      c->xpos == w->xpos)
    return c->lemma;
  char lem[NLP_NORM_MAX + 8];
  size_t n = nlp_lemmatize(&m->lexicon, text + w->start, w->end - w->start,
                           w->upos, w->xpos, lem);
  lem[n] = '\0';
  c->form = w->form;
  c->upos = w->upos;
  c->xpos = w->xpos;
  c->lemma = g_string_chunk_insert_const(p->strings, lem);
  return c->lemma;
}

/* Tags and lemmatizes the words of sentence i. */
static void tag_sentence(const annals_model *m, annals_doc *doc, size_t i) {
  doc_priv *p = priv(doc);
  const annals_doc_sentence *s = &doc->sents[i];
  nlp_word *w = p->w + s->first;
  nlp_tag(&m->tagger, w, s->n, &p->tags, &p->words);
  nlp_finite_verb(&m->tagger, &m->lexicon, doc->text, w, s->n);
  if (!p->lemmas)
    p->lemmas = g_new0(lemma_cached, LEMMA_CACHE);
  for (size_t k = 0; k < s->n; k++) {
    w[k].lemma = lemma_of(m, p, doc->text, &w[k]);
    annals_word *x = &doc->words[s->first + k];
    x->lemma = w[k].lemma;
    x->upos = nlp_upos_name(w[k].upos);
    x->xpos = nlp_xpos_name(w[k].xpos);
  }
}

static bool quote_mark(const nlp_word *w) {
  return w->upos == NLP_UPOS_PUNCT &&
         (w->xpos == NLP_XPOS_LQUOTE || w->xpos == NLP_XPOS_RQUOTE);
}

/* Does w's text equal one of the lowercase words of set, ignoring case? */
static bool word_among(const char *text, const nlp_word *w,
                       const char *const *set) {
  size_t len = w->end - w->start;
  for (size_t k = 0; set[k]; k++)
    if (strlen(set[k]) == len &&
        g_ascii_strncasecmp(text + w->start, set[k], len) == 0)
      return true;
  return false;
}

static const char *const weekdays[] = {"monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday",
                                       "sunday", NULL};

/* The words of a time told between an auxiliary and its verb ("was on
 * Tuesday sworn in", "has this week agreed", "will on Monday visit"),
 * starting at w[k]: their number, with the last one, the time's head, at
 * *head and its "on" (or none, -1) at *on; 0 when there is none. */
static size_t time_aside(const char *text, const nlp_word *w, size_t n,
                         size_t k, size_t *head, long *on) {
  static const char *const deictic[] = {"yesterday", "today", "tonight", NULL};
  static const char *const which[] = {"last", "this", "next", NULL};
  static const char *const spans[] = {"week", "weekend", "month", "year",
                                      NULL};
  static const char *const parts[] = {"morning", "afternoon", "evening",
                                      "night", NULL};
  size_t j = k;
  *on = -1;
  if (j < n && word_among(text, &w[j], (const char *const[]){"on", NULL}))
    *on = (long)j++;
  if (j >= n)
    return 0;
  if (word_among(text, &w[j], weekdays)) {
    j++;
    if (j < n && word_among(text, &w[j], parts))
      j++;
  } else if (*on < 0 && word_among(text, &w[j], deictic)) {
    j++;
  } else if (*on < 0 && j + 1 < n && word_among(text, &w[j], which) &&
             (word_among(text, &w[j + 1], spans) ||
              word_among(text, &w[j + 1], weekdays))) {
    j += 2;
  } else {
    return 0;
  }
  *head = j - 1;
  return j - k;
}

/* Is w[k] the "that" that opens a clause after a time told after its
 * verb ("said on Wednesday that ...")? */
static bool clause_that(const char *text, const nlp_word *w, size_t n,
                        size_t k) {
  return k + 1 < n &&
         word_among(text, &w[k], (const char *const[]){"that", NULL}) &&
         w[k].upos == NLP_UPOS_SCONJ;
}

/* Marks in drop the words of each time told between a finite auxiliary
 * and the verb after it, or between a verb and the "that" of its clause:
 * the treebank has few such, and the parser reads "was on Tuesday sworn
 * in" with the day as a predicate and the verb a clause on the subject,
 * and "said on Wednesday that troops had crossed" with the clause a
 * relative one on the day.  Returns whether it marked any. */
static bool drop_times(const char *text, const nlp_word *w, size_t n,
                       bool *drop) {
  bool any = false;
  for (size_t k = 1; k + 2 < n; k++) {
    const nlp_word *a = &w[k - 1];
    bool aux = a->upos == NLP_UPOS_AUX &&
               (a->xpos == NLP_XPOS_VBD || a->xpos == NLP_XPOS_VBZ ||
                a->xpos == NLP_XPOS_VBP || a->xpos == NLP_XPOS_MD);
    /* (or the one told after a verb of telling: "told reporters on
     * Monday that") */
    static const char *const telling[] = {
        "told", "tells", "tell", "informed", "assured", "warned", "reminded",
        "notified", "briefed", "promised", NULL};
    bool told = k >= 2 &&
                (a->upos == NLP_UPOS_NOUN || a->upos == NLP_UPOS_PROPN ||
                 a->upos == NLP_UPOS_PRON) &&
                (word_among(text, &w[k - 2], telling) ||
                 (k >= 3 && w[k - 2].upos == NLP_UPOS_DET &&
                  word_among(text, &w[k - 3], telling)));
    if (!aux && a->upos != NLP_UPOS_VERB && !told)
      continue;
    size_t head;
    long on;
    size_t len = time_aside(text, w, n, k, &head, &on);
    if (!len || k + len >= n ||
        !(aux ? w[k + len].upos == NLP_UPOS_VERB
              : clause_that(text, w, n, k + len)))
      continue;
    for (size_t j = k; j < k + len; j++)
      drop[j] = true;
    any = true;
    k += len;
  }
  return any;
}

/* Hangs each time drop_times() took out on the verb after it, or on the
 * verb before it when a "that" follows it. */
static void hang_times(const char *text, nlp_word *w, size_t n,
                       const bool *drop) {
  for (size_t k = 0; k < n; k++) {
    size_t head;
    long on;
    size_t len;
    if (!drop[k] || !(len = time_aside(text, w, n, k, &head, &on)))
      continue;
    int v = (int)(k + len);
    if (clause_that(text, w, n, k + len) && k > 0) {
      /* (the verb before it, or the verb of telling before its object) */
      v = (int)k - 1;
      while (v > 0 && w[v].upos != NLP_UPOS_VERB)
        v--;
    }
    for (size_t j = k; j < k + len; j++) {
      w[j].head = (int)head;
      w[j].dep = (long)j == on ? NLP_DEP_CASE
                 : word_among(text, &w[j], weekdays) ? NLP_DEP_COMPOUND
                                                     : NLP_DEP_AMOD;
    }
    /* ("last week": "last" its modifier; "Tuesday morning": the day a
     * compound of the part of it) */
    w[head].head = v;
    w[head].dep = on >= 0 ? NLP_DEP_OBL : NLP_DEP_OBL_UNMARKED;
    /* (the "that" marks its clause, whatever label it was given) */
    size_t th = k + len;
    if (v < (int)k && w[th].head > (int)th)
      w[th].dep = NLP_DEP_MARK;
    k += len - 1;
  }
}

/* Parses w[0..n).  Quotation marks inside a clause ("have
 * \"successfully conducted strikes\" against", "vowed to take \"all
 * necessary measures\"") are rare in the treebank and throw the parser
 * off: a pair of them that opens after a word is parsed as if it were not
 * there, and then hangs on the head of the words it encloses.  So is a
 * time told between an auxiliary and its verb (drop_times()), which then
 * hangs on the verb. */
static void parse_clause(const annals_model *m, annals_doc *doc, nlp_word *w,
                         size_t n) {
  bool drop_any = false;
  bool *drop = g_new0(bool, n ? n : 1);
  bool *quote = g_new0(bool, n ? n : 1);
  for (size_t k = 1; k + 2 < n; k++) {
    if (!quote_mark(&w[k]) || w[k - 1].upos == NLP_UPOS_PUNCT)
      continue;
    size_t j = k + 1;
    while (j < n && !quote_mark(&w[j]))
      j++;
    if (j >= n)
      break;
    if (j - k >= 2) {
      drop[k] = drop[j] = quote[k] = quote[j] = true;
      drop_any = true;
    }
    k = j;
  }
  bool times = drop_times(doc->text, w, n, drop);
  drop_any = drop_any || times;
  if (!drop_any) {
    g_free(drop);
    g_free(quote);
    nlp_parse(&m->parser, w, n, &priv(doc)->moves, &priv(doc)->labels);
    return;
  }
  nlp_word *c = g_new(nlp_word, n);
  size_t *to = g_new(size_t, n); /* index in c -> index in w */
  size_t nc = 0;
  for (size_t k = 0; k < n; k++)
    if (!drop[k]) {
      c[nc] = w[k];
      to[nc++] = k;
    }
  nlp_parse(&m->parser, c, nc, &priv(doc)->moves, &priv(doc)->labels);
  for (size_t k = 0; k < nc; k++) {
    nlp_word *d = &w[to[k]];
    d->head = c[k].head >= 0 ? (int)to[c[k].head] : c[k].head;
    d->dep = c[k].dep;
  }
  /* each mark hangs on the enclosed word whose head is outside */
  for (size_t k = 0; k < n; k++) {
    if (!quote[k])
      continue;
    size_t j = k + 1;
    while (!quote[j])
      j++;
    size_t h = k + 1;
    for (size_t q = k + 1; q < j; q++)
      if (w[q].head < (int)k || w[q].head > (int)j) {
        h = q;
        break;
      }
    w[k].head = w[j].head = (int)h;
    w[k].dep = w[j].dep = NLP_DEP_PUNCT;
    k = j;
  }
  if (times)
    hang_times(doc->text, w, n, drop);
  g_free(to);
  g_free(c);
  g_free(drop);
  g_free(quote);
}

/* The dash that ends a chronology line's date ("July 25, 2015 – The US
 * and Iran announce ..."): a dash among the first words, after a number,
 * with no verb before it; its index, or 0 when there is none. */
static size_t date_dash(const char *text, const nlp_word *w, size_t n) {
  bool number = false;
  for (size_t k = 0; k < n && k < 8; k++) {
    const char *s = text + w[k].start;
    size_t len = w[k].end - w[k].start;
    bool dash = (len == 3 && (memcmp(s, "\xe2\x80\x93", 3) == 0 ||
                              memcmp(s, "\xe2\x80\x94", 3) == 0)) ||
                (len >= 1 && len <= 2 && s[0] == '-' && s[len - 1] == '-' &&
                 k > 0 && w[k].start > w[k - 1].end);
    if (dash)
      return number && k >= 2 && k + 3 < n ? k : 0;
    if (w[k].upos == NLP_UPOS_VERB || w[k].upos == NLP_UPOS_AUX)
      return 0;
    number = number || w[k].upos == NLP_UPOS_NUM;
  }
  return 0;
}

/* The colon that ends a label set before a sentence ("Border
 * incursions: the ministry said ...", "- Talks: the two sides met"): a
 * colon among the first words, after a noun, with no verb before it and
 * a clause with a verb after it; its index, or 0 when there is none. */
static size_t label_colon(const char *text, const nlp_word *w, size_t n) {
  for (size_t k = 0; k < n && k < 7; k++) {
    /* (a capitalised first word may be read as a command: "Labour
     * unrest:") */
    if ((w[k].upos == NLP_UPOS_VERB && !(k == 0 && w[k].xpos == NLP_XPOS_VB)) ||
        w[k].upos == NLP_UPOS_AUX)
      return 0;
    if (k == 0)
      continue;
    if (w[k].end - w[k].start != 1 || text[w[k].start] != ':')
      continue;
    if (w[k - 1].upos != NLP_UPOS_NOUN && w[k - 1].upos != NLP_UPOS_PROPN)
      return 0;
    size_t verbs = 0;
    for (size_t j = k + 1; j < n; j++)
      verbs += w[j].upos == NLP_UPOS_VERB;
    return verbs && n - k > 4 ? k : 0;
  }
  return 0;
}

/* Parses w[0..n) as two pieces, w[0..d) and w[d+1..n), and hangs the
 * first one's roots on the second one's root with dep, and w[d] as
 * punctuation; returns false (nothing parsed) when the second piece has
 * no root. */
static bool parse_apart(const annals_model *m, annals_doc *doc, nlp_word *w,
                        size_t n, size_t d, int dep) {
  parse_clause(m, doc, w, d);
  parse_clause(m, doc, w + d + 1, n - d - 1);
  int root = -1;
  for (size_t k = d + 1; k < n; k++) {
    if (w[k].head >= 0)
      w[k].head += (int)(d + 1);
    else if (root < 0)
      root = (int)k;
  }
  if (root < 0)
    return false;
  for (size_t k = 0; k < d; k++)
    if (w[k].head < 0) {
      w[k].head = root;
      w[k].dep = (uint8_t)dep;
    }
  w[d].head = root;
  w[d].dep = NLP_DEP_PUNCT;
  return true;
}

/* Parses w[0..n): a chronology line's date and its entry apart, the date
 * hung on the entry's root (the parser, trained on prose, makes the
 * date the subject); a label and its sentence apart, the label a
 * dislocated word of the sentence (the parser makes its noun the
 * sentence's subject). */
static void parse_words(const annals_model *m, annals_doc *doc, nlp_word *w,
                        size_t n) {
  size_t d = date_dash(doc->text, w, n);
  if (d && parse_apart(m, doc, w, n, d, NLP_DEP_OBL_UNMARKED))
    return;
  d = d ? 0 : label_colon(doc->text, w, n);
  if (d && parse_apart(m, doc, w, n, d, NLP_DEP_DISLOCATED))
    return;
  parse_clause(m, doc, w, n);
}

void annals_doc_parse_sentence(const annals_model *m, annals_doc *doc,
                               size_t i) {
  if (i >= doc->n_sents || doc->sents[i].parsed)
    return;
  annals_doc_sentence *s = &doc->sents[i];
  nlp_word *w = priv(doc)->w + s->first;
  if (!doc->words[s->first].upos && s->n)
    tag_sentence(m, doc, i);
  parse_words(m, doc, w, s->n);
  for (size_t k = 0; k < s->n; k++) {
    annals_word *x = &doc->words[s->first + k];
    x->head = w[k].head >= 0 ? (long)(s->first + (size_t)w[k].head) : -1;
    x->deprel = nlp_dep_name(w[k].dep);
  }
  s->parsed = true;
}

/* The bits of a weight cache of about n entries, at most max. */
static uint32_t cache_bits(size_t n, uint32_t max) {
  uint32_t bits = 8;
  while (bits < max && ((size_t)1 << bits) < n)
    bits++;
  return bits;
}

/* The lexical classes of the forms met in a text, by the hash of their
 * lowercased form (most words of a text are words it has had before). */
#define LEX_CACHE 4096
typedef struct {
  uint64_t low, lex;
  bool set;
} lex_cached;

static uint64_t lex_class(const annals_model *m, const char *text,
                          const nlp_word *w, lex_cached *cache) {
  lex_cached *c = &cache[w->low & (LEX_CACHE - 1)];
  if (c->set && c->low == w->low)
    return c->lex;
  char low[NLP_NORM_MAX];
  size_t nl = nlp_normalise(text + w->start, w->end - w->start, true, low);
  c->low = w->low;
  c->lex = nlp_lex_class(&m->lexicon, low, nl);
  c->set = true;
  return c->lex;
}

annals_status annals_analyse(const annals_model *m, const char *text,
                             size_t len, unsigned what, annals_doc **out,
                             annals_diags *d) {
  *out = NULL;
  size_t bad = annals_utf8_check(text, len);
  if (bad < len) {
    unsigned line, col;
    annals_text_position(text, len, bad, &line, &col);
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, line, col, bad,
                     "invalid UTF-8 at byte %zu", bad);
    return ANNALS_ERR_INPUT;
  }
  if (what && !m) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "no English model: this build has none built in");
    return ANNALS_ERR_ARG;
  }
  annals_doc *doc = g_new0(annals_doc, 1);
  doc_priv *p = g_new0(doc_priv, 1);
  doc->priv = p;
  doc->text = text;
  doc->len = len;
  p->strings = g_string_chunk_new(4096);

  annals_sentence *ss = NULL;
  size_t ns = annals_sentences_split(text, len, &ss);
  doc->sents = g_new0(annals_doc_sentence, ns ? ns : 1);
  /* The spans of every word first, then the words in one array of the
   * right size: grown word by word, that array (over a hundred bytes a
   * word) was copied into fresh memory at each doubling, page faults and
   * all.  News has about one word per 5.5 bytes. */
  GArray *spans =
      g_array_sized_new(FALSE, FALSE, sizeof(nlp_span), (guint)(len / 5 + 16));
  huge_pages(spans->data, sizeof(nlp_span) * (len / 5 + 16));
  for (size_t i = 0; i < ns; i++) {
    size_t first = spans->len;
    size_t n = nlp_tokenize(text, ss[i].start, ss[i].end, spans);
    if (n == 0)
      continue;
    annals_doc_sentence *s = &doc->sents[doc->n_sents++];
    s->start = ss[i].start;
    s->end = ss[i].end;
    s->flags = ss[i].flags;
    s->para = ss[i].para;
    s->first = first;
    s->n = n;
  }
  g_free(ss);
  doc->n_words = spans->len;
  p->w = big_array(sizeof(nlp_word) * (doc->n_words ? doc->n_words : 1), false);
  lex_cached *cache = m ? g_new0(lex_cached, LEX_CACHE) : NULL;
  for (size_t i = 0; i < doc->n_sents; i++) {
    const annals_doc_sentence *s = &doc->sents[i];
    for (size_t k = 0; k < s->n; k++) {
      const nlp_span *sp = &g_array_index(spans, nlp_span, s->first + k);
      nlp_word *w = &p->w[s->first + k];
      memset(w, 0, sizeof *w);
      w->start = sp->start;
      w->end = sp->end;
      w->head = NLP_HEAD_NONE;
      w->xpos2 = 255;
      if (sp->flags & NLP_SPAN_SPACE_AFTER)
        w->flags |= NLP_WF_SPACE_AFTER;
      if (sp->flags & NLP_SPAN_MWT)
        w->flags |= NLP_WF_MWT;
      if (sp->flags & NLP_SPAN_MWT_FIRST)
        w->flags |= NLP_WF_MWT_FIRST;
      nlp_word_atoms(w, text, k == 0);
      if (m)
        w->lex = lex_class(m, text, w, cache);
    }
  }
  g_free(cache);
  g_array_free(spans, TRUE);
  /* caches of the weights met: a few features per word at first, up to
   * what the processor's cache holds */
  nlp_wcache_init(&p->tags, cache_bits(doc->n_words * 8, 14));
  nlp_wcache_init(&p->moves, cache_bits(doc->n_words * 16, 16));
  nlp_wcache_init(&p->labels, cache_bits(doc->n_words * 4, 13));
  nlp_wsums_init(&p->words, cache_bits(doc->n_words / 16, 10));
  doc->words =
      big_array(sizeof(annals_word) * (doc->n_words ? doc->n_words : 1), true);
  for (size_t i = 0; i < doc->n_sents; i++) {
    const annals_doc_sentence *s = &doc->sents[i];
    for (size_t k = 0; k < s->n; k++) {
      annals_word *x = &doc->words[s->first + k];
      const nlp_word *w = &p->w[s->first + k];
      x->start = w->start;
      x->end = w->end;
      x->head = -2;
      x->sentence = i;
      x->flags = (w->flags & NLP_WF_SPACE_AFTER ? ANNALS_WORD_SPACE_AFTER : 0) |
                 (w->flags & NLP_WF_MWT ? ANNALS_WORD_MWT : 0) |
                 (w->flags & NLP_WF_MWT_FIRST ? ANNALS_WORD_MWT_FIRST : 0);
    }
  }
  if (what & (ANNALS_ANALYSE_TAG | ANNALS_ANALYSE_PARSE))
    for (size_t i = 0; i < doc->n_sents; i++)
      tag_sentence(m, doc, i);
  if (what & ANNALS_ANALYSE_PARSE)
    for (size_t i = 0; i < doc->n_sents; i++)
      annals_doc_parse_sentence(m, doc, i);
  *out = doc;
  return ANNALS_OK;
}

/* ------------------------------------------------------------------ */
/* CoNLL-U                                                              */
/* ------------------------------------------------------------------ */

/* Writes s[0..n) with line breaks and tabs as spaces. */
static void put_flat(const char *s, size_t n, FILE *out) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    putc(c == '\n' || c == '\r' || c == '\t' ? ' ' : c, out);
  }
}

annals_status annals_doc_write_conllu(const annals_doc *doc, FILE *out) {
  for (size_t i = 0; i < doc->n_sents; i++) {
    const annals_doc_sentence *s = &doc->sents[i];
    fprintf(out, "# sent_id = %zu\n# text = ", i + 1);
    put_flat(doc->text + s->start, s->end - s->start, out);
    putc('\n', out);
    for (size_t k = 0; k < s->n; k++) {
      const annals_word *w = &doc->words[s->first + k];
      if (w->flags & ANNALS_WORD_MWT_FIRST) {
        size_t j = k + 1;
        while (j < s->n && (doc->words[s->first + j].flags & ANNALS_WORD_MWT) &&
               !(doc->words[s->first + j].flags & ANNALS_WORD_MWT_FIRST))
          j++;
        const annals_word *last = &doc->words[s->first + j - 1];
        fprintf(out, "%zu-%zu\t", k + 1, j);
        put_flat(doc->text + w->start, last->end - w->start, out);
        fprintf(out, "\t_\t_\t_\t_\t_\t_\t_\t%sTokenRange=%zu:%zu\n",
                last->flags & ANNALS_WORD_SPACE_AFTER ? "" : "SpaceAfter=No|",
                w->start, last->end);
      }
      fprintf(out, "%zu\t", k + 1);
      put_flat(doc->text + w->start, w->end - w->start, out);
      fprintf(out, "\t%s\t%s\t%s\t_\t", w->lemma ? w->lemma : "_",
              w->upos ? w->upos : "_", w->xpos ? w->xpos : "_");
      if (w->head == -2)
        fputs("_\t_", out);
      else
        fprintf(out, "%zu\t%s",
                w->head < 0 ? 0 : (size_t)w->head - s->first + 1, w->deprel);
      /* MISC: SpaceAfter=No, and the word's bytes in the text as
       * UDPipe writes them (TokenRange=START:END) */
      bool in_mwt = (w->flags & ANNALS_WORD_MWT) != 0;
      fprintf(out, "\t_\t%sTokenRange=%zu:%zu\n",
              !in_mwt && !(w->flags & ANNALS_WORD_SPACE_AFTER) &&
                      k + 1 < s->n
                  ? "SpaceAfter=No|"
                  : "",
              w->start, w->end);
    }
    putc('\n', out);
  }
  return ferror(out) ? ANNALS_ERR_IO : ANNALS_OK;
}
