/*
 * nlp/atoms.c - what the features of a word are made of: its normalised
 * form, lowercased form, shape, prefixes and suffixes, as hashes computed
 * once per word.
 */
#include "nlp/nlp.h"

size_t nlp_normalise(const char *s, size_t n, bool lower, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < n && o < NLP_NORM_MAX;) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
      unsigned char c2 = (unsigned char)s[i + 2];
      const char *rep = NULL;
      switch (c2) {
      case 0x98: /* ' */
      case 0x99: /* ' */
      case 0xB2: /* prime */
        rep = "'";
        break;
      case 0x9C: /* " */
      case 0x9D: /* " */
        rep = "\"";
        break;
      case 0x90: /* hyphen */
      case 0x91: /* non-breaking hyphen */
      case 0x92: /* figure dash */
      case 0x93: /* en dash */
        rep = "-";
        break;
      case 0x94: /* em dash */
      case 0x95: /* horizontal bar */
        rep = "--";
        break;
      case 0xA6: /* ellipsis */
        rep = "...";
        break;
      default:
        break;
      }
      if (rep) {
        for (; *rep && o < NLP_NORM_MAX; rep++)
          out[o++] = *rep;
        i += 3;
        continue;
      }
    }
    /* (a box-drawing line set as a dash: "the attacks ─ the worst") */
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x94 &&
        ((unsigned char)s[i + 2] == 0x80 || (unsigned char)s[i + 2] == 0x81)) {
      for (const char *rep = "--"; *rep && o < NLP_NORM_MAX; rep++)
        out[o++] = *rep;
      i += 3;
      continue;
    }
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xB4) {
      out[o++] = '\''; /* the acute accent typed for an apostrophe */
      i += 2;
      continue;
    }
    if (lower && c >= 'A' && c <= 'Z')
      c = (unsigned char)(c + 32);
    out[o++] = (char)c;
    i++;
  }
  return o;
}

/* Start of the last k characters of s[0..n) (UTF-8), or 0. */
static size_t last_chars(const char *s, size_t n, int k) {
  size_t i = n;
  while (i > 0 && k > 0) {
    i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
      i--;
    k--;
  }
  return i;
}

/* Length of the first k characters of s[0..n). */
static size_t first_chars(const char *s, size_t n, int k) {
  size_t i = 0;
  while (i < n && k > 0) {
    i++;
    while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
      i++;
    k--;
  }
  return i;
}

void nlp_word_atoms(nlp_word *w, const char *text, bool first) {
  const char *s = text + w->start;
  size_t n = w->end - w->start;
  char low[NLP_NORM_MAX], cased[NLP_NORM_MAX], shape[16];
  size_t nl = nlp_normalise(s, n, true, low);
  size_t nc = nlp_normalise(s, n, false, cased);
  unsigned flags = first ? NLP_WF_FIRST : 0;
  size_t ns = 0, letters = 0, uppers = 0;
  char prev = 0;
  int run = 0;
  for (size_t i = 0; i < nc; i++) {
    unsigned char c = (unsigned char)cased[i];
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
      letters++;
      uppers++;
    } else if (c >= 'a' && c <= 'z') {
      k = 'x';
      letters++;
    } else if (c >= '0' && c <= '9') {
      k = 'd';
      flags |= NLP_WF_DIGIT;
    } else if (c >= 0x80) {
      if ((c & 0xC0) == 0x80)
        continue;
      k = 'u';
      letters++;
    } else {
      k = (char)c;
      if (c == '-' && i > 0 && i + 1 < nc)
        flags |= NLP_WF_HYPHEN;
    }
    run = k == prev ? run + 1 : 1;
    prev = k;
    if (run <= 2 && ns < sizeof shape)
      shape[ns++] = k;
  }
  if (nc > 0 && cased[0] >= 'A' && cased[0] <= 'Z')
    flags |= NLP_WF_CAP;
  if (uppers >= 2 && uppers == letters)
    flags |= NLP_WF_UPPER;
  if (letters)
    flags |= NLP_WF_ALPHA;
  if (!letters && !(flags & NLP_WF_DIGIT))
    flags |= NLP_WF_PUNCT;
  w->flags = (w->flags & (NLP_WF_SPACE_AFTER | NLP_WF_MWT | NLP_WF_MWT_FIRST)) |
             flags;
  w->low = nlp_hash_bytes(low, nl);
  w->form = nlp_hash_bytes(cased, nc);
  w->shape = nlp_hash_bytes(shape, ns);
  for (int k = 1; k <= 4; k++) {
    size_t a = last_chars(low, nl, k);
    w->suf[k - 1] = nlp_hash_bytes(low + a, nl - a) + (uint64_t)k;
  }
  for (int k = 1; k <= 3; k++)
    w->pre[k - 1] = nlp_hash_bytes(low, first_chars(low, nl, k)) + 7 * (uint64_t)k;
}

#if defined(__x86_64__) && defined(__GNUC__) && defined(__has_attribute)
#if __has_attribute(target)
#define HAVE_AVX512_KEYS 1
#include <immintrin.h>

/* nlp_feat() in eight lanes: the same operations on 64-bit words. */
__attribute__((target("avx512f,avx512dq"))) static size_t
feat_keys_avx512(const nlp_feat_batch *fb, size_t n, uint32_t *f) {
  const __m512i one = _mm512_set1_epi64(1);
  const __m512i k0 = _mm512_set1_epi64((long long)0x9e3779b97f4a7c15ull);
  const __m512i ka = _mm512_set1_epi64((long long)0xbf58476d1ce4e5b9ull);
  const __m512i k1 = _mm512_set1_epi64((long long)0x94d049bb133111ebull);
  const __m512i kb = _mm512_set1_epi64((long long)0xd6e8feb86659fd93ull);
  const __m512i kc = _mm512_set1_epi64((long long)0xc2b2ae3d27d4eb4full);
  const __m512i k2 = _mm512_set1_epi64((long long)0xff51afd7ed558ccdull);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    __m512i t = _mm512_loadu_si512((const void *)(fb->tmpl + i));
    __m512i a = _mm512_loadu_si512((const void *)(fb->a1 + i));
    __m512i b = _mm512_loadu_si512((const void *)(fb->a2 + i));
    __m512i c = _mm512_loadu_si512((const void *)(fb->a3 + i));
    __m512i h = _mm512_mullo_epi64(_mm512_add_epi64(t, one), k0);
    h = _mm512_xor_si512(h, _mm512_mullo_epi64(a, ka));
    h = _mm512_mullo_epi64(_mm512_rol_epi64(h, 27), k1);
    h = _mm512_xor_si512(h, _mm512_mullo_epi64(b, kb));
    h = _mm512_mullo_epi64(_mm512_rol_epi64(h, 29), k0);
    h = _mm512_xor_si512(h, _mm512_mullo_epi64(c, kc));
    h = _mm512_xor_si512(h, _mm512_srli_epi64(h, 31));
    h = _mm512_mullo_epi64(h, k2);
    __m256i k = _mm512_cvtepi64_epi32(_mm512_srli_epi64(h, 32));
    k = _mm256_max_epu32(k, _mm256_set1_epi32(1)); /* never 0 */
    _mm256_storeu_si256((__m256i *)(void *)(f + i), k);
  }
  return i;
}
#endif
#endif

void nlp_feat_keys(const nlp_feat_batch *fb, size_t n, uint32_t *f) {
  size_t i = 0;
#if defined(HAVE_AVX512_KEYS)
  if (__builtin_cpu_supports("avx512dq"))
    i = feat_keys_avx512(fb, n, f);
#endif
  for (; i < n; i++)
    f[i] = nlp_feat((uint32_t)fb->tmpl[i], fb->a1[i], fb->a2[i], fb->a3[i]);
}
