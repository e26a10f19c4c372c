/*
 * nlp/tokenize.c - the word tokenizer: a sentence -> words as byte spans,
 * following the tokenization of the UD English Web Treebank (EWT), whose
 * words the tagger and parser were trained on.
 *
 * One left-to-right pass.  Whitespace (ASCII blanks and controls, U+00A0
 * and the other Unicode spaces, zero-width and bidi format characters)
 * separates chunks; the words of a chunk partition it.  At each position
 * the scanner takes, in order:
 *
 *   - a URL ("http://", "www.", "mailto:"), an e-mail address, a phone
 *     number or numeric date ("212-555-0199", "11/28/2000", "2031-04-09",
 *     "9/11"; but ranges and fractions split: "2019" "-" "2020", "1" "/"
 *     "2");
 *   - a word: runs of letters and digits joined by a '.' before a letter
 *     or digit ("U.S", "1.5", "example.com"), a ',' inside a number
 *     ("1,000"), a ':' between digits ("10:30"), a hyphen after one of a
 *     few prefixes ("e-mail", "non-binding", "mid-March"; other hyphens
 *     are words: "al" "-" "Ani"), an apostrophe that is not a clitic
 *     ("O'Brien"), '&' between capitals ("AT&T"), '_' or '@'.  A word
 *     keeps a final '.' when it is an abbreviation, an initial or a dotted
 *     acronym ("Jan.", "J.", "U.S.") unless the dot ends the sentence
 *     ("etc" ".", as EWT writes it).  Letters after a number are a word
 *     unless they are an ordinal or plural ("10:30" "am", "5.6" "bn" but
 *     "21st", "1990s").  Clitics are split from their host ("do" "n't",
 *     "Iran" "'s", "parents" "'"), and so are the fused forms EWT splits
 *     ("can" "not", "gon" "na", "do" "nt"): these are the multiword
 *     tokens, flagged NLP_SPAN_MWT;
 *   - otherwise punctuation: a run of dots, or of '!' and '?', is one
 *     token ("...", "?!"), as are runs of line-drawing marks ("--", "**",
 *     "->"), of one repeated mark ("$$$", "——") and of single quotes
 *     ("''"); emoticons, hashtags, "@names", "+44" and "'90s" are whole;
 *     any other mark is a token of its own, with the combining marks (and
 *     the ZWJ-joined emoji) that follow it.
 *
 * The rules and word lists were tuned on the EWT train and dev files
 * (tool_tokeval scores them).  Where web text and news disagree the news
 * reading wins: "its" and "your" are never split (EWT splits them when
 * they stand for "it's" and "you're").
 *
 * Character classes come from a table for ASCII and from code point
 * ranges for the rest (letters by default, so every script forms words).
 * Every lookahead is bounded or consumes what it scans, so the time is
 * linear in the length of the sentence.
 */
#include "nlp/nlp.h"
#include "text/abbrev.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- character classes ------------------------------------------------ */

enum {
  K_SPACE = 1 << 0,  /* separates words; never inside one */
  K_LETTER = 1 << 1, /* any letter (any script) */
  K_DIGIT = 1 << 2,  /* ASCII 0-9 */
  K_UPPER = 1 << 3,  /* ASCII A-Z */
  K_LOWER = 1 << 4,  /* ASCII a-z */
  K_MARK = 1 << 5,   /* combining mark or joiner: continues what precedes */
  K_PUNCT = 1 << 6,  /* punctuation or symbol */
};
#define K_WORD (K_LETTER | K_DIGIT | K_MARK)

#define S K_SPACE
#define D K_DIGIT
#define U (K_LETTER | K_UPPER)
#define L (K_LETTER | K_LOWER)
#define P K_PUNCT
static const unsigned char ascii_class[128] = {
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, /* controls */
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, /* controls */
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /*  !"#$%&'()*+,-./ */
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P, /* 0-9 :;<=>? */
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, /* @A-O */
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P, /* P-Z [\]^_ */
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* `a-o */
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, S, /* p-z {|}~ DEL */
};
#undef S
#undef D
#undef U
#undef L
#undef P

/* The class of a non-ASCII code point.  Letters are the default, so
 * every script forms words; the ranges below are the exceptions. */
static unsigned uclass(uint32_t c) {
  if (c < 0xA0)
    return K_SPACE; /* C1 controls, NEL */
  if (c < 0x100) {
    if (c == 0xA0)
      return K_SPACE;
    if (c == 0xAD)
      return K_MARK; /* soft hyphen */
    if (c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 ||
        c == 0xBA)
      return K_LETTER; /* ª ² ³ µ ¹ º */
    if (c < 0xC0 || c == 0xD7 || c == 0xF7)
      return K_PUNCT;
    return K_LETTER;
  }
  if (c < 0x300)
    return K_LETTER;
  if (c < 0x370)
    return K_MARK;
  if (c < 0x2000) {
    switch (c) {
    case 0x37E: /* Greek question mark */
    case 0x387:
    case 0x55D: /* Armenian comma */
    case 0x589:
    case 0x5BE: /* Hebrew maqaf */
    case 0x5C0:
    case 0x5C3:
    case 0x5F3:
    case 0x5F4:
    case 0x60C: /* Arabic comma */
    case 0x61B:
    case 0x61F:
    case 0x66A:
    case 0x6D4:
    case 0x964: /* danda */
    case 0x965:
      return K_PUNCT;
    case 0x1680: /* Ogham space mark */
      return K_SPACE;
    default:
      break;
    }
    if (c >= 0x1AB0 && c < 0x1B00)
      return K_MARK;
    if (c >= 0x1DC0 && c < 0x1E00)
      return K_MARK;
    return K_LETTER;
  }
  if (c < 0x2070) {
    if (c <= 0x200B)
      return K_SPACE; /* en quad .. hair space, zero width space */
    if (c == 0x200C || c == 0x200D || c == 0x2060)
      return K_MARK; /* ZWNJ, ZWJ, word joiner */
    if (c <= 0x200F || (c >= 0x2028 && c <= 0x202F) || c == 0x205F ||
        c >= 0x2061)
      return K_SPACE; /* marks, separators, bidi controls, spaces */
    return K_PUNCT;
  }
  if (c < 0x20A0)
    return K_LETTER; /* super- and subscripts */
  if (c < 0x20D0)
    return K_PUNCT; /* currency */
  if (c < 0x2100)
    return K_MARK;
  if (c < 0x2150)
    return K_PUNCT; /* letterlike symbols */
  if (c < 0x2190)
    return K_LETTER; /* number forms */
  if (c < 0x2C00)
    return K_PUNCT; /* arrows, maths, technical, boxes, dingbats */
  if (c < 0x2E00)
    return c >= 0x2DE0 ? K_MARK : K_LETTER;
  if (c < 0x2E80)
    return K_PUNCT;
  if (c < 0x3000)
    return K_LETTER;
  if (c == 0x3000)
    return K_SPACE;
  if (c < 0x3040)
    return (c >= 0x3005 && c <= 0x3007) ? K_LETTER : K_PUNCT;
  if (c < 0xD800)
    return K_LETTER;
  if (c < 0xF900)
    return K_PUNCT; /* surrogates, private use */
  if (c < 0xFE00)
    return K_LETTER;
  if (c < 0xFE10)
    return K_MARK; /* variation selectors */
  if (c < 0xFE20)
    return K_PUNCT;
  if (c < 0xFE30)
    return K_MARK;
  if (c < 0xFE70)
    return K_PUNCT;
  if (c < 0xFEFF)
    return K_LETTER;
  if (c == 0xFEFF)
    return K_SPACE; /* BOM, zero width no-break space */
  if (c < 0xFF00)
    return K_PUNCT;
  if (c < 0xFFF0) {
    if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
        (c >= 0xFF41 && c <= 0xFF5A) || (c >= 0xFF66 && c <= 0xFFDC))
      return K_LETTER; /* fullwidth digits and letters, halfwidth kana */
    return K_PUNCT;
  }
  if (c < 0x10000)
    return K_PUNCT;
  if (c >= 0x1F3FB && c <= 0x1F3FF)
    return K_MARK; /* skin tone modifiers */
  if (c >= 0x1F000 && c < 0x1FB00)
    return K_PUNCT; /* emoji, pictographs */
  if (c >= 0x1D000 && c < 0x1D250)
    return K_PUNCT; /* musical symbols */
  if (c >= 0xE0000 && c < 0xE1000)
    return K_MARK; /* tags, variation selectors supplement */
  return K_LETTER;
}

/* ---- the scanner ------------------------------------------------------ */

typedef struct {
  const unsigned char *s;
  size_t start, end; /* the sentence */
  size_t tail;       /* the final spaces, quotes and brackets start here */
  GArray *out;
  guint n0;    /* out->len before the sentence */
  bool has_at; /* the sentence has an '@' (e-mail addresses are possible) */
  bool squote; /* a single quote was opened and is not closed yet */
} tk;

/* Decodes the code point at i (< t->end) and its length.  A malformed or
 * truncated sequence reads as one byte of class K_PUNCT. */
static uint32_t decode(const tk *t, size_t i, size_t *len) {
  const unsigned char *s = t->s;
  unsigned char b = s[i];
  size_t need;
  uint32_t c;
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  if (b >= 0xC2 && b <= 0xDF) {
    need = 1;
    c = b & 0x1Fu;
  } else if (b >= 0xE0 && b <= 0xEF) {
    need = 2;
    c = b & 0x0Fu;
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 3;
    c = b & 0x07u;
  } else {
    *len = 1;
    return 0xFFFD;
  }
  if (t->end - i <= need) {
    *len = 1;
    return 0xFFFD;
  }
  for (size_t k = 1; k <= need; k++) {
    unsigned char x = s[i + k];
    if ((x & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    c = (c << 6) | (x & 0x3Fu);
  }
  *len = need + 1;
  return c;
}

/* Class of the character at i and its length; 0 (and length 0) at the
 * end of the sentence. */
static inline unsigned cls_at(const tk *t, size_t i, size_t *len) {
  if (i >= t->end) {
    *len = 0;
    return 0;
  }
  unsigned char b = t->s[i];
  if (b < 0x80) {
    *len = 1;
    return ascii_class[b];
  }
  uint32_t c = decode(t, i, len);
  if (c == 0xFFFD && *len == 1)
    return K_PUNCT;
  return uclass(c);
}

static unsigned cls(const tk *t, size_t i) {
  size_t len;
  return cls_at(t, i, &len);
}

static bool is_word(const tk *t, size_t i) { return (cls(t, i) & K_WORD) != 0; }
static bool is_space(const tk *t, size_t i) {
  return (cls(t, i) & K_SPACE) != 0;
}

/* The byte at i, or 0 past the end. */
static unsigned char at(const tk *t, size_t i) {
  return i < t->end ? t->s[i] : 0;
}

static bool is_digit_b(unsigned char b) { return b >= '0' && b <= '9'; }
static bool is_alpha_b(unsigned char b) {
  return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
}
static bool is_upper_b(unsigned char b) { return b >= 'A' && b <= 'Z'; }
static unsigned char lower_b(unsigned char b) {
  return is_upper_b(b) ? (unsigned char)(b | 0x20) : b;
}

/* Class of the character ending at i (the one before i), 0 at the start
 * of the sentence. */
static unsigned cls_before(const tk *t, size_t i) {
  if (i <= t->start)
    return 0;
  size_t j = i - 1;
  while (j > t->start && i - j < 4 && (t->s[j] & 0xC0) == 0x80)
    j--;
  size_t len;
  unsigned k = cls_at(t, j, &len);
  return j + len == i ? k : K_PUNCT;
}

/* Length of the apostrophe at i: ' ’ ` ʼ (U+02BC), or the acute accent
 * ´ some keyboards type for one; 0 if none. */
static size_t apos_len(const tk *t, size_t i) {
  unsigned char b = at(t, i);
  if (b == '\'' || b == '`')
    return 1;
  if (b == 0xC2 && i + 1 < t->end && t->s[i + 1] == 0xB4)
    return 2;
  if (b == 0xE2 && i + 2 < t->end && t->s[i + 1] == 0x80 && t->s[i + 2] == 0x99)
    return 3;
  if (b == 0xCA && i + 1 < t->end && t->s[i + 1] == 0xBC)
    return 2;
  return 0;
}

/* Length of a single quote mark at i: an apostrophe or ‘ (U+2018). */
static size_t squote_len(const tk *t, size_t i) {
  size_t n = apos_len(t, i);
  if (n)
    return n;
  if (at(t, i) == 0xE2 && i + 2 < t->end && t->s[i + 1] == 0x80 &&
      t->s[i + 2] == 0x98)
    return 3;
  return 0;
}

/* Length of a hyphen at i: '-', U+2010 or U+2011 (not the dashes). */
static size_t hyphen_len(const tk *t, size_t i) {
  unsigned char b = at(t, i);
  if (b == '-')
    return 1;
  if (b == 0xE2 && i + 2 < t->end && t->s[i + 1] == 0x80 &&
      (t->s[i + 2] == 0x90 || t->s[i + 2] == 0x91))
    return 3;
  return 0;
}

/* Compares the ASCII bytes [a, b) with w, ignoring case. */
static bool word_is(const tk *t, size_t a, size_t b, const char *w) {
  size_t n = strlen(w);
  if (b - a != n)
    return false;
  for (size_t k = 0; k < n; k++)
    if (lower_b(t->s[a + k]) != (unsigned char)w[k])
      return false;
  return true;
}

/* Copies [a, b) lowercased into buf (size cap) when it is 1..cap-1 ASCII
 * letters; returns its length, 0 otherwise. */
static size_t lower_word(const tk *t, size_t a, size_t b, char *buf,
                         size_t cap) {
  if (b <= a || b - a >= cap)
    return 0;
  for (size_t k = a; k < b; k++) {
    if (!is_alpha_b(t->s[k]))
      return 0;
    buf[k - a] = (char)lower_b(t->s[k]);
  }
  buf[b - a] = '\0';
  return b - a;
}

static bool in_list(const char *w, const char *const *list, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (w[0] == list[k][0] && strcmp(w, list[k]) == 0)
      return true;
  return false;
}

static void emit(tk *t, size_t a, size_t b, unsigned flags) {
  nlp_span sp;
  sp.start = a;
  sp.end = b;
  sp.flags = flags;
  if (b < t->end && is_space(t, b))
    sp.flags |= NLP_SPAN_SPACE_AFTER;
  g_array_append_val(t->out, sp);
}

/* ---- word lists ------------------------------------------------------- */

/* Prefixes a hyphen stays attached to ("non-violent", "e-mail"). */
static const char *const hyphen_prefixes[] = {
    "arch",  "co",   "counter", "cross", "e",      "intra",
    "micro", "mis",  "multi",   "over",  "psycho", "pseudo",
    "re",    "semi", "socio",   "sub",   "ultra",  "un",
};

/* Prefixes a hyphen stays attached to before a capital too
 * ("anti-American", "mid-August"). */
static const char *const hyphen_prefixes_cap[] = {
    "anti", "ex", "mid", "neo", "non", "post", "pre", "pro",
};

/* Letters that stay on a number before them ("10th", "1990s", "5G");
 * other lowercase letters are split off ("10" "am", "5.6" "bn", "20"
 * "km"), capitals only when they are one of these units ("11" "AM"). */
static const char *const number_suffixes[] = {"st", "nd", "rd", "th", "s", "g"};
static const char *const caps_units[] = {"am", "pm",  "bn",  "kg", "km", "mph",
                                         "gb", "mb",  "kb",  "tb", "mw", "gw",
                                         "kw", "kwh", "ghz", "mhz"};

/* Fused forms EWT writes as several words, sorted for bsearch: cut gives
 * the lengths of the parts but the last ("cannot" = can + not). */
enum { F_PLAIN = 1, F_FIRST = 2 }; /* not an MWT; only as first word */
typedef struct {
  const char *word;
  unsigned char cut[2];
  unsigned char flags;
} fused;
static const fused fused_forms[] = {
    {"aint", {2, 0}, 0},       {"alot", {1, 0}, F_PLAIN},
    {"arent", {3, 0}, 0},      {"cannot", {3, 0}, 0},
    {"cant", {2, 0}, 0},       {"couldnt", {5, 0}, 0},
    {"couldve", {5, 0}, 0},    {"didnt", {3, 0}, 0},
    {"doesnt", {4, 0}, 0},     {"dont", {2, 0}, 0},
    {"dunno", {2, 1}, 0},      {"gimme", {3, 0}, 0},
    {"gonna", {3, 0}, 0},      {"gotta", {3, 0}, 0},
    {"hadnt", {3, 0}, 0},      {"hasnt", {3, 0}, 0},
    {"havent", {4, 0}, 0},     {"heres", {4, 0}, 0},
    {"hes", {2, 0}, 0},        {"im", {1, 0}, 0},
    {"isnt", {2, 0}, 0},       {"itll", {2, 0}, 0},
    {"ive", {1, 0}, 0},        {"lemme", {3, 0}, 0},
    {"lets", {3, 0}, F_FIRST}, {"mustnt", {4, 0}, 0},
    {"outta", {3, 0}, 0},      {"shouldnt", {6, 0}, 0},
    {"shouldve", {6, 0}, 0},   {"thats", {4, 0}, 0},
    {"theres", {5, 0}, 0},     {"theyll", {4, 0}, 0},
    {"theyre", {4, 0}, 0},     {"theyve", {4, 0}, 0},
    {"wanna", {3, 0}, 0},      {"wasnt", {3, 0}, 0},
    {"werent", {4, 0}, 0},     {"whats", {4, 0}, 0},
    {"wheres", {5, 0}, 0},     {"whos", {3, 0}, 0},
    {"wont", {2, 0}, 0},       {"wouldnt", {5, 0}, 0},
    {"wouldve", {5, 0}, 0},    {"youll", {3, 0}, 0},
    {"youre", {3, 0}, 0},      {"youve", {3, 0}, 0},
};

/* ---- words ------------------------------------------------------------ */

/* Whether the dot after the word [a, b) belongs to it: an initial, a
 * dotted acronym ("U.S", "p.m", "Ph.D") or a listed abbreviation. */
static bool keeps_dot(const tk *t, size_t a, size_t b) {
  const unsigned char *s = t->s;
  if (b - a == 1)
    return is_alpha_b(s[a]);
  if (b - a > 32)
    return false; /* bounds the work per dot */
  /* dotted: letter groups of one or two separated by single dots */
  bool dotted = false;
  size_t run = 0;
  for (size_t k = a; k < b; k++) {
    if (s[k] == '.') {
      if (run == 0)
        return false;
      dotted = true;
      run = 0;
    } else if (is_alpha_b(s[k]) && run < 2) {
      run++;
    } else {
      dotted = false;
      break;
    }
  }
  if (dotted && run > 0)
    return true;
  unsigned f = abbrev_lookup((const char *)s + a, b - a);
  if (!(f & ABBREV_TOKEN))
    return false;
  if ((f & ABBREV_CAP) && !is_upper_b(s[a]))
    return false;
  if (f & ABBREV_NUM) {
    /* "No. 5", not "said no." */
    size_t k = b + 1;
    while (k < t->end && s[k] == ' ')
      k++;
    return is_digit_b(at(t, k));
  }
  return true;
}

/* End of the clitic at i ('s 're 'll 've 'd 'm, any case, after an
 * apostrophe), or 0 when there is none.  A word must not follow. */
static size_t rclitic_end(const tk *t, size_t i) {
  size_t al = apos_len(t, i);
  if (!al)
    return 0;
  size_t k = i + al;
  unsigned char c1 = lower_b(at(t, k)), c2 = lower_b(at(t, k + 1));
  size_t n = 0;
  if (c1 == 's' || c1 == 'd' || c1 == 'm')
    n = 1;
  else if ((c1 == 'r' && c2 == 'e') || (c1 == 'l' && c2 == 'l') ||
           (c1 == 'v' && c2 == 'e'))
    n = 2;
  if (!n || is_word(t, k + n))
    return 0;
  return k + n;
}

/* End of "n't" starting at i (the 'n'), or 0. */
static size_t nt_end(const tk *t, size_t i) {
  if (lower_b(at(t, i)) != 'n')
    return 0;
  size_t al = apos_len(t, i + 1);
  if (!al || (al == 1 && at(t, i + 1) == '`'))
    return 0;
  size_t k = i + 1 + al;
  if (lower_b(at(t, k)) != 't' || is_word(t, k + 1))
    return 0;
  return k + 1;
}

/* Whether a clitic split is allowed after the host [a, b): the host is
 * not empty, ends in a letter or a dot ("U.S.'s") and is not "y" or "ya"
 * (y'all). */
static bool clitic_host(const tk *t, size_t a, size_t b, unsigned last) {
  if (b <= a)
    return false;
  if (!(last & (K_LETTER | K_MARK)) && t->s[b - 1] != '.')
    return false;
  return !word_is(t, a, b, "y") && !word_is(t, a, b, "ya");
}

/* Whether a currency sign ends right before i ("$", "£", "€", "¥"). */
static bool currency_before(const tk *t, size_t i) {
  const unsigned char *s = t->s;
  if (i > t->start && s[i - 1] == '$')
    return true;
  if (i >= t->start + 2 && s[i - 2] == 0xC2 &&
      (s[i - 1] == 0xA3 || s[i - 1] == 0xA5))
    return true;
  return i >= t->start + 3 && s[i - 3] == 0xE2 && s[i - 2] == 0x82 &&
         s[i - 1] == 0xAC;
}

/* Whether the ASCII letters at i, after the digits of the number that
 * starts at ws, are a word of their own ("am", "kg", "bn", "minutes"):
 * not when a digit or another letter follows them ("3x5", "4x4"), nor for
 * an ordinal or plural suffix, nor for capitals that are not a unit
 * ("86M", "3D"; but "$3M" is 3 million). */
static bool unit_ahead(const tk *t, size_t ws, size_t i) {
  char w[16];
  size_t k = i;
  while (k < t->end && is_alpha_b(t->s[k]) && k - i < sizeof w - 1)
    k++;
  if (is_word(t, k) || !lower_word(t, i, k, w, sizeof w))
    return false;
  if (is_upper_b(t->s[i])) {
    unsigned char b = t->s[i];
    if (k - i == 1)
      return (b == 'K' || b == 'M' || b == 'B') && currency_before(t, ws);
    return in_list(w, caps_units, ARRAY_SIZE(caps_units));
  }
  return !in_list(w, number_suffixes, ARRAY_SIZE(number_suffixes));
}

/* Top-level domains written capitalized ("Example.Com"). */
static const char *const domains[] = {"com", "net",  "org", "gov",
                                      "edu", "info", "biz"};

/* What the '.' at p does to the word [ws, p) (its current run starts at
 * rs) when a letter or digit follows it: DOT_JOINS keeps the word going
 * ("example.com", "1.5", "U.S"); DOT_ENDS takes the dot and ends the word
 * after an abbreviation ("Dr." "Smith", "Nov." "28") or an initial before
 * a name ("S." "Korea", "P.O." "Box"); DOT_SPLITS ends the word before the
 * dot of two sentences run together ("said" "." "The"). */
enum { DOT_JOINS, DOT_ENDS, DOT_SPLITS };
static int dot_action(const tk *t, size_t ws, size_t rs, size_t p) {
  const unsigned char *s = t->s;
  size_t r = p + 1, k = r;
  /* an abbreviation before a number: "Nov.28", "No.1" */
  if (is_digit_b(s[r]))
    return p - ws >= 2 && keeps_dot(t, ws, p) ? DOT_ENDS : DOT_JOINS;
  while (k < t->end && is_alpha_b(s[k]) && k - r < 32)
    k++;
  unsigned char after = at(t, k);
  if (is_word(t, k) || after == '.' || after == '/' || after == '@' ||
      hyphen_len(t, k))
    return DOT_JOINS;
  size_t rl = k - r; /* letters after the dot */
  bool cap_word = rl >= 2 && is_upper_b(s[r]) && !is_upper_b(s[r + 1]);
  /* an abbreviation before a word of three letters or more */
  if (p - ws >= 2 && rl >= 3 && keeps_dot(t, ws, p))
    return DOT_ENDS;
  /* an initial before a name */
  if (p - rs == 1 && is_upper_b(s[rs]) && cap_word && rl >= 3)
    return DOT_ENDS;
  /* two words run together */
  if (rs != ws || p - rs < 2)
    return DOT_JOINS;
  for (size_t j = rs; j < p; j++)
    if (!is_alpha_b(s[j]))
      return DOT_JOINS;
  if (is_upper_b(s[p - 1]) || !cap_word)
    return DOT_JOINS;
  char w[8];
  if (lower_word(t, r, k, w, sizeof w) &&
      in_list(w, domains, ARRAY_SIZE(domains)))
    return DOT_JOINS;
  return DOT_SPLITS;
}

/* End of a URL starting at i, or 0. */
static size_t url_end(const tk *t, size_t i) {
  static const struct {
    const char *s;
    size_t n;
  } schemes[] = {{"http://", 7}, {"https://", 8}, {"ftp://", 6},
                 {"www.", 4},    {"mailto:", 7},  {"file://", 7}};
  unsigned char b0 = lower_b(t->s[i]);
  if (b0 != 'h' && b0 != 'w' && b0 != 'f' && b0 != 'm')
    return 0;
  size_t k = 0;
  for (size_t n = 0; n < ARRAY_SIZE(schemes) && !k; n++) {
    size_t len = schemes[n].n;
    if (t->end - i > len) {
      size_t j = 0;
      while (j < len && lower_b(t->s[i + j]) == (unsigned char)schemes[n].s[j])
        j++;
      if (j == len && is_word(t, i + len))
        k = i + len;
    }
  }
  if (!k)
    return 0;
  size_t open = 0, len;
  while (k < t->end) {
    unsigned c = cls_at(t, k, &len);
    unsigned char b = t->s[k];
    if ((c & K_SPACE) || b == '<' || b == '>' || b == '"' ||
        (b >= 0x80 && (c & K_PUNCT)))
      break;
    if (b == '(')
      open++;
    k += len;
  }
  /* trailing punctuation belongs to the sentence */
  while (k > i) {
    unsigned char b = t->s[k - 1];
    if (b == '.' || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' ||
        b == '\'' || b == '*' || (b == ')' && !open) || b == ']' || b == '}')
      k--;
    else
      break;
  }
  return k;
}

/* End of an e-mail address starting at i, or 0.  The local part and the
 * domain are bounded (64 and 255 bytes) to keep the scan linear. */
static size_t email_end(const tk *t, size_t i) {
  const unsigned char *s = t->s;
  size_t k = i;
  while (k < t->end && k - i < 64) {
    unsigned char b = s[k];
    if (!(is_alpha_b(b) || is_digit_b(b) || b == '.' || b == '_' || b == '-' ||
          b == '+' || b == '%' || b == '\''))
      break;
    k++;
  }
  if (k == i || at(t, k) != '@')
    return 0;
  size_t d = ++k, last = 0;
  bool dot = false;
  while (k < t->end && k - d < 255) {
    unsigned char b = s[k];
    if (is_alpha_b(b) || is_digit_b(b)) {
      last = k + 1;
    } else if (b == '.' || b == '-' || b == '_') {
      if (b == '.' && last == k && k > d)
        dot = true;
    } else {
      break;
    }
    k++;
  }
  if (!last || !dot)
    return 0;
  /* the last dot must have a letter or digit after it */
  size_t j = last;
  while (j > d && s[j - 1] != '.')
    j--;
  return j > d && j < last ? last : 0;
}

/* End of a phone number or numeric date at i (a digit): three or more
 * digit groups joined by '-' or '/' ("713-853-3989", "11/28/2000",
 * "2024-01-16"), "345-9945", or a month/day such as "9/11"; 0 if none.
 * Ranges ("2019-2020", "5-10") and fractions ("1/2") are not. */
static size_t numgroup_end(const tk *t, size_t i) {
  const unsigned char *s = t->s;
  size_t k = i, groups = 0, len1 = 0, len2 = 0;
  unsigned v1 = 0, v2 = 0;
  unsigned char sep1 = 0;
  for (;;) {
    if (k - i > 24 || groups > 5)
      return 0; /* no phone number or date: bounds the work per word */
    size_t g = k;
    unsigned v = 0;
    while (k < t->end && is_digit_b(s[k]) && k - i <= 24) {
      if (k - g < 6)
        v = v * 10 + (unsigned)(s[k] - '0');
      k++;
    }
    groups++;
    if (groups == 1) {
      len1 = k - g;
      v1 = v;
    } else if (groups == 2) {
      len2 = k - g;
      v2 = v;
    }
    unsigned char b = at(t, k);
    if ((b == '-' || b == '/') && is_digit_b(at(t, k + 1))) {
      if (groups == 1)
        sep1 = b;
      k++;
      continue;
    }
    break;
  }
  if (groups < 2 || is_word(t, k))
    return 0;
  if (groups >= 3)
    return k;
  if (sep1 == '-')
    return len2 == 4 && len1 != 4 ? k : 0;
  if (len1 <= 2 && v1 >= 1 && v1 <= 12 && len2 == 2 && v2 >= 1 && v2 <= 31)
    return k;
  return 0;
}

/* Whether the hyphen at h joins the word [a, h) to what follows. */
static bool hyphen_joins(const tk *t, size_t a, size_t h, size_t hl) {
  size_t r = h + hl;
  unsigned c = cls(t, r);
  if (!(c & (K_LETTER | K_DIGIT)))
    return false;
  char w[8];
  if (!lower_word(t, a, h, w, sizeof w))
    return false;
  if (in_list(w, hyphen_prefixes_cap, ARRAY_SIZE(hyphen_prefixes_cap)))
    return true;
  return !(c & K_UPPER) &&
         in_list(w, hyphen_prefixes, ARRAY_SIZE(hyphen_prefixes));
}

/* Whether the lowercase word w (n >= 2) ends like a fused form: a quick
 * filter before the search. */
static bool fused_ending(const char *w, size_t n) {
  char a = w[n - 2], b = w[n - 1];
  switch (b) {
  case 't':
    return a == 'n' || a == 'o';
  case 'a':
    return a == 'n' || a == 't';
  case 'e':
    return a == 'm' || a == 'v' || a == 'r';
  case 'o':
    return a == 'n';
  case 'm':
    return a == 'i';
  case 's':
    return a == 't' || a == 'e' || a == 'o';
  case 'l':
    return a == 'l';
  default:
    return false;
  }
}

static int fused_cmp(const void *key, const void *elt) {
  return strcmp(key, ((const fused *)elt)->word);
}

/* Emits the word [a, b), split when it is a fused form ("cannot"). */
static void emit_word(tk *t, size_t a, size_t b) {
  char w[10];
  size_t n = lower_word(t, a, b, w, sizeof w);
  const fused *f = NULL;
  if (n >= 2 && fused_ending(w, n))
    f = bsearch(w, fused_forms, ARRAY_SIZE(fused_forms), sizeof *f, fused_cmp);
  /* "IM" is instant messaging, not "I'm" */
  if (!f || (n == 2 && is_upper_b(t->s[a + 1])) ||
      ((f->flags & F_FIRST) && t->out->len != t->n0)) {
    emit(t, a, b, 0);
    return;
  }
  unsigned fl = (f->flags & F_PLAIN) ? 0 : NLP_SPAN_MWT;
  size_t p = a + f->cut[0];
  emit(t, a, p, fl ? fl | NLP_SPAN_MWT_FIRST : 0);
  if (f->cut[1]) {
    emit(t, p, p + f->cut[1], fl);
    p += f->cut[1];
  }
  emit(t, p, b, fl);
}

/* A run of letters, digits and marks from *p (scan_word).  *num: the
 * word is a number so far; *last: the class of its last character.
 * Returns false when the word ends before a unit ("5km"). */
static bool word_run(tk *t, size_t ws, size_t *p, bool *num, unsigned *last) {
  size_t len;
  for (;;) {
    unsigned c = cls_at(t, *p, &len);
    if (!(c & K_WORD))
      return true;
    if (*num && (c & K_LETTER)) {
      if (*p > ws && (*last & K_DIGIT) && (c & (K_UPPER | K_LOWER)) &&
          unit_ahead(t, ws, *p))
        return false;
      *num = false;
    }
    *last = c;
    *p += len;
  }
}

/* The joiner at *p after a run that started at rs (scan_word): a dot,
 * comma, colon, hyphen, slash, '&', '_', '@', '*' or apostrophe inside a
 * word.  Returns where the word goes on, or 0 when it ends at *p (which
 * may have moved past a character the word keeps; *dot_done when that
 * was its final dot). */
static size_t word_joiner(tk *t, size_t ws, size_t rs, size_t *p,
                          unsigned last, bool *num, bool *dot_done) {
  const unsigned char *s = t->s;
  unsigned char b = at(t, *p);
  unsigned char n1 = at(t, *p + 1);
  size_t al, hl;
  if (b == '.') {
    if (n1 != '.' && is_word(t, *p + 1)) {
      int act = dot_action(t, ws, rs, *p);
      if (act == DOT_ENDS) {
        (*p)++;
        *dot_done = true;
        return 0;
      }
      if (act == DOT_JOINS)
        return *p + 1;
    }
  } else if (b == ',') {
    /* "1,000", and the decimal comma of "3,40" */
    if ((last & K_DIGIT) && *num && is_digit_b(n1)) {
      size_t k = *p + 1;
      while (k < *p + 5 && is_digit_b(at(t, k)))
        k++;
      size_t nd = k - *p - 1;
      if (!is_digit_b(at(t, k)) &&
          (nd == 3 || (nd <= 2 && *p - ws <= 3 && at(t, k) != ',' &&
                       !(ws > t->start && s[ws - 1] == ','))))
        return *p + 1;
    }
  } else if (b == ':') {
    if ((last & K_DIGIT) && *num && is_digit_b(n1))
      return *p + 1;
  } else if ((hl = hyphen_len(t, *p)) != 0) {
    if (hyphen_joins(t, ws, *p, hl)) {
      *num = false;
      return *p + hl;
    }
  } else if (b == '/') {
    /* "w/o", "w/out", "w/" (with), "I/O", "b/c" */
    if (*p - ws == 1 && (s[ws] == 'w' || s[ws] == 'W')) {
      size_t k = *p + 1;
      while (k < t->end && is_alpha_b(s[k]) && k - *p <= 4)
        k++;
      if (!is_word(t, k) &&
          (word_is(t, *p + 1, k, "o") || word_is(t, *p + 1, k, "out")))
        return *p + 1;
      (*p)++;
      return 0;
    }
    if (*p - ws == 1 && is_alpha_b(s[ws]) && is_alpha_b(n1) &&
        !is_word(t, *p + 2))
      return *p + 1;
  } else if (b == '&') {
    if (is_upper_b(s[*p - 1]) && is_upper_b(n1))
      return *p + 1;
  } else if (b == '_' || b == '@') {
    if (is_word(t, *p + 1))
      return *p + 1;
  } else if (b == '*') {
    /* "sh*t", "f***" */
    if (last & K_LETTER) {
      size_t k = *p;
      while (at(t, k) == '*')
        k++;
      if (cls(t, k) & K_LETTER)
        return k;
      if (k - *p >= 2 && *p - ws <= 2 && !is_word(t, k)) {
        *p = k;
        return 0;
      }
    }
  } else if ((al = apos_len(t, *p)) != 0) {
    bool clitic = (*p - ws >= 2 && nt_end(t, *p - 1) &&
                   clitic_host(t, ws, *p - 1, K_LETTER)) ||
                  (rclitic_end(t, *p) && clitic_host(t, ws, *p, last));
    if (!clitic && (cls(t, *p + al) & K_LETTER))
      return *p + al;
  }
  return 0;
}

/* Emits the word ws..we (scan_word) with what ends it: "US$", "Yahoo!",
 * clitics (n't, 's, 're ...) as parts of a multiword token, a final
 * apostrophe.  last: the class of the word's last character.  Returns
 * where the next token starts. */
static size_t word_emit(tk *t, size_t ws, size_t we, unsigned last) {
  const unsigned char *s = t->s;
  /* "US$", "Yahoo!" */
  if (at(t, we) == '$' && we - ws <= 2 && is_upper_b(s[ws]) &&
      is_upper_b(s[we - 1])) {
    emit(t, ws, we + 1, 0);
    return we + 1;
  }
  if (at(t, we) == '!' && word_is(t, ws, we, "yahoo")) {
    emit(t, ws, we + 1, 0);
    return we + 1;
  }
  /* clitics: host + n't / 's / 're ... */
  size_t hs = 0;
  if (we - ws >= 2 && nt_end(t, we - 1) && clitic_host(t, ws, we - 1, K_LETTER))
    hs = we - 1;
  else if (rclitic_end(t, we) && clitic_host(t, ws, we, last))
    hs = we;
  if (hs) {
    emit(t, ws, hs, NLP_SPAN_MWT | NLP_SPAN_MWT_FIRST);
    size_t k = hs;
    for (;;) {
      size_t ce = nt_end(t, k);
      if (!ce)
        ce = rclitic_end(t, k);
      if (!ce)
        break;
      emit(t, k, ce, NLP_SPAN_MWT);
      k = ce;
    }
    return k;
  }
  /* a final apostrophe: possessive ("parents'"), dropped g ("goin'"), or
   * the close of a quote */
  size_t al = apos_len(t, we);
  if (al && !t->squote && !squote_len(t, we + al) && !is_word(t, we + al)) {
    unsigned char l1 = lower_b(s[we - 1]);
    if (l1 == 's' && (last & K_LETTER)) {
      emit(t, ws, we, NLP_SPAN_MWT | NLP_SPAN_MWT_FIRST);
      emit(t, we, we + al, NLP_SPAN_MWT);
      return we + al;
    }
    if (al == 1 && s[we] == '\'' && l1 == 'n' && we - ws >= 3 &&
        lower_b(s[we - 2]) == 'i') {
      emit(t, ws, we + 1, 0);
      return we + 1;
    }
  }
  emit_word(t, ws, we);
  return we;
}

/* Scans the word starting at ws (scanning from p >= ws, a word
 * character) and emits it with its clitics; returns where it ends. */
static size_t scan_word(tk *t, size_t ws, size_t p) {
  const unsigned char *s = t->s;
  size_t e;
  if (p == ws) {
    if ((e = url_end(t, ws)) || (t->has_at && (e = email_end(t, ws))) ||
        (is_digit_b(s[ws]) && (e = numgroup_end(t, ws)))) {
      emit(t, ws, e, 0);
      return e;
    }
  }
  bool num = is_digit_b(s[p]) || (p > ws && s[ws] == '.');
  bool dot_done = false; /* the word ends with the dot it took */
  unsigned last = 0;
  size_t rs = p; /* start of the current run */
  while (word_run(t, ws, &p, &num, &last)) {
    size_t q = word_joiner(t, ws, rs, &p, last, &num, &dot_done);
    if (!q)
      break;
    p = rs = q;
    last = K_PUNCT;
  }
  size_t we = p;
  /* the dot of an abbreviation ("Inc." and "Inc.." too), unless it ends
   * the sentence */
  if (!dot_done && at(t, we) == '.' && at(t, we + 2) != '.' &&
      !is_word(t, we + 1) && we + 1 < t->tail && keeps_dot(t, ws, we)) {
    we++;
    last = K_PUNCT;
  }
  return word_emit(t, ws, we, last);
}

/* ---- punctuation ------------------------------------------------------ */

static const char *const emoticons[] = {
    ":-)", ":-(", ";-)", ":-D", ":-P", ":-p", ":-/", ":'(", ":')", ":-*",
    ":)",  ":(",  ";)",  ":D",  ":P",  ":p",  ":/",  ":|",  ":O",  ":o",
    ":]",  ":[",  ":*",  ";D",  "=)",  "=(",  "<3",  "^_^", "^^",  "-_-",
    ">_<", "o_O", "O_o", "T_T", ":-|", "8-)", ">:(", ";P",  ";p",
};

/* End of an emoticon at i, or 0.  It must stand alone: no word before
 * it unless it ends the chunk, none right after it. */
static size_t emoticon_end(const tk *t, size_t i, bool after_word) {
  if (!strchr(":;=<^->oOT8", t->s[i]) || t->s[i] == 0)
    return 0;
  for (size_t n = 0; n < ARRAY_SIZE(emoticons); n++) {
    size_t len = strlen(emoticons[n]);
    if (t->end - i < len || memcmp(t->s + i, emoticons[n], len) != 0)
      continue;
    size_t k = i + len;
    if (is_word(t, k))
      continue;
    if (after_word && !(k >= t->end || is_space(t, k)))
      continue;
    return k;
  }
  return 0;
}

/* ASCII marks that draw lines and arrows: a run of them, mixed, is one
 * token ("--", "**", "<<", "->", "==----"). */
static bool is_line(unsigned char c) {
  return c == '-' || c == '=' || c == '*' || c == '_' || c == '~' || c == '+' ||
         c == '#' || c == '^' || c == '|' || c == '<' || c == '>';
}

/* Other code points that repeat into one token ("$$$", "——", "//"). */
static bool repeats(uint32_t c) {
  return c == '$' || c == '/' || c == '\\' || c == 0x2013 || c == 0x2014 ||
         c == 0x2015 || c == 0x2012 || c == 0x2022 || c == 0x2026;
}

/* The end of the run of bytes equal to one of set from i. */
static size_t run_of(const tk *t, size_t i, const char *set) {
  while (i < t->end && t->s[i] && strchr(set, t->s[i]))
    i++;
  return i;
}

/* Scans the punctuation token at i and emits it; returns its end. */
static size_t scan_punct(tk *t, size_t i) {
  const unsigned char *s = t->s;
  size_t len, k, e;
  unsigned before = cls_before(t, i);
  bool after_word = (before & K_WORD) != 0;
  bool at_chunk = before == 0 || (before & K_SPACE);
  uint32_t c = decode(t, i, &len);

  if (!after_word || c == ':' || c == ';') {
    if ((e = emoticon_end(t, i, after_word))) {
      emit(t, i, e, 0);
      return e;
    }
  }

  /* single quotes */
  size_t ql = squote_len(t, i);
  if (ql) {
    k = i + ql;
    if (squote_len(t, k)) { /* '' ‘’ ’’ */
      while (squote_len(t, k))
        k += squote_len(t, k);
      emit(t, i, k, 0);
      return k;
    }
    if (!after_word) {
      /* '90s ’72 */
      if (is_digit_b(at(t, k)) && is_digit_b(at(t, k + 1))) {
        e = k + 2;
        if (lower_b(at(t, e)) == 's')
          e++;
        if (!is_word(t, e)) {
          emit(t, i, e, 0);
          return e;
        }
      }
      /* 'em 'n 'cause 'til 'tis 'twas */
      static const char *const elided[] = {"em",  "n",   "cause",
                                           "til", "tis", "twas"};
      e = k;
      while (e < t->end && is_alpha_b(s[e]) && e - k < 6)
        e++;
      if (e > k && !is_word(t, e)) {
        for (size_t n = 0; n < ARRAY_SIZE(elided); n++)
          if (word_is(t, k, e, elided[n])) {
            emit(t, i, e, 0);
            return e;
          }
      }
      /* a clitic standing alone: "Mr. Smith 's" */
      if (at_chunk && ql == apos_len(t, i) && (e = rclitic_end(t, i))) {
        emit(t, i, e, 0);
        return e;
      }
      t->squote = is_word(t, k);
    } else {
      t->squote = false;
    }
    emit(t, i, k, 0);
    return k;
  }

  /* "...", "?!", ".?": a run of dots, or of '?' and '!', with one dot
   * before or after */
  if (c == '.' || c == '!' || c == '?') {
    if (c == '.') {
      k = run_of(t, i, ".");
      if (k == i + 1) {
        /* ".5", ".doc": a lone dot before a number or an extension */
        if (!after_word && is_word(t, k)) {
          e = k;
          while (e < t->end && is_alpha_b(s[e]) && e - k < 5)
            e++;
          if (is_digit_b(s[k]) ||
              (e - k <= 4 && !is_word(t, e) && !is_upper_b(s[k])))
            return scan_word(t, i, k);
        }
        k = run_of(t, k, "!?");
      }
    } else {
      k = run_of(t, i, "!?");
      if (at(t, k) == '.' && at(t, k + 1) != '.')
        k++;
    }
    emit(t, i, k, 0);
    return k;
  }

  /* "+44", "#tag", "@name" */
  if (at_chunk && (c == '+' || c == '#' || c == '@')) {
    k = i + 1;
    if (c == '+') {
      while (k < t->end && is_digit_b(s[k]) && k - i <= 4)
        k++;
      if (k > i + 1 && k - i <= 4 && !is_word(t, k)) {
        emit(t, i, k, 0);
        return k;
      }
    } else if (cls(t, k) & K_LETTER) {
      /* "@name", "@example.com", "#tag" */
      while (k < t->end) {
        unsigned x = cls_at(t, k, &len);
        if (!(x & K_WORD) && s[k] != '_' &&
            !(c == '@' && s[k] == '.' && is_word(t, k + 1)))
          break;
        k += len;
      }
      emit(t, i, k, 0);
      return k;
    }
  }

  k = i + len;
  if (c < 0x80 && is_line((unsigned char)c)) {
    while (k < t->end && is_line(s[k]) && !(s[k - 1] == '<' && s[k] == '>'))
      k++;
  } else if (repeats(c)) {
    while (k < t->end) {
      size_t l2;
      if (decode(t, k, &l2) != c)
        break;
      k += l2;
    }
  } else {
    /* combining marks, and emoji joined by ZWJ, stay with the mark */
    for (;;) {
      size_t l2;
      unsigned x = cls_at(t, k, &l2);
      if (!(x & K_MARK))
        break;
      uint32_t d = decode(t, k, &l2);
      k += l2;
      if (d == 0x200D && (cls(t, k) & K_PUNCT) && t->s[k] >= 0x80) {
        decode(t, k, &l2);
        k += l2;
      }
    }
  }
  emit(t, i, k, 0);
  return k;
}

/* ---- the sentence ----------------------------------------------------- */

/* Where the sentence's final run of spaces, closing quotes and closing
 * brackets begins: a dot before it ends the sentence. */
static size_t final_tail(const tk *t) {
  size_t k = t->end;
  while (k > t->start) {
    size_t j = k - 1;
    while (j > t->start && k - j < 4 && (t->s[j] & 0xC0) == 0x80)
      j--;
    size_t len;
    unsigned c = cls_at(t, j, &len);
    if (j + len != k)
      break;
    uint32_t cp = decode(t, j, &len);
    if (!(c & K_SPACE) && cp != '"' && cp != '\'' && cp != 0x201D &&
        cp != 0x2019 && cp != 0xBB && cp != ')' && cp != ']')
      break;
    k = j;
  }
  return k;
}

size_t nlp_tokenize(const char *text, size_t start, size_t end, GArray *out) {
  if (!text || !out || start >= end)
    return 0;
  tk t;
  t.s = (const unsigned char *)text;
  t.start = start;
  t.end = end;
  t.out = out;
  t.n0 = out->len;
  t.squote = false;
  t.tail = final_tail(&t);
  t.has_at = memchr(text + start, '@', end - start) != NULL;
  size_t i = start;
  while (i < end) {
    size_t len;
    unsigned c = cls_at(&t, i, &len);
    if (c & K_SPACE) {
      i += len;
      continue;
    }
    if (c & K_WORD)
      i = scan_word(&t, i, i);
    else
      i = scan_punct(&t, i);
  }
  return out->len - t.n0;
}
