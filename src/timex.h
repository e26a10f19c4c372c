/*
 * timex.h - private interface between the date finder's tokenizer
 * (timex_lex.c) and its grammar and resolver (timex.c).
 */
#ifndef ANNALS_TIMEX_H
#define ANNALS_TIMEX_H

#include "internal.h"

/* Longest word looked up in the word table. */
#define TIMEX_MAXWORD 14

enum tok_kind { TK_WORD = 1, TK_NUM, TK_PUNCT, TK_OTHER };

/* Word classes of the table (tok.cls). */
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
};

/* lexicon val2 bits for months and weekdays */
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
  uint32_t sent;     /* sentence number (set by timex.c) */
  uint32_t para;     /* paragraph number (set by timex.c) */
  uint8_t kind;      /* enum tok_kind */
  uint8_t cls;       /* enum word_class, words only */
  uint8_t val2;
  uint8_t ndig; /* digits of a number (saturates at 255) */
  uint8_t len;  /* letters of a word (saturates at 255) */
  uint8_t nl;   /* line ends before the token (0, 1, 2 = more) */
  bool sp;      /* white space before the token */
  bool cap;     /* word starts with an upper-case letter */
  bool allcap;  /* word of 2+ letters all in upper case */
  char ch;      /* punctuation mark, or a word's first letter */
} tok;

typedef struct {
  const char *s;
  size_t len, pos;
} timex_lexer;

/* Builds the word table once (thread-safe). */
void timex_lex_init(void);
/* Cuts up to max tokens from L->s[L->pos..len) into out, advancing
 * L->pos; returns how many were cut (0 at the end). */
size_t timex_lex(timex_lexer *L, tok *out, size_t max);

#endif
