/*
 * dates/dates.h - private interface of the date finder (src/dates/).
 *
 * The finder reads a text in four steps, one folder of small files:
 *
 *   lex.c       bytes -> tokens (words looked up in words.txt)
 *   scan.c      tokens -> a window, numbered with the sentences and
 *               paragraphs of the splitter (text/sentence.c); at each
 *               token the grammar is tried (the driver, and the public
 *               annals_dates_* functions)
 *   grammar.c   the grammar: a table from the class of the first word to
 *               the rules that may start there (the.c for "the ...",
 *               month.c, clock.c, period.c, relative.c, numbers.c for
 *               the areas); a rule fills a mention (raw fields)
 *   anchor.c    per stretch of text, whether partial and relative dates
 *               refer to the document's time or to the story's time
 *   resolve.c   mention -> TIMEX3 value and calendar period (value.c
 *               writes them), against the document date (DCT) or the
 *               story's time; dct.c infers a DCT when none is given
 *
 * Everything here is internal: names start with tx_ (timex_ for the
 * lexer).  The public API is in annals.h.
 */
#ifndef ANNALS_DATES_H
#define ANNALS_DATES_H

#include "internal.h"
#include "dates/datelines.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

/* ------------------------------------------------------------------ */
/* Tokens (lex.c)                                                       */
/* ------------------------------------------------------------------ */

/* Longest word looked up in the word table. */
#define TIMEX_MAXWORD 14

enum tok_kind { TK_WORD = 1, TK_NUM, TK_PUNCT, TK_OTHER };

/* Word classes of the table (tok.cls); words.txt names them in lower
 * case without the C_ ("month", "wday"...). */
enum word_class {
  C_NONE = 0,
  C_MONTH,
  C_WDAY,
  C_WDAYS,
  C_NUM,
  C_TENS,
  C_HUNDRED,
  C_THOUSAND,
  C_DOZEN,
  C_ORD,
  C_ORDSUF,
  C_UNIT,
  C_SEASON,
  C_SEASONS,
  C_PART,
  C_PARTS,
  C_CLOCKW,
  C_OVERNIGHT,
  C_DAYWORD,
  C_REF,
  C_FUTUREW,
  C_RECENT,
  C_PRESENTW,
  C_REL,
  C_AGO,
  C_SHIFT,
  C_EDGE,
  C_APPROX,
  C_SOME,
  C_WHOLE,
  C_MORE,
  C_THAN,
  C_LEAST,
  C_UP,
  C_TO,
  C_NO,
  C_A,
  C_THE,
  C_FEW,
  C_COUPLE,
  C_HALF,
  C_AND,
  C_OR,
  C_OF,
  C_SO,
  C_PREP,
  C_FISCAL,
  C_SETW,
  C_EVERY,
  C_TIMESW,
  C_TIMES,
  C_AMPM,
  C_OCLOCK,
  C_CLOCK,
  C_TZ,
  C_DECADEW,
  C_PERIOD,
  C_TERM,
  C_TIMEW,
  C_WHILE,
  C_NEAR,
  C_EVE,
  C_HOLIDAY,
  C_TRADING,
  C_CALENDAR,
  C_S,
  C_FUT,
  C_PASTV,
  C_BLOCK,
  C_PUBW,
  C_AGENCY,
  C_SOON,
  C_ERA,
  C_COUNT /* number of classes */
};

/* val2 bits of months and weekdays */
#define LX_ABBR 1
#define LX_AMBIG 2

/* units */
enum {
  U_NONE = 0,
  U_SEC,
  U_MIN,
  U_HOUR,
  U_DAY,
  U_NIGHT,
  U_WEEK,
  U_FORTNIGHT,
  U_WEEKEND,
  U_MONTH,
  U_QUARTER,
  U_HALFYEAR,
  U_YEAR,
  U_DECADE,
  U_CENTURY,
  U_MILLENNIUM,
};
/* seasons */
enum { S_NONE = 0, S_SP, S_SU, S_FA, S_WI };
/* parts of the day */
enum { P_NONE = 0, P_MO, P_AF, P_EV, P_NI, P_DT };
/* reference words */
enum { REF_NONE = 0, REF_PAST, REF_PRESENT, REF_FUTURE };
/* relative determiners */
enum {
  R_NONE = 0,
  R_LAST,
  R_THIS,
  R_NEXT,
  R_PAST,
  R_COMING,
  R_PREV,
  R_FOLLOW,
  R_SAME,
  R_THAT,
  R_CURRENT,
  R_LATEST,
  R_THESE,
  R_THOSE,
};
/* edges */
enum { E_NONE = 0, E_START, E_MID, E_END };
/* prepositions */
enum {
  PR_NONE = 0,
  PR_IN,
  PR_ON,
  PR_AT,
  PR_SINCE,
  PR_UNTIL,
  PR_BY,
  PR_FROM,
  PR_DURING,
  PR_THROUGH,
  PR_WITHIN,
  PR_FOR,
  PR_BETWEEN,
  PR_AS,
};

typedef struct {
  size_t start, end; /* bytes */
  int32_t num;       /* number value (-1 when over 9 digits) or word val */
  uint32_t sent;     /* sentence number (set by scan.c) */
  uint32_t para;     /* paragraph number (set by scan.c) */
  uint8_t kind;      /* enum tok_kind */
  uint8_t cls;       /* enum word_class, words only */
  uint8_t val2;
  uint8_t ndig; /* digits of a number (saturates at 255) */
  uint8_t len;  /* letters of a word (saturates at 255) */
  uint8_t nl;   /* line ends before the token (0, 1, 2 = more) */
  bool sp;      /* white space before the token */
  bool cap;     /* word starts with an upper-case letter */
  bool allcap;  /* word of 2+ letters all in upper case */
  bool quote;   /* inside a quotation (scan.c) */
  char ch;      /* punctuation mark, or a word's first letter */
} tok;

typedef struct {
  const char *s;
  size_t len, pos;
} timex_lexer;

/* Builds the word table from words.txt once (thread-safe). */
void timex_lex_init(void);
/* Cuts up to max tokens from L->s[L->pos..len) into out, advancing
 * L->pos; returns how many were cut (0 at the end). */
size_t timex_lex(timex_lexer *L, tok *out, size_t max);

/* One word of the table, as read from a word list. */
typedef struct {
  char w[TIMEX_MAXWORD + 1];
  uint8_t cls;
  int8_t val;
  uint8_t val2;
} timex_word;

/* Reads a word list in the format of words.txt (text[0..len)) into a
 * new array of *n words (g_free it).  On an error returns NULL and
 * writes "line N: message" into err. */
timex_word *timex_words_parse(const char *text, size_t len, size_t *n,
                              char *err, size_t err_size);

/* ------------------------------------------------------------------ */
/* Mentions and the token window                                        */
/* ------------------------------------------------------------------ */

#define WIN 4096 /* tokens held at once */
#define LOOK 48  /* tokens kept behind and wanted ahead of the cursor */
#define NOY INT_MIN
#define NX (-1000000) /* an unspecified quantity: "several years" */

enum mkind { MK_ABS = 1, MK_REL, MK_FIXED };
enum anchor { A_DCT = 0, A_NARR = 1 };

/* What the grammar found; the resolver fills the value. */
typedef struct {
  size_t start, end; /* bytes, relative to the piece */
  uint64_t t0, t1;   /* global token numbers */
  uint32_t sent, para;
  uint8_t type, kind;
  int8_t dir; /* tense: -1 past, +1 future, 0 unknown */
  int8_t ytense; /* the tense around a date that states its year (dir is
                    read only where a year or a day must be chosen): a
                    text's own year is not one told in the future */
  int8_t sel; /* "last April" -1, "this April" 0, "next April" +1 */
  bool has_sel;
  unsigned flags;
  int y, m, d; /* y == NOY when absent, m d 0 */
  int yunit;   /* U_YEAR, U_DECADE (y = 199), U_CENTURY (y = 19) */
  int q, half, season, wd, part, week;
  int hour, min; /* -1 absent */
  int unit, n;   /* MK_REL: shift by n units */
  bool ago;      /* value takes the unit's precision */
  bool weekend;
  bool initial; /* opens its sentence ("On May 9, ...") */
  bool after;   /* "two weeks after <event>": anchored on an explicit
                 * date, else the duration val ending at amount_end */
  size_t amount_end;
  bool later;    /* "three days later/earlier" (with after): any date in
                  * this or the previous sentence anchors it */
  bool clock;    /* a clock time without a day: the narrative day if one was
                  * stated in this or the previous sentence, else the DCT */
  bool yrel_set; /* "July last year": year = DCT year + yrel */
  int yrel;
  int anchor;
  bool yq;      /* "a year ago" that may name the year-ago quarter */
  bool deictic; /* points from the time of writing: "yesterday", "last
                 * week", "two years ago", "on Friday" (news evidence) */
  bool here;    /* "this year", "this day": news evidence like deictic,
                 * but in a story the story's own time */
  bool story;   /* set by anchor.c: in a stretch told as a story, so
                 * resolved against the story's time, not the DCT */
  uint8_t prep; /* the preposition before it (PR_*), or 0 */
  bool quoted;  /* inside a quotation: the speaker's time, not evidence */
  bool ahead;   /* its sentence looks ahead from the time of writing */
  bool bound;   /* the bound of a span named from elsewhere: "since 1995",
                 * "until 1945", the 1963 of "1955-1963" or "1955 to 1963" */
  char val[40]; /* MK_FIXED value */
} mention;

typedef struct {
  const char *s;
  tok *t;
  size_t n;
  uint64_t base; /* global number of t[0] */
  bool day_first;
  size_t i0; /* where the current match starts (may open a paragraph) */
} win;

/* Narrative reference time: the story's current date, the last date the
 * text stated or resolved. */
typedef struct {
  annals_date date; /* prec NONE: none yet */
  size_t start;     /* byte offset (whole text) of the mention that set it */
  bool explicit_year;
  uint32_t sent, para;
  int qy, qq; /* last quarter mentioned */
  uint32_t qsent;
  uint64_t qtok;
} narr;

struct annals_dates_stream {
  annals_dates_opts opts;
  bool started;
  /* The text's DCT, settled by dct.c alone (tx_settle_dct, and
   * tx_settle_top_date after the first piece); dct.note is note. */
  annals_dct dct;
  char note[160];
  narr ref;
  bool story; /* the stretch of text read last is told as a story */
  bool started_story; /* a history text opened as a story (anchor.c) */
  int ev_story, ev_news; /* evidence of the text read so far (anchor.c) */
  tok *buf;
  uint64_t tokens; /* tokens before the current piece */
  /* The sentences of the piece being scanned (text/sentence.c), the one
   * of the last token numbered, and the numbers of the sentences and
   * paragraphs of the pieces before. */
  const annals_sentence *sents;
  size_t n_sents, cur;
  uint32_t sent, para;
  bool in_quote;       /* inside a quotation (scan.c) */
  uint32_t quote_para; /* the paragraph of the last token */
  size_t offset; /* bytes before the current piece */
};

/* Token helpers: j is a window index. */
static inline bool has(const win *W, size_t j) { return j < W->n; }

/* Token j continues an expression: present and in the same paragraph. */
static inline bool cont(const win *W, size_t j) {
  return j < W->n && (W->t[j].nl < 2 || j == W->i0);
}

/* Token j is attached to the previous one (no space). */
static inline bool tight(const win *W, size_t j) {
  return cont(W, j) && !W->t[j].sp;
}

static inline bool is_w(const win *W, size_t j, int cls) {
  return cont(W, j) && W->t[j].kind == TK_WORD && W->t[j].cls == cls;
}

static inline bool is_p(const win *W, size_t j, char ch) {
  return cont(W, j) && W->t[j].kind == TK_PUNCT && W->t[j].ch == ch;
}

static inline bool is_num(const win *W, size_t j) {
  return cont(W, j) && W->t[j].kind == TK_NUM;
}

static inline int wval(const win *W, size_t j) { return W->t[j].num; }

/* ------------------------------------------------------------------ */
/* Words and numbers (numbers.c)                                        */
/* ------------------------------------------------------------------ */

size_t tx_skip_dot(const win *W, size_t j);
size_t tx_apos_s(const win *W, size_t j);
bool tx_word_is(const win *W, size_t j, const char *w);
bool tx_clause_word(const win *W, size_t j);
bool tx_modal_word(const win *W, size_t j);
size_t tx_card(const win *W, size_t j, int *val, bool allow_a);
size_t tx_day(const win *W, size_t j, int *day, bool need_ord);
bool tx_num_attached(const win *W, size_t j);
/* Token j is one of two years joined by a dash ("1861-1863"). */
bool tx_year_pair(const win *W, size_t j);
bool tx_num_attached_before(const win *W, size_t j);
size_t tx_year_words(const win *W, size_t j, int *y);
size_t tx_year(const win *W, size_t j, int *y, bool loose);
int tx_unit_at(const win *W, size_t j);
size_t tx_amount_of(const win *W, size_t i, int *n, int *unit, bool *half,
                    bool allow_a, bool *hyph);
bool tx_label_before(const win *W, size_t i);
bool tx_ended_after(const win *W, size_t j);
bool tx_newspaper_word(const win *W, size_t j);
bool tx_count_after(const win *W, size_t e);
int tx_prep_before(const win *W, size_t i);

/* ------------------------------------------------------------------ */
/* The grammar                                                          */
/* ------------------------------------------------------------------ */

/* grammar.c */
void tx_init(mention *m);
void tx_set_fixed(mention *m, int type, const char *val);
/* The core of an expression at i (after prefixes): the rules of the
 * class of token i.  depth > 0 inside another expression. */
size_t tx_core(const win *W, size_t i, mention *m, int depth);
/* An expression at i: prefixes ("early", "the end of", "about"...), then
 * the core.  Returns the end token or 0. */
size_t tx_expr(const win *W, size_t i, mention *m);
/* the.c: "the ..." (i at "the") */
size_t tx_the(const win *W, size_t i, mention *m, int depth);
/* clock.c */
size_t tx_ampm(const win *W, size_t j, int *add);
size_t tx_clock(const win *W, size_t i, mention *m, bool ctx_ok);
size_t tx_date_then_clock(const win *W, size_t e, mention *m);
/* month.c */
size_t tx_year_rel(const win *W, size_t j, mention *m);
size_t tx_month(const win *W, size_t i, mention *m, bool ctx_ok);
size_t tx_day_month(const win *W, size_t i, mention *m);
size_t tx_numeric(const win *W, size_t i, mention *m);
size_t tx_week_of_day(const win *W, size_t k, mention *m);
size_t tx_holiday(const win *W, size_t i, mention *m);
/* tense.c */
int tx_tense(const win *W, size_t i, size_t j, bool infinitive);
/* The sentence looks ahead from the time of writing before token i
 * ("will", "is expected to"): news, even in a paragraph told as a story. */
bool tx_ahead(const win *W, size_t i);
/* period.c */
size_t tx_edge(const win *W, size_t i, int *edge);
size_t tx_quarter(const win *W, size_t i, mention *m);
size_t tx_decade(const win *W, size_t i, mention *m);
size_t tx_season(const win *W, size_t i, mention *m, int depth);
/* sets.c: recurrences; i at the first word */
size_t tx_set_weekday(const win *W, size_t i, size_t j, mention *m);
size_t tx_set_weekdays(const win *W, size_t i, mention *m, int depth);
size_t tx_set_word(const win *W, size_t i, mention *m, int depth);
size_t tx_set_every(const win *W, size_t i, mention *m, int depth);
size_t tx_set_times(const win *W, size_t i, mention *m, int depth);
/* relative.c */
size_t tx_rel(const win *W, size_t i, mention *m);
size_t tx_amount(const win *W, size_t i, mention *m, bool approx);
size_t tx_range(const win *W, size_t i, mention *m);
size_t tx_approx(const win *W, size_t i, mention *m);

/* ------------------------------------------------------------------ */
/* Values and resolution                                                */
/* ------------------------------------------------------------------ */

/* value.c */
void tx_dur_value(char *buf, size_t size, int n, int u, bool half);
int tx_put_digits(char *b, int v, int w);
int tx_fmt_year(char *b, size_t n, int y);
annals_date tx_mkdate(int y, int m, int d, annals_prec p);
void tx_when_point(annals_when *w, annals_date d);
void tx_when_span(annals_when *w, annals_date a, annals_date b);
void tx_when_days(annals_when *w, int64_t a, int64_t b);
int64_t tx_iso_week(int64_t day, int *wy, int *wn);
int tx_month_of_season(int s);
int tx_season_of_month(int m);
void tx_fmt_time(char *v, size_t n, const mention *m);
void tx_out_day(annals_timex *x, const mention *m, int y, int mo, int d);
void tx_out_unresolved(annals_timex *x, const char *v);
void tx_out_quarter(annals_timex *x, int y, int q);
bool tx_year_ok(const annals_when *w);
void tx_out_of_range(annals_timex *x);

/* resolve.c */
typedef struct {
  annals_date dct; /* the date of the stream's settled DCT */
  narr *ref;
} rctx;
bool tx_quarter_recent(const narr *ref, const mention *m);
/* Resolves one mention into x and updates the narrative reference. */
void tx_resolve(annals_dates_stream *S, const mention *m, annals_timex *x);

/* anchor.c: marks the mentions of a piece that are told as a story
 * (m->story), paragraph by paragraph, from the evidence in the text. */
void tx_anchor_plan(annals_dates_stream *S, mention *ms, size_t n);

/* dct.c: settles the DCT of a text (S->dct) on its first piece, whose
 * mentions are ms[0..n): the one asked for (S->opts.dct), else one
 * inferred from the text, else none (with a note saying why). */
void tx_settle_dct(annals_dates_stream *S, const char *s, size_t len,
                   const mention *ms, size_t n);
/* The reading state a piece's resolution changes, kept to read it again. */
typedef struct {
  narr ref;
  bool story, started_story;
  int ev_story, ev_news;
} tx_story_state;
/* When the text still has no DCT after its first piece was resolved into
 * out->items[first..): a dateline or a full date standing alone at the
 * top settles it (S->dct) and the piece is resolved again
 * from the state before. */
void tx_settle_top_date(annals_dates_stream *S, const char *text, size_t len,
                        mention *ms, size_t n, annals_timexes *out,
                        size_t first, const tx_story_state *before);


/* scan.c: the mentions of one piece of text, cut into the sentences
 * sents[0..n_sents), appended to ms. */
void tx_scan_piece(annals_dates_stream *S, const char *text, size_t len,
                   const annals_sentence *sents, size_t n_sents, GArray *ms);

#endif
