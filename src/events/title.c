/*
 * events/title.c - headlines from event frames, in the style of news
 * headlines: present tense, no articles, actor first ("Houthis attack
 * cargo ship in Red Sea", "UN Security Council calls for halt to
 * siege"); without a known actor, the event's noun ("Airstrike on
 * Kharkiv") or the target with the participle ("Castillo arrested").
 */
#include "events/events.h"

#define TITLE_MAX 80

static bool ends_with(const char *s, size_t n, const char *suf) {
  size_t k = strlen(suf);
  return n >= k && memcmp(s + n - k, suf, k) == 0;
}

static bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

void title_verb(const char *base, bool plural, GString *out) {
  const char *sp = strchr(base, ' ');
  size_t n = sp ? (size_t)(sp - base) : strlen(base);
  if (plural) {
    g_string_append(out, base);
    return;
  }
  if (n == 2 && memcmp(base, "be", 2) == 0)
    g_string_append(out, "is");
  else if (n == 4 && memcmp(base, "have", 4) == 0)
    g_string_append(out, "has");
  else if (n > 1 && base[n - 1] == 'y' && !is_vowel(base[n - 2])) {
    g_string_append_len(out, base, (gssize)(n - 1));
    g_string_append(out, "ies");
  } else if (ends_with(base, n, "s") || ends_with(base, n, "x") ||
             ends_with(base, n, "z") || ends_with(base, n, "ch") ||
             ends_with(base, n, "sh") || ends_with(base, n, "o")) {
    g_string_append_len(out, base, (gssize)n);
    g_string_append(out, "es");
  } else {
    g_string_append_len(out, base, (gssize)n);
    g_string_append_c(out, 's');
  }
  if (sp)
    g_string_append(out, sp);
}

/* The -ing form of base's first word, then the rest of it: "supply
 * weapons to" -> "supplying weapons to", "hit" -> "hitting", "fire" ->
 * "firing", "die" -> "dying". */
static void title_gerund(const char *base, GString *out) {
  const char *sp = strchr(base, ' ');
  size_t n = sp ? (size_t)(sp - base) : strlen(base);
  if (ends_with(base, n, "ie")) {
    g_string_append_len(out, base, (gssize)(n - 2));
    g_string_append(out, "ying");
  } else if (n > 2 && base[n - 1] == 'e' && !is_vowel(base[n - 2])) {
    g_string_append_len(out, base, (gssize)(n - 1));
    g_string_append(out, "ing");
  } else {
    g_string_append_len(out, base, (gssize)n);
    /* (a short word ending in one vowel and a consonant doubles it:
     * "hit", "ban", "drop"; and a longer one stressed on that syllable:
     * "commit", "expel", "occur", "patrol", "acquit", "refer") */
    static const char *const stressed[] = {"mit", "pel", "cur", "trol",
                                           "quit", "gret", "fer", "bed",
                                           "nap", "quip", "bel", NULL};
    static const char *const unstressed[] = {"offer", "suffer", "differ",
                                             "proffer", NULL};
    char c = base[n - 1];
    bool doubles = n >= 3 && n <= 4 && !is_vowel(c) && c != 'w' && c != 'x' &&
                   c != 'y' && is_vowel(base[n - 2]) && !is_vowel(base[n - 3]);
    for (size_t k = 0; !doubles && n > 4 && stressed[k]; k++)
      doubles = ends_with(base, n, stressed[k]);
    for (size_t k = 0; doubles && n > 4 && unstressed[k]; k++)
      doubles = !(strlen(unstressed[k]) == n &&
                  strncmp(base, unstressed[k], n) == 0);
    if (doubles)
      g_string_append_c(out, c);
    g_string_append(out, "ing");
  }
  if (sp)
    g_string_append(out, sp);
}

/* Is a[i] a country another of a[0..n) is a thing or body of ("shot
 * down a military helicopter" of Mali, with Mali a party), or one no
 * word names beside such a thing (the country of where it was)?  The
 * thing tells it in a headline; "... helicopter and Mali" would not
 * read. */
static bool owner_shown(const ev_actor *a, size_t n, size_t i) {
  bool country =
      a[i].ent ? a[i].ent->kind == ENT_COUNTRY
               : a[i].country && strcmp(a[i].country, a[i].name) == 0;
  /* (but one told by words of its own stays: "Indian soldiers") */
  if (a[i].kind != ACT_NAMED || !country || a[i].phrase)
    return false;
  for (size_t j = 0; j < n; j++)
    if (j != i && a[j].kind == ACT_GROUP &&
        (a[i].word < 0 ||
         (a[j].country && strcmp(a[j].country, a[i].name) == 0)) &&
        !(a[j].phrase && !*a[j].phrase))
      return true;
  return false;
}

static void join(GString *t, const ev_actor *a, size_t n, size_t max) {
  /* (an empty phrase: one another's phrase already names) */
  size_t shown = 0;
  for (size_t i = 0; i < n; i++)
    shown += !(a[i].phrase && !*a[i].phrase) && !owner_shown(a, n, i);
  if (shown > max)
    shown = max;
  for (size_t i = 0, k = 0; i < n && k < shown; i++) {
    if ((a[i].phrase && !*a[i].phrase) || owner_shown(a, n, i))
      continue;
    if (k)
      g_string_append(t, k + 1 == shown ? " and " : ", ");
    g_string_append(t, a[i].phrase ? a[i].phrase : a[i].name);
    k++;
  }
}

/* Is name among the actors? */
static bool named_in(const char *name, const ev_actor *a, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(a[i].name, name) == 0 ||
        (a[i].country && strcmp(a[i].country, name) == 0))
      return true;
  return false;
}

/* Does s hold w as whole words? */
static bool has_word(const char *s, const char *w) {
  size_t n = strlen(w);
  for (const char *p = s; n && (p = strstr(p, w)) != NULL; p++) {
    bool start = p == s || !g_ascii_isalnum(p[-1]);
    bool end = !g_ascii_isalnum(p[n]);
    if (start && end)
      return true;
  }
  return false;
}

/* "retaliate against" without a target: "retaliate". */
static void drop_final_prep(GString *t) {
  static const char *const preps[] = {
      " on",  " in", " of",   " against", " to",   " with",    " from", " at",
      " for", " by", " into", " over",    " upon", " between", " as"};
  for (size_t k = 0; k < ARRAY_SIZE(preps); k++) {
    size_t n = strlen(preps[k]);
    if (t->len > n && memcmp(t->str + t->len - n, preps[k], n) == 0) {
      g_string_truncate(t, t->len - n);
      return;
    }
  }
}

/* A headline noun without its final preposition ("Airstrike on" ->
 * "Airstrike"), for use without a target. */
static void headline_alone(GString *t, const char *h) {
  g_string_append(t, h);
  drop_final_prep(t);
}

/* Does s end with one of the words in list (NULL-terminated)? */
static bool ends_with_any(const char *s, const char *const *list) {
  const char *sp = strrchr(s, ' ');
  const char *last = sp ? sp + 1 : s;
  for (size_t k = 0; list[k]; k++)
    if (strcmp(last, list[k]) == 0)
      return true;
  return false;
}

/* Does the frame's headline phrase already carry its object ("impose
 * sanctions on")? */
/* Does s end with the word w (case-insensitive)? */
static bool title_has_object(const frame_def *d, const char *object) {
  if (d->title && strchr(d->title, ' ') && d->obj)
    return true;
  /* "announced his resignation" headlined "resigns": the object is the
   * act the title's verb already says (the same stem) */
  const char *last = object ? strrchr(object, ' ') : NULL;
  last = last ? last + 1 : object;
  return d->title && last && strlen(d->title) >= 4 && strlen(last) >= 4 &&
         g_ascii_strncasecmp(d->title, last, 4) == 0;
}

/* Does a phrase end in a plural noun ("Ethiopian troops", "Houthi
 * rebels"; not "Red Cross", "bus")? */
static bool plural_phrase(const char *p) {
  if (!p)
    return false;
  size_t n = strlen(p);
  /* a name's last word is no plural ("President Evo Morales", "Gates"),
   * save the armed bodies named so ("Rapid Support Forces") */
  const char *last = strrchr(p, ' ');
  last = last ? last + 1 : p;
  /* ("police" is plural though it ends in no "s": "Police fire") */
  if (g_ascii_strcasecmp(last, "police") == 0)
    return true;
  static const char *const bodies[] = {"Forces", "Guards", "Brigades",
                                       "Militias", "Rebels", "Troops"};
  if (g_ascii_isupper(last[0])) {
    bool body = false;
    for (size_t k = 0; k < G_N_ELEMENTS(bodies) && !body; k++)
      body = strcmp(last, bodies[k]) == 0;
    if (!body)
      return false;
  }
  return n > 3 && p[n - 1] == 's' && p[n - 2] != 's' && p[n - 2] != 'u' &&
         p[n - 2] != 'i' && g_ascii_islower(p[n - 2]);
}

/* Does the frame's headline already name the kind of thing said ends
 * with ("expels diplomats of" and "Russian diplomats", "Troops stationed
 * in" and "French troops"), in the singular or the plural? */
static bool says_head(const frame_def *d, const char *said) {
  const char *sp = strrchr(said, ' ');
  const char *head = sp ? sp + 1 : said;
  size_t n = strlen(head);
  if (n > 3 && head[n - 1] == 's')
    n--;
  const char *const in[] = {d->title, d->headline};
  for (size_t k = 0; k < 2; k++)
    for (const char *p = in[k]; p && *p; p++)
      if ((p == in[k] || p[-1] == ' ') && g_ascii_strncasecmp(p, head, n) == 0)
        return true;
  return false;
}

void title_make(const ev_frame *f, char *buf, size_t size) {
  GString *t = g_string_new(NULL);
  const frame_def *d = f->def;
  /* (the parties the headline leaves out: "Ukraine recaptures town",
   * not "recaptures Russia", when the town is taken from Russia) */
  ev_actor tgs[FRAME_MAX_ACTORS];
  size_t ntg = 0;
  size_t n_own = f->n_targets - (f->implied && f->n_targets ? 1 : 0);
  for (size_t k = 0; k < n_own; k++) {
    bool other = false;
    for (size_t c = 0; c < f->n_concerned && !other; c++)
      other = strcmp(f->concerned[c].name, f->targets[k].name) == 0;
    /* (nor one another target's words already name: "town of Al-Fasher"
     * and "Al-Fasher") */
    for (size_t j = 0; j < n_own && !other; j++)
      other = j != k && has_word(f->targets[j].phrase ? f->targets[j].phrase
                                                      : f->targets[j].name,
                                 f->targets[k].name) &&
              strcmp(f->targets[j].name, f->targets[k].name) != 0;
    if (!other)
      tgs[ntg++] = f->targets[k];
    /* ("Israel kills senior Hamas commander", "Ukraine shoots down
     * Russian drones": whom or what a deed of force befalls, as told;
     * and whom a release frees: "Hamas releases Israeli soldiers") */
    if (!other && f->targets[k].said &&
        (f->type == ANNALS_TYPE_FIGHT || f->type == ANNALS_TYPE_ASSAULT ||
         f->type == ANNALS_TYPE_MASS_VIOLENCE ||
         f->type == ANNALS_TYPE_COERCE ||
         /* (and the seat a crowd's sense names: "Protesters storm
          * Kenyan parliament", not "storm Kenya") */
         (f->type == ANNALS_TYPE_PROTEST && d->obj) ||
         (f->type == ANNALS_TYPE_YIELD && d->cameo &&
          strcmp(d->cameo, "0841") == 0)) &&
        !says_head(d, f->targets[k].said))
      tgs[ntg - 1].phrase = f->targets[k].said;
    /* ("requests aid from Australia", not "aid from Australian
     * assistance": help its words already name is the giver's) */
    static const char *const help[] = {"assistance", "help", "support", "aid",
                                       "backing", NULL};
    const char *ph = f->targets[k].phrase;
    const char *last = ph ? strrchr(ph, ' ') : NULL;
    bool helped = false;
    for (size_t h = 0; last && help[h] && !helped; h++)
      helped = strcmp(last + 1, help[h]) == 0;
    for (size_t h = 0; helped && d->title && help[h]; h++)
      if (has_word(d->title, help[h]) && !other)
        tgs[ntg - 1].phrase = NULL;
  }
  /* ("handed his resignation to President Macron": one resigns, from
   * an office, not whom the letter goes to; the record keeps him) */
  if (d->tag && strcmp(d->tag, "resignation") == 0 && d->title &&
      !strchr(d->title, ' ') && f->n_agents)
    ntg = 0;
  const ev_actor *tg = tgs;
  /* a visit to a country's city: the city names where one went */
  bool place_for_target = f->has_place && ntg == 1 && f->place.country &&
                          strcmp(f->place.name, f->place.country) != 0 &&
                          strcmp(tg[0].name, f->place.country) == 0 &&
                          /* (the country stands for the city visited, not
                           * for one named: "talks with Peru in Lima"; and
                           * for the city seized: "rebels seize Goma") */
                          ((f->type == ANNALS_TYPE_CONSULT && tg[0].word < 0) ||
                           (tg[0].word >= 0 && tg[0].word == f->place.word));
  bool place_done = false;
  if (f->n_agents) {
    /* ("Peruvian minister resigns", not "Peru resigns": one in an office
     * who acts is told as the office; the record names the state) */
    ev_actor ags[FRAME_MAX_ACTORS];
    for (size_t k = 0; k < f->n_agents && k < FRAME_MAX_ACTORS; k++) {
      ags[k] = f->agents[k];
      if (ags[k].office && ags[k].said && !ags[k].phrase)
        ags[k].phrase = ags[k].said;
    }
    join(t, ags,
         f->n_agents < FRAME_MAX_ACTORS ? f->n_agents : FRAME_MAX_ACTORS, 2);
    g_string_append_c(t, ' ');
    bool plural = f->n_agents > 1 || f->agents[0].plural ||
                  plural_phrase(f->agents[0].phrase ? f->agents[0].phrase
                                                    : f->agents[0].name);
    if (f->future && (f->type == ANNALS_TYPE_YIELD ||
                      f->type == ANNALS_TYPE_REDUCE_RELATIONS ||
                      f->type == ANNALS_TYPE_COERCE)) {
      /* a measure decided: "Czech Republic to expel diplomats", "Ruiz
       * to resign" */
      g_string_append(t, "to ");
      g_string_append(t, d->title ? d->title : d->lemma);
    } else if (f->future) {
      title_verb(f->type == ANNALS_TYPE_THREATEN ? "threaten to" : "pledge to",
                 plural, t);
      g_string_append_c(t, ' ');
      g_string_append(t, d->title ? d->title : d->lemma);
    } else if (ntg == 0 && !plural && d->title &&
               strcmp(d->title, "meet") == 0) {
      /* (one meeting no one named: "Saied holds meeting", not "Saied
       * meets"; "Russia and Ukraine meet" each other) */
      title_verb("hold meeting", plural, t);
    } else {
      title_verb(d->title ? d->title : d->lemma, plural, t);
    }
    /* (a headline that ends in the verb's particle keeps it: "take
     * over" is no "take" over something) */
    bool phrasal = d->prt && ends_with_word(t->str, d->prt);
    if (f->inner) {
      drop_final_prep(t); /* "agrees to send aid", not "agrees with to" */
      if (f->def->complement == FC_PERMIT && f->object) {
        /* "authorizes president to use force" */
        g_string_append_c(t, ' ');
        g_string_append(t, f->object);
      }
      g_string_append(t, f->def->complement == FC_DENY ? " "
                         : f->inner_not                  ? " not to "
                                                         : " to ");
      if (f->def->complement == FC_DENY && f->inner->title &&
          !f->inner->noun) {
        /* ("denies supplying weapons to Russia": the act's verb) */
        title_gerund(f->inner->title, t);
      } else if (f->def->complement == FC_DENY && f->inner->headline) {
        /* ("deny downing", the noun's headline inside the title) */
        size_t at = t->len;
        headline_alone(t, f->inner->headline);
        if (t->len > at && t->str[at] >= 'A' && t->str[at] <= 'Z')
          t->str[at] = (char)(t->str[at] + 32);
      } else
        g_string_append(t, f->inner->title ? f->inner->title : f->inner->lemma);
    }
    if (f->content && (!ntg || f->type == ANNALS_TYPE_STATEMENT)) {
      /* "Putin says the expansion will be seamless" */
      g_string_append_c(t, ' ');
      for (const char *c = f->content; *c; c++)
        g_string_append_c(t, *c == '\n' || *c == '\r' ? ' ' : *c);
    } else if (ntg == 1 && place_for_target) {
      /* "Sharif visits Tehran", not "visits Iran in Tehran" */
      g_string_append_c(t, ' ');
      g_string_append(t, f->place.name);
    } else if (ntg == 1 && tg[0].kind == ACT_GROUP &&
               (ends_with_word(t->str, tg[0].name) ||
                ends_with_word(t->str, strrchr(tg[0].name, ' ')
                                           ? strrchr(tg[0].name, ' ') + 1
                                           : NULL))) {
      /* "puts forces on alert", not "on alert alert" nor "on alert high
       * alert" */
    } else if (ntg) {
      /* "Protesters march against X", not "march X" */
      if (f->type == ANNALS_TYPE_PROTEST && !f->inner && !f->future &&
          ends_with_any(t->str, (const char *const[]){
              "rally", "rallies", "march", "marches", "riot", "riots",
              "protest", "protests", "demonstrate", "demonstrates", "streets",
              "strike", "strikes", "out", "outs", "mutiny", "mutinies",
              "sit-in", "work", "works", "vigil", NULL}))
        g_string_append(t, " against");
      /* ("rally in" held against one who is no place: "Hundreds rally
       * against Ennahdha in Tunis") */
      bool where = tg[0].ent && (tg[0].ent->kind == ENT_COUNTRY ||
                                 tg[0].ent->kind == ENT_CITY ||
                                 tg[0].ent->kind == ENT_REGION);
      if (f->type == ANNALS_TYPE_PROTEST && !f->inner && !f->future &&
          !where && t->len > 3 && strcmp(t->str + t->len - 3, " in") == 0) {
        g_string_truncate(t, t->len - 3);
        g_string_append(t, " against");
      }
      /* "Junta dissolves Niger's parliament", not "dissolves parliament
       * Niger": the seat the headline names is the one the text said */
      const char *said = ntg == 1 ? tg[0].said : NULL;
      const char *sp = said ? strrchr(said, ' ') : NULL;
      if (sp && strstr(said, "'s ") && ends_with_word(t->str, sp + 1)) {
        g_string_truncate(t, t->len - strlen(sp + 1));
        g_string_append(t, said);
      } else {
        g_string_append_c(t, ' ');
        join(t, tg, ntg, 2);
      }
      /* "Assembly declares Nepal a republic", "names son as successor" */
      if (f->predicative && !strstr(t->str, f->predicative)) {
        g_string_append_c(t, ' ');
        g_string_append(t, f->predicative);
      }
    } else if (f->object && !strstr(t->str, f->object) &&
               (!title_has_object(d, f->object) || phrasal)) {
      /* "Lawmakers pass finance bill"; "Army takes over airport" */
      if (!phrasal)
        drop_final_prep(t);
      g_string_append_c(t, ' ');
      g_string_append(t, f->object);
    } else if (!phrasal) {
      drop_final_prep(t);
    }
  } else if (ntg && f->participle && d->tag && d->title &&
             f->type == ANNALS_TYPE_STATEMENT &&
             strncmp(d->title, d->lemma, strlen(d->lemma)) != 0) {
    /* "Narendra Modi takes office", "Faye wins election": the one a
     * passive statement is about does what its headline says (not one
     * ousted in a coup, nor one named: "name" is said of who names) */
    join(t, tg, ntg, 1);
    g_string_append_c(t, ' ');
    title_verb(d->title, tg[0].plural, t);
  } else if (d->headline && !f->inner &&
             /* ("Two US military attaches were expelled": those the
              * passive befell, told, not "Diplomats expelled from") */
             !(ntg && f->participle && f->passive && tg[0].phrase &&
               has_word(d->headline, f->participle))) {
    size_t hl = strlen(d->headline);
    /* (not what the headline already says: "Cessation of hostilities",
     * not "... in hostilities") */
    size_t keep = 0;
    for (size_t k = 0; k < ntg; k++)
      if (!has_word(d->headline, tg[k].name))
        tgs[keep++] = tg[k];
    ntg = keep;
    if (ntg == 1 && f->has_place && f->place.country &&
        strcmp(f->place.name, f->place.country) != 0 &&
        strcmp(tg[0].name, f->place.country) == 0 && hl > 3) {
      /* "Earthquake in Port-au-Prince", not "in Haiti in Port-au-Prince";
       * "Advance toward Moscow", not "toward Russia in Moscow" */
      g_string_append(t, d->headline);
      g_string_append_c(t, ' ');
      g_string_append(t, f->place.name);
      place_done = true;
    } else if (ntg) {
      g_string_append(t, d->headline);
      /* "Arrests of Maria Sola": one who is no place is not "in" */
      bool place = tg[0].ent && (tg[0].ent->kind == ENT_COUNTRY ||
                                 tg[0].ent->kind == ENT_CITY ||
                                 tg[0].ent->kind == ENT_REGION);
      bool in = hl > 3 && strcmp(d->headline + hl - 3, " in") == 0;
      bool state = tg[0].country && strcmp(tg[0].country, tg[0].name) == 0;
      /* ("Clashes with rebels": those fought are no place either) */
      if (in && !place && !state && d->type == ANNALS_TYPE_FIGHT && d->cameo &&
          strncmp(d->cameo, "190", 3) == 0) {
        g_string_truncate(t, t->len - 2);
        g_string_append(t, "with");
      } else if (in && !place && !state && tg[0].kind == ACT_NAMED)
        g_string_overwrite(t, t->len - 2, "of");
      /* (nor is a craft that crashed or sank: "Crash of presidential
       * plane") */
      else if (in && tg[0].kind == ACT_GROUP &&
               ends_with_any(tg[0].phrase ? tg[0].phrase : tg[0].name,
                             (const char *const[]){
                                 "plane", "helicopter", "aircraft", "jet",
                                 "airliner", "train", "ship", "boat", "ferry",
                                 "bus", "vessel", "tanker", "drone", NULL}))
        g_string_overwrite(t, t->len - 2, "of");
      /* (nor are the people an arrest is told of by their words:
       * "Arrests of opposition candidate") */
      else if (in && tg[0].kind == ACT_GROUP && tg[0].word >= 0 && d->cameo &&
               strncmp(d->cameo, "173", 3) == 0)
        g_string_overwrite(t, t->len - 2, "of");
      g_string_append_c(t, ' ');
      join(t, tg, ntg, 2);
    } else if (f->object && f->passive && hl > 3 &&
               strcmp(d->headline + hl - 3, " of") == 0 &&
               !has_word(d->headline, f->object)) {
      /* "Release of activists": what the passive's subject names (in
       * lower case, though it opened the sentence: "Activists ...") */
      g_string_append(t, d->headline);
      g_string_append_c(t, ' ');
      size_t at = t->len;
      g_string_append(t, f->object);
      bool lower = true;
      for (const char *c = f->object + 1; *c && lower; c++)
        lower = !g_ascii_isupper(*c);
      if (lower)
        t->str[at] = g_ascii_tolower(t->str[at]);
    } else {
      headline_alone(t, d->headline);
    }
  } else if (ntg && f->participle) {
    /* "Castillo arrested"; "Rebels offered amnesty" */
    join(t, tg, ntg, 2);
    g_string_append_c(t, ' ');
    g_string_append(t, f->participle);
    if (f->object && f->passive && !has_word(t->str, f->object)) {
      g_string_append_c(t, ' ');
      g_string_append(t, f->object);
    }
  } else {
    g_string_append(t, d->headline ? d->headline : d->lemma);
  }
  if (f->has_place && !place_done &&
      !named_in(f->place.name, f->agents, f->n_agents) &&
      !named_in(f->place.name, tg, ntg) &&
      /* ("shells village of Brenovo": the place is told already) */
      !has_word(t->str, f->place.name) &&
      !(place_for_target && f->n_agents) &&
      /* (what was said names its places itself) */
      !f->content) {
    g_string_append(t, " in ");
    g_string_append(t, f->place.name);
  }
  if (t->len && t->str[0] >= 'a' && t->str[0] <= 'z')
    t->str[0] = (char)(t->str[0] - 32);
  if (t->len > TITLE_MAX) {
    size_t cut = TITLE_MAX;
    while (cut > 0 && t->str[cut] != ' ')
      cut--;
    g_string_truncate(t, cut ? cut : TITLE_MAX);
    /* (and not on a word that needs the ones cut off: "move to Belarus
     * under") */
    static const char *const needy[] = {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with",
        "by", "from", "under", "and", "or", "but", "that", "which", "who",
        "would", "will", "was", "were", "is", "are", "has", "have", "had",
        "as", "into", "than", "its", "their", "his", "her", "not", "be",
        "been", "when", "while", "after", "before", "during", "between",
        "against", "over", "said", "says", NULL};
    for (bool more = true; more;) {
      more = false;
      const char *sp = strrchr(t->str, ' ');
      if (!sp || sp == t->str)
        break;
      for (size_t k = 0; needy[k]; k++)
        if (g_ascii_strcasecmp(sp + 1, needy[k]) == 0) {
          g_string_truncate(t, (gsize)(sp - t->str));
          more = true;
          break;
        }
    }
  }
  /* a headline ends with a word, not with the comma or the closing
   * quotation mark of the sentence it was cut from */
  for (;;) {
    size_t n = t->len;
    const unsigned char *e = (const unsigned char *)t->str + n;
    if (n && e[-1] && strchr(",;:'\" ", e[-1]))
      g_string_truncate(t, n - 1);
    else if (n >= 3 && e[-3] == 0xE2 && e[-2] == 0x80 &&
             (e[-1] == 0x98 || e[-1] == 0x99 || e[-1] == 0x9C ||
              e[-1] == 0x9D))
      g_string_truncate(t, n - 3);
    else
      break;
  }
  g_strlcpy(buf, t->str, size);
  g_string_free(t, TRUE);
}
