/*
 * events/frames.c - event frames read off the dependency tree of a
 * sentence: which words are events (frames.yaml), of what type, and
 * whether they are real acts; who acts, on whom and where is read in
 * roles.c, when in frame_dates.c.
 *
 * A predicate is a verb or an event noun the lexicon knows; the most
 * specific frame whose constraints its dependents meet gives its type,
 * and roles.c fills in its roles.  A light verb hands its subject to its
 * event noun ("launched an offensive"); verbs with clausal complements
 * combine with them as the lexicon says (try, plan, threaten, refuse,
 * fail, say, deny, order).  Negated, modal, conditional and purpose
 * clauses are not events.  A date belongs to the predicate it hangs from
 * in the tree (the nearest predicate above it), else to the clause that
 * governs the predicate, else to the saying that reports it; the driver
 * adds the paragraph's and the document's dates.  What sayings report,
 * and the sayings that are judgements or claims, are read in sayings.c.
 */
#include "events/frames_int.h"

/* ------------------------------------------------------------------ */
/* Candidates and frame choice                                          */
/* ------------------------------------------------------------------ */

bool frames_candidate(const annals_lexicon *lx, const nlp_word *w) {
  if (!w->lemma || !(w->upos == NLP_UPOS_VERB || w->upos == NLP_UPOS_NOUN))
    return false;
  return lexicon_frames(lx, w->lemma, w->upos == NLP_UPOS_NOUN) != NULL;
}

/* Is noun w one the lexicon knows, or the noun of a verb it knows
 * ("reinstatement" of reinstate, "removal" of remove, "departure" of
 * depart)? */
static bool act_noun(const annals_lexicon *lx, const nlp_word *w) {
  if (frames_candidate(lx, w))
    return true;
  if (w->upos != NLP_UPOS_NOUN || !w->lemma)
    return false;
  static const char *const ends[] = {"ment", "ation", "ition", "al", "ure"};
  size_t n = strlen(w->lemma);
  for (size_t k = 0; k < ARRAY_SIZE(ends); k++) {
    size_t e = strlen(ends[k]);
    if (n < e + 3 || n - e + 2 > 40 || strcmp(w->lemma + n - e, ends[k]) != 0)
      continue;
    char stem[48];
    memcpy(stem, w->lemma, n - e);
    stem[n - e] = '\0';
    if (lexicon_frames(lx, stem, false))
      return true;
    stem[n - e] = 'e';
    stem[n - e + 1] = '\0';
    if (lexicon_frames(lx, stem, false))
      return true;
  }
  return false;
}

/* The gazetteer's entry for the name whose head is word i (its proper
 * nouns hung on it, on both sides), or NULL. */
static const gaz_entity *name_entity(const fctx *x, int i) {
  int a = i, b = i;
  while (a - 1 >= x->lo && x->w[a - 1].upos == NLP_UPOS_PROPN &&
         H(x, a - 1) == i)
    a--;
  while (b + 1 < x->hi && x->w[b + 1].upos == NLP_UPOS_PROPN &&
         H(x, b + 1) == i)
    b++;
  return gaz_lookup(x->ac->g, x->ac->text, x->w[a].start, x->w[b].end);
}

/* Is word i the head of a name the gazetteer knows as a city or a region
 * ("entered Goma", "took Addis Ababa")? */
static bool named_place(const fctx *x, int i) {
  if (x->w[i].upos != NLP_UPOS_PROPN)
    return false;
  const gaz_entity *e = name_entity(x, i);
  return e && (e->kind == ENT_CITY || e->kind == ENT_REGION);
}

/* Is word i the head of a body's name: an organisation or a bloc the
 * gazetteer knows ("left ECOWAS", "quit the CSTO")? */
static bool named_body(const fctx *x, int i) {
  /* (letters may be read as a common noun: "quit the CSTO") */
  if (x->w[i].upos != NLP_UPOS_PROPN &&
      !(x->w[i].upos == NLP_UPOS_NOUN && (x->w[i].flags & NLP_WF_UPPER)))
    return false;
  const gaz_entity *e = name_entity(x, i);
  return e && e->kind == ENT_ORG;
}

bool frames_held_abroad(const ev_frame *fr) {
  if (annals_type_quad(fr->type) != ANNALS_QUAD_VERBAL_COOPERATION ||
      fr->n_agents + fr->n_targets < 2)
    return false;
  for (size_t k = 0; k < fr->n_agents; k++)
    if (fr->agents[k].kind == ACT_GROUP && !fr->agents[k].state)
      return true;
  for (size_t k = 0; k < fr->n_targets; k++)
    if (fr->targets[k].kind == ACT_GROUP && !fr->targets[k].state)
      return true;
  return false;
}

/* Is word i the head of a person's name: one the gazetteer knows as a
 * person, or two or three capitalised words it does not know that end in
 * no word of a body ("Fernando Lugo", not "Rapid Support Forces")? */
static bool named_person(const fctx *x, int i) {
  /* (nor a day, whatever is set beside it: "on Monday, CNN Turk said") */
  if (x->w[i].upos != NLP_UPOS_PROPN || x->in_date[i - x->lo])
    return false;
  ev_actor a;
  if (!actor_peek(x->ac, i, &a) || a.kind != ACT_NAMED)
    return false;
  if (a.ent)
    return a.ent->kind == ENT_PERSON;
  int n = 1;
  for (const char *c = a.name; *c; c++)
    n += *c == ' ';
  static const char *const bodies[] = {
      "Forces", "Force", "Party", "Front", "Army", "Council", "Movement",
      "Group", "Union", "Ministry", "Court", "Assembly", "Brigade",
      "Guard", "Agency", "Committee", "Commission", "Bank", "Company",
      "Organization", "Organisation", "Alliance", "Coalition", "Service",
      "Police", "Office", "Government", "Republic", "Kingdom", "State",
      /* (firms, works and buildings) */
      "Pipeline", "Airways", "Airlines", "Corporation", "Industries",
      "Holdings", "Systems", "Network", "Institute", "University",
      "Hospital", "School", "Embassy", "Airport", "Port", "Station",
      NULL};
  const char *last = strrchr(a.name, ' ');
  last = last ? last + 1 : a.name;
  for (size_t k = 0; bodies[k]; k++)
    if (strcmp(last, bodies[k]) == 0)
      return false;
  return n >= 2 && n <= 3;
}

/* Does a child of p (or of its object's conjuncts) in an object's role
 * (a noun's "of" dependent when noun is set) have a lemma in list?
 * "@place" in the list stands for a named city or region, "@person" for
 * a person's name, "@body" for an organisation's. */
bool frames_has_obj_in(const fctx *x, int p, const char **list, bool noun) {
  /* "a statement released today": the noun a participle describes
   * undergoes it */
  if (!noun && D(x, p) == NLP_DEP_ACL && x->w[p].xpos == NLP_XPOS_VBN &&
      H(x, p) >= 0 && lemma_among(x, H(x, p), list))
    return true;
  for (int i = x->lo; i < x->hi; i++) {
    int h = H(x, i);
    if (h != p && !(h >= 0 && H(x, h) == p && D(x, h) == NLP_DEP_OBJ &&
                    D(x, i) == NLP_DEP_CONJ))
      continue;
    int d = h == p ? D(x, i) : NLP_DEP_OBJ;
    bool role = noun ? (d == NLP_DEP_NMOD && marker_is(x, i, (const char *[]){"of", NULL}))
                     : (d == NLP_DEP_OBJ || d == NLP_DEP_NSUBJ_PASS ||
                        d == NLP_DEP_IOBJ ||
                        /* "agreed to a ceasefire" as "agreed a ceasefire" */
                        (nlp_dep_universal(d) == NLP_DEP_OBL &&
                         marker_is(x, i, (const char *[]){"to", "on", NULL})));
    if (!role)
      continue;
    /* (a name's head in any case after "of": "the storming of the US
     * Embassy"; but "signed the Camp David Accords" keeps its name) */
    bool name = noun && x->w[i].upos == NLP_UPOS_PROPN;
    /* (a name by its title: "removed President Lugo", "arrested
     * opposition leader X") */
    int title = -1;
    for (int j = x->lo; j < i && x->w[i].upos == NLP_UPOS_PROPN; j++)
      if (H(x, j) == i && (D(x, j) == NLP_DEP_COMPOUND ||
                           D(x, j) == NLP_DEP_NMOD_DESC))
        title = j;
    /* (or the name's first word, the rest hung on it: "President" of
     * "President Bazoum" made one name) */
    if (title < 0 && x->w[i].upos == NLP_UPOS_PROPN && i + 1 < x->hi &&
        H(x, i + 1) == i && D(x, i + 1) == NLP_DEP_FLAT) {
      title = i;
      /* ("Prime Minister Cisse": the title's last word) */
      for (int j = i + 1; j + 1 < x->hi && H(x, j) == i &&
                          H(x, j + 1) == i && D(x, j) == NLP_DEP_FLAT;
           j++)
        for (size_t k = 0; list[k]; k++)
          if (g_ascii_strcasecmp(lemma(x, j), list[k]) == 0)
            title = j;
    }
    /* ("a state of war", "the state of the economy" are no state of
     * emergency) */
    if (lemma_is(x, i, "state")) {
      int o = -1;
      for (int j = i + 1; j < x->hi && o < 0; j++)
        if (H(x, j) == i && nlp_dep_universal(D(x, j)) == NLP_DEP_NMOD &&
            marker_is(x, j, (const char *[]){"of", NULL}))
          o = j;
      if (o >= 0 && !lemma_among(x, o, (const char *const[]){
                                           "emergency", "siege", "alert",
                                           "exception", "disaster",
                                           "calamity", "mobilization",
                                           "mobilisation", NULL}))
        continue;
    }
    /* ("sent a team of experts", "a contingent of troops", "rammed one of
     * its boats", "sent 20 tonnes of relief supplies": the kind counted
     * or measured is the object) */
    int obj = i;
    if (lemma_among(x, i, (const char *const[]){"team", "group", "contingent",
                                                "unit", "squad", "batch",
                                                "detachment", "one", "two",
                                                "three", "some", "several",
                                                "many", "dozen", "dozens",
                                                "hundreds", "thousands",
                                                "scores", "most", "all",
                                                "half", "part", "rest",
                                                "majority", "number", NULL}) ||
        /* ("announced a range of sanctions", "a new round of talks") */
        lemma_among(x, i, (const char *const[]){"range", "raft", "series",
                                                "set", "round", "slew",
                                                "host", "spate", "string",
                                                "wave", NULL}) ||
        lemma_among(x, i, (const char *const[]){"tonne", "ton", "kilogram",
                                                "kilo", "litre", "liter",
                                                "gallon", "barrel", "shipment",
                                                "consignment", "load",
                                                "planeload", "truckload",
                                                "shipload", "convoy", "cargo",
                                                "package", "crate", "container",
                                                "quantity", "amount", NULL}))
      for (int j = i + 1; j < x->hi && obj == i; j++)
        if (H(x, j) == i && nlp_dep_universal(D(x, j)) == NLP_DEP_NMOD &&
            marker_is(x, j, (const char *[]){"of", NULL}))
          obj = j;
    /* (or the work it does, told before it: "rescue teams", "a medical
     * team", "a negotiating team"; not "a rebel group") */
    if (obj == i && i - 1 >= x->lo && H(x, i - 1) == i &&
        (D(x, i - 1) == NLP_DEP_COMPOUND || D(x, i - 1) == NLP_DEP_AMOD) &&
        lemma_among(x, i, (const char *const[]){"team", "group", "unit",
                                                "contingent", "squad", NULL}) &&
        lemma_among(x, i - 1, (const char *const[]){
                                  "rescue", "medical", "relief", "humanitarian",
                                  "emergency", "search", "aid", "negotiating",
                                  "negotiate", "diplomatic", NULL}))
      obj = i - 1;
    /* ("the consul general", "consul-general", "the attorney general":
     * the office is the word "general" completes) */
    for (int j = i - 1;
         obj == i && lemma_is(x, i, "general") && j >= x->lo && j >= i - 2; j--)
      if (H(x, j) == i && D(x, j) == NLP_DEP_COMPOUND &&
          x->w[j].upos == NLP_UPOS_NOUN)
        obj = j;
    /* (a thing of a generic kind is of the kind its modifier says:
     * "relief material", "medical items", "military equipment",
     * "peacekeeping forces") */
    int kind = -1;
    if (lemma_among(x, obj, (const char *const[]){"material", "good", "item",
                                                  "equipment", "product",
                                                  "kit", "package", "cargo",
                                                  "access", "service", "force",
                                                  "troop", "personnel",
                                                  "mission", NULL}))
      for (int j = x->lo; j < obj && kind < 0; j++)
        if (H(x, j) == obj &&
            (D(x, j) == NLP_DEP_COMPOUND || D(x, j) == NLP_DEP_AMOD))
          kind = j;
    for (size_t k = 0; list[k]; k++)
      if (lemma_is(x, obj, list[k]) ||
          (kind >= 0 && lemma_is(x, kind, list[k])) ||
          (name && g_ascii_strcasecmp(lemma(x, i), list[k]) == 0) ||
          (title >= 0 && g_ascii_strcasecmp(lemma(x, title), list[k]) == 0) ||
          (strcmp(list[k], "@place") == 0 && named_place(x, i)) ||
          (strcmp(list[k], "@person") == 0 && named_person(x, i)) ||
          (strcmp(list[k], "@body") == 0 && named_body(x, i)))
        return true;
  }
  return false;
}

/* "called the test a provocative act": an object after another object
 * of the same verb is said of the first. */
static bool second_object(const fctx *x, int i, int p) {
  if (H(x, i) != p || D(x, i) != NLP_DEP_OBJ)
    return false;
  /* (a verb of naming may have its first object read as the indirect one:
   * "declared him the winner") */
  bool names = lemma_among(x, p, (const char *const[]){
                                     "declare", "name", "elect", "appoint",
                                     "proclaim", "call", "crown", "label",
                                     "brand", "dub", "term", NULL});
  for (int j = x->lo; j < i; j++)
    if (H(x, j) == p &&
        (D(x, j) == NLP_DEP_OBJ || (names && D(x, j) == NLP_DEP_IOBJ)))
      return true;
  return false;
}

/* Does phrase n hang from verb p, or from p's object as the parser may
 * hang "as" phrases ("designating 20 gangs as terrorist groups"), or
 * from the noun p describes ("a move described by X as a betrayal")? */
static bool as_of(const fctx *x, int n, int p) {
  int h = H(x, n);
  if (h == p)
    return true;
  int u = nlp_dep_universal(D(x, n));
  if (h < x->lo || !marker_is(x, n, (const char *[]){"as", NULL}))
    return false;
  if (H(x, h) == p && nlp_dep_universal(D(x, h)) == NLP_DEP_OBJ &&
      u == NLP_DEP_NMOD)
    return true;
  /* (or from what that noun is set beside: "signed a pact, a move
   * described by X as a betrayal" with the "as" phrase on "signed") */
  int m = H(x, p);
  return D(x, p) == NLP_DEP_ACL && n > p && m >= x->lo &&
         (h == m || (h == H(x, m) && (u == NLP_DEP_NMOD || u == NLP_DEP_OBL) &&
                     (D(x, m) == NLP_DEP_OBL_UNMARKED ||
                      D(x, m) == NLP_DEP_APPOS)));
}

/* "what it described as a coup attempt": a verb of naming with "what"
 * or "which" before it tells what a thing is called; it neither judges
 * the thing nor makes its name no event. */
static bool names_what(const fctx *x, int v) {
  for (int i = x->lo; i < v; i++)
    if (H(x, i) == v && lemma_among(x, i, (const char *const[]){
                                              "what", "which", NULL}))
      return true;
  return false;
}

/* Is word i where a modifier of p stands (see has_mod)? */
static bool mod_position(const fctx *x, int i, int p) {
  bool verb = x->w[p].upos == NLP_UPOS_VERB;
  int d = D(x, i);
  if (verb && (second_object(x, i, p) ||
               (d == NLP_DEP_AMOD && H(x, i) >= x->lo &&
                second_object(x, H(x, i), p))))
    return true;
  /* "described the launch as a provocative act": the noun of its "as"
   * phrase, or a word describing that noun */
  int as = d == NLP_DEP_AMOD || d == NLP_DEP_COMPOUND ? H(x, i) : i;
  if (verb && as >= x->lo && as_of(x, as, p) && !names_what(x, p) &&
      (nlp_dep_universal(D(x, as)) == NLP_DEP_OBL || H(x, as) != p) &&
      marker_is(x, as, (const char *[]){"as", NULL}))
    return true;
  /* "called the closure illegal" read as an adjective after the object
   * noun: predicative all the same */
  bool after_obj = verb && d == NLP_DEP_AMOD && H(x, i) >= x->lo &&
                   H(x, i) < i && H(x, H(x, i)) == p &&
                   D(x, H(x, i)) == NLP_DEP_OBJ;
  return (H(x, i) == p || after_obj) &&
         (d == NLP_DEP_COMPOUND || d == NLP_DEP_AMOD ||
          (verb && (d == NLP_DEP_ADVMOD || d == NLP_DEP_XCOMP ||
                    d == NLP_DEP_OBL_UNMARKED)));
}

/* The first of the conjuncts word i belongs to. */
static int conj_first(const fctx *x, int i) {
  while (D(x, i) == NLP_DEP_CONJ && H(x, i) >= x->lo)
    i = H(x, i);
  return i;
}

/* A modifier of p with a lemma in list: a compound or adjective of a noun
 * ("air campaign"), an adverb or a predicative word of a verb ("sent the
 * ambassador home", "called the deal illegal"), or a conjunct of a
 * predicative word ("called the request unprecedented and barbaric",
 * "called it a reckless act and a flagrant violation"). */
static bool has_mod(const fctx *x, int p, const char **list) {
  bool verb = x->w[p].upos == NLP_UPOS_VERB;
  for (int i = x->lo; i < x->hi; i++) {
    bool at = mod_position(x, i, p);
    if (!at && verb && D(x, i) == NLP_DEP_CONJ)
      at = mod_position(x, conj_first(x, i), p);
    if (!at && verb && D(x, i) == NLP_DEP_AMOD && H(x, i) >= x->lo &&
        D(x, H(x, i)) == NLP_DEP_CONJ)
      at = mod_position(x, conj_first(x, H(x, i)), p);
    for (size_t k = 0; at && list[k]; k++)
      if (lemma_is(x, i, list[k]))
        return true;
  }
  return false;
}

/* A dependent of p introduced by prep, whose lemma is in list when list
 * is given ("withdraw from the deal"). */
int frames_prep_word(const fctx *x, int p, const char *prep,
                     const char **list) {
  for (int i = x->lo; i < x->hi; i++) {
    if ((H(x, i) != p && !(strcmp(prep, "as") == 0 && as_of(x, i, p))) ||
        x->in_date[i - x->lo])
      continue;
    int u = nlp_dep_universal(D(x, i));
    if (u != NLP_DEP_OBL && u != NLP_DEP_NMOD && u != NLP_DEP_ADVCL &&
        u != NLP_DEP_CCOMP && u != NLP_DEP_XCOMP && u != NLP_DEP_ACL)
      continue;
    /* any of its markers: "pulled out of the pact" */
    bool marked = false;
    for (int m = x->lo; m < x->hi && !marked; m++)
      marked = H(x, m) == i &&
               (D(x, m) == NLP_DEP_CASE || D(x, m) == NLP_DEP_MARK) &&
               lemma_is(x, m, prep);
    /* (the "to" of an infinitive is no preposition: "agreed to ban"; nor
     * is the "against" of what an object was warned against doing:
     * "warned the US against arming Taiwan" warns the US) */
    /* (nor the preposition of a clause's own predicate: "demonstrated
     * that the army is in charge") */
    if (marked && (u == NLP_DEP_ADVCL || u == NLP_DEP_CCOMP) &&
        kid(x, i, NLP_DEP_COP, x->lo) >= 0 &&
        kid(x, i, NLP_DEP_NSUBJ, x->lo) >= 0)
      continue;
    if (!marked || (x->w[i].xpos == NLP_XPOS_VB && strcmp(prep, "to") == 0) ||
        (x->w[i].xpos == NLP_XPOS_VBG && (kid(x, p, NLP_DEP_OBJ, x->lo) >= 0 ||
                                          kid(x, p, NLP_DEP_IOBJ, x->lo) >= 0)))
      continue;
    if (!list)
      return i;
    /* (a name's head word too: "into the Sea of Japan", "to the
     * Supreme Court"; and a name of its kind: "an attack on Ali Hassan") */
    bool name = x->w[i].upos == NLP_UPOS_PROPN;
    for (size_t k = 0; list[k]; k++)
      if (lemma_is(x, i, list[k]) ||
          (name && g_ascii_strcasecmp(lemma(x, i), list[k]) == 0) ||
          (strcmp(list[k], "@place") == 0 && named_place(x, i)) ||
          (strcmp(list[k], "@person") == 0 && named_person(x, i)))
        return i;
  }
  return -1;
}

static bool has_prep(const fctx *x, int p, const char *prep,
                     const char **list, bool of_object) {
  if (frames_prep_word(x, p, prep, list) >= 0)
    return true;
  /* "took control of the town", "seized control of the airport": with
   * the object the sense names, the phrase the parser hung on it */
  int ob = of_object ? kid(x, p, NLP_DEP_OBJ, x->lo) : -1;
  if (ob >= 0 && x->w[p].upos == NLP_UPOS_VERB) {
    int i = frames_prep_word(x, ob, prep, list);
    if (i >= 0 && nlp_dep_universal(D(x, i)) == NLP_DEP_NMOD)
      return true;
  }
  /* "won the election, defeating Carlos Duarte": a participle with no
   * subject of its own that tells more of its verb's object is said in
   * that object (defeat in the election) */
  int h = H(x, p);
  if (!list || x->w[p].xpos != NLP_XPOS_VBG || D(x, p) != NLP_DEP_ADVCL ||
      h < x->lo || x->w[h].upos != NLP_UPOS_VERB ||
      kid(x, p, NLP_DEP_NSUBJ, x->lo) >= 0)
    return false;
  int o = kid(x, h, NLP_DEP_OBJ, x->lo);
  return o >= 0 && lemma_among(x, o, list);
}

/* A particle: attached as one, or the word right after the verb (or
 * after its object) whatever the parser made of it ("sworn in as"). */
static bool has_prt(const fctx *x, int p, const char *prt) {
  for (int i = x->lo; i < x->hi; i++)
    if (H(x, i) == p && D(x, i) == NLP_DEP_COMPOUND_PRT && lemma_is(x, i, prt))
      return true;
  for (int i = p + 1; i < x->hi && i <= p + 3; i++) {
    int u = x->w[i].upos;
    /* (but a preposition before a name: "gave the army in Sudan") */
    if (u == NLP_UPOS_ADP && D(x, i) == NLP_DEP_CASE && H(x, i) > i &&
        x->w[H(x, i)].upos == NLP_UPOS_PROPN)
      continue;
    if (lemma_is(x, i, prt) &&
        (u == NLP_UPOS_ADP || u == NLP_UPOS_ADV || u == NLP_UPOS_PART))
      return true;
    if (u == NLP_UPOS_VERB || u == NLP_UPOS_PUNCT)
      break;
  }
  return false;
}

/* Is the subject of verb p (not of a passive) one with a lemma in list,
 * or a conjunct of one ("students and workers gathered")? */
static bool has_subj_in(const fctx *x, int p, const char **list) {
  bool pass = false;
  int s = frames_subject(x, p, &pass);
  /* ("thousands of people gathered near the parliament roared": the
   * noun a participle of a verb with no object describes) */
  if (s < 0 && D(x, p) == NLP_DEP_ACL && H(x, p) >= x->lo &&
      kid(x, p, NLP_DEP_OBJ, x->lo) < 0) {
    s = H(x, p);
    pass = false;
  }
  if (s < 0 || pass)
    return false;
  if (x->w[s].upos == NLP_UPOS_PRON && D(x, p) == NLP_DEP_ACL_RELCL &&
      H(x, p) >= 0)
    s = H(x, p); /* "protesters who gathered" */
  /* ("hundreds of migrants crossed": whom the count counts) */
  if (lemma_among(x, s, (const char *const[]){"hundred", "thousand", "dozen",
                                              "million", "score", "number",
                                              NULL}))
    for (int i = s + 1; i < x->hi; i++)
      if (H(x, i) == s && nlp_dep_universal(D(x, i)) == NLP_DEP_NMOD &&
          marker_is(x, i, (const char *[]){"of", NULL})) {
        s = i;
        break;
      }
  /* (a name's head in any case: "the Supreme Court") */
  if (x->w[s].upos == NLP_UPOS_PROPN)
    for (size_t k = 0; list[k]; k++)
      if (g_ascii_strcasecmp(lemma(x, s), list[k]) == 0)
        return true;
  return lemma_among(x, s, list);
}

/* The most specific frame of word p whose constraints hold, or NULL. */
bool frames_deed_warned_of(const fctx *x, int p, int i) {
  return i >= x->lo && marker_is(x, i, (const char *[]){"against", NULL}) &&
         kid(x, p, NLP_DEP_OBJ, x->lo) >= 0 && x->w[i].upos == NLP_UPOS_NOUN &&
         frames_candidate(x->lx, &x->w[i]);
}

/* Has p a clause opened by "that" the parser hung on it as an adverbial
 * ("demonstrated that the army is in charge")? */
static bool that_clause(const fctx *x, int p) {
  for (int c = x->lo; c < x->hi; c++)
    if (H(x, c) == p && c > p && nlp_dep_universal(D(x, c)) == NLP_DEP_ADVCL) {
      int m = kid(x, c, NLP_DEP_MARK, x->lo);
      if (m >= 0 && m == p + 1 && lemma_is(x, m, "that"))
        return true;
    }
  return false;
}

/* Has verb p a clause or an infinitive of its own ("said that ...",
 * "called on the army to intervene"), or one on the noun of frame f's
 * phrase (the infinitive hung on "the army")? */
static bool has_clause(const fctx *x, int p, const frame_def *f) {
  int n = f->prep ? frames_prep_word(x, p, f->prep, f->pobj) : -1;
  for (int i = x->lo; i < x->hi; i++) {
    if ((H(x, i) != p && (n < 0 || H(x, i) != n)) ||
        x->w[i].upos != NLP_UPOS_VERB)
      continue;
    int u = nlp_dep_universal(D(x, i));
    if (u == NLP_DEP_CCOMP || u == NLP_DEP_XCOMP ||
        ((u == NLP_DEP_ADVCL || u == NLP_DEP_ACL) &&
         marker_is(x, i, (const char *[]){"to", "that", NULL})))
      return true;
  }
  return false;
}

/* The infinitive of verb p ("allowed aid trucks to enter"), on the verb
 * or on its object's phrase ("hundreds of refugees to return"), or -1. */
static int infinitive(const fctx *x, int p) {
  int o = kid(x, p, NLP_DEP_OBJ, x->lo);
  for (int i = x->lo; i < x->hi; i++) {
    int h = H(x, i), d = D(x, i);
    if (x->w[i].upos == NLP_UPOS_VERB &&
        marker_is(x, i, (const char *[]){"to", NULL}) &&
        ((h == p && (d == NLP_DEP_XCOMP || d == NLP_DEP_ADVCL)) ||
         (d == NLP_DEP_ACL && o >= 0 && under(x, h, o))))
      return i;
  }
  return -1;
}

/* The sense of predicate p: the most specific frame whose constraints
 * hold, a sense of no event too; NULL when none holds. */
static const frame_def *choose_sense(const fctx *x, int p) {
  const frame_def *const *fs = lexicon_frames(
      x->lx, lemma(x, p), x->w[p].upos == NLP_UPOS_NOUN);
  const frame_def *best = NULL;
  /* "called the vote the last chance", "called the strike a success":
   * calling something a name is no call, no calling of a vote or strike;
   * it is a statement, or the judgement the name passes ("called it a
   * crime").  (Naming one to an office is an act: "named him prime
   * minister".) */
  int objects = 0; /* (two objects: one names the other) */
  for (int j = x->lo; fs && x->w[p].upos == NLP_UPOS_VERB && j < x->hi; j++)
    objects += H(x, j) == p &&
               (D(x, j) == NLP_DEP_OBJ ||
                /* ("called the vote a farce" with the name read as a
                 * predicate of the object) */
                (D(x, j) == NLP_DEP_XCOMP &&
                 (x->w[j].upos == NLP_UPOS_NOUN ||
                  x->w[j].upos == NLP_UPOS_ADJ) &&
                 kid(x, p, NLP_DEP_OBJ, x->lo) >= 0 &&
                 kid(x, p, NLP_DEP_OBJ, x->lo) < j));
  bool naming = objects >= 2;
  bool calling = naming && lemma_among(x, p, (const char *const[]){
                                              "call", "dub", "term", "label",
                                              "brand", NULL});
  for (size_t k = 0; fs && fs[k]; k++) {
    const frame_def *f = fs[k];
    if ((calling && !f->mod && !f->needs_naming) ||
        (f->needs_naming && !naming))
      continue;
    if (f->prt && !has_prt(x, p, f->prt))
      continue;
    if (f->prep &&
        !has_prep(x, p, f->prep, f->pobj, f->obj != NULL || f->pobj != NULL))
      continue;
    /* ("warned Israel against any attack": one warns Israel, not
     * against Israel) */
    if (f->prep && f->type == ANNALS_TYPE_THREATEN &&
        strcmp(f->prep, "against") == 0 &&
        frames_deed_warned_of(x, p, frames_prep_word(x, p, f->prep, f->pobj)))
      continue;
    if (f->obj && !frames_has_obj_in(x, p, f->obj, false))
      continue;
    if (f->of && !frames_has_obj_in(x, p, f->of, true))
      continue;
    if (f->mod && !has_mod(x, p, f->mod))
      continue;
    if (f->subj && !has_subj_in(x, p, f->subj))
      continue;
    int inf = f->then && x->w[p].upos == NLP_UPOS_VERB ? infinitive(x, p) : -1;
    if (f->then && (inf < 0 || !lemma_among(x, inf, f->then)))
      continue;
    /* (a clause, or an infinitive: "helped broker a ceasefire") */
    int xc = kid(x, p, NLP_DEP_XCOMP, x->lo);
    if (f->needs_clause && kid(x, p, NLP_DEP_CCOMP, x->lo) < 0 &&
        !(xc >= 0 && x->w[xc].upos == NLP_UPOS_VERB) && !that_clause(x, p))
      continue;
    if (f->no_clause && has_clause(x, p, f))
      continue;
    if (!best || f->specific > best->specific)
      best = f;
  }
  return best;
}

static int light_noun(const fctx *x, int v);

const frame_def *frames_choose(const fctx *x, int p) {
  const frame_def *best = choose_sense(x, p);
  /* (a sense of no event wins as any other, and tells none: "a heart
   * attack"; nor does a light verb with such a noun: "launched a charm
   * offensive", "started a price war") */
  if (best && best->no_event)
    return NULL;
  int n = best && best->light ? light_noun(x, p) : -1;
  const frame_def *nf = n >= 0 && n != p ? choose_sense(x, n) : NULL;
  if (nf && nf->no_event)
    return NULL;
  return best;
}

/* ------------------------------------------------------------------ */
/* Modality                                                             */
/* ------------------------------------------------------------------ */

static bool irrealis(const fctx *x, int p);

/* What the clause of a predicate says of its act. */
enum mode { M_REAL, M_NOT, M_FUTURE, M_THREAT };

/* Is the clause of predicate p not a real, past or present act:
 * negated, modal, conditional, a question, a purpose or a participle
 * describing a noun (M_NOT)?  Or announced for the future: "will
 * support", "said it would withdraw" (M_FUTURE)?  Or a hostile act
 * announced on a condition: "would expel them if" (M_THREAT)?  f is
 * p's frame, or NULL to look it up. */
static enum mode act_mode(const fctx *x, int p, const frame_def *f) {
  static const char *const future[] = {"will", "would", "shall", NULL};
  /* "will work for peace and resolve our issues": a conjoined verb with
   * no auxiliary of its own shares its first verb's */
  int hc = H(x, p);
  if (D(x, p) == NLP_DEP_CONJ && hc >= x->lo && hc < p &&
      x->w[p].upos == NLP_UPOS_VERB && x->w[hc].upos == NLP_UPOS_VERB &&
      x->w[p].xpos == NLP_XPOS_VB && kid(x, p, NLP_DEP_AUX, x->lo) < 0 &&
      kid(x, p, NLP_DEP_NSUBJ, x->lo) < 0 &&
      kid(x, hc, NLP_DEP_AUX, x->lo) >= 0)
    return act_mode(x, hc, NULL);
  /* "If Iran accepts, they will sign": a condition on the act; but a
   * threat's condition is what it threatens ("warned of consequences if
   * Bolivia closed the border") */
  const frame_def *pf =
      f ? f : frames_candidate(x->lx, &x->w[p]) ? frames_choose(x, p) : NULL;
  bool threat = pf && (pf->type == ANNALS_TYPE_THREATEN ||
                       pf->complement == FC_THREAT);
  bool cond = false;
  for (int i = x->lo; i < x->hi && !threat; i++)
    if (H(x, i) == p && nlp_dep_universal(D(x, i)) == NLP_DEP_ADVCL)
      for (int j = x->lo; j < x->hi; j++)
        if (H(x, j) == i && D(x, j) == NLP_DEP_MARK &&
            (lemma_is(x, j, "if") || lemma_is(x, j, "unless")))
          cond = true;
  /* (a condition on a hostile act announced is a threat; on anything
   * else the act is not told as done) */
  if (cond && !(pf && annals_type_quad(pf->type) >= ANNALS_QUAD_VERBAL_CONFLICT))
    return M_NOT;
  /* "are due to sign", "is set to visit", "is expected to": planned,
   * whatever the parser made of "due to" */
  if (p - 2 >= x->lo && lemma_is(x, p - 1, "to") &&
      (lemma_is(x, p - 2, "due") || lemma_is(x, p - 2, "set") ||
       lemma_is(x, p - 2, "expected") || lemma_is(x, p - 2, "scheduled") ||
       lemma_is(x, p - 2, "likely") || lemma_is(x, p - 2, "poised") ||
       lemma_is(x, p - 2, "going")))
    return M_FUTURE;
  int h = H(x, p);
  if (h >= 0 && D(x, p) == NLP_DEP_XCOMP &&
      (lemma_is(x, h, "due") || lemma_is(x, h, "set") ||
       lemma_is(x, h, "expected") || lemma_is(x, h, "scheduled") ||
       lemma_is(x, h, "likely") || lemma_is(x, h, "poised")))
    return M_FUTURE;
  bool fut = false;
  for (int i = x->lo; i < x->hi; i++)
    if (H(x, i) == p && D(x, i) == NLP_DEP_AUX)
      for (size_t k = 0; future[k]; k++)
        fut = fut || lemma_is(x, i, future[k]);
  /* "said it would cut ties if the burning went ahead": a hostile act
   * announced on a condition is a threat */
  if (cond)
    return fut ? M_THREAT : M_NOT;
  if (fut) {
    /* "will support" is not irrealis but a pledge or a threat, unless
     * negated or conditional */
    for (int i = x->lo; i < x->hi; i++)
      if (H(x, i) == p &&
          ((D(x, i) == NLP_DEP_ADVMOD &&
            (lemma_is(x, i, "not") || lemma_is(x, i, "never"))) ||
           (D(x, i) == NLP_DEP_MARK &&
            (lemma_is(x, i, "if") || lemma_is(x, i, "unless")))))
        return M_NOT;
    return M_FUTURE;
  }
  return irrealis(x, p) ? M_NOT : M_REAL;
}

/* "the first (foreign) leader", "the only country", "the second
 * president": a noun an infinitive after it tells a fact about. */
static bool ranked_noun(const fctx *x, int n) {
  static const char *const ranks[] = {"first", "last", "only", "second",
                                      "third", "latest", NULL};
  if (n < x->lo || (x->w[n].upos != NLP_UPOS_NOUN &&
                    x->w[n].upos != NLP_UPOS_PROPN))
    return false;
  for (int i = x->lo; i < n; i++)
    if (H(x, i) == n && nlp_dep_universal(D(x, i)) == NLP_DEP_AMOD)
      for (size_t k = 0; ranks[k]; k++)
        if (lemma_is(x, i, ranks[k]))
          return true;
  return false;
}

/* "called his counterpart to ask for help", "met the envoy to urge
 * restraint": a call or a meeting held to ask, urge or thank does it;
 * the verb of the call, or -1. */
static int called_to(const fctx *x, int p) {
  int cv = H(x, p);
  if (x->w[p].upos != NLP_UPOS_VERB || cv < x->lo ||
      x->w[cv].upos != NLP_UPOS_VERB ||
      (D(x, p) != NLP_DEP_ADVCL && D(x, p) != NLP_DEP_XCOMP) ||
      !marker_is(x, p, (const char *[]){"to", NULL}) ||
      !lemma_among(x, p, (const char *const[]){
                             "ask", "request", "urge", "demand", "seek",
                             "appeal", "invite", "thank", "congratulate",
                             "plead", NULL}) ||
      !lemma_among(x, cv, (const char *const[]){
                              "call", "phone", "telephone", "ring", "write",
                              "summon", "contact", "meet", "visit", NULL}) ||
      irrealis(x, cv))
    return -1;
  return cv;
}

static bool present_tense(const fctx *x, int p);

/* "the president often receives envoys", "rebels usually attack
 * convoys", "guards routinely detained traders": adverb a of predicate
 * p tells a habit, not an act of one day.  "often" and "sometimes" only
 * in the present: a past told with them and a date of its own ("on
 * Monday rebels often fired at random") is still the day's. */
static bool habitual(const fctx *x, int p, int a) {
  static const char *const always[] = {
      "usually",       "regularly",  "routinely",    "typically",
      "normally",      "generally",  "customarily",  "habitually",
      "traditionally", "frequently", "occasionally", "rarely",
      "seldom",        "ordinarily", "invariably",   NULL};
  static const char *const present[] = {"often", "sometimes", NULL};
  if (x->w[p].upos != NLP_UPOS_VERB && !is_noun(&x->w[p]))
    return false;
  return lemma_among(x, a, always) ||
         (lemma_among(x, a, present) && present_tense(x, p));
}

static bool irrealis(const fctx *x, int p) {
  static const char *const modals[] = {"will", "would", "could", "might",
                                       "may",  "should", "must",  "can",
                                       "shall", NULL};
  static const char *const conds[] = {"if", "unless", "whether", "once",
                                      "until", "before", NULL};
  /* "prompting the president to declare an emergency", "forced the
   * prime minister to resign": what one was made to do, one did (when
   * the making happened) */
  int maker;
  bool made = roles_made_to(x, p, &maker) >= 0 && !irrealis(x, maker);
  made = made || called_to(x, p) >= 0;
  /* "Neither Belmark nor Ardania attended": no one did (the "neither"
   * on the subject, or on a word the parser hung on the verb) */
  for (int j = x->lo; j < p; j++)
    if (lemma_is(x, j, "neither") && H(x, j) >= 0 &&
        (H(x, j) == p || H(x, H(x, j)) == p))
      return true;
  for (int i = x->lo; i < x->hi; i++) {
    if (H(x, i) != p)
      continue;
    int d = D(x, i);
    if (d == NLP_DEP_ADVMOD && (lemma_is(x, i, "not") || lemma_is(x, i, "never")))
      return true;
    if (d == NLP_DEP_ADVMOD && habitual(x, p, i))
      return true;
    if (d == NLP_DEP_DET && lemma_is(x, i, "no"))
      return true;
    if (d == NLP_DEP_AUX)
      for (size_t k = 0; modals[k]; k++)
        if (lemma_is(x, i, modals[k]))
          return true;
    if (d == NLP_DEP_MARK) {
      for (size_t k = 0; conds[k]; k++)
        if (lemma_is(x, i, conds[k]))
          return true;
      /* "is yet to announce", "has yet to sign" */
      if (lemma_is(x, i, "to") &&
          kid_among(x, p, NLP_DEP_ADVMOD, (const char *const[]){"yet", NULL}))
        return true;
      /* "to combat", "in order to": a purpose, not an act; but "the
       * first leader to visit Kyiv" tells the visit */
      if (lemma_is(x, i, "to") && x->w[p].upos == NLP_UPOS_VERB &&
          !ranked_noun(x, H(x, p)) && !made &&
          (nlp_dep_universal(D(x, p)) == NLP_DEP_ADVCL ||
           nlp_dep_universal(D(x, p)) == NLP_DEP_XCOMP ||
           nlp_dep_universal(D(x, p)) == NLP_DEP_ACL ||
           D(x, p) == NLP_DEP_CCOMP))
        return true;
    }
  }
  /* "urged Washington to stop arming Taiwan": the complement of a verb
   * that is not told as done is not either */
  int hx = H(x, p);
  if (x->w[p].upos == NLP_UPOS_VERB && D(x, p) == NLP_DEP_XCOMP &&
      hx >= x->lo && x->w[hx].upos == NLP_UPOS_VERB &&
      kid(x, p, NLP_DEP_MARK, x->lo) < 0 && irrealis(x, hx))
    return true;
  /* "the talks ended without a deal", "struck without warning", "left
   * without signing": an act one is without did not happen */
  if (marker_is(x, p, (const char *[]){"without", NULL}))
    return true;
  /* "withdrew under the ceasefire deal", "under a 2015 agreement": an
   * accord one acts under was made before, and is not told here (but
   * "came under attack" is an attack) */
  if (x->w[p].upos == NLP_UPOS_NOUN &&
      marker_is(x, p, (const char *[]){"under", NULL}) &&
      frames_candidate(x->lx, &x->w[p])) {
    const frame_def *nf = frames_choose(x, p);
    if (nf && annals_type_quad(nf->type) <= ANNALS_QUAD_MATERIAL_COOPERATION)
      return true;
  }
  /* "demanded the release of X", "called for the resignation of Y": an
   * act asked for has not happened */
  int q = p;
  if (x->w[q].upos == NLP_UPOS_NOUN && D(x, q) == NLP_DEP_CONJ && H(x, q) >= 0 &&
      x->w[H(x, q)].upos == NLP_UPOS_NOUN)
    q = H(x, q); /* ("the release and reinstatement of X") */
  int v = H(x, q);
  if (x->w[p].upos == NLP_UPOS_NOUN && v >= x->lo &&
      x->w[v].upos == NLP_UPOS_VERB &&
      (D(x, q) == NLP_DEP_OBJ ||
       (nlp_dep_universal(D(x, q)) == NLP_DEP_OBL &&
        marker_is(x, q, (const char *[]){"for", NULL}))) &&
      frames_candidate(x->lx, &x->w[v])) {
    const frame_def *vf = frames_choose(x, v);
    if (vf && (vf->type == ANNALS_TYPE_APPEAL || vf->type == ANNALS_TYPE_DEMAND))
      return true;
  }
  /* "accused each other of violating the ceasefire", "proposed to
   * suspend part of its trade agreement with Israel", "would no longer
   * respect the nuclear deal": an accord or a truce one keeps, breaks or
   * leaves was made before, and is not told here */
  const frame_def *nf = x->w[p].upos == NLP_UPOS_NOUN &&
                                frames_candidate(x->lx, &x->w[p])
                            ? frames_choose(x, p)
                            : NULL;
  if (nf && (nf->type == ANNALS_TYPE_DIPLOMATIC_COOPERATION ||
             nf->type == ANNALS_TYPE_YIELD)) {
    static const char *const parts[] = {"terms", "provision", "part",
                                        "clause", NULL};
    static const char *const acts[] = {"violation", "breach",
                                       "implementation", "suspension",
                                       "collapse", NULL};
    static const char *const keeps[] = {
        "violate", "breach", "respect", "honour", "honor", "uphold",
        "implement", "suspend", "scrap", "abandon", "review", "renegotiate",
        "revive", "exit", "quit", "denounce", "observe", "enforce",
        "undermine", "jeopardize", "jeopardise", NULL};
    int c = q, g = H(x, q);
    while (g >= x->lo && x->w[g].upos == NLP_UPOS_NOUN &&
           lemma_among(x, g, parts) &&
           marker_is(x, c, (const char *[]){"of", NULL})) {
      c = g; /* ("part of the agreement") */
      g = H(x, g);
    }
    if (g >= x->lo && x->w[g].upos == NLP_UPOS_NOUN &&
        lemma_among(x, g, acts) &&
        marker_is(x, c, (const char *[]){"of", NULL}))
      return true;
    if (g >= x->lo && x->w[g].upos == NLP_UPOS_VERB && D(x, c) == NLP_DEP_OBJ &&
        lemma_among(x, g, keeps))
      return true;
  }
  /* "postponed the February presidential election", "called off the
   * talks": an act put off or cancelled has not happened (but one
   * annulled or suspended had) */
  if (x->w[p].upos == NLP_UPOS_NOUN && v >= x->lo && D(x, q) == NLP_DEP_OBJ &&
      x->w[v].upos == NLP_UPOS_VERB &&
      (lemma_among(x, v, (const char *const[]){"postpone", "delay", "defer",
                                              "cancel", "scrap", NULL}) ||
       (lemma_among(x, v, (const char *const[]){"call", "put", NULL}) &&
        kid_among(x, v, NLP_DEP_COMPOUND_PRT,
                  (const char *const[]){"off", NULL}))))
    return true;
  /* "the ruling is a declaration of war", "the strike was the deadliest
   * attack in years": a noun said of a subject with a copula names what
   * the subject is, it tells no act of its own (but "it was the largest
   * attack yet on merchant ships" tells the attack) */
  int cs = kid(x, p, NLP_DEP_NSUBJ, x->lo);
  if (cs < 0)
    cs = kid(x, p, NLP_DEP_NSUBJ_PASS, x->lo);
  if (is_noun(&x->w[p]) && kid(x, p, NLP_DEP_COP, x->lo) >= 0 &&
      kid(x, p, NLP_DEP_CASE, x->lo) < 0 && cs >= 0 && !lemma_is(x, cs, "it"))
    return true;
  /* "barred the leader from leaving the country", "kept them from
   * voting": what one was stopped from doing was not done */
  static const char *const stoppers[] = {
      "ban", "bar", "prevent", "stop", "block", "prohibit", "keep",
      "forbid", "deter", "restrain", "exclude", "disqualify", "discourage",
      "dissuade", "preclude", "refrain", "abstain", NULL};
  if (x->w[p].xpos == NLP_XPOS_VBG && H(x, p) >= x->lo &&
      marker_is(x, p, (const char *[]){"from", NULL}) &&
      lemma_among(x, H(x, p), stoppers))
    return true;
  /* "warned the United States against arming Taiwan": nor what one was
   * warned against */
  if (x->w[p].xpos == NLP_XPOS_VBG && H(x, p) >= x->lo &&
      marker_is(x, p, (const char *[]){"against", NULL}) &&
      lemma_among(x, H(x, p), (const char *const[]){
                                  "warn", "caution", "advise", "counsel",
                                  "urge", "appeal", NULL}))
    return true;
  /* "ships traversing the sea": a participle describing a noun */
  bool wp;
  if (D(x, p) == NLP_DEP_ACL && x->w[p].xpos == NLP_XPOS_VBG &&
      kid(x, p, NLP_DEP_NSUBJ, x->lo) < 0 && kid(x, p, NLP_DEP_MARK, x->lo) < 0 &&
      roles_with_subject(x, p, &wp) < 0 && roles_speech_noun(x, p) < 0 &&
      roles_document_noun(x, p) < 0)
    return true;
  if (x->w[p].upos == NLP_UPOS_VERB && x->w[p].xpos == NLP_XPOS_VB &&
      kid(x, p, NLP_DEP_AUX, x->lo) < 0 && D(x, p) != NLP_DEP_ROOT &&
      D(x, p) != NLP_DEP_CONJ && !ranked_noun(x, H(x, p)) && !made)
    return true; /* a bare infinitive */
  /* a question */
  const char *t = x->ac->text;
  size_t e = x->w[x->hi - 1].end;
  return e > 0 && t[e - 1] == '?';
}

/* Present tense or present perfect (news present): "visits", "has
 * condemned". */
static bool present_tense(const fctx *x, int p) {
  int xp = x->w[p].xpos;
  for (int i = x->lo; i < x->hi; i++)
    if (H(x, i) == p && (nlp_dep_universal(D(x, i)) == NLP_DEP_AUX ||
                         (D(x, i) == NLP_DEP_COP && is_noun(&x->w[p])))) {
      if (x->w[i].xpos == NLP_XPOS_VBZ || x->w[i].xpos == NLP_XPOS_VBP)
        return true;
      if (x->w[i].xpos == NLP_XPOS_VBD || x->w[i].xpos == NLP_XPOS_MD)
        return false;
    }
  return xp == NLP_XPOS_VBZ || xp == NLP_XPOS_VBP;
}

/* ------------------------------------------------------------------ */
/* Frames                                                               */
/* ------------------------------------------------------------------ */

void frames_frame_init(fctx *x, ev_frame *fr, const frame_def *f, int p) {
  memset(fr, 0, sizeof *fr);
  fr->def = f;
  fr->type = f->type;
  fr->sent = x->sent;
  fr->pred = p;
  fr->report_pred = x->reporter[p - x->lo];
  fr->reported = fr->report_pred >= 0;
  fr->date_at = fr->open_at = SIZE_MAX;
  fr->relative = frames_in_relative(x, p) >= 0;
}

/* "killed three Britons", "two Americans were kidnapped": a plural
 * name that names a place's people (no "the" before it, as "the
 * Philippines" has; not a common noun, as "struck Israeli towns") is who
 * the act befell, not where it happened. */
static bool people_of_place(const fctx *x, int i) {
  return (x->w[i].xpos == NLP_XPOS_NNS || x->w[i].xpos == NLP_XPOS_NNPS) &&
         (x->w[i].flags & NLP_WF_CAP) &&
         !kid_among(x, i, NLP_DEP_DET, (const char *const[]){"the", NULL});
}

/* "under martial law", "under curfew": a rule a place is put under. */
static bool under_rule(const fctx *x, int i) {
  return marker_is(x, i, (const char *[]){"under", NULL}) &&
         lemma_among(x, i,
                     (const char *const[]){
                         "law", "curfew", "siege", "emergency", "quarantine",
                         "lockdown", "occupation", "blockade", NULL});
}

/* "declared Nepal a republic", "declared the siege over", "named his son
 * as successor", "declared the region under martial law": what a verb of
 * declaring or naming makes its object, the words of the predicate after
 * the object (at most five), or NULL. */
static const char *predicative(const fctx *x, int p) {
  static const char *const verbs[] = {"declare",  "proclaim", "pronounce",
                                      "name",     "appoint",  "elect",
                                      "nominate", NULL};
  int o = kid(x, p, NLP_DEP_OBJ, x->lo);
  if (x->w[p].upos != NLP_UPOS_VERB || o < 0 || !lemma_among(x, p, verbs))
    return NULL;
  int c = -1;
  for (int i = o + 1; i < x->hi && c < 0; i++)
    if (H(x, i) == p &&
        ((D(x, i) == NLP_DEP_XCOMP &&
          (x->w[i].upos == NLP_UPOS_NOUN || x->w[i].upos == NLP_UPOS_ADJ ||
           x->w[i].upos == NLP_UPOS_ADV)) ||
         /* (read as a second object: "declared Nepal a republic", or as
          * an adverb: "declared the siege over") */
         (D(x, i) == NLP_DEP_OBJ && x->w[i].upos == NLP_UPOS_NOUN) ||
         (D(x, i) == NLP_DEP_ADVMOD && i == o + 1 &&
          lemma_among(x, i, (const char *const[]){"over", NULL})) ||
         (nlp_dep_universal(D(x, i)) == NLP_DEP_OBL &&
          marker_is(x, i, (const char *[]){"as", NULL}) &&
          x->w[i].upos == NLP_UPOS_NOUN) ||
         under_rule(x, i)))
      c = i;
    else if (H(x, i) == o && nlp_dep_universal(D(x, i)) == NLP_DEP_NMOD &&
             under_rule(x, i))
      c = i;
  if (c < 0 || x->in_date[c - x->lo])
    return NULL;
  int a = c, b = c;
  for (int i = o + 1; i < x->hi; i++)
    if (i != c && under(x, i, c) && x->w[i].upos != NLP_UPOS_PUNCT) {
      a = i < a ? i : a;
      b = i > b ? i : b;
    }
  if (b - a > 4 || a <= o)
    return NULL;
  for (int i = a; i <= b; i++)
    if (!under(x, i, c) && i != c)
      return NULL;
  size_t from = x->w[a].start, to = x->w[b].end;
  return g_string_chunk_insert_len(x->ac->strings, x->ac->text + from,
                                   (gssize)(to - from));
}

static void fill(fctx *x, ev_frame *fr, int p, int light) {
  if (x->w[p].upos == NLP_UPOS_NOUN || p == x->as_noun)
    roles_noun(x, p, fr);
  else
    roles_verb(x, p, fr->def, fr);
  fr->predicative = predicative(x, p);
  /* "thousands of people gathered near the parliament": the noun a
   * participle of a sense told by its subject describes does it */
  if (fr->def->subj && D(x, p) == NLP_DEP_ACL && !fr->n_agents &&
      fr->n_targets && fr->targets[0].word >= x->lo &&
      fr->targets[0].word < x->hi && under(x, fr->targets[0].word, H(x, p))) {
    fr->agents[fr->n_agents++] = fr->targets[0];
    memmove(fr->targets, fr->targets + 1,
            (fr->n_targets - 1) * sizeof fr->targets[0]);
    fr->n_targets--;
    fr->passive = false;
  }
  /* "had the opposition leader arrested": one who has it done does it
   * (not one who undergoes it: "had two of its diplomats expelled") */
  int ho = H(x, p), hv = ho >= x->lo ? H(x, ho) : -1;
  int hp = ho >= x->lo ? kid(x, ho, NLP_DEP_NMOD_POSS, x->lo) : -1;
  if (!fr->n_agents && x->w[p].xpos == NLP_XPOS_VBN && D(x, p) == NLP_DEP_ACL &&
      ho >= x->lo && D(x, ho) == NLP_DEP_OBJ && hv >= x->lo &&
      !(hp >= 0 && x->w[hp].upos == NLP_UPOS_PRON) &&
      /* (nor a state: "has a friend prepared to stand with it") */
      kid(x, p, NLP_DEP_XCOMP, x->lo) < 0 &&
      !lemma_among(
          x, ho, (const char *const[]){"one", "some", "two", "three", NULL}) &&
      lemma_among(x, hv, (const char *const[]){"have", "get", NULL}) &&
      kid(x, hv, NLP_DEP_NSUBJ, x->lo) >= 0)
    frames_actors_of(x, kid(x, hv, NLP_DEP_NSUBJ, x->lo), fr->agents,
                     &fr->n_agents);
  /* "was stormed and occupied by opposition supporters": passive
   * conjuncts share the agent told after the last */
  for (int q = p + 1; fr->passive && !fr->n_agents && q < x->hi; q++)
    if (H(x, q) == p && D(x, q) == NLP_DEP_CONJ &&
        x->w[q].xpos == NLP_XPOS_VBN)
      for (int i = q + 1; i < x->hi; i++)
        if (H(x, i) == q && (D(x, i) == NLP_DEP_OBL_AGENT ||
                             (nlp_dep_universal(D(x, i)) == NLP_DEP_OBL &&
                              marker_is(x, i, (const char *[]){"by", NULL}))))
          frames_actors_of(x, i, fr->agents, &fr->n_agents);
  /* "Fighting broke out between the army and the RSF": a gerund that
   * is the subject of another verb has that verb's parties */
  int gh = H(x, p);
  if (x->w[p].xpos == NLP_XPOS_VBG && !fr->n_agents && gh >= 0 &&
      nlp_dep_universal(D(x, p)) == NLP_DEP_NSUBJ)
    for (int i = x->lo; i < x->hi; i++)
      if (H(x, i) == gh && nlp_dep_universal(D(x, i)) == NLP_DEP_OBL &&
          marker_is(x, i, (const char *[]){"between", NULL}))
        frames_actors_of(x, i, fr->agents, &fr->n_agents);
  if (x->w[p].upos == NLP_UPOS_VERB) {
    roles_clause_target(x, p, fr);
    roles_means_agents(x, p, fr);
    sayings_report_content(x, p, fr);
    sayings_ruling_content(x, p, fr);
  }
  roles_deep_against(x, light >= 0 ? light : p, fr);
  if (light < 0)
    roles_deep_by(x, p, fr);
  if (light >= 0) {
    /* the light verb's subject acts: "Azerbaijan launched an offensive" */
    ev_frame lv;
    memset(&lv, 0, sizeof lv);
    roles_verb(x, light, fr->def, &lv);
    for (size_t i = 0; i < lv.n_agents; i++)
      frames_add_actor(fr->agents, &fr->n_agents, &lv.agents[i]);
    /* its object is the event itself ("launched drones and missiles"),
     * its other targets are the event's ("at US ships") */
    for (size_t i = 0; i < lv.n_targets; i++) {
      int t = lv.targets[i].word;
      bool event_itself = t == p || (H(x, t) == p && D(x, t) == NLP_DEP_CONJ) ||
                          (t >= 0 && frames_candidate(x->lx, &x->w[t]) &&
                           H(x, t) == light) ||
                          (t >= 0 && H(x, p) == t); /* "days of talks" */
      /* "began their drone and missile attacks" read as two objects:
       * the first, and its conjuncts, describe the event */
      int th = t >= 0 ? H(x, t) : -1;
      bool describes =
          t >= 0 && second_object(x, p, light) &&
          ((th == light && D(x, t) == NLP_DEP_OBJ) ||
           (th >= 0 && D(x, t) == NLP_DEP_CONJ && H(x, th) == light &&
            D(x, th) == NLP_DEP_OBJ));
      if (!event_itself && !describes)
        frames_add_actor(fr->targets, &fr->n_targets, &lv.targets[i]);
    }
    fr->passive = fr->passive || lv.passive;
    fr->present = present_tense(x, light);
  } else {
    /* ("have been in talks for days", "are at war", "is under siege": a
     * noun with a copula and a preposition is told in its tense; but
     * "this is genocide" judges) */
    bool cop = false;
    for (int i = x->lo; i < x->hi && !cop && is_noun(&x->w[p]); i++)
      cop = H(x, i) == p && D(x, i) == NLP_DEP_COP &&
            (x->w[i].xpos == NLP_XPOS_VBZ || x->w[i].xpos == NLP_XPOS_VBP ||
             x->w[i].xpos == NLP_XPOS_VBN) &&
            marker_is(x, p, (const char *[]){"in", "at", "under", "on", NULL});
    fr->present = (x->w[p].upos == NLP_UPOS_VERB || cop) && present_tense(x, p);
  }
  if (x->w[p].upos == NLP_UPOS_VERB && x->w[p].xpos == NLP_XPOS_VBN &&
      fr->passive) {
    char low[NLP_NORM_MAX + 1];
    size_t n = nlp_normalise(x->ac->text + x->w[p].start,
                             x->w[p].end - x->w[p].start, true, low);
    low[n] = '\0';
    fr->participle = g_string_chunk_insert_const(x->ac->strings, low);
  }
  roles_deep_between(x, light >= 0 ? light : p, fr);
  /* ("landed in Seoul for a visit": where one went for it) */
  int went = H(x, p);
  bool purpose = fr->type == ANNALS_TYPE_CONSULT && is_noun(&x->w[p]) &&
                 went >= x->lo && x->w[went].upos == NLP_UPOS_VERB &&
                 nlp_dep_universal(D(x, p)) == NLP_DEP_OBL &&
                 marker_is(x, p, (const char *[]){"for", "on", NULL});
  fr->has_place = roles_find_place(x, p, &fr->place) ||
                  (light >= 0 && roles_find_place(x, light, &fr->place)) ||
                  (purpose && roles_find_place(x, went, &fr->place));
  /* ("shelled the village of Brenovo", "the town of X was raided": a
   * town struck is where the blow fell) */
  for (int i = x->lo; !fr->has_place && i < x->hi &&
                      annals_type_quad(fr->type) == ANNALS_QUAD_MATERIAL_CONFLICT;
       i++)
    if (H(x, i) == p && x->w[i].upos == NLP_UPOS_NOUN &&
        (D(x, i) == NLP_DEP_OBJ || D(x, i) == NLP_DEP_NSUBJ_PASS) &&
        !people_of_place(x, i))
      fr->has_place = place_of(x->ac, i, &fr->place);
  /* "the troops in Mali, where France first deployed in 2013": the place
   * "where" stands for, the nearest named before it */
  int wh = -1;
  for (int i = x->lo; i < p && x->w[p].upos == NLP_UPOS_VERB; i++)
    if (H(x, i) == p && lemma_is(x, i, "where") &&
        nlp_dep_universal(D(x, i)) == NLP_DEP_ADVMOD)
      wh = i;
  for (int i = wh - 1; wh >= 0 && i >= x->lo; i--) {
    ev_actor pl;
    if (x->w[i].upos != NLP_UPOS_PROPN || !place_of(x->ac, i, &pl) || !pl.ent)
      continue;
    if (!fr->has_place) {
      fr->place = pl;
      fr->has_place = true;
    }
    bool named = false;
    for (size_t k = 0; k < fr->n_targets; k++)
      named = named || fr->targets[k].kind == ACT_NAMED;
    if (!named && (annals_type_quad(fr->type) == ANNALS_QUAD_MATERIAL_CONFLICT ||
                   fr->type == ANNALS_TYPE_CONSULT)) {
      ev_actor c = pl;
      if (pl.country && strcmp(pl.country, pl.name) != 0)
        c.name = pl.country;
      c.kind = ACT_NAMED;
      frames_add_actor(fr->targets, &fr->n_targets, &c);
    }
    break;
  }
  /* "captured the town of Velyka Novosilka" in Ukraine: a place taken or
   * struck that the gazetteer does not know stands for the country the
   * event happened in */
  for (size_t i = 0; fr->has_place && fr->place.ent &&
                     fr->place.ent->kind == ENT_COUNTRY &&
                     annals_type_quad(fr->type) == ANNALS_QUAD_MATERIAL_CONFLICT &&
                     i < fr->n_targets;
       i++) {
    ev_actor pl;
    int tw = fr->targets[i].word;
    /* (but a thing named: "the tanker, Ocean Star") */
    static const char *const places[] = {
        "town", "city", "village", "region", "province", "district",
        "area", "capital", "port", "state", "county", "island", NULL};
    if (tw >= 0 && D(x, tw) == NLP_DEP_APPOS && H(x, tw) >= 0 &&
        !lemma_among(x, H(x, tw), places))
      continue;
    /* (nor is a name with a title: "killed President Joao Vieira") */
    static const char *const titles[] = {
        "president", "minister", "general", "colonel", "leader", "king",
        "prince", "governor", "mayor", "senator", "commander", "chief",
        "premier", "emir", "sheikh", NULL};
    bool titled = false;
    int a = tw; /* (the title right before the name, in any case) */
    while (tw >= 0 && a - 1 >= x->lo && H(x, a - 1) == tw &&
           x->w[a - 1].upos == NLP_UPOS_PROPN)
      a--;
    for (int j = a - 1; tw >= 0 && j >= x->lo && j >= a - 2 && !titled; j--)
      for (size_t k = 0; titles[k] && !titled; k++)
        titled = g_ascii_strcasecmp(lemma(x, j), titles[k]) == 0;
    for (int j = a; tw >= 0 && j < tw && !titled; j++)
      for (size_t k = 0; titles[k] && !titled; k++)
        titled = g_ascii_strcasecmp(lemma(x, j), titles[k]) == 0;
    if (titled)
      continue;
    if (tw >= 0 && !fr->targets[i].ent && place_of(x->ac, tw, &pl) &&
        !pl.ent) {
      fr->targets[i] = fr->place;
      fr->targets[i].phrase = pl.name;
    }
  }
  /* "Voters in India went to the polls in a general election": an event
   * with no place and no named actor takes the sentence's known place */
  bool named = false;
  for (size_t i = 0; i < fr->n_agents; i++)
    named = named || fr->agents[i].kind == ACT_NAMED;
  for (size_t i = 0; i < fr->n_targets; i++)
    named = named || fr->targets[i].kind == ACT_NAMED;
  /* (and an act named as the object of a verb takes the verb's place:
   * "survived an assassination attempt in Khartoum") */
  int held = fr->pred;
  if (D(x, held) == NLP_DEP_COMPOUND && H(x, held) > held)
    held = H(x, held);
  int verb = D(x, held) == NLP_DEP_OBJ ? H(x, held) : -1;
  for (int i = x->lo; i < x->hi && !fr->has_place; i++) {
    ev_actor pl;
    int u = nlp_dep_universal(D(x, i));
    if ((!named || (verb >= 0 && H(x, i) == verb) ||
         (held != fr->pred && H(x, i) == held)) &&
        (u == NLP_DEP_OBL || u == NLP_DEP_NMOD) && !x->in_date[i - x->lo] &&
        marker_is(x, i, roles_locative) && place_of(x->ac, i, &pl) && pl.ent) {
      fr->place = pl;
      fr->has_place = true;
    }
  }
  /* "struck Kharkiv": a place attacked or visited is where it happened,
   * and its country the target */
  bool disaster = fr->def->tag && (strcmp(fr->def->tag, "disaster") == 0 ||
                                   strcmp(fr->def->tag, "explosion") == 0 ||
                                   strcmp(fr->def->tag, "accident") == 0);
  int ph = H(x, fr->pred);
  if (disaster && fr->n_agents && strcmp(fr->def->tag, "explosion") == 0 &&
      ph >= 0 && frames_responsible_for(x, ph, fr->pred)) {
    /* "officers were involved in the explosion": someone set it off, a
     * bombing */
    const frame_def *bombing =
        lexicon_sense(x->lx, "bombing", true, ANNALS_TYPE_ASSAULT, false);
    if (bombing) {
      fr->def = bombing;
      fr->type = bombing->type;
      disaster = false;
    }
  }
  if (disaster && fr->def->type == ANNALS_TYPE_STATEMENT) {
    /* a disaster has no actor: what its verb names are what it struck */
    for (size_t i = 0; i < fr->n_agents; i++)
      frames_add_actor(fr->targets, &fr->n_targets, &fr->agents[i]);
    fr->n_agents = 0;
  }
  for (size_t i = 0; i < fr->n_targets; i++) {
    const gaz_entity *e = fr->targets[i].ent;
    if (disaster && e && e->kind == ENT_COUNTRY && !fr->has_place) {
      fr->place = fr->targets[i];
      fr->has_place = true;
      continue;
    }
    if (!e || (e->kind != ENT_CITY && e->kind != ENT_REGION) ||
        (annals_type_quad(fr->type) != ANNALS_QUAD_MATERIAL_CONFLICT &&
         fr->type != ANNALS_TYPE_CONSULT && !disaster))
      continue;
    /* the place struck, or a city within the region or country named */
    bool finer = fr->has_place && e->kind == ENT_CITY && fr->place.ent &&
                 fr->place.ent->kind != ENT_CITY &&
                 g_strcmp0(entity_country(e), fr->place.country
                                                  ? fr->place.country
                                                  : fr->place.name) == 0;
    if (!fr->has_place || finer) {
      fr->place = fr->targets[i];
      fr->place.name = e->name;
      fr->place.country = entity_country(e);
      fr->has_place = true;
    }
    const char *c = entity_country(e);
    bool own = false; /* "Sudan recaptures Khartoum": its own city */
    for (size_t k = 0; c && k < fr->n_agents; k++)
      own = own || strcmp(fr->agents[k].name, c) == 0 ||
            g_strcmp0(fr->agents[k].country, c) == 0;
    if (c && !own) {
      fr->targets[i].name = c;
      fr->targets[i].country = c;
      fr->targets[i].phrase = NULL;
      fr->targets[i].ent = NULL;
    }
  }
  roles_place_target(x, fr);
  sayings_judgement(x, fr);
  frames_date_frame(x, fr, light);
  /* "Thailand announced the death of its king": a death is no one's
   * deed; the one who died is the one it is of */
  if (x->w[p].upos == NLP_UPOS_NOUN && fr->def->tag &&
      strcmp(fr->def->tag, "death") == 0 && fr->n_targets)
    fr->n_agents = 0;
}

/* "Thousands of Kenyans protested", "hundreds rallied", "crowds of
 * people marched": a crowd that protests is protesters, not its
 * country's state nor a number.  The protesters of a people keep its
 * country ("Kenyan protesters"); the headline keeps the words. */
static void crowd_protesters(const fctx *x, ev_frame *fr) {
  static const char *const crowds[] = {
      "people",  "thousand", "hundred", "dozen", "ten",       "score",
      "million", "crowd",    "throng",  "mass",  "multitude", NULL};
  if (fr->type != ANNALS_TYPE_PROTEST)
    return;
  for (size_t k = 0; k < fr->n_agents; k++) {
    ev_actor *a = &fr->agents[k];
    int i = a->word;
    if (i < x->lo || i >= x->hi)
      continue;
    const char *t = x->ac->text + x->w[i].start;
    size_t n = x->w[i].end - x->w[i].start;
    /* (a people's plural: "Kenyans", not the country, "Philippines") */
    bool people =
        a->kind == ACT_NAMED && a->ent && a->ent->kind == ENT_COUNTRY &&
        n > 3 && t[n - 1] == 's' && (x->w[i].flags & NLP_WF_CAP) &&
        gaz_lookup(x->ac->g, x->ac->text, x->w[i].start, x->w[i].end) ==
            a->ent &&
        !(strlen(a->name) == n && memcmp(a->name, t, n) == 0);
    if (!people && !(a->kind == ACT_GROUP && lemma_among(x, i, crowds)))
      continue;
    char name[64];
    if (people && n - 1 + sizeof " protesters" <= sizeof name &&
        strncmp(t + n - 3, "ons", 3) != 0) {
      memcpy(name, t, n - 1);
      memcpy(name + n - 1, " protesters", sizeof " protesters");
    } else {
      memcpy(name, "protesters", sizeof "protesters");
    }
    if (!a->phrase)
      a->phrase = people
                      ? g_string_chunk_insert_len(x->ac->strings, t, (gssize)n)
                      : a->name;
    if (people && !a->country)
      a->country = a->name;
    /* (a crowd of no people named is the place's people) */
    if (!people && !a->country && fr->has_place)
      a->country = fr->place.country ? fr->place.country
                   : fr->place.ent && fr->place.ent->kind == ENT_COUNTRY
                       ? fr->place.name
                       : NULL;
    a->name = g_string_chunk_insert_const(x->ac->strings, name);
    a->kind = ACT_GROUP;
    a->ent = NULL;
    a->state = false;
    a->crowd = true;
  }
}

/* Who acts decides between neighbouring roots: a road blocked by
 * soldiers is a show of force, by protesters a protest; a building
 * stormed by a crowd is an assault, by an army a fight (CAMEO keeps
 * conventional military force, 19, apart from unconventional violence,
 * 18). */
static void type_by_actor(const fctx *x, ev_frame *fr) {
  if (!fr->n_agents || fr->agents[0].word < 0)
    return;
  const ev_actor *a = &fr->agents[0];
  const char *l = x->w[a->word].lemma ? x->w[a->word].lemma : "";
  static const char *const civil[] = {
      "protester", "demonstrator", "supporter", "rioter", "mob", "crowd",
      "gunman", "attacker", "assailant", "activist", "student", "worker",
      "resident", "villager", "people", "fan", "loyalist", "hooligan",
      "man",       "intruder", NULL};
  bool is_civil = false;
  for (size_t k = 0; civil[k] && !is_civil; k++)
    is_civil = strcmp(l, civil[k]) == 0;
  /* "rebel police officers joined the protests": men of the state who
   * broke with it do not act for it */
  static const char *const broke[] = {"rebel",    "renegade", "mutinous",
                                      "dissident", "striking", "defecting",
                                      "disgruntled", "off-duty", NULL};
  bool broke_away = false;
  for (int i = x->lo; i < a->word && !broke_away; i++)
    if (H(x, i) == a->word || (H(x, i) >= 0 && H(x, H(x, i)) == a->word &&
                               D(x, H(x, i)) == NLP_DEP_COMPOUND))
      broke_away = lemma_among(x, i, broke);
  /* "Kenyans" are the country's people, "Kenya" the country */
  const annals_word *aw = &x->ac->doc->words[a->word];
  bool people = x->w[a->word].xpos == NLP_XPOS_NNPS && a->first == a->last &&
                a->name &&
                (strlen(a->name) != aw->end - aw->start ||
                 memcmp(a->name, x->ac->text + aw->start, strlen(a->name)));
  bool is_state = a->state || (a->kind == ACT_NAMED && a->ent &&
                               a->ent->kind == ENT_COUNTRY && !people);
  /* "the military junta that took power in August 2020": power taken
   * by soldiers is seized */
  static const char *const soldiers[] = {
      "junta",   "military", "army",   "soldier",  "officer", "general",
      "colonel", "troop",    "mutineer", "putschist", NULL};
  bool soldier = false;
  for (size_t k = 0; soldiers[k] && !soldier; k++)
    soldier = strcmp(l, soldiers[k]) == 0;
  if (soldier && fr->def->tag && strcmp(fr->def->tag, "inauguration") == 0 &&
      fr->def->obj && strcmp(fr->def->obj[0], "power") == 0) {
    const frame_def *seize =
        lexicon_sense(x->lx, "seize", false, ANNALS_TYPE_COERCE, true);
    if (seize && seize->obj && strcmp(seize->obj[0], "power") == 0) {
      fr->def = seize;
      fr->type = seize->type;
    }
  }
  /* (a state's march or blockade is a show of force; its boycott or its
   * strike stays one: "ruling party lawmakers boycotted the vote") */
  bool boycott = fr->def->cameo && (strncmp(fr->def->cameo, "142", 3) == 0 ||
                                    strncmp(fr->def->cameo, "143", 3) == 0);
  /* (but a state that protests against another's act disapproves of it:
   * "South Korea protested against Japan's claim"; its police that
   * protest over their wages protest) */
  /* (a country, or a capital standing for it: "Seoul") */
  bool land = ((a->ent && a->ent->kind == ENT_COUNTRY) ||
               (a->kind == ACT_NAMED && a->country &&
                strcmp(a->name, a->country) == 0)) &&
              !people;
  bool objects = strcmp(fr->def->lemma, "protest") == 0 &&
                 (land || lemma_among(x, a->word, (const char *const[]){
                                                     "ministry", "government",
                                                     "embassy", "foreign",
                                                     NULL}));
  if (fr->type == ANNALS_TYPE_PROTEST && (is_state || land) && !is_civil &&
      !broke_away && !boycott && objects)
    fr->type = ANNALS_TYPE_DISAPPROVE;
  else if (fr->type == ANNALS_TYPE_PROTEST && is_state && !is_civil &&
           !broke_away && !boycott)
    fr->type = ANNALS_TYPE_FORCE_POSTURE;
  /* "protesters stormed the government headquarters", "broke into the
   * residence", "clashed with police": a crowd's force is a riot (145);
   * armed men's is an assault */
  else if (fr->type == ANNALS_TYPE_FIGHT && is_civil &&
           lemma_among(x, a->word, (const char *const[]){
                                       "protester", "demonstrator", "rioter",
                                       "mob", "crowd", "supporter", "activist",
                                       "student", "fan", "hooligan", "loyalist",
                                       NULL}))
    fr->type = ANNALS_TYPE_PROTEST;
  else if (fr->type == ANNALS_TYPE_FIGHT && is_civil)
    fr->type = ANNALS_TYPE_ASSAULT;
  /* "protesters set fire to the party's offices": a crowd's destruction
   * is a riot (145), not a measure of coercion */
  else if (fr->type == ANNALS_TYPE_COERCE && is_civil && fr->def->cameo &&
           strncmp(fr->def->cameo, "171", 3) == 0 &&
           !lemma_among(x, a->word, (const char *const[]){
                                        "gunman", "attacker", "assailant",
                                        "intruder", NULL}))
    fr->type = ANNALS_TYPE_PROTEST;
  /* force against civilians is an assault, not combat */
  static const char *const civilians[] = {
      "crowd", "protester", "demonstrator", "civilian", "people", "worker",
      "student", "tourist", "worshipper", "passenger", "villager", "resident",
      "journalist", "reporter", "mourner", "shopper", NULL};
  bool at_civilians = false;
  for (size_t t = 0; fr->type == ANNALS_TYPE_FIGHT && t < fr->n_targets; t++) {
    int w = fr->targets[t].word;
    const char *tl = w >= 0 && x->w[w].lemma ? x->w[w].lemma : "";
    for (size_t k = 0; civilians[k]; k++)
      if (fr->targets[t].kind == ACT_GROUP && strcmp(tl, civilians[k]) == 0)
        at_civilians = true;
  }
  /* and the police's force at civilians, or their fire at no enemy
   * named, is repression ("Police fired live bullets outside
   * parliament") */
  bool police = strcmp(l, "police") == 0 || strcmp(l, "policeman") == 0;
  bool fire = strcmp(fr->def->lemma, "fire") == 0 ||
              strcmp(fr->def->lemma, "shoot") == 0;
  /* water cannon, tear gas and rubber bullets are the means of
   * repression, not of combat ("bombarded the boat with water cannons") */
  bool riot_means = false;
  for (int i = x->lo; i < x->hi && !riot_means; i++) {
    if (H(x, i) != fr->pred || !marker_is(x, i, (const char *[]){"with", NULL}))
      continue;
    static const char *const means[][2] = {
        {"cannon", "water"}, {"gas", "tear"}, {"teargas", NULL},
        {"bullet", "rubber"}, {"baton", NULL}, {"pellet", NULL}};
    for (size_t k = 0; k < ARRAY_SIZE(means) && !riot_means; k++) {
      if (!lemma_is(x, i, means[k][0]))
        continue;
      if (!means[k][1]) {
        riot_means = true;
        continue;
      }
      for (int j = x->lo; j < i; j++)
        if (H(x, j) == i && lemma_is(x, j, means[k][1]))
          riot_means = true;
    }
  }
  if (fr->type == ANNALS_TYPE_FIGHT && riot_means)
    fr->type = ANNALS_TYPE_COERCE;
  size_t enemies = fr->n_targets - (fr->implied && fr->n_targets ? 1 : 0);
  if (fr->type == ANNALS_TYPE_FIGHT && police &&
      (at_civilians || (!enemies && fire)))
    fr->type = ANNALS_TYPE_COERCE;
  else if (fr->type == ANNALS_TYPE_FIGHT && at_civilians)
    fr->type = ANNALS_TYPE_ASSAULT;
}

/* Removes from list the actors named by the event's own word or by a
 * word taken as another part of this event. */
static void drop_event_words(const fctx *x, ev_actor *list, size_t *n,
                             const ev_frame *fr) {
  int pred = fr->pred;
  /* "withdrew from the Iran deal": the deal is no event, Iran stays */
  int pobj = fr->def->pobj ? frames_prep_word(x, pred, fr->def->prep, fr->def->pobj)
                           : -1;
  size_t k = 0;
  for (size_t i = 0; i < *n; i++) {
    int w = list[i].word;
    /* "called the test a provocative act": what it was called is no one */
    if (w >= x->lo && w < x->hi &&
        (second_object(x, w, pred) || sayings_verdict_word(x, w)))
      continue;
    /* "Kamara was elected speaker", "Rosa Lima elected president": the
     * office the one who undergoes a verb of naming was made is no one */
    if (w >= x->lo && w < x->hi && fr->passive && H(x, w) == pred &&
        (D(x, w) == NLP_DEP_OBJ || D(x, w) == NLP_DEP_XCOMP) &&
        x->w[w].upos == NLP_UPOS_NOUN && roles_naming_verb(x, pred))
      continue;
    /* (a body that is also an act, when the act is not told here, is the
     * body: "the opposition called for", not "opposition to") */
    /* (but what a rejection rejects is another's word, aimed at who said
     * it: "rejected the demands", "dismissed the comments") */
    bool rejected = fr->type == ANNALS_TYPE_REJECT && w >= x->lo &&
                    w < x->hi && H(x, w) == pred && D(x, w) == NLP_DEP_OBJ &&
                    list[i].kind == ACT_GROUP;
    bool own = w == pred || (w >= x->lo && w < x->hi && w != pred && w != pobj &&
                             !rejected &&
                             x->used[w - x->lo] && !x->in_date[w - x->lo] &&
                             frames_candidate(x->lx, &x->w[w]) &&
                             x->w[w].upos == NLP_UPOS_NOUN &&
                             !(lemma_among(x, w, (const char *const[]){
                                   "opposition", "resistance", "coalition",
                                   "alliance", "delegation", "mission",
                                   "administration", "leadership", "command",
                                   "movement", NULL}) &&
                               /* (a body that does the act is one: "the
                                * missions urged restraint") */
                               (frames_choose(x, w) == NULL ||
                                (H(x, w) == pred &&
                                 D(x, w) == NLP_DEP_NSUBJ))));
    /* "resignations by ministers and criticism from ...": an event noun
     * joined to an actor is no actor */
    bool event_conj = w >= x->lo && w < x->hi && list[i].kind == ACT_GROUP &&
                      D(x, w) == NLP_DEP_CONJ &&
                      x->w[w].upos == NLP_UPOS_NOUN &&
                      frames_candidate(x->lx, &x->w[w]);
    if (!own && !event_conj) {
      list[k++] = list[i];
      continue;
    }
    /* "condemned Moscow's decision", "demanded his resignation": the
     * deed is no one, its owner is, named, told by a third person's
     * pronoun or by its adjective */
    int po = own && w != pred && w >= x->lo && w < x->hi
                 ? kid(x, w, NLP_DEP_NMOD_POSS, x->lo)
                 : -1;
    ev_actor a;
    if (po >= 0 && frames_owner_word(x, po) && actor_of(x->ac, po, &a) &&
        a.kind == ACT_NAMED)
      list[k++] = a;
    /* ("denounced the Saudi decision": the country it names) */
    int am = po < 0 && own && w != pred && w >= x->lo && w < x->hi
                 ? kid(x, w, NLP_DEP_AMOD, x->lo)
                 : -1;
    size_t k0 = k;
    if (am >= 0 && x->w[am].upos == NLP_UPOS_ADJ && actor_of(x->ac, am, &a) &&
        a.kind == ACT_NAMED && a.ent && a.ent->kind == ENT_COUNTRY)
      list[k++] = a;
    /* ("suspended EU accession talks", "scrapped the Iran deal": the
     * state or body named before it, when the act is against it; "hosted
     * the G20 summit" has G20 in its headline) */
    bool against = annals_type_quad(fr->type) >= ANNALS_QUAD_VERBAL_CONFLICT;
    for (int j = x->lo; against && po < 0 && k == k0 && own && w != pred &&
                        j < w;
         j++)
      if (H(x, j) == w && D(x, j) == NLP_DEP_COMPOUND &&
          x->w[j].upos == NLP_UPOS_PROPN && !x->in_date[j - x->lo] &&
          actor_of(x->ac, j, &a) && a.kind == ACT_NAMED && a.ent &&
          (a.ent->kind == ENT_COUNTRY || a.ent->kind == ENT_ORG)) {
        a.word = j;
        list[k++] = a;
      }
  }
  *n = k;
}

/* Removes actor k of list (n long), keeping the others' order. */
static void remove_actor(ev_actor *list, size_t *n, size_t k) {
  memmove(list + k, list + k + 1, (*n - k - 1) * sizeof *list);
  (*n)--;
}

/* Removes the actors of list (n long) named as one before them. */
static void remove_repeats(ev_actor *list, size_t *n) {
  for (size_t k = 1; k < *n; k++)
    for (size_t j = 0; j < k; j++)
      if (strcmp(list[j].name, list[k].name) == 0) {
        remove_actor(list, n, k--);
        break;
      }
}

/* "Keita detains Keita", "Bainimarama demanded that he resign": one
 * actor on both sides of an act is a reference gone wrong.  A pronoun
 * target of a verb whose subject names the agent ("Ruta demanded that he
 * resign") stands for the other of the last two persons named, when
 * there is one, else it goes; an agent found further off than the
 * subject goes before a pronoun target ("hours after soldiers detained
 * him"); a pronoun agent likewise stands for the other person or goes;
 * of two names, the target goes. */
static void drop_self(const fctx *x, ev_frame *fr) {
  for (size_t t = 0; t < fr->n_targets; t++)
    for (size_t a = 0; a < fr->n_agents; a++) {
      if (strcmp(fr->targets[t].name, fr->agents[a].name) != 0)
        continue;
      int wa = fr->agents[a].word, wt = fr->targets[t].word;
      bool pa = wa >= x->lo && wa < x->hi && x->w[wa].upos == NLP_UPOS_PRON;
      bool pt = wt >= x->lo && wt < x->hi && x->w[wt].upos == NLP_UPOS_PRON;
      /* (the verb's subject, or the subject it shares with the verb it
       * is a conjunct of) */
      int sv = kid(x, fr->pred, NLP_DEP_NSUBJ, x->lo);
      if (sv < 0 && D(x, fr->pred) == NLP_DEP_CONJ && H(x, fr->pred) >= 0)
        sv = kid(x, H(x, fr->pred), NLP_DEP_NSUBJ, x->lo);
      bool subject = !pa && wa >= 0 && wa == sv;
      ev_actor o;
      if (pt && subject &&
          actor_other_person(x->ac, lemma(x, wt), wt, fr->agents[a].name,
                             &o)) {
        fr->targets[t] = o;
      } else if (pt && !subject && !pa) {
        remove_actor(fr->agents, &fr->n_agents, a);
      } else if (pa && !pt) {
        if (actor_other_person(x->ac, lemma(x, wa), wa, fr->targets[t].name,
                               &o))
          fr->agents[a] = o;
        else
          remove_actor(fr->agents, &fr->n_agents, a);
      } else {
        remove_actor(fr->targets, &fr->n_targets, t);
        t--; /* (the next target moved into t) */
      }
      break;
    }
  /* (the other person may be named already: "met her counterpart X",
   * "her" read as a second object) */
  remove_repeats(fr->targets, &fr->n_targets);
  remove_repeats(fr->agents, &fr->n_agents);
}

/* "Israeli warplanes struck targets in Lebanon, the army said": a
 * body of a state that tells of an act of force its sentence reports is
 * of the side that did it (not of the place struck); NULL when none is
 * told before the saying. */
static const char *reported_side(const fctx *x, const ev_frame *fr) {
  if (fr->type != ANNALS_TYPE_STATEMENT || !x->reporter)
    return NULL;
  const ev_frame *fv = (const ev_frame *)(void *)x->out->data;
  for (size_t k = x->out->len; k-- > 0 && fv[k].sent == x->sent;) {
    const ev_frame *c = &fv[k];
    if (c->pred < x->lo || c->pred >= x->hi ||
        x->reporter[c->pred - x->lo] != fr->pred ||
        annals_type_quad(c->type) != ANNALS_QUAD_MATERIAL_CONFLICT)
      continue;
    for (size_t i = 0; i < c->n_agents; i++) {
      const ev_actor *a = &c->agents[i];
      if (a->kind == ACT_NAMED && a->country)
        return a->country;
      if (a->kind == ACT_NAMED && a->ent && a->ent->kind == ENT_COUNTRY)
        return a->name;
    }
  }
  return NULL;
}

/* "Iranian state media said the navy had seized a tanker", "The Kenyan
 * government said police had arrested ...": the state whose voice tells
 * a deed of its forces, named by the reporter's subject, or NULL. */
static const char *reporter_land(const fctx *x, const ev_frame *fr) {
  if (!x->reporter || fr->pred < x->lo || fr->pred >= x->hi)
    return NULL;
  int r = x->reporter[fr->pred - x->lo];
  int s = r >= x->lo ? kid(x, r, NLP_DEP_NSUBJ, x->lo) : -1;
  ev_actor a;
  if (s < 0 || s > fr->pred || !actor_peek(x->ac, s, &a) || a.kind != ACT_NAMED)
    return NULL;
  if (a.ent && a.ent->kind == ENT_COUNTRY)
    return a.name;
  return a.state ? a.country : NULL;
}

void frames_emit(fctx *x, ev_frame *fr) {
  if (fr->type == ANNALS_TYPE_NONE)
    return;
  /* (one who says something is the one "he added" stands for next) */
  const ev_actor *sp = fr->n_agents ? &fr->agents[0] : NULL;
  if (sp && fr->def->complement == FC_REPORT &&
      x->w[fr->pred].upos == NLP_UPOS_VERB &&
      (actor_is_person(x->ac, sp) ||
       (sp->kind == ACT_GROUP && sp->word >= x->lo && sp->word < x->hi &&
        x->w[sp->word].xpos == NLP_XPOS_NN &&
        noun_names_person(x->w[sp->word].lemma)))) {
    x->ac->last_speaker = *sp;
    x->ac->have_speaker = true;
    x->ac->speaker_sent = fr->sent;
  }
  drop_event_words(x, fr->agents, &fr->n_agents, fr);
  drop_event_words(x, fr->targets, &fr->n_targets, fr);
  /* "called for the resignation of X", "demanded the release of Y": the
   * one the act asked for would befall */
  for (size_t t = 0;
       (fr->type == ANNALS_TYPE_APPEAL || fr->type == ANNALS_TYPE_DEMAND) &&
       t < fr->n_targets;
       t++) {
    int w = fr->targets[t].word;
    if (fr->targets[t].kind != ACT_GROUP || w < x->lo || w >= x->hi ||
        x->w[w].upos != NLP_UPOS_NOUN || !act_noun(x->lx, &x->w[w]))
      continue;
    for (int j = w + 1; j < x->hi; j++)
      if (H(x, j) == w && nlp_dep_universal(D(x, j)) == NLP_DEP_NMOD &&
          marker_is(x, j, (const char *[]){"of", NULL})) {
        ev_actor a;
        if (actor_of(x->ac, j, &a) && a.kind == ACT_NAMED) {
          /* (the headline keeps the words of what was asked) */
          a.phrase = fr->targets[t].name;
          fr->targets[t] = a;
        }
        break;
      }
  }
  drop_self(x, fr);
  crowd_protesters(x, fr);
  type_by_actor(x, fr);
  /* "police in Islamabad" are Pakistan's: the country acts, the
   * headline keeps the words.  A bare "the army" belongs to the last
   * army named with its country, else to the dateline's country: that
   * country is noted, the group keeps its name. */
  for (size_t i = 0; i < fr->n_agents; i++) {
    ev_actor *a = &fr->agents[i];
    /* (the people of a union of states are none's: "EU leaders", not
     * "the Supreme Court") */
    if (actor_union_body(a))
      continue;
    if (a->kind == ACT_NAMED && a->state && !a->country) {
      /* "the High Court", "the Interior Ministry": a body of the state
       * the text is about */
      a->country = fr->has_place && fr->place.country ? fr->place.country
                   : x->ac->last_state_country ? x->ac->last_state_country
                                               : x->ac->dateline_country;
      continue;
    }
    const char *land =
        a->kind == ACT_NAMED && (a->state || actor_state_body(x->ac, a))
            ? actor_land(x->ac, a)
            : NULL;
    if (land)
      x->ac->last_state_country = land;
    if (a->kind != ACT_GROUP || !a->state)
      continue;
    bool sure = a->country != NULL;
    /* (a group a capitalised word names that gives no country is none
     * of the place's: "West African leaders ... the junta in Niger") */
    bool told = false;
    for (int i = a->first; i >= x->lo && i < a->word && i < x->hi; i++)
      told = told || ((x->w[i].flags & NLP_WF_CAP) &&
                      (!(x->w[i].flags & NLP_WF_FIRST) ||
                       x->w[i].upos == NLP_UPOS_ADJ));
    if (!a->country && told)
      continue;
    /* (nor are arms the place's they strike: "missiles struck Kharkiv") */
    if (!a->country && a->word >= x->lo && a->word < x->hi &&
        actor_arms(x->ac->weapons, x->w[a->word].lemma))
      continue;
    if (!a->country && (a->country = reported_side(x, fr)) != NULL)
      sure = true;
    if (!a->country && (a->country = reporter_land(x, fr)) != NULL)
      sure = true;
    /* (but talks and deals with a side that is no state's are often held
     * abroad: "an agreement was signed in Doha by the government and the
     * rebels" is no Qatari one) */
    bool abroad = frames_held_abroad(fr);
    if (!a->country && fr->has_place && fr->place.country && !abroad) {
      a->country = fr->place.country;
      sure = true;
    }
    if (!a->country)
      a->country = x->ac->last_state_country ? x->ac->last_state_country
                                             : x->ac->dateline_country;
    if (sure) {
      x->ac->last_state_country = a->country;
      a->phrase = a->phrase ? a->phrase : a->name;
      a->name = a->country;
      a->kind = ACT_NAMED;
    }
  }
  for (int i = x->lo; i < x->hi; i++)
    if (H(x, i) < 0 && x->w[i].upos == NLP_UPOS_VERB) {
      fr->sent_present = present_tense(x, i);
      break;
    }
  /* (but a past told in a clause of what came before is past: "has
   * agreed to ban airlines, after Belarus forced a plane to land") */
  for (int q = fr->pred, k = 0; fr->sent_present && q >= 0 && k < 6;
       k++, q = H(x, q))
    if (x->w[q].xpos == NLP_XPOS_VBD &&
        nlp_dep_universal(D(x, q)) == NLP_DEP_ADVCL &&
        marker_is(x, q, (const char *[]){"after", "since", "following",
                                         "when", "as", NULL}))
      fr->sent_present = false;
  g_array_append_val(x->out, *fr);
  /* "won again in 2006, 2011, 2016 and 2021": a deed told once with a
   * list of its own dates happened on each of them */
  int k = -1;
  for (size_t j = 0; j < x->nd && fr->date_how == DH_OWN; j++)
    if (x->dates[j].start == fr->date_at)
      k = (int)j;
  for (size_t j = 0; k >= 0 && j < x->nd; j++) {
    if ((int)j == k || x->gov[j] != x->gov[k] || !x->dates[j].usable ||
        x->dates[j].when.start.prec != x->dates[k].when.start.prec)
      continue;
    /* (its head word a conjunct of the first date's) */
    int hj = date_head(x, j), hk = date_head(x, (size_t)k);
    if (D(x, hj) != NLP_DEP_CONJ || (H(x, hj) != hk && H(x, H(x, hj)) != hk))
      continue;
    ev_frame copy = *fr;
    copy.when = x->dates[j].when;
    copy.date_at = x->dates[j].start;
    g_array_append_val(x->out, copy);
  }
}

/* The event noun a light verb carries: its object, or its subject for
 * "protests broke out". */
/* Is verb i a clause of its own ("announced it was cutting ties",
 * "said Chile cuts ties"), not an event noun the tagger misread
 * ("carried out missile strikes", "missile" its subject)? */
static bool own_clause(const fctx *x, int i) {
  if (kid(x, i, NLP_DEP_AUX, x->lo) >= 0 || kid(x, i, NLP_DEP_MARK, x->lo) >= 0)
    return true;
  int s = kid(x, i, NLP_DEP_NSUBJ, x->lo);
  return s >= 0 && (x->w[s].upos == NLP_UPOS_PRON ||
                    x->w[s].upos == NLP_UPOS_PROPN ||
                    kid(x, s, NLP_DEP_DET, x->lo) >= 0);
}

static int light_noun(const fctx *x, int v) {
  int o = kid(x, v, NLP_DEP_OBJ, x->lo);
  if (o < 0)
    o = kid(x, v, NLP_DEP_NSUBJ_PASS, x->lo);
  if (o < 0) {
    bool pass;
    int s = frames_subject(x, v, &pass);
    if (s >= 0 && frames_candidate(x->lx, &x->w[s]))
      o = s;
  }
  /* "staged a coup attempt": the event attempted */
  /* (unless its own sense says what: "an assassination attempt on X") */
  const frame_def *of = o >= 0 && lemma_among(x, o, (const char *const[]){
                                                        "attempt", "bid",
                                                        "plot", NULL})
                            ? frames_choose(x, o)
                            : NULL;
  if (o >= 0 && lemma_among(x, o, (const char *const[]){"attempt", "bid",
                                                         "plot", NULL}) &&
      (!of || of->light || of->type == ANNALS_TYPE_NONE))
    for (int i = x->lo; i < o; i++)
      if (H(x, i) == o && D(x, i) == NLP_DEP_COMPOUND &&
          x->w[i].upos == NLP_UPOS_NOUN && frames_candidate(x->lx, &x->w[i]))
        return i;
  if (o >= 0 && x->w[o].upos == NLP_UPOS_NOUN &&
      frames_candidate(x->lx, &x->w[o]))
    return o;
  /* "began their drone and missile attacks": the parser may make the
   * modifiers the object and the event a second one */
  for (int i = o + 1; o >= 0 && i < x->hi; i++)
    if (second_object(x, i, v) && x->w[i].upos == NLP_UPOS_NOUN &&
        frames_candidate(x->lx, &x->w[i]))
      return i;
  /* "held four days of talks", "launched a wave of strikes": the event
   * a measure of it stands for */
  static const char *const measures[] = {
      "day",  "hour",  "week",   "month",  "round",  "series", "wave",
      "spate", "string", "barrage", "flurry", "bout", "volley", "salvo",
      "number", "couple", "night", "session", "cycle", NULL};
  bool measure = false;
  for (size_t k = 0; o >= 0 && measures[k] && !measure; k++)
    measure = lemma_is(x, o, measures[k]);
  for (int i = x->lo; measure && i < x->hi; i++)
    if (H(x, i) == o && x->w[i].upos == NLP_UPOS_NOUN &&
        nlp_dep_universal(D(x, i)) == NLP_DEP_NMOD &&
        marker_is(x, i, (const char *[]){"of", NULL}) &&
        frames_candidate(x->lx, &x->w[i]))
      return i;
  /* "retaliated with airstrikes": the event it acts with */
  for (int i = x->lo; i < x->hi; i++)
    if (H(x, i) == v && x->w[i].upos == NLP_UPOS_NOUN &&
        nlp_dep_universal(D(x, i)) == NLP_DEP_OBL &&
        marker_is(x, i, (const char *[]){"with", NULL}) &&
        frames_candidate(x->lx, &x->w[i]))
      return i;
  /* "carried out missile strikes" with "strikes" read as a verb: a word
   * right after the light verb that the lexicon knows as an event noun */
  for (int i = v + 1; i < x->hi && i <= v + 4; i++) {
    if (x->w[i].upos == NLP_UPOS_VERB && H(x, i) == v && x->w[i].lemma &&
        lexicon_frames(x->lx, x->w[i].lemma, true) &&
        !own_clause(x, i))
      return i;
    if (x->w[i].upos == NLP_UPOS_PUNCT)
      break;
  }
  return -1;
}

/* The clausal complement of v: to-infinitive, that-clause, or a gerund
 * object ("denied staging a coup"). */
static int complement(const fctx *x, int v) {
  for (int i = x->lo; i < x->hi; i++) {
    if (H(x, i) != v)
      continue;
    int u = nlp_dep_universal(D(x, i));
    /* "stands ready to provide support": the infinitive of its
     * predicative word */
    if (u == NLP_DEP_XCOMP && x->w[i].upos == NLP_UPOS_ADJ &&
        (lemma_is(x, i, "ready") || lemma_is(x, i, "prepared") ||
         lemma_is(x, i, "willing"))) {
      int c = kid(x, i, NLP_DEP_XCOMP, x->lo);
      if (c >= 0 && x->w[c].upos == NLP_UPOS_VERB)
        return c;
    }
    if ((u == NLP_DEP_XCOMP || u == NLP_DEP_CCOMP ||
         (u == NLP_DEP_OBJ && x->w[i].xpos == NLP_XPOS_VBG) ||
         (u == NLP_DEP_ACL && x->w[v].upos == NLP_UPOS_NOUN) ||
         (u == NLP_DEP_OBL && x->w[i].upos == NLP_UPOS_NOUN &&
          marker_is(x, i, (const char *[]){"to", "on", NULL}))) &&
        (x->w[i].upos == NLP_UPOS_VERB || x->w[i].upos == NLP_UPOS_NOUN))
      return i;
  }
  return -1;
}

/* A verb with a clausal complement: the combined event, or none. */
static bool complement_frame(fctx *x, int v, const frame_def *f) {
  int c = complement(x, v);
  /* "instructed its embassy to lodge a protest", "voted to expel the
   * envoy", "vowed on Tuesday to punish": the parser may hang the
   * infinitive after an order's object, or after a decision, a pledge
   * or a threat, as a purpose */
  for (int i = x->lo; c < 0 && i < x->hi; i++)
    if (H(x, i) == v && D(x, i) == NLP_DEP_ADVCL && i > v &&
        x->w[i].upos == NLP_UPOS_VERB &&
        ((f->complement == FC_ORDER && kid(x, v, NLP_DEP_OBJ, x->lo) >= 0) ||
         (f->complement == FC_PERMIT && kid(x, v, NLP_DEP_OBJ, x->lo) >= 0) ||
         f->complement == FC_DECIDE || f->complement == FC_INTENT ||
         f->complement == FC_THREAT) &&
        kid(x, i, NLP_DEP_NSUBJ, x->lo) < 0) {
      int m = kid(x, i, NLP_DEP_MARK, x->lo);
      if (m >= 0 && lemma_is(x, m, "to"))
        c = i;
    }
  /* "pledged to surprise India with retaliatory strikes": an intent
   * whose verb tells no act of its own is the hostile act it names */
  if (c >= 0 && f->complement == FC_INTENT && x->w[c].upos == NLP_UPOS_VERB) {
    const frame_def *own =
        frames_candidate(x->lx, &x->w[c]) ? frames_choose(x, c) : NULL;
    for (int i = x->lo; i < x->hi && (!own || own->type == ANNALS_TYPE_NONE);
         i++) {
      int u = nlp_dep_universal(D(x, i));
      if (H(x, i) != c || x->w[i].upos != NLP_UPOS_NOUN ||
          (u != NLP_DEP_OBJ &&
           !(u == NLP_DEP_OBL && marker_is(x, i, (const char *[]){"with", NULL}))) ||
          !frames_candidate(x->lx, &x->w[i]))
        continue;
      const frame_def *nf = frames_choose(x, i);
      if (nf && !nf->light && nf->type != ANNALS_TYPE_NONE &&
          annals_type_quad(nf->type) == ANNALS_QUAD_MATERIAL_CONFLICT) {
        c = i;
        break;
      }
    }
  }
  if (c < 0 || !frames_candidate(x->lx, &x->w[c]))
    return false;
  const frame_def *cf = frames_choose(x, c);
  if (!cf)
    return false;
  if (cf->light) {
    int n = light_noun(x, c);
    if (n < 0)
      return false;
    x->used[n - x->lo] = true;
    cf = frames_choose(x, n);
    if (!cf)
      return false;
    c = n;
  }
  x->used[c - x->lo] = true;
  /* (and the object its frame names is part of an act denied, refused,
   * threatened or only intended: "denied committing genocide" tells no
   * genocide; but "helped broker a ceasefire" tells the ceasefire) */
  frame_complement fc = f->complement;
  bool not_done = fc == FC_DENY || fc == FC_REFUSE || fc == FC_THREAT ||
                  fc == FC_INTENT || fc == FC_NEGATE || fc == FC_PERMIT;
  int co = not_done && cf->obj && x->w[c].upos == NLP_UPOS_VERB
               ? kid(x, c, NLP_DEP_OBJ, x->lo)
               : -1;
  if (co >= 0 && lemma_among(x, co, (const char *const *)cf->obj))
    x->used[co - x->lo] = true;
  if (cf->type == ANNALS_TYPE_NONE)
    return true;
  ev_frame fr;
  /* "agreed to a ceasefire": agreeing to an event (a noun, not a plan to
   * act) concludes it */
  frame_complement how = f->complement;
  if ((how == FC_INTENT || how == FC_DECIDE) && x->w[c].upos == NLP_UPOS_NOUN &&
      marker_is(x, c, (const char *[]){"to", "on", NULL}))
    how = FC_EVENT;
  /* "agreed to ban Belarusian airlines", "decided to suspend Guinea": a
   * measure decided is taken; other acts decided are only intended */
  if (how == FC_DECIDE)
    how = /* (a status a vote grants is granted: "voted to upgrade
           * Palestine to an observer state") */
        (strcmp(f->lemma, "vote") == 0 &&
         cf->type == ANNALS_TYPE_DIPLOMATIC_COOPERATION) ||
                  /* (and what a vote says, it says: "voted to demand a
                   * ceasefire", "voted to condemn the invasion"; a
                   * mission it extends is sent: "voted to extend the
                   * mandate of the UN mission") */
                  (strcmp(f->lemma, "vote") == 0 &&
                   (cf->type == ANNALS_TYPE_AID ||
                    cf->type == ANNALS_TYPE_DEMAND ||
                    cf->type == ANNALS_TYPE_APPEAL ||
                    cf->type == ANNALS_TYPE_DISAPPROVE ||
                    cf->type == ANNALS_TYPE_REJECT)) ||
                  cf->type == ANNALS_TYPE_YIELD ||
                  cf->type == ANNALS_TYPE_REDUCE_RELATIONS ||
                  cf->type == ANNALS_TYPE_COERCE ||
                  /* (a dismissal, an appointment or a law voted is made) */
                  (cf->type == ANNALS_TYPE_STATEMENT && cf->tag &&
                   (strcmp(cf->tag, "dismissal") == 0 ||
                    strcmp(cf->tag, "appointment") == 0 ||
                    strcmp(cf->tag, "legislation") == 0))
              ? FC_EVENT
              : FC_INTENT;
  switch (how) {
  case FC_NEGATE:
    return true;
  case FC_EVENT:
  case FC_ORDER:
    /* "ordered French troops to leave the country": an order to leave is
     * an expulsion of those ordered (the sense of "expel" their kind
     * takes) */
    if (how == FC_ORDER && cf->type == ANNALS_TYPE_YIELD &&
        x->w[c].upos == NLP_UPOS_VERB &&
        lemma_among(x, c, (const char *const[]){"leave", "withdraw", "depart",
                                                "exit", "quit", NULL})) {
      int o = kid(x, v, NLP_DEP_OBJ, x->lo);
      const frame_def *const *es = lexicon_frames(x->lx, "expel", false);
      const frame_def *ef = NULL;
      for (size_t k = 0; o >= 0 && es && es[k]; k++)
        if ((es[k]->obj && lemma_among(x, o, es[k]->obj)) ||
            (!ef && !es[k]->specific))
          ef = es[k];
      if (o >= 0 && ef) {
        frames_frame_init(x, &fr, ef, v);
        fill(x, &fr, v, -1);
        frames_emit(x, &fr);
        return true;
      }
    }
    frames_frame_init(x, &fr, cf, c);
    fill(x, &fr, c, v);
    if (how == FC_ORDER) {
      /* an order is a decision taken, however weakly its act's words
       * tell an event ("ordered its members to enter Kabul") */
      fr.strength_floor = f->strength;
      /* the one ordered carries the act out: no target of it ("ordered
       * the army to strike X") */
      int o = kid(x, v, NLP_DEP_OBJ, x->lo);
      for (size_t i = 0; o >= 0 && i < fr.n_targets;)
        if (fr.targets[i].word == o)
          fr.targets[i] = fr.targets[--fr.n_targets];
        else
          i++;
    }
    frames_emit(x, &fr);
    return true;
  case FC_INTENT:
  case FC_THREAT:
  case FC_REFUSE:
  case FC_DENY:
  case FC_PERMIT:
    frames_frame_init(x, &fr, f, v);
    fr.inner = cf;
    fill(x, &fr, v, -1);
    int permitted = -1;
    if (how == FC_PERMIT) {
      /* "authorized the president to use force against X": the one
       * permitted will act, if anyone; whom the act is aimed at is the
       * target, and the headline names the one permitted */
      int o = permitted = kid(x, v, NLP_DEP_OBJ, x->lo);
      for (size_t i = 0; o >= 0 && i < fr.n_targets;)
        if (fr.targets[i].word == o || under(x, fr.targets[i].word, o))
          fr.targets[i] = fr.targets[--fr.n_targets];
        else
          i++;
      ev_actor a;
      if (o >= 0 && !under(x, c, o) && actor_of(x->ac, o, &a)) {
        fr.object = a.phrase ? a.phrase : a.name;
        if (fr.n_concerned < G_N_ELEMENTS(fr.concerned))
          fr.concerned[fr.n_concerned++] = a;
      }
      how = FC_INTENT;
    }
    if (!fr.n_targets) {
      ev_frame in;
      frames_frame_init(x, &in, cf, c);
      if (x->w[c].upos == NLP_UPOS_NOUN)
        roles_noun(x, c, &in);
      else
        roles_verb(x, c, cf, &in);
      for (size_t i = 0; i < in.n_targets; i++)
        if (permitted < 0 || !under(x, in.targets[i].word, permitted))
          frames_add_actor(fr.targets, &fr.n_targets, &in.targets[i]);
      if (!fr.has_place)
        fr.has_place = roles_find_place(x, c, &fr.place);
    }
    /* "agreed to send tanks": an act decided is as sure as its own
     * words tell it (up to a measure's sureness), not as weak as the bare
     * "agreed" */
    if (how == FC_INTENT && f->complement == FC_DECIDE)
      fr.strength_floor = cf->strength < 0.6 ? cf->strength : 0.6;
    if (how == FC_THREAT)
      fr.type = ANNALS_TYPE_THREATEN;
    else if (how == FC_REFUSE)
      fr.type = ANNALS_TYPE_REJECT;
    else if (how == FC_INTENT)
      fr.type = annals_type_quad(cf->type) <= ANNALS_QUAD_MATERIAL_COOPERATION
                    ? ANNALS_TYPE_INTEND_COOPERATION
                    : ANNALS_TYPE_THREATEN;
    /* "agreed to hold a new election": a vote conceded is a yielding to
     * those who demanded it */
    if (how == FC_INTENT && f->complement == FC_DECIDE && cf->tag &&
        strcmp(cf->tag, "election") == 0 &&
        lemma_among(x, v, (const char *const[]){"agree", "accept", "consent",
                                                NULL})) {
      fr.type = ANNALS_TYPE_YIELD;
      fr.strength_floor = 0.6;
    }
    /* "pledged not to use force": to refrain from force is a peaceful
     * intent, from cooperation none */
    for (int i = x->lo; i < x->hi && !fr.inner_not; i++)
      fr.inner_not = H(x, i) == c && D(x, i) == NLP_DEP_ADVMOD &&
                     (lemma_is(x, i, "not") || lemma_is(x, i, "never"));
    if (fr.inner_not && how == FC_INTENT) {
      if (annals_type_quad(cf->type) >= ANNALS_QUAD_VERBAL_CONFLICT)
        fr.type = ANNALS_TYPE_INTEND_COOPERATION;
      else
        return true;
    }
    else if (fr.type == ANNALS_TYPE_NONE)
      fr.type = ANNALS_TYPE_REJECT;
    /* what two named parties agree to do together is a pledge made
     * ("Japan and South Korea agreed to resume security talks") */
    size_t named = 0;
    for (size_t i = 0; i < fr.n_agents; i++)
      named += fr.agents[i].kind == ACT_NAMED;
    if (how == FC_INTENT && f->complement == FC_DECIDE && named >= 2 &&
        fr.type == ANNALS_TYPE_INTEND_COOPERATION)
      fr.strength_floor = 0.6;
    if (fr.type == ANNALS_TYPE_NONE)
      fr.type = ANNALS_TYPE_REJECT;
    frames_emit(x, &fr);
    return true;
  default:
    return false;
  }
}

/* The disaster frame of word i read in lowercase ("Storm" of "Storm
 * Daniel", "Typhoon" of "Typhoon Haiyan"), or NULL. */
static const frame_def *disaster_def(const fctx *x, int i) {
  const annals_word *w = &x->ac->doc->words[i];
  char low[32];
  size_t n = w->end - w->start;
  if (n >= sizeof low)
    return NULL;
  for (size_t k = 0; k < n; k++)
    low[k] = g_ascii_tolower(x->ac->text[w->start + k]);
  low[n] = '\0';
  const frame_def *const *fs = lexicon_frames(x->lx, low, true);
  for (size_t k = 0; fs && fs[k]; k++)
    if (fs[k]->tag && strcmp(fs[k]->tag, "disaster") == 0)
      return fs[k];
  return NULL;
}

/* "Storm Daniel struck Derna", "Typhoon Haiyan hit Leyte": the name of
 * a disaster, whose first word names its kind; that word, or -1. */
static int name_disaster(const fctx *x, int s) {
  int first = s;
  for (int i = x->lo; i < s; i++)
    if (H(x, i) == s && (D(x, i) == NLP_DEP_COMPOUND || D(x, i) == NLP_DEP_FLAT) &&
        is_noun(&x->w[i])) {
      first = i;
      break;
    }
  /* the kind and a name after it: "Storm" with "Daniel" hung on it */
  bool named = first != s || (s + 1 < x->hi && H(x, s + 1) == s &&
                              D(x, s + 1) == NLP_DEP_FLAT);
  if (!named || x->used[first - x->lo])
    return -1;
  return disaster_def(x, first) ? first : -1;
}

/* The disaster a verb tells ("an earthquake struck central Myanmar"):
 * its subject when that is an event noun of a natural or accidental
 * kind, or -1. */
static int disaster_subject(const fctx *x, int p) {
  if (x->w[p].upos != NLP_UPOS_VERB)
    return -1;
  bool pass = false;
  int s = frames_subject(x, p, &pass);
  if (s < 0 && D(x, p) == NLP_DEP_ACL && H(x, p) >= 0) {
    s = H(x, p); /* "an earthquake struck ..." read as a reduced relative */
    pass = false;
  }
  /* "the quake that hit the coast": the noun the clause is about */
  if (s >= 0 && !pass && x->w[s].upos == NLP_UPOS_PRON &&
      D(x, p) == NLP_DEP_ACL_RELCL && H(x, p) >= 0)
    s = H(x, p);
  /* "the nation was hit by a 7.8-magnitude quake": the agent */
  if (pass || roles_passive(x, p))
    for (int i = x->lo; i < x->hi; i++)
      if (H(x, i) == p && x->w[i].upos == NLP_UPOS_NOUN &&
          marker_is(x, i, (const char *[]){"by", NULL})) {
        s = i;
        pass = false;
        break;
      }
  if (s >= 0 && !pass && x->w[s].upos == NLP_UPOS_PROPN) {
    int d = name_disaster(x, s);
    return d;
  }
  if (s < 0 || pass || x->w[s].upos != NLP_UPOS_NOUN ||
      !frames_candidate(x->lx, &x->w[s]))
    return -1;
  const frame_def *sf = frames_choose(x, s);
  static const char *const tags[] = {"disaster", "explosion", "accident",
                                     "epidemic", NULL};
  for (size_t k = 0; sf && sf->tag && tags[k]; k++)
    if (strcmp(sf->tag, tags[k]) == 0)
      return s;
  /* "the protests engulfed Almaty", "clashes rocked the capital": any
   * event spreading over a place is the event there */
  static const char *const spread[] = {
      "engulf", "sweep",   "grip",     "rock",    "shake",  "roil",
      "spread", "paralyse", "paralyze", "rattle", "convulse", "envelop",
      "rage",   "reach",   NULL};
  for (size_t k = 0; sf && spread[k]; k++)
    if (lemma_is(x, p, spread[k]))
      return s;
  return -1;
}

static const char *const offices[] = {
    "president", "leader", "ruler", "king", "premier", "chancellor",
    "minister", "emir", "monarch", "head", "power", NULL};

bool frames_office_word(const nlp_word *w) {
  for (size_t k = 0; w->lemma && offices[k]; k++)
    if (strcmp(w->lemma, offices[k]) == 0)
      return true;
  return false;
}

/* "Conde has been Guinea's president since 2010", "has been in power
 * since 1982": an office held since a date was taken then. */
static void tenures(fctx *x) {
  const frame_def *take = NULL;
  for (int n = x->lo; n < x->hi; n++) {
    if (x->used[n - x->lo] || x->w[n].upos != NLP_UPOS_NOUN ||
        !lemma_among(x, n, offices) || kid(x, n, NLP_DEP_COP, x->lo) < 0 ||
        kid(x, n, NLP_DEP_NSUBJ, x->lo) < 0)
      continue;
    if (lemma_is(x, n, "power") &&
        !marker_is(x, n, (const char *[]){"in", NULL}))
      continue;
    bool since = false;
    for (size_t j = 0; j < x->nd && !since; j++) {
      since = (x->gov[j] == n || H(x, date_head(x, j)) == n) &&
              x->dates[j].usable && x->dates[j].first > x->lo &&
              lemma_is(x, x->dates[j].first - 1, "since");
      if (since)
        x->gov[j] = n; /* (the date is the office's) */
    }
    if (!since)
      continue;
    if (!take)
      take = lexicon_sense(x->lx, "take", false, ANNALS_TYPE_STATEMENT, true);
    if (!take)
      return;
    x->used[n - x->lo] = true;
    ev_frame fr;
    frames_frame_init(x, &fr, take, n);
    fill(x, &fr, n, -1);
    /* (who holds it, not whose office it is: "Guinea's president") */
    fr.n_agents = 0;
    frames_actors_of(x, kid(x, n, NLP_DEP_NSUBJ, x->lo), fr.agents,
                     &fr.n_agents);
    fr.n_targets = 0;
    if (fr.n_agents)
      frames_emit(x, &fr);
  }
}

/* "Montenegro became the 29th member of NATO", "became the alliance's
 * 31st member": one who becomes a member joins. */
static void memberships(fctx *x) {
  const frame_def *join = NULL;
  for (int n = x->lo; n < x->hi; n++) {
    int cop = kid(x, n, NLP_DEP_COP, x->lo);
    int s = kid(x, n, NLP_DEP_NSUBJ, x->lo);
    int v = H(x, n); /* ("became" the verb, "member" its complement) */
    if (!(cop >= 0 && lemma_is(x, cop, "become")) && v >= 0 &&
        D(x, n) == NLP_DEP_XCOMP && lemma_is(x, v, "become"))
      cop = v, s = kid(x, v, NLP_DEP_NSUBJ, x->lo);
    if (x->used[n - x->lo] || x->w[n].upos != NLP_UPOS_NOUN ||
        !lemma_is(x, n, "member") || cop < 0 || !lemma_is(x, cop, "become") ||
        s < 0)
      continue;
    if (!join)
      join = lexicon_sense(x->lx, "join", false,
                           ANNALS_TYPE_DIPLOMATIC_COOPERATION, false);
    if (!join)
      return;
    x->used[n - x->lo] = true;
    ev_frame fr;
    frames_frame_init(x, &fr, join, n);
    fill(x, &fr, n, -1);
    fr.n_agents = fr.n_targets = 0;
    frames_actors_of(x, s, fr.agents, &fr.n_agents);
    /* what it joined: its "of" phrase, else its possessor */
    for (int i = x->lo; i < x->hi; i++)
      if (H(x, i) == n &&
          ((nlp_dep_universal(D(x, i)) == NLP_DEP_NMOD &&
            marker_is(x, i, (const char *[]){"of", NULL})) ||
           D(x, i) == NLP_DEP_NMOD_POSS))
        frames_actors_of(x, i, fr.targets, &fr.n_targets);
    if (fr.n_agents)
      frames_emit(x, &fr);
  }
}

/* Emits the act of frame f at word p (light: its light verb, or -1)
 * announced for the future: an intention or a threat. */
static void future_act(fctx *x, const frame_def *f, int p, int light,
                       bool threat) {
  ev_frame fr;
  frames_frame_init(x, &fr, f, p);
  fill(x, &fr, p, light);
  fr.future = true;
  if (threat && f->type != ANNALS_TYPE_NONE && !f->light) {
    fr.type = ANNALS_TYPE_THREATEN; /* (on a condition: see act_mode) */
    frames_emit(x, &fr);
    return;
  }
  /* a measure announced is decided: "will resign", "to expel 18
   * diplomats", "will withdraw from the deal" keep their kind; force
   * announced against another is a threat ("will designate the Guards
   * as terrorists") */
  bool decided = f->type == ANNALS_TYPE_YIELD ||
                 f->type == ANNALS_TYPE_REDUCE_RELATIONS ||
                 (f->type == ANNALS_TYPE_COERCE && f->cameo &&
                  strncmp(f->cameo, "174", 3) == 0);
  if (!decided)
    fr.type = annals_type_quad(f->type) <= ANNALS_QUAD_MATERIAL_COOPERATION
                  ? ANNALS_TYPE_INTEND_COOPERATION
                  : ANNALS_TYPE_THREATEN;
  frames_emit(x, &fr);
}

static const char *const nots[] = {"not", "never", NULL};

/* "said that Iran must make an official apology", "responded that the
 * troops should withdraw": an act a speaker says another must do is
 * demanded of them (CAMEO 10), by the speaker.  Emits the demand, told
 * at the saying verb, for frame f at verb p; false when p is no such
 * act. */
static bool obliged_act(fctx *x, const frame_def *f, int p) {
  int r = H(x, p);
  /* ("must make an apology": a light verb with its event noun) */
  bool light_act = f->light && light_noun(x, p) >= 0;
  if (x->w[p].upos != NLP_UPOS_VERB ||
      (!light_act && (f->type == ANNALS_TYPE_NONE || f->light)) ||
      r < x->lo || D(x, p) != NLP_DEP_CCOMP ||
      x->w[r].upos != NLP_UPOS_VERB ||
      !(reporting_verb(x->lx, &x->w[r]) ||
        lemma_among(x, r, (const char *const[]){"respond", "reply", "insist",
                                                NULL})))
    return false;
  int subj = kid(x, p, NLP_DEP_NSUBJ, x->lo);
  if (!kid_among(x, p, NLP_DEP_AUX,
                 (const char *const[]){"must", "should", NULL}) ||
      kid_among(x, p, NLP_DEP_ADVMOD, nots) || subj < 0 ||
      x->w[subj].upos == NLP_UPOS_PRON)
    return false;
  /* the demand of the kind the act's object tells ("an apology": of
   * concessions), else a demand on them */
  const frame_def *const *ds = lexicon_frames(x->lx, "demand", false);
  const frame_def *df = NULL, *on = NULL;
  for (size_t k = 0; ds && ds[k]; k++) {
    if (ds[k]->obj && !df && frames_has_obj_in(x, p, ds[k]->obj, false))
      df = ds[k];
    if (!ds[k]->obj && ds[k]->prep && strcmp(ds[k]->prep, "from") == 0)
      on = ds[k];
  }
  if (!df)
    df = on;
  if (!df)
    return false;
  ev_frame fr;
  frames_frame_init(x, &fr, df, r);
  fill(x, &fr, r, -1);
  if (!fr.n_agents)
    return false;
  frames_actors_of(x, subj, fr.targets, &fr.n_targets);
  fr.type = ANNALS_TYPE_DEMAND;
  frames_emit(x, &fr);
  return true;
}

/* "said he would not resign", "will never recognise the junta": a
 * cooperative act one says one will not do is refused (CAMEO 12), if
 * not as a condition ("would not sign unless").  Emits the refusal of
 * frame f at verb p; false when p's clause is no such refusal. */
static bool refused_act(fctx *x, const frame_def *f, int p) {
  if (x->w[p].upos != NLP_UPOS_VERB || f->type == ANNALS_TYPE_NONE ||
      f->type == ANNALS_TYPE_STATEMENT || f->light ||
      f->complement != FC_NONE ||
      annals_type_quad(f->type) > ANNALS_QUAD_MATERIAL_COOPERATION)
    return false;
  static const char *const conds[] = {"if", "unless", "whether", NULL};
  if (!kid_among(x, p, NLP_DEP_AUX,
                 (const char *const[]){"will", "would", "shall", NULL}) ||
      !kid_among(x, p, NLP_DEP_ADVMOD, nots) ||
      kid_among(x, p, NLP_DEP_MARK, conds))
    return false;
  /* "would not sign unless the troops leave" (but "not until elections
   * are held" refuses now) */
  for (int i = x->lo; i < x->hi; i++)
    if (H(x, i) == p && nlp_dep_universal(D(x, i)) == NLP_DEP_ADVCL &&
        kid_among(x, i, NLP_DEP_MARK, conds))
      return false;
  const frame_def *const *rs = lexicon_frames(x->lx, "refuse", false);
  const frame_def *rf = NULL;
  for (size_t k = 0; rs && rs[k] && !rf; k++)
    if (!rs[k]->specific && rs[k]->complement == FC_REFUSE)
      rf = rs[k];
  if (!rf)
    return false;
  ev_frame fr;
  frames_frame_init(x, &fr, rf, p);
  fr.inner = f;
  fill(x, &fr, p, -1);
  fr.type = ANNALS_TYPE_REJECT;
  frames_emit(x, &fr);
  return true;
}

/* "additional targeted sanctions", "the disputed election": a
 * participle between a determiner or an adjective and the noun it
 * describes tells no event, whatever the parser made of it. */
static bool prenominal(const fctx *x, int p) {
  /* "president-elect", "Saudi-led", "Iran-backed": a verb glued by a
   * hyphen to the word before it is part of a modifier */
  const annals_word *dw = x->ac->doc->words;
  if (x->w[p].upos == NLP_UPOS_VERB && p - 2 >= x->lo &&
      x->w[p - 1].upos == NLP_UPOS_PUNCT &&
      dw[p - 1].end - dw[p - 1].start == 1 &&
      x->ac->text[dw[p - 1].start] == '-' && dw[p - 1].start == dw[p - 2].end &&
      dw[p].start == dw[p - 1].end &&
      /* (but "North Korea test-fired a missile": a verb the lexicon
       * knows by the whole word, see fix_hyphen_verb_subject()) */
      !(x->w[p].lemma && strchr(x->w[p].lemma, '-')))
    return true;
  /* "the summit chair", "a peace envoy", "election officials", "the aid
   * group": an event noun naming someone's role */
  static const char *const roles[] = {
      "chair", "chairman", "chairwoman", "host", "organiser", "organizer",
      "official", "spokesman", "spokeswoman", "envoy", "negotiator", "delegate",
      "participant", "observer", "monitor", "commission", "committee", "venue",
      "mediator", "spokesperson", "group", "agency", "worker", "activist",
      "organisation", "organization", "charity", "movement",
      /* (and who or what is ready for it: "riot police", "riot gear") */
      "police", "gear", "squad", "shield",
      /* (and what tells of it: "a genocide case", "coup charges") */
      "case", "lawsuit", "charge", "trial", "inquiry", "investigation", "probe",
      "allegation", "accusation", "report", "law", "bill", "convention",
      "tribunal", "court",
      /* (and what carries it: "a convoy of aid trucks") */
      "truck", "lorry", "convoy", "vehicle", "ship", "vessel", "boat", "plane",
      "aircraft", "helicopter",
      /* (and what runs it for years: "aid programmes", "a relief
       * scheme") */
      "programme", "program", "scheme", NULL};
  if (x->w[p].upos == NLP_UPOS_NOUN && D(x, p) == NLP_DEP_COMPOUND &&
      H(x, p) > p) {
    /* ("the ruling party", "the governing coalition": the -ing word
     * read as a noun describes those who rule) */
    if (lemma_among(x, p, (const char *const[]){"ruling", "governing", NULL}))
      return true;
    for (size_t k = 0; roles[k]; k++)
      if (lemma_is(x, H(x, p), roles[k]))
        return true;
    /* ("protest leaders", "strike organisers", "war veterans": any noun
     * of a person) */
    if (x->w[H(x, p)].upos == NLP_UPOS_NOUN &&
        noun_names_person(lemma(x, H(x, p))))
      return true;
    /* ("approved a ceasefire deal", "election campaign": what another
     * deed is about, told by that deed; but "a coup attempt" is told by
     * the coup) */
    int hd = H(x, p);
    const frame_def *hf = x->w[hd].upos == NLP_UPOS_NOUN &&
                                  frames_candidate(x->lx, &x->w[hd])
                              ? frames_choose(x, hd)
                              : NULL;
    if (hf && !hf->light && hf->complement == FC_NONE)
      return true;
  }
  if (x->w[p].upos != NLP_UPOS_VERB ||
      (x->w[p].xpos != NLP_XPOS_VBN && x->w[p].xpos != NLP_XPOS_VBD) ||
      p - 1 < x->lo || p + 1 >= x->hi || kid(x, p, NLP_DEP_NSUBJ, x->lo) >= 0 ||
      kid(x, p, NLP_DEP_AUX, x->lo) >= 0 ||
      kid(x, p, NLP_DEP_AUX_PASS, x->lo) >= 0)
    return false;
  int b = x->w[p - 1].xpos, a = x->w[p + 1].xpos;
  /* ("the release of elected President X", "the ousted leader": a
   * participle the parser hung on the noun after it describes it) */
  int h = H(x, p);
  if (D(x, p) == NLP_DEP_AMOD && h > p && h < x->hi &&
      (x->w[h].upos == NLP_UPOS_NOUN || x->w[h].upos == NLP_UPOS_PROPN))
    return true;
  /* ("would prosecute ousted President Mohamed Bazoum", whatever the
   * parser made of it: a participle with no subject right before a
   * person's title or name describes the person) */
  if (x->w[p].xpos == NLP_XPOS_VBN &&
      (x->w[p + 1].upos == NLP_UPOS_PROPN ||
       (x->w[p + 1].upos == NLP_UPOS_NOUN &&
        noun_names_person(lemma(x, p + 1)))) &&
      (x->w[p - 1].upos == NLP_UPOS_VERB || x->w[p - 1].upos == NLP_UPOS_ADP ||
       x->w[p - 1].upos == NLP_UPOS_DET))
    return true;
  return (b == NLP_XPOS_DT || b == NLP_XPOS_JJ || b == NLP_XPOS_PRPS) &&
         (a == NLP_XPOS_JJ || a == NLP_XPOS_NN || a == NLP_XPOS_NNS);
}

/* "Gunmen killed five villagers in an attack": an attack named as the
 * setting of a violent act whose doer is named is that act, told once. */
static bool setting_of_act(const fctx *x, int p) {
  /* (the noun, or the attempt it names: "in an apparent coup attempt") */
  int t = p;
  if (D(x, p) == NLP_DEP_COMPOUND && H(x, p) > p &&
      lemma_among(x, H(x, p), (const char *const[]){"attempt", "bid", NULL}))
    t = H(x, p);
  int v = H(x, t);
  int u = nlp_dep_universal(D(x, t));
  /* (or hung on the verb's object: "killed five villagers in an attack") */
  if (u == NLP_DEP_NMOD && v >= x->lo && D(x, v) == NLP_DEP_OBJ) {
    v = H(x, v);
    u = NLP_DEP_OBL;
  }
  if (x->w[p].upos != NLP_UPOS_NOUN || v < x->lo ||
      x->w[v].upos != NLP_UPOS_VERB || u != NLP_DEP_OBL ||
      !marker_is(x, t, (const char *[]){"in", "during", NULL}) ||
      kid(x, v, NLP_DEP_NSUBJ, x->lo) < 0)
    return false;
  /* (a date of its own dates the sentence: the noun tells it) */
  for (size_t j = 0; j < x->nd; j++)
    if (x->gov[j] == p || x->gov[j] == t)
      return false;
  const frame_def *nf = frames_choose(x, p);
  const frame_def *vf =
      frames_candidate(x->lx, &x->w[v]) ? frames_choose(x, v) : NULL;
  /* (or a coup: "stormed the palace in an apparent coup attempt") */
  bool coup = nf && nf->tag && strcmp(nf->tag, "coup") == 0;
  if (!nf || !vf || (nf->type != ANNALS_TYPE_FIGHT &&
                     nf->type != ANNALS_TYPE_ASSAULT && !coup))
    return false;
  return vf->type == ANNALS_TYPE_FIGHT || vf->type == ANNALS_TYPE_ASSAULT ||
         vf->type == ANNALS_TYPE_MASS_VIOLENCE;
}

/* "Israeli airstrikes killed 35 people", "the shelling destroyed a
 * school": an act of force whose deed of force is told by the verb it is
 * the subject of is that deed, told once (by the verb, with whom it
 * struck), unless it has a date of its own. */
static bool subject_of_deed(const fctx *x, int p) {
  int v = H(x, p);
  if (x->w[p].upos != NLP_UPOS_NOUN || D(x, p) != NLP_DEP_NSUBJ ||
      v < x->lo || x->w[v].upos != NLP_UPOS_VERB ||
      !frames_candidate(x->lx, &x->w[v]))
    return false;
  for (size_t j = 0; j < x->nd; j++)
    if (x->gov[j] == p)
      return false;
  const frame_def *nf = frames_choose(x, p), *vf = frames_choose(x, v);
  return nf && vf && !vf->light &&
         (nf->type == ANNALS_TYPE_FIGHT || nf->type == ANNALS_TYPE_ASSAULT) &&
         (vf->type == ANNALS_TYPE_FIGHT || vf->type == ANNALS_TYPE_ASSAULT ||
          vf->type == ANNALS_TYPE_MASS_VIOLENCE);
}

int frames_participle_by(const fctx *x, int n, const char *const *lemmas) {
  for (int c = n + 1; c < x->hi; c++) {
    if (H(x, c) != n ||
        (D(x, c) != NLP_DEP_ACL && D(x, c) != NLP_DEP_ACL_RELCL) ||
        x->w[c].xpos != NLP_XPOS_VBN || (lemmas && !lemma_among(x, c, lemmas)))
      continue;
    int j = frames_prep_word(x, c, "by", NULL);
    if (j >= 0)
      return j;
  }
  return -1;
}

int frames_launcher(const fctx *x, int n) {
  return frames_participle_by(
      x, n, (const char *const[]){"launch", "fire", "fly", "operate", "send",
                                  "plant", "detonate", "drop", "deploy", NULL});
}

/* "the drone launched by the rebels struck a tanker": the launch is told
 * by the strike it made, with the launcher as its author; "the bombing,
 * blamed on separatists": the blame names the bombing's author. */
static bool launch_of_subject(const fctx *x, int p) {
  int n = H(x, p), v = n >= x->lo ? H(x, n) : -1;
  /* (and the blame or claim a deed's participle tells: "the bombing,
   * blamed on separatists", "the attack, claimed by X": its author) */
  if (x->w[p].upos == NLP_UPOS_VERB &&
      (D(x, p) == NLP_DEP_ACL || D(x, p) == NLP_DEP_ACL_RELCL) &&
      n >= x->lo && x->w[n].upos == NLP_UPOS_NOUN &&
      frames_candidate(x->lx, &x->w[n]) && roles_deed_author(x, p) >= 0)
    return true;
  /* (or its "by" agent in the passive: "a tanker was hit by a missile
   * fired by the Houthis") */
  bool agent = n >= x->lo && (D(x, n) == NLP_DEP_OBL_AGENT ||
                              (nlp_dep_universal(D(x, n)) == NLP_DEP_OBL &&
                               marker_is(x, n, (const char *[]){"by", NULL})));
  if (x->w[p].upos != NLP_UPOS_VERB || D(x, p) != NLP_DEP_ACL || n < x->lo ||
      (D(x, n) != NLP_DEP_NSUBJ && !agent) || v < x->lo ||
      x->w[v].upos != NLP_UPOS_VERB || frames_launcher(x, n) < 0 ||
      !frames_candidate(x->lx, &x->w[v]))
    return false;
  const frame_def *vf = frames_choose(x, v);
  return vf && annals_type_quad(vf->type) == ANNALS_QUAD_MATERIAL_CONFLICT;
}

/* "were wounded when their vehicle hit a mine": a vehicle that hits a
 * mine or a roadside bomb is no one attacking; the harm told with it is
 * the event (and a mine hit with no harm told is left out, its layer
 * unknown). */
static bool vehicle_hit_mine(const fctx *x, int p) {
  if (x->w[p].upos != NLP_UPOS_VERB ||
      !lemma_among(x, p, (const char *const[]){"hit", "strike", NULL}))
    return false;
  int o = kid(x, p, NLP_DEP_OBJ, x->lo);
  bool pass;
  int s = frames_subject(x, p, &pass);
  return o >= 0 && s >= 0 && !pass &&
         lemma_among(x, o, (const char *const[]){"mine", "landmine", "ied",
                                                 "explosive", "bomb", NULL}) &&
         lemma_among(x, s, (const char *const[]){
                               "vehicle", "car", "truck", "bus", "convoy",
                               "tank", "boat", "ship", "vessel", "train",
                               "minibus", "jeep", "van", "it", "they", NULL});
}

/* "called the verdict an attack on democracy", "described the raid as
 * an invasion": the name a verb of naming gives is no event of its own;
 * nor is the naming in "launched what it called operations". */
static bool name_given(const fctx *x, int p) {
  static const char *const naming[] = {
      "call", "dub", "term", "label", "brand", "describe", "characterize",
      "characterise", NULL};
  if (x->w[p].upos == NLP_UPOS_VERB && lemma_among(x, p, naming) &&
      kid_among(x, p, NLP_DEP_OBJ, (const char *const[]){"what", NULL}))
    return true;
  /* (nor the name a doer gives its own deed in passing: "raided the camp,
   * calling it an anti-terrorist operation", "describing it as a
   * stronghold") */
  if (x->w[p].upos == NLP_UPOS_VERB && x->w[p].xpos == NLP_XPOS_VBG &&
      lemma_among(x, p, naming) && D(x, p) == NLP_DEP_ADVCL &&
      kid(x, p, NLP_DEP_NSUBJ, x->lo) < 0 &&
      kid_among(x, p, NLP_DEP_OBJ,
                (const char *const[]){"it", "this", "that", "they", NULL}))
    return true;
  if (x->w[p].upos != NLP_UPOS_NOUN)
    return false;
  int t = conj_first(x, p), v = H(x, t);
  if (v >= x->lo && lemma_among(x, v, naming) && second_object(x, t, v))
    return true;
  /* (the "as" phrase of a verb of naming, wherever the parser hung it;
   * but "foiled what it described as a coup attempt" tells of the coup
   * attempt itself) */
  if (!marker_is(x, t, (const char *[]){"as", NULL}))
    return false;
  /* (and so is what a judgement sees in a deed: "condemned the move as
   * a coup", "rejected the verdict as an attack on democracy") */
  static const char *const judging[] = {
      "condemn", "denounce", "decry", "slam", "blast", "criticize",
      "criticise", "reject", "dismiss", "hail", "welcome", "praise",
      "see", "view", "regard", "portray", "depict", "paint", "cast",
      "frame", "perceive", "interpret", "qualify", "assail", NULL};
  for (int i = x->lo; i < x->hi; i++) {
    if (i == t || x->w[i].upos != NLP_UPOS_VERB ||
        !(lemma_among(x, i, naming) || lemma_among(x, i, judging)) ||
        !as_of(x, t, i))
      continue;
    return !names_what(x, i);
  }
  return false;
}

/* "signed the bill despite weeks of protests", "resigned amid mounting
 * criticism": what goes on around an act, with no date of its own, is
 * its background, no event of that day. */
static bool force_type(annals_type t);

static bool background_noun(const fctx *x, int p) {
  static const char *const amid[] = {"amid", "despite", "amidst", NULL};
  /* ("amid mounting protests" read as a clause of "mounting") */
  if (x->w[p].upos == NLP_UPOS_VERB && x->w[p].xpos == NLP_XPOS_VBG &&
      kid_among(x, p, NLP_DEP_MARK, amid))
    return true;
  if (x->w[p].upos != NLP_UPOS_NOUN)
    return false;
  int t = conj_first(x, p);
  if (D(x, t) == NLP_DEP_OBJ && H(x, t) >= x->lo && background_noun(x, H(x, t)))
    return true;
  /* ("weeks of protests": the span the noun is counted in) */
  if (nlp_dep_universal(D(x, t)) == NLP_DEP_NMOD &&
      marker_is(x, t, (const char *[]){"of", NULL}) && H(x, t) >= x->lo &&
      x->w[H(x, t)].upos == NLP_UPOS_NOUN)
    t = H(x, t);
  /* ("signed a peace deal, ending two decades of hostility": a span of
   * a deed an act ends is no act of its day) */
  if (t != conj_first(x, p) && D(x, t) == NLP_DEP_OBJ && H(x, t) >= x->lo &&
      x->w[H(x, t)].upos == NLP_UPOS_VERB &&
      lemma_among(x, H(x, t), (const char *const[]){"end", NULL}))
    return true;
  /* ("hours after the truce expired": a deed whose time ran out is no
   * deed of that day; a truce or talks that collapse are told by the
   * collapse) */
  if (D(x, t) == NLP_DEP_NSUBJ && H(x, t) >= x->lo &&
      x->w[H(x, t)].upos == NLP_UPOS_VERB &&
      lemma_among(x, H(x, t), (const char *const[]){"expire", "lapse",
                                                    "collapse", NULL}))
    return true;
  /* ("cited Trump's decision to recognize Jerusalem as the reason", "invoked
   * the 1994 accord": a deed cited as a reason or a ground is told as
   * known, no deed of the day) */
  if (D(x, t) == NLP_DEP_OBJ && H(x, t) >= x->lo &&
      x->w[H(x, t)].upos == NLP_UPOS_VERB &&
      lemma_among(x, H(x, t),
                  (const char *const[]){"cite", "invoke", "mention", NULL}))
    return true;
  /* ("annulled the first round of the presidential election", "postponed
   * the vote", "cancelled the visit": a deed called off is no deed of the
   * day; the calling off is) */
  if ((D(x, t) == NLP_DEP_OBJ || D(x, t) == NLP_DEP_NSUBJ_PASS) &&
      H(x, t) >= x->lo && x->w[H(x, t)].upos == NLP_UPOS_VERB &&
      lemma_among(x, H(x, t), (const char *const[]){
                                  "annul", "cancel", "postpone", "delay",
                                  "scrap", "nullify", "invalidate", "void",
                                  "defer", NULL}))
    return true;
  /* ("a country marked by coups since independence", "a region plagued
   * by insurgencies": the deeds a place's history is told by, in the
   * plural, are no deed of a day) */
  if (x->w[p].xpos == NLP_XPOS_NNS && H(x, t) >= x->lo &&
      marker_is(x, t, (const char *[]){"by", NULL}) &&
      lemma_among(x, H(x, t),
                  (const char *const[]){"mark", "plague", "characterize",
                                        "characterise", "punctuate", "scar",
                                        "dog", "beset", "wrack", "rack",
                                        "shape", "define", NULL}))
    return true;
  /* ("exchanged prisoners under the ceasefire deal": the framework an
   * act is done under; but "came under attack", "under fire" are deeds
   * of force) */
  bool under = false;
  int u = D(x, t) == NLP_DEP_COMPOUND && H(x, t) > t ? H(x, t) : t;
  if (marker_is(x, u, (const char *[]){"under", NULL})) {
    const frame_def *nf = frames_choose(x, p);
    int hv = H(x, u);
    under = nf && !force_type(nf->type) &&
            nf->type != ANNALS_TYPE_FORCE_POSTURE &&
            !(hv >= x->lo && lemma_is(x, hv, "come")) &&
            !lemma_is(x, p, "attack") &&
            !lemma_among(x, p, (const char *const[]){"siege", "arrest",
                                                     "blockade", "curfew",
                                                     "occupation", NULL});
  }
  if (!marker_is(x, t, amid) && !under)
    return false;
  for (size_t j = 0; j < x->nd; j++)
    if (x->gov[j] == p || x->gov[j] == t)
      return false;
  return true;
}

/* "surviving numerous coup attempts", "has seen several attacks": deeds
 * counted in the plural by a word of number, with no date of their own,
 * are a kind, no event ("carried out several attacks on Monday" is one). */
static bool counted_kind(const fctx *x, int p) {
  static const char *const counts[] = {
      "numerous", "many",       "several",     "countless", "repeated",
      "frequent", "various",    "multiple",    "recurring", "occasional",
      "sporadic", "periodic",   "past",        "previous",  "earlier",
      "prior",    "successive", "innumerable", NULL};
  /* (and what is joined to them: "numerous coup attempts and
   * rebellions") */
  if (D(x, p) == NLP_DEP_CONJ && H(x, p) >= x->lo && H(x, p) < p &&
      counted_kind(x, H(x, p)))
    return true;
  int t = p;
  /* (the head a deed names: "coup attempts") */
  if (D(x, p) == NLP_DEP_COMPOUND && H(x, p) > p && H(x, p) < x->hi)
    t = H(x, p);
  if (x->w[p].upos != NLP_UPOS_NOUN || x->w[t].xpos != NLP_XPOS_NNS)
    return false;
  bool counted = false;
  for (int i = x->lo; i < t && !counted; i++)
    counted = H(x, i) == t && nlp_dep_universal(D(x, i)) == NLP_DEP_AMOD &&
              lemma_among(x, i, counts);
  if (!counted)
    return false;
  for (size_t j = 0; j < x->nd; j++)
    if (x->gov[j] == p || x->gov[j] == t || x->gov[j] == H(x, t))
      return false;
  return true;
}

/* "events marking the 70th anniversary of the massacre", "a memorial to
 * the victims of the bombing": a deed remembered is of another day, no
 * event of this one (one with a date of its own is dated by it: "the
 * anniversary of the 1958 uprising"). */
static bool remembered_noun(const fctx *x, int p) {
  static const char *const marks[] = {
      "anniversary", "commemoration", "remembrance", "memorial",
      "memory",      "victim",        "survivor",    NULL};
  int h = H(x, p);
  if (x->w[p].upos != NLP_UPOS_NOUN || h < x->lo || !is_noun(&x->w[h]) ||
      !lemma_among(x, h, marks) || nlp_dep_universal(D(x, p)) != NLP_DEP_NMOD ||
      !marker_is(x, p, (const char *[]){"of", "to", NULL}))
    return false;
  for (size_t j = 0; j < x->nd; j++)
    if (x->gov[j] == p)
      return false;
  return true;
}

/* "Hungary blocked an EU statement condemning the strikes", "vetoed a
 * resolution demanding a ceasefire": what a text blocked or voted down
 * would have done is no deed, of the blocker's or anyone's. */
static bool blocked_text(const fctx *x, int p) {
  int n = roles_speech_noun(x, p);
  if (n < 0)
    n = roles_document_noun(x, p);
  if (n < 0 || D(x, n) != NLP_DEP_OBJ || H(x, n) < x->lo)
    return false;
  return lemma_among(x, H(x, n),
                     (const char *const[]){"block", "veto", "reject", "oppose",
                                           "kill", "shelve", "scrap", "torpedo",
                                           "stall", "thwart", NULL});
}

/* "raising hopes of an end to the nation's civil war", "called for a
 * halt to the fighting": what is to end goes on; it is no event of the
 * day told (one with a year of its own is dated by it). */
static bool ended_noun(const fctx *x, int p) {
  int h = H(x, p);
  if (x->w[p].upos != NLP_UPOS_NOUN || h < x->lo ||
      x->w[h].upos != NLP_UPOS_NOUN ||
      nlp_dep_universal(D(x, p)) != NLP_DEP_NMOD ||
      !((lemma_among(x, h,
                     (const char *const[]){"end", "halt", "stop", NULL}) &&
         marker_is(x, p, (const char *[]){"to", NULL})) ||
        (lemma_is(x, h, "cessation") &&
         marker_is(x, p, (const char *[]){"of", NULL}))))
    return false;
  /* (a day after it is the ending's: "an end to the war on Sunday") */
  for (size_t j = 0; j < x->nd; j++)
    if (x->gov[j] == p && x->dates[j].last < p)
      return false;
  return true;
}

/* "arrested on accusations of treason", "detained over allegations of
 * fraud": what an arrest or a trial is made on is its ground, no
 * accusation of its own. */
static bool ground_of_coercion(const fctx *x, int p) {
  int h = H(x, p);
  if (x->w[p].upos != NLP_UPOS_NOUN || h < x->lo ||
      x->w[h].upos != NLP_UPOS_VERB ||
      !lemma_among(x, p, (const char *const[]){"accusation", "allegation",
                                               "charge", "suspicion", "claim",
                                               NULL}) ||
      !marker_is(x, p, (const char *[]){"on", "over", "for", "under", NULL}) ||
      !frames_candidate(x->lx, &x->w[h]))
    return false;
  const frame_def *hf = frames_choose(x, h);
  return hf && hf->type == ANNALS_TYPE_COERCE;
}

/* "ahead of the presidential vote", "in the run-up to the elections",
 * "is gearing up for elections in July": what is awaited has not
 * happened; it is no event, whatever its date. */
static bool upcoming_noun(const fctx *x, int p) {
  if (x->w[p].upos != NLP_UPOS_NOUN)
    return false;
  int t = conj_first(x, p), h = H(x, t);
  if (marker_is(x, t, (const char *[]){"ahead", NULL}))
    return true;
  /* ("the run-up to", however "run-up" was split and hung) */
  int m = -1;
  for (int i = x->lo; i < t && m < 0; i++)
    if (H(x, i) == t && D(x, i) == NLP_DEP_CASE && lemma_is(x, i, "to"))
      m = i;
  if (m >= 0 && m - 1 >= x->lo &&
      (lemma_among(x, m - 1, (const char *const[]){"run-up", "runup",
                                                   "lead-up", "countdown",
                                                   NULL}) ||
       (lemma_is(x, m - 1, "up") && m - 3 >= x->lo &&
        lemma_among(x, m - 3, (const char *const[]){"run", "lead", NULL}))))
    return true;
  return h >= x->lo && x->w[h].upos == NLP_UPOS_VERB &&
         marker_is(x, t, (const char *[]){"for", NULL}) &&
         lemma_among(x, h, (const char *const[]){"prepare", "gear", "brace",
                                                 "ready", NULL});
}

/* Is t an act of force (fight, assault, mass violence)? */
static bool force_type(annals_type t) {
  return t == ANNALS_TYPE_FIGHT || t == ANNALS_TYPE_ASSAULT ||
         t == ANNALS_TYPE_MASS_VIOLENCE;
}

/* Does word o name a place or a building, not a side: one of the
 * classes "stronghold", "premises" and "landmark", or a town, a region
 * or a country's ground the gazetteer knows ("Aleppo")? */
static bool places_noun(const fctx *x, int o) {
  static const char *const classes[] = {"stronghold", "premises", "landmark"};
  for (size_t k = 0; k < ARRAY_SIZE(classes); k++) {
    const char *const *l = lexicon_class(x->lx, classes[k]);
    if (l && lemma_among(x, o, l))
      return true;
  }
  ev_actor a;
  return x->w[o].upos == NLP_UPOS_PROPN && actor_peek(x->ac, o, &a) && a.ent &&
         (a.ent->kind == ENT_CITY || a.ent->kind == ENT_REGION);
}

/* "stormed the residence, killing the guerrillas who held it": an act
 * of force told with its violent result (which is no event of its own,
 * see predicate) is aimed at those the result names too. */
static void result_targets(fctx *x, int p, ev_frame *fr) {
  if (!force_type(fr->type))
    return;
  for (int c = x->lo; c < x->hi; c++) {
    /* (not what was not done: "without firing a shot") */
    if (H(x, c) != p || D(x, c) != NLP_DEP_ADVCL ||
        x->w[c].xpos != NLP_XPOS_VBG || !frames_candidate(x->lx, &x->w[c]) ||
        kid(x, c, NLP_DEP_MARK, x->lo) >= 0)
      continue;
    const frame_def *cf = frames_choose(x, c);
    int o = kid(x, c, NLP_DEP_OBJ, x->lo);
    if (!cf || o < 0 || !force_type(cf->type))
      continue;
    /* (what is taken is no side: "entered Damascus, taking over the
     * radio headquarters", "capturing the airport", "seizing Homs") */
    if (places_noun(x, o))
      return;
    /* (its victims are the toll, not a side: "killing 3,000 people") */
    ev_actor a;
    if (!lemma_among(x, o, (const char *const[]){
            "people", "person", "civilian", "child", "woman", "man",
            "resident", "villager", "worshipper", "passenger", "student",
            "pupil", "tourist", "migrant", "refugee", "patient", "bystander",
            "family", "dozen", "hundred", "thousand", "other", NULL}) &&
        x->w[o].upos != NLP_UPOS_NUM && actor_of(x->ac, o, &a))
      frames_add_actor(fr->targets, &fr->n_targets, &a);
    return;
  }
}

/* "an airstrike hit a school sheltering displaced families", "a
 * hospital treating the wounded": a participle that tells what a
 * building or a place is used for describes it, no event. */
static bool building_use(const fctx *x, int p) {
  static const char *const places[] = {
      "school",   "hospital", "clinic",  "building", "camp",     "shelter",
      "warehouse", "mosque",  "church",  "facility", "centre",   "center",
      "house",    "home",     "compound", "hotel",   "stadium",  "tent",
      "site",     "complex",  "office",  "station",  "depot",    "base",
      "area",     "zone",     "village", "town",     "city",     NULL};
  int h = H(x, p);
  if (x->w[p].xpos != NLP_XPOS_VBG || h < x->lo || h >= p ||
      kid(x, p, NLP_DEP_NSUBJ, x->lo) >= 0)
    return false;
  /* (or read as a clause of the verb whose object the place is, with no
   * comma between: "hit a school sheltering ...") */
  if (nlp_dep_universal(D(x, p)) == NLP_DEP_ADVCL && p - 1 > x->lo &&
      H(x, p - 1) == h && D(x, p - 1) == NLP_DEP_OBJ)
    h = p - 1;
  return (D(x, p) == NLP_DEP_ACL || h == p - 1) &&
         x->w[h].upos == NLP_UPOS_NOUN && lemma_among(x, h, places);
}

/* "warned against any attack on its facilities", "there was no
 * agreement": an event noun with "any" or "no" tells of none; nor does
 * one only possible ("discussed a possible ceasefire"), or one talked
 * over ("discussed a ceasefire", "considered sanctions"). */
static bool unreal_noun(const fctx *x, int p) {
  if (x->w[p].upos != NLP_UPOS_NOUN)
    return false;
  if (kid_among(x, p, NLP_DEP_DET, (const char *const[]){"any", "no", NULL}) ||
      kid_among(x, p, NLP_DEP_AMOD,
                (const char *const[]){"possible", "potential", "hypothetical",
                                      "prospective", "eventual", "would-be",
                                      NULL}))
    return true;
  int t = conj_first(x, p), h = H(x, t);
  return D(x, t) == NLP_DEP_OBJ && h >= x->lo &&
         x->w[h].upos == NLP_UPOS_VERB &&
         lemma_among(x, h,
                     (const char *const[]){"discuss", "debate", "consider",
                                           "explore", "weigh", NULL});
}

/* "a proposal for a humanitarian truce", "calls for an inquiry", "hopes
 * of a ceasefire": a deed only proposed, asked for, hoped for or feared
 * is no deed told (the proposal, if anything, is the act). */
static bool proposed_noun(const fctx *x, int p) {
  int h = H(x, p);
  return x->w[p].upos == NLP_UPOS_NOUN && h >= x->lo &&
         x->w[h].upos == NLP_UPOS_NOUN &&
         nlp_dep_universal(D(x, p)) == NLP_DEP_NMOD &&
         marker_is(x, p, (const char *[]){"for", "of", NULL}) &&
         lemma_among(x, h,
                     (const char *const[]){
                         "proposal", "plan", "call", "demand", "request",
                         "offer", "push", "bid", "appeal", "initiative", "hope",
                         "prospect", "chance", "possibility", "idea",
                         "pressure", "blueprint", "framework", "roadmap",
                         "draft",
                         /* (or feared: "sparking concerns of revenge
                          * killings", "the risk of attacks") */
                         "fear", "concern", "worry", "risk", "danger", "threat",
                         "spectre", "specter", "warning", NULL});
}

/* "foiled a coup attempt", "an attack was thwarted": a deed foiled,
 * thwarted or averted did not happen; nor has one only plotted, planned
 * or weighed ("accused of plotting a coup", "planned an attack on the
 * base"). */
static bool foiled_noun(const fctx *x, int p) {
  if (x->w[p].upos != NLP_UPOS_NOUN)
    return false;
  int n = p;
  if (D(x, n) == NLP_DEP_COMPOUND && H(x, n) >= x->lo)
    n = H(x, n); /* ("a coup attempt", "a bomb plot") */
  int v = H(x, n);
  return v >= x->lo && x->w[v].upos == NLP_UPOS_VERB &&
         (D(x, n) == NLP_DEP_OBJ || D(x, n) == NLP_DEP_NSUBJ_PASS) &&
         lemma_among(x, v,
                     (const char *const[]){
                         "foil", "thwart", "avert", "frustrate", "scupper",
                         "forestall", "preempt", "pre-empt", "plot", "plan",
                         "contemplate", "mull", "envisage", NULL});
}

/* "the \"rebellion,\" as he called it", "as one official put it": an
 * aside that names a word of the sentence tells no event. */
static bool naming_aside(const fctx *x, int p) {
  if (x->w[p].upos != NLP_UPOS_VERB ||
      !lemma_among(x, p,
                   (const char *const[]){"call", "describe", "term", "dub",
                                         "put", "label", NULL}) ||
      !kid_among(x, p, NLP_DEP_MARK, (const char *const[]){"as", NULL}))
    return false;
  int o = kid(x, p, NLP_DEP_OBJ, x->lo);
  return o >= 0 &&
         lemma_among(x, o, (const char *const[]){"it", "them", "this", NULL});
}

/* "resigned in protest", "fired in retaliation", "is in charge of": an
 * event noun after a bare "in" tells the manner, the cause or the state of
 * another act, no event of its own ("in a protest on Monday" is one: it
 * has a determiner; and "spent years in detention" is the detention). */
static bool manner_noun(const fctx *x, int p) {
  static const char *const manners[] = {
      "protest", "retaliation", "response", "reprisal", "revenge",
      "charge",  "solidarity",  "mourning", "defiance", NULL};
  if (x->w[p].upos != NLP_UPOS_NOUN || x->w[p].xpos != NLP_XPOS_NN ||
      !lemma_among(x, p, manners) || p - 1 < x->lo ||
      !lemma_is(x, p - 1, "in") || H(x, p - 1) != p)
    return false;
  for (int i = x->lo; i < p; i++)
    if (H(x, i) == p && (nlp_dep_universal(D(x, i)) == NLP_DEP_DET ||
                         D(x, i) == NLP_DEP_NMOD_POSS ||
                         nlp_dep_universal(D(x, i)) == NLP_DEP_AMOD))
      return false;
  return true;
}

/* "prisoners serving sentences", "was serving a ban": a penalty being
 * served is no sentencing told, only a state. */
static bool served_noun(const fctx *x, int p) {
  int h = H(x, conj_first(x, p));
  return x->w[p].upos == NLP_UPOS_NOUN && h >= x->lo &&
         D(x, conj_first(x, p)) == NLP_DEP_OBJ && lemma_is(x, h, "serve");
}

/* "recalled its ambassador for consultations": the idiom of a recall,
 * no talks of their own. */
static bool recall_consultations(const fctx *x, int p) {
  int h = H(x, p);
  return x->w[p].upos == NLP_UPOS_NOUN && lemma_is(x, p, "consultation") &&
         h >= x->lo && marker_is(x, p, (const char *[]){"for", NULL}) &&
         lemma_among(x, h,
                     (const char *const[]){"recall", "summon", "withdraw",
                                           "call", NULL});
}

/* "a state of siege", "a state of emergency": the event noun after "of"
 * that a coercive sense f of noun p is named with is no event of its
 * own, nor anyone it befalls. */
static void mark_named_of(fctx *x, const frame_def *f, int p) {
  for (int i = p + 1; f && f->of && f->type == ANNALS_TYPE_COERCE && i < x->hi;
       i++)
    if (H(x, i) == p && lemma_among(x, i, f->of) &&
        marker_is(x, i, (const char *[]){"of", NULL}) &&
        frames_candidate(x->lx, &x->w[i]) && frames_choose(x, i))
      x->used[i - x->lo] = true;
}

static void predicate(fctx *x, int p) {
  if (unreal_noun(x, p) || proposed_noun(x, p) || foiled_noun(x, p) ||
      recall_consultations(x, p) || served_noun(x, p) || building_use(x, p) ||
      prenominal(x, p) || setting_of_act(x, p) || name_given(x, p) ||
      launch_of_subject(x, p) || vehicle_hit_mine(x, p) ||
      background_noun(x, p) || subject_of_deed(x, p) || upcoming_noun(x, p) ||
      ground_of_coercion(x, p) || manner_noun(x, p) || remembered_noun(x, p) ||
      ended_noun(x, p) || blocked_text(x, p) || counted_kind(x, p) ||
      naming_aside(x, p))
    return;
  int ds = disaster_subject(x, p);
  if (ds >= 0 && !x->used[ds - x->lo]) {
    /* the disaster is the event; what it struck is where and to whom */
    const frame_def *sf = frames_choose(x, ds);
    if (!sf)
      sf = disaster_def(x, ds); /* "Storm" of "Storm Daniel" */
    x->used[ds - x->lo] = true;
    ev_frame fr;
    frames_frame_init(x, &fr, sf, ds);
    fill(x, &fr, ds, p);
    /* "the nation was hit by a quake": the one it struck */
    bool sp = false;
    int st = roles_passive(x, p) ? frames_subject(x, p, &sp) : -1;
    /* (told by the harm it did, "a landslide buried the village", "houses
     * were swept away by the flood", it is as sure as a quake that struck
     * a named place) */
    /* (a natural or accidental one: "gripped by a civil war since 2013"
     * tells a state of things, not a new event) */
    if ((kid(x, p, NLP_DEP_OBJ, x->lo) >= 0 || (st >= 0 && st != ds)) && sf &&
        sf->tag &&
        (strcmp(sf->tag, "disaster") == 0 ||
         strcmp(sf->tag, "explosion") == 0 ||
         strcmp(sf->tag, "accident") == 0) &&
        fr.strength_floor < 0.7)
      fr.strength_floor = 0.7;
    if (st >= 0 && st != ds)
      frames_actors_of(x, st, fr.targets, &fr.n_targets);
    /* what it struck are named places and people, not "landfall" or the
     * storm's own name */
    size_t k = 0;
    for (size_t i = 0; i < fr.n_targets; i++) {
      const ev_actor *t = &fr.targets[i];
      bool own = t->word >= 0 && (t->word == ds || H(x, t->word) == ds ||
                                  H(x, ds) == t->word);
      ev_actor pl;
      /* "struck the eastern city of Tobruk": where it struck */
      if (!own && !fr.has_place && t->word >= 0 &&
          place_of(x->ac, t->word, &pl)) {
        fr.place = pl;
        fr.has_place = true;
        continue;
      }
      if (t->kind == ACT_NAMED && !own)
        fr.targets[k++] = *t;
    }
    fr.n_targets = k;
    frames_emit(x, &fr);
    return;
  }
  /* "the quake that hit the coast killed 300": the toll of a disaster
   * its clause already told, no deed of its own */
  if (ds >= 0)
    return;
  const frame_def *f = frames_choose(x, p);
  if (!f)
    return;
  /* "struck Kharkiv, killing eleven": the result of the strike, told
   * with it, not another event */
  int h = H(x, p);
  if (x->w[p].xpos == NLP_XPOS_VBG && D(x, p) == NLP_DEP_ADVCL && h >= 0 &&
      frames_candidate(x->lx, &x->w[h])) {
    const frame_def *hf = frames_choose(x, h);
    if (hf && annals_type_quad(hf->type) == ANNALS_QUAD_MATERIAL_CONFLICT &&
        annals_type_quad(f->type) == ANNALS_QUAD_MATERIAL_CONFLICT)
      return;
  }
  enum mode mode = act_mode(x, p, f);
  if (mode == M_NOT || (mode == M_FUTURE && x->w[p].upos == NLP_UPOS_VERB)) {
    /* "would sign an agreement": the agreement is as unreal */
    int o = kid(x, p, NLP_DEP_OBJ, x->lo);
    if (o >= 0)
      x->used[o - x->lo] = true;
  }
  if (mode == M_NOT) {
    if (!refused_act(x, f, p))
      obliged_act(x, f, p);
    return;
  }
  if (f->pobj) {
    /* "withdrew from the pact": the pact is what is left, no event */
    int pw = frames_prep_word(x, p, f->prep, f->pobj);
    if (pw >= 0)
      x->used[pw - x->lo] = true;
  }
  mark_named_of(x, f, p);
  /* (and of a noun a verb's sense names: "declared a state of siege") */
  int no = f->obj ? kid(x, p, NLP_DEP_OBJ, x->lo) : -1;
  if (no >= 0 && x->w[no].upos == NLP_UPOS_NOUN && lemma_among(x, no, f->obj) &&
      frames_candidate(x->lx, &x->w[no]))
    mark_named_of(x, frames_choose(x, no), no);
  /* "pledged 500 million euros in military aid": the aid is what is
   * pledged, no event of its own */
  for (int i = p + 1; f->obj && i < x->hi; i++)
    if (frames_amount_in(x, p, i, f))
      x->used[i - x->lo] = true;
  /* "lodged a strong protest", "issued an ultimatum": a word of
   * protest or warning that a verb of its kind takes as the object its
   * sense names is that verb's act, no street protest of its own */
  if (f->obj && annals_type_quad(f->type) == ANNALS_QUAD_VERBAL_CONFLICT) {
    int o = kid(x, p, NLP_DEP_OBJ, x->lo);
    if (o >= 0 && x->w[o].upos == NLP_UPOS_NOUN && lemma_among(x, o, f->obj))
      x->used[o - x->lo] = true;
  }
  /* "lifted sanctions on X", "eased the blockade", "ended the curfew":
   * the measure a yielding undoes is no new measure */
  if (f->obj && f->type == ANNALS_TYPE_YIELD) {
    int o = kid(x, p, NLP_DEP_OBJ, x->lo);
    const frame_def *of = o >= 0 && x->w[o].upos == NLP_UPOS_NOUN &&
                                  lemma_among(x, o, f->obj) &&
                                  frames_candidate(x->lx, &x->w[o])
                              ? frames_choose(x, o)
                              : NULL;
    /* (a measure: not the strike or the march a yielding ends, which
     * stays told) */
    if (of && (of->type == ANNALS_TYPE_COERCE ||
               of->type == ANNALS_TYPE_REDUCE_RELATIONS ||
               lemma_among(x, o, (const char *const[]){"blockade", "siege",
                                                       NULL})))
      x->used[o - x->lo] = true;
  }
  if (f->obj && f->cameo && strncmp(f->cameo, "16", 2) == 0) {
    /* "scrapped its planned trip", "cancelled the summit": the visit
     * called off is no meeting; "revoked military agreements with X",
     * "suspended aid": what relations lose is no new deal or aid */
    int o = kid(x, p, NLP_DEP_OBJ, x->lo);
    if (o >= 0)
      x->used[o - x->lo] = true;
  }
  if (mode == M_THREAT) {
    future_act(x, f, p, -1, true);
    return;
  }
  if (mode == M_FUTURE) {
    /* (what a relative clause says a noun will do describes it, and
     * announces nothing: "Qatar, a nation that will host the World
     * Cup, ...") */
    if (D(x, p) == NLP_DEP_ACL_RELCL)
      return;
    /* an act announced for the future is an intention or a threat; "will
     * continue to work with X": the act continued */
    int c = f->complement == FC_EVENT ? complement(x, p) : -1;
    if (c < 0 && f->light && f->complement != FC_NEGATE)
      c = light_noun(x, p); /* "will hold talks", "will launch an offensive" */
    const frame_def *cf =
        c >= 0 && frames_candidate(x->lx, &x->w[c]) ? frames_choose(x, c) : NULL;
    if (cf && !cf->light && cf->type != ANNALS_TYPE_NONE &&
        cf->complement == FC_NONE) {
      x->used[c - x->lo] = true;
      future_act(x, cf, c, p, false);
      return;
    }
    if (f->type == ANNALS_TYPE_NONE || f->light || f->complement != FC_NONE)
      return;
    /* (an outcome or a rite to come is foretold, not pledged: "would win
     * the vote", "will take office in October", "will die"; but calling
     * or holding a vote is decided) */
    static const char *const outcomes[] = {"inauguration", "death", "disaster",
                                           "accident", "epidemic"};
    for (size_t k = 0; f->tag && k < ARRAY_SIZE(outcomes); k++)
      if (strcmp(f->tag, outcomes[k]) == 0)
        return;
    if (f->tag && strcmp(f->tag, "election") == 0 &&
        lemma_among(x, p,
                    (const char *const[]){"win", "lose", "beat", "defeat",
                                          "carry", NULL}))
      return;
    future_act(x, f, p, -1, false);
    return;
  }
  if (f->complement != FC_NONE && f->complement != FC_REPORT &&
      complement_frame(x, p, f))
    return;
  int n = f->light ? light_noun(x, p) : -1;
  const frame_def *nf0 = n >= 0 ? frames_choose(x, n) : NULL;
  /* ("announced their withdrawal": one's own act announced is that act) */
  int own_poss = n >= 0 ? kid(x, n, NLP_DEP_NMOD_POSS, x->lo) : -1;
  bool own_act = own_poss >= 0 && x->w[own_poss].upos == NLP_UPOS_PRON &&
                 f->type == ANNALS_TYPE_STATEMENT;
  /* ("approved a state of emergency": a measure approved is taken, and
   * the approval is no act of its own) */
  bool measure =
      nf0 &&
      (nf0->type == ANNALS_TYPE_COERCE || nf0->type == ANNALS_TYPE_YIELD ||
       nf0->type == ANNALS_TYPE_REDUCE_RELATIONS) &&
      lemma_among(
          x, p,
          (const char *const[]){"approve", "endorse", "adopt", "pass", NULL});
  if (n >= 0 && f->type != ANNALS_TYPE_NONE && !own_act && !measure &&
      (!nf0 || annals_type_quad(nf0->type) != annals_type_quad(f->type))) {
    /* "announced the coup": the announcement, and the coup; but
     * "retaliated with tariffs" is one act, the tariffs */
    ev_frame own;
    frames_frame_init(x, &own, f, p);
    fill(x, &own, p, -1);
    frames_emit(x, &own);
  }
  if (n >= 0) {
    const frame_def *nf = x->w[n].upos == NLP_UPOS_NOUN ? frames_choose(x, n) : NULL;
    if (!nf && x->w[n].lemma) {
      /* a noun the tagger read as a verb: its bare noun frame */
      const frame_def *const *fs = lexicon_frames(x->lx, x->w[n].lemma, true);
      for (size_t k = 0; fs && fs[k] && !nf; k++)
        if (!fs[k]->specific)
          nf = fs[k];
      x->as_noun = n;
    }
    x->used[n - x->lo] = true;
    if (!nf || nf->type == ANNALS_TYPE_NONE) {
      x->as_noun = -1;
      return;
    }
    mark_named_of(x, nf, n);
    ev_frame fr;
    frames_frame_init(x, &fr, nf, n);
    fill(x, &fr, n, p);
    x->as_noun = -1;
    /* "an assassination attempt on the president": the attempt is the
     * act's, and whom it was on its target */
    int at = H(x, n);
    if (at >= 0 && D(x, n) == NLP_DEP_COMPOUND &&
        lemma_among(x, at, (const char *const[]){"attempt", "bid", "plot",
                                                  NULL})) {
      x->used[at - x->lo] = true;
      for (int i = x->lo; i < x->hi; i++)
        if (H(x, i) == at && nlp_dep_universal(D(x, i)) == NLP_DEP_NMOD &&
            marker_is(x, i, (const char *[]){"on", "against", NULL}))
          frames_actors_of(x, i, fr.targets, &fr.n_targets);
    }
    frames_emit(x, &fr);
    return;
  }
  if (f->type == ANNALS_TYPE_NONE)
    return;
  /* "hosted the G20 summit", "signed the agreement": an object that is an
   * event of the same kind is this event */
  int o = kid(x, p, NLP_DEP_OBJ, x->lo);
  if (o >= 0 && x->w[o].upos == NLP_UPOS_NOUN &&
      frames_candidate(x->lx, &x->w[o])) {
    const frame_def *of = frames_choose(x, o);
    if (of && of->type == f->type)
      x->used[o - x->lo] = true;
  }
  ev_frame fr;
  frames_frame_init(x, &fr, f, p);
  fill(x, &fr, p, -1);
  result_targets(x, p, &fr);
  /* "allowed aid trucks to enter the Gaza Strip": where one is let in or
   * out is the place of the passage allowed */
  int inf = f->then ? infinitive(x, p) : -1;
  if (inf >= 0 && !fr.has_place) {
    int io = kid(x, inf, NLP_DEP_OBJ, x->lo);
    x->used[inf - x->lo] = true;
    fr.has_place = (io >= 0 && place_of(x->ac, io, &fr.place)) ||
                   roles_find_place(x, inf, &fr.place);
  }
  /* (one called to be asked is the one asked) */
  int cv = called_to(x, p);
  int co = cv >= 0 ? kid(x, cv, NLP_DEP_OBJ, x->lo) : -1;
  ev_actor ca;
  if (co >= 0 && fr.n_targets < FRAME_MAX_ACTORS && actor_of(x->ac, co, &ca)) {
    bool known = false;
    for (size_t i = 0; i < fr.n_targets && !known; i++)
      known = strcmp(fr.targets[i].name, ca.name) == 0;
    if (!known) {
      memmove(fr.targets + 1, fr.targets, fr.n_targets * sizeof *fr.targets);
      fr.targets[0] = ca;
      fr.n_targets++;
    }
  }
  if (o >= 0 && x->used[o - x->lo] && !fr.object) {
    ev_actor a; /* "Brazil hosts G20 summit" */
    if (actor_of(x->ac, o, &a))
      fr.object = a.phrase ? a.phrase : a.name;
  }
  frames_emit(x, &fr);
}

/* "demanding the release of X", "the return of the ousted president":
 * whom a demand is made for, not whom it is aimed at. */
static bool for_whom(const fctx *x, int i) {
  if (i < x->lo || i >= x->hi)
    return false;
  int h = H(x, i);
  return h >= x->lo && nlp_dep_universal(D(x, i)) == NLP_DEP_NMOD &&
         marker_is(x, i, (const char *[]){"of", NULL}) &&
         lemma_among(x, h, (const char *const[]){"release", "freedom",
                                                 "return", "reinstatement",
                                                 "restoration", "pardon",
                                                 "rescue", "safety",
                                                 "freeing", NULL});
}

/* "marched through Bamako calling for President X to resign",
 * "took to the streets demanding that X step down": a protest whose own
 * clause tells what it demands is against the one the demand names. */
static void protest_demands(fctx *x, size_t from) {
  static const char *const downfalls[] = {
      "resignation", "removal", "ouster", "departure", "impeachment",
      "prosecution", "arrest", "trial", "dismissal", "downfall", "overthrow",
      "exit", NULL};
  ev_frame *fv = (ev_frame *)(void *)x->out->data;
  for (size_t i = from; i < x->out->len; i++) {
    ev_frame *pr = &fv[i];
    if (pr->type != ANNALS_TYPE_PROTEST)
      continue;
    /* ("rallied in Tel Aviv": the city is where, not whom against) */
    for (size_t k = pr->n_targets; k-- > 0;)
      if (pr->has_place && pr->targets[k].ent && pr->place.name &&
          (pr->targets[k].ent->kind == ENT_CITY ||
           pr->targets[k].ent->kind == ENT_REGION) &&
          strcmp(pr->targets[k].name, pr->place.name) == 0) {
        memmove(pr->targets + k, pr->targets + k + 1,
                (pr->n_targets - k - 1) * sizeof pr->targets[0]);
        pr->n_targets--;
      }
    bool named = false;
    for (size_t k = 0; k < pr->n_targets; k++)
      named = named || (pr->targets[k].kind == ACT_NAMED &&
                        !(pr->has_place && pr->place.country &&
                          strcmp(pr->targets[k].name, pr->place.country) == 0));
    for (size_t j = from; j < x->out->len && !named; j++) {
      const ev_frame *d = &fv[j];
      int u = nlp_dep_universal(D(x, d->pred));
      if ((d->type != ANNALS_TYPE_DEMAND && d->type != ANNALS_TYPE_APPEAL) ||
          H(x, d->pred) != pr->pred ||
          (u != NLP_DEP_ADVCL && u != NLP_DEP_XCOMP))
        continue;
      for (size_t k = 0; k < d->n_targets; k++) {
        ev_actor a = d->targets[k];
        if (a.kind != ACT_NAMED || for_whom(x, a.word))
          continue;
        /* (the protest is against X, not against "X resignation") */
        if (a.word >= x->lo && a.word < x->hi &&
            lemma_among(x, a.word, downfalls))
          a.phrase = NULL;
        frames_add_actor(pr->targets, &pr->n_targets, &a);
      }
      named = true;
    }
    /* (a clause of calling hung on the streets taken to, of which no
     * frame was made: "have taken to the streets since June calling for
     * Keita to resign") */
    for (int c = x->lo; c < x->hi && !named; c++) {
      int h = H(x, c), u = nlp_dep_universal(D(x, c));
      if (x->w[c].upos != NLP_UPOS_VERB ||
          (u != NLP_DEP_ADVCL && u != NLP_DEP_ACL && u != NLP_DEP_XCOMP) ||
          !(h == pr->pred || (h >= 0 && H(x, h) == pr->pred &&
                              is_noun(&x->w[h]))) ||
          !lemma_among(x, c, (const char *const[]){"call", "demand", "urge",
                                                   "press", NULL}))
        continue;
      for (int j = x->lo; j < x->hi && !named; j++) {
        ev_actor a;
        if (H(x, j) != c || (D(x, j) != NLP_DEP_OBJ &&
                             !marker_is(x, j, (const char *[]){"for", NULL})))
          continue;
        /* ("to demand the resignation of Prime Minister X", "calling for
         * X's removal": whom the demanded fall befalls) */
        int t = j;
        if (x->w[j].upos == NLP_UPOS_NOUN && lemma_among(x, j, downfalls))
          for (int k = x->lo; k < x->hi && t == j; k++)
            if (H(x, k) == j && x->w[k].upos == NLP_UPOS_PROPN &&
                (D(x, k) == NLP_DEP_NMOD_POSS ||
                 (nlp_dep_universal(D(x, k)) == NLP_DEP_NMOD &&
                  marker_is(x, k, (const char *[]){"of", NULL}))))
              t = k;
        if (x->w[t].upos == NLP_UPOS_PROPN && actor_of(x->ac, t, &a) &&
            a.kind == ACT_NAMED) {
          frames_add_actor(pr->targets, &pr->n_targets, &a);
          named = true;
        }
      }
    }
    /* ("anti-government protesters", "anti-Maduro protests": whom the
     * protesters or the protest are against, when no demand says it,
     * before the country of the place) */
    for (size_t k = 0; k <= pr->n_agents && !named; k++) {
      int h = k < pr->n_agents ? pr->agents[k].word : pr->pred;
      for (int i = x->lo; h >= x->lo && i < h && !named; i++) {
        ev_actor a;
        if (H(x, i) != h || D(x, i) != NLP_DEP_AMOD ||
            !actor_opposed(x->ac, i, &a))
          continue;
        if (a.kind == ACT_GROUP && pr->has_place && pr->place.country)
          a.country = pr->place.country;
        pr->n_targets = 0;
        frames_add_actor(pr->targets, &pr->n_targets, &a);
        pr->implied = false;
        named = true;
        /* (and its headline says so: "rally against", not "rally in") */
        const frame_def *const *fd =
            pr->def->lemma ? lexicon_frames(x->lx, pr->def->lemma,
                                            pr->def->noun)
                           : NULL;
        for (size_t d = 0; fd && fd[d] && pr->def->prep &&
                           strcmp(pr->def->prep, "against") != 0;
             d++)
          if (fd[d]->type == ANNALS_TYPE_PROTEST && fd[d]->prep &&
              strcmp(fd[d]->prep, "against") == 0 && !fd[d]->obj)
            pr->def = fd[d];
      }
    }
  }
}

/* The words of a label set before the sentence ("Border incursions:
 * the ministry said ..."; see nlp/analyse.c) name its topic, not an act
 * of their own: they are no predicates. */
static void label_words(fctx *x) {
  for (int i = x->lo + 1; i < x->hi; i++) {
    const annals_word *aw = &x->ac->doc->words[i];
    if (D(x, i) != NLP_DEP_PUNCT || aw->end - aw->start != 1 ||
        x->ac->text[aw->start] != ':')
      continue;
    bool label = false;
    for (int k = x->lo; k < i; k++)
      label = label || (D(x, k) == NLP_DEP_DISLOCATED && H(x, k) > i);
    for (int k = x->lo; k < i && label; k++)
      x->used[k - x->lo] = true;
    return;
  }
}

/* "X was declared the winner of the election", "the commission
 * declared Ruto the winner": the one declared the winner won the
 * election (the lexicon's sense of winning one). */
static void declared_winners(fctx *x, size_t from) {
  const frame_def *const *ws = lexicon_frames(x->lx, "win", false);
  const frame_def *wf = NULL;
  for (size_t k = 0; ws && ws[k] && !wf; k++)
    if (ws[k]->obj && ws[k]->tag && strcmp(ws[k]->tag, "election") == 0)
      wf = ws[k];
  ev_frame *fv = (ev_frame *)(void *)x->out->data;
  for (size_t i = from; wf && i < x->out->len; i++) {
    ev_frame *fr = &fv[i];
    int p = fr->pred;
    if (x->w[p].upos != NLP_UPOS_VERB ||
        !lemma_among(x, p, (const char *const[]){"declare", "proclaim",
                                                 "confirm", "name", NULL}))
      continue;
    int won = -1, who = -1;
    for (int c = x->lo; c < x->hi; c++) {
      if (H(x, c) != p)
        continue;
      int d = nlp_dep_universal(D(x, c));
      if (lemma_among(x, c, (const char *const[]){"winner", "victor", NULL}) &&
          (d == NLP_DEP_OBJ || d == NLP_DEP_XCOMP ||
           (d == NLP_DEP_OBL && marker_is(x, c, (const char *[]){"as", NULL}))))
        won = c;
      else if (d == NLP_DEP_OBJ && who < 0)
        who = c;
    }
    if (won < 0)
      continue;
    bool pass;
    if (roles_passive(x, p))
      who = frames_subject(x, p, &pass); /* (the one declared) */
    if (who < 0 || x->w[who].upos == NLP_UPOS_PRON)
      continue;
    ev_frame w;
    frames_frame_init(x, &w, wf, p);
    frames_actors_of(x, who, w.agents, &w.n_agents);
    if (!w.n_agents)
      continue;
    memcpy(fr->agents, w.agents, sizeof w.agents);
    fr->n_agents = w.n_agents;
    fr->n_targets = 0;
    fr->n_concerned = 0;
    fr->def = wf;
    fr->type = wf->type;
    fr->passive = false;
    fr->participle = NULL;
    /* (what was won: "the winner of the presidential election") */
    fr->object = "election";
    for (int c = won + 1; c < x->hi; c++)
      if (H(x, c) == won && marker_is(x, c, (const char *[]){"of", NULL}) &&
          lemma_among(x, c, wf->obj))
        fr->object = lemma(x, c);
  }
}

/* "asked Oli to step down", "urged the prime minister to resign",
 * "called on Lukashenko to quit": an appeal that one give up one's office
 * is a demand for one's resignation (CAMEO 1041), whoever is asked. */
static void downfall_appeals(fctx *x, size_t from) {
  const frame_def *const *ds = lexicon_frames(x->lx, "demand", false);
  const frame_def *df = NULL;
  for (size_t k = 0; ds && ds[k] && !df; k++)
    if (ds[k]->cameo && strcmp(ds[k]->cameo, "1041") == 0)
      df = ds[k];
  ev_frame *fv = (ev_frame *)(void *)x->out->data;
  for (size_t i = from; df && i < x->out->len; i++) {
    ev_frame *fr = &fv[i];
    int p = fr->pred;
    if (fr->type != ANNALS_TYPE_APPEAL || x->w[p].upos != NLP_UPOS_VERB)
      continue;
    for (int c = p + 1; c < x->hi; c++) {
      /* (the infinitive read as a clause of purpose too: "called on X
       * to step down", with "down" an adverb) */
      if (H(x, c) != p || x->w[c].upos != NLP_UPOS_VERB ||
          !(D(x, c) == NLP_DEP_XCOMP ||
            (nlp_dep_universal(D(x, c)) == NLP_DEP_ADVCL &&
             kid_among(x, c, NLP_DEP_MARK,
                       (const char *const[]){"to", NULL}))) ||
          !frames_candidate(x->lx, &x->w[c]))
        continue;
      const frame_def *cf = frames_choose(x, c);
      bool down = lemma_among(x, c, (const char *const[]){"step", "stand",
                                                          NULL}) &&
                  kid_among(x, c, NLP_DEP_ADVMOD,
                            (const char *const[]){"down", NULL});
      /* (not "to quit their party": one's office, if anything, is
       * what one is asked to leave) */
      int o = kid(x, c, NLP_DEP_OBJ, x->lo);
      bool office =
          cf && cf->tag && strcmp(cf->tag, "resignation") == 0 &&
          cf->type == ANNALS_TYPE_YIELD &&
          (cf->obj || o < 0 ||
           lemma_among(x, o, (const char *const[]){
                                 "mandate", "post", "office", "seat",
                                 "position", "presidency", "premiership",
                                 "power", "job", "role", "leadership",
                                 "throne", "command", "chairmanship", NULL}));
      if (down || office) {
        fr->def = df;
        fr->type = ANNALS_TYPE_DEMAND;
      }
      break;
    }
  }
}

void frames_find(actor_ctx *ac, const annals_lexicon *lx, size_t si,
                 const ev_date *dates, size_t n_dates, GArray *out) {
  const annals_doc_sentence *s = &ac->doc->sents[si];
  if (!s->parsed || s->n == 0)
    return;
  fctx x;
  memset(&x, 0, sizeof x);
  x.ac = ac;
  x.lx = lx;
  x.w = ac->w;
  x.lo = (int)s->first;
  x.hi = (int)(s->first + s->n);
  x.out = out;
  x.sent = si;
  x.as_noun = -1;
  size_t first_frame = out->len;
  /* this sentence's dates */
  size_t a = 0;
  while (a < n_dates && dates[a].end <= s->start)
    a++;
  size_t b = a;
  while (b < n_dates && dates[b].start < s->end)
    b++;
  x.dates = dates ? dates + a : NULL;
  x.nd = b - a;
  x.gov = g_new(int, x.nd ? x.nd : 1);
  x.used = g_new0(bool, s->n);
  x.in_date = g_new0(bool, s->n);
  x.reporter = g_new(int, s->n);
  for (size_t i = 0; i < s->n; i++)
    x.reporter[i] = -1;
  /* words inside a date are not predicates ("a March", "the fall") */
  for (size_t k = 0; k < x.nd; k++)
    for (int i = x.dates[k].first; i <= x.dates[k].last; i++)
      if (i >= x.lo && i < x.hi)
        x.used[i - x.lo] = x.in_date[i - x.lo] = true;
  label_words(&x);
  frames_date_governors(&x);
  sayings_mark_reports(&x);
  /* names met anywhere in the sentence feed the discourse memory:
   * "Sudan's army" here makes a later "the army" Sudan's */
  for (int i = x.lo; i < x.hi; i++)
    if (x.w[i].upos == NLP_UPOS_NOUN && kid(&x, i, NLP_DEP_NMOD_POSS, x.lo) >= 0) {
      ev_actor a;
      (void)actor_of(ac, i, &a);
    }
  /* Light and complement verbs first: they take their nouns and
   * complements before those are read as events of their own. */
  for (int pass = 0; pass < 2; pass++)
    for (int p = x.lo; p < x.hi; p++) {
      if (x.used[p - x.lo] || !frames_candidate(lx, &x.w[p]))
        continue;
      const frame_def *f = frames_choose(&x, p);
      bool first = (f && (f->light || (f->complement != FC_NONE &&
                                       f->complement != FC_REPORT))) ||
                   disaster_subject(&x, p) >= 0;
      if (first == (pass == 0)) {
        x.used[p - x.lo] = true;
        predicate(&x, p);
      }
    }
  tenures(&x);
  memberships(&x);
  sayings_according_to(&x);
  downfall_appeals(&x, first_frame);
  declared_winners(&x, first_frame);
  protest_demands(&x, first_frame);
  g_free(x.gov);
  g_free(x.used);
  g_free(x.in_date);
  g_free(x.reporter);
}
