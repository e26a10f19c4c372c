/*
 * events/roles.c - the roles of an event frame: who acts, on whom and
 * where, read off the dependency tree around its predicate.
 *
 * Roles follow the tree: the subject acts, or the "by" agent of a
 * passive, or the possessor or a name modifying an event noun ("Iran's
 * strikes", "Israeli strikes"); the object, the subject of a passive, an
 * "on/against" dependent is the target; a locative dependent naming a
 * place is where.  A noun phrase names its actors with its conjuncts
 * ("the United States and the United Kingdom"), and through country
 * adjectives ("Syrian and Lebanese authorities"), "the two countries"
 * and hyphened pairs ("the Israel-Hamas war").  When the tree gives no
 * one, roles are looked for further off: a subject the parser left out
 * or hung elsewhere, the subject of the clause a demand, threat or
 * statement is about, the one aid is meant to help, the event that was
 * the means of an act, an "against" or "by" phrase deeper in the
 * arguments, the two sides of a border; an attack or visit in a place
 * with no other target is done to the place's country.  frames.c chooses
 * the frames and asks for their roles here.
 */
#include "events/frames_int.h"

/* Is word i, in any case, one of the lexicon's class "landmark" (the
 * last word of "War Memorial", "Market Square")? */
static bool landmark(const fctx *x, int i) {
  const char *l = lemma(x, i);
  for (size_t k = 0; x->ac->landmarks && x->ac->landmarks[k]; k++)
    if (g_ascii_strcasecmp(l, x->ac->landmarks[k]) == 0)
      return true;
  return false;
}
/* The prepositions of an agent, of a target (of a verb, of an event
 * noun) and of a place. */
static const char *const by[] = {"by", NULL};
/* Verbs of making one an office ("elected X president"). */
static const char *const naming_verbs[] = {
    "elect",  "re-elect", "reelect", "appoint", "name",     "nominate",
    "choose", "select",   "install", "declare", "proclaim", NULL};

bool roles_naming_verb(const fctx *x, int p) {
  return lemma_among(x, p, naming_verbs);
}
static const char *const against[] = {"on", "against", "at", "upon",
                                      "toward", "towards", NULL};
static const char *const noun_targets[] = {"on", "against", "of", "to",
                                           "with", "at", "upon", "for",
                                           "including", NULL};
const char *const roles_locative[] = {"in", "at", "near", "across",
                                     "outside", "inside", "throughout",
                                     "around", "into", "within", "off",
                                     "along", NULL};

/* A protest "against tax rises" is about an issue: only a named actor
 * is its target, or the rulers ("against the government", "against the
 * junta"), or a body that decides ("against the ruling party", "against
 * the electoral commission").  Drops the other targets from index
 * before on. */
static void protest_targets(const fctx *x, ev_frame *fr, size_t before) {
  static const char *const rulers[] = {
      "government", "regime",  "junta",    "administration",
      "authority",  "cabinet", "parliament", "president", "minister",
      "premier",    "military", "army",    "police", NULL};
  static const char *const bodies[] = {
      "party",  "commission", "council", "court",    "ministry", "tribunal",
      "leader", "governor",   "mayor",   "assembly", "senate",   "congress",
      NULL};
  for (size_t k = fr->n_targets; k-- > before;) {
    const ev_actor *t = &fr->targets[k];
    bool w = t->word >= x->lo && t->word < x->hi;
    if (t->kind != ACT_NAMED &&
        !(w && t->state && lemma_among(x, t->word, rulers)) &&
        !(w && lemma_among(x, t->word, bodies)))
      fr->targets[k] = fr->targets[--fr->n_targets];
  }
}

/* ------------------------------------------------------------------ */
/* Actors of a noun phrase                                              */
/* ------------------------------------------------------------------ */

/* Adds a to list (FRAME_MAX_ACTORS at most), unless it is there. */
void frames_add_actor(ev_actor *list, size_t *n, const ev_actor *a) {
  for (size_t i = 0; i < *n; i++)
    if (list[i].name == a->name || strcmp(list[i].name, a->name) == 0 ||
        (a->first >= 0 && list[i].first >= 0 &&
         ((a->first >= list[i].first && a->last <= list[i].last) ||
          (list[i].first >= a->first && list[i].last <= a->last))))
      return; /* the same name, or a part of it ("el" of "el-Fasher");
                 (actors of no words, "the two countries", are told
                 apart by name) */
  if (*n < FRAME_MAX_ACTORS)
    list[(*n)++] = *a;
}

/* Does word i hang, through at most four heads, from noun n? */
static bool under_noun(const fctx *x, int i, int n) {
  for (int k = 0, h = H(x, i); k < 4 && h >= 0; k++, h = H(x, h))
    if (h == n)
      return true;
  return false;
}

/* Do the modifiers right before noun n make a list ("the EU, US and UK
 * missions")?  A comma or a conjunction counts when it is of n's phrase:
 * "In Ukraine, Russian forces" is no list. */
static bool modifier_list(const fctx *x, int n) {
  for (int i = n - 1; i >= x->lo && (x->w[i].upos == NLP_UPOS_ADJ ||
                                     x->w[i].upos == NLP_UPOS_PROPN ||
                                     x->w[i].upos == NLP_UPOS_CCONJ ||
                                     x->w[i].upos == NLP_UPOS_PUNCT);
       i--)
    if ((x->w[i].upos == NLP_UPOS_CCONJ || x->w[i].upos == NLP_UPOS_PUNCT) &&
        under_noun(x, i, n))
      return true;
  return false;
}

/* The countries the adjectives right before plural noun n name
 * ("Syrian and Lebanese authorities"), and the states and bodies a list
 * of names does ("the EU, US and UK missions"), added to list. */
static void adjective_countries(fctx *x, int n, ev_actor *list,
                                size_t *count) {
  if (x->w[n].upos != NLP_UPOS_NOUN || x->w[n].xpos != NLP_XPOS_NNS)
    return;
  /* (names only in a list: "Houthi rebels" are the Houthis') */
  bool listed = modifier_list(x, n);
  for (int i = n - 1; i >= x->lo && (x->w[i].upos == NLP_UPOS_ADJ ||
                                     x->w[i].upos == NLP_UPOS_PROPN ||
                                     x->w[i].upos == NLP_UPOS_CCONJ ||
                                     x->w[i].upos == NLP_UPOS_PUNCT);
       i--) {
    if (x->w[i].upos == NLP_UPOS_PROPN && !under_noun(x, i, n))
      break;
    if (x->w[i].upos != NLP_UPOS_ADJ &&
        !(listed && x->w[i].upos == NLP_UPOS_PROPN))
      continue;
    const gaz_entity *e =
        gaz_lookup(x->ac->g, x->ac->text, x->w[i].start, x->w[i].end);
    ev_actor c;
    if (e && (e->kind == ENT_COUNTRY ||
              (x->w[i].upos == NLP_UPOS_PROPN && e->kind == ENT_ORG)) &&
        actor_of(x->ac, i, &c))
      frames_add_actor(list, count, &c);
  }
}

/* "the two countries", "both nations": the last two countries met,
 * added to list; false when n is no such phrase or two were not met. */
static bool both_countries(fctx *x, int n, ev_actor *list, size_t *count) {
  static const char *const nouns[] = {"country", "nation", "neighbour",
                                      "neighbor", "side", "state", NULL};
  bool noun = false, two = false;
  for (size_t k = 0; nouns[k] && !noun; k++)
    noun = lemma_is(x, n, nouns[k]);
  if (!noun || x->w[n].xpos != NLP_XPOS_NNS)
    return false;
  /* (and a bare "the countries" told of what two do: "the countries
   * blamed each other") */
  bool bare = true, the = false;
  for (int i = x->lo; i < x->hi; i++) {
    if (H(x, i) != n)
      continue;
    if (lemma_is(x, i, "two") || lemma_is(x, i, "both"))
      two = true;
    else if (D(x, i) == NLP_DEP_DET && lemma_is(x, i, "the"))
      the = true;
    else if (D(x, i) != NLP_DEP_PUNCT && D(x, i) != NLP_DEP_CASE)
      bare = false;
  }
  if (!two && !(the && bare && !lemma_is(x, n, "state")))
    return false;
  /* "the ceasefire between Israel and Hamas ... both sides": the two
   * sides are the parties a "between" before them names, in its sentence
   * or the two before it (the last such) */
  size_t back = x->sent >= 2 ? x->sent - 2 : 0;
  int from = (int)x->ac->doc->sents[back].first;
  for (int i = n - 1; lemma_is(x, n, "side") && i >= from; i--) {
    int a = H(x, i), b = -1;
    if (!lemma_is(x, i, "between") || D(x, i) != NLP_DEP_CASE || a < 0)
      continue;
    for (int j = a + 1; j < n && b < 0; j++)
      if (H(x, j) == a && D(x, j) == NLP_DEP_CONJ)
        b = j;
    ev_actor pa, pb;
    if (b >= 0 && actor_of(x->ac, a, &pa) && actor_of(x->ac, b, &pb) &&
        pa.kind == ACT_NAMED && pb.kind == ACT_NAMED) {
      frames_add_actor(list, count, &pa);
      frames_add_actor(list, count, &pb);
      return true;
    }
  }
  /* the two sides of the last deed between two countries told in the
   * sentences before ("Armenia and Azerbaijan clashed ... Both sides
   * blamed each other"), when "sides" asks for two such */
  const char *pair[2];
  size_t np = 0;
  const ev_frame *fv = (const ev_frame *)(void *)x->out->data;
  for (size_t k = x->out->len; lemma_is(x, n, "side") && np < 2 && k-- > 0;) {
    const ev_frame *e = &fv[k];
    if (e->sent + 8 < x->sent)
      break; /* (frames come in the order of their sentences) */
    if (e->sent >= x->sent)
      continue;
    /* (a deed between them, not one a participle tells of one: "Azerbaijan,
     * backed by Turkey") */
    if ((e->type != ANNALS_TYPE_FIGHT && e->type != ANNALS_TYPE_ASSAULT &&
         e->type != ANNALS_TYPE_YIELD && e->type != ANNALS_TYPE_CONSULT) ||
        e->pred < 0 || x->w[e->pred].dep == NLP_DEP_ACL ||
        x->w[e->pred].dep == NLP_DEP_ACL_RELCL)
      continue;
    const char *c[2] = {NULL, NULL};
    size_t nc = 0;
    for (int pass = 0; pass < 2; pass++) {
      const ev_actor *a = pass ? e->targets : e->agents;
      size_t na = pass ? e->n_targets : e->n_agents;
      for (size_t i = 0; i < na && nc < 2; i++) {
        const char *cc = a[i].kind == ACT_NAMED && a[i].ent &&
                                 a[i].ent->kind == ENT_COUNTRY
                             ? a[i].name
                             : NULL;
        if (cc && (nc == 0 || strcmp(c[0], cc) != 0))
          c[nc++] = cc;
      }
    }
    if (nc == 2) {
      pair[0] = c[0];
      pair[1] = c[1];
      np = 2;
    }
  }
  /* the two named last before it in its sentence or the two before it
   * (however little else those told), else met before */
  bool scanned = np < 2;
  for (int i = n - 1; i >= from && np < 2; i--) {
    if (x->w[i].upos != NLP_UPOS_PROPN)
      continue;
    /* (a city or a region is where, not one of the two: "held talks
     * in Almaty") */
    const gaz_entity *e =
        gaz_lookup(x->ac->g, x->ac->text, x->w[i].start, x->w[i].end);
    const char *c = e && e->kind != ENT_CITY && e->kind != ENT_REGION
                        ? entity_country(e)
                        : NULL;
    if (c && (np == 0 || strcmp(pair[0], c) != 0))
      pair[np++] = c;
  }
  if (np == 2 && scanned) { /* (in the order they were named) */
    const char *t = pair[0];
    pair[0] = pair[1];
    pair[1] = t;
  }
  for (size_t k = 0; np < 2 && k < x->ac->n_countries; k++)
    if (np == 0 || strcmp(pair[0], x->ac->countries[k]) != 0)
      pair[np++] = x->ac->countries[k];
  if (np < 2)
    return false;
  for (size_t k = 0; k < 2; k++) {
    ev_actor c;
    memset(&c, 0, sizeof c);
    c.name = c.country = pair[k];
    c.kind = ACT_NAMED;
    c.word = n;
    c.first = c.last = -1;
    /* (not frames_add_actor: the two share no words to tell apart) */
    bool have = false;
    for (size_t i = 0; i < *count; i++)
      have = have || strcmp(list[i].name, c.name) == 0;
    if (!have && *count < FRAME_MAX_ACTORS)
      list[(*count)++] = c;
  }
  return true;
}

/* Is a a person named, a name the gazetteer knows as a person's or one
 * it does not know? */
static bool named_person_actor(const ev_actor *a) {
  return a->kind == ACT_NAMED && (!a->ent || a->ent->kind == ENT_PERSON);
}

/* "the two leaders", "both presidents": the two persons of the last deed
 * told between two persons in the sentences before ("Modi welcomed
 * Scholz ... The two leaders signed"), added to list; false when n is no
 * such phrase or no such deed was told. */
static bool both_persons(fctx *x, int n, ev_actor *list, size_t *count) {
  if (x->w[n].xpos != NLP_XPOS_NNS ||
      !lemma_among(x, n, (const char *const[]){
                             "leader", "president", "minister", "premier",
                             "counterpart", "man", "head", NULL}))
    return false;
  /* ("both leaders", "the two men"; but "two other men" are others) */
  bool both = false, two = false, the = false, other = false;
  for (int i = x->lo; i < x->hi; i++) {
    if (H(x, i) != n)
      continue;
    both = both || lemma_is(x, i, "both");
    two = two || lemma_is(x, i, "two");
    the = the || lemma_is(x, i, "the");
    other = other || lemma_among(x, i, (const char *const[]){
                                           "other", "more", "additional",
                                           "further", NULL});
  }
  if (other || !(both || (two && the)))
    return false;
  const ev_frame *fv = (const ev_frame *)(void *)x->out->data;
  for (size_t k = x->out->len; k-- > 0;) {
    const ev_frame *e = &fv[k];
    if (e->sent + 3 < x->sent)
      break; /* (frames come in the order of their sentences) */
    if (e->sent >= x->sent)
      continue;
    /* (the last deed of two named parties; if they are no two persons,
     * the phrase stands for none known) */
    const ev_actor *p[2] = {NULL, NULL};
    size_t np = 0, named = 0;
    for (size_t pass = 0; pass < 2; pass++) {
      const ev_actor *a = pass ? e->targets : e->agents;
      size_t na = pass ? e->n_targets : e->n_agents;
      for (size_t i = 0; i < na; i++) {
        named += a[i].kind == ACT_NAMED;
        if (np < 2 && named_person_actor(&a[i]) &&
            (np == 0 || strcmp(p[0]->name, a[i].name) != 0))
          p[np++] = &a[i];
      }
    }
    if (named < 2)
      continue;
    if (np < 2)
      return false;
    for (size_t i = 0; i < 2; i++) {
      ev_actor c = *p[i];
      c.word = n;
      frames_add_actor(list, count, &c);
    }
    return true;
  }
  return false;
}

/* "the Israel-Hamas war", "India-Pakistan ties": a name joined by a
 * hyphen of two the gazetteer knows, before an event noun, is both
 * (but "Austria-Hungary declared war" is one); false when a is no such
 * pair. */
static bool hyphen_pair(fctx *x, const ev_actor *a, ev_actor *list,
                        size_t *count) {
  if (a->first < 0 || a->last <= a->first + 1)
    return false;
  for (int k = a->first + 1; k < a->last; k++) {
    const annals_word *hw = &x->ac->doc->words[k];
    if (hw->end - hw->start != 1 || x->ac->text[hw->start] != '-')
      continue;
    const gaz_entity *l = gaz_lookup(x->ac->g, x->ac->text,
                                     x->w[a->first].start, x->w[k - 1].end);
    /* (the right one may open a longer name: "the India-Iran Joint
     * Commission meeting", its parties India and Iran) */
    const gaz_entity *r = NULL;
    int re = a->last;
    for (; re > k && !r; re--)
      r = gaz_lookup(x->ac->g, x->ac->text, x->w[k + 1].start, x->w[re].end);
    re++;
    for (int j = re + 1; r && j <= a->last; j++)
      if (!(x->w[j].flags & NLP_WF_CAP))
        r = NULL;
    if (!l || !r || l->kind == ENT_PERSON || r->kind == ENT_PERSON ||
        l->kind == ENT_CITY || r->kind == ENT_CITY)
      return false;
    const gaz_entity *both[2] = {l, r};
    int span[2][2] = {{a->first, k - 1}, {k + 1, re}};
    /* (a country by its name or its letters, not its people: "the
     * Bosnian-Serb army" is one) */
    for (size_t i = 0; i < 2; i++) {
      size_t b = x->w[span[i][0]].start, e = x->w[span[i][1]].end;
      bool letters = true;
      for (size_t c = b; c < e; c++)
        letters = letters && (g_ascii_isupper(x->ac->text[c]) ||
                              x->ac->text[c] == '.');
      if (both[i]->kind == ENT_COUNTRY && !letters &&
          (strlen(both[i]->name) != e - b ||
           strncmp(both[i]->name, x->ac->text + b, e - b) != 0))
        return false;
    }
    for (size_t i = 0; i < 2; i++) {
      ev_actor c;
      memset(&c, 0, sizeof c);
      c.name = both[i]->name;
      c.country = entity_country(both[i]);
      c.ent = both[i];
      c.kind = ACT_NAMED;
      c.word = a->word;
      c.first = span[i][0];
      c.last = span[i][1];
      frames_add_actor(list, count, &c);
    }
    return true;
  }
  return false;
}

/* "comments made by X", "a statement issued by X", "demands from X":
 * the phrase that tells who said the words noun n names, or -1. */
static int said_by(const fctx *x, int n) {
  if (!noun_names_saying(lemma(x, n)))
    return -1;
  /* ("demands from the military", "a proposal by Putin") */
  int j = frames_prep_word(x, n, "from", NULL);
  if (j < 0)
    j = frames_prep_word(x, n, "by", NULL);
  return j >= 0 ? j : frames_participle_by(x, n, NULL);
}

/* The actors of noun phrase n and of its conjuncts ("the United States
 * and the United Kingdom"). */
void frames_actors_of(fctx *x, int n, ev_actor *list, size_t *count) {
  ev_actor a;
  if (x->in_date[n - x->lo])
    return;
  /* ("arrested them on their way to a rally", "police on horseback": no
   * one) */
  if (lemma_among(x, n, (const char *const[]){"way", "horseback", NULL}))
    return;
  /* "closed its border with Russia": the neighbour */
  if (lemma_among(x, n, (const char *const[]){"border", "frontier",
                                               "boundary", NULL}))
    for (int i = n + 1; i < x->hi; i++)
      if (H(x, i) == n && nlp_dep_universal(D(x, i)) == NLP_DEP_NMOD &&
          marker_is(x, i, (const char *[]){"with", NULL}) && is_noun(&x->w[i])) {
        frames_actors_of(x, i, list, count);
        return;
      }
  if (both_countries(x, n, list, count) || both_persons(x, n, list, count))
    return;
  /* "dismissed comments made by X", "rejected a statement issued by
   * X": words said are their sayer's */
  int sayer = said_by(x, n);
  if (sayer >= 0) {
    frames_actors_of(x, sayer, list, count);
    return;
  }
  /* ("the diplomatic missions of France and Germany": the bodies, each) */
  int part_of = actor_body_part_of(x->ac, n);
  if (part_of >= 0) {
    frames_actors_of(x, part_of, list, count);
    return;
  }
  if (!actor_of(x->ac, n, &a))
    return;
  /* "officials from Tehran and Riyadh", "countries including China":
   * the names act; so do those a country's people include ("Lebanese
   * opposition figures, including Walid Jumblatt") */
  if (a.kind == ACT_GROUP ||
      (x->w[n].upos == NLP_UPOS_NOUN && x->w[n].xpos == NLP_XPOS_NNS &&
       a.ent && a.ent->kind == ENT_COUNTRY)) {
    /* "the governments of Norway, Chile and Peru", "leaders of the G7":
     * those who speak for the names (not "supporters of" them) */
    static const char *const voices[] = {
        "government", "leader",   "minister", "head",    "representative",
        "delegation", "official", "envoy",    "ambassador", "country",
        "nation",     "member",   "state",    NULL};
    bool of = false;
    for (size_t k = 0; voices[k] && !of; k++)
      of = lemma_is(x, n, voices[k]);
    /* ("the presidents of Rwanda and Burundi": heads of the states
     * named, one each) */
    of = of || (x->w[n].xpos == NLP_XPOS_NNS &&
                lemma_among(x, n, (const char *const[]){"president", "premier",
                                                        "king", "monarch",
                                                        "ruler", NULL}));
    size_t before = *count;
    ev_actor named_as;
    for (int i = x->lo; i < x->hi; i++)
      if (H(x, i) == n && nlp_dep_universal(D(x, i)) == NLP_DEP_NMOD &&
          (marker_is(x, i, (const char *[]){"from", "including", "include",
                                            "like", NULL}) ||
           (of && marker_is(x, i, (const char *[]){"of", NULL}))) &&
          (x->w[i].upos == NLP_UPOS_PROPN ||
           /* ("fighters from the M23 group") */
           (x->w[i].upos == NLP_UPOS_NOUN && !x->in_date[i - x->lo] &&
            actor_of(x->ac, i, &named_as) && named_as.kind == ACT_NAMED))) {
        frames_actors_of(x, i, list, count);
        /* ("arrested the leader of Hamas": the headline says whom) */
        if (of && *count == before + 1 && x->w[n].xpos == NLP_XPOS_NN &&
            marker_is(x, i, (const char *[]){"of", NULL}) &&
            /* (not "Minister of Territorial Administration Josue Binoua":
             * the holder, named) */
            !actor_is_person(x->ac, &list[before]) &&
            lemma_among(x, n,
                        (const char *const[]){
                            "leader", "head", "minister", "representative",
                            "official", "envoy", "ambassador", "member", NULL}))
          list[before].phrase = actor_office_phrase(x->ac, n, &list[before]);
        break;
      }
    if (*count > before)
      return;
  }
  /* "two rival militias: the Radaa force and the Nawasi brigade": the
   * ones a counted plural is told to be */
  if (x->w[n].xpos == NLP_XPOS_NNS && kid(x, n, NLP_DEP_NUMMOD, x->lo) >= 0) {
    int ap = kid(x, n, NLP_DEP_APPOS, x->lo);
    /* (the list after a colon hung on the plural's "of" phrase: "the two
     * factions of the regime: the army and ...") */
    for (int i = n + 1; ap < 0 && i < x->hi; i++)
      if (H(x, i) == n && nlp_dep_universal(D(x, i)) == NLP_DEP_NMOD) {
        int a2 = kid(x, i, NLP_DEP_APPOS, x->lo);
        int pu = a2 > i ? kid(x, a2, NLP_DEP_PUNCT, x->lo) : -1;
        if (pu >= 0 && pu < a2 && x->ac->text[x->ac->doc->words[pu].start] == ':')
          ap = a2;
      }
    size_t before = *count;
    if (ap > n && is_noun(&x->w[ap]))
      frames_actors_of(x, ap, list, count);
    if (*count > before)
      return;
  }
  /* "Syrian and Lebanese authorities": each country the adjectives
   * before a plural noun name, however the parser hung them (one
   * adjective is the noun's own country: "Chilean officials") */
  ev_actor adj[FRAME_MAX_ACTORS];
  size_t na = 0;
  /* ("the Sudanese Armed Forces": one name; but "the EU, US and UK
   * missions" name three) */
  if (a.kind != ACT_NAMED || modifier_list(x, n))
    adjective_countries(x, n, adj, &na);
  /* ("Syrian rebels", "Malian mutineers": those who fight their
   * country's state are a group of that country, not the country) */
  if (na == 1 && actor_against_state(x->ac, &a)) {
    if (!a.country)
      a.country = adj[0].country ? adj[0].country : adj[0].name;
    na = 0;
  }
  bool whole = a.kind != ACT_GROUP || !na;
  if (whole)
    frames_add_actor(list, count, &a);
  for (size_t k = 0; k < na; k++) {
    /* (a headline says the phrase once: "EU, US and UK missions urge",
     * not "... missions and UK urge") */
    if (whole && a.phrase)
      adj[k].phrase = "";
    frames_add_actor(list, count, &adj[k]);
  }
  /* (and the conjuncts of conjuncts: "Saudi Arabia, Egypt, Bahrain and
   * the UAE" parsed as a chain) */
  int at = n;
  /* ("arrested opposition leader Amos Kiprono and his deputy Ruth
   * Wanjiru": the conjunct hung on the name in apposition) */
  if (kid(x, n, NLP_DEP_CONJ, x->lo) < 0) {
    int ap = kid(x, n, NLP_DEP_APPOS, x->lo);
    if (ap > n && x->w[ap].upos == NLP_UPOS_PROPN)
      at = ap;
  }
  int first = at;
  for (int depth = 0; depth < 6 && at >= 0; depth++) {
    int next = -1;
    for (int i = at + 1; i < x->hi; i++)
      if (H(x, i) == at && D(x, i) == NLP_DEP_CONJ && is_noun(&x->w[i]) &&
          !x->in_date[i - x->lo]) {
        /* ("and a rival force, the Rapid Support Forces": the name) */
        int ap = x->w[i].upos == NLP_UPOS_NOUN
                     ? kid(x, i, NLP_DEP_APPOS, x->lo) : -1;
        ev_actor b;
        if (ap > i && is_noun(&x->w[ap]) && actor_of(x->ac, ap, &b) &&
            b.kind == ACT_NAMED)
          frames_add_actor(list, count, &b);
        else if (actor_of(x->ac, i, &a))
          frames_add_actor(list, count, &a);
        if (at != first || next < 0)
          next = i;
      }
    at = next;
  }
}

/* ------------------------------------------------------------------ */
/* Subjects                                                             */
/* ------------------------------------------------------------------ */

/* Is verb p passive: a passive auxiliary or subject, or a participle
 * with a "by" agent? */
bool roles_passive(const fctx *x, int p) {
  if (kid(x, p, NLP_DEP_AUX_PASS, x->lo) >= 0 ||
      kid(x, p, NLP_DEP_NSUBJ_PASS, x->lo) >= 0)
    return true;
  /* "Bazoum detained by putschists": a participle with a "by" agent */
  return x->w[p].xpos == NLP_XPOS_VBN && kid(x, p, NLP_DEP_AUX, x->lo) < 0 &&
         kid(x, p, NLP_DEP_OBL_AGENT, x->lo) >= 0;
}

static int name_before(const fctx *x, int p, bool *pass);
static int governing_subject(const fctx *x, int p, bool *pass);
static int phrase_before(const fctx *x, int p, bool *pass);

int roles_made_to(const fctx *x, int p, int *maker) {
  int h = H(x, p);
  if (x->w[p].upos != NLP_UPOS_VERB || h < x->lo ||
      kid(x, p, NLP_DEP_NSUBJ, x->lo) >= 0)
    return -1;
  /* (the infinitive on the verb, or on its object: "forced the minister
   * to resign" read as the minister's clause) */
  int v = h, o = -1;
  if (D(x, p) == NLP_DEP_XCOMP || D(x, p) == NLP_DEP_ADVCL) {
    o = kid(x, h, NLP_DEP_OBJ, x->lo);
    if (o < 0)
      o = kid(x, h, NLP_DEP_IOBJ, x->lo);
  } else if (D(x, p) == NLP_DEP_ACL && D(x, h) == NLP_DEP_OBJ &&
             H(x, h) >= x->lo) {
    v = H(x, h);
    o = h;
  }
  /* (the maker acting, not made itself: "the damage caused by the storm";
   * and one made to go somewhere, not a thing: "forced their way in to
   * arrest", "forced the plane to land") */
  if (o < 0 || !making_verb(&x->w[v]) ||
      !marker_is(x, p, (const char *[]){"to", NULL}) || roles_passive(x, v) ||
      D(x, v) == NLP_DEP_ACL || kid(x, v, NLP_DEP_OBL_AGENT, x->lo) >= 0 ||
      (x->w[v].xpos == NLP_XPOS_VBN && kid(x, v, NLP_DEP_AUX, x->lo) < 0) ||
      lemma_among(x, o, (const char *const[]){
                            "way", "plane", "aircraft", "jet", "airliner",
                            "flight", "ship", "vessel", "tanker", "boat",
                            "helicopter", "drone", "train", "car", "truck",
                            "vehicle", "convoy", "price", "cost", "rate",
                            NULL}))
    return -1;
  /* (a deed made to happen does not act itself: "forced the landing of
   * a jet to arrest a blogger" is the one who forced it arresting) */
  if (x->w[o].upos == NLP_UPOS_NOUN &&
      ((frames_candidate(x->lx, &x->w[o]) && frames_choose(x, o)) ||
       lemma_among(x, o,
                   (const char *const[]){"landing", "closure", "diversion",
                                         "evacuation", "cancellation",
                                         NULL}))) {
    o = kid(x, v, NLP_DEP_NSUBJ, x->lo);
    if (o < 0)
      return -1;
  }
  *maker = v;
  return o;
}

/* The subject of p, or of the verb p is a conjunct or control
 * complement of ("recaptured areas and on Tuesday demanded"), or the
 * one made to do it ("forced the minister to resign"). */
int roles_speech_noun(const fctx *x, int p) {
  /* ("a statement expressing concern and calling on all parties": the
   * participle joined to the first) */
  if (x->w[p].xpos == NLP_XPOS_VBG && D(x, p) == NLP_DEP_CONJ &&
      H(x, p) >= x->lo && x->w[H(x, p)].xpos == NLP_XPOS_VBG)
    p = H(x, p);
  int n = H(x, p);
  if (x->w[p].xpos != NLP_XPOS_VBG || D(x, p) != NLP_DEP_ACL || n < x->lo ||
      x->w[n].upos != NLP_UPOS_NOUN)
    return -1;
  const char *const *speech = lexicon_class(x->lx, "speech");
  for (size_t k = 0; speech && speech[k]; k++)
    if (lemma_is(x, n, speech[k]))
      return n;
  return -1;
}

int roles_document_noun(const fctx *x, int p) {
  int n = H(x, p);
  if (x->w[p].xpos != NLP_XPOS_VBG || D(x, p) != NLP_DEP_ACL || n < x->lo ||
      D(x, n) != NLP_DEP_OBJ || H(x, n) < x->lo ||
      x->w[H(x, n)].upos != NLP_UPOS_VERB)
    return -1;
  static const char *const classes[] = {"legislation", "edict", "speech"};
  for (size_t c = 0; c < G_N_ELEMENTS(classes); c++) {
    const char *const *words = lexicon_class(x->lx, classes[c]);
    if (words && lemma_among(x, n, words))
      return n;
  }
  return -1;
}

/* "a convoy was seen advancing toward Moscow", "witnesses saw troops
 * surround the residence", "a handout picture shows the minister talking
 * with the president": the one seen or shown does what the participle
 * or bare verb p tells, not the witness or the picture; that one's word,
 * or -1. */
static int seen_doer(const fctx *x, int p) {
  static const char *const seeing[] = {"see",  "watch",      "witness",
                                       "hear", "observe",    "spot",
                                       "film", "photograph", NULL};
  static const char *const showing[] = {"show",    "depict",  "capture",
                                        "feature", "picture", NULL};
  static const char *const pictures[] = {
      "picture", "photo",      "photograph", "image", "video",
      "footage", "film",       "grab",       "still", "clip",
      "handout", "screenshot", NULL};
  int hs = H(x, p), u = nlp_dep_universal(D(x, p)), xp = x->w[p].xpos;
  if (hs < x->lo || (u != NLP_DEP_XCOMP && u != NLP_DEP_ADVCL) ||
      (xp != NLP_XPOS_VBG && xp != NLP_XPOS_VB && xp != NLP_XPOS_VBP) ||
      kid(x, p, NLP_DEP_NSUBJ, x->lo) >= 0 ||
      kid(x, p, NLP_DEP_MARK, x->lo) >= 0) /* (not "to ...") */
    return -1;
  int v = -1, hsub = kid(x, hs, NLP_DEP_NSUBJ, x->lo);
  if (lemma_among(x, hs, seeing))
    v = hs;
  /* (what a picture shows: not "results that showed an early lead,
   * describing them as ...") */
  else if (lemma_among(x, hs, showing) && hsub >= 0 &&
           lemma_among(x, hsub, pictures))
    v = hs;
  /* ("reported seeing troops surround the residence" with "surround"
   * hung beside "seeing") */
  else if (u == NLP_DEP_XCOMP && xp != NLP_XPOS_VBG)
    for (int q = p - 1; q > hs && v < 0; q--)
      if (H(x, q) == hs && x->w[q].xpos == NLP_XPOS_VBG &&
          nlp_dep_universal(D(x, q)) == NLP_DEP_XCOMP &&
          lemma_among(x, q, seeing))
        v = q;
  if (v < 0)
    return -1;
  int ps = kid(x, v, NLP_DEP_NSUBJ_PASS, x->lo); /* ("was seen advancing") */
  if (ps >= 0)
    return ps;
  int o = kid(x, v, NLP_DEP_OBJ, x->lo);
  return o >= 0 && o < p ? o : -1;
}

int frames_subject(const fctx *x, int p, bool *pass) {
  int maker;
  int made = roles_made_to(x, p, &maker);
  if (made >= 0) {
    *pass = false;
    return made;
  }
  /* "... and Hezbollah retaliated": the parser may hang the name on the
   * clause before; a conjoined verb right after "and NAME" has it as its
   * subject */
  if (D(x, p) == NLP_DEP_CONJ && kid(x, p, NLP_DEP_NSUBJ, x->lo) < 0 &&
      p - 2 >= x->lo && x->w[p - 1].upos == NLP_UPOS_PROPN &&
      x->w[p - 2].upos == NLP_UPOS_CCONJ && H(x, p - 1) != p &&
      !x->in_date[p - 1 - x->lo]) {
    *pass = false;
    return p - 1;
  }
  /* "... after Israel on Tuesday struck Beirut": a conjoined verb with
   * a name of its own right before it, which the parser hung on the
   * clause before, has that name as its subject, not the first clause's */
  if (D(x, p) == NLP_DEP_CONJ && kid(x, p, NLP_DEP_NSUBJ, x->lo) < 0) {
    int s = name_before(x, p, pass);
    if (s >= 0)
      return s;
    /* "..., local militias agreed" with both words made conjuncts of
     * the verb before: the noun right before is the subject */
    if (p - 1 >= x->lo && is_noun(&x->w[p - 1]) &&
        D(x, p - 1) == NLP_DEP_CONJ && H(x, p - 1) == H(x, p) &&
        !x->in_date[p - 1 - x->lo] && x->w[p].upos == NLP_UPOS_VERB &&
        (x->w[p].xpos == NLP_XPOS_VBD || x->w[p].xpos == NLP_XPOS_VBZ ||
         x->w[p].xpos == NLP_XPOS_VBP)) {
      *pass = false;
      return p - 1;
    }
  }
  int seen = seen_doer(x, p);
  if (seen >= 0) {
    *pass = false;
    return seen;
  }
  /* "the ministry quoted Wang Yi as saying": the one quoted says */
  int h = H(x, p);
  if (x->w[p].xpos == NLP_XPOS_VBG && h >= x->lo &&
      nlp_dep_universal(D(x, p)) == NLP_DEP_ADVCL &&
      (lemma_is(x, h, "quote") || lemma_is(x, h, "cite")) &&
      kid(x, h, NLP_DEP_OBJ, x->lo) >= 0 &&
      kid(x, p, NLP_DEP_NSUBJ, x->lo) < 0) {
    *pass = false;
    return kid(x, h, NLP_DEP_OBJ, x->lo);
  }
  int sp = roles_speech_noun(x, p);
  if (sp >= 0 && kid(x, p, NLP_DEP_NSUBJ, x->lo) < 0 && H(x, sp) >= x->lo &&
      D(x, sp) == NLP_DEP_OBJ && x->w[H(x, sp)].upos == NLP_UPOS_VERB) {
    /* "Putin gave an address denouncing the mutiny": who gave it */
    int s = frames_subject(x, H(x, sp), pass);
    if (s >= 0 && !*pass)
      return s;
  }
  /* "adopted a resolution condemning the annexation", "signed a decree
   * imposing sanctions": what a text does, the one who issues it does */
  int dn = roles_document_noun(x, p);
  if (dn >= 0) {
    int ds = frames_subject(x, H(x, dn), pass);
    if (ds >= 0 && !*pass)
      return ds;
  }
  int s = governing_subject(x, p, pass);
  if (s < 0)
    s = name_before(x, p, pass);
  if (s < 0)
    s = roles_with_subject(x, p, pass);
  if (s < 0)
    s = phrase_before(x, p, pass);
  /* "local militias agreed to a truce" read as a noun modified by a
   * clause: a past tense has the noun as its subject */
  if (s < 0 && D(x, p) == NLP_DEP_ACL && x->w[p].xpos == NLP_XPOS_VBD &&
      H(x, p) >= x->lo && H(x, p) < p && is_noun(&x->w[H(x, p)])) {
    *pass = false;
    s = H(x, p);
  }
  return s;
}

/* "The secretary-general strongly condemns ...": a finite verb the
 * parser left without a subject, after a noun phrase that opens its
 * sentence; the phrase's last word, or -1. */
static int phrase_before(const fctx *x, int p, bool *pass) {
  int xp = x->w[p].xpos;
  if (xp != NLP_XPOS_VBD && xp != NLP_XPOS_VBZ && xp != NLP_XPOS_VBP)
    return -1;
  int k = p - 1;
  while (k >= x->lo && x->w[k].upos == NLP_UPOS_ADV)
    k--;
  if (k < x->lo || x->in_date[k - x->lo] ||
      (x->w[k].upos != NLP_UPOS_NOUN && x->w[k].upos != NLP_UPOS_ADJ &&
       x->w[k].upos != NLP_UPOS_PROPN))
    return -1;
  for (int i = x->lo; i < k; i++) {
    int u = x->w[i].upos;
    if (u != NLP_UPOS_DET && u != NLP_UPOS_ADJ && u != NLP_UPOS_NOUN &&
        u != NLP_UPOS_PROPN && !lemma_is(x, i, "-"))
      return -1;
  }
  *pass = false;
  return k;
}

/* "..., with Brazil's president Lula saying that ...": the noun phrase
 * right before a participle, introduced by "with", is its subject; -1
 * when there is none. */
int roles_with_subject(const fctx *x, int p, bool *pass) {
  if (x->w[p].xpos != NLP_XPOS_VBG || p - 1 < x->lo ||
      !is_noun(&x->w[p - 1]))
    return -1;
  int n = p - 1;
  while ((D(x, n) == NLP_DEP_FLAT || D(x, n) == NLP_DEP_APPOS) &&
         H(x, n) >= x->lo && H(x, n) < n)
    n = H(x, n); /* "with Russian president Vladimir Putin saying" */
  if (x->in_date[n - x->lo] || !marker_is(x, n, (const char *[]){"with", NULL}))
    return -1;
  *pass = false;
  return n;
}

/* The subject of p, or of the clause p is a conjunct, control complement
 * or non-finite adverbial of; -1 when there is none. */
static int governing_subject(const fctx *x, int p, bool *pass) {
  bool adverbial = false; /* the subject is that of a governing clause */
  for (int k = 0, q = p; q >= 0 && k < 4; k++) {
    int s = kid(x, q, NLP_DEP_NSUBJ, x->lo);
    if (s >= 0) {
      *pass = adverbial ? roles_passive(x, p) : D(x, s) == NLP_DEP_NSUBJ_PASS;
      return s;
    }
    int d = D(x, q);
    /* "..., after threatening to attack Gao": a clause without a finite
     * verb has the subject of the clause it modifies */
    bool nonfinite = x->w[q].xpos == NLP_XPOS_VBG ||
                     x->w[q].xpos == NLP_XPOS_VB || x->w[q].xpos == NLP_XPOS_VBN;
    /* but "withdrew the bill, saying ...": a saying that comes with an
     * act is part of it, no event of its own */
    static const char *const comment[] = {"say",   "add",   "tell",
                                          "note",  "claim", "insist",
                                          "argue", "explain", NULL};
    bool says = false;
    for (size_t c = 0; comment[c] && !says; c++)
      says = lemma_is(x, q, comment[c]);
    /* ("responded by saying ...": the saying is how one responded; "was
     * quoted as saying ...": the one quoted says it) */
    bool quoted = H(x, q) >= 0 && marker_is(x, q, (const char *[]){"as", NULL}) &&
                  lemma_among(x, H(x, q), (const char *const[]){
                                              "quote", "cite", "report", NULL});
    /* ("issued a statement on Thursday, saying ...": the saying is what
     * the statement says, its issuer's) */
    int hq = H(x, q), ho = hq >= x->lo ? kid(x, hq, NLP_DEP_OBJ, x->lo) : -1;
    const char *const *speech = lexicon_class(x->lx, "speech");
    bool issued = says && ho >= 0 && speech && lemma_among(x, ho, speech);
    /* (its auxiliaries non-finite too: "after being arrested", "since
     * getting elected") */
    bool finite_aux = false;
    for (int j = x->lo; j < q && !finite_aux; j++)
      finite_aux = H(x, j) == q && nlp_dep_universal(D(x, j)) == NLP_DEP_AUX &&
                   x->w[j].xpos != NLP_XPOS_VBG && x->w[j].xpos != NLP_XPOS_VBN;
    /* ("described the prisoners as having been deported": an "as"
     * clause on a verb with an object is the object's) */
    int ao = d == NLP_DEP_ADVCL && nonfinite && H(x, q) >= x->lo &&
                     marker_is(x, q, (const char *[]){"as", NULL})
                 ? kid(x, H(x, q), NLP_DEP_OBJ, x->lo)
                 : -1;
    if (ao >= 0) {
      *pass = roles_passive(x, p);
      return ao;
    }
    if (d == NLP_DEP_ADVCL && nonfinite &&
        (!says || quoted || issued ||
         marker_is(x, q, (const char *[]){"by", NULL})) &&
        !finite_aux)
      adverbial = true;
    else if (d != NLP_DEP_CONJ && d != NLP_DEP_XCOMP)
      break;
    q = H(x, q);
    /* "issued warnings and deployed missiles" with the second verb
     * hung on the first one's object: that verb's subject */
    if (d == NLP_DEP_CONJ && q >= x->lo && x->w[q].upos == NLP_UPOS_NOUN &&
        D(x, q) == NLP_DEP_OBJ && x->w[p].upos == NLP_UPOS_VERB)
      q = H(x, q);
  }
  return -1;
}

/* A finite verb the parser left without a subject: the name right before
 * it is one ("..., Jamaican Prime Minister Andrew Holness said"); -1
 * when there is none. */
static int name_before(const fctx *x, int p, bool *pass) {
  int xp = x->w[p].xpos;
  int from = p;
  bool passive_aux = false;
  if (xp == NLP_XPOS_VBN) {
    /* "... and Mr Damiba was sworn in": the auxiliary is finite */
    for (int a = p - 1; a >= x->lo && a >= p - 3; a--)
      if (H(x, a) == p && (D(x, a) == NLP_DEP_AUX_PASS ||
                           D(x, a) == NLP_DEP_AUX)) {
        int ax = x->w[a].xpos;
        if (ax == NLP_XPOS_VBD || ax == NLP_XPOS_VBZ || ax == NLP_XPOS_VBP) {
          from = a;
          xp = ax;
          passive_aux = D(x, a) == NLP_DEP_AUX_PASS;
        }
      }
  }
  if (xp != NLP_XPOS_VBD && xp != NLP_XPOS_VBZ && xp != NLP_XPOS_VBP)
    return -1;
  /* ... past a date or an adverb between them ("Melanie Joly on Monday
   * announced", "the ministry also said") */
  int k = from - 1;
  while (k >= x->lo &&
         (x->in_date[k - x->lo] || x->w[k].upos == NLP_UPOS_ADV ||
          (x->w[k].upos == NLP_UPOS_ADP && k + 1 < p &&
           x->in_date[k + 1 - x->lo])))
    k--;
  /* ... or past the comma closing an apposition ("its leader, Omar
   * Sayed, was killed") */
  if (k - 1 >= x->lo && x->w[k].upos == NLP_UPOS_PUNCT &&
      lemma_is(x, k, ",") && x->w[k - 1].upos == NLP_UPOS_PROPN)
    k--;
  while (k >= x->lo && D(x, k) == NLP_DEP_FLAT && H(x, k) >= x->lo &&
         H(x, k) < k && x->w[H(x, k)].upos == NLP_UPOS_PROPN &&
         !x->in_date[H(x, k) - x->lo])
    k = H(x, k); /* the name's head: "Melanie" of "Melanie Joly" */
  /* "the Minister for Foreign Affairs": the name the "of" or "for"
   * phrase belongs to */
  for (;;) {
    int j = k;
    while (j - 1 >= x->lo && x->w[j - 1].upos == NLP_UPOS_PROPN &&
           !x->in_date[j - 1 - x->lo])
      j--;
    if (j - 2 < x->lo || x->w[j - 2].upos != NLP_UPOS_PROPN ||
        x->in_date[j - 2 - x->lo] ||
        !(lemma_is(x, j - 1, "of") || lemma_is(x, j - 1, "for")))
      break;
    k = j - 2;
  }
  if (k >= x->lo && x->w[k].upos == NLP_UPOS_PROPN && H(x, k) != p) {
    *pass = passive_aux;
    return k;
  }
  return -1;
}

/* ------------------------------------------------------------------ */
/* Roles of a verb                                                      */
/* ------------------------------------------------------------------ */

/* The preposition that introduces a frame's target: its own ("call
 * for"), else the last word of its headline phrase when that is one ("cut
 * ties with", "impose sanctions on"). */
static const char *target_prep(const frame_def *f) {
  const char *t = f->title ? strrchr(f->title, ' ') : NULL;
  if (f->prep && strcmp(f->prep, "as") == 0)
    return NULL; /* "named as successor": a role, not a target */
  if (f->prep) {
    /* a preposition of manner inside the title ("speak by phone with"):
     * the title's last one names the target */
    size_t pl = strlen(f->prep);
    const char *in = t ? strstr(f->title, f->prep) : NULL;
    if (!in || in + pl >= t || in[pl] != ' ' ||
        (in > f->title && in[-1] != ' '))
      return f->prep;
  }
  if (!t)
    return f->prep;
  static const char *const preps[] = {"with", "on", "against", "to", "for",
                                      "from", "into", "at", "over", "of",
                                      "upon", "toward", "towards", "in"};
  for (size_t k = 0; k < ARRAY_SIZE(preps); k++)
    if (strcmp(t + 1, preps[k]) == 0)
      return preps[k];
  return f->prep;
}

/* "on suspicion of", "on charges of", "on behalf of": why or for whom,
 * not on whom. */
static bool reason_noun(const fctx *x, int i) {
  static const char *const l[] = {
      "suspicion", "charge", "ground", "accusation", "allegation", "basis",
      "condition", "behalf", "account", "order", "pretext", "instruction",
      "request", "orders", "count", "evidence", NULL};
  for (size_t k = 0; l[k]; k++)
    if (lemma_is(x, i, l[k]))
      return true;
  return false;
}

/* Adds to fr's agents those of event noun n read as frame def ("an
 * Israeli strike killed X": who struck). */
static void noun_agents(fctx *x, int n, const frame_def *def, ev_frame *fr) {
  ev_frame in;
  memset(&in, 0, sizeof in);
  in.def = def;
  roles_noun(x, n, &in);
  for (size_t k = 0; k < in.n_agents; k++)
    frames_add_actor(fr->agents, &fr->n_agents, &in.agents[k]);
}

/* "cut gas exports to X", "suspended flights from X", "visa services for
 * X": a link of trade or travel goes to, comes from or is kept with
 * whomever it names, whatever the frame's preposition.  Is noun i such a
 * link, the object of a frame that cuts or restores links? */
static const char *const link_preps[] = {"to", "from", "with", "for", NULL};
static bool link_noun(const fctx *x, const frame_def *f, int i) {
  static const char *const links[] = {
      "trade",       "export", "import",     "flight", "shipment",
      "delivery",    "supply", "service",    "visa",   "transit",
      "traffic",     "route",  "link",       "gas",    "oil",
      "electricity", "fuel",   "investment", NULL};
  return f->obj &&
         (f->type == ANNALS_TYPE_REDUCE_RELATIONS ||
          f->type == ANNALS_TYPE_MATERIAL_COOPERATION) &&
         lemma_among(x, i, f->obj) && lemma_among(x, i, links);
}

/* "met with the rebels", "signed a deal with Kenya": the partners after
 * "with" at word i, those who can act: a name, a state's body, people or
 * a body of them; not what the act is done with ("signed the treaty with
 * a sweep of his pen", "with a gold pen"). */
static void partners_with(fctx *x, int i, ev_frame *fr) {
  static const char *const bodies[] = {
      "government", "delegation", "team",    "side",      "party",    "group",
      "opposition", "country",    "state",   "nation",    "union",    "bloc",
      "coalition",  "alliance",   "company", "firm",      "people",   "faction",
      "movement",   "junta",      "regime",  "neighbour", "neighbor", NULL};
  ev_actor tmp[FRAME_MAX_ACTORS];
  size_t n = 0;
  frames_actors_of(x, i, tmp, &n);
  for (size_t k = 0; k < n; k++) {
    const ev_actor *a = &tmp[k];
    int h = a->word;
    bool acts = a->kind == ACT_NAMED || a->state || a->crowd || h < x->lo ||
                h >= x->hi || x->w[h].upos != NLP_UPOS_NOUN ||
                noun_names_person(lemma(x, h)) || lemma_among(x, h, bodies);
    if (acts)
      frames_add_actor(fr->targets, &fr->n_targets, a);
  }
}

/* The roles the subject gives: agent, or target of a passive (and the
 * co-subjects the parser split off). */
/* The ones a phrase's own object at i names after the frame's
 * preposition ("cut ties with X", "sent aid to X"), after "with" for a
 * meeting ("held talks with X") or after "against", who are its targets;
 * envoys are recalled "to" where they serve. */
static void object_partners(fctx *x, int p, const frame_def *f, int i,
                            bool envoys, ev_frame *fr) {
  const char *tp = target_prep(f);
  /* "held an urgent meeting with X": who one meets or works with */
  if (!tp && (f->type == ANNALS_TYPE_CONSULT ||
              f->type == ANNALS_TYPE_DIPLOMATIC_COOPERATION ||
              f->type == ANNALS_TYPE_MATERIAL_COOPERATION))
    tp = "with";
  /* "talks with X were called off": the talks' partner is who they
   * are broken off with */
  if (!tp && lemma_among(x, i, (const char *const[]){"talk", "negotiation",
                                                      "dialogue", "meeting",
                                                      NULL}))
    tp = "with";
  /* ("aid for X": whom aid is for is whom it goes to) */
  const char *tp2 = tp && strcmp(tp, "to") == 0 &&
                            (f->type == ANNALS_TYPE_MATERIAL_COOPERATION ||
                             (f->cameo && strncmp(f->cameo, "033", 3) == 0) ||
                             (f->cameo && strncmp(f->cameo, "07", 2) == 0))
                        ? "for"
                        : tp;
  /* ("cut gas exports to X", "suspended flights from X") */
  bool link = tp && link_noun(x, f, i);
  /* (or on its conjunct, "the release and reinstatement of X", or on
   * what it measures, "20 tonnes of supplies to X", "$300 million in aid
   * to X") */
  for (int j = x->lo; tp && j < x->hi; j++)
    if ((H(x, j) == i ||
         (H(x, j) > i && H(x, H(x, j)) == i &&
          x->w[H(x, j)].upos == NLP_UPOS_NOUN &&
          (D(x, H(x, j)) == NLP_DEP_CONJ ||
           (nlp_dep_universal(D(x, H(x, j))) == NLP_DEP_NMOD &&
            (marker_is(x, H(x, j), (const char *[]){"of", NULL}) ||
             (marker_is(x, H(x, j), (const char *[]){"in", NULL}) && f->obj &&
              lemma_among(x, H(x, j), f->obj)))))) ||
         /* ("pledged 500 million euros in military aid to X") */
         (H(x, j) > i && H(x, H(x, j)) == p &&
          frames_amount_in(x, p, H(x, j), f))) &&
        nlp_dep_universal(D(x, j)) == NLP_DEP_NMOD &&
        (marker_is(x, j, (const char *[]){tp, tp2, NULL}) ||
         (link && marker_is(x, j, link_preps)) ||
         (envoys && marker_is(x, j, (const char *[]){"to", NULL}))) &&
        /* (not the frame's own phrase: "fired missiles into the sea") */
        !(f->pobj && lemma_among(x, j, f->pobj))) {
      if (marker_is(x, j, (const char *[]){"with", NULL}))
        partners_with(x, j, fr);
      else
        frames_actors_of(x, j, fr->targets, &fr->n_targets);
    }
  /* ("recalled its ambassador to Turkey for consultations", the "to"
   * phrase hung on the verb) */
  for (int j = i + 1; envoys && j < x->hi; j++)
    if (H(x, j) == p && nlp_dep_universal(D(x, j)) == NLP_DEP_OBL &&
        !x->in_date[j - x->lo] &&
        marker_is(x, j, (const char *[]){"to", NULL})) {
      frames_actors_of(x, j, fr->targets, &fr->n_targets);
      break;
    }
  /* "dropped the charges against X", "lifted the sanctions against X":
   * whom the object is aimed at, whatever the frame's preposition */
  for (int j = i + 1; j < x->hi; j++)
    if (H(x, j) == i && nlp_dep_universal(D(x, j)) == NLP_DEP_NMOD &&
        !(tp && strcmp(tp, "against") == 0) && !x->in_date[j - x->lo] &&
        marker_is(x, j, (const char *[]){"against", NULL}))
      frames_actors_of(x, j, fr->targets, &fr->n_targets);
}

/* Is p a relative clause with "that", "which" or "whom" before its
 * subject sj ("the council that the governor dissolved")?  (A clause the
 * parser hung on a noun with no relative word, "supporters of X
 * Bolsonaro broke through", is too often a misreading.) */
static bool object_relative(const fctx *x, int p, int sj) {
  int h = H(x, p);
  if (D(x, p) != NLP_DEP_ACL_RELCL || h < x->lo || sj < 0)
    return false;
  for (int i = h + 1; i < sj; i++)
    if (H(x, i) == p &&
        lemma_among(x, i, (const char *const[]){"that", "which", "whom", NULL}))
      return true;
  return false;
}

static void subject_roles(fctx *x, int p, const frame_def *f, ev_frame *fr) {
  bool pass = false;
  int s = frames_subject(x, p, &pass);
  /* "accused Ukraine of attacking the plant", "a man convicted of
   * killing an officer": the one charged is who did it */
  int ch = H(x, p);
  /* ("blamed New Delhi for killing", "condemned Russia for attacking",
   * "thanked Qatar for mediating", "arrested him for spying": the one
   * blamed, praised or punished for it likewise) */
  bool blamed_for =
      ch >= 0 && marker_is(x, p, (const char *[]){"for", NULL}) &&
      lemma_among(
          x, ch,
          (const char *const[]){
              "blame",        "condemn", "criticize", "criticise", "punish",
              "sanction",     "fault",   "denounce",  "rebuke",    "censure",
              "reprimand",    "slam",    "thank",     "praise",    "commend",
              "congratulate", "credit",  "hail",      "laud",      "applaud",
              "salute",       "reward",  "honour",    "honor",     "arrest",
              "detain",       "jail",    "imprison",  "fine",      "sentence",
              "prosecute",    "expel",   "sue",       NULL});
  /* ("placed sanctions on three Iranians for supplying drones": the one
   * a penalty is laid on, for a deed, did it) */
  if (x->w[p].xpos == NLP_XPOS_VBG && ch >= 0 && !blamed_for &&
      marker_is(x, p, (const char *[]){"for", NULL}) &&
      x->w[ch].upos == NLP_UPOS_VERB) {
    static const char *const penalties[] = {
        "sanction", "penalty",     "ban",     "fine",   "tariff",
        "embargo",  "restriction", "measure", "travel", NULL};
    int pen = kid(x, ch, NLP_DEP_OBJ, x->lo), on = -1;
    if (pen >= 0 && !lemma_among(x, pen, penalties))
      pen = -1;
    for (int j = x->lo; pen >= 0 && j < x->hi && on < 0; j++)
      if ((H(x, j) == ch || H(x, j) == pen) &&
          (nlp_dep_universal(D(x, j)) == NLP_DEP_OBL ||
           nlp_dep_universal(D(x, j)) == NLP_DEP_NMOD) &&
          marker_is(x, j, (const char *[]){"on", "against", NULL}))
        on = j;
    if (on >= 0) {
      s = on;
      pass = false;
    }
  }
  if (x->w[p].xpos == NLP_XPOS_VBG && ch >= 0 &&
      (marker_is(x, p, (const char *[]){"of", NULL}) || blamed_for) &&
      (blamed_for ||
       lemma_among(x, ch, (const char *const[]){"accuse", "charge", "suspect",
                                               "convict", "blame", "indict",
                                               "acquit", NULL}))) {
    int o = kid(x, ch, NLP_DEP_OBJ, x->lo);
    if (o < 0 && D(x, ch) == NLP_DEP_ACL)
      o = H(x, ch); /* ("a man convicted of ...") */
    if (o < 0)
      o = kid(x, ch, NLP_DEP_NSUBJ_PASS, x->lo); /* ("X was accused of") */
    if (o >= 0) {
      s = o;
      pass = false;
    }
  }
  fr->passive = roles_passive(x, p);
  /* (a passive conjunct's borrowed subject undergoes it too: "jumped
   * out but was recaptured by the pirates") */
  pass = pass || (fr->passive && s >= 0 &&
                  (H(x, s) == p || kid(x, p, NLP_DEP_AUX_PASS, x->lo) >= 0));
  /* "clashes erupted, with two officials killed": a participle's "with"
   * subject undergoes it */
  if (s >= 0 && !pass &&
      (x->w[p].xpos == NLP_XPOS_VBN || x->w[p].xpos == NLP_XPOS_VBD) &&
      kid(x, p, NLP_DEP_AUX, x->lo) < 0 &&
      (marker_is(x, s, (const char *[]){"with", NULL}) ||
       /* ("... killed and six soldiers injured") */
       (D(x, p) == NLP_DEP_CONJ && H(x, p) >= 0 &&
        kid(x, H(x, p), NLP_DEP_NSUBJ, x->lo) >= 0 &&
        marker_is(x, kid(x, H(x, p), NLP_DEP_NSUBJ, x->lo),
                  (const char *[]){"with", NULL})))) {
    pass = true;
    fr->passive = true;
  }
  /* "Bhutto assassinated at rally", "Three soldiers killed in ambush": a
   * headline's participle with no auxiliary and no object, told where or
   * how, is a passive */
  /* (not a relative clause with a subject of its own: "the council
   * that the governor dissolved in 2001") */
  if (s >= 0 && !pass && (H(x, s) == p || D(x, p) == NLP_DEP_ACL) &&
      !object_relative(x, p, s) &&
      (f->type == ANNALS_TYPE_ASSAULT || f->type == ANNALS_TYPE_COERCE ||
       f->type == ANNALS_TYPE_MASS_VIOLENCE) &&
      (x->w[p].xpos == NLP_XPOS_VBN || x->w[p].xpos == NLP_XPOS_VBD) &&
      kid(x, p, NLP_DEP_AUX, x->lo) < 0 && kid(x, p, NLP_DEP_OBJ, x->lo) < 0 &&
      kid(x, p, NLP_DEP_CCOMP, x->lo) < 0 &&
      kid(x, p, NLP_DEP_XCOMP, x->lo) < 0) {
    bool where = false;
    for (int i = x->lo; i < x->hi && !where; i++)
      where = H(x, i) == p && nlp_dep_universal(D(x, i)) == NLP_DEP_OBL &&
              marker_is(x, i, (const char *[]){"at", "in", "during", "near",
                                               "outside", NULL});
    if (where) {
      pass = true;
      fr->passive = true;
    }
  }
  /* "Rosa Lima elected first female president", "the vote saw Diego Paz
   * elected mayor": a verb of making one an office, a participle with no
   * auxiliary whose subject is a person and whose only object a bare noun
   * of a person ("a new army chief" would be the object of an act), is a
   * passive: the person was made that */
  if (s >= 0 && !pass && H(x, s) == p && lemma_among(x, p, naming_verbs) &&
      (x->w[p].xpos == NLP_XPOS_VBN || x->w[p].xpos == NLP_XPOS_VBD) &&
      kid(x, p, NLP_DEP_AUX, x->lo) < 0) {
    int o = kid(x, p, NLP_DEP_OBJ, x->lo);
    if (o < 0)
      o = kid(x, p, NLP_DEP_XCOMP, x->lo);
    ev_actor sa;
    if (o > p && x->w[o].upos == NLP_UPOS_NOUN && x->w[o].xpos == NLP_XPOS_NN &&
        noun_names_person(x->w[o].lemma) && kid(x, o, NLP_DEP_DET, x->lo) < 0 &&
        kid(x, o, NLP_DEP_NMOD_POSS, x->lo) < 0 &&
        kid(x, p, NLP_DEP_IOBJ, x->lo) < 0 && actor_peek(x->ac, s, &sa) &&
        actor_is_person(x->ac, &sa)) {
      pass = true;
      fr->passive = true;
    }
  }
  /* "a siege at a hotel in the capital which killed 15 people": a place
   * kills no one; "which" stands for the deed the place is told of, up
   * the phrase (wherever the parser hung the clause) */
  if (s >= 0 && !pass && s > x->lo && lemma_is(x, s, "which") &&
      (f->type == ANNALS_TYPE_ASSAULT || f->type == ANNALS_TYPE_FIGHT ||
       f->type == ANNALS_TYPE_MASS_VIOLENCE)) {
    int q = s - 1;
    for (int k = 0;
         q >= x->lo && k < 4 && x->w[q].upos == NLP_UPOS_NOUN &&
         (actor_place_noun(&x->w[q]) || lemma_among(x, q, x->ac->premises) ||
          lemma_among(x, q,
                      (const char *const[]){"hotel", "market", "school",
                                            "hospital", "mosque", "church",
                                            "camp", "base", NULL}));
         k++)
      q = nlp_dep_universal(D(x, q)) == NLP_DEP_NMOD ||
                  nlp_dep_universal(D(x, q)) == NLP_DEP_OBL
              ? H(x, q)
              : -1;
    /* (the deed's noun, or the verb the place is told of: "a siege ...
     * at a hotel" with "at a hotel" on "ended") */
    if (q >= x->lo && x->w[q].upos == NLP_UPOS_VERB) {
      int o = kid(x, q, NLP_DEP_OBJ, x->lo);
      q = o >= 0 && o < s - 1 ? o : -1;
    }
    /* (up through the phrase's other nouns: "a raid by bandits on a
     * market in the town which ...") */
    for (int k = 0; q >= x->lo && q < s - 1 && k < 4; k++) {
      const frame_def *qf =
          x->w[q].upos == NLP_UPOS_NOUN && frames_candidate(x->lx, &x->w[q])
              ? frames_choose(x, q)
              : NULL;
      if (qf && annals_type_quad(qf->type) == ANNALS_QUAD_MATERIAL_CONFLICT) {
        s = q;
        break;
      }
      q = x->w[q].upos == NLP_UPOS_NOUN &&
                  nlp_dep_universal(D(x, q)) == NLP_DEP_NMOD
              ? H(x, q)
              : -1;
    }
  }
  if (s >= 0 && x->w[s].upos == NLP_UPOS_PRON && D(x, p) == NLP_DEP_ACL_RELCL &&
      H(x, p) >= 0) { /* "the coalition that was launched": the noun */
    s = H(x, p);
    /* "Deby was a Chadian politician who ruled Chad": one said to be
     * the noun is who */
    int cs = kid(x, s, NLP_DEP_NSUBJ, x->lo);
    if (x->w[s].upos == NLP_UPOS_NOUN && kid(x, s, NLP_DEP_COP, x->lo) >= 0 &&
        cs >= 0 && x->w[cs].upos == NLP_UPOS_PROPN)
      s = cs;
    /* "the leader addressed a press conference that rejected the
     * results": what a statement or a conference says, the one who
     * gives it says */
    const char *const *speech = lexicon_class(x->lx, "speech");
    bool sp = false;
    int g = H(x, s);
    if (!pass && speech && x->w[s].upos == NLP_UPOS_NOUN &&
        lemma_among(x, s, speech) && D(x, s) == NLP_DEP_OBJ && g >= x->lo &&
        x->w[g].upos == NLP_UPOS_VERB) {
      int gs = frames_subject(x, g, &sp);
      if (gs >= 0 && !sp && x->w[gs].upos != NLP_UPOS_PRON)
        s = gs;
    }
  }
  int r = x->reporter[p - x->lo];
  if (s >= 0 && !pass && x->w[s].xpos == NLP_XPOS_PRP && r >= 0 &&
      !lemma_is(x, s, "I") && !lemma_is(x, s, "you")) {
    /* "X announced they were cutting ties": they are X */
    bool rp;
    int rs = frames_subject(x, r, &rp);
    /* ("MEND, which says it is fighting": the noun "which" stands for) */
    if (rs >= 0 && !rp &&
        lemma_among(x, rs,
                    (const char *const[]){"which", "who", "that", NULL}) &&
        D(x, r) == NLP_DEP_ACL_RELCL && H(x, r) >= x->lo &&
        (x->w[H(x, r)].upos == NLP_UPOS_PROPN ||
         x->w[H(x, r)].upos == NLP_UPOS_NOUN))
      rs = H(x, r);
    /* ("State television said he died", "officials said she was freed":
     * "he" and "she" are one person, never a body, a thing or many) */
    bool one = lemma_is(x, s, "he") || lemma_is(x, s, "she");
    ev_actor ra;
    if (one && rs >= 0 && !rp &&
        (x->w[rs].upos == NLP_UPOS_NOUN
             ? !noun_names_person(x->w[rs].lemma) ||
                   x->w[rs].xpos == NLP_XPOS_NNS
             : x->w[rs].upos == NLP_UPOS_PROPN && actor_peek(x->ac, rs, &ra) &&
                   ra.ent && ra.ent->kind != ENT_PERSON))
      rs = -1;
    if (rs >= 0 && !rp && x->w[rs].upos != NLP_UPOS_PRON)
      s = rs;
  }
  /* "Chile and Peru cut ties with Bolivia, as they accused ...": the
   * plural pronoun of a clause on a verb is that verb's subject */
  int g = H(x, p);
  if (s >= 0 && !pass && r < 0 && g >= 0 && lemma_is(x, s, "they") &&
      (D(x, p) == NLP_DEP_ADVCL || D(x, p) == NLP_DEP_CONJ)) {
    bool gp;
    int gs = frames_subject(x, g, &gp);
    if (gs >= 0 && !gp && x->w[gs].upos == NLP_UPOS_PROPN &&
        kid(x, gs, NLP_DEP_CONJ, x->lo) >= 0)
      s = gs;
  }
  const frame_def *sf = s >= 0 && !pass && x->w[s].upos == NLP_UPOS_NOUN &&
                               frames_candidate(x->lx, &x->w[s])
                           ? frames_choose(x, s)
                           : NULL;
  if (sf && annals_type_quad(sf->type) == ANNALS_QUAD_MATERIAL_CONFLICT) {
    /* "an Israeli strike killed X": who struck killed; and the deed the
     * noun is the own subject of is as sure as the noun says ("a drone
     * strike hit a market": a strike, if no one is named) */
    noun_agents(x, s, sf, fr);
    if (annals_type_quad(f->type) == ANNALS_QUAD_MATERIAL_CONFLICT &&
        H(x, s) == p && D(x, s) == NLP_DEP_NSUBJ &&
        sf->strength > fr->strength_floor)
      fr->strength_floor = sf->strength;
  } else if (s >= 0) {
    /* "Morales was granted asylum", "the rebels were offered an
     * amnesty": the passive of a verb of giving with its object kept
     * has for its subject the one who receives */
    int ko = pass && f->obj ? kid(x, p, NLP_DEP_OBJ, x->lo) : -1;
    bool receiver = ko >= 0 && ko > s && lemma_among(x, ko, f->obj);
    if (receiver)
      fr->object = lemma(x, ko); /* ("Rebels offered amnesty") */
    if (pass && f->obj && !receiver && frames_has_obj_in(x, p, f->obj, false) &&
        (x->w[s].upos == NLP_UPOS_NOUN || x->w[s].upos == NLP_UPOS_PROPN)) {
      /* "the Camp David Accords were signed": the phrase's own object;
       * but a name on it undergoes ("an Indian diplomat was expelled") */
      ev_actor a;
      /* ("CSTO forces were sent to Bishkek", "the forces of the CSTO
       * were sent", "Russian troops were deployed": forces sent are
       * their owner's, who sends them) */
      bool owned = x->w[s].upos == NLP_UPOS_NOUN &&
                   (f->type == ANNALS_TYPE_FORCE_POSTURE ||
                    (f->cameo && strcmp(f->cameo, "074") == 0)) &&
                   kid(x, p, NLP_DEP_OBL_AGENT, x->lo) < 0;
      int of = -1;
      for (int i = s + 1; owned && i < x->hi && of < 0; i++)
        if (H(x, i) == s && nlp_dep_universal(D(x, i)) == NLP_DEP_NMOD &&
            marker_is(x, i, (const char *[]){"of", NULL}) &&
            x->w[i].upos == NLP_UPOS_PROPN)
          of = i;
      if (of >= 0 && actor_of(x->ac, of, &a) && a.kind == ACT_NAMED) {
        frames_add_actor(fr->agents, &fr->n_agents, &a);
      } else if (actor_of(x->ac, s, &a)) {
        if (a.kind == ACT_NAMED && owned)
          frames_add_actor(fr->agents, &fr->n_agents, &a);
        else if (a.kind == ACT_NAMED && x->w[s].upos == NLP_UPOS_NOUN)
          frames_add_actor(fr->targets, &fr->n_targets, &a);
        else
          fr->object = a.phrase && *a.phrase ? a.phrase : a.name;
      }
      object_partners(x, p, f, s, false, fr);
    } else if (pass) {
      frames_actors_of(x, s, fr->targets, &fr->n_targets);
    } else {
      size_t before = fr->n_agents;
      /* "the drone launched by the rebels struck a tanker": who launched
       * it struck */
      int by = x->w[s].upos == NLP_UPOS_NOUN ? frames_launcher(x, s) : -1;
      frames_actors_of(x, by >= 0 ? by : s, fr->agents, &fr->n_agents);
      /* "the border service said its forces repelled ...": the forces
       * are the speaker's state's */
      int po = kid(x, s, NLP_DEP_NMOD_POSS, x->lo);
      bool rp = false;
      int rs = r >= 0 && po >= 0 &&
                       (lemma_is(x, po, "its") || lemma_is(x, po, "their"))
                   ? frames_subject(x, r, &rp)
                   : -1;
      ev_actor owner;
      if (rs >= 0 && !rp && fr->n_agents > before &&
          fr->agents[before].kind == ACT_GROUP &&
          !fr->agents[before].country && actor_of(x->ac, rs, &owner)) {
        const char *c = owner.country ? owner.country
                        : owner.ent && owner.ent->kind == ENT_COUNTRY
                            ? owner.name
                            : NULL;
        if (c)
          fr->agents[before].country = c;
      }
    }
    /* "The Parliament and the Palace were bombed" parsed with the verb
     * as a conjunct of the first noun: that noun is a subject too */
    int co = D(x, p) == NLP_DEP_CONJ ? H(x, p) : -1;
    if (co >= x->lo && co < s && H(x, s) == p &&
        (x->w[co].upos == NLP_UPOS_NOUN || x->w[co].upos == NLP_UPOS_PROPN) &&
        D(x, co) == NLP_DEP_ROOT && !x->in_date[co - x->lo]) {
      if (pass)
        frames_actors_of(x, co, fr->targets, &fr->n_targets);
      else
        frames_actors_of(x, co, fr->agents, &fr->n_agents);
    }
    /* "Saudi Arabia and the United States hosted", "the Parliament and
     * the Palace were bombed" read as two subjects */
    for (int i = s + 1; i < x->hi; i++)
      if (H(x, i) == H(x, s) && D(x, i) == D(x, s) &&
          (D(x, i) == NLP_DEP_NSUBJ || D(x, i) == NLP_DEP_NSUBJ_PASS)) {
        if (pass)
          frames_actors_of(x, i, fr->targets, &fr->n_targets);
        else
          frames_actors_of(x, i, fr->agents, &fr->n_agents);
      }
  } else if (D(x, p) == NLP_DEP_ACL && x->w[p].xpos == NLP_XPOS_VBN &&
             H(x, p) >= 0) {
    /* "a finance bill backed by the president": the noun undergoes it
     * (but "the drones launched by Russia" are what was launched) */
    size_t before = fr->n_targets;
    if (!(f->obj && lemma_among(x, H(x, p), f->obj)))
      frames_actors_of(x, H(x, p), fr->targets, &fr->n_targets);
    else if (!fr->object)
      fr->object = lemma(x, H(x, p));
    /* ("the ceasefire, brokered by Egypt and Qatar": an event's noun is
     * what was done) */
    bool named = false;
    for (size_t k = before; k < fr->n_targets; k++)
      named = named || fr->targets[k].kind == ACT_NAMED;
    if (!named && !fr->object && x->w[H(x, p)].upos == NLP_UPOS_NOUN &&
        frames_candidate(x->lx, &x->w[H(x, p)]))
      fr->object = lemma(x, H(x, p));
  }
}

/* "seized the airport from government forces", "retook the town from
 * Islamist militants" (the phrase on the verb or on its object): whom a
 * place is taken from, at word i, is a party of the record though not of
 * its headline ("Rebels seize airport"). */
static void taken_from(fctx *x, int p, const frame_def *f, int i,
                       ev_frame *fr) {
  ev_actor pl, tmp[FRAME_MAX_ACTORS];
  size_t nt = 0;
  if ((f->type != ANNALS_TYPE_FIGHT && f->type != ANNALS_TYPE_ASSAULT) ||
      kid(x, p, NLP_DEP_OBJ, x->lo) < 0 ||
      !lemma_among(x, p,
                   (const char *const[]){"take", "retake", "seize", "capture",
                                         "recapture", "wrest", "snatch",
                                         "regain", "gain", "reclaim", "recover",
                                         "grab", NULL}) ||
      (place_of(x->ac, i, &pl) && pl.kind == ACT_NAMED))
    return;
  frames_actors_of(x, i, tmp, &nt);
  for (size_t k = 0; k < nt && fr->n_concerned < G_N_ELEMENTS(fr->concerned);
       k++)
    fr->concerned[fr->n_concerned++] = tmp[k];
}

/* "condemned the coup attempt in Mali": what is said of a deed or a
 * state of things at i in a country named as such concerns that
 * country. */
static void deed_country(fctx *x, int i, ev_frame *fr) {
  if (x->w[i].upos != NLP_UPOS_NOUN)
    return;
  for (int j = i + 1; j < x->hi; j++) {
    ev_actor pl;
    if (H(x, j) == i && nlp_dep_universal(D(x, j)) == NLP_DEP_NMOD &&
        marker_is(x, j, (const char *[]){"in", NULL}) &&
        !x->in_date[j - x->lo] && place_of(x->ac, j, &pl) &&
        pl.kind == ACT_NAMED && pl.ent && pl.ent->kind == ENT_COUNTRY) {
      /* (a party of the record, not of its headline, which tells the
       * deed: "condemns coup attempt in Mali") */
      if (fr->n_concerned < G_N_ELEMENTS(fr->concerned))
        fr->concerned[fr->n_concerned++] = pl;
      return;
    }
  }
}

/* Has passive p a subject (participle p a noun) who underwent it (not
 * the deed itself: "the airstrike was carried out at a base" has the
 * base for target)? */
static bool undergoer_told(const fctx *x, int p) {
  int k = kid(x, p, NLP_DEP_NSUBJ_PASS, x->lo);
  /* (or the noun its participle describes: "Arrested at the border, the
   * two men ...") */
  if (k < 0 && D(x, p) == NLP_DEP_ACL && x->w[p].xpos == NLP_XPOS_VBN &&
      H(x, p) >= x->lo && H(x, p) < x->hi)
    k = H(x, p);
  return k >= 0 &&
         !(x->w[k].upos == NLP_UPOS_NOUN && frames_candidate(x->lx, &x->w[k]));
}

/* The roles p's dependents give: "by" agents, objects, targets after
 * the frame's preposition, "against" and "with". */
static void dependent_roles(fctx *x, int p, const frame_def *f, ev_frame *fr) {
  for (int i = x->lo; i < x->hi; i++) {
    if (H(x, i) != p) {
      /* ("had been held captive by the rebels" with the "by" phrase
       * hung on the predicative word) */
      int h = H(x, i);
      if (fr->passive && h >= x->lo && H(x, h) == p &&
          D(x, h) == NLP_DEP_XCOMP &&
          nlp_dep_universal(D(x, i)) == NLP_DEP_OBL && marker_is(x, i, by))
        frames_actors_of(x, i, fr->agents, &fr->n_agents);
      continue;
    }
    int d = D(x, i);
    if (d == NLP_DEP_OBL_AGENT ||
        (nlp_dep_universal(d) == NLP_DEP_OBL && fr->passive &&
         marker_is(x, i, by))) {
      /* ("hit by a missile fired by the Houthis": who fired it) */
      int l = x->w[i].upos == NLP_UPOS_NOUN ? frames_launcher(x, i) : -1;
      frames_actors_of(x, l >= 0 ? l : i, fr->agents, &fr->n_agents);
    }
    else if (nlp_dep_universal(d) == NLP_DEP_OBL &&
             marker_is(x, i, (const char *[]){"between", NULL}))
      /* "fighting broke out between the army and the RSF": both sides
       * ("mediated between A and B": the ones it is done to) */
      frames_actors_of(x, i, fr->n_agents ? fr->targets : fr->agents,
                       fr->n_agents ? &fr->n_targets : &fr->n_agents);
    else if (d == NLP_DEP_OBJ || d == NLP_DEP_IOBJ ||
             /* "hosted Minister Abbas Araghchi" read as a bare oblique */
             (d == NLP_DEP_OBL_UNMARKED && x->w[i].upos == NLP_UPOS_PROPN &&
              !x->in_date[i - x->lo] && kid(x, p, NLP_DEP_OBJ, x->lo) < 0)) {
      if (f->obj && frames_has_obj_in(x, p, f->obj, false)) {
        /* "cut ties with X": the object is part of the phrase, but a
         * name on it is the target ("expel an Indian diplomat"), and so
         * is its phrase with the frame's preposition ("ties with X") */
        ev_actor a;
        /* "recalled its ambassadors to Australia": one's envoys are
         * recalled from where they serve, and are one's own ("France's
         * ambassadors") */
        bool envoys = f->cameo && strcmp(f->cameo, "161") == 0 &&
                      (strcmp(f->lemma, "recall") == 0 ||
                       strcmp(f->lemma, "withdraw") == 0);
        /* (or the owner of a seat: "raided the offices of the electoral
         * authority", actor_of() tells it for the seat) */
        /* (a protest's street or square of a city is where it is: "filled
         * the main square of Tbilisi") */
        int of = kid(x, i, NLP_DEP_NMOD, x->lo);
        bool where =
            f->type == ANNALS_TYPE_PROTEST && of >= 0 &&
            marker_is(x, of, (const char *[]){"of", NULL}) &&
            (place_of(x->ac, of, &a) ||
             lemma_among(x, of,
                         (const char *const[]){"city", "town", "capital",
                                               "village", "country", NULL}));
        if (!envoys && !x->in_date[i - x->lo] && actor_of(x->ac, i, &a) &&
            (a.kind == ACT_NAMED || (a.word >= 0 && a.word != i && a.phrase)))
          frames_add_actor(fr->targets, &fr->n_targets, &a);
        /* ("dismissed comments made by X": aimed at X; "rejected the
         * proposal": at whoever made it, which event_object() finds) */
        int sayer = said_by(x, i);
        if (sayer >= 0)
          frames_actors_of(x, sayer, fr->targets, &fr->n_targets);
        else if (annals_type_quad(f->type) == ANNALS_QUAD_VERBAL_CONFLICT &&
                 !fr->n_targets && x->w[i].upos == NLP_UPOS_NOUN &&
                 noun_names_saying(lemma(x, i)) &&
                 actor_of(x->ac, i, &a) && a.kind == ACT_GROUP)
          frames_add_actor(fr->targets, &fr->n_targets, &a);
        if (!fr->object && x->w[i].upos == NLP_UPOS_NOUN &&
            actor_of(x->ac, i, &a) && a.kind == ACT_GROUP)
          fr->object = a.name; /* "pass the finance bill" */
        object_partners(x, p, f, i, envoys, fr);
        /* "welcomed Spain's proposal", "demanded his resignation": whose
         * it is */
        int po = kid(x, i, NLP_DEP_NMOD_POSS, x->lo);
        /* (but a country's election is held there: "won Guatemala's
         * presidential runoff" concerns Guatemala, wins no Guatemala) */
        bool held = f->tag && strcmp(f->tag, "election") == 0;
        if (po >= 0 && frames_owner_word(x, po) && held) {
          ev_actor tmp[4];
          size_t nt = 0;
          frames_actors_of(x, po, tmp, &nt);
          for (size_t k = 0;
               k < nt && fr->n_concerned < G_N_ELEMENTS(fr->concerned); k++)
            fr->concerned[fr->n_concerned++] = tmp[k];
        } else if (po >= 0 && frames_owner_word(x, po) && envoys) {
          frames_actors_of(x, po, fr->agents, &fr->n_agents);
        } else if (po >= 0 && frames_owner_word(x, po)) {
          /* (but one's own: "members of the Council reaffirmed their
           * support" is the Council's support, done to no Council) */
          ev_actor tmp[FRAME_MAX_ACTORS];
          size_t nt = 0;
          frames_actors_of(x, po, tmp, &nt);
          for (size_t k = 0; k < nt; k++) {
            bool own = false;
            for (size_t g = 0; g < fr->n_agents && !own; g++)
              own = strcmp(fr->agents[g].name, tmp[k].name) == 0;
            if (!own || x->w[po].upos != NLP_UPOS_PRON)
              frames_add_actor(fr->targets, &fr->n_targets, &tmp[k]);
          }
        }
        /* "suspended the legal status of the Seed Movement", "froze the
         * assets of the oligarchs": whose it is, named after "of" */
        /* (what is done against its owner; not "reaffirmed the support
         * of the UN", which is the doer's own) */
        /* (but not when a name in apposition says who it is: "fired the
         * commander of Ukraine's armed forces, Valery Zaluzhny") */
        int ap = kid(x, i, NLP_DEP_APPOS, x->lo);
        bool against =
            annals_type_quad(f->type) >= ANNALS_QUAD_VERBAL_CONFLICT &&
            !(ap >= 0 && x->w[ap].upos == NLP_UPOS_PROPN);
        for (int j = i + 1; against && po < 0 && !envoys && !where && j < x->hi;
             j++) {
          if (H(x, j) != i || nlp_dep_universal(D(x, j)) != NLP_DEP_NMOD ||
              !marker_is(x, j, (const char *[]){"of", NULL}) ||
              x->in_date[j - x->lo])
            continue;
          /* ("of Arévalo's party": the party's owner) */
          int jp = kid(x, j, NLP_DEP_NMOD_POSS, x->lo);
          if (actor_of(x->ac, j, &a) && a.kind == ACT_NAMED)
            frames_actors_of(x, j, fr->targets, &fr->n_targets);
          else if (jp >= 0 && x->w[jp].upos == NLP_UPOS_PROPN)
            frames_actors_of(x, jp, fr->targets, &fr->n_targets);
          break;
        }
        continue;
      }
      size_t before = fr->n_targets;
      frames_actors_of(x, i, fr->targets, &fr->n_targets);
      bool named = false;
      for (size_t k = before; k < fr->n_targets; k++)
        named = named || fr->targets[k].kind == ACT_NAMED;
      if (!named && annals_type_quad(f->type) == ANNALS_QUAD_VERBAL_CONFLICT)
        deed_country(x, i, fr);
      /* (whom the object is taken from: "retook the town from the
       * militants" with the phrase on the town) */
      for (int j = x->lo; d == NLP_DEP_OBJ && j < x->hi; j++)
        if (H(x, j) == i && nlp_dep_universal(D(x, j)) == NLP_DEP_NMOD &&
            marker_is(x, j, (const char *[]){"from", NULL}))
          taken_from(x, p, f, j, fr);
      if (!fr->object && x->w[i].upos == NLP_UPOS_NOUN) {
        ev_actor o;
        if (actor_of(x->ac, i, &o) && o.kind == ACT_GROUP)
          fr->object = o.name;
      }
      /* "accused each other": the parties did it to one another */
      if (!fr->object &&
          ((lemma_is(x, i, "other") && i > x->lo &&
            lemma_is(x, i - 1, "each")) ||
           (lemma_is(x, i, "each") && i + 1 < x->hi &&
            lemma_is(x, i + 1, "other"))))
        fr->object = "each other";
    } else if (nlp_dep_universal(d) == NLP_DEP_OBL ||
               nlp_dep_universal(d) == NLP_DEP_NMOD) {
      int m = marker(x, i);
      const char *tp = target_prep(f);
      size_t before = fr->n_targets;
      /* (the frame's own phrase is none: "put under house arrest") */
      bool phrase = f->pobj && frames_prep_word(x, p, f->prep, f->pobj) == i;
      if (phrase) {
        /* but a name on it is the target ("withdraw from the Iran deal") */
        ev_actor tmp[8];
        size_t nt = 0;
        frames_actors_of(x, i, tmp, &nt);
        /* (not a place: "into the Sea of Japan" is where) */
        /* (and a phrase that may name a person names whom the act is
         * on, named or not: "called on the Prime Minister of X") */
        bool person = false;
        for (size_t k = 0; f->pobj[k] && !person; k++)
          person = strcmp(f->pobj[k], "@person") == 0;
        ev_actor pl;
        bool where =
            !person && place_of(x->ac, i, &pl) && pl.kind == ACT_NAMED;
        bool some = false;
        for (size_t k = 0; k < nt && !where; k++)
          if (tmp[k].kind == ACT_NAMED || person) {
            frames_add_actor(fr->targets, &fr->n_targets, &tmp[k]);
            some = true;
          }
        /* (a thing the phrase names is what the headline tells: "Mali
         * withdraws from peace agreement") */
        ev_actor o;
        /* (when the headline ends with the frame's preposition, "withdraw
         * from"; not "take to the streets") */
        size_t tl = f->title ? strlen(f->title) : 0;
        size_t rl = f->prep ? strlen(f->prep) : 0;
        bool open = rl && tl > rl && f->title[tl - rl - 1] == ' ' &&
                    strcmp(f->title + tl - rl, f->prep) == 0;
        if (!some && !where && !fr->object && open &&
            x->w[i].upos == NLP_UPOS_NOUN && actor_of(x->ac, i, &o) &&
            o.kind == ACT_GROUP) {
          char *ph = g_strdup_printf("%s %s", f->prep, o.name);
          fr->object = g_string_chunk_insert(x->ac->strings, ph);
          g_free(ph);
        }
      } else if (m >= 0 && tp && lemma_is(x, m, tp) && !x->in_date[i - x->lo]) {
        if (strcmp(tp, "with") == 0)
          partners_with(x, i, fr);
        else if (!frames_deed_warned_of(x, p, i))
          frames_actors_of(x, i, fr->targets, &fr->n_targets);
      } else if (m >= 0 && marker_is(x, i, link_preps) &&
                 !x->in_date[i - x->lo] && kid(x, p, NLP_DEP_OBJ, x->lo) >= 0 &&
                 link_noun(x, f, kid(x, p, NLP_DEP_OBJ, x->lo))) {
        /* ("cut gas exports to X" with the phrase hung on the verb) */
        frames_actors_of(x, i, fr->targets, &fr->n_targets);
      } else if (marker_is(x, i, against) &&
                 (annals_type_quad(f->type) >= ANNALS_QUAD_VERBAL_CONFLICT ||
                  /* ("lifted its sanctions against X", the phrase hung
                   * on the verb: the object's) */
                  (f->obj && lemma_is(x, m, "against") &&
                   frames_has_obj_in(x, p, f->obj, false))) &&
                 !reason_noun(x, i) && !frames_deed_warned_of(x, p, i) &&
                 /* ("killed 30 people at a mosque", "was arrested at a
                  * hotel": with whom it befell told, "at" says where) */
                 !(marker_is(x, i, (const char *[]){"at", NULL}) && !f->obj &&
                   (kid(x, p, NLP_DEP_OBJ, x->lo) >= 0 ||
                    undergoer_told(x, p))))
        frames_actors_of(x, i, fr->targets, &fr->n_targets);
      else if (m >= 0 && lemma_is(x, m, "with") &&
               (f->type == ANNALS_TYPE_CONSULT ||
                f->type == ANNALS_TYPE_DIPLOMATIC_COOPERATION ||
                f->type == ANNALS_TYPE_MATERIAL_COOPERATION))
        partners_with(x, i, fr);
      else if (m >= 0 && lemma_is(x, m, "from"))
        taken_from(x, p, f, i, fr);
      if (f->type == ANNALS_TYPE_PROTEST)
        protest_targets(x, fr, before);
    }
  }
}

/* Are the people named at word i those of teller t ("its reporters",
 * "two of their diplomats"; "his aides" of a person, but not of the
 * police: "police said his son was arrested")?  Its things are not
 * people ("its troops were deployed"). */
static bool own_people(const fctx *x, int i, const ev_actor *t) {
  if (i < x->lo || i >= x->hi)
    return false;
  int o = kid(x, i, NLP_DEP_NMOD, x->lo); /* "two of its reporters" */
  if (o >= 0 && x->w[i].upos == NLP_UPOS_NUM)
    i = o;
  int po = kid(x, i, NLP_DEP_NMOD_POSS, x->lo);
  if (po < 0 || x->w[po].upos != NLP_UPOS_PRON ||
      !noun_names_person(lemma(x, i)))
    return false;
  bool person = t->ent ? t->ent->kind == ENT_PERSON : !t->state;
  /* (and in the teller's own words: "my friends have been arrested") */
  return lemma_among(x, po,
                     (const char *const[]){"its", "their", "our", NULL}) ||
         (person &&
          lemma_among(x, po, (const char *const[]){"his", "her", "my", NULL}));
}

/* A state's measure told in the passive by its own side. */
static void reporter_agent(fctx *x, int p, const frame_def *f, ev_frame *fr) {
  int r = x->reporter[p - x->lo];
  /* "Canada announced that an Indian diplomat has been expelled": a
   * state's measure told in the passive by its own side is its act (not
   * so for violence: "Ukraine said a general was killed") */
  annals_type t = f->type;
  /* (nor aid: "the minister said 500 tonnes of aid had been delivered"
   * tells of aid her country received) */
  if (!fr->n_agents && fr->passive && r >= 0 && t != ANNALS_TYPE_FIGHT &&
      t != ANNALS_TYPE_ASSAULT && t != ANNALS_TYPE_MASS_VIOLENCE &&
      t != ANNALS_TYPE_STATEMENT && t != ANNALS_TYPE_AID && f->tag == NULL) {
    bool rp;
    int rs = frames_subject(x, r, &rp);
    ev_actor a;
    if (!(rs >= 0 && !rp && x->w[rs].upos != NLP_UPOS_PRON &&
          actor_of(x->ac, rs, &a) && (a.kind == ACT_NAMED || a.state)))
      return;
    /* (a side with no state's powers tells what befell others: "Al
     * Jazeera said nine journalists were detained", "Amnesty reported
     * that staffers were arrested") */
    if (a.ent &&
        (a.ent->kind == ENT_MEDIA || (a.ent->kind == ENT_ORG && !a.country)))
      return;
    /* (nor a person of no country and no office, a lawyer, a relative:
     * "the vandals were arrested, Zahi Hawass said"; but "General Ivo
     * Marek announced the constitution was suspended") */
    if (!a.state && !a.country &&
        /* (one word no gazetteer knows, "Medina said", is a surname) */
        (a.ent ? a.ent->kind == ENT_PERSON : a.kind == ACT_NAMED) &&
        !(a.first > x->lo && actor_office_title(x->ac, a.first - 1)))
      return;
    /* ("Lithuania's minister said she had been detained in Belarus":
     * not its own side's measure when done in another country's place,
     * nor one done to the teller) */
    const char *side = a.country ? a.country : a.name;
    ev_actor pl;
    if (roles_find_place(x, p, &pl) && pl.country &&
        strcmp(pl.country, side) != 0)
      return;
    for (size_t k = 0; k < fr->n_targets; k++)
      if (strcmp(fr->targets[k].name, a.name) == 0 ||
          own_people(x, fr->targets[k].word, &a))
        return;
    /* (a teller speaking of himself tells what befell him: "my friends
     * have been arrested and the phone lines cut") */
    for (int i = x->lo; i < x->hi; i++)
      if (i != r && under(x, i, r) && x->w[i].upos == NLP_UPOS_PRON &&
          lemma_among(x, i, (const char *const[]){"I", "i", "me", "my", NULL}))
        return;
    frames_add_actor(fr->agents, &fr->n_agents, &a);
  }
}

/* Agents and targets of verb p. */
/* "the council that the governor dissolved", "the town, which rebels
 * captured": a relative clause with "that", "which" or "whom", a
 * subject of its own and no object has the noun it describes for its
 * object (not "where" or "when" it happened: "the town where rebels
 * fought"). */
static void relative_object(fctx *x, int p, ev_frame *fr) {
  int h = H(x, p);
  if (D(x, p) != NLP_DEP_ACL_RELCL || h < x->lo || fr->passive ||
      fr->n_targets || kid(x, p, NLP_DEP_OBJ, x->lo) >= 0 ||
      kid(x, p, NLP_DEP_CCOMP, x->lo) >= 0 ||
      kid(x, p, NLP_DEP_XCOMP, x->lo) >= 0 ||
      (x->w[h].upos != NLP_UPOS_NOUN && x->w[h].upos != NLP_UPOS_PROPN))
    return;
  int sj = kid(x, p, NLP_DEP_NSUBJ, x->lo);
  if (sj < 0 || x->w[sj].upos == NLP_UPOS_PRON)
    return;
  if (object_relative(x, p, sj))
    frames_actors_of(x, h, fr->targets, &fr->n_targets);
}

void roles_verb(fctx *x, int p, const frame_def *f, ev_frame *fr) {
  subject_roles(x, p, f, fr);
  dependent_roles(x, p, f, fr);
  relative_object(x, p, fr);
  reporter_agent(x, p, f, fr);
}

/* "pledged 250 million euros to rebuild Beirut", "sent aid to help
 * Tonga": help is for the one named in its purpose. */
static void purpose_target(fctx *x, int p, ev_frame *fr) {
  annals_type t = fr->type;
  if (t != ANNALS_TYPE_AID && t != ANNALS_TYPE_INTEND_COOPERATION &&
      t != ANNALS_TYPE_MATERIAL_COOPERATION &&
      t != ANNALS_TYPE_DIPLOMATIC_COOPERATION)
    return;
  for (size_t i = 0; i < fr->n_targets; i++)
    if (fr->targets[i].kind == ACT_NAMED)
      return;
  for (int c = x->lo; c < x->hi; c++) {
    if (H(x, c) != p || x->w[c].upos != NLP_UPOS_VERB ||
        (D(x, c) != NLP_DEP_ADVCL && D(x, c) != NLP_DEP_XCOMP) ||
        !marker_is(x, c, (const char *[]){"to", NULL}))
      continue;
    int o = kid(x, c, NLP_DEP_OBJ, x->lo);
    ev_actor a;
    if (o >= 0 && !x->in_date[o - x->lo] && actor_of(x->ac, o, &a) &&
        a.kind == ACT_NAMED)
      frames_add_actor(fr->targets, &fr->n_targets, &a);
    return;
  }
  /* "agreed a memorandum of understanding to lease coastline in
   * Somaliland": an agreement's purpose, however deep the parser hung
   * it, names its partner */
  if (t != ANNALS_TYPE_DIPLOMATIC_COOPERATION)
    return;
  for (int c = p + 1; c < x->hi; c++) {
    if (x->w[c].xpos != NLP_XPOS_VB || !under(x, c, p) ||
        !marker_is(x, c, (const char *[]){"to", NULL}))
      continue;
    for (int i = c + 1; i < x->hi; i++) {
      ev_actor a;
      if (x->w[i].upos == NLP_UPOS_PROPN && under(x, i, c) &&
          !x->in_date[i - x->lo] && actor_of(x->ac, i, &a) &&
          a.kind == ACT_NAMED &&
          !actors_share(fr->agents, fr->n_agents, &a, 1)) {
        frames_add_actor(fr->targets, &fr->n_targets, &a);
        return;
      }
    }
    return;
  }
}

/* Is passive clause c one that finds its subject to blame ("should Peru
 * be proven responsible", "if X is found guilty")? */
static bool judged_culprit(const fctx *x, int c) {
  return lemma_among(x, c, (const char *const[]){"prove", "find", "show",
                                                 "confirm", "establish",
                                                 "deem", NULL});
}

/* Is clause c a condition: "if X ...", "unless X ...", "should X be
 * proven responsible"? */
static bool conditional(const fctx *x, int c) {
  for (int j = x->lo; j < x->hi; j++)
    if (H(x, j) == c &&
        ((D(x, j) == NLP_DEP_MARK &&
          (lemma_is(x, j, "if") || lemma_is(x, j, "unless"))) ||
         (nlp_dep_universal(D(x, j)) == NLP_DEP_AUX && j < c &&
          lemma_is(x, j, "should") && kid(x, c, NLP_DEP_NSUBJ, x->lo) > j) ||
         (nlp_dep_universal(D(x, j)) == NLP_DEP_AUX && j < c &&
          lemma_is(x, j, "should") &&
          kid(x, c, NLP_DEP_NSUBJ_PASS, x->lo) > j)))
      return true;
  return false;
}

/* "accused X of ...", "demanded that X leave", "urged X to": the one a
 * verbal act is about is the subject of its clause when it has no
 * object. */
void roles_clause_target(fctx *x, int p, ev_frame *fr) {
  purpose_target(x, p, fr);
  if (fr->n_targets)
    return;
  annals_type t = fr->type;
  /* "announced that President Damiba was ousted": a statement is about
   * the one named as its content's subject (named ones only: "said the
   * talks would resume" is about no one) */
  bool statement = t == ANNALS_TYPE_STATEMENT;
  if (t != ANNALS_TYPE_DEMAND && t != ANNALS_TYPE_DISAPPROVE &&
      t != ANNALS_TYPE_APPEAL && t != ANNALS_TYPE_THREATEN &&
      t != ANNALS_TYPE_REJECT && !statement)
    return;
  for (int i = x->lo; i < x->hi; i++) {
    /* "warned of consequences if Bolivia closed the border": a threat is
     * aimed at the one its condition names */
    bool cond = t == ANNALS_TYPE_THREATEN &&
                nlp_dep_universal(D(x, i)) == NLP_DEP_ADVCL &&
                conditional(x, i);
    if (H(x, i) != p ||
        (D(x, i) != NLP_DEP_CCOMP && D(x, i) != NLP_DEP_XCOMP && !cond))
      continue;
    bool pass;
    int s = frames_subject(x, i, &pass);
    if (s < 0 || H(x, s) != i)
      continue;
    /* (but one a passive condition befalls is not who is threatened:
     * "if Bazoum was not reinstated"; one proven or found guilty is) */
    if (cond && pass && !judged_culprit(x, i))
      continue;
    if (!statement) {
      frames_actors_of(x, s, fr->targets, &fr->n_targets);
      continue;
    }
    ev_actor a;
    if (x->w[s].upos != NLP_UPOS_PRON && actor_of(x->ac, s, &a) &&
        a.kind == ACT_NAMED && !actors_share(fr->agents, fr->n_agents, &a, 1))
      frames_add_actor(fr->targets, &fr->n_targets, &a);
  }
  /* "warned of consequences, should Saudi Arabia be proven responsible"
   * with the condition hung elsewhere: a condition after the threat that
   * names someone */
  for (int c = p + 1; t == ANNALS_TYPE_THREATEN && !fr->n_targets && c < x->hi;
       c++) {
    if (x->w[c].upos != NLP_UPOS_VERB || !conditional(x, c))
      continue;
    bool pass;
    int s = frames_subject(x, c, &pass);
    ev_actor a;
    if (s >= 0 && H(x, s) == c && (!pass || judged_culprit(x, c)) &&
        x->w[s].upos != NLP_UPOS_PRON &&
        actor_of(x->ac, s, &a) && a.kind == ACT_NAMED &&
        !actors_share(fr->agents, fr->n_agents, &a, 1))
      frames_add_actor(fr->targets, &fr->n_targets, &a);
    break;
  }
}

/* ------------------------------------------------------------------ */
/* Roles further off                                                    */
/* ------------------------------------------------------------------ */

static bool in_arguments(const fctx *x, int i, int p, int depth);

/* An attack with no target found among its own dependents: an
 * "against X" phrase the parser hung deeper in its arguments ("carried
 * out airstrikes in Iraq's Kurdistan region against the PKK"). */
void roles_deep_against(fctx *x, int p, ev_frame *fr) {
  /* (and a protest: "rallied outside the courthouse against President
   * X", "took to the streets of Lima against the president") */
  bool protest = fr->type == ANNALS_TYPE_PROTEST;
  if (annals_type_quad(fr->type) != ANNALS_QUAD_MATERIAL_CONFLICT && !protest)
    return;
  /* (a protest's targets so far may be where it was: "rallied in Tunis
   * against Ennahdha" is held in Tunisia, against Ennahdha) */
  size_t have = 0;
  for (size_t k = 0; k < fr->n_targets; k++)
    have += !(protest && fr->targets[k].ent &&
              (fr->targets[k].ent->kind == ENT_COUNTRY ||
               fr->targets[k].ent->kind == ENT_CITY ||
               fr->targets[k].ent->kind == ENT_REGION));
  if (have)
    return;
  size_t before = fr->n_targets;
  /* (and its place told in three phrases: "in front of parliament in
   * Tunis against Ennahdha") */
  for (int depth = 2; depth <= (protest ? 4 : 3) && fr->n_targets == before;
       depth++)
    for (int i = x->lo; i < x->hi && fr->n_targets == before; i++)
      if (in_arguments(x, i, p, depth) &&
          marker_is(x, i, (const char *[]){"against", NULL})) {
        frames_actors_of(x, i, fr->targets, &fr->n_targets);
        if (protest)
          protest_targets(x, fr, before);
      }
  if (fr->n_targets > before && before) {
    /* (the places were where it was held, not whom it was against) */
    memmove(fr->targets, fr->targets + before,
            (fr->n_targets - before) * sizeof fr->targets[0]);
    fr->n_targets -= before;
    fr->implied = false;
  }
}

/* The words near p a phrase of its arguments may hold: its sentence's,
 * within NEAR_WORDS either side (a "sentence" of thousands of words, a
 * table, would cost each frame a scan of all of them). */
#define NEAR_WORDS 80
static void near_words(const fctx *x, int p, int *lo, int *hi) {
  *lo = p - NEAR_WORDS > x->lo ? p - NEAR_WORDS : x->lo;
  *hi = p + NEAR_WORDS < x->hi ? p + NEAR_WORDS : x->hi;
}

/* Fighting with no one named: the two sides of the border it broke out
 * on ("clashes broke out on the border between Thailand and Cambodia",
 * "fighting along the Kyrgyz-Tajik border" is the hyphen pair's). */
void roles_deep_between(fctx *x, int p, ev_frame *fr) {
  if (fr->n_agents || fr->type != ANNALS_TYPE_FIGHT)
    return;
  for (size_t k = 0; k < fr->n_targets; k++)
    if (fr->targets[k].kind == ACT_NAMED)
      return;
  static const char *const lines[] = {"border", "frontier", "boundary",
                                      "line", NULL};
  int from = p;
  if (H(x, p) >= 0 && nlp_dep_universal(D(x, p)) == NLP_DEP_NSUBJ)
    from = H(x, p); /* (the verb the fighting "broke out" with) */
  int lo, hi;
  near_words(x, from, &lo, &hi);
  for (int i = lo; i < hi && !fr->n_agents; i++) {
    int b = H(x, i);
    if (b < 0 || !lemma_among(x, b, lines) ||
        !marker_is(x, i, (const char *[]){"between", NULL}) ||
        !(b == from || in_arguments(x, b, from, 2)))
      continue;
    frames_actors_of(x, i, fr->agents, &fr->n_agents);
    if (fr->n_agents) {
      /* (the border is where, not whom) */
      size_t k = 0;
      for (size_t j = 0; j < fr->n_targets; j++)
        if (fr->targets[j].word != b)
          fr->targets[k++] = fr->targets[j];
      fr->n_targets = k;
    }
  }
  /* "clashes broke out in the capital between army units and rebel
   * fighters": a "between" the parser hung on the place is the sides,
   * when they are no places ("the road between Kabul and Jalalabad") */
  for (int i = lo; i < hi && !fr->n_agents; i++) {
    int b = H(x, i);
    if (b < 0 || !marker_is(x, i, (const char *[]){"between", NULL}) ||
        !(b == from || in_arguments(x, b, from, 2)))
      continue;
    ev_actor sides[FRAME_MAX_ACTORS];
    size_t n = 0;
    frames_actors_of(x, i, sides, &n);
    bool places = false;
    for (size_t k = 0; k < n; k++)
      places = places || (sides[k].ent && (sides[k].ent->kind == ENT_CITY ||
                                           sides[k].ent->kind == ENT_REGION));
    for (size_t k = 0; k < n && !places; k++)
      frames_add_actor(fr->agents, &fr->n_agents, &sides[k]);
  }
}

/* An attack named by its noun with no one acting: a "by X" phrase the
 * parser hung deeper in its arguments ("the attack on the mission in
 * Goma by armed groups"). */
void roles_deep_by(fctx *x, int p, ev_frame *fr) {
  if (fr->n_agents || !is_noun(&x->w[p]) ||
      annals_type_quad(fr->type) != ANNALS_QUAD_MATERIAL_CONFLICT)
    return;
  int lo, hi;
  near_words(x, p, &lo, &hi);
  for (int depth = 2; depth <= 3 && !fr->n_agents; depth++)
    for (int i = lo; i < hi && !fr->n_agents; i++)
      if (in_arguments(x, i, p, depth) && x->w[i].upos != NLP_UPOS_NUM &&
          marker_is(x, i, (const char *[]){"by", NULL}))
        frames_actors_of(x, i, fr->agents, &fr->n_agents);
}

/* "X was killed in an Israeli strike": the event that was the means of
 * a verb's act names who did it. */
void roles_means_agents(fctx *x, int p, ev_frame *fr) {
  if (fr->n_agents)
    return;
  static const char *const means[] = {"in", "by", "during", "with", "after",
                                      NULL};
  for (int i = x->lo; i < x->hi; i++) {
    if (H(x, i) != p || nlp_dep_universal(D(x, i)) != NLP_DEP_OBL ||
        x->w[i].upos != NLP_UPOS_NOUN || !frames_candidate(x->lx, &x->w[i]) ||
        !marker_is(x, i, means))
      continue;
    const frame_def *nf = frames_choose(x, i);
    if (!nf || annals_type_quad(nf->type) != ANNALS_QUAD_MATERIAL_CONFLICT)
      continue;
    noun_agents(x, i, nf, fr);
    if (fr->n_agents)
      return;
  }
}

/* ------------------------------------------------------------------ */
/* Roles of an event noun                                               */
/* ------------------------------------------------------------------ */

/* Is h a word that lays a deed on its subject ("responsible",
 * "culpable")? */
/* "pledged 500 million euros in military aid", "$2 billion in loans": is
 * n an oblique of verb p, opened by "in", that names what the frame f
 * gives, as its object does?  Then it is part of the object. */
bool frames_amount_in(const fctx *x, int p, int n, const frame_def *f) {
  return f->obj && H(x, n) == p && x->w[n].upos == NLP_UPOS_NOUN &&
         nlp_dep_universal(D(x, n)) == NLP_DEP_OBL &&
         marker_is(x, n, (const char *[]){"in", NULL}) &&
         lemma_among(x, n, f->obj) && kid(x, p, NLP_DEP_OBJ, x->lo) >= 0 &&
         kid(x, p, NLP_DEP_OBJ, x->lo) < n;
}

bool frames_owner_word(const fctx *x, int po) {
  return x->w[po].upos == NLP_UPOS_PROPN ||
         (x->w[po].upos == NLP_UPOS_PRON &&
          lemma_among(x, po, (const char *const[]){"he", "she", "it", "they",
                                                   "his", "her", "its",
                                                   "their", NULL}));
}

bool frames_blame_word(const fctx *x, int h) {
  return lemma_is(x, h, "responsible") || lemma_is(x, h, "culpable");
}

/* Is event noun p what word h holds someone to: "responsible for p",
 * "involved in p"? */
bool frames_responsible_for(const fctx *x, int h, int p) {
  return (frames_blame_word(x, h) &&
          marker_is(x, p, (const char *[]){"for", NULL})) ||
         (lemma_is(x, h, "involved") &&
          marker_is(x, p, (const char *[]){"in", NULL}));
}

/* Agents and targets of event noun p. */
/* "X survived an assassination attempt", "escaped an attack": one who
 * survives an act of force is its target. */
static void survivor(fctx *x, int p, ev_frame *fr) {
  int t = p;
  if (D(x, p) == NLP_DEP_COMPOUND && H(x, p) > p &&
      lemma_among(x, H(x, p), (const char *const[]){"attempt", "bid", "plot",
                                                     NULL}))
    t = H(x, p);
  int v = H(x, t);
  if (D(x, t) != NLP_DEP_OBJ || v < x->lo || x->w[v].upos != NLP_UPOS_VERB ||
      !lemma_among(x, v, (const char *const[]){"survive", "escape", "evade",
                                               NULL}))
    return;
  bool pass;
  int s = frames_subject(x, v, &pass);
  if (s >= 0 && !pass)
    frames_actors_of(x, s, fr->targets, &fr->n_targets);
}

int roles_deed_author(const fctx *x, int i) {
  if (x->w[i].upos != NLP_UPOS_VERB || x->w[i].xpos != NLP_XPOS_VBN)
    return -1;
  const char *prep = NULL;
  if (lemma_among(x, i, (const char *const[]){"claim", "carry", "launch",
                                              "conduct", "stage", "mount",
                                              "perpetrate", NULL}))
    prep = "by";
  else if (lemma_among(x, i, (const char *const[]){"blame", "attribute",
                                                   NULL}))
    prep = lemma_is(x, i, "blame") ? "on" : "to";
  return prep ? frames_prep_word(x, i, prep, NULL) : -1;
}

void roles_noun(fctx *x, int p, ev_frame *fr) {
  const char *tp;
  if (fr->def->type == ANNALS_TYPE_ASSAULT || fr->def->type == ANNALS_TYPE_FIGHT)
    survivor(x, p, fr);
  for (int i = x->lo; i < x->hi; i++) {
    if (H(x, i) != p)
      continue;
    int d = D(x, i);
    if (d == NLP_DEP_NSUBJ && kid(x, p, NLP_DEP_COP, x->lo) >= 0) {
      /* "it was on high alert": the subject of a noun predicate */
      bool rp;
      int r = x->reporter[p - x->lo];
      /* (a personal pronoun: "whoever is behind the bombing" is not
       * the teller; nor is the "it" a deed is said of: "\"It was an
       * ambush on a convoy,\" the officer said") */
      annals_type dt = fr->def->type;
      bool deed =
          (dt == ANNALS_TYPE_FIGHT || dt == ANNALS_TYPE_ASSAULT ||
           dt == ANNALS_TYPE_COERCE || dt == ANNALS_TYPE_MASS_VIOLENCE) &&
          lemma_among(x, i, (const char *const[]){"it", "this", "that", NULL});
      int rs = x->w[i].xpos == NLP_XPOS_PRP && r >= 0 && !deed
                   ? frames_subject(x, r, &rp)
                   : -1;
      frames_actors_of(x, rs >= 0 && !rp ? rs : i, fr->agents, &fr->n_agents);
    } else if (nlp_dep_universal(d) == NLP_DEP_NMOD &&
               marker_is(x, i, (const char *[]){"from", NULL}) &&
               lemma_among(x, p, (const char *const[]){
                   "apology", "condolence", "message", "warning", "threat",
                   "appeal", "plea", "offer", "invitation", "congratulation",
                   "demand", "request", "ultimatum", "condemnation",
                   "criticism", "protest", NULL})) {
      /* "condolences from the supreme leader", "a warning from Moscow":
       * who sends what is said */
      frames_actors_of(x, i, fr->agents, &fr->n_agents);
    } else if (d == NLP_DEP_ACL && x->w[i].xpos == NLP_XPOS_VBG &&
               lemma_among(x, i, (const char *const[]){"target", "hit",
                                                       "strike", NULL}) &&
               kid(x, i, NLP_DEP_OBJ, x->lo) >= 0) {
      /* "the attack targeting the residence": what it struck */
      frames_actors_of(x, kid(x, i, NLP_DEP_OBJ, x->lo), fr->targets,
                       &fr->n_targets);
    } else if ((d == NLP_DEP_ACL_RELCL || d == NLP_DEP_ACL) &&
               roles_deed_author(x, i) >= 0) {
      /* "the attack, which was claimed by the Islamic State group",
       * "strikes carried out by Israel", "a raid blamed on the
       * rebels": who did it */
      frames_actors_of(x, roles_deed_author(x, i), fr->agents, &fr->n_agents);
    } else if (d == NLP_DEP_ACL_RELCL && x->w[i].upos == NLP_UPOS_VERB &&
               kid(x, i, NLP_DEP_OBJ, x->lo) < 0 &&
               frames_candidate(x->lx, &x->w[i]) && frames_choose(x, i) &&
               frames_choose(x, i)->light) {
      /* "the exercises China has staged around Taiwan", "the talks
       * they held": the subject of the light verb of a relative clause
       * with no object of its own (the noun is its object) */
      int sv = kid(x, i, NLP_DEP_NSUBJ, x->lo);
      if (sv >= 0 && x->w[sv].upos != NLP_UPOS_PRON)
        frames_actors_of(x, sv, fr->agents, &fr->n_agents);
    } else if (d == NLP_DEP_NMOD_POSS) {
      int o = i;
      /* "Biden wrapped up his summit with Xi", "ended their war games":
       * the possessive pronoun of a verb's object is its subject */
      int v = H(x, p);
      const frame_def *vf = v >= 0 && frames_candidate(x->lx, &x->w[v])
                                ? frames_choose(x, v) : NULL;
      if (x->w[i].upos == NLP_UPOS_PRON && v >= 0 && D(x, p) == NLP_DEP_OBJ &&
          x->w[v].upos == NLP_UPOS_VERB && (!vf || vf->light) &&
          !lemma_is(x, i, "my") &&
          !lemma_is(x, i, "our") && !lemma_is(x, i, "your")) {
        bool pass;
        int s0 = frames_subject(x, v, &pass);
        if (s0 >= 0 && !pass && x->w[s0].upos != NLP_UPOS_PRON)
          o = s0;
      }
      /* ("Turkey's detention of the mayor": with the one it befalls
       * told by "of", the owner did it) */
      bool of_patient = false;
      for (int j = p + 1; j < x->hi && !of_patient; j++)
        of_patient = H(x, j) == p &&
                     nlp_dep_universal(D(x, j)) == NLP_DEP_NMOD &&
                     marker_is(x, j, (const char *[]){"of", NULL});
      /* ("the nation's fourth coup", "Fiji's coup": a coup befalls the
       * country that owns it; "the army's coup" is the army's) */
      bool land =
          fr->def->tag && strcmp(fr->def->tag, "coup") == 0 &&
          (lemma_among(x, o,
                       (const char *const[]){"nation", "country", "state",
                                             "republic", NULL}) ||
           (x->w[o].upos == NLP_UPOS_PROPN &&
            gaz_lookup(x->ac->g, x->ac->text, x->w[o].start, x->w[o].end) &&
            gaz_lookup(x->ac->g, x->ac->text, x->w[o].start, x->w[o].end)
                    ->kind == ENT_COUNTRY));
      if ((fr->def->possessor_target || land) && !of_patient)
        frames_actors_of(x, o, fr->targets, &fr->n_targets);
      else
        frames_actors_of(x, o, fr->agents, &fr->n_agents);
    } else if (d == NLP_DEP_COMPOUND && x->w[i].upos == NLP_UPOS_NOUN &&
               !(x->w[i].flags & NLP_WF_CAP)) {
      /* "a Ukrainian drone attack", "Israeli missile strikes": the
       * people named on the weapon it was made with made it */
      for (int j = x->lo; j < i; j++) {
        ev_actor a;
        if (H(x, j) == i &&
            (D(x, j) == NLP_DEP_AMOD || D(x, j) == NLP_DEP_COMPOUND) &&
            (x->w[j].upos == NLP_UPOS_PROPN || (x->w[j].flags & NLP_WF_CAP)) &&
            !x->in_date[j - x->lo] && actor_of(x->ac, j, &a) &&
            a.kind == ACT_NAMED && a.ent && a.ent->kind == ENT_COUNTRY)
          frames_add_actor(fr->agents, &fr->n_agents, &a);
      }
    } else if ((d == NLP_DEP_COMPOUND || d == NLP_DEP_AMOD) &&
               (x->w[i].upos == NLP_UPOS_PROPN ||
                (x->w[i].flags & NLP_WF_CAP))) {
      /* "Israeli strikes", "U.S. sanctions", "Houthi attacks"; but "his
       * Tehran visit": a city one goes to */
      ev_actor a, pl;
      /* (nor is a month or a day: "the March vote", "Sunday's poll"; nor
       * a model's letters: "GBU-57 bombs", "F-16 strikes") */
      if (x->in_date[i - x->lo] || actor_calendar_word(x->ac, i) ||
          actor_model_letters(x->ac, i))
        continue;
      /* (nor a people's word that opens a longer name: "the Indian
       * Ocean tsunami" is no India's) */
      if (d == NLP_DEP_AMOD && i + 1 < p && H(x, i + 1) == p &&
          x->w[i + 1].upos == NLP_UPOS_PROPN &&
          gaz_lookup(x->ac->g, x->ac->text, x->w[i].start, x->w[i + 1].end))
        continue;
      if (fr->def->type == ANNALS_TYPE_CONSULT && d == NLP_DEP_COMPOUND &&
          place_of(x->ac, i, &pl) && pl.ent && pl.ent->kind == ENT_CITY) {
        if (!fr->has_place) {
          fr->place = pl;
          fr->has_place = true;
        }
        if (pl.country) {
          ev_actor c = pl;
          c.name = pl.country;
          c.kind = ACT_NAMED;
          frames_add_actor(fr->targets, &fr->n_targets, &c);
        }
      } else if (d == NLP_DEP_COMPOUND && place_of(x->ac, i, &pl) && pl.ent &&
                 (pl.ent->kind == ENT_CITY || pl.ent->kind == ENT_REGION)) {
        /* "the Mumbai train bombings", "the Pahalgam attack": a city or
         * a region before the event is where it happened, no one who did
         * it */
        if (!fr->has_place) {
          fr->place = pl;
          fr->has_place = true;
        }
      } else if ((x->w[i].flags & NLP_WF_CAP) && landmark(x, i)) {
        /* "the War Memorial shooting", "the Market Square bombing": a
         * named building or square is where, no one who did it */
        if (!fr->has_place && actor_peek(x->ac, i, &pl)) {
          fr->place = pl;
          fr->has_place = true;
        }
      } else if (actor_of(x->ac, i, &a) &&
                 !hyphen_pair(x, &a, fr->agents, &fr->n_agents) &&
                 /* (a capitalised common noun of the event's own name
                  * that names no one known: "the Joint Commission
                  * Meeting") */
                 !(x->w[i].upos == NLP_UPOS_NOUN && !a.ent &&
                   !strchr(a.name, ' '))) {
        frames_add_actor(fr->agents, &fr->n_agents, &a);
      }
    } else if (nlp_dep_universal(d) == NLP_DEP_NMOD) {
      if (marker_is(x, i, by))
        frames_actors_of(x, i, fr->agents, &fr->n_agents);
      else if (marker_is(x, i, (const char *[]){"between", NULL}))
        /* "the ceasefire between Israel and Hamas": both parties */
        frames_actors_of(x, i, fr->n_agents ? fr->targets : fr->agents,
                  fr->n_agents ? &fr->n_targets : &fr->n_agents);
      else if (marker_is(x, i, noun_targets)) {
        /* (the topic of talks is no party to them: "talks, on the
         * table"; a name still is: "talks on Ukraine") */
        ev_actor a;
        if (fr->def->type == ANNALS_TYPE_CONSULT &&
            marker_is(x, i, (const char *[]){"on", "of", "about", NULL}) &&
            !(actor_of(x->ac, i, &a) && a.kind == ACT_NAMED))
          continue;
        /* (nor is the confidence a vote of no confidence is of) */
        if (marker_is(x, i, (const char *[]){"of", NULL}) &&
            lemma_is(x, i, "confidence"))
          continue;
        /* (nor what is fired or launched: "the firing of rockets at
         * Kordia", "the launch of three missiles") */
        int ty = fr->def->type;
        if ((ty == ANNALS_TYPE_FIGHT || ty == ANNALS_TYPE_ASSAULT ||
             ty == ANNALS_TYPE_FORCE_POSTURE || ty == ANNALS_TYPE_THREATEN) &&
            marker_is(x, i, (const char *[]){"of", NULL}) &&
            (lemma_among(x, i, lexicon_class(x->lx, "projectile")) ||
             lemma_among(x, i, lexicon_class(x->lx, "weapon"))))
          continue;
        /* "the withdrawal of the French ambassador to Niger": an envoy
         * is recalled from where the envoy serves */
        bool envoys = fr->def->cameo && strcmp(fr->def->cameo, "161") == 0 &&
                      lemma_among(x, p, (const char *const[]){
                                            "recall", "withdrawal", NULL}) &&
                      marker_is(x, i, (const char *[]){"of", NULL});
        /* ("the sale of 40 jets to Turkey": what is sold goes to whom
         * the "to" phrase on it names) */
        const char *gp = target_prep(fr->def);
        bool goods = (fr->def->type == ANNALS_TYPE_MATERIAL_COOPERATION ||
                      fr->def->type == ANNALS_TYPE_AID) &&
                     gp && strcmp(gp, "to") == 0 &&
                     marker_is(x, i, (const char *[]){"of", NULL});
        envoys = envoys || goods;
        int to = -1;
        /* (the "to" phrase hung on the verb, right after the envoy:
         * "announced the withdrawal of the ambassador to Niger") */
        for (int j = i + 1; envoys && j < x->hi && to < 0; j++)
          if (((H(x, j) == i && nlp_dep_universal(D(x, j)) == NLP_DEP_NMOD) ||
               (H(x, j) == H(x, p) && marker(x, j) == i + 1)) &&
              marker_is(x, j, (const char *[]){"to", NULL}))
            to = j;
        if (to >= 0) {
          frames_actors_of(x, to, fr->targets, &fr->n_targets);
          continue;
        }
        /* (what is sold or delivered is no party: "deliveries of air
         * defence systems"; a name on it still is, "sales of Russian
         * oil") */
        ev_actor ga;
        if (goods && !(actor_of(x->ac, i, &ga) && ga.kind == ACT_NAMED))
          continue;
        frames_actors_of(x, i, fr->targets, &fr->n_targets);
      } else if (marker_is(x, i, (const char *[]){"from", NULL}) &&
                 (tp = target_prep(fr->def)) && strcmp(tp, "from") == 0) {
        /* "the French withdrawal from Mali": from where */
        frames_actors_of(x, i, fr->targets, &fr->n_targets);
      }
    }
  }
  /* "charged him with the bombing", "arrested over the attack": who
   * charges did not do it, and who is charged is only accused of it;
   * "convicted two men of the attack", "a man jailed for the killing":
   * who is found guilty did it */
  static const char *const charge[] = {
      "accuse", "charge", "suspect", "indict", "acquit", "try", "blame",
      "prosecute", "arrest", "detain", "hold", "question", NULL};
  static const char *const guilty[] = {
      "convict", "sentence", "jail", "punish", "fine", "imprison",
      "execute", "hang", NULL};
  int h = H(x, p);
  bool for_deed =
      !fr->n_agents && h >= 0 && x->w[h].upos == NLP_UPOS_VERB &&
      nlp_dep_universal(D(x, p)) == NLP_DEP_OBL &&
      marker_is(x, p, (const char *[]){"with", "of", "for", "over", NULL});
  if (for_deed && lemma_among(x, h, charge))
    return;
  if (for_deed && lemma_among(x, h, guilty)) {
    int o = kid(x, h, NLP_DEP_OBJ, x->lo);
    if (o < 0)
      o = kid(x, h, NLP_DEP_NSUBJ_PASS, x->lo);
    if (o < 0 && D(x, h) == NLP_DEP_ACL)
      o = H(x, h);
    if (o >= 0)
      frames_actors_of(x, o, fr->agents, &fr->n_agents);
    return;
  }
  /* "faced sharp criticism", "drew international condemnation", "came
   * under pressure": one who meets the words others say is their
   * target */
  if (h >= 0 && x->w[h].upos == NLP_UPOS_VERB &&
      annals_type_quad(fr->def->type) == ANNALS_QUAD_VERBAL_CONFLICT &&
      ((D(x, p) == NLP_DEP_OBJ &&
        lemma_among(x, h, (const char *const[]){"face", "draw", "receive",
                                                "attract", "incur", "earn",
                                                NULL})) ||
       (nlp_dep_universal(D(x, p)) == NLP_DEP_OBL &&
        lemma_is(x, h, "come") &&
        marker_is(x, p, (const char *[]){"under", NULL})))) {
    bool pass;
    int s = frames_subject(x, h, &pass);
    if (s >= 0 && !pass)
      frames_actors_of(x, s, fr->targets, &fr->n_targets);
  }
  /* "retaliated with rocket attacks": the verb's subject did them;
   * "landed in Seoul for a visit", "flew to Cairo for talks": one goes
   * for a meeting one holds */
  if (!fr->n_agents && h >= 0 && x->w[h].upos == NLP_UPOS_VERB &&
      nlp_dep_universal(D(x, p)) == NLP_DEP_OBL &&
      (marker_is(x, p, (const char *[]){"with", "through", "using", NULL}) ||
       (fr->def->type == ANNALS_TYPE_CONSULT &&
        marker_is(x, p, (const char *[]){"for", "on", NULL})))) {
    bool pass;
    int s = frames_subject(x, h, &pass);
    if (s >= 0 && !pass)
      frames_actors_of(x, s, fr->agents, &fr->n_agents);
  }
  /* "the earthquake devastated Port-au-Prince": the named one or place
   * an event does something to with a verb of no event of its own */
  static const char *const feel[] = {
      "anger", "alarm", "worry", "outrage", "surprise", "shock", "upset",
      "concern", "please", "delight", "frustrate", "irritate", "embarrass",
      "dismay", "disappoint", "infuriate", "enrage", NULL};
  if (h >= 0 && D(x, p) == NLP_DEP_NSUBJ && x->w[h].upos == NLP_UPOS_VERB &&
      !frames_candidate(x->lx, &x->w[h]) &&
      /* (but "the withdrawal angered Paris": whom it moved) */
      !lemma_among(x, h, feel)) {
    int o = kid(x, h, NLP_DEP_OBJ, x->lo);
    ev_actor a;
    if (o >= 0 && !x->in_date[o - x->lo] && actor_of(x->ac, o, &a) &&
        a.kind == ACT_NAMED)
      frames_add_actor(fr->targets, &fr->n_targets, &a);
  }
  /* "the military was on high alert", "workers went on strike": who is
   * on it is its actor (not so of a verb's object: "congratulated Putin
   * on his re-election") */
  if (!fr->n_agents && h >= 0 && x->w[h].upos != NLP_UPOS_NOUN &&
      nlp_dep_universal(D(x, p)) == NLP_DEP_OBL &&
      kid(x, h, NLP_DEP_OBJ, x->lo) < 0 &&
      marker_is(x, p, (const char *[]){"on", NULL})) {
    bool pass;
    int s = frames_subject(x, h, &pass);
    if (s >= 0 && !pass)
      frames_actors_of(x, s, fr->agents, &fr->n_agents);
  }
  /* "the rebels were responsible for the attack", "officers were
   * involved in the explosion": who is held to it did it */
  if (!fr->n_agents && h >= 0 && frames_responsible_for(x, h, p)) {
    bool pass;
    int s = frames_subject(x, h, &pass);
    if (s >= 0 && x->w[s].upos != NLP_UPOS_PRON)
      frames_actors_of(x, s, fr->agents, &fr->n_agents);
  }
  /* "X came under attack by Y": X is the target; "placing President X
   * under house arrest": the verb's object is, and its subject acts */
  if (h >= 0 && marker_is(x, p, (const char *[]){"under", NULL})) {
    bool pass;
    int s = frames_subject(x, h, &pass);
    int o = x->w[h].upos == NLP_UPOS_VERB ? kid(x, h, NLP_DEP_OBJ, x->lo) : -1;
    if (o >= 0) {
      frames_actors_of(x, o, fr->targets, &fr->n_targets);
      if (s >= 0 && !pass && !fr->n_agents)
        frames_actors_of(x, s, fr->agents, &fr->n_agents);
    } else if (s >= 0)
      frames_actors_of(x, s, fr->targets, &fr->n_targets);
    for (int i = x->lo; i < x->hi; i++)
      if (H(x, i) == h && marker_is(x, i, by))
        frames_actors_of(x, i, fr->agents, &fr->n_agents);
  }
}

/* ------------------------------------------------------------------ */
/* Arguments and place                                                  */
/* ------------------------------------------------------------------ */

/* Is word i inside the argument phrases of p: below it through nominal
 * relations only (objects, obliques, noun modifiers), at most depth
 * levels down, not inside a clause of its own? */
static bool in_arguments(const fctx *x, int i, int p, int depth) {
  for (int k = 0, q = i; q >= 0 && k < depth; k++) {
    int h = H(x, q);
    /* (a conjoined clause is another act, not an argument) */
    if (k > 0 && D(x, q) == NLP_DEP_CONJ && x->w[q].upos == NLP_UPOS_VERB)
      return false;
    if (h == p)
      return true;
    int u = nlp_dep_universal(D(x, q));
    if (u != NLP_DEP_OBJ && u != NLP_DEP_OBL && u != NLP_DEP_NMOD &&
        u != NLP_DEP_NSUBJ && u != NLP_DEP_CONJ && u != NLP_DEP_APPOS)
      return false;
    q = h;
  }
  return false;
}

/* The place of p: a locative phrase naming a known or capitalised place
 * among its dependents, else in its argument phrases ("arrested dozens
 * of protesters in Bavaria"), nearest first. */
bool roles_find_place(fctx *x, int p, ev_actor *out) {
  for (int depth = 1; depth <= 4; depth++)
    for (int i = x->lo; i < x->hi; i++) {
      if (x->in_date[i - x->lo] || !in_arguments(x, i, p, depth))
        continue;
      int u = nlp_dep_universal(D(x, i));
      if ((u == NLP_DEP_OBL || u == NLP_DEP_NMOD) &&
          marker_is(x, i, roles_locative) && place_of(x->ac, i, out))
        return true;
      /* ("marched through Colombo"; not "negotiated through Qatar") */
      if (u == NLP_DEP_OBL && H(x, i) == p &&
          marker_is(x, i, (const char *[]){"through", NULL}) &&
          lemma_among(x, p, (const char *const[]){
                                "march", "parade", "walk", "rally", "drive",
                                "sweep", "advance", "rampage", "roll", "move",
                                "storm", "surge", "protest", NULL}) &&
          place_of(x->ac, i, out))
        return true;
      /* ("took to the streets of Lima", "in the outskirts of Kyiv",
       * "filled the main square of Tbilisi") */
      if (u == NLP_DEP_NMOD && marker_is(x, i, (const char *[]){"of", NULL}) &&
          H(x, i) >= x->lo &&
          lemma_among(x, H(x, i),
                      (const char *const[]){"street", "outskirt", "suburb",
                                            "centre", "center", "heart",
                                            "downtown", "square", "road",
                                            "avenue", "boulevard", NULL}) &&
          (place_of(x->ac, i, out) ||
           /* ("the streets of Kenya's major cities") */
           (kid(x, i, NLP_DEP_NMOD_POSS, x->lo) >= 0 &&
            place_of(x->ac, kid(x, i, NLP_DEP_NMOD_POSS, x->lo), out))))
        return true;
    }
  return false;
}

/* A visit, a show of force or an attack in a place with no other target
 * is done to the place's country ("Macron visits Beirut": Lebanon),
 * unless that country is the actor's own. */
void roles_place_target(const fctx *x, ev_frame *fr) {
  const char *c = fr->has_place ? fr->place.country : NULL;
  bool named = false; /* "struck an oil refinery in Russia's Volgograd
                         region": the refinery's country is struck */
  for (size_t i = 0; i < fr->n_targets; i++)
    named = named || fr->targets[i].kind == ACT_NAMED;
  if (!c || fr->n_targets >= FRAME_MAX_ACTORS)
    return;
  /* "Opposition leader X was arrested in Minsk": an arrest, a detention
   * or a ban told in the passive with no one doing it is the state's
   * where it happened */
  /* (the place the verb itself tells: not "charged with crimes in
   * Kosovo") */
  int pw = fr->place.word;
  /* (or the place a "where" of its clause stands for: "landed in Minsk,
   * where the journalist was detained") */
  bool own_place = pw >= x->lo && pw < x->hi &&
                   (H(x, pw) == fr->pred ||
                    kid_among(x, fr->pred, NLP_DEP_ADVMOD,
                              (const char *const[]){"where", NULL}));
  /* (and an arrest named by its noun: "the arrest of X in Minsk", the
   * place maybe hung on the one arrested) */
  bool noun = x->w[fr->pred].upos == NLP_UPOS_NOUN;
  if (noun && !own_place && pw >= x->lo && pw < x->hi && H(x, pw) >= x->lo &&
      H(x, H(x, pw)) == fr->pred &&
      marker_is(x, H(x, pw), (const char *[]){"of", NULL}))
    own_place = true;
  if (fr->type == ANNALS_TYPE_COERCE && (fr->passive || noun) &&
      !fr->n_agents && fr->n_targets && own_place) {
    bool theirs = false; /* (not when the one it befalls is that state) */
    for (size_t i = 0; i < fr->n_targets; i++)
      theirs = theirs || strcmp(fr->targets[i].name, c) == 0;
    if (!theirs) {
      ev_actor a;
      memset(&a, 0, sizeof a);
      a.name = a.country = c;
      a.kind = ACT_NAMED;
      a.state = true;
      a.word = a.first = a.last = -1;
      fr->agents[fr->n_agents++] = a;
      return;
    }
  }
  if (named)
    return;
  annals_quad q = annals_type_quad(fr->type);
  if (fr->type != ANNALS_TYPE_CONSULT && q != ANNALS_QUAD_MATERIAL_CONFLICT)
    return;
  /* "Kenya and Uganda met in Geneva", "the government held talks with
   * the rebels in Doha": the host is no party */
  size_t parties = 0;
  for (size_t i = 0; i < fr->n_agents; i++)
    parties += fr->agents[i].kind == ACT_NAMED;
  /* (a state's officials met there are the host's: "held talks with
   * officials in Cairo") */
  bool side = false;
  for (size_t i = 0; i < fr->n_targets; i++)
    side = side || !fr->targets[i].state;
  if (fr->type == ANNALS_TYPE_CONSULT &&
      (parties >= 2 || (fr->n_agents && side)))
    return;
  bool own = false;
  for (size_t i = 0; i < fr->n_agents; i++)
    own = own || strcmp(fr->agents[i].name, c) == 0 ||
          (fr->agents[i].country && strcmp(fr->agents[i].country, c) == 0);
  /* "Azerbaijan recaptured areas in Karabakh", "the army's offensive in
   * Tigray": fighting in a region of one's own country is against the
   * region */
  bool region = own && q == ANNALS_QUAD_MATERIAL_CONFLICT && fr->place.ent &&
                fr->place.ent->kind == ENT_REGION && fr->place.name &&
                strcmp(fr->place.name, c) != 0;
  if (own && !region)
    return;
  ev_actor a;
  memset(&a, 0, sizeof a);
  a.name = region ? fr->place.name : c;
  a.country = c;
  a.kind = ACT_NAMED;
  a.word = a.first = a.last = -1;
  fr->targets[fr->n_targets++] = a;
  fr->implied = true;
}
