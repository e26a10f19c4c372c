/*
 * dates/scan.c - the driver: tokens pass through a fixed window,
 * numbered with the sentence and paragraph the splitter (text/sentence.c)
 * put them in; the grammar is tried at each token; the public
 * annals_dates_* functions.
 */
#include "dates/dates.h"

/* A quotation mark at token t: +1 opens ("\u201c"), -1 closes
 * ("\u201d"), 2 either (the straight '"'), 0 none. */
static int quote_mark(const char *s, const tok *t) {
  if (t->kind == TK_PUNCT)
    return t->ch == '"' ? 2 : 0;
  if (t->kind != TK_OTHER || t->end - t->start < 3)
    return 0;
  const unsigned char *u = (const unsigned char *)s + t->start;
  if (u[0] != 0xE2 || u[1] != 0x80 || (u[2] != 0x9C && u[2] != 0x9D))
    return 0;
  return u[2] == 0x9C ? 1 : -1;
}

/* Numbers tokens t[0..n) with the sentence and paragraph they start in,
 * as the splitter (text/sentence.c) cut the piece: S->sents[S->cur] is
 * the sentence of the last token numbered, and a token between two
 * sentences (the dash after a dateline) goes with the one before.  Marks
 * the tokens inside a quotation, which ends, at the latest, with its
 * paragraph. */
static void number_tokens(annals_dates_stream *S, const char *s, tok *t,
                          size_t n) {
  const annals_sentence *sv = S->sents;
  for (size_t k = 0; k < n; k++) {
    while (S->cur + 1 < S->n_sents && sv[S->cur + 1].start <= t[k].start)
      S->cur++;
    uint32_t para = S->para;
    uint32_t sent = S->sent;
    if (S->n_sents) {
      para += (uint32_t)sv[S->cur].para;
      sent += (uint32_t)S->cur;
    }
    if (para != S->quote_para)
      S->in_quote = false;
    S->quote_para = para;
    int q = quote_mark(s, &t[k]);
    if (q == 2)
      S->in_quote = !S->in_quote;
    else if (q)
      S->in_quote = q > 0;
    t[k].quote = S->in_quote;
    t[k].sent = sent;
    t[k].para = para;
  }
}

/* Tokens that may open an expression; the others are skipped at once. */
static bool can_start(const tok *t) {
  switch (t->kind) {
  case TK_NUM:
    return true;
  case TK_PUNCT:
    return t->ch == '\'';
  case TK_WORD:
    switch (t->cls) {
    case C_NONE:
      return t->len == 1 && t->cap;
    case C_PREP:
      return t->num == PR_AT; /* "at least" */
    case C_ORDSUF:
    case C_OF:
    case C_AND:
    case C_OR:
    case C_TO:
    case C_S:
    case C_SO:
    case C_TZ:
    case C_AMPM:
    case C_OCLOCK:
    case C_CLOCK:
    case C_FUT:
    case C_PASTV:
    case C_BLOCK:
    case C_PUBW:
    case C_AGENCY:
    case C_ERA:
    case C_THAN:
    case C_LEAST:
    case C_PERIOD:
    case C_TERM:
    case C_TIMEW:
    case C_WHILE:
    case C_EVE:
    case C_TRADING:
    case C_CALENDAR:
    case C_TIMES:
    case C_PART:
    case C_PARTS:
      return false;
    default:
      return true;
    }
  default:
    return false;
  }
}

/* Function words that open an expression only before a date word or a
 * number ("the year", "a week", "this Friday"); before a plain word ("the
 * government") they are skipped without trying the grammar. */
static bool quick_reject(const win *W, size_t i) {
  const tok *t = &W->t[i];
  if (t->kind == TK_NUM) {
    /* "$27", "40 kilometres": money and counts of things (years, which
     * may precede a noun, are kept) */
    if (i > 0 && !t->sp && W->t[i - 1].kind == TK_PUNCT &&
        W->t[i - 1].ch == '$')
      return true;
    if (t->ndig == 4 || i + 1 >= W->n)
      return false;
    const tok *u = &W->t[i + 1];
    return u->kind == TK_WORD && u->cls == C_NONE && u->len > 1 && !u->cap &&
           u->sp;
  }
  if (t->kind != TK_WORD)
    return false;
  switch (t->cls) {
  case C_THE:
  case C_A:
  case C_REL:
  case C_SOME:
  case C_APPROX:
  case C_MORE:
  case C_NO:
  case C_UP:
  case C_EDGE:
  case C_SHIFT:
  case C_FEW:
  case C_HALF:
  case C_TIMESW:
    break;
  default:
    return false;
  }
  if (i + 1 >= W->n)
    return false;
  const tok *u = &W->t[i + 1];
  return u->kind == TK_WORD && u->cls == C_NONE && !(u->len == 1 && u->cap);
}

/* "In April and June 1955", "from May to July 1942", "the spring and
 * summer of 1943": a month or season without a year joined to the next
 * date, which has one, shares its year. */
static void share_year(const win *W, size_t i, const mention *m,
                       GArray *ms) {
  if (ms->len == 0 || i == 0 || m->kind != MK_ABS || m->y == NOY ||
      m->yunit || !(m->m || m->season))
    return;
  mention *p = &g_array_index(ms, mention, ms->len - 1);
  if (p->kind != MK_ABS || p->y != NOY || !(p->m || p->season) ||
      p->t1 + 1 != W->base + i || p->sent != m->sent)
    return;
  size_t k = i - 1;
  if (!(is_w(W, k, C_AND) || is_w(W, k, C_OR) || is_w(W, k, C_TO) ||
        is_p(W, k, '-') ||
        (is_w(W, k, C_PREP) &&
         (wval(W, k) == PR_UNTIL || wval(W, k) == PR_THROUGH))))
    return;
  p->y = m->y;
  p->dir = 0;
}

/* Is text[at] inside a web address ("https://example.com/2015/may/5/")?
 * Its words are a path, not dates. */
static bool in_url(const char *text, size_t len, size_t at) {
  size_t a = at, e = at;
  while (a > 0 && at - a < 512 && !g_ascii_isspace(text[a - 1]))
    a--;
  while (e < len && e - at < 512 && !g_ascii_isspace(text[e]))
    e++;
  if (e - a >= 4 && g_ascii_strncasecmp(text + a, "www.", 4) == 0)
    return true;
  for (size_t k = a; k + 3 <= e && k < at; k++)
    if (memcmp(text + k, "://", 3) == 0)
      return true;
  return false;
}

void tx_scan_piece(annals_dates_stream *S, const char *text, size_t len,
                   const annals_sentence *sents, size_t n_sents, GArray *ms) {
  S->sents = sents;
  S->n_sents = n_sents;
  S->cur = 0;
  timex_lexer L = {text, len, 0};
  win W = {text, S->buf, 0, S->tokens, S->opts.day_first, 0};
  size_t i = 0;
  bool eof = false;
  for (;;) {
    if (!eof && W.n - i < LOOK) {
      size_t keep = i > LOOK ? i - LOOK : 0;
      if (keep) {
        memmove(W.t, W.t + keep, (W.n - keep) * sizeof *W.t);
        W.n -= keep;
        i -= keep;
        W.base += keep;
      }
      size_t got = timex_lex(&L, W.t + W.n, WIN - W.n);
      number_tokens(S, text, W.t + W.n, got);
      W.n += got;
      eof = L.pos >= len;
    }
    if (i >= W.n)
      break;
    if (!can_start(&W.t[i]) || quick_reject(&W, i)) {
      i++;
      continue;
    }
    mention m;
    W.i0 = i;
    size_t e = tx_expr(&W, i, &m);
    if (!e) {
      i++;
      continue;
    }
    m.start = W.t[i].start;
    m.end = W.t[e - 1].end;
    if (in_url(text, len, m.start)) {
      i = e;
      continue;
    }
    m.t0 = W.base + i;
    m.t1 = W.base + e;
    m.sent = W.t[i].sent;
    m.para = W.t[i].para;
    /* (a piece opens a sentence: its first tokens are t[0], t[1]) */
    m.initial = i == 0 || W.t[i - 1].sent != m.sent ||
                ((i == 1 || W.t[i - 2].sent != m.sent) &&
                 W.t[i - 1].kind == TK_WORD && W.t[i - 1].cls == C_PREP);
    m.prep = (uint8_t)tx_prep_before(&W, i);
    m.quoted = W.t[i].quote;
    m.bound = m.prep == PR_SINCE || m.prep == PR_UNTIL ||
              (i > 0 && (is_w(&W, i - 1, C_TO) ||
                         (is_p(&W, i - 1, '-') && tx_year_pair(&W, i))));
    /* "a bone of contention since Kuwait's independence in 1961": the
     * date of what a "since" phrase names bounds a span too */
    for (size_t k = i, back = 0; !m.bound && k > 0 && back < 6; k--, back++) {
      const tok *b = &W.t[k - 1];
      if (b->sent != W.t[i].sent ||
          (b->kind == TK_PUNCT &&
           (b->ch == ',' || b->ch == ';' || b->ch == ':' || b->ch == '(' ||
            b->ch == ')' || b->ch == '.')))
        break;
      m.bound = b->kind == TK_WORD && b->cls == C_PREP && b->num == PR_SINCE;
    }
    share_year(&W, i, &m, ms);
    /* the tense matters only where a year or a day must be chosen */
    if ((m.kind == MK_ABS && m.y == NOY) ||
        (m.kind == MK_REL && (m.sel == -2 || m.unit == U_WEEKEND)))
      m.dir = (int8_t)tx_tense(&W, i, e, m.m != 0 && m.d == 0);
    else if (m.kind == MK_ABS && m.m)
      m.ytense = (int8_t)tx_tense(&W, i, e, m.d == 0);
    if (m.kind == MK_ABS && m.y == NOY)
      m.ahead = tx_ahead(&W, i);
    g_array_append_val(ms, m);
    i = e;
  }
  S->tokens = W.base + W.n;
  /* The next piece opens a sentence; it continues the last paragraph
   * unless this piece ends with a line. */
  if (n_sents) {
    bool line_end = text[len - 1] == '\n' || text[len - 1] == '\r';
    S->sent += (uint32_t)n_sents;
    S->para += (uint32_t)sents[n_sents - 1].para + line_end;
  }
  S->sents = NULL;
  S->n_sents = 0;
}

annals_dates_stream *annals_dates_stream_new(const annals_dates_opts *o) {
  timex_lex_init();
  annals_dates_stream *S = g_new0(annals_dates_stream, 1);
  if (o)
    S->opts = *o;
  S->buf = g_new(tok, WIN);
  S->dct.note = S->note;
  return S;
}

void annals_dates_stream_free(annals_dates_stream *s) {
  if (!s)
    return;
  g_free(s->buf);
  g_free(s);
}

/* Hands the stream's DCT to out, which owns a copy of the note. */
static void put_dct(const annals_dates_stream *S, annals_timexes *out) {
  g_free((char *)out->dct.note);
  out->dct = S->dct;
  out->dct.note = S->dct.note && S->dct.note[0] ? g_strdup(S->dct.note) : NULL;
}

annals_status annals_dates_stream_feed_sentences(
    annals_dates_stream *S, const char *text, size_t len,
    const annals_sentence *sents, size_t n_sents, annals_timexes *out,
    annals_diags *d) {
  (void)d;
  if (!S || !out || (!text && len) || (!sents && n_sents))
    return ANNALS_ERR_ARG;
  GArray *ms = g_array_new(FALSE, FALSE, sizeof(mention));
  tx_scan_piece(S, text, len, sents, n_sents, ms);
  mention *mv = (mention *)(void *)ms->data;
  bool first_piece = !S->started;
  if (!S->started) {
    S->started = true;
    tx_settle_dct(S, text, len, mv, ms->len);
  }
  tx_story_state before = {S->ref, S->story, S->started_story, S->ev_story,
                           S->ev_news};
  size_t first = out->n;
  tx_anchor_plan(S, mv, ms->len);
  for (size_t k = 0; k < ms->len; k++) {
    ANNALS_GROW(out->items, out->n, out->cap);
    tx_resolve(S, &mv[k], &out->items[out->n]);
    out->n++;
  }
  if (first_piece && S->offset == 0)
    tx_settle_top_date(S, text, len, mv, ms->len, out, first, &before);
  put_dct(S, out);
  S->offset += len;
  g_array_free(ms, TRUE);
  return ANNALS_OK;
}

annals_status annals_dates_stream_feed(annals_dates_stream *S, const char *text,
                                       size_t len, annals_timexes *out,
                                       annals_diags *d) {
  if (!S || !out || (!text && len))
    return ANNALS_ERR_ARG;
  annals_sentence *sents = NULL;
  size_t n = annals_sentences_split(text, len, &sents);
  annals_status st =
      annals_dates_stream_feed_sentences(S, text, len, sents, n, out, d);
  g_free(sents);
  return st;
}

annals_status annals_dates_find(const char *text, size_t len,
                                const annals_dates_opts *o, annals_timexes *out,
                                annals_diags *d) {
  if (!out || (!text && len))
    return ANNALS_ERR_ARG;
  annals_dates_stream *S = annals_dates_stream_new(o);
  annals_status st = annals_dates_stream_feed(S, text, len, out, d);
  annals_dates_stream_free(S);
  return st;
}

void annals_timexes_init(annals_timexes *x) { memset(x, 0, sizeof *x); }

void annals_timexes_release(annals_timexes *x) {
  if (!x)
    return;
  g_free(x->items);
  g_free((char *)x->dct.note);
  memset(x, 0, sizeof *x);
}

const char *annals_timex_type_name(annals_timex_type t) {
  switch (t) {
  case ANNALS_TIMEX_DATE:
    return "DATE";
  case ANNALS_TIMEX_TIME:
    return "TIME";
  case ANNALS_TIMEX_DURATION:
    return "DURATION";
  case ANNALS_TIMEX_SET:
    return "SET";
  }
  return "DATE";
}
