/*
 * nlp/parser.c - the dependency parser: the arc-eager transition system
 * with the root at the end of the buffer, its features, its dynamic
 * oracle and greedy parsing.
 *
 * A configuration is a stack, a buffer (the words from b on, then the
 * root, index n) and the arcs made so far.  SHIFT pushes the front word;
 * RIGHT attaches it to the stack top and pushes it; LEFT attaches the
 * stack top to the front word (to the root when the buffer holds only
 * the root) and pops it; REDUCE pops a stack top that has its head.
 */
#include "nlp/nlp.h"

#define NONE_W 0x4e4f4e45ull /* "NONE" */
#define ROOT_W 0x524f4f54ull /* "ROOT" */
#define NONE_P 0xFFu
#define ROOT_P 0xFEu
#define K1 0x9E3779B97F4A7C15ull

void nlp_config_init(nlp_config *c, const nlp_word *w, int n) {
  size_t m = (size_t)n + 1;
  c->w = w;
  c->n = n;
  /* one block: 7 int arrays, then 3 uint64 and 2+1 uint8 arrays */
  size_t ints = 7 * m, u64s = 3 * m, u8s = 3 * m;
  size_t bytes = ints * sizeof(int) + u64s * sizeof(uint64_t) + u8s + 16;
  c->buf = g_malloc(bytes);
  int *ip = c->buf;
  c->stack = ip;
  c->head = ip + m;
  c->lc1 = ip + 2 * m;
  c->lc2 = ip + 3 * m;
  c->rc1 = ip + 4 * m;
  c->rc2 = ip + 5 * m;
  /* ip + 6m: spare */
  uint64_t *up = (uint64_t *)(void *)((char *)c->buf +
                                      ((ints * sizeof(int) + 7) & ~(size_t)7));
  c->lset = up;
  c->rset = up + m;
  c->fn = up + 2 * m;
  uint8_t *bp = (uint8_t *)(up + 3 * m);
  c->dep = bp;
  c->nl = bp + m;
  c->nr = bp + 2 * m;
  for (size_t i = 0; i < m; i++) {
    c->head[i] = NLP_HEAD_NONE;
    c->lc1[i] = c->lc2[i] = c->rc1[i] = c->rc2[i] = -1;
    c->lset[i] = c->rset[i] = c->fn[i] = 0;
    c->dep[i] = c->nl[i] = c->nr[i] = 0;
  }
  c->sp = 0;
  c->b = 0;
}

void nlp_config_release(nlp_config *c) {
  g_free(c->buf);
  c->buf = NULL;
}

bool nlp_config_done(const nlp_config *c) { return c->sp == 0 && c->b >= c->n; }

bool nlp_move_valid(const nlp_config *c, int move) {
  switch (move) {
  case NLP_SHIFT:
    return c->b < c->n;
  case NLP_RIGHT:
    return c->sp > 0 && c->b < c->n;
  case NLP_LEFT:
    return c->sp > 0 && c->head[c->stack[c->sp - 1]] == NLP_HEAD_NONE;
  case NLP_REDUCE:
    return c->sp > 0 && c->head[c->stack[c->sp - 1]] != NLP_HEAD_NONE;
  default:
    return false;
  }
}

static void add_arc(nlp_config *c, int h, int d, int dep) {
  c->head[d] = h == c->n ? NLP_HEAD_ROOT : h;
  c->dep[d] = (uint8_t)dep;
  uint64_t bit = (uint64_t)1 << (dep & 63);
  if (d < h) {
    if (c->lc1[h] < 0 || d < c->lc1[h]) {
      c->lc2[h] = c->lc1[h];
      c->lc1[h] = d;
    } else if (c->lc2[h] < 0 || d < c->lc2[h]) {
      c->lc2[h] = d;
    }
    if (c->nl[h] < 255)
      c->nl[h]++;
    c->lset[h] |= bit;
  } else {
    if (c->rc1[h] < 0 || d > c->rc1[h]) {
      c->rc2[h] = c->rc1[h];
      c->rc1[h] = d;
    } else if (c->rc2[h] < 0 || d > c->rc2[h]) {
      c->rc2[h] = d;
    }
    if (c->nr[h] < 255)
      c->nr[h]++;
    c->rset[h] |= bit;
  }
  if ((dep == NLP_DEP_CASE || dep == NLP_DEP_MARK) && h < c->n && !c->fn[h])
    c->fn[h] = c->w[d].low;
}

void nlp_move_apply(nlp_config *c, int move, int dep) {
  switch (move) {
  case NLP_SHIFT:
    c->stack[c->sp++] = c->b++;
    break;
  case NLP_RIGHT:
    add_arc(c, c->stack[c->sp - 1], c->b, dep);
    c->stack[c->sp++] = c->b++;
    break;
  case NLP_LEFT:
    add_arc(c, c->b, c->stack[c->sp - 1], c->b >= c->n ? NLP_DEP_ROOT : dep);
    c->sp--;
    break;
  case NLP_REDUCE:
    c->sp--;
    break;
  default:
    break;
  }
}

/* ------------------------------------------------------------------ */
/* Features                                                             */
/* ------------------------------------------------------------------ */

static inline uint64_t W(const nlp_config *c, int i) {
  return i < 0 ? NONE_W : i >= c->n ? ROOT_W : c->w[i].low;
}

static inline uint64_t P(const nlp_config *c, int i) {
  return i < 0 ? NONE_P : i >= c->n ? ROOT_P : c->w[i].xpos;
}

static inline uint64_t L(const nlp_config *c, int i) {
  return i < 0 || i >= c->n ? 0 : c->dep[i];
}

static inline uint64_t WP(const nlp_config *c, int i) {
  return W(c, i) ^ ((P(c, i) + 1) * K1);
}

static inline int hd(const nlp_config *c, int i) {
  if (i < 0 || i >= c->n)
    return -1;
  int h = c->head[i];
  return h == NLP_HEAD_ROOT ? c->n : h;
}

static inline int ch(const int *a, int i) { return i < 0 ? -1 : a[i]; }

enum {
  F_S0WP = 1, F_S0W, F_S0P, F_N0WP, F_N0W, F_N0P, F_N1WP, F_N1W, F_N1P,
  F_N2WP, F_N2W, F_N2P, F_S0WP_N0WP, F_S0WP_N0W, F_S0W_N0WP, F_S0WP_N0P,
  F_S0P_N0WP, F_S0W_N0W, F_S0P_N0P, F_N0P_N1P, F_N0P_N1P_N2P,
  F_S0P_N0P_N1P, F_S0HP_S0P_N0P, F_S0P_S0LP_N0P, F_S0P_S0RP_N0P,
  F_S0P_N0P_N0LP, F_S0W_D, F_S0P_D, F_N0W_D, F_N0P_D, F_S0W_N0W_D,
  F_S0P_N0P_D, F_S0W_VR, F_S0P_VR, F_S0W_VL, F_S0P_VL, F_N0W_VL, F_N0P_VL,
  F_S0HW, F_S0HP, F_S0L, F_S0LW, F_S0LP, F_S0LL, F_S0RW, F_S0RP, F_S0RL,
  F_N0LW, F_N0LP, F_N0LL, F_S0H2W, F_S0H2P, F_S0HL, F_S0L2W, F_S0L2P,
  F_S0L2L, F_S0R2W, F_S0R2P, F_S0R2L, F_N0L2W, F_N0L2P, F_N0L2L,
  F_S0P_S0LP_S0L2P, F_S0P_S0RP_S0R2P, F_S0P_S0HP_S0H2P, F_N0P_N0LP_N0L2P,
  F_S0W_SR, F_S0P_SR, F_S0W_SL, F_S0P_SL, F_N0W_NL, F_N0P_NL, F_S1W,
  F_S1P, F_S1P_S0P_N0P, F_S0HAS_S0P_N0P, F_S0HAS_S0L_N0P, F_S0U_N0U,
  F_S1WP_S0P, F_S0FN_N0P, F_N0FN_S0P, F_S0W_N0P_N1P, F_S0P_N0W_N1P,
  F_N0W_N1W, F_N0WP_N1P, F_N0SUF, F_S0SUF, F_N1SUF, F_N0LEX, F_S0LEX,
  F_N1LEX, F_S0U, F_N0U, F_N1U, F_N0FLAGS, F_S0W_N0U, F_S0U_N0W,
  F_S0LEX_N0LEX, F_N0U_N1U, F_S0U_N0U_N1U, F_S0P2, F_N0P2, F_N1P2,
  F_S0P2_N0P2, F_S0P_N0P2, F_S0P2_N0P,
};

static int dist_bucket(int d) {
  return d <= 5 ? d : d <= 10 ? 6 : 7;
}

/* The features of the words at the front of the buffer alone (n0, n1,
 * n2 as words, not their children): the same for every configuration
 * with the same front, so the parser scores them once per front word. */
static size_t buffer_feats(const nlp_config *c, uint32_t *f) {
  nlp_feat_batch B;
  size_t k = 0;
  int n0 = c->b <= c->n ? c->b : -1;
  int n1 = c->b + 1 < c->n ? c->b + 1 : -1;
  int n2 = c->b + 2 < c->n ? c->b + 2 : -1;
  uint64_t n0w = W(c, n0), n0p = P(c, n0), n1p = P(c, n1), n2p = P(c, n2);
  uint64_t n0wp = WP(c, n0);
  const nlp_word *xn0 = n0 >= 0 && n0 < c->n ? &c->w[n0] : NULL;
  const nlp_word *xn1 = n1 >= 0 ? &c->w[n1] : NULL;
  uint64_t n0u = xn0 ? xn0->upos : ROOT_P, n1u = xn1 ? xn1->upos : NONE_P;
#define F(t_, x_, y_, z_) NLP_FEAT_ADD(B, k, t_, x_, y_, z_)
  F(F_N0WP, n0wp, 0, 0);
  F(F_N0W, n0w, 0, 0);
  F(F_N0P, n0p, 0, 0);
  F(F_N1WP, WP(c, n1), 0, 0);
  F(F_N1W, W(c, n1), 0, 0);
  F(F_N1P, n1p, 0, 0);
  F(F_N2WP, WP(c, n2), 0, 0);
  F(F_N2W, W(c, n2), 0, 0);
  F(F_N2P, n2p, 0, 0);
  F(F_N0P_N1P, n0p, n1p, 0);
  F(F_N0P_N1P_N2P, n0p, n1p, n2p);
  F(F_N0W_N1W, n0w, W(c, n1), 0);
  F(F_N0WP_N1P, n0wp, n1p, 0);
  F(F_N0SUF, xn0 ? xn0->suf[2] : 0, 0, 0);
  F(F_N1SUF, xn1 ? xn1->suf[2] : 0, 0, 0);
  F(F_N0LEX, xn0 ? xn0->lex : 0, 0, 0);
  F(F_N1LEX, xn1 ? xn1->lex : 0, 0, 0);
  F(F_N0U, n0u, 0, 0);
  F(F_N1U, n1u, 0, 0);
  F(F_N0FLAGS, xn0 ? xn0->flags & (NLP_WF_CAP | NLP_WF_FIRST | NLP_WF_UPPER |
                                   NLP_WF_DIGIT | NLP_WF_PUNCT)
                   : 0,
    0, 0);
  F(F_N0U_N1U, n0u, n1u, 0);
  uint64_t n0p2 = xn0 ? xn0->xpos2 : NONE_P;
  uint64_t n1p2 = xn1 ? xn1->xpos2 : NONE_P;
  if (n0p2 != 255)
    F(F_N0P2, n0p2, n0p, 0);
  if (n1p2 != 255)
    F(F_N1P2, n1p2, n1p, 0);
  nlp_feat_keys(&B, k, f);
  return k;
}

/* The other features: the stack, and the children of the front word, in
 * three groups that a parse scores apart (parse_piece): those of s0 with
 * its head and children (FEATS_S0), which change only when an arc is
 * made to or from s0; those of n0 with its left children (FEATS_N0),
 * likewise; and the others (FEATS_REST: s0 with n0, s1...).  The
 * features of the groups asked for, in one order whichever they are. */
enum { FEATS_S0 = 1, FEATS_N0 = 2, FEATS_REST = 4, FEATS_ALL = 7 };
#define FS(t, a, b_, c_)                                                       \
  do {                                                                         \
    if (groups & FEATS_S0)                                                     \
      F(t, a, b_, c_);                                                         \
  } while (0)
#define FN(t, a, b_, c_)                                                       \
  do {                                                                         \
    if (groups & FEATS_N0)                                                     \
      F(t, a, b_, c_);                                                         \
  } while (0)
#define FP(t, a, b_, c_)                                                       \
  do {                                                                         \
    if (groups & FEATS_REST)                                                   \
      F(t, a, b_, c_);                                                         \
  } while (0)
static inline __attribute__((always_inline)) size_t
config_feats(const nlp_config *c, uint32_t *f, unsigned groups) {
  nlp_feat_batch B;
  size_t k = 0;
  int s0 = c->sp > 0 ? c->stack[c->sp - 1] : -1;
  int s1 = c->sp > 1 ? c->stack[c->sp - 2] : -1;
  int n0 = c->b <= c->n ? c->b : -1;
  int n1 = c->b + 1 < c->n ? c->b + 1 : -1;
  int s0h = hd(c, s0), s0h2 = hd(c, s0h < c->n ? s0h : -1);
  int s0l = ch(c->lc1, s0), s0l2 = ch(c->lc2, s0);
  int s0r = ch(c->rc1, s0), s0r2 = ch(c->rc2, s0);
  int n0l = ch(c->lc1, n0), n0l2 = ch(c->lc2, n0);
  uint64_t s0w = W(c, s0), s0p = P(c, s0), n0w = W(c, n0), n0p = P(c, n0);
  uint64_t n1p = P(c, n1);
  uint64_t s0wp = WP(c, s0), n0wp = WP(c, n0);
  uint64_t d = s0 >= 0 && n0 >= 0 ? (uint64_t)(n0 >= c->n ? 8 : dist_bucket(n0 - s0)) : 9;
  uint64_t vr = s0 >= 0 ? c->nr[s0] : 0, vl = s0 >= 0 ? c->nl[s0] : 0;
  uint64_t nvl = n0 >= 0 ? c->nl[n0] : 0;
  uint64_t sr = s0 >= 0 ? c->rset[s0] : 0, sl = s0 >= 0 ? c->lset[s0] : 0;
  uint64_t nl = n0 >= 0 ? c->lset[n0] : 0;
  uint64_t has = s0 >= 0 && c->head[s0] != NLP_HEAD_NONE;
  FS(F_S0WP, s0wp, 0, 0);
  FS(F_S0W, s0w, 0, 0);
  FS(F_S0P, s0p, 0, 0);
  FP(F_S0WP_N0WP, s0wp, n0wp, 0);
  FP(F_S0WP_N0W, s0wp, n0w, 0);
  FP(F_S0W_N0WP, s0w, n0wp, 0);
  FP(F_S0WP_N0P, s0wp, n0p, 0);
  FP(F_S0P_N0WP, s0p, n0wp, 0);
  FP(F_S0W_N0W, s0w, n0w, 0);
  FP(F_S0P_N0P, s0p, n0p, 0);
  FP(F_S0P_N0P_N1P, s0p, n0p, n1p);
  FP(F_S0HP_S0P_N0P, P(c, s0h), s0p, n0p);
  FP(F_S0P_S0LP_N0P, s0p, P(c, s0l), n0p);
  FP(F_S0P_S0RP_N0P, s0p, P(c, s0r), n0p);
  FP(F_S0P_N0P_N0LP, s0p, n0p, P(c, n0l));
  FP(F_S0W_D, s0w, d, 0);
  FP(F_S0P_D, s0p, d, 0);
  FP(F_N0W_D, n0w, d, 0);
  FP(F_N0P_D, n0p, d, 0);
  FP(F_S0W_N0W_D, s0w, n0w, d);
  FP(F_S0P_N0P_D, s0p, n0p, d);
  FS(F_S0W_VR, s0w, vr, 0);
  FS(F_S0P_VR, s0p, vr, 0);
  FS(F_S0W_VL, s0w, vl, 0);
  FS(F_S0P_VL, s0p, vl, 0);
  FN(F_N0W_VL, n0w, nvl, 0);
  FN(F_N0P_VL, n0p, nvl, 0);
  FS(F_S0HW, W(c, s0h), 0, 0);
  FS(F_S0HP, P(c, s0h), 0, 0);
  FS(F_S0L, L(c, s0), 0, 0);
  FS(F_S0LW, W(c, s0l), 0, 0);
  FS(F_S0LP, P(c, s0l), 0, 0);
  FS(F_S0LL, L(c, s0l), 0, 0);
  FS(F_S0RW, W(c, s0r), 0, 0);
  FS(F_S0RP, P(c, s0r), 0, 0);
  FS(F_S0RL, L(c, s0r), 0, 0);
  FN(F_N0LW, W(c, n0l), 0, 0);
  FN(F_N0LP, P(c, n0l), 0, 0);
  FN(F_N0LL, L(c, n0l), 0, 0);
  FS(F_S0H2W, W(c, s0h2), 0, 0);
  FS(F_S0H2P, P(c, s0h2), 0, 0);
  FS(F_S0HL, L(c, s0h), 0, 0);
  FS(F_S0L2W, W(c, s0l2), 0, 0);
  FS(F_S0L2P, P(c, s0l2), 0, 0);
  FS(F_S0L2L, L(c, s0l2), 0, 0);
  FS(F_S0R2W, W(c, s0r2), 0, 0);
  FS(F_S0R2P, P(c, s0r2), 0, 0);
  FS(F_S0R2L, L(c, s0r2), 0, 0);
  FN(F_N0L2W, W(c, n0l2), 0, 0);
  FN(F_N0L2P, P(c, n0l2), 0, 0);
  FN(F_N0L2L, L(c, n0l2), 0, 0);
  FS(F_S0P_S0LP_S0L2P, s0p, P(c, s0l), P(c, s0l2));
  FS(F_S0P_S0RP_S0R2P, s0p, P(c, s0r), P(c, s0r2));
  FS(F_S0P_S0HP_S0H2P, s0p, P(c, s0h), P(c, s0h2));
  FN(F_N0P_N0LP_N0L2P, n0p, P(c, n0l), P(c, n0l2));
  FS(F_S0W_SR, s0w, sr, 0);
  FS(F_S0P_SR, s0p, sr, 0);
  FS(F_S0W_SL, s0w, sl, 0);
  FS(F_S0P_SL, s0p, sl, 0);
  FN(F_N0W_NL, n0w, nl, 0);
  FN(F_N0P_NL, n0p, nl, 0);
  FP(F_S1W, W(c, s1), 0, 0);
  FP(F_S1P, P(c, s1), 0, 0);
  FP(F_S1P_S0P_N0P, P(c, s1), s0p, n0p);
  FP(F_S1WP_S0P, WP(c, s1), s0p, has);
  FP(F_S0HAS_S0P_N0P, has, s0p, n0p);
  FP(F_S0HAS_S0L_N0P, has, L(c, s0), n0p);
  FP(F_S0U_N0U, s0 >= 0 && s0 < c->n ? c->w[s0].upos : NONE_P,
     n0 >= 0 && n0 < c->n ? c->w[n0].upos : ROOT_P, 0);
  FP(F_S0FN_N0P, s0 >= 0 ? c->fn[s0] : 0, n0p, s0p);
  FP(F_N0FN_S0P, n0 >= 0 ? c->fn[n0] : 0, s0p, n0p);
  FP(F_S0W_N0P_N1P, s0w, n0p, n1p);
  FP(F_S0P_N0W_N1P, s0p, n0w, n1p);
  const nlp_word *xs0 = s0 >= 0 && s0 < c->n ? &c->w[s0] : NULL;
  const nlp_word *xn0 = n0 >= 0 && n0 < c->n ? &c->w[n0] : NULL;
  const nlp_word *xn1 = n1 >= 0 ? &c->w[n1] : NULL;
  uint64_t s0u = xs0 ? xs0->upos : NONE_P, n0u = xn0 ? xn0->upos : ROOT_P;
  uint64_t n1u = xn1 ? xn1->upos : NONE_P;
  uint64_t s0lex = xs0 ? xs0->lex : 0, n0lex = xn0 ? xn0->lex : 0;
  FS(F_S0SUF, xs0 ? xs0->suf[2] : 0, 0, 0);
  FS(F_S0LEX, s0lex, 0, 0);
  FS(F_S0U, s0u, 0, 0);
  FP(F_S0W_N0U, s0w, n0u, 0);
  FP(F_S0U_N0W, s0u, n0w, 0);
  FP(F_S0LEX_N0LEX, s0lex, n0lex, 0);
  FP(F_S0U_N0U_N1U, s0u, n0u, n1u);
  /* A close runner-up tag stands beside the tag. */
  uint64_t s0p2 = xs0 ? xs0->xpos2 : NONE_P, n0p2 = xn0 ? xn0->xpos2 : NONE_P;
  if (s0p2 != 255 || n0p2 != 255) {
    FP(F_S0P2_N0P2, s0p2, n0p2, 0);
    FP(F_S0P_N0P2, s0p, n0p2, 0);
    FP(F_S0P2_N0P, s0p2, n0p, 0);
  }
  if (s0p2 != 255)
    FS(F_S0P2, s0p2, s0p, 0);
  nlp_feat_keys(&B, k, f);
  return k;
}
#undef FS
#undef FN
#undef FP

size_t nlp_parser_feats(const nlp_config *c, uint32_t *f) {
  size_t k = buffer_feats(c, f);
  return k + config_feats(c, f + k, FEATS_ALL);
}

enum {
  G_DW = 1, G_DP, G_DWP, G_HW, G_HP, G_HWP, G_DW_HW, G_DP_HP, G_DW_HP,
  G_DP_HW, G_DIR_DP_HP, G_DIST_DP_HP, G_DLSET_DP, G_DRSET_DP, G_HSET_DP,
  G_DFN_HP, G_DFN_DP, G_DFN_HW, G_DL1_DP, G_DSUF_DP, G_CTX, G_HHP_HP_DP,
  G_HL_DP, G_CAP_DP, G_DU_HU, G_DFN, G_DW_DIR, G_HW_DIR_DP, G_DPREV_DP,
  G_DNEXT_DP, G_HSET_DIR_DP,
};

size_t nlp_label_feats(const nlp_config *c, int h, int d, uint32_t *f) {
  nlp_feat_batch B;
  size_t k = 0;
  uint64_t dw = W(c, d), dp = P(c, d), hw = W(c, h), hp = P(c, h);
  uint64_t dir = d < h ? 1 : 2;
  int dd = d < h ? h - d : d - h;
  uint64_t dist = (uint64_t)(h >= c->n ? 8 : dist_bucket(dd));
  uint64_t dfn = c->fn[d];
  uint64_t hset = h <= c->n ? (c->lset[h] | c->rset[h]) : 0;
  int hh = hd(c, h);
  const nlp_word *x = &c->w[d];
  F(G_DW, dw, 0, 0);
  F(G_DP, dp, 0, 0);
  F(G_DWP, dw, dp, 0);
  F(G_HW, hw, 0, 0);
  F(G_HP, hp, 0, 0);
  F(G_HWP, hw, hp, 0);
  F(G_DW_HW, dw, hw, 0);
  F(G_DP_HP, dp, hp, 0);
  F(G_DW_HP, dw, hp, 0);
  F(G_DP_HW, dp, hw, 0);
  F(G_DIR_DP_HP, dir, dp, hp);
  F(G_DIST_DP_HP, dist * 4 + dir, dp, hp);
  F(G_DLSET_DP, c->lset[d], dp, 0);
  F(G_DRSET_DP, c->rset[d], dp, 0);
  F(G_HSET_DP, hset, dp, dir);
  F(G_HSET_DIR_DP, h <= c->n ? c->lset[h] : 0, dp, hp);
  F(G_DFN, dfn, 0, 0);
  F(G_DFN_HP, dfn, hp, dp);
  F(G_DFN_DP, dfn, dp, 0);
  F(G_DFN_HW, dfn, hw, 0);
  F(G_DL1_DP, L(c, c->lc1[d]), P(c, c->lc1[d]), dp);
  F(G_DSUF_DP, x->suf[2], dp, 0);
  F(G_CTX, P(c, d - 1), dp, P(c, d + 1 < c->n ? d + 1 : -1));
  F(G_DPREV_DP, W(c, d - 1), dp, 0);
  F(G_DNEXT_DP, W(c, d + 1 < c->n ? d + 1 : -1), dp, 0);
  F(G_HHP_HP_DP, P(c, hh), hp, dp);
  F(G_HL_DP, h < c->n && c->head[h] != NLP_HEAD_NONE ? c->dep[h] : 0, hp, dp);
  F(G_CAP_DP, x->flags & (NLP_WF_CAP | NLP_WF_FIRST), dp, hp);
  F(G_DU_HU, x->upos, h < c->n ? c->w[h].upos : ROOT_P, dir);
  F(G_DW_DIR, dw, dir, 0);
  F(G_HW_DIR_DP, hw, dir, dp);
#undef F
  nlp_feat_keys(&B, k, f);
  return k;
}

/* ------------------------------------------------------------------ */
/* Dynamic oracle                                                       */
/* ------------------------------------------------------------------ */

/* gh[i]: gold head of word i, n for the root. */
void nlp_move_costs(const nlp_config *c, const int *gh, int costs[NLP_MOVES]) {
  int n = c->n, b = c->b;
  int s0 = c->sp > 0 ? c->stack[c->sp - 1] : -1;
  for (int m = 0; m < NLP_MOVES; m++)
    costs[m] = nlp_move_valid(c, m) ? 0 : -1;
  if (b < n) {
    /* Pushing b loses b's head and headless dependents in the stack
     * (a head already popped is lost whatever happens). */
    int head_in_stack = 0, deps_in_stack = 0;
    for (int i = 0; i < c->sp; i++) {
      int k = c->stack[i];
      if (gh[b] == k)
        head_in_stack = 1;
      if (gh[k] == b && c->head[k] == NLP_HEAD_NONE)
        deps_in_stack++;
    }
    if (costs[NLP_SHIFT] >= 0)
      costs[NLP_SHIFT] = head_in_stack + deps_in_stack;
    if (costs[NLP_RIGHT] >= 0)
      costs[NLP_RIGHT] =
          (gh[b] != s0 && (head_in_stack || gh[b] > b)) + deps_in_stack;
  }
  if (s0 >= 0) {
    /* Popping s0 loses its dependents in the buffer. */
    int deps_in_buffer = 0;
    for (int k = b; k < n; k++)
      if (gh[k] == s0)
        deps_in_buffer++;
    if (costs[NLP_REDUCE] >= 0)
      costs[NLP_REDUCE] = deps_in_buffer;
    if (costs[NLP_LEFT] >= 0)
      costs[NLP_LEFT] = deps_in_buffer + (gh[s0] != b && gh[s0] > b);
  }
}

/* ------------------------------------------------------------------ */
/* Parsing                                                              */
/* ------------------------------------------------------------------ */

static int best_move(const nlp_config *c, const int32_t *acc) {
  int best = -1;
  for (int m = 0; m < NLP_MOVES; m++)
    if (nlp_move_valid(c, m) && (best < 0 || acc[m] > acc[best]))
      best = m;
  return best;
}

/* The only valid move, or -1 when there are several: with an empty
 * stack only SHIFT, with an empty buffer only LEFT (to the root) or
 * REDUCE.  Such moves need no scores and no label. */
static int forced_move(const nlp_config *c) {
  if (c->sp == 0)
    return NLP_SHIFT;
  if (c->b >= c->n)
    return c->head[c->stack[c->sp - 1]] == NLP_HEAD_NONE ? NLP_LEFT
                                                         : NLP_REDUCE;
  return -1;
}

/* Parses w[0..n) (n <= NLP_PARSE_MAX) as one piece.  The features of the
 * front of the buffer are scored once per front word, those of s0 and
 * of n0 with their children (FEATS_S0, FEATS_N0) once per word and state:
 * ver[i] counts the arcs made to and from word i, and a word back on top
 * of the stack after a LEFT (the word above it, shifted onto it, taken
 * off) or the front word after a REDUCE has the sums it had. */
static void parse_piece(const nlp_parser *p, nlp_word *w, int n,
                        nlp_wcache *mc, nlp_wcache *lc) {
  nlp_config c;
  nlp_config_init(&c, w, n);
  uint32_t f[NLP_PARSER_MAX_FEATS];
  int32_t acc[64], front[NLP_MOVES], n0sum[NLP_MOVES];
  int32_t s0sum[NLP_PARSE_MAX][NLP_MOVES];
  int ver[NLP_PARSE_MAX + 1], s0ver[NLP_PARSE_MAX];
  for (int i = 0; i <= n; i++)
    ver[i] = 0;
  for (int i = 0; i < n; i++)
    s0ver[i] = -1;
  int front_b = -1, n0_b = -1, n0_ver = -1;
  while (!nlp_config_done(&c)) {
    int m = forced_move(&c);
    if (m >= 0) {
      if (m == NLP_LEFT) {
        ver[c.b]++;
        ver[c.stack[c.sp - 1]]++;
      }
      nlp_move_apply(&c, m, NLP_DEP_DEP);
      continue;
    }
    int s0 = c.stack[c.sp - 1];
    if (front_b != c.b) {
      memset(front, 0, sizeof front);
      nlp_wtable_score_cached(&p->moves, mc, f, buffer_feats(&c, f), front);
      front_b = c.b;
    }
    if (s0ver[s0] != ver[s0]) {
      memset(s0sum[s0], 0, sizeof s0sum[s0]);
      nlp_wtable_score_cached(&p->moves, mc, f, config_feats(&c, f, FEATS_S0),
                              s0sum[s0]);
      s0ver[s0] = ver[s0];
    }
    if (n0_b != c.b || n0_ver != ver[c.b]) {
      memset(n0sum, 0, sizeof n0sum);
      nlp_wtable_score_cached(&p->moves, mc, f, config_feats(&c, f, FEATS_N0),
                              n0sum);
      n0_b = c.b;
      n0_ver = ver[c.b];
    }
    for (int k = 0; k < NLP_MOVES; k++)
      acc[k] = front[k] + s0sum[s0][k] + n0sum[k];
    nlp_wtable_score_cached(&p->moves, mc, f, config_feats(&c, f, FEATS_REST),
                            acc);
    m = best_move(&c, acc);
    int dep = NLP_DEP_DEP;
    if ((m == NLP_LEFT && c.b < n) || m == NLP_RIGHT) {
      int h = m == NLP_LEFT ? c.b : s0;
      int d = m == NLP_LEFT ? s0 : c.b;
      size_t nlf = nlp_label_feats(&c, h, d, f);
      memset(acc, 0, sizeof(int32_t) * p->n_labels);
      nlp_wtable_score_cached(&p->labels, lc, f, nlf, acc);
      uint32_t bl = 0;
      for (uint32_t l = 1; l < p->n_labels; l++)
        if (acc[l] > acc[bl])
          bl = l;
      dep = p->n_labels ? p->label_dep[bl] : NLP_DEP_DEP;
    }
    if (m == NLP_LEFT || m == NLP_RIGHT) {
      ver[c.b]++;
      ver[s0]++;
    }
    nlp_move_apply(&c, m, dep);
  }
  /* One root: the first word attached to the root keeps it, the others
   * hang from it. */
  int root = -1;
  for (int i = 0; i < n; i++) {
    w[i].head = c.head[i];
    w[i].dep = c.dep[i];
    if (w[i].head == NLP_HEAD_ROOT) {
      if (root < 0 || (w[i].dep == NLP_DEP_ROOT && w[root].dep != NLP_DEP_ROOT))
        root = i;
    }
  }
  for (int i = 0; i < n; i++)
    if (w[i].head == NLP_HEAD_ROOT && i != root) {
      w[i].head = root;
      w[i].dep = w[i].upos == NLP_UPOS_PUNCT ? NLP_DEP_PUNCT : NLP_DEP_PARATAXIS;
    } else if (i == root) {
      w[i].dep = NLP_DEP_ROOT;
    }
  nlp_config_release(&c);
}

void nlp_parse(const nlp_parser *p, nlp_word *w, size_t n, nlp_wcache *moves,
               nlp_wcache *labels) {
  /* Long sentences (lists, tables run together) are parsed in pieces
   * whose roots hang from the first piece's root. */
  int first_root = -1;
  for (size_t at = 0; at < n; at += NLP_PARSE_MAX) {
    size_t m = n - at < NLP_PARSE_MAX ? n - at : NLP_PARSE_MAX;
    parse_piece(p, w + at, (int)m, moves, labels);
    for (size_t i = at; i < at + m; i++) {
      if (w[i].head >= 0)
        w[i].head += (int)at;
      else if (first_root < 0)
        first_root = (int)i;
      else {
        w[i].head = first_root;
        w[i].dep = NLP_DEP_PARATAXIS;
      }
    }
  }
}
