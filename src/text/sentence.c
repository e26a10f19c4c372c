/*
 * sentence.c - the sentence splitter and the word tokenizer.
 *
 * Sentences are byte spans (no copies).  The text is read line by line:
 * a blank line ends a paragraph; a line that does not end with final
 * punctuation is a unit of its own (headline, byline, caption) unless the
 * next line continues it in lowercase (hard-wrapped prose).  Inside a
 * paragraph a '.', '!' or '?' (with any closing quotes or brackets) ends
 * a sentence when whitespace and an uppercase letter, digit or opening
 * quote follow, except after titles and abbreviations ("Dr", "Mr.",
 * "Jan."), initials ("S.") and dotted acronyms ("U.S.") that are not
 * followed by a typical sentence opener.
 */
#include "text/abbrev.h"
#include "text/words.h"

#include <ctype.h>

static bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

/* Length of a UTF-8 punctuation mark at s (curly quotes, dashes,
 * ellipsis, non-breaking space counts as space elsewhere), or 0. */
static size_t upunct_len(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] == 0x98 || u[2] == 0x99 || u[2] == 0x9C || u[2] == 0x9D ||
       u[2] == 0x93 || u[2] == 0x94 || u[2] == 0xA6))
    return 3;
  if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB))
    return 2; /* guillemets */
  return 0;
}

static bool is_close_quote(const char *s, size_t n, size_t *len) {
  unsigned char c = (unsigned char)s[0];
  if (c == '"' || c == '\'' || c == ')' || c == ']') {
    *len = 1;
    return true;
  }
  const unsigned char *u = (const unsigned char *)s;
  if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] == 0x9D || u[2] == 0x99)) {
    *len = 3;
    return true;
  }
  return false;
}

/* An opening quote or bracket; '`' opens the quotes of typewriter and
 * Penn Treebank text (``like this''). */
static bool is_open_char(const char *s, size_t n) {
  unsigned char c = (unsigned char)s[0];
  if (c == '"' || c == '\'' || c == '`' || c == '(' || c == '[')
    return true;
  const unsigned char *u = (const unsigned char *)s;
  return n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
         (u[2] == 0x9C || u[2] == 0x98);
}

/* ------------------------------------------------------------------ */
/* Words                                                                */
/* ------------------------------------------------------------------ */

/* ASCII letters and digits (the locale plays no part). */
static const bool ascii_alnum[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
    ['7'] = 1, ['8'] = 1, ['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1,
    ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1,
    ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
    ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1,
    ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
    ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1,
    ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1};

static bool word_char(unsigned char c) { return ascii_alnum[c] || c >= 0x80; }

static void push_word(GArray *w, const char *text, size_t s, size_t e,
                      unsigned flags) {
  /* Filled in place: one word per token of the text, so no copy. */
  g_array_set_size(w, w->len + 1);
  word *x = &g_array_index(w, word, w->len - 1);
  x->start = s;
  x->end = e;
  size_t n = e - s;
  uint32_t h = WORD_HASH_INIT; /* word_hash, computed while lowercasing */
  if (n >= sizeof x->low) {
    x->low[0] = 0;
  } else {
    for (size_t i = 0; i < n; i++) {
      unsigned char c = (unsigned char)text[s + i];
      c = (unsigned char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
      x->low[i] = (char)c;
      h = word_hash_step(h, c);
    }
    x->low[n] = 0;
  }
  x->hash = h;
  unsigned char c0 = (unsigned char)text[s];
  if (c0 >= 'A' && c0 <= 'Z')
    flags |= WORD_CAP;
  if (c0 >= '0' && c0 <= '9')
    flags |= WORD_DIGIT;
  x->flags = flags;
}

void words_split(const char *text, size_t start, size_t end, GArray *w) {
  size_t i = start;
  while (i < end) {
    unsigned char c = (unsigned char)text[i];
    if (is_space(c)) {
      i++;
      continue;
    }
    size_t ul = upunct_len(text + i, end - i);
    if (ul) {
      /* A curly apostrophe inside a word is handled below. */
      push_word(w, text, i, i + ul, WORD_PUNCT);
      i += ul;
      continue;
    }
    if (c == 0xC2 && i + 1 < end && (unsigned char)text[i + 1] == 0xA0) {
      i += 2; /* no-break space */
      continue;
    }
    if (!word_char(c)) {
      push_word(w, text, i, i + 1, WORD_PUNCT);
      i++;
      continue;
    }
    size_t s = i;
    unsigned flags = 0;
    while (i < end && ascii_alnum[(unsigned char)text[i]])
      i++; /* the plain ASCII part of the word, at once */
    while (i < end) {
      c = (unsigned char)text[i];
      if (c < 0x80 ? ascii_alnum[c] : !upunct_len(text + i, end - i)) {
        if (c == 0xC2 && i + 1 < end && (unsigned char)text[i + 1] == 0xA0)
          break;
        i++;
        continue;
      }
      /* Apostrophes: possessive 's / s', or inside a word (O'Brien). */
      size_t al = 0;
      if (c == '\'')
        al = 1;
      else if (end - i >= 3 && (unsigned char)text[i] == 0xE2 &&
               (unsigned char)text[i + 1] == 0x80 &&
               (unsigned char)text[i + 2] == 0x99)
        al = 3;
      if (al) {
        size_t j = i + al;
        if (j < end && (text[j] == 's' || text[j] == 'S') &&
            (j + 1 >= end || !word_char((unsigned char)text[j + 1]))) {
          flags |= WORD_POSS;
          push_word(w, text, s, i, flags);
          i = j + 1;
          goto next;
        }
        if (j < end && word_char((unsigned char)text[j]) &&
            !upunct_len(text + j, end - j)) {
          i = j;
          continue;
        }
        if (i > s && (text[i - 1] == 's' || text[i - 1] == 'S')) {
          flags |= WORD_POSS; /* plural possessive: "the US' agency" */
          push_word(w, text, s, i, flags);
          i += al;
          goto next;
        }
        break;
      }
      /* Dots inside acronyms and numbers: U.S., 2.5; commas in 1,000. */
      if ((c == '.' || (c == ',' && isdigit((unsigned char)text[i - 1]))) &&
          i + 1 < end && isalnum((unsigned char)text[i + 1]) &&
          (c == '.' ? i - s <= 3 || isdigit((unsigned char)text[i - 1])
                    : isdigit((unsigned char)text[i + 1]))) {
        i++;
        continue;
      }
      if (c == '.' && memchr(text + s, '.', i - s) && i - s <= 4) {
        i++; /* the final dot of "U.S." */
        break;
      }
      break;
    }
    push_word(w, text, s, i, flags);
  next:;
  }
}

/* ------------------------------------------------------------------ */
/* Sentences                                                            */
/* ------------------------------------------------------------------ */

/* Words that typically open a sentence after a dotted acronym. */
static const char *const openers[] = {
    "the",     "he",        "she",   "it",    "they", "we",    "i",
    "in",      "but",       "a",     "an",    "this", "that",  "on",
    "at",      "his",       "her",   "their", "its",  "there", "these",
    "those",   "officials", "after", "as",    "when", "while", "meanwhile",
    "however", "earlier",   "later", "last",  "both", "some",  "many",
    "our",     "you",       "if",
};

static bool in_list(const char *const *list, size_t n, const char *w,
                    size_t len) {
  for (size_t i = 0; i < n; i++)
    if (strlen(list[i]) == len && g_ascii_strncasecmp(list[i], w, len) == 0)
      return true;
  return false;
}

/* Decides whether the '.' at text[dot] ends a sentence, given that the
 * next sentence would start at text[next]. */
static bool dot_ends(const char *text, size_t lo, size_t dot, size_t next,
                     size_t hi) {
  /* The token before the dot: letters and inner dots. */
  size_t s = dot;
  while (s > lo && (isalpha((unsigned char)text[s - 1]) || text[s - 1] == '.'))
    s--;
  size_t len = dot - s;
  if (len == 0)
    return true;
  const char *tok = text + s;
  if (len == 1 && isupper((unsigned char)tok[0]))
    return false; /* an initial */
  bool dotted = memchr(tok, '.', len) != NULL;
  if (!dotted && (abbrev_lookup(tok, len) & ABBREV_SPLIT))
    return false;
  if (dotted) {
    size_t e = next;
    while (e < hi && isalpha((unsigned char)text[e]))
      e++;
    return in_list(openers, ARRAY_SIZE(openers), text + next, e - next);
  }
  return true;
}

typedef struct {
  GArray *out;
  size_t para;
  bool para_open;
} split_state;

static void emit(split_state *st, const char *text, size_t s, size_t e,
                 unsigned flags) {
  while (s < e && is_space((unsigned char)text[s]))
    s++;
  while (e > s && is_space((unsigned char)text[e - 1]))
    e--;
  if (s >= e)
    return;
  annals_sentence x;
  x.start = s;
  x.end = e;
  x.flags = flags;
  if (!st->para_open) {
    x.flags |= ANNALS_SENT_PARA_START;
    st->para_open = true;
  }
  x.para = st->para;
  g_array_append_val(st->out, x);
}

static void end_para(split_state *st) {
  if (st->para_open) {
    st->para++;
    st->para_open = false;
  }
}

/* Splits prose text[lo..hi) (one paragraph or line group) into sentences. */
/* First bytes of a sentence end: '.', '!', '?' and the ellipsis (E2). */
static const bool term_start[256] = {
    ['.'] = true, ['!'] = true, ['?'] = true, [0xE2] = true};

/* The first byte of text[i..hi) that may end a sentence, or hi.  Most
 * bytes of prose are none of the four, so eight are tested at a time: a
 * byte of x equal to c is a zero byte of v = x ^ (c * ones), and v has
 * one exactly when (v - ones) & ~v has a high bit set. */
static size_t next_term(const char *text, size_t i, size_t hi) {
  const uint64_t ones = 0x0101010101010101u, highs = ones << 7;
  while (i + 8 <= hi) {
    uint64_t x;
    memcpy(&x, text + i, 8);
    uint64_t a = x ^ (ones * '.'), b = x ^ (ones * '!');
    uint64_t c = x ^ (ones * '?'), d = x ^ (ones * 0xE2);
    uint64_t z = ((a - ones) & ~a) | ((b - ones) & ~b) | ((c - ones) & ~c) |
                 ((d - ones) & ~d);
    if (z & highs)
      break;
    i += 8;
  }
  while (i < hi && !term_start[(unsigned char)text[i]])
    i++;
  return i;
}

/* Is text[k..) a dash: "--", "-", an en or em dash?  Its length, or 0. */
static size_t dash_at(const char *text, size_t k, size_t hi) {
  const unsigned char *u = (const unsigned char *)text + k;
  if (k + 1 < hi && u[0] == '-' && u[1] == '-')
    return 2;
  if (k < hi && u[0] == '-')
    return 1;
  if (k + 2 < hi && u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] == 0x93 || u[2] == 0x94))
    return 3;
  return 0;
}

/* Do the n bytes at t open with a month's name or its abbreviation
 * ("Feb 1", " September 3")? */
static bool month_at(const char *t, size_t n) {
  static const char m[] = "janfebmaraprmayjunjulaugsepoctnovdec";
  while (n && *t == ' ') {
    t++;
    n--;
  }
  if (n < 4 || !(isalpha((unsigned char)t[3]) || t[3] == '.' || t[3] == ' '))
    return false;
  for (size_t i = 0; i < 36; i += 3)
    if (tolower((unsigned char)t[0]) == m[i] &&
        tolower((unsigned char)t[1]) == m[i + 1] &&
        tolower((unsigned char)t[2]) == m[i + 2])
      return true;
  return false;
}

/* The end of a wire dateline opening the paragraph text[lo..hi)
 * ("WASHINGTON, Feb 3 (Reuters) - ", "KYIV, Ukraine — ", "Beirut (CNN) --
 * "): a place in capitals, capitalised words closed by a parenthesised
 * agency, or capitalised words with a comma ("Kyiv, Ukraine"), then a
 * dash between spaces; or a place in capitals before a colon ("PARIS:
 * On August 2"); or a place in capitals and its agency in brackets
 * before the first word ("ISLAMABAD, Pakistan {AP} Pakistani troops",
 * "SUVA, May 20 (Reuters)—Fiji's"), with a date before it ("Oct. 9, 2006
 * -- SEOUL (Reuters) --").  Returns the end of the dateline
 * and sets *body to where the text after it starts, or returns 0 when
 * the paragraph opens no dateline.  (nested: looking past a date
 * already; no date before that.) */
static size_t dateline_end(const char *text, size_t lo, size_t hi,
                           size_t *body, bool nested) {
  size_t lim = hi - lo > 100 ? lo + 100 : hi;
  size_t caps = 0; /* uppercase letters of the first word */
  size_t k = lo;
  while (k < lim && isupper((unsigned char)text[k])) {
    caps++;
    k++;
  }
  if (caps == 0 || isdigit((unsigned char)text[lo]))
    return 0;
  bool first_caps = caps >= 2 && (k >= lim || !islower((unsigned char)text[k]));
  /* "PARIS: On August 2, 1990, ...": a place in capitals and a colon */
  if (first_caps && k + 2 < hi && text[k] == ':' && text[k + 1] == ' ' &&
      isupper((unsigned char)text[k + 2])) {
    *body = k + 1;
    return k;
  }
  int depth = 0;
  bool paren_last = false; /* the last word before the dash is ")" */
  bool comma = false;      /* "Kyiv, Ukraine - ": place and country */
  size_t comma_at = lo;    /* (the first one) */
  bool digits = false;
  for (k = lo; k + 2 < lim; k++) {
    unsigned char c = (unsigned char)text[k];
    if (c == ',' && depth == 0 && !comma) {
      comma = true;
      comma_at = k;
    }
    if (isdigit(c) && depth == 0)
      digits = true; /* "March 3, 2019 - ..." opens a chronology line */
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == ';')
      if (depth == 0 &&
          !(c == '.' && k > lo && /* "U.S.", "Feb. 3" */
            (isupper((unsigned char)text[k - 1]) ||
             (text[k + 1] == ' ' && isdigit((unsigned char)text[k + 2])))))
        return 0;
    /* "KATHMANDU, Feb 1: Nepal's king", as South Asian papers write it:
     * a place in capitals, a comma, a date and a colon */
    if (c == ':' && depth == 0 && first_caps && comma && digits &&
        text[k + 1] == ' ' && isupper((unsigned char)text[k + 2]) &&
        month_at(text + comma_at + 1, k - comma_at - 1)) {
      *body = k + 1;
      return k;
    }
    if (c == '(' || c == '{')
      depth++;
    else if ((c == ')' || c == '}') && depth > 0) {
      depth--;
      paren_last = true;
      /* "Lima, Dec 6 (EFE).- Peru's": the agency, a stop and a dash
       * (Spanish wire style), whatever the place's case */
      if (depth == 0 && k + 2 < hi && text[k + 1] == '.') {
        size_t dl = dash_at(text, k + 2, hi), b = k + 2 + dl;
        while (dl && b < hi && text[b] == ' ')
          b++;
        if (dl && b < hi && isupper((unsigned char)text[b])) {
          *body = b;
          return k + 1;
        }
      }
      if (depth == 0 && first_caps) {
        /* "(Reuters)—Fiji's": a dash right after the agency */
        size_t dl = dash_at(text, k + 1, hi);
        if (dl && k + 1 + dl < hi &&
            isupper((unsigned char)text[k + 1 + dl])) {
          *body = k + 1 + dl;
          return k + 1;
        }
        /* "{AP} Pakistani troops": the agency, then the first word */
        if (k + 2 < hi && text[k + 1] == ' ' &&
            isupper((unsigned char)text[k + 2])) {
          *body = k + 1;
          return k + 1;
        }
      }
      continue;
    }
    if (c == ' ' && depth == 0) {
      size_t dl = dash_at(text, k + 1, hi);
      if (dl && k + 1 + dl < hi && text[k + 1 + dl] == ' ') {
        /* "Oct. 9, 2006 -- SEOUL (Reuters) -- North Korea said": a
         * date before the dateline is part of it */
        size_t at = k + 2 + dl, inner;
        if (!nested && digits && depth == 0 && at < hi && lo + 40 > k &&
            (inner = dateline_end(text, at, hi, body, true)) != 0)
          return inner;
        if (!(first_caps || paren_last || (comma && !digits)))
          return 0;
        *body = k + 1 + dl;
        return k + 1;
      }
      /* "KIEV, July 17 A Malaysian airliner": a place in capitals, a
       * comma and a month's day, then the first word with no mark
       * between (wire copy as its lines were set) */
      if (depth == 0 && first_caps && comma && digits &&
          comma_at == lo + caps && k - comma_at <= 16 &&
          isdigit((unsigned char)text[k - 1]) &&
          isupper((unsigned char)text[k + 1]) &&
          month_at(text + comma_at + 1, k - comma_at - 1)) {
        *body = k + 1;
        return k;
      }
      /* the next word: lowercase ones belong to prose, not datelines */
      if (depth == 0 && islower((unsigned char)text[k + 1]))
        return 0;
      continue;
    }
    if (!is_space(c))
      paren_last = false;
  }
  return 0;
}

/* A dateline of a place written in mixed case ("Nairobi — The
 * authorities", "Buenos Aires | The ruling party", "Lagos - The police"):
 * one to three capitalised words opening the paragraph, a dash or a bar
 * between spaces, then a capitalised word that opens prose ending with a
 * stop.  A hyphen must be followed by an article ("Chad - Sudan talks"
 * names two states), and a second dash of the same kind before the
 * stop makes the first one open an aside ("Chad — Sudan talks — ...").
 * Returns the dateline's end and sets *body, or returns 0. */
static size_t mixed_dateline(const char *text, size_t lo, size_t hi,
                             size_t *body) {
  size_t k = lo, words = 0;
  while (k < hi && words < 4) {
    if (!isupper((unsigned char)text[k]) || k + 1 >= hi ||
        !islower((unsigned char)text[k + 1]))
      return 0;
    while (k < hi && (isalpha((unsigned char)text[k]) || text[k] == '-' ||
                      text[k] == '\''))
      k++;
    words++;
    if (k + 1 < hi && text[k] == ' ' && isupper((unsigned char)text[k + 1]))
      k++;
    else
      break;
  }
  if (words == 0 || words > 3 || k + 3 >= hi || text[k] != ' ')
    return 0;
  size_t dl = text[k + 1] == '|' ? 1 : dash_at(text, k + 1, hi);
  size_t b = k + 1 + dl;
  if (!dl || b + 1 >= hi || text[b] != ' ' ||
      !isupper((unsigned char)text[b + 1]))
    return 0;
  b++;
  if (dl <= 2 && text[k + 1] == '-') {
    static const char *const articles[] = {"The ", "A ", "An "};
    bool art = false;
    for (size_t i = 0; i < 3 && !art; i++)
      art = strncmp(text + b, articles[i], strlen(articles[i])) == 0;
    if (!art)
      return 0;
  }
  /* (prose follows: a stop at the end, no second mark of the kind) */
  size_t e = hi;
  while (e > b && is_space((unsigned char)text[e - 1]))
    e--;
  if (e <= b || (text[e - 1] != '.' && text[e - 1] != '"'))
    return 0;
  for (size_t q = b; q + dl + 1 < e; q++)
    if (text[q] == ' ' && memcmp(text + q + 1, text + k + 1, dl) == 0 &&
        text[q + 1 + dl] == ' ')
      return 0;
  *body = b;
  return k;
}

/* Encyclopedia citation marks after a sentence's stop ("... the
 * country.[15][16] In Ankara"): they belong to the sentence before.
 * Returns the offset after them. */
static size_t skip_citations(const char *text, size_t j, size_t hi) {
  while (j < hi && text[j] == '[') {
    size_t k = j + 1;
    while (k < hi && k - j <= 10 &&
           (isalnum((unsigned char)text[k]) || text[k] == ' '))
      k++;
    if (k >= hi || text[k] != ']' || k == j + 1)
      break;
    j = k + 1;
  }
  return j;
}

static void split_prose(split_state *st, const char *text, size_t lo,
                        size_t hi) {
  size_t s = lo;
  size_t i = lo;
  size_t body = lo;
  size_t de = dateline_end(text, lo, hi, &body, false);
  if (!de)
    de = mixed_dateline(text, lo, hi, &body);
  if (de) {
    /* the dateline is a unit of its own: its words are no subject */
    emit(st, text, lo, de, ANNALS_SENT_LINE | ANNALS_SENT_DATELINE);
    s = i = body;
  }
  while (i < hi) {
    /* Skip to the next byte that may end a sentence. */
    i = next_term(text, i, hi);
    if (i >= hi)
      break;
    unsigned char c = (unsigned char)text[i];
    size_t tl = 0;
    bool term = false;
    if (c == '.' || c == '!' || c == '?') {
      tl = 1;
      term = true;
    } else if (hi - i >= 3 && c == 0xE2 && (unsigned char)text[i + 1] == 0x80 &&
               (unsigned char)text[i + 2] == 0xA6) {
      tl = 3;
      term = true;
    }
    if (!term) {
      i++;
      continue;
    }
    size_t j = i + tl;
    while (j < hi && (text[j] == '.' || text[j] == '!' || text[j] == '?'))
      j++;
    size_t ql;
    while (j < hi && is_close_quote(text + j, hi - j, &ql))
      j += ql;
    j = skip_citations(text, j, hi);
    if (j < hi && !is_space((unsigned char)text[j])) {
      i = j > i ? j : i + 1;
      continue;
    }
    size_t k = j;
    while (k < hi && is_space((unsigned char)text[k]))
      k++;
    if (k >= hi) {
      i = j;
      break;
    }
    unsigned char n0 = (unsigned char)text[k];
    bool starts = isupper(n0) || isdigit(n0) || n0 >= 0x80 ||
                  is_open_char(text + k, hi - k);
    if (starts && c == '.' && tl == 1 && !dot_ends(text, lo, i, k, hi))
      starts = false;
    if (starts) {
      emit(st, text, s, j, 0);
      s = k;
    }
    i = j;
  }
  emit(st, text, s, hi, 0);
}

/* True when the line text[s..e) (trimmed) ends with final punctuation. */
static bool ends_final(const char *text, size_t s, size_t e) {
  while (e > s && is_space((unsigned char)text[e - 1]))
    e--;
  while (e > s) {
    size_t ql = 0;
    unsigned char c = (unsigned char)text[e - 1];
    if (c == ']') {
      /* a citation mark ("...were bombed.[2][3]") goes with its sentence */
      size_t b = e - 1;
      while (b > s && e - b <= 11 &&
             (isalnum((unsigned char)text[b - 1]) || text[b - 1] == ' '))
        b--;
      e = b > s && text[b - 1] == '[' && b + 1 < e ? b - 1 : e - 1;
      continue;
    }
    if (c == '"' || c == '\'' || c == ')') {
      e--;
      continue;
    }
    if (e - s >= 3 && (unsigned char)text[e - 3] == 0xE2 &&
        (unsigned char)text[e - 2] == 0x80 &&
        ((unsigned char)text[e - 1] == 0x9D ||
         (unsigned char)text[e - 1] == 0x99)) {
      e -= 3;
      continue;
    }
    (void)ql;
    break;
  }
  if (e == s)
    return false;
  unsigned char c = (unsigned char)text[e - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
    return true;
  return e - s >= 3 && (unsigned char)text[e - 3] == 0xE2 &&
         (unsigned char)text[e - 2] == 0x80 &&
         (unsigned char)text[e - 1] == 0xA6;
}

static bool is_caption(const char *text, size_t s, size_t e) {
  static const char *const marks[] = {
      "(left)",     "(right)", "(centre)",      "(center)",
      "(file)",     "(l)",     "(r)",           "(c)",
      "(pictured)", "(front)", "(second left)", "(second right)"};
  for (size_t i = 0; i < ARRAY_SIZE(marks); i++) {
    size_t ml = strlen(marks[i]);
    for (size_t k = s; k + ml <= e; k++)
      if (text[k] == '(' && g_ascii_strncasecmp(text + k, marks[i], ml) == 0)
        return true;
  }
  static const char *const heads[] = {"photo:", "file photo",
                                      "image:", "picture:", "photograph:"};
  for (size_t i = 0; i < ARRAY_SIZE(heads); i++) {
    size_t ml = strlen(heads[i]);
    if (e - s >= ml && g_ascii_strncasecmp(text + s, heads[i], ml) == 0)
      return true;
  }
  return false;
}

/* A line without a final stop that still holds sentences ("... of the
 * vote. The turnout was 72%. ... Picture: PA", a caption that tells what
 * happened, then its credit): twelve words or more and a stop inside,
 * followed by a capital.  It is split like prose. */
static bool prose_line(const char *text, size_t s, size_t e) {
  size_t words = 0;
  bool stop = false;
  for (size_t q = s; q < e; q++) {
    if (!is_space((unsigned char)text[q]) &&
        (q == s || is_space((unsigned char)text[q - 1])))
      words++;
    if ((text[q] == '.' || text[q] == '!' || text[q] == '?') && q + 2 < e &&
        text[q + 1] == ' ' && isupper((unsigned char)text[q + 2]) && q > s &&
        (islower((unsigned char)text[q - 1]) ||
         isdigit((unsigned char)text[q - 1])))
      stop = true;
  }
  return stop && words >= 12;
}

/* Does the line text[s..e) end with a word no sentence or headline ends
 * with: an article, a preposition or a conjunction ("to a", "of the")? */
static bool ends_open(const char *text, size_t s, size_t e) {
  static const char *const open[] = {"a",    "an", "the", "of",   "to",
                                     "and",  "or", "for", "with", "by",
                                     "from", "at", "in",  "into", "than"};
  while (e > s && is_space((unsigned char)text[e - 1]))
    e--;
  size_t b = e;
  while (b > s && !is_space((unsigned char)text[b - 1]))
    b--;
  if (b == s)
    return false; /* (a line of one word) */
  for (size_t i = 0; i < sizeof open / sizeof *open; i++)
    if (strlen(open[i]) == e - b && memcmp(open[i], text + b, e - b) == 0)
      return true;
  return false;
}

/* The widest line of hard-wrapped text, in bytes (with some UTF-8). */
#define WRAP_WIDTH 120

size_t annals_sentences_split(const char *text, size_t len,
                              annals_sentence **out) {
  split_state st = {g_array_new(FALSE, FALSE, sizeof(annals_sentence)), 0,
                    false};
  size_t pos = 0;
  size_t block = SIZE_MAX; /* start of the pending prose block */
  /* Texts that separate paragraphs by blank lines keep a paragraph
   * across single line breaks; others have one paragraph per line. */
  bool blank_paras = false;
  for (const char *p = memchr(text, '\n', len); p && !blank_paras;
       p = memchr(p + 1, '\n', len - (size_t)(p + 1 - text))) {
    const char *q = p + 1;
    while (q < text + len && (*q == ' ' || *q == '\t' || *q == '\r'))
      q++;
    blank_paras = q < text + len && *q == '\n';
    if ((size_t)(p + 1 - text) >= len)
      break;
  }
  /* Hard-wrapped text has no line longer than a wrap width; a text with
   * longer lines has a line per paragraph, and a line of it without a
   * final stop before a capital is a headline, however long. */
  bool wrapped = true;
  for (size_t a = 0; a < len && wrapped;) {
    const char *e = memchr(text + a, '\n', len - a);
    size_t b = e ? (size_t)(e - text) : len;
    wrapped = b - a <= WRAP_WIDTH;
    a = b + 1;
  }
  while (pos < len) {
    const char *nl = memchr(text + pos, '\n', len - pos);
    size_t le = nl ? (size_t)(nl - text) : len;
    size_t next = nl ? le + 1 : len;
    size_t s = pos;
    while (s < le && is_space((unsigned char)text[s]))
      s++;
    bool blank = s >= le;
    if (blank) {
      if (block != SIZE_MAX)
        split_prose(&st, text, block, pos);
      block = SIZE_MAX;
      end_para(&st);
      pos = next;
      continue;
    }
    /* (an indented paragraph opens at its first word) */
    if (block == SIZE_MAX)
      block = s;
    if (ends_final(text, pos, le)) {
      split_prose(&st, text, block, le);
      block = SIZE_MAX;
      if (!blank_paras)
        end_para(&st);
    } else {
      /* Does the next line continue this one in lowercase? */
      size_t k = next;
      while (k < len && (text[k] == ' ' || text[k] == '\t'))
        k++;
      bool cont = k < len && islower((unsigned char)text[k]);
      if (!cont && wrapped && k < len && text[k] != '\n' &&
          text[k] != '\r' && !is_caption(text, s, le)) {
        /* Prose wrapped before a capitalised word: the line ends in a
         * lowercase word and is long, unlike a headline. */
        size_t e = le;
        while (e > s && is_space((unsigned char)text[e - 1]))
          e--;
        size_t b = e;
        while (b > s && !is_space((unsigned char)text[b - 1]))
          b--;
        size_t words = 0;
        for (size_t q = s; q < e; q++)
          if (!is_space((unsigned char)text[q]) &&
              (q == s || is_space((unsigned char)text[q - 1])))
            words++;
        cont = b < e &&
               (islower((unsigned char)text[b]) || text[e - 1] == ',') &&
               words >= 5;
      }
      /* A line that itself continued the one before, or that ends with a
       * word no sentence ends with ("entitled to a", "the head of the"),
       * goes on in the next whatever its first letter ("(GKNB), was
       * beaten", "30-percent quota"). */
      if (!cont && k < len && text[k] != '\n' && text[k] != '\r' &&
          (block != s || ends_open(text, s, le)))
        cont = true;
      if (!cont) {
        if (block == s && !prose_line(text, s, le)) {
          unsigned f = ANNALS_SENT_LINE;
          if (is_caption(text, s, le))
            f |= ANNALS_SENT_CAPTION;
          end_para(&st);
          emit(&st, text, pos, le, f);
          end_para(&st);
        } else {
          split_prose(&st, text, block, le);
          end_para(&st);
        }
        block = SIZE_MAX;
      }
    }
    pos = next;
  }
  if (block != SIZE_MAX)
    split_prose(&st, text, block, len);
  size_t n = st.out->len;
  *out = (annals_sentence *)(void *)g_array_free(st.out, FALSE);
  return n;
}
