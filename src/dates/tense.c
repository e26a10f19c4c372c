/*
 * dates/tense.c - the tense around an expression, which chooses the
 * direction of a weekday or a month without a year.
 */
#include "dates/dates.h"

/* Tense marker at token k: +1 future ("will", "expected"), -1 past
 * ("said", a word in -ed), 0 none.  A participle after a modal ("will be
 * held", "would have agreed") is future. */
static int tense_word(const win *W, size_t k) {
  const tok *t = &W->t[k];
  if (t->kind != TK_WORD)
    return 0;
  if (t->cls == C_FUT) {
    /* "plans to", "expected to": only with "to" ("the plan", "as
     * expected" say nothing) */
    if (t->val2 && !(k + 1 < W->n && W->t[k + 1].kind == TK_WORD &&
                     W->t[k + 1].cls == C_TO))
      return 0;
    return 1;
  }
  if (t->cls == C_SOON)
    return 1;
  if (t->cls == C_AGO)
    return -1;
  bool part = false;
  if (t->cls == C_PASTV)
    part = t->num == 0;
  else if (t->cls == C_NONE && t->len >= 5 && !t->cap &&
           W->s[t->end - 1] == 'd' && W->s[t->end - 2] == 'e' &&
           W->s[t->end - 3] != 'e')
    part = true;
  else
    return 0;
  /* "a still unspecified date", "the agreed price": adjectives; but
   * "the talks opened on Friday": a verb before a preposition or a date */
  const tok *nx = k + 1 < W->n ? &W->t[k + 1] : NULL;
  bool verb_next = nx && nx->sent == t->sent && nx->kind == TK_WORD &&
                   (nx->cls == C_PREP || nx->cls == C_WDAY ||
                    nx->cls == C_DAYWORD || nx->cls == C_REL);
  if (t->cls == C_NONE && !verb_next)
    for (size_t k2 = k, d = 0; k2 > 0 && d < 2; d++) {
      k2--;
      if (W->t[k2].kind == TK_WORD &&
          (W->t[k2].cls == C_A || W->t[k2].cls == C_THE))
        return 0;
    }
  if (part)
    for (size_t k2 = k, d = 0; k2 > 0 && d < 3; d++) {
      k2--;
      const tok *p = &W->t[k2];
      if (p->sent != t->sent)
        break;
      if (p->kind == TK_WORD && p->cls == C_FUT && p->num == 1)
        return 1;
    }
  return -1;
}

/* Tense around tokens [i, j): the nearest marker in the same sentence. */
int tx_tense(const win *W, size_t i, size_t j, bool infinitive) {
  uint32_t s = W->t[i].sent;
  int best = 0;
  size_t bestd = 1000;
  /* "postponed until Tuesday": ahead of the event told, unless the
   * sentence looks back from it ("until Thursday they had not called") */
  if (!infinitive && i > 0 && W->t[i - 1].sent == s &&
      W->t[i - 1].kind == TK_WORD && W->t[i - 1].cls == C_PREP &&
      W->t[i - 1].num == PR_UNTIL) {
    bool had = false;
    for (size_t k = i > 30 ? i - 30 : 0; k < W->n && k < j + 30; k++)
      if (W->t[k].sent == s && W->t[k].kind == TK_WORD &&
          tx_word_is(W, k, "had"))
        had = true;
    if (!had)
      return 1;
  }
  /* "called snap elections for June", "set the vote for March": a day
   * a poll or a meeting is set for lies ahead */
  if (i > 1 && W->t[i - 1].sent == s && W->t[i - 1].kind == TK_WORD &&
      W->t[i - 1].cls == C_PREP && W->t[i - 1].num == PR_FOR &&
      W->t[i - 2].kind == TK_WORD) {
    static const char *const set[] = {
        "election", "elections", "vote", "polls", "poll", "referendum",
        "runoff", "ballot", "summit", "talks", "meeting", NULL};
    for (size_t k = 0; set[k]; k++)
      if (tx_word_is(W, i - 2, set[k]))
        return 1;
  }
  /* "by August", "until January": a deadline ahead (months only) */
  if (infinitive && i > 0 && W->t[i - 1].sent == s &&
      W->t[i - 1].kind == TK_WORD && W->t[i - 1].cls == C_PREP &&
      (W->t[i - 1].num == PR_BY || W->t[i - 1].num == PR_UNTIL))
    return 1;
  for (size_t k = i, d = 1; k > 0 && d < 30; d++) {
    k--;
    const tok *t = &W->t[k];
    if (t->sent != s)
      break;
    int v = tense_word(W, k);
    /* "is to resume", "set to meet": arrangements ahead */
    if (!v && t->kind == TK_WORD && t->cls == C_TO && k > 0 &&
        W->t[k - 1].kind == TK_WORD &&
        (tx_word_is(W, k - 1, "is") || tx_word_is(W, k - 1, "are") ||
         tx_word_is(W, k - 1, "set") || tx_word_is(W, k - 1, "going")))
      v = 1;
    /* "agreed to buy it in February": the infinitive looks ahead */
    if (!v && infinitive && t->kind == TK_WORD && t->cls == C_TO && k + 1 < i &&
        W->t[k + 1].kind == TK_WORD && W->t[k + 1].cls == C_NONE &&
        !W->t[k + 1].cap && W->s[W->t[k + 1].end - 1] != 's')
      v = 1;
    if (v > 0 && t->num == 0 &&
        (W->s[t->end - 1] == 'd' || tx_word_is(W, k, "due"))) {
      /* "was scheduled to", "had been expected to", "had been due to":
       * past */
      for (size_t k2 = k, d2 = 0; k2 > 0 && d2 < 3; d2++) {
        k2--;
        if (W->t[k2].sent != s)
          break;
        if (W->t[k2].kind == TK_WORD && W->t[k2].cls == C_PASTV) {
          v = -1;
          break;
        }
      }
    }
    if (v) {
      best = v;
      bestd = d;
      break;
    }
  }
  for (size_t k = j, d = 1; k < W->n && d < 30 && d < bestd; k++, d++) {
    const tok *t = &W->t[k];
    if (t->sent != s)
      break;
    int v = tense_word(W, k);
    if (v) {
      best = v;
      break;
    }
  }
  return best;
}

/* News looking ahead from its own time in the sentence before token i:
 * "will", "shall", "is expected to", "plans to"; not "would" nor "was
 * expected to", which a story tells of its past. */
bool tx_ahead(const win *W, size_t i) {
  uint32_t s = W->t[i].sent;
  for (size_t k = i, d = 1; k > 0 && d < 30; d++) {
    k--;
    const tok *t = &W->t[k];
    if (t->sent != s)
      break;
    if (t->kind != TK_WORD || t->cls != C_FUT || tx_word_is(W, k, "would"))
      continue;
    if (t->num == 1)
      return true;
    bool to = k + 1 < W->n && W->t[k + 1].kind == TK_WORD &&
              W->t[k + 1].cls == C_TO;
    bool past = k > 0 && W->t[k - 1].kind == TK_WORD &&
                W->t[k - 1].cls == C_PASTV;
    if (to && !past)
      return true;
  }
  return false;
}
