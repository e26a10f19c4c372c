/*
 * events/frame_dates.c - when a frame happened: the date hanging from its
 * predicate, else its clause's, its reporter's or its sentence's, with
 * what does not date it (the date of another deed below it, of a
 * relative clause it is not in, a span's start, a thing's date).
 * The text's narrative time and the document date are applied after,
 * by the extractor (extract.c).
 */
#include "events/frames_int.h"

static bool is_pred(const fctx *x, int i) {
  return frames_candidate(x->lx, &x->w[i]) || x->w[i].upos == NLP_UPOS_VERB;
}

/* Is i a dash that sets words apart ("--", an em dash, a lone "-")? */
static bool aside_dash(const fctx *x, int i) {
  return x->w[i].upos == NLP_UPOS_PUNCT &&
         (lemma_is(x, i, "--") || lemma_is(x, i, "-"));
}

/* "condemned the attacks -- the worst violence since the end of the war
 * a decade ago -- as cowardly": a date inside a phrase set apart by two
 * dashes, whose words beside the date name a thing, tells of that thing,
 * not of a predicate g outside it: it dates none (a day or year told
 * so is background: "the worst since ..."). */
static bool date_aside(const fctx *x, const ev_date *d, int g) {
  int l = d->first - 1, r = d->last + 1;
  while (l >= x->lo && !aside_dash(x, l))
    l--;
  while (r < x->hi && !aside_dash(x, r))
    r++;
  if (l < x->lo || r >= x->hi || (g > l && g < r))
    return false;
  for (int i = l + 1; i < r; i++)
    if (is_noun(&x->w[i]) && !x->in_date[i - x->lo])
      return true;
  return false;
}

/* The noun a date of one word, a year, is set before ("the 2027
 * election", "a 2015 law"; h the date's head word), or -1. */
static int year_noun(const fctx *x, const ev_date *d, int h) {
  int n = h >= 0 ? H(x, h) : -1;
  return h >= 0 && d->first == d->last && n > h && n - h <= 3 &&
                 x->w[h].upos == NLP_UPOS_NUM &&
                 d->when.start.prec == ANNALS_PREC_YEAR && !d->when.interval &&
                 is_noun(&x->w[n])
             ? n
             : -1;
}

/* Each date's governor: the nearest predicate above the head word of
 * its span. */
void frames_date_governors(fctx *x) {
  for (size_t k = 0; k < x->nd; k++) {
    const ev_date *d = &x->dates[k];
    int h = -1;
    for (int i = d->first; i <= d->last; i++) {
      int hh = H(x, i);
      if (hh < d->first || hh > d->last) {
        h = i;
        break;
      }
    }
    int g = h >= 0 ? H(x, h) : -1;
    for (int steps = 0; g >= 0 && steps < 12 && !is_pred(x, g); steps++)
      g = H(x, g);
    /* "until July 2026", "by 2030": the end of a period or a deadline,
     * not when the event happens */
    static const char *const ends[] = {"until", "till", "through", "by",
                                       "pending", "before", NULL};
    /* (but a deed told in the past "by" a date was done by then: "they
     * withdrew from the north by early April", "had seized the town by
     * Friday") */
    bool done_by =
        g >= x->lo && x->w[g].upos == NLP_UPOS_VERB &&
        marker_is(x, h, (const char *[]){"by", NULL}) &&
        (x->w[g].xpos == NLP_XPOS_VBD ||
         (x->w[g].xpos == NLP_XPOS_VBN &&
          kid_among(x, g, NLP_DEP_AUX, (const char *const[]){"have", NULL}) &&
          !kid_among(x, g, NLP_DEP_AUX,
                     (const char *const[]){"will", "would", "shall", "should",
                                           "must", "may", "might", "could",
                                           NULL})));
    /* (but "until the 2027 presidential election": a year set before an
     * event noun is the event's, whatever the noun's preposition) */
    int n = year_noun(x, d, h);
    bool event_year = n >= 0 && is_pred(x, n) && g == n;
    if (h >= 0 && marker_is(x, h, ends) && !done_by && !event_year)
      g = -2;
    if (g >= x->lo && date_aside(x, d, g))
      g = -2;
    /* "called early elections for November", "elections are scheduled
     * for 2029": the day a thing is set for is the thing's (the event
     * noun the verb sets), not the setting's */
    if (h >= 0 && g >= x->lo && x->w[g].upos == NLP_UPOS_VERB &&
        marker_is(x, h, (const char *[]){"for", NULL})) {
      int o = kid(x, g, NLP_DEP_OBJ, x->lo);
      if (o < 0)
        o = kid(x, g, NLP_DEP_NSUBJ_PASS, x->lo);
      g = o >= 0 && is_noun(&x->w[o]) && frames_candidate(x->lx, &x->w[o])
              ? o
              : -2;
    }
    /* "the 2027 presidential race", "a 2015 law": a year set before a
     * noun names the thing; it dates that thing when it is an event
     * ("the 2014 annexation"), and the act it is the subject or the
     * object of ("lost the 2022 race"), nothing else in its sentence */
    /* (a contest, that is: a thing made in its year, "rewrite the 1982
     * constitution", dates no act done to it) */
    static const char *const contests[] = {
        "race",  "contest", "poll",   "ballot",       "primary", "runoff",
        "cup",   "game",    "final",  "championship", "season",  "games",
        "match", "bid",     "league", "tournament",   NULL};
    bool contest = n >= 0 && lemma_among(x, n, contests);
    if (n >= 0 && !is_pred(x, n) &&
        (!contest ||
         (D(x, n) != NLP_DEP_OBJ && D(x, n) != NLP_DEP_NSUBJ &&
          D(x, n) != NLP_DEP_NSUBJ_PASS && D(x, n) != NLP_DEP_OBL_AGENT)) &&
        (D(x, h) == NLP_DEP_NUMMOD || D(x, h) == NLP_DEP_AMOD ||
         D(x, h) == NLP_DEP_COMPOUND)) {
      /* (only modifiers between them, and no preposition before it: "In
       * 1999 their armies fought") */
      bool np = !(h > x->lo && x->w[h - 1].upos == NLP_UPOS_ADP);
      for (int i = h + 1; i < n && np; i++)
        np = x->w[i].upos == NLP_UPOS_ADJ || x->w[i].upos == NLP_UPOS_NOUN ||
             x->w[i].upos == NLP_UPOS_PROPN;
      if (np)
        g = -2;
    }
    /* "overnight on Monday", "overnight into Tuesday": the night is told
     * by the day named right after it */
    if (d->first == d->last && k + 1 < x->nd &&
        x->dates[k + 1].first > d->last &&
        x->dates[k + 1].first - d->last <= 2 &&
        lemma_among(x, d->first, (const char *const[]){"overnight", "tonight",
                                                       NULL}))
      g = -2;
    /* "gave the militia a deadline to leave the town on Thursday",
     * "announced a plan to rebuild the city on Monday": a day told last,
     * that the parser hung on the infinitive of a past verb's object, is
     * the verb's (as wire copy tells the day of its news) */
    if (g >= x->lo && d->usable && d->when.start.prec == ANNALS_PREC_DAY &&
        x->w[g].xpos == NLP_XPOS_VB && D(x, g) == NLP_DEP_ACL &&
        kid(x, g, NLP_DEP_MARK, x->lo) >= 0 &&
        lemma_is(x, kid(x, g, NLP_DEP_MARK, x->lo), "to") && H(x, g) >= x->lo &&
        D(x, H(x, g)) == NLP_DEP_OBJ && H(x, H(x, g)) >= x->lo &&
        x->w[H(x, H(x, g))].xpos == NLP_XPOS_VBD && d->first > g) {
      bool last = true; /* (nothing of the clause after the day) */
      for (int i = d->last + 1; i < x->hi && last; i++)
        last = x->w[i].upos == NLP_UPOS_PUNCT;
      if (last)
        g = H(x, H(x, g));
    }
    x->gov[k] = g;
  }
  /* "acquitted the men accused in the 2006 bombings on Monday": a day
   * the parser hung on an event noun that has a year of its own set
   * before it, of another year, is the day of the verb above the noun */
  for (size_t k = 0; k < x->nd; k++) {
    int n = x->gov[k];
    const ev_date *d = &x->dates[k];
    /* (or on the verb of a relative clause on such a noun, the day
     * told last: "marked the anniversary of the 1958 uprising that
     * overthrew the regime on Tuesday") */
    if (n >= x->lo && x->w[n].upos == NLP_UPOS_VERB &&
        D(x, n) == NLP_DEP_ACL_RELCL && H(x, n) >= x->lo && d->first > n &&
        is_noun(&x->w[H(x, n)]))
      n = H(x, n);
    if (n < x->lo || !is_noun(&x->w[n]) || d->first < n ||
        d->when.start.prec != ANNALS_PREC_DAY)
      continue;
    bool year = false;
    for (size_t j = 0; j < x->nd && !year; j++)
      year = j != k && x->gov[j] == n && x->dates[j].last < n &&
             x->dates[j].when.start.prec == ANNALS_PREC_YEAR &&
             x->dates[j].when.start.y != d->when.start.y;
    if (!year)
      continue;
    /* (past the participle that describes a noun: "men accused in") */
    int v = H(x, n);
    for (int steps = 0;
         v >= 0 && steps < 6 &&
         (x->w[v].upos != NLP_UPOS_VERB ||
          (x->w[v].xpos == NLP_XPOS_VBN && D(x, v) == NLP_DEP_ACL));
         steps++)
      v = H(x, v);
    if (v >= 0 && x->w[v].upos == NLP_UPOS_VERB)
      x->gov[k] = v;
  }
}

/* Is date k a bare part of a day ("overnight", "tonight"), which tells
 * the day only from the text's own date? */
static bool bare_part_of_day(const fctx *x, size_t k) {
  const ev_date *d = &x->dates[k];
  return d->first == d->last &&
         lemma_among(x, d->first, (const char *const[]){
                                     "overnight", "tonight", "dawn", "dusk",
                                     NULL});
}

/* The most precise usable date hanging from word p, or -1 (of two as
 * precise, a day named before a bare part of a day: "overnight, the
 * governor said on Sunday" was Sunday's). */
static int date_of(const fctx *x, int p) {
  int best = -1;
  for (size_t k = 0; k < x->nd; k++) {
    if (x->gov[k] != p || !x->dates[k].usable)
      continue;
    if (best < 0 ||
        x->dates[k].when.start.prec > x->dates[best].when.start.prec ||
        (x->dates[k].when.start.prec == x->dates[best].when.start.prec &&
         bare_part_of_day(x, (size_t)best) && !bare_part_of_day(x, k)))
      best = (int)k;
  }
  return best;
}

/* The head of the clause opened by "after", "before" or "since" that
 * word i is in (i or above it), or -1. */
static int time_clause(const fctx *x, int i) {
  for (int q = i, k = 0; q >= x->lo && q < x->hi && k < 8; k++, q = H(x, q))
    for (int j = x->lo; j < q; j++)
      if (H(x, j) == q && D(x, j) == NLP_DEP_MARK &&
          (lemma_is(x, j, "after") || lemma_is(x, j, "before") ||
           lemma_is(x, j, "since")))
        return q;
  return -1;
}

/* Edges between words a and b of the sentence's tree. */
static int tree_distance(const fctx *x, int a, int b) {
  int da = 0;
  for (int p = a; p >= 0 && da < 64; p = H(x, p), da++) {
    int db = 0;
    for (int q = b; q >= 0 && db < 64; q = H(x, q), db++)
      if (q == p)
        return da + db;
  }
  return 1 << 20;
}

static void set_date(fctx *x, ev_frame *fr, int k, int how) {
  fr->when = x->dates[k].when;
  fr->date_how = how;
  fr->date_at = x->dates[k].start;
  int f = x->dates[k].first;
  fr->date_since = f - 1 >= x->lo && lemma_is(x, f - 1, "since");
  fr->approximate = (x->dates[k].flags & ANNALS_TIMEX_F_FUZZY) != 0;
  /* ("a January peace deal", "the 2014 annexation": the date before the
   * noun, one of its words) */
  int p = fr->pred;
  fr->date_named = false;
  for (int i = x->dates[k].first; i <= x->dates[k].last && i < p; i++)
    fr->date_named = fr->date_named ||
                     (is_noun(&x->w[p]) && H(x, i) == p &&
                      (D(x, i) == NLP_DEP_NUMMOD || D(x, i) == NLP_DEP_AMOD ||
                       D(x, i) == NLP_DEP_COMPOUND));
}

/* A date hanging from word p that is no calendar date before the
 * document date ("in December 2025" in a text of 2024), or -1. */
static int unusable_date_of(const fctx *x, int p) {
  for (size_t k = 0; k < x->nd; k++)
    if (x->gov[k] == p && !x->dates[k].usable &&
        x->dates[k].when.start.prec != ANNALS_PREC_NONE)
      return (int)k;
  return -1;
}

/* "until the 2027 presidential election": is a date after the document
 * date set on noun p itself (not on a word of its phrase: "a boycott of
 * this summer's World Cup" is told now)? */
static bool own_future_date(const fctx *x, int p) {
  for (size_t k = 0; k < x->nd; k++) {
    const ev_date *d = &x->dates[k];
    if (x->gov[k] != p || d->usable || d->when.start.prec == ANNALS_PREC_NONE)
      continue;
    for (int i = d->first; i <= d->last; i++)
      if (H(x, i) == p)
        return true;
  }
  return false;
}

/* "agreed a memorandum of understanding on Jan. 1": a date the parser
 * hung on a word of p's object that reports no event is p's; -1 when
 * there is none. */
static int object_date(const fctx *x, int p) {
  for (size_t k = 0; k < x->nd; k++) {
    int g = x->gov[k];
    if (g < x->lo || g == p || !x->dates[k].usable ||
        frames_candidate(x->lx, &x->w[g]))
      continue;
    for (int q = g, steps = 0; q >= 0 && steps < 3; steps++) {
      int u = nlp_dep_universal(D(x, q)), h = H(x, q);
      /* (not through an event noun: "condemned the attack on the mission
       * in Bangui on 10 April" is the attack's date) */
      if (q != g && frames_candidate(x->lx, &x->w[q]))
        break;
      if (h == p) {
        if (u == NLP_DEP_OBJ)
          return (int)k;
        break;
      }
      if (u != NLP_DEP_ACL && u != NLP_DEP_NMOD && u != NLP_DEP_COMPOUND)
        break;
      q = h;
    }
  }
  return -1;
}

/* The relative clause word i is in (its verb), or -1: one opened by a
 * relative word ("who", "which", "where"...). */
int frames_in_relative(const fctx *x, int i) {
  static const char *const rel[] = {"who",  "whom", "whose", "which",
                                    "that", "where", "when", NULL};
  for (int k = 0; i >= 0 && k < 32; k++, i = H(x, i)) {
    if (D(x, i) != NLP_DEP_ACL_RELCL)
      continue;
    for (int j = x->lo; j < i; j++) {
      /* ("whose aunt defeated him": on the clause's subject) */
      bool on = H(x, j) == i || (lemma_is(x, j, "whose") && H(x, j) >= x->lo &&
                                 H(x, H(x, j)) == i);
      for (size_t r = 0; on && rel[r]; r++)
        if (lemma_is(x, j, rel[r]))
          return i;
    }
    return -1;
  }
  return -1;
}

/* Does the relative clause of verb rc tell frame fr's deed again ("the
 * killing of Nijjar, who was gunned down on June 18")?  (Sayings and
 * the other statements are too many to tell one by their type.) */
static bool same_deed(fctx *x, int rc, const ev_frame *fr) {
  const frame_def *f =
      frames_candidate(x->lx, &x->w[rc]) ? frames_choose(x, rc) : NULL;
  return f && f->type == fr->type && f->type != ANNALS_TYPE_STATEMENT;
}

/* "sworn in on Thursday, a day after the army ousted him", "two days
 * after rebels seized the airport, ... on Friday", "eight months after
 * troops swept into Baghdad": a clause opened by "after" or "before"
 * with a count of days, weeks, months or years before it happened that
 * long before or after the date it borrows from the clause above it, at
 * the precision of its unit (a day, a month, a year).  Shifts fr's
 * borrowed date accordingly; hours and minutes leave it on its day. */
static void shift_by_interval(const fctx *x, ev_frame *fr, int light) {
  int q = light >= 0 ? light : fr->pred;
  if (fr->when.interval || fr->when.start.prec == ANNALS_PREC_NONE)
    return;
  /* (the mark of the clause, or of the first of two joined verbs:
   * "after troops swept in and toppled the regime") */
  if (D(x, q) == NLP_DEP_CONJ && H(x, q) >= 0 && H(x, q) < q &&
      x->w[H(x, q)].upos == NLP_UPOS_VERB)
    q = H(x, q);
  int m = -1;
  for (int i = x->lo; i < q && m < 0; i++)
    if (H(x, i) == q && D(x, i) == NLP_DEP_MARK &&
        (lemma_is(x, i, "after") || lemma_is(x, i, "before")))
      m = i;
  if (m < 0 || m - 2 < x->lo)
    return;
  static const char *const units[] = {"day", "week", "month", "year", NULL};
  int u = m - 1, c = m - 2;
  if (!lemma_among(x, u, units))
    return;
  annals_prec need = lemma_is(x, u, "year")    ? ANNALS_PREC_YEAR
                     : lemma_is(x, u, "month") ? ANNALS_PREC_MONTH
                                               : ANNALS_PREC_DAY;
  if (fr->when.start.prec < need)
    return;
  long n = -1;
  static const char *const counts[] = {"a",    "an",    "one",  "two",
                                       "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten",
                                       "eleven", NULL};
  for (int k = 0; counts[k] && n < 0; k++)
    if (lemma_is(x, c, counts[k]))
      n = k < 3 ? 1 : k - 1;
  if (n < 0 && x->w[c].upos == NLP_UPOS_NUM) {
    const annals_word *aw = &x->ac->doc->words[c];
    char buf[8];
    size_t len = aw->end - aw->start;
    if (len == 0 || len >= sizeof buf)
      return;
    memcpy(buf, x->ac->text + aw->start, len);
    buf[len] = '\0';
    char *end;
    n = strtol(buf, &end, 10);
    if (*end || n <= 0 || n > 60)
      return;
  }
  if (n < 0)
    return;
  long sign = lemma_is(x, m, "after") ? -1 : 1;
  annals_date *d = &fr->when.start;
  if (need == ANNALS_PREC_DAY) {
    int64_t days = n * (lemma_is(x, u, "week") ? 7 : 1) * sign;
    int64_t t = annals_days_from_civil(d->y, d->m, d->d) + days;
    annals_civil_from_days(t, &d->y, &d->m, &d->d);
  } else if (need == ANNALS_PREC_MONTH) {
    long months = (long)d->y * 12 + (d->m - 1) + sign * n;
    d->y = (int)(months / 12);
    d->m = (int)(months % 12) + 1;
    d->d = 0;
    d->prec = ANNALS_PREC_MONTH;
  } else {
    d->y += (int)(sign * n);
    d->m = d->d = 0;
    d->prec = ANNALS_PREC_YEAR;
  }
  fr->when.end = *d;
}

static void date_frame(fctx *x, ev_frame *fr, int light);

/* Dates a frame: its own date, else its clause's, else its reporter's,
 * else the sentence's only free date.  A frame whose own date lies after
 * the document date is an announced plan: future.  "suspended Gabon
 * after the coup", "summoned the envoy over the seizure of a tanker": an
 * event named as the cause of another came before it, on a day the
 * sentence does not tell: a day it borrows is only its month. */
void frames_date_frame(fctx *x, ev_frame *fr, int light) {
  date_frame(x, fr, light);
  int root = x->lo;
  while (root < x->hi && H(x, root) >= 0)
    root++;
  fr->after_main = time_clause(x, fr->pred) > root;
  if (fr->date_how != DH_OWN && fr->date_how != DH_NONE && light < 0 &&
      fr->when.start.prec == ANNALS_PREC_DAY && !fr->when.interval &&
      is_noun(&x->w[fr->pred]) && H(x, fr->pred) >= 0 &&
      x->w[H(x, fr->pred)].upos == NLP_UPOS_VERB &&
      marker_is(x, fr->pred, (const char *[]){"after", "following", "over",
                                              NULL})) {
    fr->when.start.d = 0;
    fr->when.start.prec = ANNALS_PREC_MONTH;
    fr->when.end = fr->when.start;
  }
  /* "the first talks since the invasion": a deed a "since" phrase looks
   * back to is older than the day its sentence tells, by no telling how
   * much (but a month or a year may be its own, wherever the parser hung
   * it: "since Russia's invasion of Ukraine in February 2022") */
  if (fr->date_how != DH_OWN && light < 0 && is_noun(&x->w[fr->pred]) &&
      marker_is(x, fr->pred, (const char *[]){"since", NULL}) &&
      (fr->date_how == DH_NONE || fr->when.start.prec == ANNALS_PREC_DAY)) {
    fr->looks_back = true;
    fr->date_how = DH_NONE;
    memset(&fr->when, 0, sizeof fr->when);
  }
}

/* "exercises in August 2022, when Pelosi visited Taiwan": the date
 * right before the "when" that opens clause v (a comma between), or
 * -1. */
static int when_date(const fctx *x, int v) {
  int w = -1;
  for (int i = x->lo; i < v && w < 0; i++)
    if (H(x, i) == v && lemma_is(x, i, "when") &&
        nlp_dep_universal(D(x, i)) == NLP_DEP_ADVMOD)
      w = i;
  int e = w - 1;
  if (e > x->lo && x->w[e].upos == NLP_UPOS_PUNCT)
    e--;
  for (size_t k = 0; w > x->lo && k < x->nd; k++)
    if (x->dates[k].last == e && x->dates[k].usable)
      return (int)k;
  return -1;
}

static void date_frame(fctx *x, ev_frame *fr, int light) {
  /* (a clause the parser hung further off still tells the date its
   * "when" follows) */
  int k = x->w[fr->pred].upos == NLP_UPOS_VERB ? when_date(x, fr->pred) : -1;
  if (k < 0)
    k = date_of(x, fr->pred);
  if (k < 0 && light >= 0)
    k = date_of(x, light);
  if (k < 0 && x->w[fr->pred].upos == NLP_UPOS_VERB) {
    /* "retaliated with drone attacks on May 8": the means' date */
    for (int i = x->lo; i < x->hi && k < 0; i++)
      if (H(x, i) == fr->pred &&
          nlp_dep_universal(D(x, i)) == NLP_DEP_OBL &&
          marker_is(x, i, (const char *[]){"with", "by", "through", NULL}))
        k = date_of(x, i);
  }
  if (k < 0)
    k = object_date(x, fr->pred);
  if (k < 0 && fr->def->pobj) {
    /* "beat Bolsonaro in the October election": the date of the noun
     * its sense is told with */
    for (int i = x->lo; i < x->hi && k < 0; i++) {
      if (H(x, i) != fr->pred)
        continue;
      for (size_t m = 0; fr->def->pobj[m] && k < 0; m++)
        if (lemma_is(x, i, fr->def->pobj[m]))
          k = date_of(x, i);
    }
  }
  if (k < 0 && is_noun(&x->w[fr->pred])) {
    /* "the attack, which began on Wednesday": the clause that tells when
     * the event itself began or took place */
    static const char *const onset[] = {"begin", "start", "erupt", "occur",
                                        "happen", "take", "break", "unfold",
                                        "commence", NULL};
    /* (or on its place: "the attack on Palma, which began ...") */
    for (int i = x->lo; i < x->hi && k < 0; i++) {
      int h = H(x, i);
      if (D(x, i) == NLP_DEP_ACL_RELCL && lemma_among(x, i, onset) &&
          (h == fr->pred ||
           (h >= 0 && H(x, h) == fr->pred &&
            nlp_dep_universal(D(x, h)) == NLP_DEP_NMOD)))
        k = date_of(x, i);
    }
  }
  if (k >= 0) {
    set_date(x, fr, k, DH_OWN);
    return;
  }
  for (size_t j = 0; j < x->nd && fr->open_at == SIZE_MAX; j++)
    if ((x->gov[j] == fr->pred || (light >= 0 && x->gov[j] == light)) &&
        (x->dates[j].flags & ANNALS_TIMEX_F_UNRESOLVED) &&
        (x->dates[j].flags & ANNALS_TIMEX_F_RELATIVE))
      fr->open_at = x->dates[j].start;
  if (unusable_date_of(x, fr->pred) >= 0 ||
      (light >= 0 && unusable_date_of(x, light) >= 0)) {
    fr->future = true;
    fr->planned =
        light < 0 && is_noun(&x->w[fr->pred]) && own_future_date(x, fr->pred);
    return;
  }
  /* Up the clause: conjuncts, complements, a noun's verb. */
  int q = light >= 0 ? light : fr->pred;
  for (int steps = 0; steps < 4; steps++) {
    int d = D(x, q), h = H(x, q);
    if (h < 0)
      break;
    int u = nlp_dep_universal(d);
    const frame_def *hf = is_noun(&x->w[q]) && x->w[h].upos == NLP_UPOS_VERB
                              ? frames_choose(x, h)
                              : NULL;
    if (hf && hf->type != ANNALS_TYPE_NONE && !hf->light)
      break; /* "condemned the attack": the attack is older */
    if (u == NLP_DEP_CONJ || u == NLP_DEP_XCOMP || u == NLP_DEP_OBL ||
        u == NLP_DEP_OBJ || u == NLP_DEP_NSUBJ || u == NLP_DEP_ADVCL ||
        u == NLP_DEP_ACL || u == NLP_DEP_NMOD) {
      k = date_of(x, h);
      if (k >= 0) {
        set_date(x, fr, k, DH_CLAUSE);
        shift_by_interval(x, fr, light);
        return;
      }
      q = h;
      continue;
    }
    break;
  }
  int r = x->reporter[fr->pred - x->lo];
  if (r >= 0 && (k = date_of(x, r)) >= 0) {
    set_date(x, fr, k, DH_REPORT);
    return;
  }
  /* (but a participle that describes a noun tells what the noun had
   * undergone before, at no date the sentence gives: "executed a man
   * convicted of killing an officer") */
  int pp = fr->pred;
  bool describes =
      D(x, pp) == NLP_DEP_ACL ||
      /* (read as the verb's complement right after its object) */
      (D(x, pp) == NLP_DEP_XCOMP && pp - 1 >= x->lo && H(x, pp) >= x->lo &&
       H(x, pp - 1) == H(x, pp) && D(x, pp - 1) == NLP_DEP_OBJ);
  /* (a judgement passed in those words is of its sentence's time: "a
   * move described by X as a stab in the back") */
  bool judged = fr->type == ANNALS_TYPE_DISAPPROVE ||
                fr->type == ANNALS_TYPE_STATEMENT ||
                fr->type == ANNALS_TYPE_REJECT;
  /* (by one it names: "men accused in the 2006 bombings" were accused
   * before) */
  judged = judged && frames_prep_word(x, pp, "by", NULL) >= 0;
  if (x->w[pp].upos == NLP_UPOS_VERB && x->w[pp].xpos == NLP_XPOS_VBN &&
      describes && !judged && kid(x, pp, NLP_DEP_AUX, x->lo) < 0 &&
      kid(x, pp, NLP_DEP_AUX_PASS, x->lo) < 0) {
    /* (nor at the story's: "executed a man convicted of murder"; but
     * one its "by" phrase names the doer of is told as news, "a call
     * hosted by Macron", and so is one had done, "had arrest warrants
     * issued for the negotiators") */
    int nn = H(x, pp);
    int cv = nn >= x->lo ? H(x, nn) : -1;
    bool had =
        (cv >= x->lo && D(x, nn) == NLP_DEP_OBJ &&
         lemma_among(x, cv, (const char *const[]){"have", "get", NULL})) ||
        /* (the "had" read as the noun's auxiliary) */
        (nn >= x->lo && kid_among(x, nn, NLP_DEP_AUX,
                                  (const char *const[]){"have", "get", NULL}));
    fr->looks_back = frames_prep_word(x, pp, "by", NULL) < 0 && !had;
    return;
  }
  /* The sentence's date nearest in the tree: events told together in
   * a sentence happen together unless a date of their own says not. */
  int best = -1, best_dist = 1 << 20;
  for (size_t j = 0; j < x->nd; j++) {
    if (!x->dates[j].usable || x->gov[j] == -2)
      continue;
    /* a saying is not dated by what it tells ("said the depot blew up
     * in 2014") */
    int df = x->dates[j].first;
    if (df >= x->lo && df < x->hi && x->reporter[df - x->lo] == fr->pred)
      continue; /* (a date may begin in the sentence before) */
    /* nor by the date of a clause after it opened by "after", "before"
     * or "since" it is not in ("It was the second vote, after lawmakers
     * boycotted the first one last Saturday": the vote is not of last
     * Saturday; but "After touring the hospital on Monday, she said"
     * is, and so is a caption's present: "Trump greets Putin after they
     * arrived in Anchorage on August 15") */
    int tc = x->gov[j] >= 0 ? time_clause(x, x->gov[j]) : -1;
    bool now = x->w[fr->pred].xpos == NLP_XPOS_VBZ ||
               x->w[fr->pred].xpos == NLP_XPOS_VBP;
    if (tc > fr->pred && !under(x, fr->pred, tc) && !now)
      continue;
    /* nor by the date of a thing ("the order of 16 March 2022") */
    if (marker_is(x, date_head(x, j), (const char *[]){"of", NULL}))
      continue;
    /* nor by the date that names an event further off ("a region
     * devastated by last year's tsunami"), unless that event is its
     * subject or object ("Monday's attack killed six") */
    int dh = date_head(x, j), dn = H(x, dh), top = dn;
    while (top >= 0 && D(x, top) == NLP_DEP_COMPOUND && H(x, top) >= 0)
      top = H(x, top); /* ("Tuesday's swearing-in ceremony") */
    bool far_off = false;
    if ((D(x, dh) == NLP_DEP_NMOD_POSS || D(x, dh) == NLP_DEP_COMPOUND) &&
        dn >= 0 && dn != fr->pred && dn != light && is_noun(&x->w[dn]) &&
        x->gov[j] == dn)
      /* (a clause or phrase on a noun between them) */
      for (int q = top, k = 0; q >= 0 && k < 16 && !far_off; k++) {
        int h = H(x, q), u = nlp_dep_universal(D(x, q));
        if (q == fr->pred || q == light || h < 0)
          break;
        far_off = (u == NLP_DEP_ACL || u == NLP_DEP_NMOD) && h >= 0 &&
                  is_noun(&x->w[h]) && under(x, h, fr->pred);
        q = h;
      }
    if (far_off)
      continue;
    /* nor by the date of a relative clause it is not in ("arrested
     * Keita, who took power in 2013"), nor by a span's start ("has
     * not been seen since the 1980s", "its worst since 1934") */
    int rc = x->gov[j] >= 0 ? frames_in_relative(x, x->gov[j]) : -1;
    if (rc >= 0 && rc != fr->pred && !under(x, fr->pred, rc) &&
        !same_deed(x, rc, fr))
      continue;
    if (x->dates[j].first > x->lo &&
        lemma_is(x, x->dates[j].first - 1, "since"))
      continue;
    /* (nor by a date in a phrase "since" opens, wherever the parser hung
     * it: "marked by coups since its independence in 1960", "its worst
     * crisis since independence in 1962"; but the deed the phrase names
     * is dated by it, "since the October 7 attack") */
    int b = x->dates[j].first - 1, k = b;
    if (b > x->lo && (lemma_is(x, b, "in") || lemma_is(x, b, "of")))
      k--;
    while (k > x->lo && b - k < 6 &&
           (is_noun(&x->w[k]) || x->w[k].upos == NLP_UPOS_DET ||
            x->w[k].upos == NLP_UPOS_ADJ || x->w[k].xpos == NLP_XPOS_PRPS))
      k--;
    if (k >= x->lo && lemma_is(x, k, "since") &&
        !(fr->pred > k && fr->pred <= x->dates[j].last + 3 &&
          is_noun(&x->w[fr->pred])))
      continue;
    /* nor is the present by the date of an event noun below it ("are
     * mending relations after airstrikes a year ago") */
    if (fr->present && x->gov[j] >= 0 && x->gov[j] != fr->pred &&
        x->gov[j] != light && is_noun(&x->w[x->gov[j]]) &&
        under(x, x->gov[j], light >= 0 ? light : fr->pred))
      continue;
    int dist = tree_distance(x, fr->pred, x->dates[j].first);
    if (dist < best_dist) {
      best = (int)j;
      best_dist = dist;
    }
  }
  if (best >= 0) {
    set_date(x, fr, best, DH_SENT);
    shift_by_interval(x, fr, light);
  }
}
