/*
 * dates/lex.c - the tokenizer and word table of the date finder.
 *
 * The text is cut into tokens in one pass: words (ASCII letters), numbers
 * (ASCII digits), single punctuation marks and runs of other characters.
 * Each word is looked up, lowercased, in a table of the words that can
 * take part in a temporal expression (month and weekday names, number
 * words, units, modifiers, tense markers...), read once from words.txt
 * (compiled in).  The table is an open addressing hash; a miss costs one
 * probe, so the tokenizer runs at memory speed on ordinary prose.
 * Nothing is allocated per character or per token: tokens go into a
 * caller's fixed window.
 */
#include "dates/dates.h"

#include "dates/words.inc"

#define LEX_BITS 11
#define LEX_SIZE (1u << LEX_BITS)

/* A word of up to 16 letters as its key: the lowercased letters in two
 * 64-bit halves, padded with spaces (0x20, which no word contains, so the
 * padding cannot make two different words equal).  Keys are compared as
 * two integers and hashed with two multiplications, instead of a byte
 * loop and memcmp per word. */
typedef struct {
  uint64_t a, b;
} lex_key;

#define LEX_SPACES UINT64_C(0x2020202020202020)
G_STATIC_ASSERT(TIMEX_MAXWORD <= 16);

static int16_t lex_slot[LEX_SIZE]; /* index + 1 into lex_words, 0 = empty */
static timex_word *lex_words;
static lex_key *lex_keys;

static uint32_t lex_hash(lex_key k) {
  uint64_t h =
      k.a * UINT64_C(0x9E3779B97F4A7C15) ^ k.b * UINT64_C(0xC2B2AE3D27D4EB4F);
  return (uint32_t)(h >> (64 - LEX_BITS));
}

/* The key of the n (<= 16) letters at w.  ORing 0x20 lowercases ASCII
 * letters and turns the zero padding into spaces. */
static lex_key key_of(const unsigned char *w, size_t n) {
  uint64_t half[2] = {0, 0};
  memcpy(half, w, n);
  return (lex_key){half[0] | LEX_SPACES, half[1] | LEX_SPACES};
}

/* key_of for 1 <= n <= 16 letters at w when 16 bytes can be read there:
 * one fixed-size load and a mask instead of a variable-length copy. */
static inline lex_key key_of_wide(const unsigned char *w, size_t n) {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  uint64_t half[2];
  memcpy(half, w, 16);
  if (n <= 8)
    return (lex_key){(half[0] & (~UINT64_C(0) >> (64 - 8 * n))) | LEX_SPACES,
                     LEX_SPACES};
  return (lex_key){half[0] | LEX_SPACES,
                   (half[1] & (~UINT64_C(0) >> (128 - 8 * n))) | LEX_SPACES};
#else
  return key_of(w, n);
#endif
}

static void lex_build(void) {
  char err[160];
  size_t n;
  lex_words = timex_words_parse(embed_words, embed_words_len, &n,
                                err, sizeof err);
  if (!lex_words || n >= LEX_SIZE / 2)
    g_error("src/dates/words.txt: %s", lex_words ? "too many words" : err);
  lex_keys = g_new(lex_key, n);
  for (size_t i = 0; i < n; i++) {
    lex_keys[i] = key_of((const unsigned char *)lex_words[i].w,
                         strlen(lex_words[i].w));
    uint32_t h = lex_hash(lex_keys[i]);
    while (lex_slot[h] != 0)
      h = (h + 1) & (LEX_SIZE - 1);
    lex_slot[h] = (int16_t)(i + 1);
  }
}

void timex_lex_init(void) {
  static gsize done = 0;
  if (g_once_init_enter(&done)) {
    lex_build();
    g_once_init_leave(&done, 1);
  }
}

static const timex_word *lex_find(lex_key k) {
  uint32_t h = lex_hash(k);
  for (;;) {
    int16_t s = lex_slot[h];
    if (s == 0)
      return NULL;
    if (lex_keys[s - 1].a == k.a && lex_keys[s - 1].b == k.b)
      return &lex_words[s - 1];
    h = (h + 1) & (LEX_SIZE - 1);
  }
}

/* Character classes of ASCII bytes, for the hot loops. */
enum { CL_DIGIT = 1, CL_ALPHA = 2 };
#define AL CL_ALPHA
static const uint8_t char_class[256] = {
    ['0'] = CL_DIGIT, ['1'] = CL_DIGIT, ['2'] = CL_DIGIT, ['3'] = CL_DIGIT,
    ['4'] = CL_DIGIT, ['5'] = CL_DIGIT, ['6'] = CL_DIGIT, ['7'] = CL_DIGIT,
    ['8'] = CL_DIGIT, ['9'] = CL_DIGIT, ['a'] = AL,       ['b'] = AL,
    ['c'] = AL,       ['d'] = AL,       ['e'] = AL,       ['f'] = AL,
    ['g'] = AL,       ['h'] = AL,       ['i'] = AL,       ['j'] = AL,
    ['k'] = AL,       ['l'] = AL,       ['m'] = AL,       ['n'] = AL,
    ['o'] = AL,       ['p'] = AL,       ['q'] = AL,       ['r'] = AL,
    ['s'] = AL,       ['t'] = AL,       ['u'] = AL,       ['v'] = AL,
    ['w'] = AL,       ['x'] = AL,       ['y'] = AL,       ['z'] = AL,
    ['A'] = AL,       ['B'] = AL,       ['C'] = AL,       ['D'] = AL,
    ['E'] = AL,       ['F'] = AL,       ['G'] = AL,       ['H'] = AL,
    ['I'] = AL,       ['J'] = AL,       ['K'] = AL,       ['L'] = AL,
    ['M'] = AL,       ['N'] = AL,       ['O'] = AL,       ['P'] = AL,
    ['Q'] = AL,       ['R'] = AL,       ['S'] = AL,       ['T'] = AL,
    ['U'] = AL,       ['V'] = AL,       ['W'] = AL,       ['X'] = AL,
    ['Y'] = AL,       ['Z'] = AL,
};

#undef AL

static inline bool is_alpha(unsigned char c) {
  return char_class[c] & CL_ALPHA;
}

static inline bool is_digit(unsigned char c) {
  return char_class[c] & CL_DIGIT;
}

/* Length of the UTF-8 sequence starting with c (1 for stray bytes). */
static size_t utf8_len(unsigned char c) {
  if (c < 0xC0)
    return 1;
  if (c < 0xE0)
    return 2;
  if (c < 0xF0)
    return 3;
  return 4;
}

size_t timex_lex(timex_lexer *L, tok *out, size_t max) {
  const unsigned char *s = (const unsigned char *)L->s;
  size_t p = L->pos, len = L->len, n = 0;
  while (n < max && p < len) {
    unsigned nl = 0;
    bool sp = false;
    /* whitespace, line ends (LF, CRLF, lone CR) and no-break spaces */
    for (;;) {
      if (p >= len)
        break;
      unsigned char c = s[p];
      if (c == ' ') {
        sp = true;
        p++;
      } else if (c == '\n') {
        nl++;
        p++;
      } else if (c == '\r') {
        nl++;
        p++;
        if (p < len && s[p] == '\n')
          p++;
      } else if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
        sp = true;
        p++;
      } else if (c == 0xC2 && p + 1 < len && s[p + 1] == 0xA0) {
        sp = true;
        p += 2;
      } else {
        break;
      }
    }
    if (p >= len)
      break;
    tok *t = &out[n];
    t->num = 0;
    t->sent = t->para = 0;
    t->cls = t->val2 = t->ndig = t->len = 0;
    t->cap = t->allcap = false;
    t->ch = 0;
    t->start = p;
    t->nl = (uint8_t)(nl > 2 ? 2 : nl);
    t->sp = sp || nl > 0;
    unsigned char c = s[p];
    if (is_alpha(c)) {
      /* Four letters at a time; then, for capitalised words only, the OR
       * of the bytes tells whether any letter is lower case (bit 0x20). */
      size_t b = p;
      while (p + 4 <= len &&
             (char_class[s[p]] & char_class[s[p + 1]] & char_class[s[p + 2]] &
              char_class[s[p + 3]] & CL_ALPHA))
        p += 4;
      while (p < len && is_alpha(s[p]))
        p++;
      size_t k = p - b;
      t->kind = TK_WORD;
      t->len = (uint8_t)(k > 255 ? 255 : k);
      t->cap = c <= 'Z';
      if (t->cap && k > 1) {
        unsigned bits = 0;
        for (size_t q = b; q < p; q++)
          bits |= s[q];
        t->allcap = !(bits & 0x20);
      }
      t->ch = (char)(c | 0x20);
      if (k <= TIMEX_MAXWORD) {
        const timex_word *e =
            lex_find(b + 16 <= len ? key_of_wide(s + b, k) : key_of(s + b, k));
        if (e) {
          t->cls = e->cls;
          t->num = e->val;
          t->val2 = e->val2;
        }
      }
    } else if (is_digit(c)) {
      int64_t v = 0;
      size_t k = 0;
      while (p < len && is_digit(s[p])) {
        if (k < 9)
          v = v * 10 + (s[p] - '0');
        k++;
        p++;
      }
      t->kind = TK_NUM;
      t->ndig = (uint8_t)(k > 255 ? 255 : k);
      t->num = k <= 9 ? (int32_t)v : -1;
    } else if (c >= 0x80) {
      /* Typographic apostrophes and dashes count as their ASCII
       * counterparts; other characters form one OTHER token per run. */
      if (c == 0xE2 && p + 2 < len && s[p + 1] == 0x80 &&
          (s[p + 2] == 0x99 || s[p + 2] == 0x98)) {
        t->kind = TK_PUNCT;
        t->ch = '\'';
        p += 3;
      } else if (c == 0xE2 && p + 2 < len && s[p + 1] == 0x80 &&
                 (s[p + 2] == 0x93 || s[p + 2] == 0x94)) {
        t->kind = TK_PUNCT;
        t->ch = s[p + 2] == 0x93 ? '-' : '_';
        p += 3;
      } else {
        t->kind = TK_OTHER;
        while (p < len && s[p] >= 0x80) {
          if (s[p] == 0xE2 && p + 1 < len && s[p + 1] == 0x80)
            break;
          if (s[p] == 0xC2 && p + 1 < len && s[p + 1] == 0xA0)
            break;
          size_t k = utf8_len(s[p]);
          p += k;
        }
        if (p == t->start)
          p += 3;
        if (p > len)
          p = len;
      }
    } else {
      t->kind = TK_PUNCT;
      t->ch = (char)c;
      p++;
    }
    t->end = p;
    n++;
  }
  L->pos = p;
  return n;
}
