/*
 * event.c - from one sentence to event candidates.
 *
 * The sentence is cut into words; each word is marked as part of a date
 * mention, a gazetteer entity or a trigger (in that order of priority,
 * longest match first).  Clause boundaries come from punctuation and
 * subordinating words.  Each trigger that is not negated, modal,
 * conditional, wished for or quoted gives a candidate:
 *   - initiators: for a verb, the nearest group of entities to its left
 *     in the clause ("Shehbaz Sharif and Asim Munir visit"); for a noun,
 *     an entity that modifies it ("the Hamas attacks", "Israel's strike")
 *     or a "by X" after it;
 *   - targets: entities to its right in the clause up to the next event
 *     ("struck X and Y retaliated" stops at Y);
 *   - place: the most specific place after "in", "at", "near"...;
 *   - date: the nearest date of the clause, else one of a clause of the
 *     sentence that has no trigger of its own.
 * Merging, narrative dates and titles are extract.c's work.
 */
#include "extract_int.h"

#define WINDOW 30 /* words scanned on each side of a trigger */

typedef struct {
  const gaz_entity *ent; /* entity starting here */
  size_t ent_len;
  const trig_sense *sense; /* trigger starting here */
  unsigned tflags;
  size_t tlen;
  int date;      /* date mention covering the word, or -1 */
  bool covered;  /* inside an entity or trigger that starts earlier */
  bool quoted;   /* inside quotation marks */
  bool pred;     /* a verb trigger that is the predicate of a noun one */
  bool coord;    /* first word of a clause joined by "and", "but" */
  unsigned fw;   /* FW_* bits of the word */
  size_t clause; /* clause number */
} tok;

static bool low_is(const word *x, const char *s) {
  return x->low[0] == s[0] && strcmp(x->low, s) == 0;
}

#define IN(x, list) ((t[(x)-w].fw & FW_##list) != 0)

static const char *const clause_words[] = {
    "while",   "whereas", "although", "though",  "because",   "but",
    "after",   "before",  "when",     "since",   "which",     "who",
    "whom",    "where",   "amid",     "despite", "unless",    "if",
    "whether", "until",   "whose",    "then",    "following",
};

static const char *const loc_preps[] = {
    "in",     "at",      "near",   "inside",     "into",
    "across", "outside", "within", "throughout", "along", "off"};

static const char *const obj_preps[] = {"with",      "on",     "against", "to",
                                        "targeting", "target", "between", "by",
                                        "from",      "toward", "towards"};

static const char *const modals[] = {
    "will",        "would",     "could",       "might",     "should",
    "must",        "shall",     "can",         "not",       "never",
    "n't",         "hope",      "hopes",       "hoped",     "want",
    "wants",       "wanted",    "plan",        "plans",     "planned",
    "intend",      "intends",   "ready",       "likely",    "expected",
    "may",         "cannot",    "unlikely",    "seek",      "seeks",
    "sought",      "wish",      "wishes",      "propose",   "proposed",
    "considering", "consider",  "threatening", "vowed",     "vows",
    "pledged",     "urged",     "calling",     "called",    "asked",
    "appealed",    "refused",   "failed",      "agreed",    "offered",
    "allow",       "allowed",   "prevent",     "avoid",     "aims",
    "aim",         "trying",    "tried",       "attempted", "attempt",
    "reportedly",  "allegedly", "denied",      "deny",      "denies",
    "rumoured",    "rumored",
};

static const char *const noun_blockers[] = {
    "for",       "no",       "without", "possible", "potential", "proposed",
    "future",    "upcoming", "next",    "planned",  "durable",   "lasting",
    "permanent", "any",      "another", "new",      "further",   "against",
    "of",        "fresh",    "more",    "prevent",  "avoid",     "renewed",
    "offering",  "offer",    "offers",  "seeking",  "demanding", "urging",
    "call",      "calls",    "called",  "calling",  "support",   "supported",
};

static const char *const present_marks[] = {
    "is",       "are",   "has",    "have",      "marks",    "appear",
    "appears",  "visit", "visits", "meet",      "meets",    "arrive",
    "arrives",  "hold",  "holds",  "begins",    "begin",    "continues",
    "continue", "today", "now",    "currently", "underway",
};

/* Verbs that carry a nominal trigger: "carried out missile strikes",
 * "held a general election". */
static const char *const light_verbs[] = {
    "carried",   "conducted", "launched", "staged",    "held",      "mounted",
    "began",     "started",   "imposed",  "made",      "undertook", "unleashed",
    "executed",  "initiated", "led",      "organised", "organized", "signed",
    "announced", "declared",  "sent",     "paid",      "delivered", "agreed",
    "concluded", "reached",   "joined",   "attended",  "hold",      "holds",
    "carry",     "carries",   "launch",   "launches",  "stage",     "stages",
    "conduct",   "conducts",  "out",
};

/* Subjects that stand for the state where the event happens. */
static const char *const state_words[] = {
    "police",     "troops",      "soldiers",     "forces",         "army",
    "military",   "authorities", "government",   "navy",           "officials",
    "regime",     "policemen",   "paramilitary", "paramilitaries", "rangers",
    "guards",     "court",       "courts",       "judge",          "judges",
    "parliament", "ministry",    "cabinet",
};

/* Words that end the list of targets: reasons and reported content. */
static const char *const obj_stops[] = {"over",    "for",  "that",  "because",
                                        "despite", "amid", "during"};

static const char *const pronouns[] = {"he", "she", "they", "it",
                                       "we", "i",   "both"};

static const char *const no_context_words[] = {
    "earlier",      "previously", "formerly",  "once",    "had",
    "historically", "decades",    "centuries", "history",
};

static const char *const aux[] = {
    "also",  "then",        "later",      "had",      "has",
    "have",  "was",         "were",       "quickly",  "swiftly",
    "again", "immediately", "reportedly", "promptly", "soon"};

static const char *const dets[] = {"the", "a",   "an",  "its", "their",
                                   "his", "her", "our", "all", "some"};

static const char *const stops[] = {
    "in",      "on",     "at",        "of",      "for",     "and",     "with",
    "to",      "by",     "that",      "which",   "who",     "as",      "after",
    "between", "before", "from",      "over",    "into",    "against", "during",
    "while",   "when",   "but",       "or",      "amid",    "near",    "since",
    "is",      "are",    "was",       "were",    "has",     "have",    "had",
    "be",      "along",  "across",    "under",   "through", "the",     "a",
    "an",      "within", "following", "killing", "leaving", "saying"};

/* Every list above as one bit, so that a word is looked up once. */
enum {
  FW_clause_words = 1 << 0,
  FW_loc_preps = 1 << 1,
  FW_obj_preps = 1 << 2,
  FW_modals = 1 << 3,
  FW_noun_blockers = 1 << 4,
  FW_present_marks = 1 << 5,
  FW_light_verbs = 1 << 6,
  FW_state_words = 1 << 7,
  FW_obj_stops = 1 << 8,
  FW_pronouns = 1 << 9,
  FW_no_context_words = 1 << 10,
  FW_aux = 1 << 11,
  FW_dets = 1 << 12,
  FW_stops = 1 << 13,
};

static const struct {
  const char *const *words;
  size_t n;
  unsigned bit;
} fw_lists[] = {
    {clause_words, ARRAY_SIZE(clause_words), FW_clause_words},
    {loc_preps, ARRAY_SIZE(loc_preps), FW_loc_preps},
    {obj_preps, ARRAY_SIZE(obj_preps), FW_obj_preps},
    {modals, ARRAY_SIZE(modals), FW_modals},
    {noun_blockers, ARRAY_SIZE(noun_blockers), FW_noun_blockers},
    {present_marks, ARRAY_SIZE(present_marks), FW_present_marks},
    {light_verbs, ARRAY_SIZE(light_verbs), FW_light_verbs},
    {state_words, ARRAY_SIZE(state_words), FW_state_words},
    {obj_stops, ARRAY_SIZE(obj_stops), FW_obj_stops},
    {pronouns, ARRAY_SIZE(pronouns), FW_pronouns},
    {no_context_words, ARRAY_SIZE(no_context_words), FW_no_context_words},
    {aux, ARRAY_SIZE(aux), FW_aux},
    {dets, ARRAY_SIZE(dets), FW_dets},
    {stops, ARRAY_SIZE(stops), FW_stops},
};

static GHashTable *fw_table;
static word_bits fw_bits; /* hashes of the words of fw_table */

static gsize fw_once;

/* The word -> bits table, built once (thread-safe) and kept for the
 * life of the process. */
static GHashTable *fw_get(void) {
  if (g_once_init_enter(&fw_once)) {
    GHashTable *h = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < ARRAY_SIZE(fw_lists); i++)
      for (size_t k = 0; k < fw_lists[i].n; k++) {
        const char *wd = fw_lists[i].words[k];
        unsigned old = GPOINTER_TO_UINT(g_hash_table_lookup(h, wd));
        g_hash_table_insert(h, (gpointer)wd,
                            GUINT_TO_POINTER(old | fw_lists[i].bit));
        word_bits_add(&fw_bits, word_hash(wd));
      }
    fw_table = h;
    g_once_init_leave(&fw_once, 1);
  }
  return fw_table;
}

/* The entity kinds that are only places, never actors. */
static bool place_only(const gaz_entity *e) {
  return e->kind == ENT_REGION || (e->kind == ENT_CITY && !e->metonym);
}

static bool is_place(const gaz_entity *e) {
  return e->kind == ENT_REGION || e->kind == ENT_CITY || e->kind == ENT_COUNTRY;
}

/* Specificity of a place: cities over regions over countries. */
static int place_rank(const gaz_entity *e) {
  switch (e->kind) {
  case ENT_CITY:
    return 3;
  case ENT_REGION:
    return 2;
  case ENT_COUNTRY:
    return 1;
  default:
    return 0;
  }
}

static void add_ent(const gaz_entity **arr, size_t *n, const gaz_entity *e) {
  for (size_t i = 0; i < *n; i++)
    if (arr[i] == e)
      return;
  if (*n < EV_MAX_ACTORS)
    arr[(*n)++] = e;
}

/* Is word i (an entity start) followed within 3 words by a verb trigger?
 * Then it opens the next event ("... and Pakistan retaliated"). */
static bool opens_event(const tok *t, const word *w, size_t n, size_t i) {
  size_t j = i + (t[i].ent_len ? t[i].ent_len : 1);
  for (size_t k = 0; k < 3 && j < n; k++, j++) {
    if (t[j].sense)
      return (t[j].tflags & TRIG_VERB) != 0;
    if (!IN(&w[j], aux))
      return false;
  }
  return false;
}

/* Does the entity starting at word i end with a possessive? */
static bool ent_poss(const word *w, const tok *t, size_t i) {
  size_t last = i + (t[i].ent_len ? t[i].ent_len : 1) - 1;
  return (w[last].flags & WORD_POSS) != 0;
}

/* Is word i preceded by a location preposition (allowing "the" and a
 * possessive place in between: "in Pakistan's border province of X")? */
static int loc_prep_before(const word *w, const tok *t, size_t i, size_t lo) {
  size_t k = i;
  int plain = 0;
  bool poss = ent_poss(w, t, i);
  for (int steps = 0; k > lo && steps < 6; steps++) {
    k--;
    if (IN(&w[k], loc_preps))
      return 1;
    if (low_is(&w[k], "the"))
      continue;
    if (poss)
      break; /* "in Pakistan's ...", not "in the aftermath of Israel's" */
    if (t[k].covered || t[k].ent || low_is(&w[k], "of") || low_is(&w[k], "-") ||
        (w[k].flags & WORD_POSS))
      continue;
    if (!(w[k].flags & WORD_PUNCT) && !t[k].sense && t[k].date < 0 &&
        ++plain <= 2)
      continue;
    break;
  }
  return 0;
}

/* Folds candidate c into p, told in the same clause with the same type
 * ("retaliated with airstrikes", "visit Tehran and meet ..."). */
static void fold_same_clause(ev_cand *p, const ev_cand *c) {
  bool p_had_subj = p->n_subj > 0;
  for (size_t k = 0; k < c->n_subj; k++) {
    bool in_subj = false;
    for (size_t q = 0; q < p->n_subj; q++)
      in_subj = in_subj || p->subj[q] == c->subj[k];
    if (!p_had_subj)
      add_ent(p->subj, &p->n_subj, c->subj[k]);
    else if (!in_subj)
      add_ent(p->obj, &p->n_obj, c->subj[k]);
  }
  if (!p_had_subj && p->n_subj > 0) {
    /* The initiators are no targets too. */
    size_t keep = 0;
    for (size_t k = 0; k < p->n_obj; k++) {
      bool dup = false;
      for (size_t q = 0; q < p->n_subj; q++)
        dup = dup || p->subj[q] == p->obj[k];
      if (!dup)
        p->obj[keep++] = p->obj[k];
    }
    p->n_obj = keep;
  }
  for (size_t k = 0; k < c->n_obj; k++)
    add_ent(p->obj, &p->n_obj, c->obj[k]);
  if (!p->place)
    p->place = c->place;
  if (p->when.start.prec == ANNALS_PREC_NONE && c->date_how) {
    p->when = c->when;
    p->date_how = c->date_how;
  }
  p->present = p->present || c->present;
  if (c->sense->strength > p->sense->strength)
    p->sense = c->sense;
  if (!p->obj_words[0])
    memcpy(p->obj_words, c->obj_words, sizeof p->obj_words);
  if (!p->event_name[0])
    memcpy(p->event_name, c->event_name, sizeof p->event_name);
}

struct ev_scratch {
  GArray *words;
  tok *t;
  size_t cap;
  bool *cl;
  size_t clcap;
};

ev_scratch *event_scratch_new(void) {
  ev_scratch *x = g_new0(ev_scratch, 1);
  x->words = g_array_new(FALSE, FALSE, sizeof(word));
  return x;
}

void event_scratch_free(ev_scratch *x) {
  if (!x)
    return;
  g_array_free(x->words, TRUE);
  g_free(x->t);
  g_free(x->cl);
  g_free(x);
}

/* Whether a name ending at byte at is the first half of a hyphenated
 * adjective such as "Greek-flagged" or "Iranian-backed": a hyphen, then a
 * word in -ed.  "US-led" is the exception: the leader acts. */
static bool compound_modifier(const char *text, size_t end, size_t at) {
  if (at >= end || text[at] != '-')
    return false;
  size_t b = at + 1;
  while (b < end && g_ascii_isalpha(text[b]))
    b++;
  if (b - at == 4 && g_ascii_strncasecmp(text + at + 1, "led", 3) == 0)
    return false;
  return b - at > 3 && text[b - 2] == 'e' && text[b - 1] == 'd';
}

void event_find(ev_scratch *scr, const annals_gazetteer *g,
                const annals_lexicon *lx, const char *text, size_t start,
                size_t end, const ev_date *dates, size_t n_dates, size_t sent,
                GArray *out, unsigned *types_seen,
                const gaz_entity **last_person) {
  GArray *wa = scr->words;
  g_array_set_size(wa, 0);
  words_split(text, start, end, wa);
  size_t n = wa->len;
  const word *w = (const word *)(void *)wa->data;
  if (n == 0 || (n > 0 && low_is(&w[n - 1], "?"))) {
    return;
  }
  if (n > scr->cap) {
    scr->cap = n > 2 * scr->cap ? n : 2 * scr->cap;
    g_free(scr->t);
    scr->t = g_new(tok, scr->cap);
  }
  tok *t = scr->t;
  memset(t, 0, n * sizeof *t);
  /* Marks: dates, entities, triggers. */
  size_t di = 0;
  bool quoted = false;
  bool any_trigger = false;
  for (size_t i = 0; i < n;) {
    t[i].date = -1;
    while (di < n_dates && dates[di].end <= w[i].start)
      di++;
    if (di < n_dates && dates[di].start <= w[i].start &&
        w[i].start < dates[di].end) {
      t[i].date = (int)di;
      i++;
      continue;
    }
    size_t len = 0;
    const gaz_entity *e = gazetteer_match(g, w, n, i, &len);
    if (e && compound_modifier(text, end, w[i + len - 1].end)) {
      /* "Greek-flagged tanker", "Iranian-backed militia": the name only
       * describes something else; it is no actor. */
      e = NULL;
    }
    if (e) {
      t[i].ent = e;
      t[i].ent_len = len;
      for (size_t k = 1; k < len; k++) {
        t[i + k].covered = true;
        t[i + k].date = -1;
      }
      i += len;
      continue;
    }
    trig_match m;
    if (lexicon_match(lx, w, n, i, &m)) {
      t[i].sense = m.sense;
      t[i].tflags = m.flags;
      t[i].tlen = m.len;
      any_trigger = true;
      if (types_seen)
        *types_seen |= 1u << m.sense->type;
      for (size_t k = 1; k < m.len; k++) {
        t[i + k].covered = true;
        t[i + k].date = -1;
      }
      i += m.len;
      continue;
    }
    i++;
  }
  if (!any_trigger)
    goto done;
  GHashTable *fwt = fw_get();
  for (size_t i = 0; i < n; i++) {
    if (!w[i].low[0] || !word_bits_has(&fw_bits, w[i].hash))
      continue;
    t[i].fw = GPOINTER_TO_UINT(g_hash_table_lookup(fwt, w[i].low));
    if (w[i].flags & WORD_CAP)
      t[i].fw &= ~(unsigned)FW_modals;
  }
  const gaz_entity *sent_ents[8];
  size_t n_sent_ents = 0;
  for (size_t i = 0; i < n && n_sent_ents < 8; i++)
    if (t[i].ent) {
      bool dup = false;
      for (size_t k = 0; k < n_sent_ents; k++)
        dup = dup || sent_ents[k] == t[i].ent;
      if (!dup)
        sent_ents[n_sent_ents++] = t[i].ent;
    }
  /* Quotes and clauses. */
  size_t clause = 0;
  bool clause_verb = false;
  for (size_t i = 0; i < n; i++) {
    const word *x = &w[i];
    bool boundary = false;
    if (x->flags & WORD_PUNCT) {
      if (low_is(x, "\"")) {
        quoted = !quoted;
        boundary = true;
      } else if (strcmp(x->low, "\xe2\x80\x9c") == 0) {
        quoted = true;
        boundary = true;
      } else if (strcmp(x->low, "\xe2\x80\x9d") == 0) {
        quoted = false;
        boundary = true;
      } else if (low_is(x, ";") || low_is(x, ":") || low_is(x, "(") ||
                 low_is(x, ")") || strcmp(x->low, "\xe2\x80\x94") == 0 ||
                 strcmp(x->low, "\xe2\x80\x93") == 0 ||
                 (low_is(x, "-") && i + 1 < n && low_is(&w[i + 1], "-"))) {
        boundary = true;
      } else if (low_is(x, ",") && i + 1 < n && t[i + 1].ent &&
                 opens_event(t, w, n, i + 1)) {
        boundary = true;
      }
    } else if (!t[i].covered && !t[i].ent && !t[i].sense && t[i].date < 0) {
      if (IN(x, clause_words))
        boundary = true;
      else if (low_is(x, "as") && i + 1 < n && (w[i + 1].flags & WORD_CAP))
        boundary = true;
      else if ((low_is(x, "and") || low_is(x, "but")) && i + 1 < n &&
               clause_verb) {
        size_t j = i + 1;
        if (low_is(&w[j], "the") && j + 1 < n)
          j++; /* "and the United States struck" */
        if ((t[j].ent && opens_event(t, w, n, j)) || IN(&w[j], pronouns) ||
            (IN(&w[j], state_words) && opens_event(t, w, n, j))) {
          boundary = true;
          t[i].coord = true;
        }
      }
    }
    if (boundary) {
      clause++;
      clause_verb = false;
    }
    if (t[i].sense)
      clause_verb = true;
    t[i].clause = clause;
    t[i].quoted = quoted;
  }
  /* Which clauses hold a trigger (dates of the others are shared). */
  if (clause + 1 > scr->clcap) {
    scr->clcap = clause + 1 > 2 * scr->clcap ? clause + 1 : 2 * scr->clcap;
    g_free(scr->cl);
    scr->cl = g_new(bool, scr->clcap);
  }
  bool *cl_trig = scr->cl;
  memset(cl_trig, 0, (clause + 1) * sizeof *cl_trig);
  for (size_t i = 0; i < n; i++)
    if (t[i].sense && !t[i].quoted)
      cl_trig[t[i].clause] = true;
  size_t last_out = SIZE_MAX, last_clause = SIZE_MAX;
  /* "A magnitude 7.7 earthquake struck": the verb is the noun's
   * predicate, not an event of its own. */
  for (size_t i = 0; i < n; i++) {
    if (!t[i].sense || !(t[i].tflags & TRIG_VERB))
      continue;
    for (size_t k = i, s2 = 0; k > 0 && s2 < 3; s2++) {
      k--;
      if (t[k].covered)
        continue;
      if (t[k].sense && (t[k].tflags & TRIG_NOUN) &&
          t[k].sense->type != t[i].sense->type) {
        t[i].pred = true;
        break;
      }
      if (t[k].ent || (w[k].flags & WORD_PUNCT))
        break;
    }
  }
  /* Conditionals anywhere before a trigger rule it out. */
  size_t cond_at = n;
  for (size_t i = 0; i < n; i++)
    if (low_is(&w[i], "if") || low_is(&w[i], "unless") ||
        low_is(&w[i], "whether")) {
      cond_at = i;
      break;
    }

  for (size_t ti = 0; ti < n; ti++) {
    if (!t[ti].sense || ti > cond_at)
      continue;
    const trig_sense *sense = t[ti].sense;
    unsigned tf = t[ti].tflags;
    size_t te = ti + t[ti].tlen; /* first word after the trigger */
    size_t cl = t[ti].clause;
    size_t lo = ti; /* clause start */
    while (lo > 0 && t[lo - 1].clause == cl && ti - lo < WINDOW)
      lo--;
    size_t hi = te; /* clause end */
    while (hi < n && t[hi].clause == cl && hi - te < WINDOW)
      hi++;
    /* Modality, negation, infinitives. */
    bool skip = false;
    for (size_t k = ti > lo + 6 ? ti - 6 : lo; k < ti && !skip; k++)
      if (!t[k].ent && !t[k].covered && IN(&w[k], modals) &&
          !(w[k].flags & WORD_CAP))
        skip = true;
    if ((tf & TRIG_VERB) && ti > lo && low_is(&w[ti - 1], "to"))
      skip = true;
    if (t[ti].pred)
      skip = true;
    if ((tf & TRIG_VERB) && !skip && te < n && low_is(&w[te], "with")) {
      for (size_t k = te + 1, s2 = 0; k < hi && s2 < 4; k++, s2++) {
        if (t[k].sense) {
          if ((t[k].tflags & TRIG_NOUN) && t[k].sense->type != sense->type)
            skip = true; /* "retaliated with tariffs": the tariffs */
          break;
        }
        if (t[k].ent || (w[k].flags & WORD_PUNCT))
          break;
      }
    }
    if (tf & TRIG_NOUN) {
      for (size_t k = ti, s = 0; k > lo && s < 3 && !skip; s++) {
        k--;
        if (IN(&w[k], noun_blockers))
          skip = true;
        if (t[k].ent || (w[k].flags & WORD_PUNCT))
          break;
      }
    }
    if (skip)
      continue;

    ev_cand c;
    memset(&c, 0, sizeof c);
    c.sense = sense;
    c.trig_flags = tf;
    c.trig_start = w[ti].start;
    c.trig_end = w[te - 1].end;
    c.sent = sent;
    c.quoted = t[ti].quoted;
    memcpy(c.sent_ents, sent_ents, sizeof c.sent_ents);
    c.n_sent_ents = n_sent_ents;
    /* Words after the trigger, for a headline without a named target:
     * "condemned terrorism", "arrested 40 protesters". */
    {
      size_t k = te;
      while (k < hi && (IN(&w[k], dets) || t[k].date >= 0 ||
                        (w[k].flags & WORD_DIGIT && t[k].date >= 0)))
        k++;
      GString *ow = g_string_new(NULL);
      for (size_t m2 = 0; k < hi && m2 < 3; k++, m2++) {
        if (t[k].ent || (w[k].flags & WORD_PUNCT) || IN(&w[k], stops) ||
            (w[k].flags & WORD_CAP) || !w[k].low[0])
          break;
        if (ow->len)
          g_string_append_c(ow, ' ');
        g_string_append(ow, w[k].low);
      }
      /* "condemned the attacks in Israel": keep the named place or
       * target of the object. */
      if (ow->len && k + 1 < hi &&
          (low_is(&w[k], "in") || low_is(&w[k], "on") ||
           low_is(&w[k], "against")) &&
          t[k + 1].ent &&
          ow->len + strlen(t[k + 1].ent->name) + 5 < sizeof c.obj_words) {
        g_string_append_c(ow, ' ');
        g_string_append(ow, w[k].low);
        g_string_append_c(ow, ' ');
        g_string_append(ow, t[k + 1].ent->name);
      }
      g_strlcpy(c.obj_words, ow->str, sizeof c.obj_words);
      g_string_free(ow, TRUE);
    }
    /* A named event: "the 20th India-Iran Joint Commission Meeting". */
    if ((tf & TRIG_NOUN) && (w[ti].flags & WORD_CAP) && ti > 0) {
      size_t a = ti;
      while (a > lo && !low_is(&w[a - 1], "the") &&
             ((w[a - 1].flags & (WORD_CAP | WORD_DIGIT)) ||
              low_is(&w[a - 1], "-") || t[a - 1].covered) &&
             !(w[a - 1].flags & WORD_POSS))
        a--;
      size_t len = w[te - 1].end - w[a].start;
      if (a < ti && len < sizeof c.event_name) {
        /* Not g_strlcpy: it measures the whole rest of the text. */
        memcpy(c.event_name, text + w[a].start, len);
        c.event_name[len] = 0;
      }
    }

    /* Initiators. */
    size_t subj_at = n;
    const gaz_entity *noun_place = NULL;
    if (tf & TRIG_NOUN) {
      /* A modifier: "the Hamas attacks", "Israel's brutal strike". */
      size_t k = ti;
      for (int s = 0; k > lo && s < 4; s++) {
        k--;
        if (t[k].covered)
          continue;
        if (t[k].ent &&
            (t[k].ent->kind == ENT_CITY || t[k].ent->kind == ENT_REGION) &&
            !ent_poss(w, t, k)) {
          if (!noun_place)
            noun_place = t[k].ent; /* "the Tehran visit" */
          continue;
        }
        if (t[k].ent) {
          subj_at = k;
          break;
        }
        if ((w[k].flags & WORD_PUNCT) && !low_is(&w[k], "-"))
          break;
        if (t[k].sense || t[k].date >= 0)
          break;
        size_t wl = strlen(w[k].low);
        if (wl > 2 && strcmp(w[k].low + wl - 2, "ed") == 0 &&
            !low_is(&w[k], "armed") && !low_is(&w[k], "suspected") &&
            !low_is(&w[k], "coordinated") && !low_is(&w[k], "renewed"))
          break; /* a verb: "emphasised talks" is no modifier */
        if (IN(&w[k], obj_preps) || IN(&w[k], loc_preps) ||
            low_is(&w[k], "and") || low_is(&w[k], "of"))
          break;
      }
      if (subj_at < n && loc_prep_before(w, t, subj_at, lo))
        subj_at = n;
      if (subj_at == n) {
        /* "X carried out strikes": the light verb's subject. */
        size_t lv = n;
        for (size_t k2 = ti, s2 = 0; k2 > lo && s2 < 5; s2++) {
          k2--;
          if (IN(&w[k2], light_verbs)) {
            lv = k2;
            break;
          }
          /* "Canada retaliated with tariffs": the verb's subject. */
          if (low_is(&w[k2], "with") && k2 > lo && t[k2 - 1].sense &&
              (t[k2 - 1].tflags & TRIG_VERB)) {
            lv = k2 - 1;
            break;
          }
          if (t[k2].ent || t[k2].sense || (w[k2].flags & WORD_PUNCT))
            break;
        }
        if (lv < n)
          for (size_t k = lv; k > lo;) {
            k--;
            if (t[k].covered)
              continue;
            if (t[k].ent) {
              if (!place_only(t[k].ent) && !loc_prep_before(w, t, k, lo) &&
                  !(k > lo && IN(&w[k - 1], obj_preps)))
                subj_at = k;
              break;
            }
            if (t[k].sense ||
                ((w[k].flags & WORD_PUNCT) && !low_is(&w[k], "-")))
              break;
          }
      }
      if (subj_at == n && te + 1 < n && low_is(&w[te], "by") && t[te + 1].ent)
        add_ent(c.subj, &c.n_subj, t[te + 1].ent);
    } else {
      for (size_t k = ti; k > lo;) {
        k--;
        if (t[k].covered)
          continue;
        if (!t[k].ent && IN(&w[k], state_words)) {
          /* "the army struck": the army acts, not an entity further
           * left; "Sudan's army", "the Sudanese army": that entity. */
          size_t e = k;
          while (e > lo && (low_is(&w[e - 1], "the") ||
                            (!t[e - 1].ent && !t[e - 1].covered &&
                             !(w[e - 1].flags & WORD_PUNCT) &&
                             (w[e - 1].flags & WORD_CAP))))
            e--;
          size_t s0 = e;
          while (s0 > lo && t[s0 - 1].covered)
            s0--;
          if (s0 > lo && t[s0 - 1].ent && !t[s0 - 1].covered &&
              !place_only(t[s0 - 1].ent))
            subj_at = s0 - 1;
          else if (e > lo && t[e - 1].covered) {
            size_t b = e - 1;
            while (b > lo && t[b].covered)
              b--;
            if (t[b].ent && !place_only(t[b].ent))
              subj_at = b;
          }
          break;
        }
        if (t[k].ent) {
          bool after_trigger = k > lo && (t[k - 1].sense || t[k - 1].covered);
          if (!place_only(t[k].ent) && !loc_prep_before(w, t, k, lo) &&
              !after_trigger && !(k > lo && IN(&w[k - 1], obj_preps))) {
            subj_at = k;
            break;
          }
          if (!place_only(t[k].ent) && !after_trigger)
            break;
        }
      }
    }
    if (subj_at < n) {
      /* Grow the group leftwards over "and", ",", titles and entities. */
      const gaz_entity *grp[EV_MAX_ACTORS];
      size_t ng = 0;
      size_t k = subj_at + 1;
      while (k > lo) {
        k--;
        if (t[k].covered)
          continue;
        if (t[k].ent) {
          if (k < subj_at && loc_prep_before(w, t, k, lo))
            break; /* "In Ukraine, Russian forces ..." */
          if ((!place_only(t[k].ent) || ent_poss(w, t, k)) &&
              ng < EV_MAX_ACTORS)
            grp[ng++] = t[k].ent;
          continue;
        }
        if (low_is(&w[k], "and") || low_is(&w[k], ",") || low_is(&w[k], "&") ||
            low_is(&w[k], "-") || low_is(&w[k], "the") ||
            ((w[k].flags & WORD_CAP) && !t[k].sense && t[k].date < 0))
          continue;
        break;
      }
      while (ng > 0)
        add_ent(c.subj, &c.n_subj, grp[--ng]);
      /* Modifiers to the right ("India-Iran Joint Commission"): the
       * group between the first one and the trigger. */
      if (tf & TRIG_NOUN)
        for (size_t j = subj_at + 1; j < ti; j++) {
          if (t[j].covered)
            continue;
          if (t[j].ent && !place_only(t[j].ent))
            add_ent(c.subj, &c.n_subj, t[j].ent);
          else if (!t[j].ent && !low_is(&w[j], "-") && !low_is(&w[j], "and"))
            break;
        }
    }

    size_t obj_from = te;
    /* Passive voice: "Kuwait was liberated by the coalition", "the
     * accords were signed by Sadat and Begin". */
    if ((tf & TRIG_VERB) && ti > lo && !sense->passive_subject &&
        (low_is(&w[ti - 1], "was") || low_is(&w[ti - 1], "were") ||
         low_is(&w[ti - 1], "been") || low_is(&w[ti - 1], "be") ||
         low_is(&w[ti - 1], "being"))) {
      const gaz_entity *by[EV_MAX_ACTORS];
      size_t nby = 0;
      if (te + 1 < hi && low_is(&w[te], "by")) {
        size_t k = te + 1;
        for (; k < hi && nby < EV_MAX_ACTORS; k++) {
          if (t[k].covered)
            continue;
          if (t[k].ent) {
            by[nby++] = t[k].ent;
            continue;
          }
          if (low_is(&w[k], "and") || low_is(&w[k], ",") ||
              low_is(&w[k], "the") ||
              ((w[k].flags & WORD_CAP) && !t[k].sense && t[k].date < 0))
            continue;
          break;
        }
        obj_from = k;
      }
      /* The grammatical subject is the target. */
      for (size_t k = 0; k < c.n_subj; k++)
        add_ent(c.obj, &c.n_obj, c.subj[k]);
      c.n_subj = 0;
      for (size_t k = 0; k < nby; k++)
        add_ent(c.subj, &c.n_subj, by[k]);
    }

    /* Targets and place to the right. */
    const gaz_entity *place = NULL;
    bool in_loc = false;
    bool after_prep = false;
    for (size_t k = obj_from; k < hi; k++) {
      if (t[k].covered)
        continue;
      if (t[k].sense && t[k].sense->type != sense->type && !t[k].pred)
        break;
      if (!t[k].ent && IN(&w[k], obj_stops))
        break;
      if (low_is(&w[k], ",") &&
          !(k + 1 < hi && (t[k + 1].ent || IN(&w[k + 1], obj_preps))))
        break;
      if (IN(&w[k], loc_preps)) {
        in_loc = true;
        continue;
      }
      after_prep = !t[k].ent &&
                   (IN(&w[k], obj_preps) || low_is(&w[k], "over") || k == te);
      if (IN(&w[k], obj_preps) || low_is(&w[k], ",") || low_is(&w[k], "and") ||
          t[k].sense)
        in_loc = false;
      if (!t[k].ent)
        continue;
      const gaz_entity *e = t[k].ent;
      if (k > te && opens_event(t, w, n, k) && !in_loc)
        break;
      bool prev_prep =
          k == te ||
          (k > te && (IN(&w[k - 1], obj_preps) || low_is(&w[k - 1], "over")));
      (void)after_prep;
      if (ent_poss(w, t, k) && !in_loc && e->kind == ENT_PERSON)
        continue; /* "Imran Khan's supporters": not the target itself */
      if (sense->places_only && is_place(e)) {
        if (!place || place_rank(e) > place_rank(place))
          place = e;
        continue;
      }
      if (in_loc || place_only(e)) {
        bool direct = (k == te && sense->type == ANNALS_TYPE_CONSULT) ||
                      (place_only(e) && prev_prep);
        if (is_place(e) && (in_loc || direct) &&
            (!place || place_rank(e) > place_rank(place) ||
             (place_rank(e) == place_rank(place) && e->kind != ENT_COUNTRY)))
          place = e;
        if (!is_place(e))
          add_ent(c.obj, &c.n_obj, e);
        else if (!in_loc && e->kind == ENT_CITY && e->metonym)
          add_ent(c.obj, &c.n_obj, e);
      } else {
        add_ent(c.obj, &c.n_obj, e);
        /* "visit Tehran": the object place is where. */
        if (e->kind == ENT_CITY && !place && sense->type == ANNALS_TYPE_CONSULT)
          place = e;
      }
    }
    if (!place)
      place = noun_place;
    if (c.n_subj == 0)
      for (size_t k = ti > lo + 6 ? ti - 6 : lo; k < ti; k++)
        if (IN(&w[k], state_words))
          c.state_subject = true;
    if (c.state_subject && !place) {
      /* "Protests broke out in Amman ..., and police arrested dozens":
       * the police of the place the sentence names. */
      for (size_t k = 0; k < n && !place; k++)
        if (t[k].ent && is_place(t[k].ent) && loc_prep_before(w, t, k, 0))
          place = t[k].ent;
    }
    /* "He appointed ...": the person the paragraph last named as an
     * initiator. */
    if (c.n_subj == 0 && !c.state_subject && last_person && *last_person &&
        (tf & TRIG_VERB)) {
      size_t k = ti;
      while (k > lo && IN(&w[k - 1], aux))
        k--;
      if (k > lo && (low_is(&w[k - 1], "he") || low_is(&w[k - 1], "she")))
        add_ent(c.subj, &c.n_subj, *last_person);
    }
    if (last_person)
      for (size_t k = 0; k < c.n_subj; k++)
        if (c.subj[k]->kind == ENT_PERSON)
          *last_person = c.subj[k];
    if (sense->places_only) {
      /* Disasters: named countries are where, not who. */
      size_t keep = 0;
      for (size_t k = 0; k < c.n_subj; k++)
        if (is_place(c.subj[k])) {
          if (!place)
            place = c.subj[k];
        } else {
          c.subj[keep++] = c.subj[k];
        }
      c.n_subj = keep;
    }
    /* A place to the left: "In Gaza, Israel struck ..." */
    if (!place) {
      for (size_t k = lo; k < ti; k++)
        if (t[k].ent && is_place(t[k].ent) &&
            (place_only(t[k].ent) || loc_prep_before(w, t, k, lo)) &&
            loc_prep_before(w, t, k, lo) &&
            (!place || place_rank(t[k].ent) >= place_rank(place)))
          place = t[k].ent;
    }
    c.place = place;

    /* Tense and narrative context. */
    c.present = (tf & TRIG_PRESENT) != 0;
    if (!c.present)
      for (size_t k = ti > lo + 3 ? ti - 3 : lo; k < ti; k++)
        if (low_is(&w[k], "has") || low_is(&w[k], "have"))
          c.present = true;
    if (!c.present && (tf & TRIG_NOUN)) {
      /* The noun is the subject of a present verb ("the visit marks"),
       * or follows one ("is holding talks"): within three words. */
      size_t k0 = ti > lo + 3 ? ti - 3 : lo;
      size_t k1 = te + 3 < hi ? te + 3 : hi;
      for (size_t k = k0; k < k1; k++)
        if (!t[k].covered && !t[k].sense && IN(&w[k], present_marks))
          c.present = true;
    }
    for (size_t k = 0; k < n; k++)
      if (IN(&w[k], no_context_words))
        c.no_context = true;

    /* Date: nearest in the clause, else in a clause without a trigger. */
    size_t best = SIZE_MAX;
    int bd = -1;
    for (size_t k = lo; k < hi; k++)
      if (t[k].date >= 0) {
        size_t dist = k < ti ? ti - k : k - ti;
        if (dist < best) {
          best = dist;
          bd = t[k].date;
        }
      }
    if (bd >= 0) {
      c.date_how = EV_DATE_CLAUSE;
    } else {
      size_t k0 = ti > 2 * WINDOW ? ti - 2 * WINDOW : 0;
      size_t k1 = te + 2 * WINDOW < n ? te + 2 * WINDOW : n;
      for (size_t k = k0; k < k1; k++) {
        if (t[k].date < 0 || cl_trig[t[k].clause])
          continue;
        size_t dist = k < ti ? ti - k : k - ti;
        if (dist < best) {
          best = dist;
          bd = t[k].date;
        }
      }
      if (bd < 0 && t[lo].coord) {
        /* "X protested on March 7, and police arrested dozens": the
         * joined clause goes on at the time of the one before. */
        for (size_t k = lo; k-- > 0;)
          if (t[k].date >= 0) {
            bd = t[k].date;
            break;
          }
      }
      if (bd >= 0)
        c.date_how = EV_DATE_SENT;
    }
    if (bd >= 0)
      c.when = dates[bd].when;

    /* Same event told twice in one clause: "retaliated with airstrikes",
     * "hosted ... for the Joint Commission Meeting". */
    if (last_out != SIZE_MAX && last_clause == cl) {
      ev_cand *p = &g_array_index(out, ev_cand, last_out);
      if (p->sense->type == sense->type && p->sense->tag == sense->tag) {
        fold_same_clause(p, &c);
        continue;
      }
    }
    last_out = out->len;
    last_clause = cl;
    g_array_append_val(out, c);
  }
done:;
}
