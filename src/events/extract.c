/*
 * events/extract.c - annals_extract(): text -> date mentions and the
 * document date -> English analysis (tags for every sentence, trees for
 * the sentences that may hold an event) -> event frames -> dated,
 * filtered and merged records in a timeline.
 *
 * Dates.  A frame carries the date the tree gives it (frames.c); one
 * without takes the last date of the paragraph when it is told in the
 * past a few sentences after that date (narrative), or the document date
 * when it is told in the news present ("visits", "has condemned"),
 * flagged approximate.  Relative dates need a document date, given or
 * found in the text (a dateline, a publication line, consistent pairs);
 * none is ever guessed, and nothing is dated after it.
 *
 * Records.  Frames of one type whose dates fit (one within the other),
 * whose actors agree and whose places do not disagree are one event: the
 * most confident frame gives the record, the others are its mentions.
 */
#include "events/events.h"
#include "dates/datelines.h"

#include <math.h>

/* Long inputs are processed in pieces of about this size, cut at a
 * paragraph break, so memory stays bounded. */
#define PIECE ((size_t)4 << 20)
/* A narrative date carries this many sentences forward in a paragraph. */
#define CONTEXT_SENTENCES 3
/* Records a frame may join: this many sentences away at most. */
#define MERGE_SENTENCES 60

typedef struct {
  const annals_extract_opts *o;
  const annals_gazetteer *g;
  const annals_lexicon *lx;
  const annals_model *m;
  /* The text's DCT: the one asked for, else the one the dates layer
   * settled on the first piece that gave one (later pieces take it as
   * given); date.prec NONE: none.  The note is borrowed from out. */
  annals_dct dct;
  annals_timeline *out;
  double min_conf;
  const char *main_country; /* the country the text is about, or NULL */
  const char *dateline_country; /* the country of its dateline, or NULL */
  bool chronology; /* lines open with their dates: the present is historic */
  GArray *frames;  /* of ev_frame: kept from piece to piece (piece_frames) */
} xctx;

/* ------------------------------------------------------------------ */
/* Dates of the text                                                    */
/* ------------------------------------------------------------------ */

/* The first word whose end is after offset s. */
static size_t word_at(const annals_doc *doc, size_t s) {
  size_t lo = 0, hi = doc->n_words;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (doc->words[mid].end <= s)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The date mentions of the text mapped onto its words. */
/* Is text[a, b) only spaces around one of the words or dashes that join
 * the two ends of a range ("August – November 2018", "May to July")?
 * "and" joins only after "between". */
static bool range_joint(const char *text, size_t a, size_t b, bool between) {
  while (a < b && text[a] == ' ')
    a++;
  while (b > a && text[b - 1] == ' ')
    b--;
  size_t n = b - a;
  static const char *const joints[] = {"-",  "\xe2\x80\x93", "\xe2\x80\x94",
                                       "to", "until",        "till",
                                       "through"};
  for (size_t k = 0; k < ARRAY_SIZE(joints); k++)
    if (strlen(joints[k]) == n &&
        g_ascii_strncasecmp(text + a, joints[k], n) == 0)
      return true;
  return between && n == 3 && g_ascii_strncasecmp(text + a, "and", 3) == 0;
}

/* "August – November 2018", "from May to July", "between 2010 and 2012":
 * two dates that bound a range are one interval, from the first to the
 * second. */
static void join_ranges(const char *text, GArray *dates, bool have_dct,
                        int64_t dct_last) {
  ev_date *dv = (ev_date *)(void *)dates->data;
  size_t k = 0;
  for (size_t i = 0; i < dates->len; i++) {
    if (k > 0) {
      ev_date *p = &dv[k - 1];
      const ev_date *q = &dv[i];
      size_t s = p->start;
      while (s > 0 && text[s - 1] == ' ')
        s--;
      bool between =
          s >= 7 && g_ascii_strncasecmp(text + s - 7, "between", 7) == 0;
      /* (the second end may read as a line's own date: "August –
       * November 2019 – Chile imposes") */
      bool q_known = q->when.start.prec != ANNALS_PREC_NONE &&
                     !(q->flags & ANNALS_TIMEX_F_UNRESOLVED) &&
                     !(have_dct &&
                       annals_date_last_day(&q->when.start) > dct_last);
      if (p->usable && q_known && !p->when.interval && !q->when.interval &&
          q->start > p->end && q->start - p->end <= 12 &&
          range_joint(text, p->end, q->start, between) &&
          annals_date_first_day(&p->when.start) <
              annals_date_first_day(&q->when.start)) {
        p->when.end = q->when.start;
        p->when.interval = true;
        p->end = q->end;
        p->last = q->last;
        continue;
      }
    }
    dv[k++] = dv[i];
  }
  g_array_set_size(dates, k);
}

/* Does a mention ending in "after" or "before" at text[end] end its
 * phrase ("the day after, ...", "the day after that he would resign"),
 * rather than open the event it is measured from ("a year after they
 * met")? */
static bool anaphoric_end(const char *text, size_t len, size_t end) {
  size_t i = end;
  while (i < len && (text[i] == ' ' || text[i] == '\t'))
    i++;
  if (i >= len || strchr(".,;:)!?\n\r", text[i]))
    return true;
  return i + 5 <= len && g_ascii_strncasecmp(text + i, "that ", 5) == 0;
}

/* "Twenty-four hours after Azerbaijan's army launched an offensive,
 * Karabakh forces agreed to a ceasefire": a sentence that opens with a
 * length of days and "after" (or "before") tells its opening clause
 * that many days before (after) the rest. */
/* ("A year after they conducted airstrikes, the two countries ..."
 * counts years: the clause is that year, told at a year's precision;
 * months likewise.) */
typedef struct {
  size_t sent;       /* sentence index */
  size_t start, end; /* bytes of the opening clause (to its comma) */
  int n;             /* signed: the clause's date minus the rest's, */
  annals_prec unit;  /* in days, months or years */
} opener;

/* Whole days, months or years in a TIMEX3 duration value ("P2D",
 * "PT48H", "P1W", "P1Y"), or 0. */
static int duration_units(const char *v, annals_prec *unit) {
  char *e;
  *unit = ANNALS_PREC_DAY;
  if (v[0] != 'P')
    return 0;
  if (v[1] == 'T') {
    long h = strtol(v + 2, &e, 10);
    return *e == 'H' && !e[1] && h > 0 && h % 24 == 0 && h <= 24 * 14
               ? (int)(h / 24)
               : 0;
  }
  long n = strtol(v + 1, &e, 10);
  if (n <= 0 || n > 31 || e[1])
    return 0;
  if (*e == 'Y' && n <= 10) {
    *unit = ANNALS_PREC_YEAR;
    return (int)n;
  }
  if (*e == 'M' && n <= 24) {
    *unit = ANNALS_PREC_MONTH;
    return (int)n;
  }
  return *e == 'D' ? (int)n : *e == 'W' && n <= 4 ? (int)(7 * n) : 0;
}

static void find_opener(const char *text, const annals_doc *doc,
                        const annals_timex *t, GArray *openers) {
  size_t a = word_at(doc, t->start);
  annals_prec unit;
  int n = duration_units(t->value, &unit);
  if (!n || (t->flags & ANNALS_TIMEX_F_APPROX) || a >= doc->n_words ||
      doc->words[a].start != t->start)
    return;
  size_t si = doc->words[a].sentence;
  const annals_doc_sentence *s = &doc->sents[si];
  if (doc->words[s->first].start != t->start)
    return;
  size_t i = t->end;
  while (i < s->end && text[i] == ' ')
    i++;
  int sign = 0;
  if (i + 6 <= s->end && g_ascii_strncasecmp(text + i, "after ", 6) == 0)
    sign = -1;
  else if (i + 7 <= s->end && g_ascii_strncasecmp(text + i, "before ", 7) == 0)
    sign = 1;
  const char *comma = sign ? memchr(text + i, ',', s->end - i) : NULL;
  if (!comma)
    return;
  opener o = {si, i, (size_t)(comma - text), sign * n, unit};
  g_array_append_val(openers, o);
}

static GArray *map_dates(const xctx *X, const char *text, size_t len,
                         const annals_timexes *tx, const annals_doc *doc,
                         GArray *openers) {
  GArray *dates = g_array_new(FALSE, FALSE, sizeof(ev_date));
  bool have_dct = X->dct.date.prec != ANNALS_PREC_NONE;
  int64_t dct_last = have_dct ? annals_date_last_day(&X->dct.date) : 0;
  size_t line_dates = tx_count_line_dates(text, len, tx->items, tx->n);
  for (size_t i = 0; i < tx->n; i++) {
    const annals_timex *t = &tx->items[i];
    if (t->type == ANNALS_TIMEX_DURATION)
      find_opener(text, doc, t, openers);
    if (t->type == ANNALS_TIMEX_DURATION || t->type == ANNALS_TIMEX_SET)
      continue;
    size_t a = word_at(doc, t->start);
    if (a >= doc->n_words || doc->words[a].start >= t->end)
      continue;
    size_t b = a;
    while (b + 1 < doc->n_words && doc->words[b + 1].start < t->end &&
           doc->words[b + 1].sentence == doc->words[a].sentence)
      b++;
    ev_date e;
    memset(&e, 0, sizeof e);
    e.start = t->start;
    e.end = t->end;
    e.first = (int)a;
    e.last = (int)b;
    e.when = t->when;
    e.flags = t->flags;
    /* "Qatar hosted talks in November", told in September: the date
     * layer keeps a month named in the past tense within two months
     * after the DCT in its year (TimeML's reading of "was extended to
     * Nov. 16"); an event told in the past happened a year before */
    if (have_dct && (t->flags & ANNALS_TIMEX_F_PAST) &&
        (t->flags & ANNALS_TIMEX_F_RELATIVE) &&
        !(t->flags & ANNALS_TIMEX_F_UNRESOLVED) && !t->when.interval &&
        t->when.start.prec >= ANNALS_PREC_MONTH &&
        annals_date_first_day(&t->when.start) > dct_last) {
      e.when.start.y--;
      e.when.end.y--;
      if (e.when.start.prec == ANNALS_PREC_DAY &&
          e.when.start.d > annals_days_in_month(e.when.start.y, e.when.start.m))
        e.when.start.d = e.when.end.d =
            annals_days_in_month(e.when.start.y, e.when.start.m);
    }
    e.usable = t->when.start.prec != ANNALS_PREC_NONE &&
               !(t->flags & ANNALS_TIMEX_F_UNRESOLVED) &&
               !(have_dct && annals_date_first_day(&e.when.start) > dct_last) &&
               !tx_is_dateline(text, len, t->start, t->end, line_dates);
    /* "a year after they ...": anchored on another event (but "announced
     * the day after that he would resign", "the day after," tell the day
     * after the story's) */
    size_t xl = t->end - t->start;
    if (((xl > 6 && g_ascii_strncasecmp(text + t->end - 6, " after", 6) == 0) ||
         (xl > 7 && g_ascii_strncasecmp(text + t->end - 7, " before", 7) == 0)) &&
        !anaphoric_end(text, len, t->end))
      e.usable = false;
    g_array_append_val(dates, e);
  }
  join_ranges(text, dates, have_dct, dct_last);
  return dates;
}

/* ------------------------------------------------------------------ */
/* Frames of the text                                                   */
/* ------------------------------------------------------------------ */

/* Captions and title-case headlines ("Iran Strikes Militant Bases In
 * Pakistan") repeat what the text tells and mislead the tagger: no
 * events of their own.  A headline in sentence case ("Ba congratulates
 * Faye") is read like text; merging joins it to the body's telling. */
static bool headline(const annals_doc *doc, const annals_doc_sentence *s) {
  if (s->flags & ANNALS_SENT_CAPTION)
    return true;
  if (!(s->flags & ANNALS_SENT_LINE))
    return false;
  size_t words = 0, caps = 0;
  for (size_t i = s->first; i < s->first + s->n; i++) {
    const char *t = doc->text + doc->words[i].start;
    unsigned char c = (unsigned char)t[0];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      continue;
    words++;
    caps += c >= 'A' && c <= 'Z';
  }
  return words >= 3 && caps * 10 >= words * 6;
}

static bool sentence_may_hold_event(const xctx *X, const annals_doc *doc,
                                    const nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  if (headline(doc, s))
    return false;
  bool since = false, office = false, become = false, member = false;
  for (size_t i = s->first; i < s->first + s->n; i++) {
    if (frames_candidate(X->lx, &w[i]))
      return true;
    /* (and an office held since a date: "has been president since";
     * and "became the 29th member of NATO") */
    const char *l = w[i].lemma ? w[i].lemma : "";
    since = since || strcmp(l, "since") == 0;
    become = become || strcmp(l, "become") == 0;
    member = member || strcmp(l, "member") == 0;
    office = office || frames_office_word(&w[i]);
  }
  return (office && since) || (member && become);
}

/* "A picture shows the scene of the explosion in Beirut on August 4": a
 * line whose main verb shows what a picture, a photo or footage shows.
 * It may tell an event, but the story does not go on at its date. */
static bool lemma_in_set(const char *lemma, const char *const *set);
static bool picture_line(const annals_doc *doc, const nlp_word *w, size_t si) {
  static const char *const shows[] = {"show", "depict", "see", NULL};
  static const char *const pictures[] = {
      "picture", "photo",      "photograph", "image",   "footage",
      "video",   "screenshot", "still",      "handout", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  if (!(s->flags & ANNALS_SENT_LINE))
    return false;
  for (size_t i = s->first; i < s->first + s->n; i++) {
    long h = doc->words[i].head;
    if (h < 0 || doc->words[h].head != -1 ||
        nlp_dep_universal(w[i].dep) != NLP_DEP_NSUBJ)
      continue;
    return lemma_in_set(w[i].lemma, pictures) &&
           lemma_in_set(w[h].lemma, shows);
  }
  return false;
}

/* Word i's text in lower case in low (of OPENING_MAX bytes), and its
 * length; 0 when it has fewer than 3 bytes or more than fit. */
#define OPENING_MAX 32
static size_t lower_word(const annals_doc *doc, size_t i, char *low) {
  const annals_word *aw = &doc->words[i];
  size_t n = aw->end - aw->start;
  if (n < 3 || n >= OPENING_MAX)
    return 0;
  for (size_t k = 0; k < n; k++)
    low[k] = g_ascii_tolower(doc->text[aw->start + k]);
  low[n] = '\0';
  return n;
}

/* "\"Nine soldiers were killed,\" he said": a number word with its
 * capital (after a quotation mark, it opens the sentence's words) that
 * the tagger read as a name, before a noun, is the number. */
static void retag_number_words(const annals_doc *doc, nlp_word *w, size_t si,
                               GStringChunk *strings) {
  static const char *const numbers[] = {
      "one",      "two",      "three",   "four",    "five",      "six",
      "seven",    "eight",    "nine",    "ten",     "eleven",    "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty",   "thirty",  "forty",   "fifty",     "sixty",
      "seventy",  "eighty",   "ninety",  "hundred", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  for (size_t i = s->first; i + 1 < s->first + s->n && i < s->first + 3; i++) {
    char low[OPENING_MAX];
    if (w[i].upos != NLP_UPOS_PROPN || !(w[i].flags & NLP_WF_CAP) ||
        (w[i + 1].upos != NLP_UPOS_NOUN && w[i + 1].upos != NLP_UPOS_ADJ) ||
        !lower_word(doc, i, low) || !lemma_in_set(low, numbers))
      continue;
    w[i].upos = NLP_UPOS_NUM;
    w[i].xpos = NLP_XPOS_CD;
    w[i].lemma = g_string_chunk_insert(strings, low);
  }
}

/* "One militant was killed", "two separatists were arrested": a word of
 * a person ("militant", "extremist", "separatist") that the tagger read
 * as an adjective, after a number or a determiner and before a verb, is
 * the noun. */
static void retag_person_adjective(const annals_doc *doc, nlp_word *w,
                                   size_t si, GStringChunk *strings) {
  const annals_doc_sentence *s = &doc->sents[si];
  for (size_t i = s->first + 1; i + 1 < s->first + s->n; i++) {
    if (w[i].upos != NLP_UPOS_ADJ ||
        (w[i - 1].upos != NLP_UPOS_NUM && w[i - 1].upos != NLP_UPOS_DET) ||
        (w[i + 1].upos != NLP_UPOS_AUX && w[i + 1].upos != NLP_UPOS_VERB))
      continue;
    char low[OPENING_MAX];
    size_t n = lower_word(doc, i, low);
    if (!n)
      continue;
    bool plural = n > 3 && low[n - 1] == 's';
    if (plural)
      low[n - 1] = '\0';
    if (!noun_names_person(low))
      continue;
    w[i].upos = NLP_UPOS_NOUN;
    w[i].xpos = plural ? NLP_XPOS_NNS : NLP_XPOS_NN;
    w[i].lemma = g_string_chunk_insert(strings, low);
  }
}

/* "a display of military might", "the will of the people": a modal's
 * spelling after an adjective, a determiner, a possessive or "of", and
 * before no verb, is the noun. */
static void retag_modal_nouns(const annals_doc *doc, nlp_word *w, size_t si,
                              GStringChunk *strings) {
  static const char *const nouns[] = {"might", "will", NULL};
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 1; i < end; i++) {
    char low[OPENING_MAX];
    if (w[i].upos != NLP_UPOS_AUX || !lower_word(doc, i, low) ||
        !lemma_in_set(low, nouns))
      continue;
    const nlp_word *b = &w[i - 1];
    bool before = b->upos == NLP_UPOS_ADJ || b->upos == NLP_UPOS_DET ||
                  b->xpos == NLP_XPOS_PRPS || b->xpos == NLP_XPOS_POS ||
                  (b->lemma && strcmp(b->lemma, "of") == 0);
    bool after =
        i + 1 >= end ||
        (w[i + 1].upos != NLP_UPOS_VERB && w[i + 1].upos != NLP_UPOS_AUX &&
         w[i + 1].upos != NLP_UPOS_ADV && w[i + 1].upos != NLP_UPOS_PART &&
         w[i + 1].upos != NLP_UPOS_PRON);
    if (!before || !after)
      continue;
    w[i].upos = NLP_UPOS_NOUN;
    w[i].xpos = NLP_XPOS_NN;
    w[i].lemma = g_string_chunk_insert(strings, low);
  }
}

/* "launched a ground offensive in the east": the tagger may read an
 * event noun spelt like an adjective as one after a noun, which it then
 * takes for the head.  An adjective the lexicon knows as an event noun,
 * after a determiner and a noun and before no noun or adjective of its
 * own, is that noun. */
static void retag_adjective_event(const xctx *X, const annals_doc *doc,
                                  nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 2; i < end; i++) {
    if (w[i].upos != NLP_UPOS_ADJ || w[i].xpos != NLP_XPOS_JJ || !w[i].lemma ||
        !lexicon_frames(X->lx, w[i].lemma, true))
      continue;
    const nlp_word *n = &w[i - 1], *d = &w[i - 2];
    if (n->upos != NLP_UPOS_NOUN || n->xpos != NLP_XPOS_NN ||
        (d->upos != NLP_UPOS_DET && d->xpos != NLP_XPOS_PRPS &&
         d->xpos != NLP_XPOS_POS && d->upos != NLP_UPOS_ADJ))
      continue;
    if (i + 1 < end &&
        (w[i + 1].upos == NLP_UPOS_NOUN || w[i + 1].upos == NLP_UPOS_PROPN ||
         w[i + 1].upos == NLP_UPOS_ADJ))
      continue;
    w[i].upos = NLP_UPOS_NOUN;
    w[i].xpos = NLP_XPOS_NN;
  }
}

/* Is word i (i > first) right after a form of "be", an adverb between
 * or none ("was shot", "were badly hurt")? */
static bool after_be(const nlp_word *w, size_t first, size_t i) {
  size_t b = i - 1;
  if (w[b].upos == NLP_UPOS_ADV && b > first)
    b--;
  return w[b].lemma && strcmp(w[b].lemma, "be") == 0;
}

/* "Prime Minister Jan Novak was wounded.", "two guards were shot": the
 * tagger may read a participle after "be" that ends its clause as an
 * adjective, and the deed goes unseen.  A participle of a verb the
 * lexicon knows as a deed of force or coercion, after a form of "be"
 * (an adverb between) and before the clause's end (a stop, a comma, a
 * conjunction or a preposition), is that verb's passive. */
static void retag_passive_deed(const xctx *X, const annals_doc *doc,
                               nlp_word *w, size_t si, GStringChunk *strings) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 1; i < end; i++) {
    if (w[i].upos != NLP_UPOS_ADJ || w[i].xpos != NLP_XPOS_JJ ||
        !after_be(w, s->first, i))
      continue;
    if (i + 1 < end && w[i + 1].upos != NLP_UPOS_PUNCT &&
        w[i + 1].upos != NLP_UPOS_ADP && w[i + 1].upos != NLP_UPOS_CCONJ)
      continue;
    const annals_word *aw = &doc->words[i];
    size_t n = aw->end - aw->start;
    char lemma[NLP_NORM_MAX + 8];
    if (n < 3 || n > NLP_NORM_MAX ||
        nlp_lemmatize(&X->m->lexicon, doc->text + aw->start, n, NLP_UPOS_VERB,
                      NLP_XPOS_VBN, lemma) == 0)
      continue;
    if (!lexicon_deed_verb(X->lx, lemma))
      continue;
    /* ("he was fine": a participle is another word than its verb's
     * base, but for those that are the same: "was hit") */
    static const char *const same[] = {"hit",   "hurt",   "cut", "shut", "beat",
                                       "burst", "spread", "set", "put",  NULL};
    bool base = strlen(lemma) == n &&
                g_ascii_strncasecmp(lemma, doc->text + aw->start, n) == 0;
    for (size_t k = 0; base && same[k]; k++)
      base = strcmp(lemma, same[k]) != 0;
    if (base)
      continue;
    w[i].upos = NLP_UPOS_VERB;
    w[i].xpos = NLP_XPOS_VBN;
    w[i].lemma = g_string_chunk_insert(strings, lemma);
  }
}

/* "he was shot for telling the truth": the tagger may read a participle
 * after "was" as a gerund, which ends in "-ing"; a word that does not is
 * the participle of a passive (the parser reads it then). */
static void retag_false_gerund(const xctx *X, const annals_doc *doc,
                               nlp_word *w, size_t si, GStringChunk *strings) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t end = s->first + s->n;
  for (size_t i = s->first + 1; i < end; i++) {
    const annals_word *aw = &doc->words[i];
    size_t n = aw->end - aw->start;
    if (w[i].xpos != NLP_XPOS_VBG || n < 3 || n > NLP_NORM_MAX ||
        g_ascii_strncasecmp(doc->text + aw->end - 3, "ing", 3) == 0)
      continue;
    char lemma[NLP_NORM_MAX + 8];
    if (!after_be(w, s->first, i) ||
        nlp_lemmatize(&X->m->lexicon, doc->text + aw->start, n, NLP_UPOS_VERB,
                      NLP_XPOS_VBN, lemma) == 0)
      continue;
    w[i].upos = NLP_UPOS_VERB;
    w[i].xpos = NLP_XPOS_VBN;
    w[i].lemma = g_string_chunk_insert(strings, lemma);
  }
}

/* "Journalist Omar Said was arrested": the tagger may read one's trade
 * before one's name, capitalised as the sentence's first word, as a word
 * of the name.  An opening word that names a trade (actor_trade_noun())
 * and no name the gazetteer knows, followed by a name, is that noun. */
static void retag_opening_trade(const xctx *X, const annals_doc *doc,
                                nlp_word *w, size_t si,
                                GStringChunk *strings) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t i = s->first;
  if (s->n < 3 || w[i].upos != NLP_UPOS_PROPN || !(w[i].flags & NLP_WF_CAP) ||
      w[i + 1].upos != NLP_UPOS_PROPN || !(w[i + 1].flags & NLP_WF_CAP))
    return;
  const annals_word *aw = &doc->words[i];
  char low[OPENING_MAX];
  if (!lower_word(doc, i, low))
    return;
  if (!actor_trade_noun(low) || gaz_lookup(X->g, doc->text, aw->start, aw->end))
    return;
  w[i].upos = NLP_UPOS_NOUN;
  w[i].xpos = NLP_XPOS_NN;
  w[i].lemma = g_string_chunk_insert(strings, low);
}

/* "Unrest in the capital left four dead": the tagger may read a common
 * noun that opens a sentence, with its capital, as a name.  An opening
 * capitalised word that the lexicon knows as an event noun, with no name
 * after it ("Unrest Party"), is that noun. */
static void retag_opening_noun(const xctx *X, const annals_doc *doc,
                               nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t i = s->first;
  if (s->n < 3 || w[i].upos != NLP_UPOS_PROPN || w[i + 1].upos == NLP_UPOS_PROPN ||
      w[i + 1].upos == NLP_UPOS_PART)
    return;
  char low[OPENING_MAX];
  size_t n = lower_word(doc, i, low);
  if (!n)
    return;
  const frame_def *const *fs = lexicon_frames(X->lx, low, true);
  /* (or its plural: "Airstrikes", "Clashes", "Talks") */
  bool plural = false;
  for (size_t cut = 1; (!fs || !fs[0]) && cut <= 2 && n > cut + 2 &&
                       low[n - 1] == 's';
       cut++) {
    char one[32];
    memcpy(one, low, n - cut);
    one[n - cut] = '\0';
    fs = lexicon_frames(X->lx, one, true);
    plural = fs && fs[0];
  }
  if (!fs || !fs[0] || fs[0]->tag) /* (a disaster's name: "Storm Ciaran") */
    return;
  w[i].upos = NLP_UPOS_NOUN;
  w[i].xpos = plural ? NLP_XPOS_NNS : NLP_XPOS_NN;
  w[i].lemma = fs[0]->lemma;
}

/* Makes word i a name: a proper noun, its own lemma. */
static void retag_name(const annals_doc *doc, nlp_word *w, size_t i,
                       GStringChunk *strings) {
  const annals_word *aw = &doc->words[i];
  w[i].upos = NLP_UPOS_PROPN;
  w[i].xpos = NLP_XPOS_NNP;
  w[i].lemma = g_string_chunk_insert_len(strings, doc->text + aw->start,
                                         (gssize)(aw->end - aw->start));
}

/* The surnames of a text: the last words of the names inside its
 * sentences (not first, where any word has a capital) that a name the
 * gazetteer does not know comes before ("Evo Morales", not "Bangladesh
 * Army" nor "Nobel Peace Prize"), as keys of a new set of their
 * spellings. */
static GHashTable *text_names(const xctx *X, const annals_doc *doc,
                              const nlp_word *w) {
  GHashTable *names =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  for (size_t si = 0; si < doc->n_sents; si++) {
    const annals_doc_sentence *s = &doc->sents[si];
    size_t end = s->first + s->n;
    for (size_t i = s->first + 1; i < end; i++) {
      const annals_word *aw = &doc->words[i], *pw = &doc->words[i - 1];
      if (w[i].upos != NLP_UPOS_PROPN || !(w[i].flags & NLP_WF_CAP) ||
          w[i - 1].upos != NLP_UPOS_PROPN ||
          (i + 1 < end && w[i + 1].upos == NLP_UPOS_PROPN) ||
          aw->end - aw->start <= 2 || aw->end - aw->start >= 40 ||
          gaz_lookup(X->g, doc->text, pw->start, pw->end))
        continue;
      g_hash_table_add(names,
                       g_strndup(doc->text + aw->start, aw->end - aw->start));
    }
  }
  return names;
}

/* "Morales, who stepped down Sunday, was granted asylum": a sentence's
 * first word, read as a common noun ("morale") or an adjective with its
 * capital, that is a surname of the text ("Evo Morales") is that
 * name. */
static void retag_opening_known(const annals_doc *doc, nlp_word *w, size_t si,
                                GHashTable *names, GStringChunk *strings) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t i = s->first;
  if (s->n < 3 || (w[i].upos != NLP_UPOS_NOUN && w[i].upos != NLP_UPOS_ADJ) ||
      !(w[i].flags & NLP_WF_CAP) || w[i + 1].upos == NLP_UPOS_PROPN)
    return;
  const annals_word *aw = &doc->words[i];
  size_t n = aw->end - aw->start;
  char key[40];
  if (n < 3 || n >= sizeof key)
    return;
  memcpy(key, doc->text + aw->start, n);
  key[n] = '\0';
  if (g_hash_table_contains(names, key))
    retag_name(doc, w, i, strings);
}

/* "Beijing summoned the ambassador": a sentence's first word that the
 * tagger took for a verb form by its ending, but that the gazetteer
 * knows and that a verb follows, is a name ("Reading the statement, he
 * said" keeps its verb). */
static void retag_opening_name(const xctx *X, const annals_doc *doc,
                               nlp_word *w, size_t si,
                               GStringChunk *strings) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t i = s->first;
  if (s->n < 3 || (w[i].upos != NLP_UPOS_VERB && w[i].upos != NLP_UPOS_AUX) ||
      !(w[i].flags & NLP_WF_CAP))
    return;
  const nlp_word *nx = &w[i + 1];
  bool verb_next = (nx->upos == NLP_UPOS_VERB || nx->upos == NLP_UPOS_AUX) &&
                   (nx->xpos == NLP_XPOS_VBD || nx->xpos == NLP_XPOS_VBZ ||
                    nx->xpos == NLP_XPOS_VBP || nx->xpos == NLP_XPOS_MD ||
                    nx->xpos == NLP_XPOS_VBN);
  if (!verb_next && nx->xpos != NLP_XPOS_POS)
    return;
  const annals_word *aw = &doc->words[i];
  if (!gaz_lookup(X->g, doc->text, aw->start, aw->end))
    return;
  retag_name(doc, w, i, strings);
}

/* "South Korean police": capitalised words that together are a name
 * the gazetteer knows (a state's, or its people's) are words of a name,
 * whatever the tagger made of them one by one ("South" at the start of a
 * sentence was read as an adverb); so is a known name of one word the
 * tagger gave a tag of no word of prose. */
static void retag_gazetteer_runs(const xctx *X, const annals_doc *doc,
                                 nlp_word *w, size_t si,
                                 GStringChunk *strings) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t e = s->first + s->n;
  for (size_t i = s->first; i < e; i++) {
    /* (and one word of a tag no word of prose has: "Hezbollah" opening a
     * sentence read as an interjection) */
    int u = w[i].upos;
    if ((w[i].flags & NLP_WF_CAP) &&
        (u == NLP_UPOS_INTJ || u == NLP_UPOS_X || u == NLP_UPOS_SYM) &&
        gaz_lookup(X->g, doc->text, doc->words[i].start, doc->words[i].end))
      retag_name(doc, w, i, strings);
    if (i + 1 >= e || !(w[i].flags & NLP_WF_CAP) ||
        !(w[i + 1].flags & NLP_WF_CAP))
      continue;
    /* the longest run of two or three words the gazetteer knows */
    size_t end = 0;
    for (size_t k = i + 2; k >= i + 1 && !end; k--)
      if (k < e && (w[k].flags & NLP_WF_CAP) &&
          gaz_lookup(X->g, doc->text, doc->words[i].start,
                     doc->words[k].end))
        end = k;
    if (!end)
      continue;
    /* (only the words with a tag no name's word can have: a name's
     * adjective, "African" of "African Union", keeps its tag, on which
     * the parser was trained; but a name of three words is one name
     * whatever its words: "Human Rights Watch") */
    for (size_t k = i; k <= end; k++) {
      int u = w[k].upos;
      if (u == NLP_UPOS_PROPN || u == NLP_UPOS_NUM || u == NLP_UPOS_DET ||
          ((u == NLP_UPOS_NOUN || u == NLP_UPOS_ADJ) && end == i + 1))
        continue;
      retag_name(doc, w, k, strings);
    }
    i = end;
  }
}

/* "Da Silva mentioned the benefits. He said ...": a sentence that opens
 * with a name and its verb names whom a later he or she stands for,
 * whatever its verb. */
static bool opens_with_name(const annals_doc *doc, const nlp_word *w,
                            size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t i = s->first, e = s->first + s->n;
  while (i < e && w[i].upos == NLP_UPOS_PROPN)
    i++;
  if (i == s->first)
    return false;
  while (i < e && w[i].upos == NLP_UPOS_ADV)
    i++;
  return i < e && w[i].upos == NLP_UPOS_VERB &&
         (w[i].xpos == NLP_XPOS_VBD || w[i].xpos == NLP_XPOS_VBZ ||
          w[i].xpos == NLP_XPOS_VBP);
}

/* Notes the subject of sentence si's main verb as the last one named,
 * when it is a name. */
static void note_subject(actor_ctx *ac, const annals_doc *doc,
                         const nlp_word *w, size_t si) {
  const annals_doc_sentence *s = &doc->sents[si];
  size_t e = s->first + s->n;
  for (size_t r = s->first; r < e; r++) {
    if (doc->words[r].head != -1)
      continue;
    for (size_t i = s->first; i < e; i++)
      if (doc->words[i].head == (long)r && w[i].dep == NLP_DEP_NSUBJ &&
          w[i].upos == NLP_UPOS_PROPN && !ac->date_word[i]) {
        ev_actor a;
        actor_of(ac, (int)i, &a);
        return;
      }
    return;
  }
}

static double confidence(const ev_frame *f) {
  static const double by_date[] = {
      [DH_NONE] = 0.5,   [DH_OWN] = 1.0,     [DH_CLAUSE] = 0.95,
      [DH_REPORT] = 0.9, [DH_SENT] = 0.8,    [DH_CONTEXT] = 0.7,
      [DH_DCT] = 0.75,   [DH_RECENT] = 0.7,
  };
  double s = f->def->strength > f->strength_floor ? f->def->strength
                                                   : f->strength_floor;
  double v = s * by_date[f->date_how];
  if (f->n_agents && f->n_targets)
    v *= 1.0;
  else if (f->n_agents)
    v *= 0.9;
  else if (f->n_targets)
    v *= 0.8;
  else
    v *= f->has_place ? 0.7 : 0.55;
  if (f->n_agents && f->agents[0].kind == ACT_NAMED)
    v *= 1.1;
  /* what a named speaker or a state's voice ("the interior ministry")
   * says is itself an event an analyst charts */
  if (f->content && !f->attribution && f->n_agents &&
      (f->agents[0].kind == ACT_NAMED ||
       (f->agents[0].state && f->agents[0].country)) &&
      f->date_how != DH_NONE && v < 0.35)
    v = 0.35;
  /* and a denial of a deed of force ("separatists denied shooting down
   * the airliner"), whoever denies it */
  if (f->inner && f->def->complement == FC_DENY && f->n_agents &&
      annals_type_quad(f->inner->type) == ANNALS_QUAD_MATERIAL_CONFLICT &&
      f->date_how != DH_NONE && v < 0.35)
    v = 0.35;
  /* so is a pledge one named makes to another ("the United States will
   * continue to work with the Philippines") */
  if (f->future && f->type == ANNALS_TYPE_INTEND_COOPERATION && f->n_agents &&
      f->n_targets && f->agents[0].kind == ACT_NAMED &&
      f->targets[0].kind == ACT_NAMED && f->date_how != DH_NONE && v < 0.35)
    v = 0.35;
  return v > 0.99 ? 0.99 : v;
}

static const char *how_name(int how) {
  static const char *const names[] = {"none",     "own",     "clause",
                                      "report",   "sentence", "context",
                                      "dct",      "recent"};
  return how >= 0 && how < (int)ARRAY_SIZE(names) ? names[how] : "?";
}

static void trace_actors(GString *t, const ev_actor *a, size_t n) {
  g_string_append_c(t, '[');
  for (size_t i = 0; i < n; i++) {
    g_string_append_printf(t, "%s%s", i ? ", " : "", a[i].name);
    if (a[i].country && strcmp(a[i].country, a[i].name) != 0)
      g_string_append_printf(t, " (%s)", a[i].country);
  }
  g_string_append_c(t, ']');
}

/* One line per frame for opts.trace. */
static void trace_frame(const xctx *X, const char *text, const annals_doc *doc,
                        const ev_frame *f) {
  GString *t = g_string_new(NULL);
  const annals_word *w = &doc->words[f->pred];
  g_string_append_printf(t, "sentence %zu: '%.*s' -> %s%s%s %s: ", f->sent + 1,
                         (int)(w->end - w->start), text + w->start,
                         f->def->lemma, f->def->noun ? "/n" : "",
                         f->inner ? "+" : "", annals_type_slug(f->type));
  trace_actors(t, f->agents, f->n_agents);
  g_string_append(t, " -> ");
  trace_actors(t, f->targets, f->n_targets);
  if (f->has_place)
    g_string_append_printf(t, " @%s", f->place.name);
  char wb[48];
  annals_when_format(&f->when, wb, sizeof wb);
  g_string_append_printf(t, " %s (%s)%s%s conf %.2f", wb, how_name(f->date_how),
                         f->present ? " present" : "",
                         f->reported ? " reported" : "", f->confidence);
  X->o->trace(X->o->trace_ctx, t->str);
  g_string_free(t, TRUE);
}

/* What event_object() looks back for, over the frames [0, upto) of a
 * piece: the last with agents by lemma and by type, and the last
 * material conflict (index + 1; 0: none), so that it need not scan every
 * earlier frame.  Exact because while it is in use frames are only
 * appended, their types and definitions stay, and agents are only given
 * (by event_object(), which notes it), never taken away. */
typedef struct {
  GHashTable *by_lemma; /* def->lemma -> index + 1 */
  size_t by_type[ANNALS_TYPE_COUNT];
  size_t by_code[1000]; /* by the first three digits of the CAMEO code */
  size_t material;
  size_t first_material; /* the first material conflict with a named actor */
  size_t upto;
} obj_index;

static void obj_index_init(obj_index *ix) {
  memset(ix, 0, sizeof *ix);
  ix->by_lemma = g_hash_table_new(g_str_hash, g_str_equal);
}

static void obj_index_release(obj_index *ix) {
  g_hash_table_destroy(ix->by_lemma);
}

/* The first three digits of a CAMEO code ("173" of "1731") as a number,
 * or -1. */
static int cameo3(const char *code) {
  if (!code || !g_ascii_isdigit(code[0]) || !g_ascii_isdigit(code[1]) ||
      !g_ascii_isdigit(code[2]))
    return -1;
  return (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
}

/* Notes frame j (below upto) if it has agents. */
static void obj_index_note(obj_index *ix, const ev_frame *fv, size_t j) {
  const ev_frame *e = &fv[j];
  if (!e->n_agents)
    return;
  if (GPOINTER_TO_SIZE(g_hash_table_lookup(ix->by_lemma, e->def->lemma)) < j + 1)
    g_hash_table_insert(ix->by_lemma, (gpointer)e->def->lemma,
                        GSIZE_TO_POINTER(j + 1));
  if ((unsigned)e->type < ANNALS_TYPE_COUNT && ix->by_type[e->type] < j + 1)
    ix->by_type[e->type] = j + 1;
  int c = cameo3(e->def->cameo);
  if (c >= 0 && ix->by_code[c] < j + 1)
    ix->by_code[c] = j + 1;
}

/* Takes in the frames before k. */
static void obj_index_upto(obj_index *ix, const ev_frame *fv, size_t k) {
  for (; ix->upto < k; ix->upto++) {
    if (annals_type_quad(fv[ix->upto].type) == ANNALS_QUAD_MATERIAL_CONFLICT) {
      ix->material = ix->upto + 1;
      if (!ix->first_material && fv[ix->upto].n_agents &&
          fv[ix->upto].agents[0].kind == ACT_NAMED)
        ix->first_material = ix->upto + 1;
    }
    obj_index_note(ix, fv, ix->upto);
  }
}

/* The last frame before upto with agents, told with that lemma, or of
 * type ty when it is force (fight, assault, mass violence), else of the
 * same CAMEO code (its first three digits: "the takeover" is a coup, not
 * the last arrest): index + 1, or 0. */
static size_t obj_index_last(const obj_index *ix, const char *lemma,
                             annals_type ty, const char *code) {
  size_t j = GPOINTER_TO_SIZE(g_hash_table_lookup(ix->by_lemma, lemma));
  int c = cameo3(code);
  if (ty == ANNALS_TYPE_FIGHT || ty == ANNALS_TYPE_ASSAULT ||
      ty == ANNALS_TYPE_MASS_VIOLENCE) {
    if (ix->by_type[ty] > j)
      j = ix->by_type[ty];
  } else if (c >= 0 && ix->by_code[c] > j) {
    j = ix->by_code[c];
  }
  return j;
}

/* Does f name a party (a name, not "the troops")? */
static bool named_parties(const ev_frame *f) {
  for (size_t i = 0; i < f->n_agents; i++)
    if (f->agents[i].kind == ACT_NAMED)
      return true;
  for (size_t i = 0; i < f->n_targets; i++)
    if (f->targets[i].kind == ACT_NAMED)
      return true;
  return false;
}

static size_t parties(const ev_frame *f, const char **out, size_t max);

/* Do a and b share a party, by its name or the country it is of? */
static bool share_party(const ev_frame *a, const ev_frame *b) {
  const char *pa[16], *pb[16];
  size_t na = parties(a, pa, 16), nb = parties(b, pb, 16);
  for (size_t i = 0; i < na; i++)
    for (size_t j = 0; j < nb; j++)
      if (strcmp(pa[i], pb[j]) == 0)
        return true;
  return false;
}

/* "condemned the test": a reaction to an event named by a noun is aimed
 * at whoever did that event, the last one told with that word or of
 * that noun's type ("launched missiles" ... "condemned the strike"). */
static void event_object(GArray *frames, size_t from, const annals_doc *doc,
                         const nlp_word *w, const annals_lexicon *lx,
                         obj_index *ix) {
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t k = from; k < frames->len; k++) {
    ev_frame *f = &fv[k];
    obj_index_upto(ix, fv, k);
    annals_quad q = annals_type_quad(f->type);
    bool claim = f->def->obj && strcmp(f->def->obj[0], "responsibility") == 0;
    if (q != ANNALS_QUAD_VERBAL_CONFLICT &&
        f->type != ANNALS_TYPE_INVESTIGATE && !claim)
      continue;
    bool replace_targets = !claim;
    for (size_t t = 0; t < f->n_targets; t++) {
      const ev_actor *a = &f->targets[t];
      if (a->kind != ACT_GROUP || a->word < 0 || !w[a->word].lemma)
        continue;
      const char *lemma = w[a->word].lemma;
      const frame_def *const *nf =
          w[a->word].upos == NLP_UPOS_NOUN ? lexicon_frames(lx, lemma, true)
                                           : NULL;
      annals_type ty = nf && nf[0] ? nf[0]->type : ANNALS_TYPE_NONE;
      const char *code = nf && nf[0] ? nf[0]->cameo : NULL;
      /* "Al-Shabaab claimed responsibility for the attack": the attack's
       * author, when it had none named */
      bool claim = f->n_agents && f->def->obj &&
                   strcmp(f->def->obj[0], "responsibility") == 0;
      if (claim && ix->material) {
        ev_frame *e = &fv[ix->material - 1];
        bool named = false;
        for (size_t q = 0; q < e->n_agents; q++)
          named = named || e->agents[q].kind == ACT_NAMED;
        if (!named) {
          e->agents[0] = f->agents[0];
          e->n_agents = e->n_agents ? e->n_agents : 1;
          obj_index_note(ix, fv, ix->material - 1);
        }
      }
      size_t j = replace_targets ? obj_index_last(ix, lemma, ty, code) : 0;
      /* "blocked the deployment of Kenyan police": a deed whose own
       * words name who takes part in it is not the last one told with
       * that word when none of them took part in that one (its parties
       * join later, see condemned_parties) */
      for (size_t q = from; j && q < frames->len; q++)
        if (q != k && fv[q].pred == a->word && named_parties(&fv[q]) &&
            !share_party(&fv[q], &fv[j - 1]))
          j = 0;
      /* (a statement is met by its own kind only: "rejected the verdict"
       * is not aimed at the party that won the election told before) */
      size_t jl = GPOINTER_TO_SIZE(g_hash_table_lookup(ix->by_lemma, lemma));
      if (j && j != jl && ty == ANNALS_TYPE_STATEMENT &&
          ((nf[0]->tag != NULL) != (fv[j - 1].def->tag != NULL) ||
           (nf[0]->tag && strcmp(nf[0]->tag, fv[j - 1].def->tag) != 0)))
        j = jl;
      /* "denounced the brazen act", "the incident": a word for any deed
       * is the story's first force told by its author, its news */
      static const char *const deeds[] = {"act", "incident", "action",
                                          "provocation", "aggression",
                                          NULL};
      bool deed = false;
      for (size_t d = 0; deeds[d] && !deed; d++)
        deed = strcmp(lemma, deeds[d]) == 0;
      /* (not one told where: "the incident in Bolivia" tells which by
       * its own words; "the actions of the soldiers" still is the deed
       * told) */
      const annals_doc_sentence *as = &doc->sents[f->sent];
      for (size_t i = as->first; deed && i < as->first + as->n; i++) {
        if (doc->words[i].head != a->word ||
            nlp_dep_universal(w[i].dep) != NLP_DEP_NMOD)
          continue;
        bool of = false;
        for (size_t j = as->first; j < i && !of; j++)
          of = doc->words[j].head == (long)i && w[j].dep == NLP_DEP_CASE &&
               w[j].lemma && strcmp(w[j].lemma, "of") == 0;
        deed = of;
      }
      if (!j && replace_targets && deed)
        j = ix->first_material;
      if (j && f->n_agents && fv[j - 1].n_agents &&
          strcmp(fv[j - 1].agents[0].name, f->agents[0].name) == 0)
        j = 0; /* (no one denounces their own deed) */
      if (j)
        f->targets[t] = fv[j - 1].agents[0];
    }
  }
}

/* Is lemma (which may be NULL) one of set? */
static bool lemma_in_set(const char *lemma, const char *const *set) {
  for (size_t k = 0; lemma && set[k]; k++)
    if (strcmp(lemma, set[k]) == 0)
      return true;
  return false;
}

/* "rejected the demands": a rejected saying whose sayer no earlier frame
 * told (event_object() found none) is what is rejected, no one it is
 * aimed at. */
static void drop_unsaid(GArray *frames, size_t from, const annals_doc *doc,
                        const nlp_word *w) {
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t k = from; k < frames->len; k++) {
    ev_frame *f = &fv[k];
    if (f->type != ANNALS_TYPE_REJECT || f->pred < 0)
      continue;
    for (size_t t = f->n_targets; t-- > 0;) {
      int o = f->targets[t].word;
      if (f->targets[t].kind != ACT_GROUP || o < 0 ||
          (size_t)o >= doc->n_words || doc->words[o].head != f->pred ||
          w[o].dep != NLP_DEP_OBJ || !noun_names_saying(w[o].lemma))
        continue;
      memmove(f->targets + t, f->targets + t + 1,
              (f->n_targets - t - 1) * sizeof f->targets[0]);
      f->n_targets--;
    }
  }
}

/* "Officers seized power on Wednesday.  France condemned the coup on
 * Thursday": a definite deed reacted to (condemned, welcomed, praised)
 * that is of the kind of a deed told a few sentences back is that deed,
 * no new one on the day of the reaction. */
static void reacted_deed(GArray *frames, size_t from, const annals_doc *doc,
                         const nlp_word *w) {
  static const char *const judging[] = {
      "condemn", "denounce", "criticise", "criticize", "deplore",
      "decry",   "welcome",  "praise",    "hail",      "applaud",
      "slam",    "regret",   NULL};
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t k = from; k < frames->len; k++) {
    ev_frame *f = &fv[k];
    int p = f->pred;
    if (p < 0 || w[p].upos != NLP_UPOS_NOUN || w[p].dep != NLP_DEP_OBJ ||
        doc->words[p].head < 0 ||
        !lemma_in_set(w[doc->words[p].head].lemma, judging) ||
        f->date_how == DH_OWN)
      continue;
    bool definite = false;
    const annals_doc_sentence *s = &doc->sents[f->sent];
    for (size_t i = s->first; i < s->first + s->n && !definite; i++)
      definite =
          doc->words[i].head == p && w[i].dep == NLP_DEP_DET &&
          lemma_in_set(w[i].lemma, (const char *const[]){"the", "this", NULL});
    for (size_t j = from; definite && j-- > 0;) {
      const ev_frame *e = &fv[j];
      if (e->sent + 3 < f->sent)
        break;
      if (e->type == f->type || (e->def->tag && f->def->tag &&
                                 strcmp(e->def->tag, f->def->tag) == 0)) {
        f->told_before = true;
        break;
      }
    }
  }
}

/* "Saied dismissed the government on Sunday.  Ennahdha condemned the
 * move": a reaction to "the move" (the decision, the step, such
 * measures) with no one named as its aim is aimed at whoever did the
 * last deed told, a few sentences back at most, when that was not the
 * one reacting. */
/* "Sato met North Korea's Ri Son-gwon and lodged a strong protest",
 * "the minister met his Chinese counterpart and signed a trade deal": an
 * act joined to a meeting or a visit, done by the same one, with no one
 * it is done to, is done to the one met. */
static void met_partner(GArray *frames, size_t from, const annals_doc *doc) {
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t k = from; k < frames->len; k++) {
    ev_frame *f = &fv[k];
    int p = f->pred;
    annals_quad q = annals_type_quad(f->type);
    if (p < 0 || !f->n_agents || f->n_targets || f->inner ||
        f->type == ANNALS_TYPE_CONSULT || f->type == ANNALS_TYPE_STATEMENT ||
        q == ANNALS_QUAD_MATERIAL_CONFLICT || f->type == ANNALS_TYPE_PROTEST ||
        doc->words[p].head < 0)
      continue;
    const nlp_word *w = nlp_doc_words(doc);
    if (w[p].dep != NLP_DEP_CONJ || w[p].upos != NLP_UPOS_VERB)
      continue;
    int h = (int)doc->words[p].head;
    for (size_t j = from; j < frames->len; j++) {
      const ev_frame *g = &fv[j];
      if (j == k || g->pred != h || g->type != ANNALS_TYPE_CONSULT ||
          !g->n_agents || !g->n_targets ||
          strcmp(g->agents[0].name, f->agents[0].name) != 0)
        continue;
      /* (the country visited too: "visited Kyiv and announced aid") */
      for (size_t t = 0; t < g->n_targets && f->n_targets < FRAME_MAX_ACTORS;
           t++)
        if (g->targets[t].kind == ACT_NAMED)
          f->targets[f->n_targets++] = g->targets[t];
      break;
    }
  }
}

static void move_object(GArray *frames, size_t from, const annals_doc *doc,
                        const nlp_word *w) {
  static const char *const moves[] = {"move", "decision", "step", "measure",
                                      NULL};
  static const char *const dets[] = {"the", "this", "that", "these", "those",
                                     "such", NULL};
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t k = from; k < frames->len; k++) {
    ev_frame *f = &fv[k];
    int p = f->pred;
    if (p < 0 || !f->n_agents ||
        (f->type != ANNALS_TYPE_DISAPPROVE && f->type != ANNALS_TYPE_REJECT &&
         f->type != ANNALS_TYPE_THREATEN && f->type != ANNALS_TYPE_PROTEST))
      continue;
    const annals_doc_sentence *s = &doc->sents[f->sent];
    int o = -1;
    for (size_t i = s->first; i < s->first + s->n && o < 0; i++)
      if (doc->words[i].head == p && w[i].dep == NLP_DEP_OBJ &&
          w[i].upos == NLP_UPOS_NOUN && lemma_in_set(w[i].lemma, moves))
        o = (int)i;
    bool definite = false;
    for (size_t i = s->first; o >= 0 && i < (size_t)o && !definite; i++)
      definite = doc->words[i].head == o && lemma_in_set(w[i].lemma, dets);
    /* (its place among the targets: the noun itself, or none) */
    size_t t = f->n_targets;
    for (size_t a = 0; a < f->n_targets && t == f->n_targets; a++)
      if (f->targets[a].kind == ACT_GROUP && f->targets[a].word == o)
        t = a;
    if (!definite || (t == f->n_targets && t > 0))
      continue;
    for (size_t j = k; j-- > 0;) {
      const ev_frame *e = &fv[j];
      if (e->sent + 4 < f->sent)
        break;
      /* (a deed: an act of material cooperation or conflict, or one
       * of the acts of state the lexicon tags, "dismissed the prime
       * minister", "passed a law") */
      static const char *const acts[] = {"dismissal", "appointment",
                                         "legislation", "ruling",
                                         "independence", NULL};
      annals_quad q = annals_type_quad(e->type);
      if ((q != ANNALS_QUAD_MATERIAL_CONFLICT &&
           q != ANNALS_QUAD_MATERIAL_COOPERATION &&
           !(e->type == ANNALS_TYPE_STATEMENT &&
             lemma_in_set(e->def->tag, acts))) ||
          !e->n_agents || e->agents[0].kind != ACT_NAMED)
        continue;
      /* (the last deed or none: a decision, a step, a measure is no
       * act of force, which "the strikes" would name) */
      if ((e->type == ANNALS_TYPE_FIGHT || e->type == ANNALS_TYPE_ASSAULT ||
           e->type == ANNALS_TYPE_MASS_VIOLENCE) &&
          strcmp(w[o].lemma, "move") != 0)
        break;
      /* (all who did it: "Arcadia and Borduria cut ties") */
      for (size_t a = 0; a < e->n_agents && t < FRAME_MAX_ACTORS; a++) {
        if (e->agents[a].kind != ACT_NAMED ||
            strcmp(e->agents[a].name, f->agents[0].name) == 0)
          continue;
        f->targets[t] = e->agents[a];
        f->n_targets += t == f->n_targets;
        t = f->n_targets;
      }
      break;
    }
  }
}

/* "The Houthis claimed an attack on a US destroyer": a deed of force
 * one claims as the object of "claim" is one's own deed, when it names no
 * one else doing it. */
static void claimed_deeds(GArray *frames, size_t from, const annals_doc *doc,
                          const nlp_word *w) {
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t k = from; k < frames->len; k++) {
    const ev_frame *f = &fv[k];
    int p = f->pred;
    if (p < 0 || !f->def->lemma || strcmp(f->def->lemma, "claim") != 0 ||
        w[p].upos != NLP_UPOS_VERB || !f->n_agents ||
        f->agents[0].kind != ACT_NAMED)
      continue;
    for (size_t j = from; j < frames->len; j++) {
      ev_frame *g = &fv[j];
      /* (the deed claimed, or the one it claimed responsibility for) */
      long gh = g->pred >= 0 ? doc->words[g->pred].head : -1;
      bool for_it = gh >= 0 && doc->words[gh].head == p &&
                    w[gh].dep == NLP_DEP_OBJ && w[gh].lemma &&
                    (strcmp(w[gh].lemma, "responsibility") == 0 ||
                     strcmp(w[gh].lemma, "credit") == 0) &&
                    nlp_dep_universal(w[g->pred].dep) == NLP_DEP_NMOD;
      /* (or hung on the claim itself: "claimed responsibility | for an
       * attack") */
      for_it = for_it || (gh == p && f->def->obj &&
                          strcmp(f->def->obj[0], "responsibility") == 0 &&
                          nlp_dep_universal(w[g->pred].dep) == NLP_DEP_OBL);
      if (j == k || g->pred < 0 ||
          (!for_it && (gh != p || w[g->pred].dep != NLP_DEP_OBJ)) ||
          w[g->pred].upos != NLP_UPOS_NOUN ||
          (g->type != ANNALS_TYPE_FIGHT && g->type != ANNALS_TYPE_ASSAULT &&
           g->type != ANNALS_TYPE_MASS_VIOLENCE))
        continue;
      bool named = false;
      for (size_t a = 0; a < g->n_agents; a++)
        named = named || g->agents[a].kind == ACT_NAMED;
      if (named)
        continue;
      g->n_agents = 0;
      for (size_t a = 0; a < f->n_agents && a < FRAME_MAX_ACTORS; a++)
        g->agents[g->n_agents++] = f->agents[a];
    }
  }
}

/* "40 people were killed when Russian missiles struck a market": a
 * death or a wound told in the passive with no one doing it, whose
 * clause is set beside a deed of force ("when", "as", "after") that
 * names who did it, was done by them. */
static void deaths_of_deed(GArray *frames, size_t from, const annals_doc *doc,
                           const nlp_word *w) {
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t k = from; k < frames->len; k++) {
    ev_frame *f = &fv[k];
    int p = f->pred;
    if (p < 0 || f->n_agents || !f->passive ||
        w[p].upos != NLP_UPOS_VERB || f->type != ANNALS_TYPE_ASSAULT)
      continue;
    for (size_t j = from; j < frames->len; j++) {
      const ev_frame *g = &fv[j];
      int q = g->pred;
      if (j == k || q < 0 || !g->n_agents || g->agents[0].kind != ACT_NAMED ||
          (g->type != ANNALS_TYPE_FIGHT && g->type != ANNALS_TYPE_ASSAULT) ||
          nlp_dep_universal(w[q].dep) != NLP_DEP_ADVCL ||
          doc->words[q].head != p)
        continue;
      bool when = false;
      const annals_doc_sentence *s = &doc->sents[g->sent];
      for (size_t i = s->first; i < s->first + s->n && !when; i++)
        when = doc->words[i].head == q &&
               (w[i].dep == NLP_DEP_MARK || w[i].dep == NLP_DEP_ADVMOD) &&
               w[i].lemma &&
               (strcmp(w[i].lemma, "when") == 0 ||
                strcmp(w[i].lemma, "as") == 0 ||
                strcmp(w[i].lemma, "after") == 0);
      if (!when)
        continue;
      for (size_t a = 0; a < g->n_agents && a < FRAME_MAX_ACTORS; a++)
        f->agents[f->n_agents++] = g->agents[a];
      break;
    }
  }
}

/* The name or country of target t of f ("Pakistan" of the Pakistani
 * embassy), or NULL when it is neither named nor of a country. */
static const char *target_side(const ev_actor *t) {
  return t->country ? t->country : t->kind == ACT_NAMED ? t->name : NULL;
}

/* Could f and e be one deed by whom they befell: true unless both name
 * whom and have none in common. */
static bool same_targets(const ev_frame *f, const ev_frame *e) {
  bool fn = false, en = false;
  for (size_t i = 0; i < f->n_targets; i++) {
    const char *a = target_side(&f->targets[i]);
    fn = fn || a;
    for (size_t j = 0; a && j < e->n_targets; j++) {
      const char *b = target_side(&e->targets[j]);
      en = en || b;
      if (b && strcmp(a, b) == 0)
        return true;
    }
  }
  for (size_t j = 0; j < e->n_targets && !en; j++)
    en = target_side(&e->targets[j]) != NULL;
  return !(fn && en);
}

/* "Russia launched missile attacks across Ukraine.  One of the strikes
 * damaged a hospital": a deed of force named again by a definite noun
 * with no one doing it ("the strikes", "the attack") is the last one
 * told, a few sentences back at most, and was done by the one who did
 * that. */
static void event_anaphor(GArray *frames, size_t from, const annals_doc *doc,
                          const nlp_word *w) {
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t k = from; k < frames->len; k++) {
    ev_frame *f = &fv[k];
    int p = f->pred;
    if (f->n_agents || w[p].upos != NLP_UPOS_NOUN ||
        (f->type != ANNALS_TYPE_FIGHT && f->type != ANNALS_TYPE_ASSAULT &&
         f->type != ANNALS_TYPE_MASS_VIOLENCE &&
         f->type != ANNALS_TYPE_FORCE_POSTURE))
      continue;
    /* (only "the strikes" itself: a noun a clause tells more of is
     * another one, "the war Saddam imposed on Iran") */
    const annals_doc_sentence *s = &doc->sents[f->sent];
    bool definite = false, told = false;
    for (size_t i = s->first; i < s->first + s->n; i++) {
      if (doc->words[i].head != p)
        continue;
      int u = nlp_dep_universal(w[i].dep);
      definite = definite || (w[i].dep == NLP_DEP_DET && w[i].lemma &&
                              (strcmp(w[i].lemma, "the") == 0 ||
                               strcmp(w[i].lemma, "this") == 0 ||
                               strcmp(w[i].lemma, "these") == 0));
      told = told || u == NLP_DEP_ACL;
    }
    /* (nor one reacted to, "condemned the escalation": that is the
     * deed told before, no new one) */
    if (!definite || told || w[p].dep == NLP_DEP_OBJ)
      continue;
    for (size_t j = from; j-- > 0;) {
      const ev_frame *e = &fv[j];
      if (e->sent + 3 < f->sent)
        break;
      /* (a deed of the same kind told as one an analyst would chart,
       * not of another time: "the massacres in the 1994 genocide" are
       * not this year's offensive) */
      if (e->type != f->type || !e->n_agents ||
          e->agents[0].kind != ACT_NAMED || confidence(e) < 0.35)
        continue;
      bool fd = f->date_how == DH_OWN || f->date_how == DH_SENT ||
                f->date_how == DH_CLAUSE;
      bool ed = e->date_how == DH_OWN || e->date_how == DH_SENT ||
                e->date_how == DH_CLAUSE;
      if (fd && ed &&
          llabs(annals_date_first_day(&f->when.start) -
                annals_date_first_day(&e->when.start)) > 60)
        break;
      /* (nor a deed on others than that one befell: "the attack on the
       * Pakistani embassy" is not China's ramming of a Philippine boat
       * told before) */
      if (!same_targets(f, e))
        break;
      /* (nor one who suffers it: "strikes against the Houthis") */
      bool suffers = false;
      for (size_t a = 0; a < e->n_agents && !suffers; a++)
        for (size_t t = 0; t < f->n_targets && !suffers; t++)
          suffers = strcmp(e->agents[a].name, f->targets[t].name) == 0;
      if (!suffers)
        for (size_t a = 0; a < e->n_agents; a++)
          f->agents[f->n_agents++] = e->agents[a];
      break;
    }
  }
}

/* The country of a dateline ("NAIROBI, July 15 (Staff) -", "COLOMBO -")
 * at the start of one of the first units of the text, or NULL. */
static const char *dateline_country(const xctx *X, const char *text,
                                    const annals_doc *doc) {
  for (size_t i = 0; i < doc->n_sents && i < 4; i++) {
    size_t a = doc->sents[i].start, e = doc->sents[i].end, k = a;
    while (k < e && (g_ascii_isupper(text[k]) || text[k] == ' ' ||
                     text[k] == '.' || text[k] == '\'' ||
                     (text[k] == '-' && k > a && k + 1 < e &&
                      g_ascii_isupper(text[k + 1])))) /* PORT-AU-PRINCE */
      k++;
    while (k > a && text[k - 1] == ' ')
      k--;
    bool whole = k == e && (doc->sents[i].flags & ANNALS_SENT_DATELINE);
    if (k - a < 3 || (k >= e && !whole) ||
        (!whole && !(text[k] == ',' || text[k] == ' ' || text[k] == ':')))
      continue;
    const gaz_entity *g = gaz_lookup(X->g, text, a, k);
    if (g && (g->kind == ENT_CITY || g->kind == ENT_REGION ||
              g->kind == ENT_COUNTRY))
      return entity_country(g);
  }
  return NULL;
}

/* Is text[s..e) a weekday alone ("Monday", "Monday night")? */
static bool bare_weekday(const char *text, size_t s, size_t e) {
  static const char *const days[] = {"monday", "tuesday", "wednesday",
                                     "thursday", "friday", "saturday",
                                     "sunday"};
  static const char *const parts[] = {"", " morning", " afternoon",
                                      " evening", " night"};
  for (size_t i = 0; i < ARRAY_SIZE(days); i++)
    for (size_t j = 0; j < ARRAY_SIZE(parts); j++) {
      size_t a = strlen(days[i]), b = strlen(parts[j]);
      if (e - s == a + b && g_ascii_strncasecmp(text + s, days[i], a) == 0 &&
          g_ascii_strncasecmp(text + s + a, parts[j], b) == 0)
        return true;
    }
  return false;
}

/* Is verb v told in the past: "called", "has called", "was called"? */
static bool past_verb(const annals_doc *doc, const nlp_word *w, size_t v) {
  if (w[v].xpos == NLP_XPOS_VBD)
    return true;
  if (w[v].xpos != NLP_XPOS_VBN)
    return false;
  for (size_t i = doc->sents[doc->words[v].sentence].first; i < v; i++)
    if (doc->words[i].head == (long)v && w[i].xpos == NLP_XPOS_VBD &&
        (w[i].upos == NLP_UPOS_AUX))
      return true; /* "had agreed", "was killed" */
  for (size_t i = doc->sents[doc->words[v].sentence].first; i < v; i++)
    if (doc->words[i].head == (long)v && w[i].lemma &&
        strcmp(w[i].lemma, "have") == 0 && w[i].xpos != NLP_XPOS_MD)
      return true; /* "has agreed" */
  return false;
}

/* The verb whose tense infinitive v tells in: "decided to suspend",
 * "forced the minister to resign" (the infinitive may hang on the
 * object of a verb of making); v itself when it is none. */
static long tense_verb(const annals_doc *doc, const nlp_word *w, long v) {
  for (int k = 0; k < 3 && v >= 0 && w[v].xpos == NLP_XPOS_VB; k++) {
    long h = doc->words[v].head;
    if (h < 0)
      break;
    if (w[v].dep == NLP_DEP_XCOMP && w[h].upos == NLP_UPOS_VERB)
      v = h;
    else if (w[v].dep == NLP_DEP_ACL && w[h].dep == NLP_DEP_OBJ &&
             doc->words[h].head >= 0 &&
             making_verb(&w[doc->words[h].head]))
      v = doc->words[h].head;
    else
      break;
  }
  return v;
}

/* A weekday the date layer read ahead of the document date in a sentence
 * whose verb for it is in the past tense ("The president called the deal
 * illegal on Monday"): the tree knows better than the words around it,
 * so the day is the one of the week before. */
static void past_weekdays(const xctx *X, const char *text,
                          const annals_doc *doc, const nlp_word *w,
                          size_t si, GArray *dates, size_t da, size_t db) {
  if (X->dct.date.prec != ANNALS_PREC_DAY)
    return;
  int64_t dct = annals_date_first_day(&X->dct.date);
  const annals_doc_sentence *s = &doc->sents[si];
  for (size_t k = da; k < db; k++) {
    ev_date *d = &g_array_index(dates, ev_date, k);
    if (d->first < (int)s->first || d->first >= (int)(s->first + s->n) ||
        d->usable || d->when.start.prec != ANNALS_PREC_DAY ||
        d->when.interval || !(d->flags & ANNALS_TIMEX_F_RELATIVE) ||
        !bare_weekday(text, d->start, d->end))
      continue;
    int64_t day = annals_date_first_day(&d->when.start);
    if (day <= dct || day - 7 > dct)
      continue;
    long h = d->first;
    while (h >= 0 && doc->words[h].head >= d->first &&
           doc->words[h].head <= d->last)
      h = doc->words[h].head;
    long v = h >= 0 ? doc->words[h].head : -1;
    for (int steps = 0; v >= 0 && w[v].upos != NLP_UPOS_VERB && steps < 4;
         steps++)
      v = doc->words[v].head;
    v = tense_verb(doc, w, v);
    if (v < 0 || w[v].upos != NLP_UPOS_VERB || !past_verb(doc, w, (size_t)v))
      continue;
    int y, m, dd;
    annals_civil_from_days(day - 7, &y, &m, &dd);
    d->when.start.y = d->when.end.y = y;
    d->when.start.m = d->when.end.m = m;
    d->when.start.d = d->when.end.d = dd;
    d->usable = true;
  }
}

/* Is predicate p told in the simple past or the present perfect ("Xi
 * congratulated", "Ghani has left"), not the past perfect of background
 * ("had threatened for months")?  An event noun is told by its verb. */
static bool recent_past(const annals_doc *doc, const nlp_word *w, int p) {
  if (w[p].upos == NLP_UPOS_NOUN && doc->words[p].head >= 0 &&
      w[doc->words[p].head].upos == NLP_UPOS_VERB)
    p = (int)doc->words[p].head;
  if (w[p].upos != NLP_UPOS_VERB)
    return false;
  /* "decided to suspend Guinea": an infinitive tells in the tense of the
   * verb it completes */
  p = (int)tense_verb(doc, w, p);
  /* "..., with Putin saying that ...": a participle tells in the tense
   * of the clause it hangs on (through the nouns between) */
  for (int k = 0; k < 4 && w[p].xpos == NLP_XPOS_VBG; k++) {
    long h = doc->words[p].head;
    while (h >= 0 && w[h].upos == NLP_UPOS_NOUN && k++ < 4)
      h = doc->words[h].head;
    if (h < 0 || w[h].upos != NLP_UPOS_VERB)
      return false;
    p = (int)h;
  }
  const annals_doc_sentence *s = &doc->sents[doc->words[p].sentence];
  bool have = false, had = false, was = false, aux = false;
  /* "Pakistan once fought a war": a time long or vaguely past */
  static const char *const vague[] = {"once",   "previously", "formerly",
                                      "before", "earlier",    "historically",
                                      "long",   "repeatedly", "often",
                                      "ever",   "never",      "already"};
  for (size_t i = s->first; i < s->first + s->n; i++) {
    if (doc->words[i].head == p && w[i].upos == NLP_UPOS_ADV && w[i].lemma)
      for (size_t k = 0; k < ARRAY_SIZE(vague); k++)
        if (strcmp(w[i].lemma, vague[k]) == 0)
          return false;
    if (doc->words[i].head != p || w[i].upos != NLP_UPOS_AUX || !w[i].lemma)
      continue;
    aux = true;
    if (strcmp(w[i].lemma, "have") == 0) {
      have = true;
      had = had || w[i].xpos == NLP_XPOS_VBD;
    } else if (w[i].xpos == NLP_XPOS_MD) {
      return false; /* "would have", "could" */
    } else if (strcmp(w[i].lemma, "be") == 0 && w[i].xpos == NLP_XPOS_VBD) {
      was = true; /* "forces were sent": the past passive */
    }
  }
  if (had)
    return false;
  /* "was the first leader to visit": the infinitive of a noun predicate
   * tells in the tense of its copula */
  long n = doc->words[p].head;
  if (w[p].xpos == NLP_XPOS_VB &&
      (w[p].dep == NLP_DEP_ACL || w[p].dep == NLP_DEP_ADVCL) && n >= 0 &&
      w[n].upos == NLP_UPOS_NOUN)
    for (size_t i = s->first; i < s->first + s->n; i++)
      if (doc->words[i].head == n && w[i].dep == NLP_DEP_COP &&
          w[i].xpos == NLP_XPOS_VBD)
        return true;
  /* ("Ortega captured by rebel forces": a headline's participle, the
   * sentence's root with no auxiliary, tells a recent past) */
  return w[p].xpos == NLP_XPOS_VBD ||
         (w[p].xpos == NLP_XPOS_VBN &&
          (have || was || (doc->words[p].head < 0 && !aux)));
}

/* Dates frame f by the saying that reports it, among the frames of its
 * sentence (from index before on), when that saying has a date of its
 * own; returns whether it did. */
static bool report_date(GArray *frames, size_t before, ev_frame *f) {
  for (size_t j = before; j < frames->len && f->report_pred >= 0; j++) {
    const ev_frame *r = &g_array_index(frames, ev_frame, j);
    if (r->pred == f->report_pred && r->date_how != DH_NONE &&
        r->date_how != DH_DCT) {
      f->when = r->when;
      f->approximate = r->approximate;
      f->date_how = DH_REPORT;
      return true;
    }
  }
  return false;
}

/* Frames of every sentence, dated; appended to frames. */
/* Dates the frames of each opening clause (see opener) from the day of
 * the rest of its sentence, when that has one and the clause has none of
 * its own. */
static void date_openers(const xctx *X, const annals_doc *doc,
                         const GArray *openers, GArray *frames) {
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t k = 0; k < openers->len; k++) {
    const opener *o = &g_array_index(openers, opener, k);
    const annals_date *base = NULL;
    for (size_t j = 0; j < frames->len && !base; j++) {
      const ev_frame *f = &fv[j];
      const annals_word *pw = &doc->words[f->pred];
      if (f->sent == o->sent && pw->start > o->end &&
          f->date_how != DH_NONE && f->date_how != DH_RECENT &&
          !f->when.interval && f->when.start.prec >= o->unit)
        base = &f->when.start;
    }
    if (!base)
      continue;
    annals_date at = *base;
    at.prec = o->unit;
    if (o->unit == ANNALS_PREC_YEAR) {
      at.y += o->n;
      at.m = at.d = 0;
    } else if (o->unit == ANNALS_PREC_MONTH) {
      int mm = at.y * 12 + at.m - 1 + o->n;
      at.y = mm / 12;
      at.m = mm % 12 + 1;
      at.d = 0;
    } else {
      annals_civil_from_days(annals_date_first_day(base) + o->n, &at.y, &at.m,
                             &at.d);
    }
    if (X->dct.date.prec != ANNALS_PREC_NONE &&
        annals_date_first_day(&at) > annals_date_last_day(&X->dct.date))
      continue;
    for (size_t j = 0; j < frames->len; j++) {
      ev_frame *f = &fv[j];
      const annals_word *pw = &doc->words[f->pred];
      if (f->sent != o->sent || pw->start < o->start || pw->start > o->end ||
          f->date_how == DH_OWN)
        continue;
      f->when.start = f->when.end = at;
      f->when.interval = false;
      f->date_how = DH_CLAUSE;
      f->future = false;
      f->approximate = f->approximate || o->unit != ANNALS_PREC_DAY;
    }
  }
}

static void find_frames(xctx *X, const char *text, annals_doc *doc,
                        GArray *dates, GArray *frames,
                        GStringChunk *strings) {
  nlp_word *w = nlp_doc_words(doc);
  actor_ctx ac;
  memset(&ac, 0, sizeof ac);
  ac.text = text;
  ac.doc = doc;
  ac.w = w;
  ac.g = X->g;
  ac.weapons = lexicon_class(X->lx, "weapon");
  ac.premises = lexicon_class(X->lx, "premises");
  ac.body_parts = lexicon_class(X->lx, "body-part");
  ac.landmarks = lexicon_class(X->lx, "landmark");
  ac.strings = strings;
  const ev_date *dv = (const ev_date *)(void *)dates->data;
  bool *date_word = g_new0(bool, doc->n_words ? doc->n_words : 1);
  for (size_t k = 0; k < dates->len; k++)
    for (int i = dv[k].first; i <= dv[k].last; i++)
      date_word[i] = true;
  ac.date_word = date_word;
  ac.dateline_country = dateline_country(X, text, doc);
  X->dateline_country = ac.dateline_country;
  actor_acronyms(&ac);
  int *speakers = quote_speakers(X->m, X->lx, doc, w);
  ac.quote_speaker = speakers;
  obj_index oi;
  obj_index_init(&oi);
  annals_when ctx;
  memset(&ctx, 0, sizeof ctx);
  size_t ctx_sent = 0;
  /* the story's time was told in the present ("On July 18, 1990,
   * tensions spiral after Iraq accuses Kuwait"): a recap in the
   * historic present, whose present tense goes on telling that time */
  bool ctx_historic = false;
  bool have_dct = X->dct.date.prec != ANNALS_PREC_NONE;
  /* the last day of the news told so far: a day the text dates an act
   * by, in the week up to the document's date (NONE: none yet) */
  annals_date news_day;
  memset(&news_day, 0, sizeof news_day);
  /* ("HANDLOVA, May 15 (TASR) - ... was shot": the dateline's day, in
   * the week up to the document's date, is the first news day) */
  for (size_t k = 0; k < dates->len && dv[k].start < 200 && have_dct; k++)
    if (tx_dateline_kind(text, doc->len, dv[k].start, dv[k].end) == 1 &&
        dv[k].when.start.prec == ANNALS_PREC_DAY && !dv[k].when.interval &&
        X->dct.date.prec == ANNALS_PREC_DAY &&
        annals_date_first_day(&dv[k].when.start) <=
            annals_date_first_day(&X->dct.date) &&
        annals_date_first_day(&dv[k].when.start) + 7 >=
            annals_date_first_day(&X->dct.date)) {
      news_day = dv[k].when.start;
      break;
    }
  GHashTable *names = text_names(X, doc, w);
  size_t da = 0; /* the first date not before sentence si */
  for (size_t si = 0; si < doc->n_sents; si++) {
    /* A narrative date and the people named carry across paragraphs:
     * news often gives each sentence a paragraph of its own. */
    size_t before = frames->len;
    const annals_doc_sentence *sent = &doc->sents[si];
    while (da < dates->len && dv[da].end <= sent->start)
      da++;
    size_t db = da; /* the sentence's dates: [da, db) */
    while (db < dates->len && dv[db].start < sent->end)
      db++;
    retag_opening_known(doc, w, si, names, strings);
    retag_number_words(doc, w, si, strings);
    retag_person_adjective(doc, w, si, strings);
    retag_modal_nouns(doc, w, si, strings);
    retag_adjective_event(X, doc, w, si);
    retag_passive_deed(X, doc, w, si, strings);
    retag_false_gerund(X, doc, w, si, strings);
    retag_opening_noun(X, doc, w, si);
    retag_opening_trade(X, doc, w, si, strings);
    retag_opening_name(X, doc, w, si, strings);
    if (sentence_may_hold_event(X, doc, w, si)) {
      retag_gazetteer_runs(X, doc, w, si, strings);
      annals_doc_parse_sentence(X->m, doc, si);
      tree_repair(X->lx, doc, w, date_word, si);
      past_weekdays(X, text, doc, w, si, dates, da, db);
      frames_find(&ac, X->lx, si, db > da ? dv + da : NULL, db - da, frames);
      event_object(frames, before, doc, w, X->lx, &oi);
      drop_unsaid(frames, before, doc, w);
      /* (a deed claimed is the claimer's before it is the last one
       * told: "Al-Shabaab claimed responsibility for the attack") */
      claimed_deeds(frames, before, doc, w);
      deaths_of_deed(frames, before, doc, w);
      event_anaphor(frames, before, doc, w);
      reacted_deed(frames, before, doc, w);
      move_object(frames, before, doc, w);
      met_partner(frames, before, doc);
      note_subject(&ac, doc, w, si);
    } else if (opens_with_name(doc, w, si)) {
      annals_doc_parse_sentence(X->m, doc, si);
      note_subject(&ac, doc, w, si);
    }
    for (size_t k = before; k < frames->len; k++) {
      ev_frame *f = &g_array_index(frames, ev_frame, k);
      if (f->planned || f->told_before)
        continue;
      if (f->future && f->date_how != DH_REPORT && f->date_how != DH_CLAUSE &&
          f->date_how != DH_SENT) {
        /* a pledge or threat is made when it is told: when its saying
         * is dated ("May 8, 2018 - Trump announces the US will
         * withdraw"), else when the text is written; never on the day
         * of what it promises ("a nation that will host the 2022 World
         * Cup", in a text of 2017 that gives no date of its own) */
        f->date_how = DH_NONE;
        memset(&f->when, 0, sizeof f->when);
        f->present = !report_date(frames, before, f);
      }
      if (f->date_how != DH_NONE || f->looks_back)
        continue;
      /* "May 12 - Tankers are attacked. The US blames Iran.": in a
       * chronology the present tells the entry's day */
      bool in_ctx = ctx.start.prec != ANNALS_PREC_NONE &&
                    si - ctx_sent <= CONTEXT_SENTENCES;
      bool historic = (X->chronology || ctx_historic) && in_ctx;
      if ((f->present || (f->sent_present && !f->reported)) && have_dct &&
          !historic) {
        f->when.start = f->when.end = X->dct.date;
        f->when.interval = false;
        f->date_how = DH_DCT;
        f->approximate = true;
      } else if ((!f->present || historic) && in_ctx) {
        f->when = ctx;
        f->date_how = DH_CONTEXT;
      } else if (!f->present && X->dct.date.prec == ANNALS_PREC_DAY &&
                 recent_past(doc, w, f->pred)) {
        /* "Xi congratulated the new members": news tells in the simple
         * past what happened lately: on the news day told last, else in
         * the document's month */
        f->when.start = f->when.end =
            news_day.prec != ANNALS_PREC_NONE ? news_day : X->dct.date;
        if (news_day.prec == ANNALS_PREC_NONE) {
          f->when.start.d = f->when.end.d = 0;
          f->when.start.prec = f->when.end.prec = ANNALS_PREC_MONTH;
        }
        f->when.interval = false;
        f->date_how = DH_RECENT;
        f->approximate = true;
      }
    }
    /* "Bahrain's news agency said the kingdom was cutting ties", "said
     * it had expelled Qatar": what a saying tells in the past without a
     * date of its own happened when it was told */
    for (size_t k = before; k < frames->len; k++) {
      ev_frame *f = &g_array_index(frames, ev_frame, k);
      if (f->date_how != DH_NONE || f->report_pred < 0 || f->future ||
          f->present || f->looks_back)
        continue;
      report_date(frames, before, f);
    }
    /* the narrative time for the sentences after: the date of the last
     * event of this sentence dated by its own words */
    /* (the main clause's date first: "X summoned the envoy on Monday to
     * protest the harassment on March 23. X also ...") */
    bool main_dated = false;
    for (size_t k = before; k < frames->len; k++) {
      const ev_frame *f = &g_array_index(frames, ev_frame, k);
      /* (not a span's start: "head of the Guard since 2011") */
      /* (nor a relative clause's: "Keita, who took power in 2013"; nor
       * what a saying tells after it, but the news told before its
       * source is: "X arrested Y on Sunday, the army said") */
      bool fronted = f->reported && f->report_pred > f->pred;
      /* (but a past act a saying dates by its own day does: "X said it
       * conducted a test Monday. Y put troops on alert") */
      fronted = fronted || (f->reported && !f->future && !f->present &&
                            f->date_how == DH_OWN && !f->when.interval &&
                            f->when.start.prec == ANNALS_PREC_DAY);
      /* (but a relative clause telling the news of the last days does:
       * "arrested a general who staged a coup attempt Wednesday") */
      bool news = f->relative && have_dct &&
                  f->when.start.prec == ANNALS_PREC_DAY &&
                  !f->when.interval &&
                  annals_date_first_day(&f->when.start) <=
                      annals_date_first_day(&X->dct.date) &&
                  annals_date_first_day(&f->when.start) + 7 >=
                      annals_date_first_day(&X->dct.date);
      /* (a recap's line in the present under its far date: "On July 18,
       * 1990, tensions spiral after Iraq accuses Kuwait") */
      bool recap = (f->present || f->sent_present) && !f->future &&
                   (f->date_how == DH_OWN || f->date_how == DH_SENT) &&
                   have_dct && !f->when.interval &&
                   f->when.start.prec == ANNALS_PREC_DAY &&
                   annals_date_last_day(&f->when.end) + 365 <
                       annals_date_first_day(&X->dct.date);
      /* (nor a clause opened by "after" or "before" with a date of its
       * own, which tells what came before or after the news: "It was the
       * second vote, after lawmakers boycotted it last Saturday"; but "On
       * March 3, tensions rise after X accuses Y" opens a recap) */
      bool background = f->date_how == DH_OWN && f->after_main;
      if ((f->date_how == DH_OWN || f->date_how == DH_CLAUSE ||
           ((news || recap) && f->date_how == DH_SENT)) &&
          !f->date_since && !f->date_named && (!f->reported || fronted) &&
          (!f->relative || news) && !background &&
          (!main_dated || doc->words[f->pred].head == -1) &&
          !picture_line(doc, w, si) &&
          /* (a decade or a century is an age, no time the next
           * sentences tell of: "a temple dating to the 11th century") */
          !(f->when.interval && f->when.end.y - f->when.start.y >= 9)) {
        ctx = f->when;
        ctx_sent = si;
        ctx_historic = recap;
        main_dated = doc->words[f->pred].head == -1;
      }
      /* (nor is the start of a state a news day: "held captive since
       * Wednesday") */
      if (have_dct && f->date_how == DH_OWN && !f->future && !f->present &&
          !f->date_since && !f->when.interval && !background &&
          f->when.start.prec == ANNALS_PREC_DAY &&
          X->dct.date.prec == ANNALS_PREC_DAY &&
          annals_date_first_day(&f->when.start) <=
              annals_date_first_day(&X->dct.date) &&
          annals_date_first_day(&f->when.start) + 7 >=
              annals_date_first_day(&X->dct.date))
        news_day = f->when.start;
    }
    /* a saying that reports an event of another kind only names the
     * source of that event */
    for (size_t k = before; k < frames->len; k++) {
      const ev_frame *f = &g_array_index(frames, ev_frame, k);
      /* the event is what is said: the head of the content, or the
       * object of its verb when the verb told no act of its own ("the
       * government approved a state of emergency, she said") */
      if (f->report_pred < 0 || f->type == ANNALS_TYPE_STATEMENT || f->future)
        continue; /* "X said he would": the saying is the news */
      long ch = doc->words[f->pred].head;
      bool object_told = ch >= 0 && doc->words[ch].head == f->report_pred &&
                         w[f->pred].dep == NLP_DEP_OBJ &&
                         w[ch].upos == NLP_UPOS_VERB;
      for (size_t j = before; j < frames->len && object_told; j++)
        object_told = g_array_index(frames, ev_frame, j).pred != (int)ch;
      if (ch != f->report_pred && !object_told)
        continue;
      /* (and so is a saying of a deed that names no one: "told RTV
       * that 500 tonnes of aid had been delivered", or one too faint to
       * be kept: "officials said two soldiers were wounded") */
      if ((!f->n_agents && !f->n_targets) || confidence(f) < X->min_conf)
        continue;
      for (size_t j = before; j < frames->len; j++) {
        ev_frame *r = &g_array_index(frames, ev_frame, j);
        if (r->pred == f->report_pred &&
            r->type == ANNALS_TYPE_STATEMENT && !r->admits)
          r->attribution = true;
      }
    }
    for (size_t k = before; k < frames->len; k++) {
      ev_frame *f = &g_array_index(frames, ev_frame, k);
      f->confidence = confidence(f);
      if (X->o->trace)
        trace_frame(X, text, doc, f);
    }
  }
  obj_index_release(&oi);
  g_free(date_word);
  g_free(speakers);
  g_hash_table_destroy(names);
  if (ac.acronyms)
    g_hash_table_destroy(ac.acronyms);
}

/* ------------------------------------------------------------------ */
/* Records                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
  size_t best;   /* frame giving the record */
  GArray *frames; /* size_t */
  annals_when when;
  bool approximate;
  int when_how; /* how when was found (enum frame_date_how) */
  double conf;
} xrec;

static int64_t first_day(const annals_when *w) {
  return annals_date_first_day(&w->start);
}

static int64_t last_day(const annals_when *w) {
  return annals_date_last_day(&w->end);
}

static bool when_fits(const annals_when *a, const annals_when *b) {
  if (a->start.prec == ANNALS_PREC_NONE || b->start.prec == ANNALS_PREC_NONE)
    return a->start.prec == b->start.prec;
  int64_t a0 = first_day(a), a1 = last_day(a), b0 = first_day(b),
          b1 = last_day(b);
  return (a0 >= b0 && a1 <= b1) || (b0 >= a0 && b1 <= a1);
}


static const char *place_country(const ev_frame *f) {
  if (!f->has_place)
    return NULL;
  return f->place.country ? f->place.country : f->place.name;
}

/* Is a told in the news present (dated by the document date) and b a day
 * of the week before it?  A headline tells in the present what the story
 * dates ("Ruritania demands surrender" over "on Tuesday demanded"). */
static bool present_of(const ev_frame *a, const ev_frame *b) {
  if (a->date_how != DH_DCT || b->date_how == DH_DCT ||
      a->when.start.prec == ANNALS_PREC_NONE ||
      b->when.start.prec == ANNALS_PREC_NONE)
    return false;
  int64_t b0 = first_day(&b->when), b1 = last_day(&b->when);
  return b0 >= first_day(&a->when) - 7 && b1 <= last_day(&a->when);
}

/* Do frames a and b tell the same event? */
/* Do two CAMEO codes name different acts: both finer than their root's
 * general code ("190", "170"), neither under the other ("173" arrest and
 * "1723" curfew)? */
static bool cameo_differ(const char *a, const char *b) {
  if (!a || !b)
    return false;
  size_t la = strlen(a), lb = strlen(b);
  bool ga = la == 3 && a[2] == '0', gb = lb == 3 && b[2] == '0';
  return !ga && !gb && strncmp(a, b, MIN(la, lb)) != 0;
}

static bool same_event(const ev_frame *a, const ev_frame *b) {
  if (a->type != b->type || a->def->tag != b->def->tag)
    return false;
  /* an arrest and a curfew told in two sentences are two acts */
  if (a->sent != b->sent && cameo_differ(a->def->cameo, b->def->cameo))
    return false;
  /* two sayings of different sentences that tell what they say are two
   * statements, whoever makes them */
  if (a->content && b->content && a->sent != b->sent &&
      strcmp(a->content, b->content) != 0)
    return false;
  /* nor are a saying that tells what it says and one of another verb
   * that does not ("disclosed that ..." and "characterised the
   * situation as ...") */
  if (a->type == ANNALS_TYPE_STATEMENT && a->sent != b->sent &&
      !a->content != !b->content && strcmp(a->def->lemma, b->def->lemma) != 0)
    return false;
  if (!when_fits(&a->when, &b->when) && !present_of(a, b) &&
      !present_of(b, a))
    return false;
  if (a->n_agents && b->n_agents &&
      !actors_share(a->agents, a->n_agents, b->agents, b->n_agents))
    return false;
  if (a->n_targets && b->n_targets &&
      !actors_share(a->targets, a->n_targets, b->targets, b->n_targets))
    return false;
  if (!a->n_agents && !b->n_agents && !a->n_targets && !b->n_targets &&
      strcmp(a->def->lemma, b->def->lemma) != 0)
    return false;
  /* one with only an actor, the other with only a target: both must
   * name someone in common ("Farage says" is not "May announced") */
  if ((a->n_agents || a->n_targets) && (b->n_agents || b->n_targets) &&
      !actors_share(a->agents, a->n_agents, b->agents, b->n_agents) &&
      !actors_share(a->agents, a->n_agents, b->targets, b->n_targets) &&
      !actors_share(a->targets, a->n_targets, b->agents, b->n_agents) &&
      !actors_share(a->targets, a->n_targets, b->targets, b->n_targets))
    return false;
  const char *ca = place_country(a), *cb = place_country(b);
  if (ca && cb && strcmp(ca, cb) != 0)
    return false;
  return true;
}

static double when_span(const annals_when *w) {
  return (double)(last_day(w) - first_day(w));
}

/* Is frame f told in a line with no final stop (a headline, a
 * subhead)? */
static bool in_line(const annals_doc *doc, const ev_frame *f) {
  return f->sent < doc->n_sents &&
         (doc->sents[f->sent].flags & ANNALS_SENT_LINE) != 0;
}

static void rec_add(xrec *r, const annals_doc *doc, const ev_frame *fv,
                    size_t i) {
  g_array_append_val(r->frames, i);
  const ev_frame *f = &fv[i];
  const ev_frame *b = &fv[r->best];
  size_t info_f = f->n_agents * 2 + f->n_targets + f->has_place;
  size_t info_b = b->n_agents * 2 + b->n_targets + b->has_place;
  /* (the story's sentence tells it better than its headline: "State of
   * emergency declared" and "A state of emergency is also declared
   * across the country") */
  bool prose = in_line(doc, b) && !in_line(doc, f) && info_f >= info_b;
  if (f->confidence > b->confidence + 0.05 ||
      (f->confidence >= b->confidence - 0.05 && (info_f > info_b || prose)))
    r->best = i;
  /* a headline's present and the story's dated telling: the story's
   * sentence says when and how */
  if (present_of(b, f))
    r->best = i;
  else if (present_of(f, b))
    r->best = (size_t)(b - fv);
  if (f->when.start.prec != ANNALS_PREC_NONE &&
      (r->when.start.prec == ANNALS_PREC_NONE ||
       /* a date the telling's own words give beats one borrowed from
        * the context, as precise or less ("the attack on Israel on 14
        * April" told again in later paragraphs) */
       (f->date_how == DH_OWN && r->when_how >= DH_REPORT &&
        r->when_how != DH_DCT && when_span(&f->when) <= when_span(&r->when)) ||
       (r->when_how == DH_DCT && f->date_how != DH_DCT &&
        when_span(&f->when) <= when_span(&r->when)) ||
       (when_span(&f->when) < when_span(&r->when) &&
        (f->date_how != DH_DCT || r->when_how == DH_DCT ||
         r->when_how == DH_RECENT)))) {
    r->when = f->when;
    r->approximate = f->approximate;
    r->when_how = f->date_how;
  }
  if (f->confidence > r->conf)
    r->conf = f->confidence;
}

/* A text that gives no document date: the latest day of a deed told in
 * the past tense and dated by its own words is a day the text was written
 * after; a date later than that one may be of something still to come
 * ("Troops entered the capital on March 3, 2017. Elections are
 * scheduled for 2029."), and dates nothing.  A chronology, which tells
 * its entries in the present, and a text with no such deed are left as
 * they are. */
static void undate_unbounded(const xctx *X, const annals_doc *doc,
                             GArray *frames) {
  if (X->chronology)
    return;
  const nlp_word *w = nlp_doc_words(doc);
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  int64_t bound = INT64_MIN;
  for (size_t i = 0; i < frames->len; i++) {
    const ev_frame *f = &fv[i];
    /* (not what asks or promises, whose date may be of what is asked
     * or promised: "promised a referendum in 2034") */
    bool ask = f->type == ANNALS_TYPE_APPEAL || f->type == ANNALS_TYPE_DEMAND ||
               f->type == ANNALS_TYPE_INTEND_COOPERATION ||
               f->type == ANNALS_TYPE_THREATEN;
    if (f->date_how == DH_OWN && !f->future && !f->present && !ask &&
        f->when.start.prec != ANNALS_PREC_NONE &&
        w[f->pred].upos == NLP_UPOS_VERB && past_verb(doc, w, (size_t)f->pred) &&
        annals_date_last_day(&f->when.end) > bound)
      bound = annals_date_last_day(&f->when.end);
  }
  if (bound == INT64_MIN)
    return;
  for (size_t i = 0; i < frames->len; i++) {
    ev_frame *f = &fv[i];
    if (f->when.start.prec != ANNALS_PREC_NONE &&
        annals_date_first_day(&f->when.start) > bound) {
      memset(&f->when, 0, sizeof f->when);
      f->date_how = DH_NONE;
    }
  }
}

/* "condemned the attack by Houthi rebels", "condemned the attack on the
 * prime minister's residence": a disapproval (or a welcome) of a deed
 * told in its own sentence is aimed at whoever did it, else, when the
 * deed names no one doing it, concerns whom it befell.  The deed's named
 * parties are actors of the disapproval's record (its headline keeps to
 * its own words: "Biden condemns attack").  (Frames come in the order of
 * their sentences: only a frame's neighbours are of its sentence.) */
static void condemned_parties(const annals_doc *doc, GArray *frames) {
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  const nlp_word *w = nlp_doc_words(doc);
  for (size_t i = 0; i < frames->len; i++) {
    ev_frame *f = &fv[i];
    /* (and a welcome or praise of one: "hailed the ceasefire between
     * Israel and Hamas"; and one's brokering of it: "negotiated a
     * ceasefire between Armenia and Azerbaijan") */
    static const char *const reactions[] = {
        "welcome", "hail",   "praise",    "applaud",   "commend",
        "congratulate", "deplore", "regret", "mourn", "lament",
        "negotiate", "broker", "mediate", NULL};
    bool reaction = f->type == ANNALS_TYPE_DISAPPROVE;
    for (size_t k = 0; !reaction && f->def->lemma && reactions[k]; k++)
      reaction = strcmp(f->def->lemma, reactions[k]) == 0;
    if (!reaction)
      continue;
    /* the deed: a target of it that is a deed of its sentence, or the
     * deed its predicate governs ("brokered a truce") */
    size_t lo = i, hi = i + 1;
    while (lo > 0 && fv[lo - 1].sent == f->sent)
      lo--;
    while (hi < frames->len && fv[hi].sent == f->sent)
      hi++;
    for (size_t j = lo; j < hi; j++) {
      const ev_frame *g = &fv[j];
      if (j == i || g->sent != f->sent || g->pred < 0)
        continue;
      /* (not the saying that reports it: "condemns ..., said X") */
      bool of = doc->words[g->pred].head == f->pred &&
                g->type != ANNALS_TYPE_STATEMENT;
      for (size_t k = 0; k < f->n_targets && !of; k++)
        of = f->targets[k].kind == ACT_GROUP && f->targets[k].word == g->pred;
      if (!of)
        continue;
      bool by = false;
      for (size_t a = 0; a < g->n_agents; a++)
        by = by || g->agents[a].kind == ACT_NAMED;
      const ev_actor *from = by ? g->agents : g->targets;
      size_t n = by ? g->n_agents : g->n_targets;
      for (size_t a = 0; a < n && f->n_concerned < G_N_ELEMENTS(f->concerned);
           a++) {
        /* (a name, people ("the soldiers' actions"), or what a name
         * owns ("residence of X"); not a thing: "hospitals") */
        const ev_actor *c = &from[a];
        bool people = c->kind == ACT_GROUP && c->word >= 0 &&
                      (size_t)c->word < doc->n_words &&
                      noun_names_person(w[c->word].lemma);
        bool have = !(c->kind == ACT_NAMED || people ||
                      strstr(c->name, " of ") != NULL);
        for (size_t b = 0; b < f->n_targets && !have; b++)
          have = strcmp(f->targets[b].name, from[a].name) == 0;
        for (size_t b = 0; b < f->n_agents && !have; b++)
          have = strcmp(f->agents[b].name, from[a].name) == 0;
        for (size_t b = 0; b < f->n_concerned && !have; b++)
          have = strcmp(f->concerned[b].name, from[a].name) == 0;
        if (!have)
          f->concerned[f->n_concerned++] = from[a];
      }
    }
  }
}

/* "North Korea fired a ballistic missile", "launched two short-range
 * missiles": a missile fired at no one and at no place is a show of
 * force (CAMEO 150), not an attack; the lexicon's own sense of it (the
 * one fired "into the sea") is taken. */
static void missile_shows(const xctx *X, GArray *frames) {
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t i = 0; i < frames->len; i++) {
    ev_frame *f = &fv[i];
    const frame_def *d = f->def;
    if (f->type != ANNALS_TYPE_FIGHT || f->n_targets || f->has_place ||
        f->inner || !d->cameo || strcmp(d->cameo, "195") != 0 || d->noun ||
        d->prep)
      continue;
    const frame_def *const *fs = lexicon_frames(X->lx, d->lemma, false);
    for (size_t k = 0; fs && fs[k]; k++)
      if (fs[k]->type == ANNALS_TYPE_FORCE_POSTURE && fs[k]->obj &&
          fs[k]->cameo && strcmp(fs[k]->cameo, "150") == 0) {
        f->def = fs[k];
        f->type = ANNALS_TYPE_FORCE_POSTURE;
        break;
      }
  }
}

/* "told AFP", "said in an interview with CNN": the outlet one speaks to
 * is the channel of what is said, not its target; an outlet is the
 * target only of what is done against it ("banned the BBC", "accused
 * Al Jazeera of bias"). */
static void drop_outlet_listeners(const annals_doc *doc, GArray *frames) {
  /* (and a medium named by its country: "told French radio") */
  static const char *const media[] = {
      "radio",   "television", "tv",     "broadcaster", "newspaper", "daily",
      "media",   "press",      "agency", "channel",     "station",   "outlet",
      "network", "magazine",   "weekly", NULL};
  const nlp_word *w = nlp_doc_words(doc);
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t i = 0; i < frames->len; i++) {
    ev_frame *f = &fv[i];
    annals_type t = f->type;
    if (t == ANNALS_TYPE_DISAPPROVE || t == ANNALS_TYPE_REJECT ||
        t == ANNALS_TYPE_THREATEN || t == ANNALS_TYPE_REDUCE_RELATIONS ||
        t == ANNALS_TYPE_COERCE || t == ANNALS_TYPE_ASSAULT ||
        t == ANNALS_TYPE_FIGHT || t == ANNALS_TYPE_MASS_VIOLENCE)
      continue;
    size_t n = 0;
    for (size_t k = 0; k < f->n_targets; k++) {
      const ev_actor *a = &f->targets[k];
      bool medium = a->ent && a->ent->kind == ENT_COUNTRY && a->word >= 0 &&
                    (size_t)a->word < doc->n_words &&
                    w[a->word].upos == NLP_UPOS_NOUN &&
                    lemma_in_set(w[a->word].lemma, media);
      if ((!a->ent || a->ent->kind != ENT_MEDIA) && !medium)
        f->targets[n++] = *a;
    }
    f->n_targets = n;
  }
}

/* "Australia deployed 30 Australian Federal Police officers": in a show
 * or move of force, a body of the actor's own state is what it sends,
 * not whom the move is aimed at. */
static void own_forces(GArray *frames) {
  ev_frame *fv = (ev_frame *)(void *)frames->data;
  for (size_t i = 0; i < frames->len; i++) {
    ev_frame *f = &fv[i];
    if (f->type != ANNALS_TYPE_FORCE_POSTURE || !f->n_agents)
      continue;
    const ev_actor *a = &f->agents[0];
    const char *state =
        a->ent && a->ent->kind == ENT_COUNTRY ? a->name : a->country;
    if (!state)
      continue;
    size_t n = 0;
    bool last = false; /* (is the last target, maybe the implied one, kept?) */
    for (size_t k = 0; k < f->n_targets; k++) {
      const ev_actor *t = &f->targets[k];
      bool own = t->country && strcmp(t->country, state) == 0 &&
                 !(t->ent && t->ent->kind == ENT_COUNTRY);
      if (!own)
        f->targets[n++] = *t;
      last = !own;
    }
    /* (the place's country implied as the target, dropped, leaves the
     * ones named the frame's own) */
    f->implied = f->implied && last;
    f->n_targets = n;
  }
}

/* "..., BBC News said", "Reuters reported": what a news outlet says
 * tells where the news comes from; it is no act of its own. */
static bool outlet_saying(const ev_frame *f) {
  if (f->type != ANNALS_TYPE_STATEMENT || !f->n_agents)
    return false;
  for (size_t k = 0; k < f->n_agents; k++)
    if (!f->agents[k].ent || f->agents[k].ent->kind != ENT_MEDIA)
      return false;
  return true;
}

static GArray *merge(const GArray *frames, const annals_doc *doc,
                     const xctx *X) {
  const ev_frame *fv = (const ev_frame *)(void *)frames->data;
  GArray *recs = g_array_new(FALSE, FALSE, sizeof(xrec));
  for (size_t i = 0; i < frames->len; i++) {
    const ev_frame *f = &fv[i];
    if (f->confidence < X->min_conf || f->planned || f->told_before)
      continue;
    if (f->when.start.prec == ANNALS_PREC_NONE && !X->o->keep_undated)
      continue;
    if (outlet_saying(f))
      continue;
    bool joined = false;
    for (size_t j = recs->len; j-- > 0 && !joined;) {
      xrec *r = &g_array_index(recs, xrec, j);
      const ev_frame *b = &fv[r->best];
      if (b->sent + MERGE_SENTENCES < f->sent)
        break;
      if (same_event(b, f)) {
        rec_add(r, doc, fv, i);
        joined = true;
      }
    }
    if (!joined) {
      xrec r;
      memset(&r, 0, sizeof r);
      r.best = i;
      r.frames = g_array_new(FALSE, FALSE, sizeof(size_t));
      r.when = f->when;
      r.approximate = f->approximate;
      r.when_how = f->date_how;
      r.conf = 0;
      rec_add(&r, doc, fv, i);
      g_array_append_val(recs, r);
    }
  }
  return recs;
}

/* Is lemma a noun that names no one: none of its senses a being, a
 * group, a place or a thing (WordNet), or in the lexicon's class
 * no-actor ("fire", "relations")? */
static bool names_no_one(const xctx *X, const char *lemma) {
  const char *const *l = lexicon_class(X->lx, "no-actor");
  return noun_names_no_one(lemma) || (l && lemma_in_set(lemma, l));
}

/* Adds an actor's name (once: a last name and the full name, as a
 * headline and the text name one, are one) and its country (NULL when
 * it is its own or unknown). */
static void add_actor_name(const char **names, const char **countries,
                           size_t *n, size_t max, const ev_actor *a) {
  const char *country =
      a->country && strcmp(a->country, a->name) != 0 ? a->country : NULL;
  for (size_t i = 0; i < *n; i++) {
    if (strcmp(names[i], a->name) == 0 ||
        (a->kind == ACT_NAMED && actor_last_name_of(a->name, names[i])))
      return;
    if (a->kind == ACT_NAMED && actor_last_name_of(names[i], a->name)) {
      names[i] = a->name;
      if (country)
        countries[i] = country;
      return;
    }
  }
  if (*n >= max)
    return;
  names[*n] = a->name;
  countries[*n] = country;
  (*n)++;
}

static void emit_record(const xctx *X, const char *text, size_t base,
                        const annals_doc *doc, const ev_frame *fv, xrec *r) {
  const ev_frame *f = &fv[r->best];
  annals_event ev;
  memset(&ev, 0, sizeof ev);
  char title[160];
  title_make(f, title, sizeof title);
  ev.when = r->when;
  ev.approximate = r->approximate;
  ev.title = title;
  ev.type = f->type;
  /* the finer code only while the type is still the frame's own (a
   * pledge made of "will visit" is no visit) */
  const char *cm = f->inner ? NULL : f->def->cameo;
  if (cm && (strlen(cm) < 2 || (cm[0] - '0') * 10 + (cm[1] - '0') != (int)f->type))
    cm = NULL;
  ev.cameo = cm;
  /* The record's actors: the initiators its frames name, then the
   * targets, the main frame's first; each with its country. */
  const char *actors[12], *countries[12];
  size_t na = 0;
  size_t nf = r->frames->len;
  const nlp_word *w = nlp_doc_words(doc);
  size_t n_initiators = 0;
  for (int pass = 0; pass < 2; pass++)
    for (size_t k = 0; k <= nf; k++) {
      if (pass == 1 && k == 0)
        n_initiators = na;
      const ev_frame *g = k == 0 ? f : &fv[g_array_index(r->frames, size_t, k - 1)];
      const ev_actor *a = pass == 0 ? g->agents : g->targets;
      size_t n = pass == 0 ? g->n_agents : g->n_targets;
      for (size_t i = 0; i < n; i++) {
        /* (a common noun that names no one is what the act is about,
         * not an actor: "annulled the results", "hailed the end") */
        if (a[i].kind == ACT_GROUP && !a[i].crowd && a[i].word >= 0 &&
            (size_t)a[i].word < doc->n_words &&
            names_no_one(X, w[a[i].word].lemma))
          continue;
        add_actor_name(actors, countries, &na, ARRAY_SIZE(actors), &a[i]);
      }
      for (size_t i = 0; pass == 1 && i < g->n_concerned; i++) {
        const ev_actor *c = &g->concerned[i];
        if (c->kind == ACT_GROUP && c->word >= 0 &&
            (size_t)c->word < doc->n_words && names_no_one(X, w[c->word].lemma))
          continue;
        add_actor_name(actors, countries, &na, ARRAY_SIZE(actors), c);
      }
    }
  /* An event without named actors (a disaster, an election) concerns
   * the country of its place. */
  bool named = false;
  for (size_t i = 0; i < f->n_agents; i++)
    named = named || f->agents[i].kind == ACT_NAMED ||
            /* (protesters of a people: "Kenyan protesters") */
            (f->agents[i].crowd && f->agents[i].country);
  for (size_t i = 0; i < f->n_targets; i++)
    named = named || f->targets[i].kind == ACT_NAMED;
  /* (the place any of its frames tells: "the explosion" of one sentence
   * and "the explosion in Beirut" of a caption) */
  const ev_frame *pf = f;
  for (size_t k = 0; k < nf && !(pf->has_place && pf->place.ent); k++)
    pf = &fv[g_array_index(r->frames, size_t, k)];
  /* (an arrest, a charge or a sentence with no one making it is the
   * state's: "Kem Sokha was arrested on accusations of treason") */
  bool state_act = f->type == ANNALS_TYPE_COERCE && !f->n_agents &&
                   f->n_targets && f->def->cameo &&
                   strncmp(f->def->cameo, "17", 2) == 0;
  named = named && !state_act;
  /* (but talks and deals with a side that is no state's are often held
   * abroad: "an agreement was signed in Doha by the government and the
   * rebels" is no Qatari one; the text's own country is meant) */
  bool abroad = frames_held_abroad(f);
  const char *where = !named && !abroad && pf->has_place && pf->place.ent
                          ? (pf->place.country ? pf->place.country
                                               : pf->place.name)
                          : NULL;
  /* "the protests engulfed the capital"; and a toll or a disaster told
   * by someone ("300 people died, officials said") */
  bool toll = f->def->tag && (strcmp(f->def->tag, "death") == 0 ||
                              strcmp(f->def->tag, "disaster") == 0 ||
                              strcmp(f->def->tag, "election") == 0);
  if (!named && !where && (!f->reported || toll))
    where = toll && X->dateline_country ? X->dateline_country
                                        : X->main_country;
  if (where) {
    ev_actor pc;
    memset(&pc, 0, sizeof pc);
    pc.name = where;
    add_actor_name(actors, countries, &na, ARRAY_SIZE(actors), &pc);
    /* ("Thousands march against government": the people of the place
     * protest, and come first) */
    if (f->type == ANNALS_TYPE_PROTEST && n_initiators == 0 && na > 1 &&
        actors[na - 1] == where) {
      memmove(actors + 1, actors, (na - 1) * sizeof actors[0]);
      memmove(countries + 1, countries, (na - 1) * sizeof countries[0]);
      actors[0] = where;
      countries[0] = NULL;
    }
  }
  ev.actors = actors;
  ev.actor_countries = countries;
  ev.n_actors = na;
  /* (where the main frame tells no place, the place another of its
   * frames tells: "flew to Oslo for a visit") */
  const ev_frame *lf = f->has_place ? f : pf->has_place ? pf : NULL;
  if (lf) {
    ev.location = lf->place.name;
    if (lf->place.country && strcmp(lf->place.country, lf->place.name) != 0)
      ev.country = lf->place.country;
  }
  const annals_doc_sentence *s = &doc->sents[f->sent];
  char *stext = g_strndup(text + s->start, s->end - s->start);
  ev.source.text = stext;
  ev.source.file = X->o->file;
  ev.source.offset = (long long)(base + s->start);
  ev.source.length = (long long)(s->end - s->start);
  /* Mentions: the other sentences, each once. */
  annals_source *ms = g_new0(annals_source, nf);
  char **mt = g_new0(char *, nf);
  size_t nm = 0;
  for (size_t k = 0; k < nf; k++) {
    size_t sj = fv[g_array_index(r->frames, size_t, k)].sent;
    bool dup = sj == f->sent;
    for (size_t q = 0; q < nm && !dup; q++)
      dup = ms[q].offset == (long long)(base + doc->sents[sj].start);
    if (dup)
      continue;
    const annals_doc_sentence *s2 = &doc->sents[sj];
    mt[nm] = g_strndup(text + s2->start, s2->end - s2->start);
    ms[nm].text = mt[nm];
    ms[nm].file = X->o->file;
    ms[nm].offset = (long long)(base + s2->start);
    ms[nm].length = (long long)(s2->end - s2->start);
    nm++;
  }
  double conf = r->conf + 0.05 * (double)nm;
  ev.confidence = floor((conf > 0.99 ? 0.99 : conf) * 100 + 0.5) / 100;
  ev.mentions = nm ? ms : NULL;
  ev.n_mentions = nm;
  const char *tags[1];
  if (f->def->tag && !f->inner) {
    tags[0] = f->def->tag;
    ev.tags = tags;
    ev.n_tags = 1;
  }
  annals_timeline_add(X->out, &ev);
  for (size_t k = 0; k < nm; k++)
    g_free(mt[k]);
  g_free(mt);
  g_free(ms);
  g_free(stext);
}

/* ------------------------------------------------------------------ */
/* The pipeline                                                         */
/* ------------------------------------------------------------------ */

static void count_country(GHashTable *n, const char *c, unsigned w) {
  if (c)
    g_hash_table_insert(n, (gpointer)c,
                        GUINT_TO_POINTER(GPOINTER_TO_UINT(
                                             g_hash_table_lookup(n, c)) + w));
}

/* "the Department of Foreign Affairs", "the army": a body of the state
 * that nothing before it placed is the state's the text is about.  (But
 * not its arms: "missiles struck Odesa", "a drone hit the depot" are as
 * likely the enemy's; only a word of their own places them, "Russian
 * missiles".) */
static void state_countries(GArray *frames, const char *country,
                            const annals_doc *doc, const char *const *arms) {
  if (!country)
    return;
  for (size_t k = 0; k < frames->len; k++) {
    ev_frame *f = &g_array_index(frames, ev_frame, k);
    for (int pass = 0; pass < 2; pass++) {
      ev_actor *a = pass ? f->targets : f->agents;
      size_t n = pass ? f->n_targets : f->n_agents;
      for (size_t i = 0; i < n; i++)
        if (a[i].state && !a[i].country && !actor_union_body(&a[i]) &&
            !(a[i].word >= 0 && actor_arms(arms, doc->words[a[i].word].lemma)))
          a[i].country = country;
    }
  }
}

/* The country a text is about: the one its named actors and places
 * belong to most often, at least three times and twice as often as any
 * other, or twice and no other; or NULL. */
static const char *main_country(const GArray *frames) {
  GHashTable *n = g_hash_table_new(g_str_hash, g_str_equal);
  const ev_frame *fv = (const ev_frame *)(void *)frames->data;
  for (size_t k = 0; k < frames->len; k++) {
    const ev_frame *f = &fv[k];
    for (size_t i = 0; i < f->n_agents; i++)
      if (f->agents[i].kind == ACT_NAMED)
        count_country(n, f->agents[i].country, 1);
    for (size_t i = 0; i < f->n_targets; i++)
      if (f->targets[i].kind == ACT_NAMED)
        count_country(n, f->targets[i].country, 1);
    if (f->has_place)
      count_country(n, f->place.country, 1);
  }
  const char *best = NULL;
  unsigned top = 0, second = 0;
  GHashTableIter it;
  gpointer key, val;
  g_hash_table_iter_init(&it, n);
  while (g_hash_table_iter_next(&it, &key, &val)) {
    unsigned c = GPOINTER_TO_UINT(val);
    if (c > top || (c == top && strcmp(key, best) < 0)) {
      top = c;
      best = key;
    }
  }
  g_hash_table_iter_init(&it, n);
  while (g_hash_table_iter_next(&it, &key, &val))
    if (key != best && GPOINTER_TO_UINT(val) > second)
      second = GPOINTER_TO_UINT(val);
  g_hash_table_destroy(n);
  /* (or the only country it names, twice or more) */
  return (top >= 3 && top >= 2 * second) || (top >= 2 && second == 0) ? best
                                                                      : NULL;
}

/* The frames array for a piece of len bytes, empty.  An ev_frame is
 * large and news text gives about one frame per 64 bytes, so the array
 * is sized for the first piece and kept for the next ones: growing a
 * fresh one for each piece faulted and copied the frames again. */
static GArray *piece_frames(xctx *X, size_t len) {
  if (!X->frames)
    X->frames = g_array_sized_new(FALSE, FALSE, sizeof(ev_frame),
                                  (guint)(MIN(len, PIECE * 2) / 64 + 16));
  g_array_set_size(X->frames, 0);
  return X->frames;
}

/* The dates of the piece text[0..len), read in the sentences doc was
 * split into (one splitter for the words and the dates). */
static annals_status find_dates(const xctx *X, const char *text, size_t len,
                                const annals_doc *doc,
                                const annals_date_link *links, size_t n_links,
                                annals_timexes *tx, annals_diags *d) {
  annals_dates_opts dopt;
  memset(&dopt, 0, sizeof dopt);
  dopt.dct = X->dct.date;
  dopt.links = links;
  dopt.n_links = n_links;
  annals_sentence *ss = g_new(annals_sentence, doc->n_sents + 1);
  for (size_t i = 0; i < doc->n_sents; i++)
    ss[i] = (annals_sentence){doc->sents[i].start, doc->sents[i].end,
                              doc->sents[i].flags, doc->sents[i].para};
  annals_dates_stream *S = annals_dates_stream_new(&dopt);
  annals_status st = annals_dates_stream_feed_sentences(S, text, len, ss,
                                                        doc->n_sents, tx, d);
  annals_dates_stream_free(S);
  g_free(ss);
  return st;
}

/* The names and countries taking part in frame f (at most max). */
static size_t parties(const ev_frame *f, const char **out, size_t max) {
  size_t n = 0;
  const ev_actor *lists[2] = {f->agents, f->targets};
  size_t counts[2] = {f->n_agents, f->n_targets};
  for (size_t l = 0; l < 2; l++)
    for (size_t i = 0; i < counts[l]; i++) {
      const char *both[2] = {lists[l][i].kind == ACT_NAMED ||
                                     lists[l][i].country
                                 ? lists[l][i].name
                                 : NULL,
                             lists[l][i].country};
      for (size_t b = 0; b < 2; b++) {
        bool have = !both[b];
        for (size_t k = 0; k < n && !have; k++)
          have = strcmp(out[k], both[b]) == 0;
        if (!have && n < max)
          out[n++] = both[b];
      }
    }
  const char *pc = place_country(f);
  bool have = !pc;
  for (size_t k = 0; k < n && !have; k++)
    have = strcmp(out[k], pc) == 0;
  if (!have && n < max)
    out[n++] = pc;
  return n;
}

/* Do frames a and b tell the same deed: one predicate word, one type,
 * and the same ones taking part (two of them in common, or all of
 * either's one)? */
static bool same_telling(const nlp_word *w, const ev_frame *a,
                         const ev_frame *b) {
  if (a->type != b->type || a->sent == b->sent || !w[a->pred].lemma ||
      !w[b->pred].lemma || strcmp(w[a->pred].lemma, w[b->pred].lemma) != 0)
    return false;
  const char *pa[16], *pb[16];
  size_t na = parties(a, pa, 16), nb = parties(b, pb, 16), common = 0;
  for (size_t i = 0; i < na; i++)
    for (size_t j = 0; j < nb; j++)
      common += strcmp(pa[i], pb[j]) == 0;
  size_t need = MIN(2, MIN(na, nb));
  return need > 0 && common >= need;
}

/* Pairs of dates that name one period because they date two tellings of
 * one deed: "Last year, Iran struck ..." told again as "the strikes of
 * January 2024" (see annals_date_link).  Only a text with no document
 * date needs them.  Returns how many were put in links (at most max). */
static size_t tellings(const annals_doc *doc, const GArray *frames,
                       annals_date_link *links, size_t max) {
  const nlp_word *w = nlp_doc_words(doc);
  const ev_frame *fv = (const ev_frame *)(void *)frames->data;
  size_t n = 0;
  for (size_t i = 0; i < frames->len && n < max; i++) {
    if (fv[i].open_at == SIZE_MAX)
      continue;
    for (size_t j = 0; j < frames->len && n < max; j++)
      if (fv[j].date_how == DH_OWN && fv[j].date_at != SIZE_MAX &&
          same_telling(w, &fv[i], &fv[j])) {
        links[n++] = (annals_date_link){fv[i].open_at, fv[j].date_at};
        break;
      }
  }
  return n;
}

static annals_status run_piece(xctx *X, const char *text, size_t len,
                               size_t base, annals_diags *d) {
  annals_date_link links[16];
  size_t n_links = 0;
  for (int pass = 0;; pass++) {
    annals_doc *doc = NULL;
    annals_status st =
        annals_analyse(X->m, text, len, ANNALS_ANALYSE_TAG, &doc, d);
    if (st != ANNALS_OK)
      return st;
    annals_timexes tx;
    annals_timexes_init(&tx);
    st = find_dates(X, text, len, doc, links, n_links, &tx, d);
    if (st != ANNALS_OK) {
      annals_timexes_release(&tx);
      annals_doc_free(doc);
      return st;
    }
    bool no_dct = X->dct.date.prec == ANNALS_PREC_NONE &&
                  tx.dct.date.prec == ANNALS_PREC_NONE;
    if (X->dct.date.prec == ANNALS_PREC_NONE &&
        tx.dct.date.prec != ANNALS_PREC_NONE) {
      annals_timeline_set_dct(X->out, &tx.dct);
      X->dct = *annals_timeline_dct(X->out);
    }
    X->chronology = tx_count_line_dates(text, len, tx.items, tx.n) >= 2;
    GArray *openers = g_array_new(FALSE, FALSE, sizeof(opener));
    GArray *dates = map_dates(X, text, len, &tx, doc, openers);
    annals_timexes_release(&tx);
    GStringChunk *strings = g_string_chunk_new(4096);
    GArray *frames = piece_frames(X, len);
    find_frames(X, text, doc, dates, frames, strings);
    /* A text with no document date whose deeds are told twice, once
     * with a stated year, is read again with the date they give. */
    if (pass == 0 && no_dct &&
        (n_links = tellings(doc, frames, links, G_N_ELEMENTS(links))) > 0) {
      g_array_free(openers, TRUE);
      g_array_free(dates, TRUE);
      g_string_chunk_free(strings);
      annals_doc_free(doc);
      continue;
    }
    date_openers(X, doc, openers, frames);
    g_array_free(openers, TRUE);
    if (no_dct)
      undate_unbounded(X, doc, frames);
    drop_outlet_listeners(doc, frames);
    own_forces(frames);
    missile_shows(X, frames);
    condemned_parties(doc, frames);
    X->main_country = main_country(frames);
    state_countries(frames, X->main_country, doc,
                    lexicon_class(X->lx, "weapon"));
    GArray *recs = merge(frames, doc, X);
    const ev_frame *fv = (const ev_frame *)(void *)frames->data;
    for (size_t j = 0; j < recs->len; j++) {
      xrec *r = &g_array_index(recs, xrec, j);
      emit_record(X, text, base, doc, fv, r);
      g_array_free(r->frames, TRUE);
    }
    g_array_free(recs, TRUE);
    g_array_free(dates, TRUE);
    g_string_chunk_free(strings);
    annals_doc_free(doc);
    return ANNALS_OK;
  }
}

/* The end of the piece starting at a: about PIECE bytes, cut after a
 * blank line, else a line end, else a sentence end, else a space. */
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
  xctx X;
  memset(&X, 0, sizeof X);
  X.o = o;
  X.out = out;
  X.m = o->model ? o->model : annals_model_builtin();
  if (!X.m) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "no English model: this build has none built in");
    return ANNALS_ERR_ARG;
  }
  X.min_conf = o->min_confidence == 0 ? ANNALS_MIN_CONFIDENCE
                                      : o->min_confidence;
  annals_gazetteer *own_g = NULL;
  annals_lexicon *own_lx = NULL;
  X.g = o->gazetteer ? o->gazetteer : (own_g = annals_gazetteer_new());
  X.lx = o->lexicon ? o->lexicon : (own_lx = annals_lexicon_new());
  if (o->dct.prec != ANNALS_PREC_NONE) {
    X.dct = (annals_dct){o->dct, ANNALS_DCT_GIVEN, NULL};
    if (annals_timeline_dct(out)->date.prec == ANNALS_PREC_NONE)
      annals_timeline_set_dct(out, &X.dct);
  }
  annals_status st = ANNALS_OK;
  /* (a byte-order mark is no text: "\uFEFFPARIS (AP) - " opens with its
   * dateline) */
  size_t start = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  for (size_t a = start; a < len && st == ANNALS_OK;) {
    size_t b = piece_end(text, len, a);
    st = run_piece(&X, text + a, b - a, a, d);
    a = b;
  }
  if (X.frames)
    g_array_free(X.frames, TRUE);
  annals_gazetteer_free(own_g);
  annals_lexicon_free(own_lx);
  if (st == ANNALS_OK && !annals_timeline_title(out))
    set_headline_title(text + start, len - start, out);
  annals_timeline_sort(out);
  annals_timeline_fix_ids(out);
  return st;
}
