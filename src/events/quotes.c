/*
 * events/quotes.c - who speaks in a quotation.
 *
 * News quotes a speaker and names him after the quotation, often several
 * sentences or a paragraph later:
 *     "We have decided to invite six countries. ...
 *     "The membership will take effect in January," the chair said.
 * A quotation runs from an opening mark to its closing mark; one left
 * open at the end of a paragraph goes on when the next paragraph opens
 * with a mark (the newspaper convention).  Its speaker is the subject of
 * a saying right after its last closing mark, in that sentence ("...,"
 * the chair said / said the chair), else of a saying before its opening
 * mark in that sentence (The chair said: "...").  A first person inside
 * the quotation ("we", "I") then stands for that speaker (actors.c).
 */
#include "events/events.h"

static bool quote_open(const nlp_word *w) {
  return w->upos == NLP_UPOS_PUNCT && w->xpos == NLP_XPOS_LQUOTE;
}

static bool quote_close(const nlp_word *w) {
  return w->upos == NLP_UPOS_PUNCT && w->xpos == NLP_XPOS_RQUOTE;
}

static bool saying(const annals_lexicon *lx, const nlp_word *w) {
  if (w->upos != NLP_UPOS_VERB || !w->lemma)
    return false;
  const frame_def *const *fs = lexicon_frames(lx, w->lemma, false);
  for (size_t k = 0; fs && fs[k]; k++)
    if (fs[k]->complement == FC_REPORT)
      return true;
  return false;
}

static size_t para_of(const annals_doc *doc, size_t i) {
  return doc->sents[doc->words[i].sentence].para;
}

/* The subject of the saying v (doc index), parsing its sentence; -1
 * when it has none.  The parser may leave "..., the chair said" without a
 * subject: then the noun right before it, or right after it. */
static int speaker_of(const annals_model *m, annals_doc *doc,
                      const nlp_word *w, int v) {
  size_t si = doc->words[v].sentence;
  annals_doc_parse_sentence(m, doc, si);
  const annals_doc_sentence *s = &doc->sents[si];
  int lo = (int)s->first, hi = (int)(s->first + s->n);
  for (int i = lo; i < hi; i++)
    if (doc->words[i].head == v && w[i].dep == NLP_DEP_NSUBJ)
      return i;
  int b = v - 1;
  while (b >= lo && w[b].upos == NLP_UPOS_ADV)
    b--;
  if (b >= lo && (w[b].upos == NLP_UPOS_PROPN || w[b].upos == NLP_UPOS_NOUN))
    return b;
  int a = v + 1;
  if (a < hi && w[a].upos == NLP_UPOS_DET)
    a++;
  while (a + 1 < hi && (w[a + 1].upos == NLP_UPOS_PROPN ||
                        w[a + 1].upos == NLP_UPOS_NOUN))
    a++; /* "said Foreign Minister Ann Berg": the last word */
  if (a < hi && (w[a].upos == NLP_UPOS_PROPN || w[a].upos == NLP_UPOS_NOUN))
    return a;
  return -1;
}

/* The speaker named by a saying in sentence si between words [from, to)
 * (doc indices), or -1. */
static int saying_in(const annals_model *m, const annals_lexicon *lx,
                     annals_doc *doc, const nlp_word *w, int from, int to) {
  for (int i = from; i < to; i++) {
    if (quote_open(&w[i]))
      return -1; /* another quotation begins */
    if (saying(lx, &w[i]))
      return speaker_of(m, doc, w, i);
  }
  return -1;
}

/* Marks the words of the quotation group [o, c] with its speaker. */
static void group_speaker(const annals_model *m, const annals_lexicon *lx,
                          annals_doc *doc, const nlp_word *w, int o, int c,
                          int *spk) {
  const annals_doc_sentence *cs = &doc->sents[doc->words[c].sentence];
  int s = saying_in(m, lx, doc, w, c + 1, (int)(cs->first + cs->n));
  if (s < 0) {
    const annals_doc_sentence *os = &doc->sents[doc->words[o].sentence];
    int lo = (int)os->first;
    for (int i = o - 1; i >= lo && s < 0; i--) {
      if (quote_close(&w[i]))
        break;
      if (saying(lx, &w[i]))
        s = speaker_of(m, doc, w, i);
    }
  }
  if (s < 0 || (s >= o && s <= c))
    return;
  for (int i = o; i <= c; i++)
    spk[i] = s;
}

int *quote_speakers(const annals_model *m, const annals_lexicon *lx,
                    annals_doc *doc, const nlp_word *w) {
  int n = (int)doc->n_words;
  int *spk = g_new(int, n ? n : 1);
  for (int i = 0; i < n; i++)
    spk[i] = -1;
  for (int o = 0; o < n; o++) {
    if (!quote_open(&w[o]))
      continue;
    /* the close of the group: a closing mark, or the end of a paragraph
     * whose next one opens with a mark (then the group goes on) */
    int c = o + 1;
    while (c < n && !quote_close(&w[c])) {
      if (quote_open(&w[c]) && para_of(doc, c) == para_of(doc, c - 1))
        break; /* marks the tagger read the wrong way round */
      if (para_of(doc, c) != para_of(doc, c - 1) && !quote_open(&w[c]))
        break;
      c++;
    }
    if (c >= n || !quote_close(&w[c])) {
      o = c - 1; /* never closed: no speaker named */
      continue;
    }
    group_speaker(m, lx, doc, w, o, c, spk);
    o = c;
  }
  return spk;
}
