/*
 * events/actors.c - who acts and where: the actor or place a noun phrase
 * of a parsed sentence names.
 *
 * A phrase headed by a proper noun names itself ("the U.N. Security
 * Council", "Prime Minister Shehbaz Sharif" without the title).  A common
 * noun takes the name its modifiers give ("Yemen's Houthi rebels" are the
 * Houthis, with Yemen as their country; "Israeli forces" are Israel's),
 * else stands as a group ("protesters", "security forces").  Names are
 * looked up in the gazetteer, which gives the canonical name and the
 * country; unknown names stay as written.  "he", "she", "it" and "they"
 * take the last person or organisation of the paragraph.
 */
#include "events/events.h"

#include <ctype.h>

static const char *wtext(const actor_ctx *ac, int i, size_t *n) {
  *n = ac->w[i].end - ac->w[i].start;
  return ac->text + ac->w[i].start;
}

/* c in lowercase, as g_ascii_tolower() gives it (which is a call). */
static inline unsigned char lower(char c) {
  unsigned char u = (unsigned char)c;
  return u >= 'A' && u <= 'Z' ? (unsigned char)(u + ('a' - 'A')) : u;
}

/* Is s (NUL-terminated) the n bytes t, ignoring ASCII case?  t0 is
 * lower(t[0]) when n > 0.  The first letters are compared before the
 * lengths: the word lists below are searched for every noun phrase, and
 * nearly every entry differs from the word at its first letter
 * (strlen() of each entry was a few percent of extraction). */
static inline bool same_ci(const char *s, const char *t, size_t n,
                           unsigned char t0) {
  if (n == 0)
    return s[0] == '\0';
  if (lower(s[0]) != t0)
    return false;
  return strlen(s) == n && g_ascii_strncasecmp(s, t, n) == 0;
}

/* Is the string s (NUL-terminated) that of lemma l (NULL: none)?  The
 * first letters are compared before calling strcmp(). */
static bool lemma_eq(const char *l, const char *s) {
  return l && l[0] == s[0] && strcmp(l, s) == 0;
}

static bool wis(const actor_ctx *ac, int i, const char *s) {
  size_t n;
  const char *t = wtext(ac, i, &n);
  return same_ci(s, t, n, n ? lower(t[0]) : 0);
}

static int head(const actor_ctx *ac, int i) {
  return (int)ac->doc->words[i].head;
}

static int dep(const actor_ctx *ac, int i) { return ac->w[i].dep; }

static bool capitalised(const actor_ctx *ac, int i) {
  return (ac->w[i].flags & NLP_WF_CAP) != 0;
}

/* A short lowercase word glued by a hyphen inside a name ("moon" of
 * "Ki-moon", "un" of "Jong-un", "au" of "Port-au-Prince"), not a word
 * made with a name ("Iran-backed", "Saudi-led", "Soviet-era"). */
static bool name_syllable(const actor_ctx *ac, int i) {
  static const char *const not_names[] = {"era", "run", "born", "like",
                                          "wide", "made", "free", "led",
                                          "held", "type", "size", "long",
                                          "old", "year", "day", "week"};
  size_t n = ac->w[i].end - ac->w[i].start;
  const char *t = ac->doc->text + ac->w[i].start;
  if (n == 0 || n > 4 || !g_ascii_islower(t[0]) ||
      (n > 2 && t[n - 2] == 'e' && t[n - 1] == 'd'))
    return false;
  for (size_t k = 0; k < n; k++)
    if (!g_ascii_isalpha(t[k]))
      return false;
  for (size_t k = 0; k < ARRAY_SIZE(not_names); k++)
    if (strlen(not_names[k]) == n && memcmp(not_names[k], t, n) == 0)
      return false;
  return true;
}

/* Words of i's sentence. */
static void sent_range(const actor_ctx *ac, int i, int *a, int *b) {
  const annals_doc_sentence *s = &ac->doc->sents[ac->doc->words[i].sentence];
  *a = (int)s->first;
  *b = (int)(s->first + s->n);
}

/* Word i is all lower-case letters, and no particle of a name ("bin",
 * "da", "al", "von": short, and next to a capitalised name, or to a
 * hyphen before one). */
static bool lower_word(const actor_ctx *ac, int i) {
  size_t n = ac->w[i].end - ac->w[i].start;
  const char *t = ac->text + ac->w[i].start;
  for (size_t k = 0; k < n; k++)
    if (!(t[k] >= 'a' && t[k] <= 'z'))
      return false;
  if (n > 4)
    return true;
  int lo, hi;
  sent_range(ac, i, &lo, &hi);
  int after = i + 1 < hi && wis(ac, i + 1, "-") ? i + 2 : i + 1;
  bool name_before = i > lo && ac->w[i - 1].upos == NLP_UPOS_PROPN &&
                     capitalised(ac, i - 1);
  bool name_after = after < hi && ac->w[after].upos == NLP_UPOS_PROPN &&
                    capitalised(ac, after);
  return !name_before && !name_after;
}

/* Is word i a word of an office "Secretary-General", "Director-General"
 * (either noun, glued by a hyphen to the other; the tagger's repairs
 * make them nouns, see nlp/repair.c)? */
static bool general_office(const actor_ctx *ac, int i) {
  int g = wis(ac, i, "general") ? i : i + 2;
  return g - 2 >= 0 && g < (int)ac->doc->n_words && wis(ac, g, "general") &&
         wis(ac, g - 1, "-") && ac->w[g - 2].end == ac->w[g - 1].start &&
         ac->w[g - 1].end == ac->w[g].start &&
         ac->w[g - 2].upos == NLP_UPOS_NOUN && ac->w[g].upos == NLP_UPOS_NOUN;
}

static bool is_proper(const actor_ctx *ac, int i) {
  int u = ac->w[i].upos;
  if (ac->date_word && ac->date_word[i])
    return false; /* "March" of "on March 3" */
  /* (but not a lower-case word the tagger took for a name: "convicted
   * Mira Holt of fraud"; "bin", "da", "al" are) */
  if (u == NLP_UPOS_PROPN)
    return !lower_word(ac, i);
  /* "moon" of "Ban Ki-moon" */
  if (i >= 2 && ac->w[i - 1].end == ac->w[i].start &&
      ac->w[i - 2].end == ac->w[i - 1].start && wis(ac, i - 1, "-") &&
      ac->w[i - 2].upos == NLP_UPOS_PROPN && name_syllable(ac, i))
    return true;
  /* (not an office named "...-General" the tagger read as a noun: "the
   * UN Secretary-General") */
  if (u == NLP_UPOS_NOUN && general_office(ac, i))
    return false;
  /* "Norvik Shipping Corporation", "United Arab Emirates": a capitalised
   * participle inside a sentence is a word of a name */
  bool part = u == NLP_UPOS_VERB && (ac->w[i].xpos == NLP_XPOS_VBG ||
                                     ac->w[i].xpos == NLP_XPOS_VBN);
  if (!capitalised(ac, i) ||
      !(u == NLP_UPOS_NOUN || u == NLP_UPOS_ADJ || u == NLP_UPOS_X || part))
    return false;
  if (part)
    return !(ac->w[i].flags & NLP_WF_FIRST);
  if (!(ac->w[i].flags & NLP_WF_FIRST))
    return true;
  /* a capital at the start of a sentence: proper when it modifies a
   * proper noun ("Saudi Arabia severed ...") or is a known name
   * ("Trump imposed", "Ukrainian drones") */
  long h = ac->doc->words[i].head;
  int d = ac->w[i].dep;
  /* (but not one's trade: "Journalist Omar Said") */
  if (u == NLP_UPOS_NOUN && actor_trade_noun(ac->w[i].lemma))
    return false;
  if (h >= 0 && ac->w[h].upos == NLP_UPOS_PROPN && h == i + 1 &&
      (d == NLP_DEP_COMPOUND || d == NLP_DEP_AMOD || d == NLP_DEP_FLAT))
    return true;
  return gaz_lookup(ac->g, ac->text, ac->w[i].start, ac->w[i].end) != NULL;
}

/* Is d inside the subtree of h? */
static bool under(const actor_ctx *ac, int d, int h) {
  for (int k = 0; d >= 0 && k < 64; k++, d = head(ac, d))
    if (d == h)
      return true;
  return false;
}

/* Does a word ending at text[end] (before spaces or a hyphen) name a
 * part of a continent ("South American", "Latin-American")? */
static bool continent_part_before(const char *text, size_t end) {
  static const char *const parts[] = {"South", "North", "Latin", "Central",
                                      "Southern", "Northern"};
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '-'))
    end--;
  for (size_t k = 0; k < ARRAY_SIZE(parts); k++) {
    size_t n = strlen(parts[k]);
    if (end >= n && strncmp(text + end - n, parts[k], n) == 0 &&
        (end == n || !g_ascii_isalpha(text[end - n - 1])))
      return true;
  }
  return false;
}

const gaz_entity *gaz_lookup(const annals_gazetteer *g, const char *text,
                             size_t start, size_t end) {
  /* "South American", "Latin American": a continent's, not the US's */
  if (end - start >= 8 && strncmp(text + start, "American", 8) == 0 &&
      (end - start == 8 || text[start + 8] == 's') &&
      continent_part_before(text, start))
    return NULL;
  GArray *w = g_array_new(FALSE, FALSE, sizeof(word));
  words_split(text, start, end, w);
  const word *wv = (const word *)(void *)w->data;
  const gaz_entity *e = NULL;
  size_t skip = 0;
  if (w->len > 1 && strcmp(wv[0].low, "the") == 0)
    skip = 1;
  size_t len = 0;
  if (w->len > skip) {
    e = gazetteer_match(g, wv + skip, w->len - skip, 0, &len);
    if (len != w->len - skip)
      e = NULL;
  }
  g_array_free(w, TRUE);
  return e;
}

const char *entity_country(const gaz_entity *e) {
  if (!e)
    return NULL;
  return e->kind == ENT_COUNTRY ? e->name : e->country;
}

/* ------------------------------------------------------------------ */
/* Names                                                                */
/* ------------------------------------------------------------------ */

/* Titles and offices before a person's name, dropped from it. */
static const char *const titles[] = {
    "president", "prime",    "minister", "foreign",   "defence",  "defense",
    "interior",  "finance",  "secretary", "general",  "gen",      "gen.",
    "lt",        "lt.",      "col",       "col.",     "colonel",  "captain",
    "capt",      "capt.",    "major",     "maj",      "maj.",     "sergeant",
    "chancellor", "king",    "queen",     "prince",   "princess", "crown",
    "sheikh",    "emir",     "ayatollah", "supreme",  "leader",   "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "envoy", "senator", "sen",
    "sen.",      "rep",      "rep.",      "representative", "governor",
    "mayor",     "mr",       "mr.",       "mrs",      "mrs.",     "ms",
    "ms.",       "dr",       "dr.",       "premier",  "vice",     "deputy",
    "pm",
    "chief",     "commander", "field",    "marshal",  "admiral",  "adm",
    "adm.",      "judge",    "justice",   "pope",     "former",   "ex",
    "acting",    "interim",  "caretaker", "health",   "state",    "of",
    "army",      "junta",    "opposition", "lieutenant", "brigadier",
    "speaker",   "attorney", "agriculture", "economy", "home",    "external",
    "affairs",   "national", "security",  "adviser",  "advisor",  "first",
    "lady",      "senior",   "top",       "president-elect", "sultan", "raja",
};

static bool is_title(const actor_ctx *ac, int i) {
  size_t n;
  const char *t = wtext(ac, i, &n);
  if (n >= 24)
    return false;
  unsigned char t0 = n ? lower(t[0]) : 0;
  for (size_t k = 0; k < ARRAY_SIZE(titles); k++)
    if (same_ci(titles[k], t, n, t0))
      return true;
  return false;
}

static bool word_in(const actor_ctx *ac, int i, const char *const *list,
                    size_t n) {
  size_t len;
  const char *t = wtext(ac, i, &len);
  unsigned char t0 = len ? lower(t[0]) : 0;
  for (size_t k = 0; k < n; k++)
    if (same_ci(list[k], t, len, t0))
      return true;
  return false;
}

/* Offices before a person's name inside a longer name. */
static const char *const offices[] = {
      "president", "minister", "secretary", "general", "captain", "colonel",
      "commander", "chancellor", "king", "queen", "prince", "emir",
      "sheikh", "ayatollah", "spokesman", "spokeswoman", "spokesperson",
      "ambassador", "envoy", "senator", "governor", "mayor", "premier",
      "chief", "leader", "speaker", "judge", "justice", "pope", "lieutenant",
      "brigadier", "admiral", "marshal", "sergeant", "major", "dr", "dr.",
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "gen", "gen.", "capt",
      "capt.", "col", "col.", "lt", "lt.", "sen", "sen.", "rep", "rep.",
      "adviser", "advisor", "director", "chairman", "chairwoman", "chair",
      "head", "representative", "seismologist", "prosecutor", "president-elect",
      "attorney", "coordinator", "administrator", "counsel", "pm"};

static bool person_title(const actor_ctx *ac, int i) {
  return word_in(ac, i, offices, ARRAY_SIZE(offices));
}

bool actor_office_title(const actor_ctx *ac, int i) {
  static const char *const courtesy[] = {"mr", "mr.", "mrs", "mrs.",
                                         "ms", "ms.", "dr",  "dr."};
  return i >= 0 && person_title(ac, i) &&
         !word_in(ac, i, courtesy, ARRAY_SIZE(courtesy));
}

/* Ranks that open a name and no list above holds: of churches, of
 * nobility, of address, of legislatures and police. */
static const char *const ranks[] = {
    "emperor",     "bishop",        "archbishop",  "cardinal",    "father",
    "sister",      "brother",       "rabbi",       "imam",        "mullah",
    "pastor",      "reverend",      "elder",       "saint",       "lord",
    "sir",         "dame",          "count",       "duke",        "baron",
    "grand",       "master",        "mister",      "miss",        "madam",
    "doctor",      "professor",     "inspector",   "detective",   "officer",
    "private",     "constable",     "corporal",    "superintendent",
    "commissioner", "delegate",     "congressman", "congresswoman",
    "assemblyman", "assemblywoman", "councilman",  "councilwoman",
    "councillor",  "councilor",     "alderman"};

static bool lemma_listed(const char *lemma, const char *const *l, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (g_ascii_strcasecmp(lemma, l[k]) == 0)
      return true;
  return false;
}

bool actor_trade_noun(const char *lemma) {
  return lemma && noun_names_person(lemma) &&
         !lemma_listed(lemma, titles, ARRAY_SIZE(titles)) &&
         !lemma_listed(lemma, offices, ARRAY_SIZE(offices)) &&
         !lemma_listed(lemma, ranks, ARRAY_SIZE(ranks));
}

/* Heads of the names of institutions ("Supreme Court", "Foreign
 * Ministry"), which keep their offices. */
static bool org_head(const actor_ctx *ac, int i) {
  static const char *const l[] = {
      "court", "council", "ministry", "party", "assembly", "army", "force",
      "forces", "guard", "guards", "parliament", "congress", "senate",
      "house", "committee", "commission", "agency", "office", "department",
      "bank", "union", "organization", "organisation", "front", "movement",
      "corps", "command", "authority", "government", "administration",
      "police", "service", "navy", "company", "corporation", "group",
      "alliance", "coalition", "federation", "league", "fund", "university",
      "embassy", "mission", "tribunal", "cabinet", "board", "institute",
      "agency", "network", "news", "times", "post", "press", "herald",
      "tribune", "journal", "gazette", "telegraph", "chronicle",
      /* firms: "Colonial Pipeline", "Nord Stream AG" */
      "pipeline", "airlines", "airways", "energy", "oil", "gas",
      "petroleum", "motors", "holdings", "inc", "ltd", "corp", "plc", "ag",
      "industries", "technologies", "systems", "media", "broadcasting",
      "television", "radio", "channel", "foundation", "society",
      "association", "telecom", "electric", "power", "shipping", "lines",
      "railways", "partners", "capital", "labs", "laboratories"};
  return word_in(ac, i, l, ARRAY_SIZE(l));
}

/* What may stand with "the" and a noun that refers back: nothing that
 * says which one (THE_BARE: "the company", words after a comma that
 * follows it aside: "The company, in a statement on Friday, said"),
 * words that only describe it (THE_DESCRIBED: "the tiny kingdom"), or
 * common words of its kind (THE_KIND: "the cyber gang", "the militant
 * group", not "the other group" nor "the Wagner group"). */
enum the_mode { THE_BARE, THE_DESCRIBED, THE_KIND };

/* Is h one of the nouns l[0..n) with "the" and only what mode allows? */
static bool the_noun(const actor_ctx *ac, int h, const char *const *l,
                     size_t n, enum the_mode mode) {
  static const char *const others[] = {
      "other", "another", "rival",   "new",     "second",  "third",
      "different", "opposing", "larger", "largest", "smaller", "smallest"};
  if (!word_in(ac, h, l, n) || ac->w[h].xpos != NLP_XPOS_NN)
    return false;
  bool the = false;
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  for (int i = lo; i < hi; i++) {
    if (head(ac, i) != h)
      continue;
    int d = dep(ac, i);
    bool allowed, refused;
    switch (mode) {
    case THE_DESCRIBED:
      allowed = d == NLP_DEP_AMOD && !is_proper(ac, i);
      refused = d != NLP_DEP_CASE && d != NLP_DEP_PUNCT;
      break;
    case THE_KIND:
      allowed = (d == NLP_DEP_AMOD || d == NLP_DEP_COMPOUND) && i < h &&
                !is_proper(ac, i) && !(ac->w[i].flags & NLP_WF_CAP) &&
                !word_in(ac, i, others, ARRAY_SIZE(others));
      refused = d != NLP_DEP_CASE && d != NLP_DEP_PUNCT;
      break;
    default:
      allowed = i > h + 1 && wis(ac, h + 1, ",");
      refused = d == NLP_DEP_DET || d == NLP_DEP_AMOD ||
                d == NLP_DEP_COMPOUND || d == NLP_DEP_NMOD_POSS ||
                d == NLP_DEP_NMOD || d == NLP_DEP_ACL ||
                d == NLP_DEP_ACL_RELCL || d == NLP_DEP_APPOS ||
                d == NLP_DEP_NUMMOD;
      break;
    }
    if (d == NLP_DEP_DET && wis(ac, i, "the"))
      the = true;
    else if (allowed)
      continue;
    else if (refused)
      return false;
  }
  return the;
}

/* "the company", "the group": an institution's noun with only "the"
 * before it stands for the last one named. */
static bool definite_org(const actor_ctx *ac, int h) {
  static const char *const l[] = {
      "company", "firm", "group", "gang", "agency", "organisation",
      "organization", "movement", "militia", "operator", "corporation",
      "network", "bloc", "alliance", "coalition", "outfit", "utility",
      "party", "front"};
  return the_noun(ac, h, l, ARRAY_SIZE(l), THE_BARE) ||
         the_noun(ac, h, l, ARRAY_SIZE(l), THE_KIND);
}

/* Words that may stand inside a name between capitalised words. */
static bool name_glue(const actor_ctx *ac, int i) {
  /* a hyphen joins names only inside a word ("Guinea-Bissau"), not as a
   * dash ("COLOMBO - Sri Lankans") */
  if (wis(ac, i, "-"))
    return i > 0 && (size_t)i + 1 < ac->doc->n_words &&
           ac->w[i - 1].end == ac->w[i].start &&
           ac->w[i].end == ac->w[i + 1].start;
  return wis(ac, i, "of") || wis(ac, i, "for") || wis(ac, i, "and") ||
         wis(ac, i, "the") || wis(ac, i, "al") || wis(ac, i, "bin") ||
         wis(ac, i, "de") || wis(ac, i, "el") || wis(ac, i, "da") ||
         wis(ac, i, "van") || wis(ac, i, "von") || wis(ac, i, "on");
}

/* The country named by the proper words from i on (before hi), or
 * NULL. */
static const char *country_at(const actor_ctx *ac, int i, int hi) {
  const char *c = NULL;
  for (int e = i; e < hi && e < i + 6 && is_proper(ac, e); e++) {
    const gaz_entity *g =
        gaz_lookup(ac->g, ac->text, ac->w[i].start, ac->w[e].end);
    if (g && g->kind == ENT_COUNTRY)
      c = g->name;
    /* ("Guinea-Bissau", "Timor-Leste": a hyphen joins one name) */
    if (e + 2 < hi && wis(ac, e + 1, "-") &&
        ac->w[e + 1].start == ac->w[e].end &&
        ac->w[e + 2].start == ac->w[e + 1].end && is_proper(ac, e + 2))
      e++;
  }
  return c;
}

/* The city or region the proper words from i name, all of them (up to
 * hi), or NULL: "Lisbon", not "Lisbon Bank". */
static const gaz_entity *town_at(const actor_ctx *ac, int i, int hi) {
  if (i >= hi || !is_proper(ac, i))
    return NULL;
  int e = i;
  while (e + 1 < hi && e + 1 < i + 4 && is_proper(ac, e + 1))
    e++;
  const gaz_entity *g =
      gaz_lookup(ac->g, ac->text, ac->w[i].start, ac->w[e].end);
  return g && (g->kind == ENT_CITY || g->kind == ENT_REGION) ? g : NULL;
}

/* Offices of those sent to a state or a body ("ambassador to"). */
static bool envoy_title(const actor_ctx *ac, int i) {
  static const char *const envoys[] = {
      "ambassador", "envoy",    "representative", "emissary",
      "consul",     "delegate", "commissioner" /* ("High Commissioner to") */};
  return word_in(ac, i, envoys, ARRAY_SIZE(envoys));
}

/* The name around proper word h: the longest run of proper words (and
 * glue between them) inside h's subtree, in [*a, *b]. */
static void name_span(const actor_ctx *ac, int h, int *a, int *b) {
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  int s = h, e = h;
  /* "Tigray People's Liberation Front", "Workers' Party": a people's or
   * workers' possessive inside a name */
  static const char *const folk[] = {"people", "peoples", "workers",
                                     "women", "farmers", "martyrs"};
  /* ("President of Turkmenistan Gurbanguly Berdimuhamedov": the
   * country of an office is no word of the name after it) */
  while (s - 1 >= lo && under(ac, s - 1, h) &&
         !(s - 3 >= lo && wis(ac, s - 2, "of") && country_at(ac, s - 1, s) &&
           (person_title(ac, s - 3) || is_title(ac, s - 3))) &&
         (is_proper(ac, s - 1) ||
          (s - 2 >= lo && name_glue(ac, s - 1) && is_proper(ac, s - 2) &&
           under(ac, s - 2, h) && !wis(ac, s - 1, "and")) ||
          (s - 2 >= lo && ac->w[s - 1].xpos == NLP_XPOS_POS &&
           capitalised(ac, s - 2) && under(ac, s - 2, h) &&
           word_in(ac, s - 2, folk, ARRAY_SIZE(folk)))))
    s -= is_proper(ac, s - 1) ? 1 : 2;
  /* (an office's holder is no "X of Y": "President Kais Saied of
   * Tunisia" is Kais Saied, of Tunisia; an unknown place may be part of
   * a name: "Prince Karl of Ruritania") */
  bool titled = s - 1 >= lo && person_title(ac, s - 1);
  for (int k = s; k <= h && !titled; k++)
    titled = person_title(ac, k);
  /* ("Democratic Republic of the Congo", "Bank of the South": "of the"
   * inside an institution's or a state's name, not after an office:
   * "President of the United States") */
  while (e + 1 < hi && under(ac, e + 1, h)) {
    if (is_proper(ac, e + 1))
      e++;
    else if (titled && wis(ac, e + 1, "of") && e + 2 < hi && !is_title(ac, e) &&
             !person_title(ac, e) &&
             (country_at(ac, e + 2, hi) || town_at(ac, e + 2, hi)))
      break; /* (or of a city: "Mayor Muriel Bowser of Washington") */
    else if (e + 2 < hi && name_glue(ac, e + 1) && is_proper(ac, e + 2) &&
             under(ac, e + 2, h) && !wis(ac, e + 1, "and"))
      e += 2;
    else if (e + 3 < hi && wis(ac, e + 1, "of") && wis(ac, e + 2, "the") &&
             is_proper(ac, e + 3) && under(ac, e + 3, h) &&
             capitalised(ac, e + 3) && !person_title(ac, e))
      e += 3;
    else
      break;
  }
  /* "Paul-Henri Damiba", "Ban Ki-moon", "Port-au-Prince": words joined
   * by a hyphen are one name, wherever the parser hung their halves */
  /* ("Movement for Self-determination of Kabylie": a lower-case half
   * inside a name that goes on with "of" and a name) */
  for (;;) {
    if (!(e + 2 < hi && wis(ac, e + 1, "-") &&
          ac->w[e].end == ac->w[e + 1].start &&
          ac->w[e + 1].end == ac->w[e + 2].start))
      break;
    /* (a syllable the tagger made a noun, "jung" of "Kim Dae-jung", is
     * one word of the name, not the half before "of") */
    bool lower = e + 4 < hi && ac->w[e + 2].upos == NLP_UPOS_NOUN &&
                 wis(ac, e + 3, "of") && is_proper(ac, e + 4);
    /* (and a number: "F-16", "Tu-154", "MH-17", "G-20") */
    if (!lower && ac->w[e + 2].upos != NLP_UPOS_PROPN &&
        ac->w[e + 2].upos != NLP_UPOS_NUM && !name_syllable(ac, e + 2))
      break;
    e += lower ? 4 : 2;
    while (e + 1 < hi && ac->w[e + 1].upos == NLP_UPOS_PROPN &&
           !(ac->date_word && ac->date_word[e + 1]))
      e++;
  }
  /* "Abdel Fattah el-Sisi", "Ahmed al-Sharaa": a lowercase article
   * joined by a hyphen to the last name, after the first names */
  if (e + 3 < hi && wis(ac, e + 2, "-") &&
      ac->w[e].end < ac->w[e + 1].start &&
      ac->w[e + 1].end == ac->w[e + 2].start &&
      ac->w[e + 2].end == ac->w[e + 3].start && capitalised(ac, e + 3) &&
      (wis(ac, e + 1, "al") || wis(ac, e + 1, "el") || wis(ac, e + 1, "ad") ||
       wis(ac, e + 1, "as") || wis(ac, e + 1, "ash") || wis(ac, e + 1, "ar") ||
       wis(ac, e + 1, "at") || wis(ac, e + 1, "az") || wis(ac, e + 1, "an")) &&
      !capitalised(ac, e + 1)) {
    e += 3;
    while (e + 1 < hi && ac->w[e + 1].upos == NLP_UPOS_PROPN &&
           !(ac->date_word && ac->date_word[e + 1]))
      e++;
  }
  /* (and back: "Gorno-Badakhshan" from its last half, which alone is
   * another place) */
  while (s - 2 >= lo && wis(ac, s - 1, "-") &&
         ac->w[s - 2].end == ac->w[s - 1].start &&
         ac->w[s - 1].end == ac->w[s].start &&
         (ac->w[s - 2].upos == NLP_UPOS_PROPN || capitalised(ac, s - 2)))
    s -= 2;
  /* "Houthi" of "Yemen's Houthi rebels" is a modifier, h itself may be
   * the common noun: only proper words count.  Offices before a person's
   * name go ("Prime Minister Shehbaz Sharif"); an institution keeps its
   * name ("National Democratic Alliance"). */
  int whole = s; /* (the run before offices are taken off) */
  bool org = org_head(ac, e);
  /* ("National League for Democracy", "Movement for Democratic Change":
   * an institution's head word before the name goes on with "for") */
  for (int k = s; k < e && !org; k++)
    org = org_head(ac, k) && name_glue(ac, k + 1);
  while (s < e && (name_glue(ac, s) ||
                   (!org && is_title(ac, s) && is_proper(ac, s + 1))))
    s++;
  while (e > s && name_glue(ac, e))
    e--;
  /* "Guyana President Irfaan Ali", "UN Secretary-General Antonio
   * Guterres": a person's name follows the last office in the span
   * (not in an institution's name: "Supreme Court") */
  if (!org)
    for (int t = e - 1; t >= s; t--)
      if (person_title(ac, t)) {
        s = t + 1;
        /* "Secretary of State Marco Rubio", "Secretary-General ..." */
        while (s < e && (wis(ac, s, "-") || name_glue(ac, s) ||
                         (is_title(ac, s) && is_proper(ac, s + 1))))
          s++;
        break;
      }
  /* "ambassador to Niger Sylvain Itte", "Ambassador to the UN Linda
   * Thomas-Greenfield": the place or body an envoy is sent to, then the
   * envoy's name, read as one name */
  int to = s - 1;
  if (to >= lo && wis(ac, to, "the"))
    to--;
  if (to - 1 >= lo && wis(ac, to, "to") && envoy_title(ac, to - 1))
    for (int k = s; k + 2 <= e; k++) {
      const gaz_entity *g =
          gaz_lookup(ac->g, ac->text, ac->w[s].start, ac->w[k].end);
      if (g && g->kind != ENT_PERSON &&
          !gaz_lookup(ac->g, ac->text, ac->w[k + 1].start, ac->w[e].end)) {
        s = k + 1;
        break;
      }
    }
  /* "the Interior Minister", "the Prime Minister": an office named with
   * no holder's name is named whole, with the capitalised words before
   * it that qualify it */
  if (s == e && person_title(ac, e) && ac->w[e].upos == NLP_UPOS_PROPN) {
    s = whole;
    while (s - 1 >= lo && (under(ac, s - 1, e) || is_title(ac, s - 1)) &&
           capitalised(ac, s - 1) &&
           (ac->w[s - 1].upos == NLP_UPOS_ADJ ||
            ac->w[s - 1].upos == NLP_UPOS_PROPN) &&
           !(ac->date_word && ac->date_word[s - 1]))
      s--;
    while (s < e && (name_glue(ac, s) || wis(ac, s, "-")))
      s++;
  }
  /* "El Fasher", "Al Anbar": an article before a name, whatever its tag */
  if (s - 1 >= lo && (wis(ac, s - 1, "El") || wis(ac, s - 1, "Al")) &&
      ac->w[s - 1].end < ac->w[s].start &&
      ac->text[ac->w[s - 1].start] >= 'A' &&
      ac->text[ac->w[s - 1].start] <= 'Z')
    s--;
  /* "el-Fasher", "al-Qaeda": a lowercase article joined by a hyphen */
  if (s - 2 >= lo && wis(ac, s - 1, "-") &&
      ac->w[s - 2].end == ac->w[s - 1].start &&
      ac->w[s - 1].end == ac->w[s].start &&
      (wis(ac, s - 2, "al") || wis(ac, s - 2, "el") || wis(ac, s - 2, "ad") ||
       wis(ac, s - 2, "as") || wis(ac, s - 2, "ash") || wis(ac, s - 2, "an") ||
       wis(ac, s - 2, "ar") || wis(ac, s - 2, "at") || wis(ac, s - 2, "az")))
    s -= 2;
  /* "the 2004 Indian Ocean tsunami": a capitalised adjective before the
   * name that makes a longer name the gazetteer knows is part of it */
  if (s - 1 >= lo && ac->w[s - 1].upos == NLP_UPOS_ADJ &&
      capitalised(ac, s - 1) && !(ac->w[s - 1].flags & NLP_WF_FIRST) &&
      gaz_lookup(ac->g, ac->text, ac->w[s - 1].start, ac->w[e].end))
    s--;
  *a = s;
  *b = e;
}

static const char *intern(actor_ctx *ac, const char *s, size_t n) {
  char buf[256];
  if (n >= sizeof buf)
    n = sizeof buf - 1;
  memcpy(buf, s, n);
  buf[squeeze_spaces(buf, n)] = '\0';
  return g_string_chunk_insert_const(ac->strings, buf);
}

const char *actor_office_phrase(actor_ctx *ac, int n, const ev_actor *a) {
  size_t len;
  const char *t = wtext(ac, n, &len);
  GString *s = g_string_new(NULL);
  g_string_append_len(s, t, (gssize)len);
  g_string_append(s, " of ");
  g_string_append(s, a->phrase && *a->phrase ? a->phrase : a->name);
  const char *r = intern(ac, s->str, s->len);
  g_string_free(s, TRUE);
  return r;
}

/* "Santiago, Cuba", "Hyderabad, Pakistan", "Paris, Texas": the country of
 * the land named after a comma right after the town of entity e, whose
 * words end at b, when the gazetteer gives the town another (it is a
 * namesake); NULL when none is named. */
static const char *namesake_land(const actor_ctx *ac, int b,
                                 const gaz_entity *e) {
  int lo, hi;
  sent_range(ac, b, &lo, &hi);
  if (e->kind != ENT_CITY || b + 2 >= hi || !wis(ac, b + 1, ",") ||
      !is_proper(ac, b + 2))
    return NULL;
  int c = b + 2;
  while (c + 1 < hi && is_proper(ac, c + 1))
    c++;
  /* (the land ends the phrase: not "Gaza, Israel said", "Gaza, Israel's
   * army", "Gaza, Israel and Lebanon") */
  if (c + 1 < hi && ac->w[c + 1].upos != NLP_UPOS_PUNCT &&
      ac->w[c + 1].upos != NLP_UPOS_ADP)
    return NULL;
  if (c + 1 < hi && (wis(ac, c + 1, "'s") || wis(ac, c + 1, "'")))
    return NULL;
  const gaz_entity *l =
      gaz_lookup(ac->g, ac->text, ac->w[b + 2].start, ac->w[c].end);
  const char *lc = l && (l->kind == ENT_COUNTRY || l->kind == ENT_REGION)
                       ? entity_country(l)
                       : NULL;
  return lc && (!e->country || strcmp(lc, e->country) != 0) ? lc : NULL;
}

/* Fills out from a gazetteer entity.  A capital named as an actor is its
 * government ("Tehran said"). */
static void from_entity(const gaz_entity *e, int word, ev_actor *out) {
  memset(out, 0, sizeof *out);
  out->name = e->kind == ENT_CITY && e->metonym && e->country ? e->country
                                                              : e->name;
  out->first = out->last = word;
  out->country = entity_country(e);
  out->kind = ACT_NAMED;
  out->ent = e;
  out->plural = e->plural;
  out->word = word;
}

/* out: the name words [a, b] say and nothing more (no entity, no
 * country), for word. */
static void bare_name(actor_ctx *ac, int a, int b, int word, ev_actor *out) {
  memset(out, 0, sizeof *out);
  out->name = intern(ac, ac->text + ac->w[a].start,
                     ac->w[b].end - ac->w[a].start);
  out->kind = ACT_NAMED;
  out->word = word;
  out->first = a;
  out->last = b;
}

/* The actor named by words [a, b] (a proper name): its gazetteer entry
 * (the whole name, else its last words: "Joe Biden" for "U.S. President
 * Joe Biden"), or the words as written. */
static void named(actor_ctx *ac, int a, int b, int word, ev_actor *out) {
  if (a == b && ac->acronyms) {
    /* "the China Coast Guard (CCG)" told the text what CCG stands for,
     * whatever the gazetteer knows by those letters ("Australian
     * federal police (AFP)") */
    const ev_actor *full = g_hash_table_lookup(
        ac->acronyms, intern(ac, ac->text + ac->w[a].start,
                             ac->w[a].end - ac->w[a].start));
    if (full) {
      *out = *full;
      out->word = word;
      out->first = out->last = a;
      return;
    }
  }
  for (int s = a; s <= b; s++) {
    if (s > a && name_glue(ac, s - 1))
      break; /* "Bank of England" is not England */
    const gaz_entity *e =
        gaz_lookup(ac->g, ac->text, ac->w[s].start, ac->w[b].end);
    const gaz_entity *pe =
        e && s > a ? gaz_lookup(ac->g, ac->text, ac->w[s - 1].start,
                                ac->w[s - 1].end)
                   : NULL;
    if (e && s > a && e->kind != ENT_PERSON && !is_title(ac, s - 1) &&
        (!pe || pe->kind == ENT_MEDIA) && capitalised(ac, s - 1))
      break; /* "Luis Montenegro" is a person, not Montenegro; "CNN Turk"
              * is an outlet, not Turkey; but "ex-Soviet Armenia" is
              * Armenia */
    if (e && s > a && e->kind == ENT_PERSON && !is_title(ac, s - 1)) {
      /* "Bishnu Prasad Paudel" is not Ram Chandra Paudel: a first name
       * before a known surname must be the known person's own */
      size_t n;
      const char *t = wtext(ac, s - 1, &n);
      char *first = g_strndup(t, n);
      bool own = n <= 2 || strstr(e->name, first) != NULL; /* ("J.") */
      g_free(first);
      if (!own)
        break;
    }
    if (e) {
      from_entity(e, word, out);
      out->first = a;
      out->last = b;
      /* (a namesake abroad is a town of that land, no capital's state) */
      const char *ns = namesake_land(ac, b, e);
      if (ns) {
        out->name = e->name;
        out->country = ns;
      }
      return;
    }
  }
  bare_name(ac, a, b, word, out);
  /* "the Houthis", "Rapid Support Forces"; not "Evo Morales" */
  static const char *const bodies[] = {"forces", "guards", "brigades",
                                       "militias", "rebels", "troops",
                                       "fighters", "islands"};
  out->plural = ac->w[b].xpos == NLP_XPOS_NNPS &&
                (a == b || word_in(ac, b, bodies, ARRAY_SIZE(bodies)));
  /* "China Coast Guard", "Turkish Parliament": a name that opens with a
   * country or its adjective is that country's (but "Jordan Bardella",
   * "Chad Mirren": a country's own name before one more name that is no
   * body is a person's first name) */
  for (int k = a; k < b && k < a + 2 && !out->country; k++) {
    const gaz_entity *e =
        gaz_lookup(ac->g, ac->text, ac->w[a].start, ac->w[k].end);
    size_t n = ac->w[k].end - ac->w[a].start;
    bool first_name = e && k == a && b == a + 1 && !org_head(ac, b) &&
                      strlen(e->name) == n &&
                      memcmp(e->name, ac->text + ac->w[a].start, n) == 0;
    if (e && e->kind == ENT_COUNTRY && !first_name)
      out->country = e->name;
  }
}

/* Remembers "Name (ACR)": the acronym names what the words before it
 * name when its letters are their capitals' initials in order. */
void actor_acronyms(actor_ctx *ac) {
  const annals_doc *doc = ac->doc;
  for (size_t i = 2; i + 1 < doc->n_words; i++) {
    size_t n;
    const char *acr = wtext(ac, (int)i, &n);
    if (n < 2 || n > 8 || !wis(ac, (int)i - 1, "(") || !wis(ac, (int)i + 1, ")"))
      continue;
    bool caps = true;
    for (size_t k = 0; k < n && caps; k++)
      caps = g_ascii_isupper(acr[k]);
    if (!caps)
      continue;
    /* the name: capitalised words ending right before "(", whose
     * initials end with the acronym (or words in lower case whose
     * initials spell it: "Australian federal police (AFP)" is no news
     * agency) */
    size_t m = n; /* letters still to match, from the end */
    int a = (int)i - 2;
    for (; a >= 0 && m > 0 && (int)i - 2 - a < 10; a--) {
      size_t wl;
      const char *t = wtext(ac, a, &wl);
      if (wl &&
          (g_ascii_isupper(t[0]) ||
           (g_ascii_islower(t[0]) && g_ascii_toupper(t[0]) == acr[m - 1] &&
            !wis(ac, a, "of") && !wis(ac, a, "and") && !wis(ac, a, "for") &&
            !wis(ac, a, "the")))) {
        if (g_ascii_toupper(t[0]) != acr[m - 1])
          break;
        m--;
      } else if (!(wl && (wis(ac, a, "of") || wis(ac, a, "and") ||
                          wis(ac, a, "for") || wis(ac, a, "the")))) {
        break;
      }
    }
    if (m != 0 || doc->words[a + 1].sentence != doc->words[i].sentence)
      continue;
    ev_actor full;
    named(ac, a + 1, (int)i - 2, (int)i - 2, &full);
    if (!ac->acronyms)
      ac->acronyms = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                           g_free);
    g_hash_table_insert(ac->acronyms, (gpointer)intern(ac, acr, n),
                        g_memdup2(&full, sizeof full));
  }
}

bool actor_direction(const nlp_word *w) {
  static const char *const directions[] = {
      "north",      "south",      "east",       "west",
      "northeast",  "northwest",  "southeast",  "southwest",
      "north-east", "north-west", "south-east", "south-west"};
  return w->upos == NLP_UPOS_NOUN && w->lemma &&
         lemma_listed(w->lemma, directions, ARRAY_SIZE(directions));
}

/* Nouns of offices held by one person ("leader", "minister"), whose
 * name may follow in apposition. */
static bool person_noun(const nlp_word *w) {
  static const char *const l[] = {
      "leader", "president", "minister", "chief", "commander", "spokesman",
      "spokeswoman", "spokesperson", "head", "general", "secretary",
      "ambassador", "envoy", "governor", "mayor", "chairman", "king",
      "prince", "emir", "premier", "director", "founder", "consul",
      "d'affaire", NULL};
  for (size_t k = 0; w->lemma && l[k]; k++)
    if (lemma_eq(w->lemma, l[k]))
      return true;
  return false;
}

/* Nouns of the state: the country they belong to acts through them. */
static const char *const state_nouns[] = {
    "army",     "military", "force",    "troop",    "police",   "government",
    "authority", "official", "ministry", "navy",    "soldier",  "junta",
    "administration", "cabinet", "parliament", "regime", "guard", "coast",
    "diplomat", "embassy",  "spokesman", "spokeswoman", "leader", "president",
    "minister", "state",    "legislature", "lawmaker", "court", "prosecutor",
    "agency",   "service",  "department", "office",  "commander", "general",
    "security", "intelligence", "air", "warship", "jet",     "aircraft",
    "drone",    "missile",  "delegation", "envoy", "ambassador", "chief",
    "consul",   "d'affaire", /* "the French chargé d'affaires" */
};

static bool is_state_noun(const nlp_word *w) {
  if (!w->lemma)
    return false;
  /* "Defence Ministry", "High Court": a name's head counts too */
  for (size_t k = 0; k < ARRAY_SIZE(state_nouns); k++)
    if (lower(w->lemma[0]) == (unsigned char)state_nouns[k][0] &&
        g_ascii_strcasecmp(w->lemma, state_nouns[k]) == 0)
      return true;
  return false;
}

/* Pronouns that stand for the last person or organisation. */
static bool pronoun_as(actor_ctx *ac, int h, const char *l, ev_actor *out);
static const ev_actor *known_surname(const actor_ctx *ac, const char *name);
static char title_sex(const actor_ctx *ac, const ev_actor *a);
static int child(const actor_ctx *ac, int h, int rel);

/* Is the name [f, i] followed by its acronym in brackets ("Pakistan
 * Tehreek-e-Insaf (PTI)"; not "Director General of Military Operations
 * (DGMO)" for "Military Operations")?  People have none. */
static bool acronym_after(const actor_ctx *ac, int f, int i) {
  int lo, hi;
  sent_range(ac, i, &lo, &hi);
  if (f < lo || f > i || i + 3 >= hi || !wis(ac, i + 1, "(") ||
      !wis(ac, i + 3, ")"))
    return false;
  size_t n = ac->w[i + 2].end - ac->w[i + 2].start;
  const char *t = ac->text + ac->w[i + 2].start;
  if (n < 2 || n > 8 || t[0] != ac->text[ac->w[f].start])
    return false;
  for (size_t k = 0; k < n; k++)
    if (!(t[k] >= 'A' && t[k] <= 'Z') && t[k] != '-')
      return false;
  return true;
}

/* Does a name a person: one the gazetteer knows as a person, the last
 * one named, one whose surname it is, or an unknown name of two words or
 * more that ends in no word of a body or an office and names no place? */
static bool person_actor(const actor_ctx *ac, const ev_actor *a) {
  if (a->kind != ACT_NAMED)
    return false;
  if (a->ent)
    return a->ent->kind == ENT_PERSON;
  if ((ac->n_persons && strcmp(ac->persons[0].name, a->name) == 0) ||
      known_surname(ac, a->name))
    return true;
  return strchr(a->name, ' ') && !a->plural && !strstr(a->name, " of ") &&
         !(a->last >= 0 && acronym_after(ac, a->first, a->last)) &&
         !(a->last >= 0 && org_head(ac, a->last)) &&
         /* "the Pakistani Prime Minister": an office, no name */
         !(a->last >= 0 && person_title(ac, a->last)) &&
         !(a->word >= 0 && a->word != a->last &&
           ac->w[a->word].upos == NLP_UPOS_NOUN);
}

const char *actor_land(const actor_ctx *ac, const ev_actor *o) {
  if (o->country)
    return o->country;
  if (o->kind != ACT_NAMED || person_actor(ac, o))
    return NULL;
  /* (nor one a title or a person named before calls a person: "Mr
   * Joko's rival", after "Joko Widodo") */
  if (o->first > 0 && person_title(ac, o->first - 1))
    return NULL;
  size_t n = strlen(o->name);
  for (size_t k = 0; k < ac->n_persons; k++)
    if (strncmp(ac->persons[k].name, o->name, n) == 0 &&
        (ac->persons[k].name[n] == '\0' || ac->persons[k].name[n] == ' '))
      return NULL;
  if (o->ent && o->ent->kind != ENT_COUNTRY && o->ent->kind != ENT_CITY &&
      o->ent->kind != ENT_REGION)
    return NULL;
  /* (an unknown name of a body is none: "the Council's spokesman") */
  if (!o->ent && o->last >= 0 &&
      (org_head(ac, o->last) || is_state_noun(&ac->w[o->last])))
    return NULL;
  return o->name;
}

/* "Governor X was tired when he visited ...", "farmers blocked the road
 * after they clashed with police", "X lost his seat": a pronoun stands
 * for the subject, named before it, of a clause above its own (or of its
 * own clause, for a possessive): a person for "he" and "she", a plural or
 * a body for "they" ("it" looks for a state or body named nearest before
 * it instead).  Only a subject or a possessive pronoun.  Sets out;
 * false when no such subject is there. */
static bool governing_subject(actor_ctx *ac, int h, const char *l,
                              ev_actor *out) {
  bool they = strcmp(l, "they") == 0;
  bool poss = dep(ac, h) == NLP_DEP_NMOD_POSS;
  /* (an object, "accusing them of spying", is none of the subjects
   * above: the participle's own subject is the main one) */
  if (ac->governing > 2 ||
      !(poss || dep(ac, h) == NLP_DEP_NSUBJ || dep(ac, h) == NLP_DEP_NSUBJ_PASS))
    return false;
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  int a = head(ac, h);
  for (int depth = 0; depth < 8 && a >= lo && a < hi; depth++, a = head(ac, a)) {
    /* (the pronoun's own clause: its subject is the pronoun) */
    if (!poss && a == head(ac, h))
      continue;
    /* (of a passive, its "by" agent: "slogans chanted by nationals as
     * they arrive") */
    int s = child(ac, a, NLP_DEP_NSUBJ);
    if (s < 0)
      s = child(ac, a, NLP_DEP_OBL_AGENT);
    if (s < 0)
      s = child(ac, a, NLP_DEP_NSUBJ_PASS);
    if (s < 0 || s >= h || ac->w[s].upos == NLP_UPOS_PRON ||
        (ac->date_word && ac->date_word[s]))
      continue;
    /* ("Sources speculated they were flying": who told it is not meant) */
    if (ac->w[s].lemma && (lemma_eq(ac->w[s].lemma, "source") ||
                           (ac->w[s].upos == NLP_UPOS_NOUN &&
                            noun_names_no_one(ac->w[s].lemma))))
      return false;
    ev_actor c;
    actor_ctx before = *ac; /* (a subject tried and refused is not met) */
    ac->governing++;
    bool got = actor_of(ac, s, &c);
    ac->governing--;
    /* (one name after a title is a person's: "King Hamad of Bahrain
     * dismissed his cabinet") */
    bool person = got && (person_actor(ac, &c) ||
                          (c.kind == ACT_NAMED && !c.ent && c.first > lo &&
                           person_title(ac, c.first - 1)));
    /* ("the president fled after protesters stormed his residence": a
     * plural subject is no "he" or "she"; the clause above may have one) */
    if (!they && got && c.plural && c.kind != ACT_NAMED) {
      *ac = before;
      continue;
    }
    /* ("X greets Y after they arrived": "they" are the two, the first
     * of them told) */
    int o = they && person ? child(ac, a, NLP_DEP_OBJ) : -1;
    bool pair = o >= 0 && ac->w[o].upos == NLP_UPOS_PROPN;
    /* ("Putin and Xi agreed to deepen their partnership": two named
     * together are "they") */
    pair = pair || (they && person && child(ac, s, NLP_DEP_CONJ) >= 0);
    /* (or one by a state's office: "Sri Lanka's president fled after
     * protesters stormed his residence"; but "the embattled leader" is
     * one named before) */
    bool office = got && !they && !c.plural && c.word >= 0 && c.country &&
                  ac->w[c.word].upos == NLP_UPOS_NOUN &&
                  noun_names_person(ac->w[c.word].lemma) &&
                  (child(ac, c.word, NLP_DEP_NMOD_POSS) >= 0 ||
                   child(ac, c.word, NLP_DEP_AMOD) >= 0);
    if (!got ||
        (they ? ((person && !pair) || !(c.plural || c.kind == ACT_NAMED))
              : ((!person && !office) ||
                 title_sex(ac, &c) == (strcmp(l, "he") == 0 ? 'f' : 'm')))) {
      *ac = before;
      return false; /* (the nearest subject is not meant: no other is) */
    }
    *out = c;
    out->word = h;
    return true;
  }
  return false;
}

/* "a vote against Prime Minister X, a day after it demanded his
 * resignation": "he" or "she" whose sentence names a person before it,
 * as no subject above it does, stands for the nearest one the gazetteer
 * knows or a title names (of the right sex when the title tells).  Sets
 * out; false when none is named. */
static bool person_before(actor_ctx *ac, int h, bool he, ev_actor *out) {
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  for (int i = h - 1; i >= lo; i--) {
    int hd = head(ac, i);
    if (ac->w[i].upos != NLP_UPOS_PROPN ||
        (hd >= lo && hd < hi && ac->w[hd].upos == NLP_UPOS_PROPN &&
         (dep(ac, i) == NLP_DEP_FLAT || dep(ac, i) == NLP_DEP_COMPOUND)) ||
        (ac->date_word && ac->date_word[i]))
      continue; /* (a name's head only) */
    /* (a person the gazetteer knows, or one named with a title: "Drug
     * and Enforcement Administration Agents" is none) */
    ev_actor c;
    actor_ctx before = *ac; /* (a name tried and refused is not met) */
    if (actor_of(ac, i, &c) && person_actor(ac, &c) &&
        ((c.ent && c.ent->kind == ENT_PERSON) ||
         (c.first > lo && person_title(ac, c.first - 1))) &&
        title_sex(ac, &c) != (he ? 'f' : 'm')) {
      *out = c;
      out->word = h;
      return true;
    }
    *ac = before;
  }
  return false;
}

/* The pronoun possessive h stands in for ("his": "he"), or NULL. */
static const char *possessive_as(const actor_ctx *ac, int h) {
  static const char *const poss_pron[][2] = {
      {"his", "he"}, {"her", "she"}, {"its", "it"}, {"their", "they"}};
  for (size_t k = 0; k < ARRAY_SIZE(poss_pron); k++)
    if (wis(ac, h, poss_pron[k][0]))
      return k == 1 && dep(ac, h) != NLP_DEP_NMOD_POSS ? NULL : poss_pron[k][1];
  return NULL;
}

static bool pronoun(actor_ctx *ac, int h, ev_actor *out) {
  /* ("lifted its ban", "lay down its arms": a thing's own "its" tells
   * of no new act by anyone; "his", "her", "their" are read as persons
   * or bodies) */
  const char *as = wis(ac, h, "its") ? NULL : possessive_as(ac, h);
  const char *l = as ? as : ac->w[h].lemma ? ac->w[h].lemma : "";
  /* "A representative told Reuters ...  He added that the helicopter
   * burned": one who goes on saying is the one who spoke last, a
   * sentence or two before, not the last person named */
  static const char *const go_on[] = {"add",    "continue", "say",    "note",
                                      "stress", "explain",  "insist", "warn"};
  int v = head(ac, h);
  size_t si = ac->doc->words[h].sentence;
  bool goes_on = false;
  for (size_t k = 0; v >= 0 && ac->w[v].lemma && k < ARRAY_SIZE(go_on); k++)
    goes_on = goes_on || lemma_eq(ac->w[v].lemma, go_on[k]);
  if ((wis(ac, h, "he") || wis(ac, h, "she")) && ac->have_speaker &&
      dep(ac, h) == NLP_DEP_NSUBJ && goes_on && ac->speaker_sent < si &&
      ac->speaker_sent + 2 >= si &&
      !(ac->quote_speaker && ac->quote_speaker[h] >= 0)) {
    *out = ac->last_speaker;
    out->word = h;
    return true;
  }
  if (!pronoun_as(ac, h, l, out))
    return false;
  /* ("Annan said: \"I think his capture ..."": one quoted calls himself
   * "I"; "he" is another, the person named before him) */
  ev_actor sp;
  bool third = strcmp(l, "he") == 0 || strcmp(l, "she") == 0;
  bool quoted = third && ac->quote_speaker && ac->quote_speaker[h] >= 0;
  bool spoke = quoted && actor_peek(ac, ac->quote_speaker[h], &sp);
  /* ("Kasyanov told reporters: \"... that he was shot\"" after Putin and
   * Peskov were named: one quoted speaks of a person the reader knows,
   * not surely the last one named; with more than one named besides the
   * speaker, a subject "he" or "she" is left unread; "him" and "his"
   * follow the clause's own persons) */
  bool subject = quoted && (wis(ac, h, "he") || wis(ac, h, "she"));
  size_t others = 0;
  for (size_t k = 0; subject && k < ac->n_persons; k++)
    others += !(spoke && strcmp(ac->persons[k].name, sp.name) == 0) &&
              ac->person_sex[k] != (strcmp(l, "he") == 0 ? 'f' : 'm');
  if (others > 1)
    return false;
  if (spoke && strcmp(sp.name, out->name) == 0)
    return actor_other_person(ac, l, h, sp.name, out);
  return true;
}

/* "stormed the party's offices and set it on fire": "it", the object of
 * a verb joined to one before it, is that one's object (a thing, one;
 * not when "it" is named or judged: "severs ties with Panama, calls it
 * a lackey").  Sets out. */
static bool object_it(actor_ctx *ac, int h, ev_actor *out) {
  static const char *const naming[] = {
      "call", "describe", "label",   "brand",  "term", "name",
      "dub",  "consider", "declare", "accuse", "urge", "tell"};
  int v = head(ac, h);
  if (dep(ac, h) != NLP_DEP_OBJ || v < 0 || dep(ac, v) != NLP_DEP_CONJ ||
      !ac->w[v].lemma)
    return false;
  for (size_t k = 0; k < ARRAY_SIZE(naming); k++)
    if (lemma_eq(ac->w[v].lemma, naming[k]))
      return false;
  int u = head(ac, v);
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  for (int i = lo; u >= 0 && i < v; i++)
    if (head(ac, i) == u && dep(ac, i) == NLP_DEP_OBJ &&
        ac->w[i].upos == NLP_UPOS_NOUN && ac->w[i].xpos == NLP_XPOS_NN &&
        ac->w[i].lemma && !noun_names_person(ac->w[i].lemma) &&
        actor_of(ac, i, out)) {
      out->word = h;
      return true;
    }
  return false;
}

/* Whom pronoun h stands for, read as the pronoun of lemma l. */
static bool pronoun_as(actor_ctx *ac, int h, const char *l, ev_actor *out) {
  /* "\"We have decided to invite ...,\" the chair said": the speaker */
  if ((strcmp(l, "we") == 0 || strcmp(l, "I") == 0) && ac->quote_speaker &&
      ac->quote_speaker[h] >= 0) {
    int s = ac->quote_speaker[h];
    const char *sl = ac->w[s].lemma ? ac->w[s].lemma : "";
    if (strcmp(sl, "we") == 0 || strcmp(sl, "I") == 0 || !actor_of(ac, s, out))
      return false;
    out->word = h;
    return true;
  }
  if (strcmp(l, "it") == 0 && object_it(ac, h, out))
    return true;
  bool he = strcmp(l, "he") == 0;
  /* "arrested a law student and charged him": "him", "her" as object
   * is not the clause's own subject but one named before it in the
   * sentence as the object of a verb (a person, not a state) */
  if ((he || strcmp(l, "she") == 0) &&
      (wis(ac, h, "him") || wis(ac, h, "her")) &&
      (dep(ac, h) == NLP_DEP_OBJ || dep(ac, h) == NLP_DEP_IOBJ)) {
    int lo, hi;
    sent_range(ac, h, &lo, &hi);
    for (int i = h - 1; i >= lo; i--) {
      if ((dep(ac, i) != NLP_DEP_OBJ && dep(ac, i) != NLP_DEP_NSUBJ_PASS) ||
          head(ac, i) == head(ac, h) ||
          (ac->w[i].upos != NLP_UPOS_PROPN &&
           !(ac->w[i].upos == NLP_UPOS_NOUN && ac->w[i].xpos == NLP_XPOS_NN)))
        continue;
      ev_actor a;
      /* (an office is a person: "expelled the French ambassador, giving
       * him 72 hours"; and so is a noun of a person: "detained an
       * American citizen, accusing him of spying") */
      bool person = person_noun(&ac->w[i]) ||
                    (ac->w[i].upos == NLP_UPOS_NOUN &&
                     noun_names_person(ac->w[i].lemma));
      /* (a thing is no one: "wearing a surgical mask, ... seized him") */
      if (ac->w[i].upos == NLP_UPOS_NOUN && !person)
        continue;
      if (actor_of(ac, i, &a) && !a.plural && (!a.state || person) &&
          !(a.ent && a.ent->kind != ENT_PERSON &&
            !(person && a.ent->kind == ENT_COUNTRY))) {
        *out = a;
        out->word = h;
        return true;
      }
      break;
    }
    /* ("Xi congratulated Dissanayake.  The US and India congratulated
     * him earlier": else the person the sentence before had as its
     * object, when it named one) */
    size_t si = ac->doc->words[h].sentence;
    if (si > 0 && lo == (int)ac->doc->sents[si].first) {
      const annals_doc_sentence *ps = &ac->doc->sents[si - 1];
      for (int i = (int)(ps->first + ps->n); i-- > (int)ps->first;) {
        ev_actor a;
        if (dep(ac, i) == NLP_DEP_OBJ && ac->w[i].upos == NLP_UPOS_PROPN &&
            ac->doc->words[i].head >= 0 && actor_of(ac, i, &a) &&
            person_actor(ac, &a)) {
          *out = a;
          out->word = h;
          return true;
        }
      }
    }
  }
  /* "congratulated Putin on his re-election", "thanked Ruto for her
   * support": "his" or "her" in a verb's "on" or "for" phrase is the
   * person the verb has as its object */
  int n = head(ac, h);
  int v = n >= 0 ? head(ac, n) : -1;
  if ((he || strcmp(l, "she") == 0) && dep(ac, h) == NLP_DEP_NMOD_POSS &&
      v >= 0 && ac->w[v].upos == NLP_UPOS_VERB &&
      nlp_dep_universal(dep(ac, n)) == NLP_DEP_OBL) {
    int lo, hi, o = -1;
    sent_range(ac, h, &lo, &hi);
    bool marked = false;
    for (int i = lo; i < n; i++) {
      if (head(ac, i) == n && dep(ac, i) == NLP_DEP_CASE)
        marked = wis(ac, i, "on") || wis(ac, i, "for");
      if (head(ac, i) == v && dep(ac, i) == NLP_DEP_OBJ &&
          ac->w[i].upos == NLP_UPOS_PROPN)
        o = i;
    }
    ev_actor a;
    actor_ctx before = *ac; /* (a name tried and refused is not met) */
    if (marked && o >= 0 && actor_of(ac, o, &a) && person_actor(ac, &a)) {
      *out = a;
      out->word = h;
      return true;
    }
    *ac = before;
  }
  if ((he || strcmp(l, "she") == 0 || strcmp(l, "they") == 0) &&
      governing_subject(ac, h, l, out))
    return true;
  if ((he || strcmp(l, "she") == 0) && person_before(ac, h, he, out))
    return true;
  if ((he || strcmp(l, "she") == 0) && ac->have_person) {
    bool after = ac->last_person.first > h &&
                 ac->doc->words[ac->last_person.first].sentence ==
                     ac->doc->words[h].sentence;
    bool prev = after && ac->have_prev_person;
    /* "Mr Linkevicius told radio she had been detained": a person a
     * title gave the other sex is not meant; the other of the last two
     * is, else the last one named with this sex's title, else nobody */
    char other = he ? 'f' : 'm', want = he ? 'm' : 'f';
    const ev_actor *p = NULL;
    if ((prev ? ac->prev_sex : ac->last_sex) != other)
      p = prev ? &ac->prev_person : &ac->last_person;
    else if (ac->have_prev_person && (prev ? ac->last_sex : ac->prev_sex) != other)
      p = prev ? &ac->last_person : &ac->prev_person;
    for (size_t k = 0; !p && k < ac->n_persons; k++)
      if (ac->person_sex[k] == want)
        p = &ac->persons[k];
    if (!p)
      return false;
    *out = *p;
    out->word = h;
    return true;
  }
  /* "The government has decided to recall its envoy, it said": "it"
   * saying what it told after is the one the told clause is of, a body
   * or a state, named or not */
  if (strcmp(l, "it") == 0 && dep(ac, h) == NLP_DEP_NSUBJ && head(ac, h) > h) {
    int c = child(ac, head(ac, h), NLP_DEP_CCOMP);
    int s = c >= 0 && c < h ? child(ac, c, NLP_DEP_NSUBJ) : -1;
    ev_actor a;
    if (s >= 0 && s < c && ac->w[s].xpos == NLP_XPOS_NN &&
        is_state_noun(&ac->w[s]) && !person_noun(&ac->w[s]) &&
        actor_of(ac, s, &a)) {
      *out = a;
      out->word = h;
      return true;
    }
  }
  /* "expressed solidarity with Latvia after it said ...": "it" is the
   * nearest state or body named before it in its sentence */
  if (strcmp(l, "it") == 0) {
    int lo, hi;
    sent_range(ac, h, &lo, &hi);
    for (int i = h - 1; i >= lo; i--) {
      /* (a name, or a singular noun a state's adjective names: "the
       * Chinese ambassador") */
      bool noun = ac->w[i].upos == NLP_UPOS_NOUN && ac->w[i].xpos == NLP_XPOS_NN &&
                  (ac->date_word == NULL || !ac->date_word[i]);
      if ((ac->w[i].upos != NLP_UPOS_PROPN && !noun) ||
          (head(ac, i) >= 0 && ac->w[head(ac, i)].upos == NLP_UPOS_PROPN &&
           (dep(ac, i) == NLP_DEP_FLAT || dep(ac, i) == NLP_DEP_COMPOUND)) ||
          ac->w[i].xpos == NLP_XPOS_NNPS)
        continue;
      ev_actor a;
      if (noun && !(is_state_noun(&ac->w[i]) && actor_of(ac, i, &a) &&
                    a.kind == ACT_NAMED && a.country))
        continue;
      /* (a city or a region is where things are done, not who does
       * them: "has ruled Gaza ever since it won") */
      if (actor_of(ac, i, &a) && a.kind == ACT_NAMED && !a.plural &&
          (!a.ent || (a.ent->kind != ENT_PERSON && a.ent->kind != ENT_CITY &&
                      a.ent->kind != ENT_REGION)) &&
          !(ac->have_person && strcmp(ac->last_person.name, a.name) == 0)) {
        *out = a;
        out->word = h;
        return true;
      }
    }
  }
  /* "Protesters were beaten by police as they tried to march", "the
   * soldiers fired when they came under attack": "they" as the subject
   * of an adverbial clause is the plural subject of the clause it is
   * set in, when that subject comes before it */
  if (strcmp(l, "they") == 0 && dep(ac, h) == NLP_DEP_NSUBJ &&
      head(ac, h) >= 0 && dep(ac, head(ac, h)) == NLP_DEP_ADVCL &&
      head(ac, head(ac, h)) >= 0) {
    int m = head(ac, head(ac, h));
    int s = child(ac, m, NLP_DEP_NSUBJ);
    if (s < 0)
      s = child(ac, m, NLP_DEP_NSUBJ_PASS);
    ev_actor a;
    if (s >= 0 && s < h &&
        (ac->w[s].xpos == NLP_XPOS_NNS || ac->w[s].xpos == NLP_XPOS_NNPS) &&
        actor_of(ac, s, &a)) {
      *out = a;
      out->word = h;
      return true;
    }
  }
  /* "expelled two diplomats, accusing them of spying": "them" is the
   * nearest plural named before it in its sentence */
  const annals_word *aw = &ac->doc->words[h];
  if (strcmp(l, "they") == 0 && aw->end - aw->start == 4 &&
      g_ascii_strncasecmp(ac->text + aw->start, "them", 4) == 0) {
    int lo, hi;
    sent_range(ac, h, &lo, &hi);
    for (int i = h - 1; i >= lo; i--) {
      if (ac->w[i].xpos != NLP_XPOS_NNS && ac->w[i].xpos != NLP_XPOS_NNPS)
        continue;
      if (ac->date_word && ac->date_word[i])
        continue;
      ev_actor a;
      if (actor_of(ac, i, &a)) {
        *out = a;
        out->word = h;
        return true;
      }
      break;
    }
  }
  /* "Opposition lawmakers met the president on Monday.  On Tuesday they
   * demanded ...": a plural subject of this sentence or the one before */
  /* (not from one quoted: "\"They stormed this compound,\" he said"
   * tells of those the speaker has in mind, not of those the story
   * named last) */
  bool quoted = ac->quote_speaker && ac->quote_speaker[h] >= 0;
  if (strcmp(l, "they") == 0 && !quoted && ac->have_plural &&
      ac->last_plural.word < h && ac->last_plural.word >= 0 &&
      ac->doc->words[ac->last_plural.word].sentence + 1 >=
          ac->doc->words[h].sentence) {
    *out = ac->last_plural;
    out->word = h;
    return true;
  }
  if ((strcmp(l, "it") == 0 || strcmp(l, "they") == 0) && !quoted &&
      ac->have_org) {
    *out = ac->last_org;
    out->word = h;
    return true;
  }
  return false;
}

bool actor_other_person(const actor_ctx *ac, const char *pronoun, int word,
                        const char *name, ev_actor *out) {
  bool he = pronoun && strcmp(pronoun, "he") == 0;
  if (!(he || (pronoun && strcmp(pronoun, "she") == 0)) || !ac->have_person)
    return false;
  char bad = he ? 'f' : 'm';
  const ev_actor *c = NULL;
  if (strcmp(ac->last_person.name, name) != 0 && ac->last_sex != bad)
    c = &ac->last_person;
  else if (ac->have_prev_person && strcmp(ac->prev_person.name, name) != 0 &&
           ac->prev_sex != bad)
    c = &ac->prev_person;
  if (!c)
    return false;
  *out = *c;
  out->word = word;
  return true;
}

/* The person named before whose name ends with the one word name, or
 * NULL. */
static const ev_actor *known_surname(const actor_ctx *ac, const char *name) {
  for (size_t i = 0; i < ac->n_persons; i++)
    if (strlen(ac->persons[i].name) > strlen(name) &&
        ends_with_word(ac->persons[i].name, name))
      return &ac->persons[i];
  return NULL;
}

/* The sex a title before the words of person a tells ("Mr", "Ms",
 * "Queen"): 'm', 'f', or 0 when none does. */
static char title_sex(const actor_ctx *ac, const ev_actor *a) {
  static const char *const male[] = {"mr", "mr.", "sir", "lord", "king",
                                     "prince", "emir", "sultan", "monsieur"};
  static const char *const female[] = {
      "ms",   "ms.",   "mrs",   "mrs.",     "miss",    "madam",  "madame",
      "dame", "lady",  "queen", "princess", "empress", "baroness"};
  if (a->first < 0)
    return 0;
  int lo, hi;
  sent_range(ac, a->first, &lo, &hi);
  for (int i = a->first; i >= lo && i >= a->first - 1; i--) {
    if (word_in(ac, i, male, ARRAY_SIZE(male)))
      return 'm';
    if (word_in(ac, i, female, ARRAY_SIZE(female)))
      return 'f';
  }
  /* "his wife, Maria Vega", "Pedro Vega, her husband": a noun of one sex
   * in apposition to the name */
  static const char *const men[] = {
      "husband",     "widower",     "father",      "son",
      "brother",     "grandfather", "grandson",    "uncle",
      "nephew",      "boyfriend",   "man",         "boy",
      "businessman", "chairman",    "congressman", "spokesman"};
  static const char *const women[] = {
      "wife",          "widow",       "mother",        "daughter",
      "sister",        "grandmother", "granddaughter", "aunt",
      "niece",         "girlfriend",  "woman",         "girl",
      "businesswoman", "chairwoman",  "congresswoman", "spokeswoman",
      "actress"};
  int nh = a->word >= 0 ? a->word : a->first;
  int ap = dep(ac, nh) == NLP_DEP_APPOS ? head(ac, nh) : -1;
  for (int i = lo; ap < 0 && i < hi; i++)
    if (head(ac, i) == nh && dep(ac, i) == NLP_DEP_APPOS)
      ap = i;
  if (ap >= 0 && word_in(ac, ap, men, ARRAY_SIZE(men)))
    return 'm';
  if (ap >= 0 && word_in(ac, ap, women, ARRAY_SIZE(women)))
    return 'f';
  return 0;
}

/* Makes a the last person named; sex is what its title tells (0: none,
 * the person keeps what an earlier title told). */
static void set_person(actor_ctx *ac, const ev_actor *a, char sex) {
  if (strchr(a->name, ' ')) {
    size_t i = 0;
    while (i < ac->n_persons && strcmp(ac->persons[i].name, a->name) != 0)
      i++;
    if (i < ac->n_persons && !sex)
      sex = ac->person_sex[i];
    if (i == ac->n_persons)
      i = ac->n_persons < ARRAY_SIZE(ac->persons) ? ac->n_persons++
                                                  : ARRAY_SIZE(ac->persons) - 1;
    memmove(ac->persons + 1, ac->persons, i * sizeof *ac->persons);
    memmove(ac->person_sex + 1, ac->person_sex, i);
    ac->persons[0] = *a;
    ac->person_sex[0] = sex;
  }
  if (ac->have_person && strcmp(ac->last_person.name, a->name) == 0) {
    ac->last_person = *a;
    ac->last_sex = sex ? sex : ac->last_sex;
    return;
  }
  if (ac->have_person) {
    ac->prev_person = ac->last_person;
    ac->prev_sex = ac->last_sex;
    ac->have_prev_person = true;
  }
  ac->last_person = *a;
  ac->last_sex = sex;
  ac->have_person = true;
}

/* A list of *n entries, the latest first, at most cap: an entry met
 * again at k (k == *n when new) goes to the front.  Counts a new one in
 * and returns how many entries move one place on to make room. */
static size_t to_front(size_t *n, size_t cap, size_t k) {
  if (k == *n && k < cap)
    (*n)++;
  return k == cap ? k - 1 : k;
}

static void remember(actor_ctx *ac, const ev_actor *a) {
  if (a->kind != ACT_NAMED)
    return;
  if (actor_state_body(ac, a)) {
    size_t k = 0;
    while (k < ac->n_bodies && strcmp(ac->bodies[k].name, a->name) != 0)
      k++;
    k = to_front(&ac->n_bodies, ARRAY_SIZE(ac->bodies), k);
    memmove(ac->bodies + 1, ac->bodies, k * sizeof ac->bodies[0]);
    ac->bodies[0] = *a;
  }
  const char *c = a->ent && a->ent->kind == ENT_COUNTRY ? a->name : a->country;
  if (c) {
    size_t k = 0;
    while (k < ac->n_countries && strcmp(ac->countries[k], c) != 0)
      k++;
    k = to_front(&ac->n_countries, ARRAY_SIZE(ac->countries), k);
    memmove(ac->countries + 1, ac->countries, k * sizeof ac->countries[0]);
    memmove(ac->country_word + 1, ac->country_word,
            k * sizeof ac->country_word[0]);
    ac->countries[0] = c;
    ac->country_word[0] = a->word;
  }
  if (a->ent && a->ent->kind == ENT_COUNTRY) {
    ac->last_country = *a;
    ac->have_country = true;
  } else if (a->country) {
    /* "Bolivian President Evo Morales ... the country's army chief" */
    memset(&ac->last_country, 0, sizeof ac->last_country);
    ac->last_country.name = ac->last_country.country = a->country;
    ac->last_country.kind = ACT_NAMED;
    ac->last_country.word = ac->last_country.first = ac->last_country.last = -1;
    ac->have_country = true;
  }
  const ev_actor *known = known_surname(ac, a->name);
  if (known) {
    set_person(ac, known, title_sex(ac, a)); /* "Kyi" after "Aung San Suu
                                                Kyi": her */
  } else if ((a->ent && a->ent->kind == ENT_PERSON) ||
             (ac->n_persons && strcmp(ac->persons[0].name, a->name) == 0)) {
    set_person(ac, a, title_sex(ac, a));
  } else if (!a->ent || a->ent->kind != ENT_CITY) {
    /* a name with two words or more not in the gazetteer may be a person */
    bool person_like = person_actor(ac, a);
    if (person_like) {
      set_person(ac, a, title_sex(ac, a));
    } else {
      ac->last_org = *a;
      ac->have_org = true;
      if (!a->state && !(a->ent && (a->ent->kind == ENT_COUNTRY ||
                                    a->ent->kind == ENT_REGION))) {
        memmove(ac->orgs + 1, ac->orgs,
                (ARRAY_SIZE(ac->orgs) - 1) * sizeof ac->orgs[0]);
        ac->orgs[0] = *a;
        if (ac->n_orgs < ARRAY_SIZE(ac->orgs))
          ac->n_orgs++;
      }
    }
  }
}

/* The phrase of h marked by preposition prep, after h, or -1. */
static int marked_phrase(const actor_ctx *ac, int h, const char *prep) {
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  for (int i = h + 1; i < hi; i++) {
    if (head(ac, i) != h || nlp_dep_universal(dep(ac, i)) != NLP_DEP_NMOD)
      continue;
    for (int k = lo; k < i; k++)
      if (head(ac, k) == i && dep(ac, k) == NLP_DEP_CASE && wis(ac, k, prep))
        return i;
  }
  return -1;
}

/* The "of" phrase of h ("of supporters"), or -1. */
static int of_phrase(const actor_ctx *ac, int h) {
  return marked_phrase(ac, h, "of");
}

/* The words [a, h] as written, without possessive markers: the phrase
 * a headline uses. */
static const char *phrase_of(actor_ctx *ac, int a, int h) {
  GString *n = g_string_new(NULL);
  for (int i = a; i <= h; i++) {
    if (ac->w[i].xpos == NLP_XPOS_POS || ac->w[i].upos == NLP_UPOS_DET)
      continue;
    size_t len;
    const char *t = wtext(ac, i, &len);
    if (n->len && ac->w[i].start > ac->w[i - 1].end)
      g_string_append_c(n, ' ');
    g_string_append_len(n, t, (gssize)len);
  }
  const char *s = intern(ac, n->str, n->len);
  g_string_free(n, TRUE);
  return s;
}

/* Is the whole phrase [a, head h] the entity's own name ("Houthi rebels"
 * is an alias of the Houthis)? */
static bool e_is_alias(const gaz_entity *e, actor_ctx *ac, int a,
                       const nlp_word *hw) {
  return e && gaz_lookup(ac->g, ac->text, ac->w[a].start, hw->end) == e;
}

/* The first word of the modifier that ends at word m: m, or the word
 * glued to it by a hyphen, whatever the parser hung that one on
 * ("rebel-held", "Iran-backed", "Houthi-controlled"). */
static int hyphen_part(const actor_ctx *ac, int m, int lo) {
  while (m - 2 >= lo && wis(ac, m - 1, "-") &&
         ac->w[m - 2].end == ac->w[m - 1].start &&
         ac->w[m - 1].end == ac->w[m].start &&
         ac->w[m - 2].upos != NLP_UPOS_PUNCT)
    m -= 2;
  return m;
}

/* Words that tell those who fight a state, who are not its organs:
 * "rebel forces", "renegade soldiers"; "rebels", "mutineers". */
static const char *const against[] = {
    "rebel",     "insurgent", "militant",  "separatist", "opposition",
    "guerrilla", "jihadist",  "mutinous",  "breakaway",  "secessionist",
    "renegade",  "rogue",     "dissident", "defecting",  "mutineer"};

/* Is a word in [s, h) one of them? */
static bool against_state(const actor_ctx *ac, int s, int h) {
  for (int i = s; i < h; i++)
    if (word_in(ac, i, against, ARRAY_SIZE(against)))
      return true;
  return false;
}

/* Does noun w name such fighters ("rebels")? */
static bool fighter_noun(const nlp_word *w) {
  for (size_t k = 0; w->lemma && k < ARRAY_SIZE(against); k++)
    if (lemma_eq(w->lemma, against[k]))
      return true;
  return false;
}

bool actor_against_state(const actor_ctx *ac, const ev_actor *a) {
  if (a->kind != ACT_GROUP || a->first < 0 || a->word < a->first)
    return false;
  return fighter_noun(&ac->w[a->word]) || against_state(ac, a->first, a->word);
}

/* The common-noun phrase of h as a group: its compounds and adjectives
 * and h ("security forces", "Bolsonaro supporters"). */
static void group(actor_ctx *ac, int h, ev_actor *out) {
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  int s = h;
  /* (and a modifier's own: "West" of "West African leaders") */
  while (
      s - 1 >= lo &&
      ((head(ac, s - 1) >= s && head(ac, s - 1) <= h) ||
       /* (the possessive mark, hung on the word before it) */
       (head(ac, s - 1) == s - 2 && dep(ac, s - 1) == NLP_DEP_CASE)) &&
      (dep(ac, s - 1) == NLP_DEP_COMPOUND || dep(ac, s - 1) == NLP_DEP_AMOD ||
       dep(ac, s - 1) == NLP_DEP_NMOD_POSS ||
       (dep(ac, s - 1) == NLP_DEP_CASE && ac->w[s - 1].xpos == NLP_XPOS_POS) ||
       (dep(ac, s - 1) == NLP_DEP_ADVMOD &&
        (ac->w[s - 1].flags & NLP_WF_CAP))) &&
      ac->w[s - 1].upos != NLP_UPOS_PRON && ac->w[s - 1].upos != NLP_UPOS_NUM &&
      /* (nor a date: "the 1970s guerrilla war") */
      !(ac->date_word && ac->date_word[s - 1]))
    s = hyphen_part(ac, s - 1, lo);
  /* (a possessive mark whose possessor stayed out opens no name: "each
   * other's territory" is "territory") */
  while (s < h && ac->w[s].xpos == NLP_XPOS_POS)
    s++;
  memset(out, 0, sizeof *out);
  GString *n = g_string_new(NULL);
  for (int i = s; i <= h; i++) {
    size_t len;
    const char *t = wtext(ac, i, &len);
    if (n->len && ac->w[i].start > ac->w[i - 1].end)
      g_string_append_c(n, ' ');
    g_string_append_len(n, t, (gssize)len);
  }
  /* "supporters of Jair Bolsonaro" */
  int o = of_phrase(ac, h);
  if (o >= 0 && is_proper(ac, o)) {
    int a, b;
    name_span(ac, o, &a, &b);
    g_string_append(n, " of ");
    g_string_append_len(n, ac->text + ac->w[a].start,
                        (gssize)(ac->w[b].end - ac->w[a].start));
    /* "the army of Peru", "the interior ministry of Peru": Peru's */
    const gaz_entity *e =
        is_state_noun(&ac->w[h])
            ? gaz_lookup(ac->g, ac->text, ac->w[a].start, ac->w[b].end)
            : NULL;
    if (e && e->kind == ENT_COUNTRY)
      out->country = e->name;
  } else if (o > h && person_noun(&ac->w[h]) &&
             ac->w[o].upos == NLP_UPOS_NOUN) {
    /* "the head of the army", "the commander of the navy": an office is
     * named with what it heads */
    int a = o;
    while (a - 1 > h && head(ac, a - 1) == o &&
           (dep(ac, a - 1) == NLP_DEP_COMPOUND ||
            dep(ac, a - 1) == NLP_DEP_AMOD ||
            ac->w[a - 1].upos == NLP_UPOS_DET))
      a--;
    g_string_append(n, " of ");
    g_string_append(n, phrase_of(ac, a, o));
  }
  out->name = intern(ac, n->str, n->len);
  g_string_free(n, TRUE);
  out->kind = ACT_GROUP;
  out->word = h;
  out->first = s;
  out->last = h;
  out->plural = ac->w[h].xpos == NLP_XPOS_NNS;
  out->state = is_state_noun(&ac->w[h]);
  /* "military vehicles", "police units": the modifier's state acts */
  static const char *const arms[] = {"military", "army", "police", "naval",
                                     "security", "government", "navy"};
  for (int i = s; i < h && !out->state; i++)
    out->state = word_in(ac, i, arms, ARRAY_SIZE(arms));
  if (against_state(ac, s, h))
    out->state = false;
}

/* A child of h by relation (the first), or -1. */
static int child(const actor_ctx *ac, int h, int rel) {
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  for (int i = lo; i < hi; i++)
    if (head(ac, i) == h && dep(ac, i) == rel)
      return i;
  return -1;
}

bool actor_model_letters(const actor_ctx *ac, int i) {
  int lo, hi;
  sent_range(ac, i, &lo, &hi);
  return i + 2 < hi && ac->w[i + 1].upos == NLP_UPOS_PUNCT &&
         ac->w[i + 2].upos == NLP_UPOS_NUM &&
         ac->w[i + 1].start == ac->w[i].end &&
         ac->w[i + 2].start == ac->w[i + 1].end;
}

bool actor_opposed(actor_ctx *ac, int i, ev_actor *out) {
  size_t len = ac->w[i].end - ac->w[i].start;
  const char *t = ac->text + ac->w[i].start;
  if (len < 7 || g_ascii_strncasecmp(t, "anti-", 5) != 0)
    return false;
  if (g_ascii_isupper(t[5])) {
    const gaz_entity *e =
        gaz_lookup(ac->g, ac->text, ac->w[i].start + 5, ac->w[i].end);
    if (!e || e->kind == ENT_MEDIA)
      return false;
    from_entity(e, i, out);
    return true;
  }
  static const char *const rulers[] = {"government", "regime", "junta"};
  for (size_t k = 0; k < ARRAY_SIZE(rulers); k++)
    if (len - 5 == strlen(rulers[k]) &&
        g_ascii_strncasecmp(t + 5, rulers[k], len - 5) == 0) {
      memset(out, 0, sizeof *out);
      out->name = rulers[k];
      out->kind = ACT_GROUP;
      out->state = true;
      out->word = out->first = out->last = i;
      return true;
    }
  return false;
}

bool actor_calendar_word(const actor_ctx *ac, int i) {
  static const char *const cal[] = {
      "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return word_in(ac, i, cal, ARRAY_SIZE(cal));
}

/* A proper modifier of common noun h: a name among the words before it
 * in its phrase ("Houthi rebels", "Israeli forces", "Iran-backed Houthi
 * militia group"), or -1. */
static int proper_modifier(const actor_ctx *ac, int h) {
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  for (int i = h - 1; i >= lo && under(ac, i, h); i--) {
    /* (a word of the possessor's name is no modifier: "Suu Kyi's win") */
    int top = i;
    while (head(ac, top) >= 0 && head(ac, top) != h)
      top = head(ac, top);
    if (dep(ac, top) == NLP_DEP_NMOD_POSS)
      continue;
    int d = dep(ac, i);
    /* (nor is a month or a day: "the March election") */
    if (actor_calendar_word(ac, i))
      continue;
    /* (a model's letters are no name: "F-16", "Su-25", "S-400") */
    bool model = actor_model_letters(ac, i);
    /* (nor a creed the gazetteer does not know as a group: "Marxist
     * guerrillas", "Maoist rebels" are guerrillas and rebels) */
    size_t n;
    const char *t = wtext(ac, i, &n);
    bool creed = n > 4 && (memcmp(t + n - 3, "ist", 3) == 0 ||
                           (n > 5 && memcmp(t + n - 4, "ists", 4) == 0)) &&
                 !gaz_lookup(ac->g, ac->text, ac->w[i].start, ac->w[i].end);
    /* (nor a model's name before a weapon: "Leopard tanks", "Shahed
     * drones"; but "Russian missiles" are Russia's, and an unknown word
     * shaped like a people's is a people's: "Vellan drones") */
    bool weapon = false;
    for (size_t k = 0; ac->weapons && ac->weapons[k] && !weapon; k++)
      weapon = lemma_eq(ac->w[h].lemma, ac->weapons[k]);
    static const char *const peoples[] = {"an", "ese", "i", "ish", "ch"};
    bool people = false;
    for (size_t k = 0; k < ARRAY_SIZE(peoples) && !people; k++) {
      size_t e = strlen(peoples[k]);
      people = n > e + 2 && memcmp(t + n - e, peoples[k], e) == 0;
    }
    if (weapon && !people &&
        !gaz_lookup(ac->g, ac->text, ac->w[i].start, ac->w[i].end))
      continue;
    if ((d == NLP_DEP_COMPOUND || d == NLP_DEP_AMOD || d == NLP_DEP_FLAT) &&
        is_proper(ac, i) && !is_title(ac, i) && !model && !creed) {
      /* (the head of the name the word ends: "Hong Kong police", with
       * "Kong" hung flat on "Hong") */
      while (dep(ac, i) == NLP_DEP_FLAT && head(ac, i) >= lo &&
             head(ac, i) < i && head(ac, i) != h && is_proper(ac, head(ac, i)))
        i = head(ac, i);
      return i;
    }
  }
  return -1;
}

/* Heads that only count what their "of" phrase names: "hundreds of
 * supporters", "a sea of protesters", "members of Hamas". */
static const char *const quantities[] = {
    "hundred", "thousand", "dozen",  "score",    "million", "ten",
    "number",  "group",    "crowd",  "sea",      "wave",    "mob",
    "some",    "many",     "most",   "all",      "member",  "one",
    "none",    "majority", "handful", "several", "few",     "lot",
    "bunch",   "team",     "band",   "contingent", "unit",  "each",
    "both",    "two",      "three",  "four",     "five",    "part",
    "convoy",  "column",   "half",   "rest",     "total",
    /* (of things: "a range of sanctions", "a new round of talks") */
    "range",   "raft",     "series", "set",      "round",   "slew",
    "host",    "spate",    "string", "package",
};

static bool is_quantity(const nlp_word *w) {
  if (w->upos == NLP_UPOS_NUM)
    return true;
  if (!w->lemma)
    return false;
  for (size_t k = 0; k < ARRAY_SIZE(quantities); k++)
    if (lemma_eq(w->lemma, quantities[k]))
      return true;
  return false;
}

/* The proper name after "including" or "such as" right after the common
 * noun h ("officials including Antony Blinken"), wherever the parser hung
 * it, or -1. */
static int including(const actor_ctx *ac, int h) {
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  int k = h + 1;
  if (k + 1 < hi && wis(ac, k, "such") && wis(ac, k + 1, "as"))
    k++;
  else if (!(k < hi && wis(ac, k, "including")))
    return -1;
  /* the last word of the name that follows: its head */
  int j = k + 1;
  if (j < hi && wis(ac, j, "the"))
    j++;
  if (j >= hi || !is_proper(ac, j))
    return -1;
  while (j + 1 < hi &&
         (is_proper(ac, j + 1) ||
          (j + 2 < hi && name_glue(ac, j + 1) && !wis(ac, j + 1, "and") &&
           is_proper(ac, j + 2))))
    j += is_proper(ac, j + 1) ? 1 : 2;
  return j;
}

/* A pronoun: the noun of a relative clause, the name before "who", or
 * the person or organisation a he, she, it or they stands for. */
static bool pronoun_actor(actor_ctx *ac, int h, ev_actor *out) {
  const nlp_word *w = &ac->w[h];
  /* "who", "which", "that" of a relative clause: its noun */
  const char *l = w->lemma ? w->lemma : "";
  int p = head(ac, h);
  bool rel = strcmp(l, "who") == 0 || strcmp(l, "which") == 0 ||
             strcmp(l, "that") == 0;
  if (rel && p >= 0 && dep(ac, p) == NLP_DEP_ACL_RELCL && head(ac, p) >= 0)
    return actor_of(ac, head(ac, p), out);
  if (rel && strcmp(l, "that") != 0) {
    /* "..., Irfaan Ali, who held": the name before it */
    int lo, hi, k = h - 1;
    sent_range(ac, h, &lo, &hi);
    while (k >= lo && ac->w[k].upos == NLP_UPOS_PUNCT) {
      /* (and words in brackets: "Lubos Blaha (Smer-SD), who") */
      if (wis(ac, k, ")") && strcmp(l, "who") == 0) {
        int o = k - 1;
        while (o > lo && o > k - 8 && !wis(ac, o, "("))
          o--;
        if (wis(ac, o, "("))
          k = o;
      }
      k--;
    }
    if (k >= lo && (ac->w[k].upos == NLP_UPOS_PROPN ||
                    ac->w[k].upos == NLP_UPOS_NOUN))
      return actor_of(ac, k, out);
  }
  return pronoun(ac, h, out);
}

/* Copies text[a..b) lowercased into buf (size bytes); false when it
 * does not fit. */
static bool lower_copy(const char *text, size_t a, size_t b, char *buf,
                       size_t size) {
  if (b <= a || b - a >= size)
    return false;
  for (size_t k = a; k < b; k++)
    buf[k - a] = g_ascii_tolower(text[k]);
  buf[b - a] = '\0';
  return true;
}

/* Remembers the office written before the name a person was named by
 * (words [a, name) of the office). */
static void remember_office(actor_ctx *ac, int name, const ev_actor *who) {
  int a = name;
  while (a - 1 >= 0 &&
         ac->doc->words[a - 1].sentence == ac->doc->words[name].sentence &&
         ((is_title(ac, a - 1) && !wis(ac, a - 1, "of")) ||
          (wis(ac, a - 1, "-") && a - 2 >= 0 && is_title(ac, a - 2))))
    a--;
  char office[40];
  if (a == name || !lower_copy(ac->text, ac->w[a].start, ac->w[name - 1].end,
                               office, sizeof office))
    return;
  /* the office once, for the last one named with it */
  size_t n = 0;
  while (n < ac->n_offices && strcmp(ac->offices[n].office, office) != 0)
    n++;
  if (n == ac->n_offices)
    n = ac->n_offices < ARRAY_SIZE(ac->offices) ? ac->n_offices++
                                                : ARRAY_SIZE(ac->offices) - 1;
  memmove(ac->offices + 1, ac->offices, n * sizeof ac->offices[0]);
  memcpy(ac->offices[0].office, office, sizeof office);
  ac->offices[0].who = *who;
}

/* "the secretary-general", "the prime minister": the last person named
 * with that office; false when none was. */
static bool office_reference(actor_ctx *ac, int h, ev_actor *out) {
  int lo, hi, a = h;
  sent_range(ac, h, &lo, &hi);
  const char *country = NULL; /* "the Pakistan Prime Minister" */
  while (a - 1 >= lo && (head(ac, a - 1) == h || wis(ac, a - 1, "-") ||
                         (a - 1 > lo && wis(ac, a - 2, "-")) ||
                         is_title(ac, a - 1)) &&
         !wis(ac, a - 1, "the")) {
    const gaz_entity *e =
        gaz_lookup(ac->g, ac->text, ac->w[a - 1].start, ac->w[a - 1].end);
    if (e && e->kind == ENT_COUNTRY) {
      country = e->name;
      break;
    }
    a--;
  }
  int t = a - 1;
  while (t >= lo && country && !wis(ac, t, "the") &&
         (is_proper(ac, t) || ac->w[t].upos == NLP_UPOS_ADJ))
    t--;
  char office[40];
  if (t < lo || !wis(ac, t, "the") ||
      !lower_copy(ac->text, ac->w[a].start, ac->w[h].end, office,
                  sizeof office))
    return false;
  /* "the president of Sri Lanka": that country's; "the president of
   * the Commission": no state's, and not the last president named */
  int o = of_phrase(ac, h);
  if (o >= 0 && !country) {
    int k = h + 1;
    while (k < o && !wis(ac, k, "of"))
      k++;
    country = country_at(ac, k + 1, hi);
    if (!country && is_proper(ac, o))
      return false;
  }
  size_t ol = strlen(office);
  for (size_t i = 0; i < ac->n_offices; i++) {
    const char *o = ac->offices[i].office;
    size_t n = strlen(o);
    /* "the prime minister" after "former Prime Minister X" */
    if (n < ol || strcmp(o + n - ol, office) != 0 ||
        (n > ol && o[n - ol - 1] != ' '))
      continue;
    const ev_actor *who = &ac->offices[i].who;
    if (country && !(who->country && strcmp(who->country, country) == 0))
      continue; /* another country's prime minister */
    *out = ac->offices[i].who;
    out->word = h;
    out->first = out->last = h;
    return true;
  }
  return false;
}

/* "the country", "the tiny kingdom", "the Gulf state": a country's
 * noun with "the" and words that describe it, and nothing that names
 * which ("the country of origin", "a country"). */
static const char *const country_nouns[] = {
    "country", "kingdom", "nation", "republic", "emirate", "sultanate",
    "archipelago"};

static bool definite_country(const actor_ctx *ac, int h) {
  return the_noun(ac, h, country_nouns, ARRAY_SIZE(country_nouns),
                  THE_DESCRIBED);
}

/* A country told by what it is: "the former French colony", "the Gulf
 * state", "the Pacific nation": "the", a noun of a country (lower case:
 * not "the Islamic State") and only words that describe it, one of them a
 * capitalised one that names no country (the colony's old ruler aside).
 * Sets *ruler to the country a colony's adjective names. */
static bool described_country(const actor_ctx *ac, int h, const char **ruler) {
  static const char *const l[] = {"colony", "protectorate", "state",
                                  "nation", "monarchy",     "kingdom",
                                  "republic", "emirate",    "island"};
  static const char *const colony[] = {"colony", "protectorate"};
  *ruler = NULL;
  if (!word_in(ac, h, l, ARRAY_SIZE(l)) || ac->w[h].xpos != NLP_XPOS_NN ||
      capitalised(ac, h))
    return false;
  bool is_colony = word_in(ac, h, colony, ARRAY_SIZE(colony));
  bool the = false, region = false;
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  for (int i = lo; i < hi; i++) {
    if (head(ac, i) != h)
      continue;
    int d = dep(ac, i);
    if (d == NLP_DEP_DET && wis(ac, i, "the")) {
      the = true;
    } else if ((d == NLP_DEP_AMOD || d == NLP_DEP_COMPOUND) && i < h) {
      const char *c = capitalised(ac, i)
                          ? entity_country(gaz_lookup(ac->g, ac->text,
                                                      ac->w[i].start,
                                                      ac->w[i].end))
                          : NULL;
      if (c && is_colony)
        *ruler = c;
      else if (c)
        return false; /* "the French state": France */
      else if (capitalised(ac, i))
        region = true;
    } else if (d != NLP_DEP_PUNCT && i < h) {
      return false; /* (what follows it may say more: "of supporting") */
    }
  }
  return the && (is_colony || region);
}

/* Is word c (naming a country) the subject of the clause word h is in,
 * in h's sentence ("Australia sent aid to the Pacific nation")? */
static bool clause_subject(const actor_ctx *ac, int c, int h) {
  if (c < 0 || ac->doc->words[c].sentence != ac->doc->words[h].sentence)
    return false;
  int s = c;
  for (int k = 0; k < 8 && s >= 0 && dep(ac, s) != NLP_DEP_NSUBJ &&
                  dep(ac, s) != NLP_DEP_NSUBJ_PASS;
       k++)
    s = head(ac, s);
  return s >= 0 && head(ac, s) >= 0 && under(ac, h, head(ac, s));
}

static const char *office_country(actor_ctx *ac, int h);

/* A common noun that stands for a name: the name in apposition, or the
 * organisation "the company" refers to.  False when it stands for none. */
static bool noun_reference(actor_ctx *ac, int h, ev_actor *out) {
  /* "Israel's arch-foe, the Hezbollah group, said": the name in
   * apposition is who acts */
  int ap = child(ac, h, NLP_DEP_APPOS);
  if (ap >= 0 && is_proper(ac, ap)) {
    if (!actor_of(ac, ap, out))
      return false;
    /* ("Iran's foreign minister, Hossein Amir-Abdollahian": of the
     * country that owns the office) */
    if (!out->country && person_noun(&ac->w[h]) &&
        (!out->ent || out->ent->kind == ENT_PERSON))
      out->country = office_country(ac, h);
    return true;
  }
  /* "Sultan Kabus, the longest-serving leader of the Arab world who
   * died": a noun set in apposition after a name is that name */
  int nh = head(ac, h);
  ev_actor named;
  if (nh >= 0 && nh < h && dep(ac, h) == NLP_DEP_APPOS && is_proper(ac, nh) &&
      ac->w[h].upos == NLP_UPOS_NOUN && !is_proper(ac, h) &&
      ac->w[h].lemma && noun_names_person(ac->w[h].lemma) &&
      actor_peek(ac, nh, &named) && named.kind == ACT_NAMED &&
      (!named.ent || named.ent->kind == ENT_PERSON))
    return actor_of(ac, nh, out);
  /* "The president of Belmark, Ivo Marek, was sworn in": a person the
   * parser set in apposition to the office's "of" phrase is the office's
   * holder */
  int o = person_noun(&ac->w[h]) ? of_phrase(ac, h) : -1;
  /* (and "Russia's envoy to the UN, Vassily Nebenzia") */
  if (o < 0 && envoy_title(ac, h))
    o = marked_phrase(ac, h, "to");
  int oap = o >= 0 && is_proper(ac, o) ? child(ac, o, NLP_DEP_APPOS) : -1;
  /* (or read as its conjunct after a comma, with no "and") */
  int oc = o >= 0 && oap < 0 && is_proper(ac, o) ? child(ac, o, NLP_DEP_CONJ)
                                                 : -1;
  if (oc > o + 1 && wis(ac, oc - 1, ",") && child(ac, oc, NLP_DEP_CC) < 0)
    oap = oc;
  if (oap > o && is_proper(ac, oap)) {
    actor_ctx before = *ac; /* (a name tried and refused is not met) */
    if (actor_of(ac, oap, out) && person_actor(ac, out)) {
      ev_actor land;
      /* (an envoy's country is the one that sends him: "Russia's") */
      if (!out->country && envoy_title(ac, h))
        out->country = office_country(ac, h);
      else if (!out->country && actor_of(ac, o, &land) &&
               land.kind == ACT_NAMED && land.ent &&
               land.ent->kind == ENT_COUNTRY)
        out->country = land.name;
      return true;
    }
    *ac = before;
  }
  /* "the Pacific island nation of Kiribati", "the kingdom of Tonga": the
   * country is the one named after "of", known or not */
  static const char *const lands[] = {"state", "island", "principality"};
  int of = (word_in(ac, h, country_nouns, ARRAY_SIZE(country_nouns)) ||
            word_in(ac, h, lands, ARRAY_SIZE(lands))) &&
                   !capitalised(ac, h)
               ? of_phrase(ac, h)
               : -1;
  if (of >= 0 && is_proper(ac, of) && !actor_calendar_word(ac, of))
    return actor_of(ac, of, out);
  /* "Mexican President Vicente Fox said his country would not": the
   * country of the one the possessive pronoun stands for */
  static const char *const homes[] = {"country", "nation", "government"};
  int poss = child(ac, h, NLP_DEP_NMOD_POSS);
  ev_actor owner;
  const char *as = poss >= 0 ? possessive_as(ac, poss) : NULL;
  /* (with "its" too: "its government" is the state's, as pronoun() does
   * not read it for a deed) */
  if (as && word_in(ac, h, homes, ARRAY_SIZE(homes)) &&
      pronoun_as(ac, poss, as, &owner) && owner.kind == ACT_NAMED &&
      owner.country) {
    memset(out, 0, sizeof *out);
    out->name = out->country = owner.country;
    out->kind = ACT_NAMED;
    out->state = true;
    out->word = out->first = out->last = h;
    /* ("sacked his government": the headline says so) */
    if (wis(ac, h, "government"))
      out->phrase = phrase_of(ac, h, h);
    return true;
  }
  /* "Bahrain's news agency said the tiny kingdom was cutting ties",
   * "the country's army chief": the last country named */
  const char *ruler;
  if (described_country(ac, h, &ruler)) {
    /* the last country met that is neither a colony's old ruler nor the
     * subject of its clause ("Macron visited the former colony") */
    for (size_t k = 0; k < ac->n_countries; k++)
      if ((!ruler || strcmp(ac->countries[k], ruler) != 0) &&
          !clause_subject(ac, ac->country_word[k], h) &&
          /* (nor one named after it: "the kingdom froze trade with
           * Canada and recalled its envoy") */
          ac->country_word[k] < h) {
        memset(out, 0, sizeof *out);
        out->name = out->country = ac->countries[k];
        out->kind = ACT_NAMED;
        out->word = out->first = out->last = h;
        return true;
      }
    group(ac, h, out); /* none met: the words themselves */
    return true;
  }
  if (definite_country(ac, h)) {
    /* a country named before it in its sentence ("in Mali last year,
     * ECOWAS imposed sanctions on the country"), else the last one met */
    int lo, hi;
    sent_range(ac, h, &lo, &hi);
    for (int i = h - 1; i >= lo; i--) {
      if (!is_proper(ac, i) && ac->w[i].upos != NLP_UPOS_ADJ)
        continue;
      const gaz_entity *e =
          gaz_lookup(ac->g, ac->text, ac->w[i].start, ac->w[i].end);
      if (!e && i > lo && is_proper(ac, i - 1)) /* "Saudi Arabia" */
        e = gaz_lookup(ac->g, ac->text, ac->w[i - 1].start, ac->w[i].end);
      const char *c = entity_country(e);
      if (c) {
        memset(out, 0, sizeof *out);
        out->name = out->country = c;
        out->kind = ACT_NAMED;
        out->word = out->first = out->last = h;
        return true;
      }
    }
    if (ac->have_country && ac->last_country.word < h) {
      *out = ac->last_country;
      out->word = h;
      out->first = out->last = h;
      return true;
    }
    /* (the last met before it: "the kingdom froze trade with Canada and
     * recalled its envoy" is not Canada) */
    for (size_t k = 0; ac->have_country && k < ac->n_countries; k++)
      if (ac->country_word[k] < h) {
        memset(out, 0, sizeof *out);
        out->name = out->country = ac->countries[k];
        out->kind = ACT_NAMED;
        out->word = out->first = out->last = h;
        return true;
      }
  }
  /* "the gang" after "the Black Orchid gang" */
  if (definite_org(ac, h)) {
    const ev_actor *pick = NULL;
    for (size_t i = 0; i < ac->n_orgs && !pick; i++) {
      int ow = ac->orgs[i].word;
      if (ow >= 0 && ow < h && ow != ac->orgs[i].last && ac->w[ow].lemma &&
          ac->w[h].lemma && strcmp(ac->w[ow].lemma, ac->w[h].lemma) == 0)
        pick = &ac->orgs[i];
    }
    if (pick) {
      *out = *pick;
      out->word = h;
      out->first = out->last = h;
      return true;
    }
  }
  /* "The Swedish Foreign Ministry said ...  the ministry said": a
   * bare state body is the last one named with that head word */
  for (size_t i = 0; i < ac->n_bodies && ac->w[h].upos == NLP_UPOS_NOUN; i++) {
    const ev_actor *b = &ac->bodies[i];
    const char *hl = ac->w[h].lemma;
    const annals_word *lw = &ac->doc->words[b->last];
    size_t n = lw->end - lw->start;
    if (!hl || strlen(hl) != n ||
        g_ascii_strncasecmp(ac->text + lw->start, hl, n) != 0 ||
        !(the_noun(ac, h, &hl, 1, THE_BARE) || the_noun(ac, h, &hl, 1, THE_KIND)))
      continue;
    *out = *b;
    out->word = h;
    out->first = out->last = h;
    return true;
  }
  /* (not a state: "the gang" after "the finance ministry"; and a kind
   * of its own names only one of that kind: "the militia" is no gang) */
  static const char *const kinds[] = {"militia", "movement", "bloc",
                                      "alliance", "coalition"};
  /* "the Tigray People's Liberation Front (TPLF), a governing party, after
   * the group launched an attack": an organisation named before it in
   * its sentence, whether or not an event of its own named it */
  if (definite_org(ac, h) && !word_in(ac, h, kinds, ARRAY_SIZE(kinds))) {
    int lo_w, hi_w;
    sent_range(ac, h, &lo_w, &hi_w);
    for (int i = h - 1; i >= lo_w; i--) {
      if (!is_proper(ac, i) || !org_head(ac, i) || under(ac, i, h) ||
          (i + 1 < h && is_proper(ac, i + 1) && under(ac, i, i + 1)))
        continue;
      ev_actor a;
      if (actor_of(ac, i, &a) && a.kind == ACT_NAMED && !a.state &&
          !(a.ent && (a.ent->kind == ENT_COUNTRY || a.ent->kind == ENT_REGION ||
                      a.ent->kind == ENT_CITY))) {
        *out = a;
        out->word = h;
        out->first = out->last = h;
        return true;
      }
      break;
    }
  }
  const ev_actor *lo = &ac->last_org;
  if (definite_org(ac, h) && ac->have_org && !lo->state &&
      !word_in(ac, h, kinds, ARRAY_SIZE(kinds)) &&
      !(lo->ent && (lo->ent->kind == ENT_COUNTRY ||
                    lo->ent->kind == ENT_REGION))) {
    /* "Colonial Pipeline was attacked ... The company said" */
    *out = ac->last_org;
    out->word = h;
    out->first = out->last = h;
    return true;
  }
  return false;
}

/* A proper noun: the whole name, with the country of its office or its
 * possessor. */
/* "the Australian Minister for Foreign Affairs said", "Peru's Minister of
 * Defence": an office with its portfolio and no one named in it speaks
 * for its state.  Sets out to that state; false when it is no such
 * office or names no country. */
static bool office_voice(actor_ctx *ac, int h, ev_actor *out) {
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  if (!person_title(ac, h))
    return false;
  int port = -1;
  for (int j = h + 1; j < hi; j++) {
    if (head(ac, j) != h)
      continue;
    int d = dep(ac, j);
    if (d == NLP_DEP_NMOD && port < 0 && is_proper(ac, j) && j >= 2 &&
        (wis(ac, j - 1, "for") || wis(ac, j - 1, "of") ||
         (is_proper(ac, j - 1) &&
          (wis(ac, j - 2, "for") || wis(ac, j - 2, "of")))))
      port = j;
    else if ((d == NLP_DEP_FLAT || d == NLP_DEP_APPOS || d == NLP_DEP_NMOD) &&
             is_proper(ac, j) && port >= 0)
      return false; /* "Minister for Foreign Affairs Penny Wong" */
  }
  if (port < 0)
    return false;
  int pe = port; /* the portfolio's last word */
  while (pe + 1 < hi && under(ac, pe + 1, port))
    pe++;
  /* (a portfolio ends with its head: words after it are a name,
   * "Secretary of State Marco Rubio") */
  if (pe > port || (pe + 1 < hi && is_proper(ac, pe + 1)))
    return false;
  const char *country = NULL;
  for (int i = h - 1; !country && i >= lo && i >= h - 4; i--) {
    const gaz_entity *e =
        gaz_lookup(ac->g, ac->text, ac->w[i].start, ac->w[i].end);
    if (e && e->kind == ENT_COUNTRY)
      country = e->name;
    else if (!is_proper(ac, i) && !is_title(ac, i) &&
             ac->w[i].xpos != NLP_XPOS_POS)
      break;
  }
  if (!country)
    return false;
  memset(out, 0, sizeof *out);
  out->name = out->country = country;
  out->kind = ACT_NAMED;
  out->state = true;
  out->word = h;
  out->first = out->last = -1;
  return true;
}

/* "Turkmenistan's Security Council", "the country's Supreme Court": a
 * body the gazetteer knows by the common name of such bodies ("Security
 * Council" is the UN's) is, owned by a country, that country's own: out
 * (named by words [a, b] with head h) becomes a body of that state. */
static void own_body(actor_ctx *ac, int h, int a, int b, ev_actor *out) {
  static const char *const bodies[] = {
      "council", "assembly", "commission", "committee", "parliament",
      "court",   "congress", "senate",     "tribunal",  "bank"};
  if (!out->ent || out->ent->kind != ENT_ORG ||
      !word_in(ac, h, bodies, ARRAY_SIZE(bodies)))
    return;
  /* (named by another name of it: not "Turkey's NATO allies") */
  size_t n = ac->w[b].end - ac->w[a].start;
  if (strlen(out->ent->name) == n &&
      memcmp(out->ent->name, ac->text + ac->w[a].start, n) == 0)
    return;
  int p = child(ac, h, NLP_DEP_NMOD_POSS);
  /* (or the one right before it with "'s", hung elsewhere: "the
   * country's" made the verb's) */
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  if ((p < 0 || p > a) && a - 2 >= lo && wis(ac, a - 1, "'s") &&
      head(ac, a - 1) == a - 2)
    p = a - 2;
  ev_actor pa;
  if (p < 0 || (p >= a && p <= b) || possessive_as(ac, p) ||
      !actor_of(ac, p, &pa) || pa.kind != ACT_NAMED)
    return;
  const char *own = pa.ent && pa.ent->kind == ENT_COUNTRY ? pa.name
                    : pa.state                            ? pa.country
                                                          : NULL;
  if (!own || (out->ent->country && strcmp(out->ent->country, own) == 0))
    return;
  bare_name(ac, a, b, h, out);
  out->country = own;
  out->state = true;
}

static bool proper_actor(actor_ctx *ac, int h, ev_actor *out) {
  const nlp_word *w = &ac->w[h];
  if (office_voice(ac, h, out))
    return true;
  int a, b;
  name_span(ac, h, &a, &b);
  named(ac, a, b, h, out);
  own_body(ac, h, a, b, out);
  /* "released six Americans", "detained two Britons": a country's people
   * in the plural are those people in the headline ("Iran detains two
   * Britons", not "Iran detains United Kingdom"), the country's in the
   * record */
  size_t wl;
  const char *wt = wtext(ac, h, &wl);
  if (a == b && out->ent && out->ent->kind == ENT_COUNTRY && wl > 2 &&
      wt[wl - 1] == 's' && strncmp(wt, out->name, wl) != 0 &&
      (w->xpos == NLP_XPOS_NNPS || w->xpos == NLP_XPOS_NNS)) {
    int n = child(ac, h, NLP_DEP_NUMMOD);
    out->phrase = phrase_of(ac, n >= 0 && n < h ? n : h, h);
    out->plural = true;
  }
  /* "Egyptian President Anwar Sadat", "Guyana President Irfaan Ali":
   * a country or its adjective before the office */
  /* (the words right before the name, even where the parser hung
   * them elsewhere: "Portuguese" read as an adverb of the verb) */
  for (int i = a - 1, lo = a - 5; !out->country && i >= 0 && i >= lo &&
                                  ac->doc->words[i].sentence ==
                                      ac->doc->words[a].sentence;
       i--) {
    if (!is_proper(ac, i) && !is_title(ac, i))
      break;
    const gaz_entity *e =
        gaz_lookup(ac->g, ac->text, ac->w[i].start, ac->w[i].end);
    if (e && e->kind == ENT_COUNTRY)
      out->country = e->name;
  }
  /* "Haiti's prime minister Ariel Henry": the country that owns the
   * office set before the name */
  int slo, shi;
  sent_range(ac, b, &slo, &shi);
  for (int i = slo; !out->country && i < a; i++)
    if (head(ac, i) == h && is_title(ac, i) &&
        (dep(ac, i) == NLP_DEP_NMOD_DESC || dep(ac, i) == NLP_DEP_COMPOUND) &&
        (!out->ent || out->ent->kind == ENT_PERSON))
      out->country = office_country(ac, i);
  /* "President Kais Saied of Tunisia": the country after the name (or
   * the country of the city: "Mayor Muriel Bowser of Washington") */
  if (!out->country && b + 2 < shi && wis(ac, b + 1, "of") &&
      ((a - 1 >= slo && person_title(ac, a - 1)) ||
       (a - 2 >= slo && person_title(ac, a - 2)))) {
    out->country = country_at(ac, b + 2, shi);
    const gaz_entity *t = out->country ? NULL : town_at(ac, b + 2, shi);
    if (t)
      out->country = entity_country(t);
  }
  /* "Pakistan's Shehbaz Sharif": the possessor gives the country */
  if (!out->country) {
    int p = child(ac, h, NLP_DEP_NMOD_POSS);
    ev_actor pa;
    /* (not one inside the name: "Tigray People's Liberation Front") */
    if (p >= 0 && (p < a || p > b) && is_proper(ac, p) &&
        actor_of(ac, p, &pa) &&
        /* (nor an office's: "the Attorney General's Office") */
        !(!pa.ent && pa.last >= 0 && person_title(ac, pa.last)))
      out->country = actor_land(ac, &pa);
  }
  /* "the Government of Japan", "the Ministry of Defence of Moldova":
   * the country after "of" */
  for (int i = a; !out->country && i < b; i++) {
    if (!wis(ac, i, "of"))
      continue;
    const gaz_entity *e =
        gaz_lookup(ac->g, ac->text, ac->w[i + 1].start, ac->w[b].end);
    if (e && e->kind == ENT_COUNTRY)
      out->country = e->name;
  }
  /* "the High Court", "the Defence Ministry": a body of a state (not a
   * body of the world the gazetteer knows: "the International Criminal
   * Court", "the United Nations Security Council") */
  out->state = out->state || (!out->country && is_state_noun(w) &&
                              !(out->ent && out->ent->kind == ENT_ORG &&
                                (strstr(out->ent->name, "International") ||
                                 strstr(out->ent->name, "United Nations") ||
                                 strstr(out->ent->name, "World "))));
  /* (a surname of one named before is that person, even when a city
   * has the name: "President Juan Manuel Santos ... the protest by
   * Santos") */
  bool town =
      out->ent && (out->ent->kind == ENT_CITY || out->ent->kind == ENT_REGION);
  /* ("Santos said the captives were in good health": a city that is no
   * capital speaks for no government; one word of its name that says
   * something is a person's name) */
  static const char *const saying[] = {"say",   "tell",   "add",
                                       "state", "insist", "explain",
                                       "note",  "warn",   "announce"};
  int sv = dep(ac, h) == NLP_DEP_NSUBJ ? head(ac, h) : -1;
  bool says = false;
  for (size_t k = 0; sv >= 0 && ac->w[sv].lemma && k < ARRAY_SIZE(saying); k++)
    says = says || strcmp(ac->w[sv].lemma, saying[k]) == 0;
  if (says && out->ent && out->ent->kind == ENT_CITY && !out->ent->metonym &&
      a == b) {
    bare_name(ac, a, b, h, out);
    town = false;
  }
  const ev_actor *known = (!out->ent || town) && !strchr(out->name, ' ')
                              ? known_surname(ac, out->name)
                              : NULL;
  /* ("President Michel Aoun ... Aoun declared": a surname alone is the
   * one the text named in full, before the one of that name the
   * gazetteer knows) */
  if (!known && a == b && out->ent && out->ent->kind == ENT_PERSON)
    known = known_surname(ac, intern(ac, ac->text + ac->w[a].start,
                                     ac->w[a].end - ac->w[a].start));
  if (known) {
    int word = out->word, first = out->first, last = out->last;
    *out = *known;
    out->word = word;
    out->first = first;
    out->last = last;
  }
  remember(ac, out);
  if (ac->have_person && strcmp(ac->last_person.name, out->name) == 0)
    remember_office(ac, a, out);
  return true;
}

/* "a Saudi-led coalition": the leader acts.  False when no leader is
 * named so. */
static bool led_actor(actor_ctx *ac, int h, ev_actor *out) {
  for (int i = h - 1; i - 2 >= 0 && under(ac, i, h); i--)
    if (wis(ac, i, "led") && wis(ac, i - 1, "-") &&
        ac->w[i - 1].start == ac->w[i - 2].end && is_proper(ac, i - 2)) {
      const gaz_entity *e =
          gaz_lookup(ac->g, ac->text, ac->w[i - 2].start, ac->w[i - 2].end);
      if (e) {
        from_entity(e, h, out);
        out->phrase = phrase_of(ac, i - 2, h);
        return true;
      }
    }
  return false;
}

/* A common noun: a name among its modifiers, a name in apposition, its
 * owner's state, the one named among it, else a group. */
static bool place_noun(const nlp_word *w);
static const char *within_country(actor_ctx *ac, int h);

/* The country that owns the office noun h, as its possessor or its
 * adjective tells it ("Iran's foreign minister", "the Australian prime
 * minister"), or NULL. */
static const char *office_country(actor_ctx *ac, int h) {
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  for (int k = lo; k < h; k++) {
    int d = dep(ac, k);
    if (head(ac, k) != h || (d != NLP_DEP_NMOD_POSS && d != NLP_DEP_AMOD &&
                             d != NLP_DEP_COMPOUND))
      continue;
    int a = k, b = k;
    if (ac->w[k].upos == NLP_UPOS_PROPN)
      name_span(ac, k, &a, &b);
    const gaz_entity *e =
        gaz_lookup(ac->g, ac->text, ac->w[a].start, ac->w[b].end);
    if (e && e->kind == ENT_COUNTRY)
      return e->name;
  }
  return NULL;
}

static bool common_actor(actor_ctx *ac, int h, ev_actor *out) {
  const nlp_word *w = &ac->w[h];
  int pm = proper_modifier(ac, h);
  int poss = child(ac, h, NLP_DEP_NMOD_POSS);
  ev_actor owner;
  bool has_owner = poss >= 0 && ac->w[poss].upos != NLP_UPOS_PRON &&
                   actor_of(ac, poss, &owner);
  /* "His office said", "her spokesman said": the person the pronoun
   * stands for speaks through them */
  static const char *const voices[] = {"office", "spokesman", "spokeswoman",
                                       "spokesperson", "press"};
  if (!has_owner && poss >= 0 && ac->w[poss].upos == NLP_UPOS_PRON &&
      word_in(ac, h, voices, ARRAY_SIZE(voices)) &&
      nlp_dep_universal(dep(ac, h)) == NLP_DEP_NSUBJ) {
    actor_ctx before = *ac; /* (a pronoun tried and refused is not met) */
    has_owner = actor_of(ac, poss, &owner) && person_actor(ac, &owner);
    if (!has_owner) {
      *ac = before;
    } else {
      /* (the headline tells who spoke: "Ali Karimi's office") */
      size_t n;
      const char *t = wtext(ac, h, &n);
      char *p = g_strdup_printf("%s's %.*s", owner.name, (int)n, t);
      owner.phrase = intern(ac, p, strlen(p));
      g_free(p);
    }
  }
  int ap = child(ac, h, NLP_DEP_APPOS);
  /* (and a thing named after a comma: "the cargo ship, Maersk Alabama",
   * "a rival militia, the Rapid Support Forces") */
  bool named_after = pm < 0 && ap > h + 1 && ac->w[ap].upos == NLP_UPOS_PROPN &&
                     ac->w[h + 1].upos == NLP_UPOS_PUNCT &&
                     ac->text[ac->w[h + 1].start] == ',';
  if (ap >= 0 && is_proper(ac, ap) && (person_noun(w) || named_after)) {
    /* "RSF leader Mohamed Hamdan Dagalo": the person */
    int a, b;
    name_span(ac, ap, &a, &b);
    named(ac, a, b, ap, out);
    /* (of the country that owns the office: "Iran's foreign minister,
     * Hossein Amir-Abdollahian") */
    if (!out->country && (!out->ent || out->ent->kind == ENT_PERSON))
      out->country = office_country(ac, h);
    remember(ac, out);
    return true;
  }
  /* "Sweden's NATO membership", "Iran's nuclear programme": a thing of
   * a country named is the country's, whatever name describes it */
  /* (but a group of the country is its name: "Chile's Black Flag
   * militia") */
  static const char *const groups[] = {
      "militia", "group", "party", "movement", "faction", "gang", "cartel",
      "brigade", "battalion", "network", "front", "wing", "organisation",
      "organization", NULL};
  bool group_noun = false;
  for (size_t k = 0; w->lemma && groups[k] && !group_noun; k++)
    group_noun = lemma_eq(w->lemma, groups[k]);
  if (pm >= 0 && has_owner && owner.kind == ACT_NAMED && owner.ent &&
      owner.ent->kind == ENT_COUNTRY && w->upos == NLP_UPOS_NOUN &&
      w->xpos == NLP_XPOS_NN && !person_noun(w) && !is_state_noun(w) &&
      !place_noun(w) && !group_noun)
    pm = -1;
  if (pm >= 0) {
    /* "Houthi rebels" may be a gazetteer alias as a whole */
    int a, b;
    name_span(ac, pm, &a, &b);
    /* (letters the text defined are what it said: "AFP officers" after
     * "Australian federal police (AFP)") */
    bool defined = a == b && ac->acronyms &&
                   g_hash_table_lookup(
                       ac->acronyms,
                       intern(ac, ac->text + ac->w[a].start,
                              ac->w[a].end - ac->w[a].start)) != NULL;
    const gaz_entity *e =
        defined ? NULL : gaz_lookup(ac->g, ac->text, ac->w[a].start, w->end);
    bool modifier = false; /* the name is only the modifier: "EU leaders" */
    if (!e && !defined) {
      e = gaz_lookup(ac->g, ac->text, ac->w[a].start, ac->w[b].end);
      modifier = e != NULL;
    }
    bool place = e && (e->kind == ENT_REGION ||
                       (e->kind == ENT_CITY && !e->metonym));
    if (place) {
      /* "a Kirkuk base": a thing in a place, not the place acting */
      group(ac, h, out);
      out->country = entity_country(e);
      /* "Tigray forces", "Amhara fighters": the armed men of a region
       * are its own, not its country's army (but "Punjab police" are
       * the state's) */
      if (e->kind == ENT_REGION &&
          (lemma_eq(w->lemma, "force") || lemma_eq(w->lemma, "fighter") ||
           lemma_eq(w->lemma, "troop") || lemma_eq(w->lemma, "army")))
        out->state = false;
      return true;
    }
    /* ("renegade Malian soldiers" are no army of Mali's, "Syrian rebels"
     * no Syria: a group of the country) */
    int lo, hi;
    sent_range(ac, h, &lo, &hi);
    int f = a;
    while (
        f - 1 >= lo && head(ac, f - 1) == h &&
        (dep(ac, f - 1) == NLP_DEP_AMOD || dep(ac, f - 1) == NLP_DEP_COMPOUND))
      f--;
    if (e && e->kind == ENT_COUNTRY && modifier &&
        ((is_state_noun(w) && against_state(ac, f, a)) || fighter_noun(w))) {
      group(ac, h, out);
      out->country = e->name;
      return true;
    }
    if (e) {
      from_entity(e, h, out);
      if (modifier) {
        out->first = a;
        out->last = b;
      }
    } else if (b - a >= 1 || defined ||
               (ac->w[a].upos == NLP_UPOS_PROPN &&
                !(ac->w[a].flags & NLP_WF_FIRST))) {
      named(ac, a, b, h, out); /* "Wagner Group fighters" */
      if (!out->country && place_noun(w))
        out->country = within_country(ac, h);
    }
    else
      group(ac, h, out); /* "World leaders" */
    if (!out->country && has_owner)
      out->country = actor_land(ac, &owner);
    out->state = is_state_noun(w);
    /* the headline says what was named: "US contractor", "Indian
     * diplomat"; the records name the actor */
    if (out->kind == ACT_NAMED && !is_state_noun(w) && !e_is_alias(e, ac, a, w))
      out->phrase = phrase_of(ac, a, h);
    else if (out->kind == ACT_NAMED && !e_is_alias(e, ac, a, w) && out->ent &&
             out->ent->kind != ENT_PERSON) {
      out->said = phrase_of(ac, a, h);
      /* (one in an office of a country: a bloc's leaders are the bloc,
       * "ECOWAS threatens") */
      out->office = person_noun(w) && out->ent->kind == ENT_COUNTRY &&
                    w->xpos == NLP_XPOS_NN && !lemma_eq(w->lemma, "leader");
    }
    remember(ac, out);
    return true;
  }
  if (ap >= 0 && is_proper(ac, ap)) { /* "its leader, Abu X" */
    int a, b;
    name_span(ac, ap, &a, &b);
    named(ac, a, b, ap, out);
    if (!out->country && has_owner)
      out->country = actor_land(ac, &owner);
    remember(ac, out);
    return true;
  }
  /* "arrested Juan Guaido's chief of staff": one who serves a person,
   * when something is done to them, is that person's aide, not the
   * person (who speaks through them is the person: "Putin's spokesman
   * said") */
  /* the people of a person: "Guaido's chief of staff", "Khan's wife" */
  static const char *const kin[] = {
      "ally",        "lawyer",     "son",       "daughter",    "wife",
      "husband",     "aide",       "adviser",   "advisor",     "rival",
      "opponent",    "deputy",     "successor", "predecessor", "representative",
      "partner",     "people",     "family",    "brother",     "sister",
      "father",      "mother",     "bodyguard", "nephew",      "cousin",
      "niece",       "aunt",       "uncle",     "grandson",    "granddaughter",
      "grandfather", "grandmother"};
  int dh = dep(ac, h);
  if (has_owner && owner.kind == ACT_NAMED &&
      (is_state_noun(w) || word_in(ac, h, kin, ARRAY_SIZE(kin))) &&
      w->xpos == NLP_XPOS_NN && person_actor(ac, &owner) &&
      (dh == NLP_DEP_OBJ || dh == NLP_DEP_NSUBJ_PASS) &&
      !word_in(ac, h, voices, ARRAY_SIZE(voices))) {
    int b = poss; /* the possessor's last word */
    while (b + 1 < h && under(ac, b + 1, poss))
      b++;
    int e = h; /* and the noun's own "of" phrase: "chief of staff" */
    while (e + 1 < (int)ac->doc->n_words && under(ac, e + 1, h) &&
           !(ac->date_word && ac->date_word[e + 1]))
      e++;
    char *p = g_strdup_printf("%s's %s", owner.name, phrase_of(ac, b + 1, e));
    memset(out, 0, sizeof *out);
    out->name = intern(ac, p, strlen(p));
    out->country = owner.country;
    out->kind = ACT_GROUP;
    out->word = h;
    out->first = out->last = -1;
    g_free(p);
    return true;
  }
  if (has_owner && owner.kind == ACT_NAMED && is_state_noun(w)) {
    /* "Azerbaijan's army", "Pakistan's prime minister" (a person's
     * cabinet is of the person's country, when known) */
    const char *owns = actor_land(ac, &owner);
    if (owns)
      ac->last_state_country = owns;
    *out = owner;
    out->word = h;
    out->state = true;
    /* (one who holds the office is a person of the state, named by it:
     * "arrested the country's president" is no arrest of Guinea, "Chile's
     * foreign minister resigned" no resignation of Chile; but an envoy
     * expelled stands for the state: "expels diplomats of Canada") */
    static const char *const offices[] = {
        "president", "king",       "premier",    "emir",     "prime",
        "monarch",   "chancellor", "queen",      "minister", "chief",
        "commander", "general",    "prosecutor", NULL};
    bool office = false;
    for (size_t k = 0; offices[k] && !office; k++)
      office = wis(ac, h, offices[k]);
    for (int i = poss + 1; i < h && !office; i++)
      office = head(ac, i) == h && wis(ac, i, "prime");
    bool land = owner.ent ? owner.ent->kind == ENT_COUNTRY
                          : owner.country && strcmp(owner.name, owner.country) == 0;
    /* (and a seat of the state is told as one in the headline, the
     * record naming the state: "Protesters storm Kenya's parliament",
     * not "storm Kenya") */
    static const char *const seats[] = {"parliament", "legislature", "embassy",
                                        "ministry",   "court",       NULL};
    bool seat = false;
    for (size_t k = 0; seats[k] && !seat && !office && land; k++)
      seat = lemma_eq(w->lemma, seats[k]);
    if ((office || seat) && land) {
      int b = poss; /* the possessor's last word */
      while (b + 1 < h && under(ac, b + 1, poss))
        b++;
      char *p = g_strdup_printf("%s's %s", owner.name, phrase_of(ac, b + 1, h));
      if (seat) {
        out->said = intern(ac, p, strlen(p));
        g_free(p);
        return true;
      }
      out->name = intern(ac, p, strlen(p));
      out->country = owner.name;
      out->phrase = NULL;
      out->ent = NULL;
      g_free(p);
    }
    return true;
  }
  /* (and things told in the plural: "Belarus' actions", "Russia's
   * ambitions"; but not people: "Israel's hostages") */
  static const char *const persons[] = {
      "people",    "citizens", "nationals", "hostages",  "workers",
      "soldiers",  "troops",   "residents", "civilians", "students",
      "prisoners", "detainees", "members",  "supporters", "officials",
      "diplomats", "leaders",  "forces",    "fighters",  "nationals",
      "children",  "women",    "men",       "refugees",  "migrants",
      "victims",   "voters",   "lawmakers", "ministers", "agents"};
  if (has_owner && owner.kind == ACT_NAMED && w->upos == NLP_UPOS_NOUN &&
      (w->xpos == NLP_XPOS_NN ||
       (w->xpos == NLP_XPOS_NNS && !word_in(ac, h, persons, ARRAY_SIZE(persons)))) &&
      !person_noun(w) && !word_in(ac, h, kin, ARRAY_SIZE(kin))) {
    /* "Suu Kyi's win", "Spain's proposal": a thing of the one named
     * stands for that one (its people do not: "Iran's allies"); the
     * headline keeps the words ("Syria energy sector") */
    int b = poss; /* the possessor's last word */
    while (b + 1 < h && under(ac, b + 1, poss))
      b++;
    const char *rest = phrase_of(ac, b + 1, h);
    char *p = g_strdup_printf("%s %s", owner.name, rest);
    *out = owner;
    out->word = h;
    out->phrase = intern(ac, p, strlen(p));
    g_free(p);
    return true;
  }
  /* "a source close to the Turkish government", "people close to the
   * president": those close to one speak for it */
  for (int i = h + 1; i < (int)ac->doc->n_words && i <= h + 1; i++)
    if (head(ac, i) == h && dep(ac, i) == NLP_DEP_AMOD && wis(ac, i, "close"))
      for (int j = i + 1; j < (int)ac->doc->n_words && j <= i + 6; j++)
        if (head(ac, j) == i &&
            (dep(ac, j) == NLP_DEP_OBL || dep(ac, j) == NLP_DEP_NMOD)) {
          ev_actor c;
          if (actor_of(ac, j, &c) &&
              (c.kind == ACT_NAMED || (c.state && c.country))) {
            *out = c;
            out->word = h;
            return true;
          }
        }
  /* "militias backed by Iran", "hackers linked to Russia's military
   * intelligence", "gunmen affiliated with the Islamic State group",
   * "fighters loyal to the government": whose they are (a country's
   * men keep their own words; a named group's act as the group) */
  static const char *const ties[] = {
      "link", "tie", "affiliate", "align", "ally", "back", "support",
      "sponsor", "associate", "connect", "loyal", "allied", "linked",
      "aligned", "affiliated", NULL};
  for (int i = h + 1; i < (int)ac->doc->n_words && i <= h + 2; i++) {
    if (head(ac, i) != h || !(dep(ac, i) == NLP_DEP_ACL ||
                              dep(ac, i) == NLP_DEP_AMOD) ||
        !ac->w[i].lemma)
      continue;
    bool tie = false;
    for (size_t k = 0; ties[k] && !tie; k++)
      tie = lemma_eq(ac->w[i].lemma, ties[k]);
    for (int j = i + 1; tie && j < (int)ac->doc->n_words && j <= i + 6; j++) {
      if (head(ac, j) != i ||
          (nlp_dep_universal(dep(ac, j)) != NLP_DEP_OBL &&
           nlp_dep_universal(dep(ac, j)) != NLP_DEP_NMOD))
        continue;
      int marked = -1; /* (by "to", "with" or "by") */
      for (int m = i + 1; m < j && marked < 0; m++)
        if (head(ac, m) == j && dep(ac, m) == NLP_DEP_CASE &&
            (wis(ac, m, "to") || wis(ac, m, "with") || wis(ac, m, "by")))
          marked = m;
      if (marked < 0)
        continue;
      ev_actor c; /* (looked at first: one not taken is not met) */
      if (!actor_peek(ac, j, &c))
        break;
      bool land = (c.ent && c.ent->kind == ENT_COUNTRY) ||
                  (c.state && c.country);
      if (land) {
        group(ac, h, out);
        out->country = c.country ? c.country : c.name;
        return true;
      }
      if (c.kind == ACT_NAMED && person_actor(ac, &c) && actor_of(ac, j, &c)) {
        /* "troops loyal to President Alpha Conde": the men act, not
         * the man they follow (of his country) */
        ev_actor men;
        group(ac, h, &men);
        size_t tl, ml;
        const char *tw = wtext(ac, i, &tl), *mw = wtext(ac, marked, &ml);
        char *p = g_strdup_printf("%s %.*s %.*s %s", men.name, (int)tl, tw,
                                  (int)ml, mw, c.name);
        *out = men;
        out->name = intern(ac, p, strlen(p));
        out->country = c.country;
        g_free(p);
        return true;
      }
      if (c.kind == ACT_NAMED && actor_of(ac, j, out)) {
        out->word = h;
        return true;
      }
      break;
    }
  }
  int inc = including(ac, h);
  if (inc >= 0 && ac->w[h].xpos == NLP_XPOS_NNS) {
    /* "officials including Antony Blinken": the one named */
    return actor_of(ac, inc, out);
  }
  group(ac, h, out);
  if (has_owner) /* (a country, not "the president's") */
    out->country = actor_land(ac, &owner);
  return true;
}

/* "50 GB of data", "20 km of coastline", "500 tonnes of aid": a unit
 * counted by a number names no one (GB is no Great Britain here). */
static bool is_unit(const actor_ctx *ac, int h) {
  static const char *const units[] = {
      "gb",     "mb",     "tb",         "kb",         "km",    "kg",
      "mw",     "gw",     "bn",         "mn",         "tonne", "tonnes",
      "ton",    "tons",   "mile",       "miles",      "metre", "metres",
      "meter",  "meters", "kilometre",  "kilometres", "kilometer",
      "kilometers", "barrel", "barrels", "bpd",       "litre", "litres",
      "hectare", "hectares", "acre",    "acres",      "gallon", "gallons",
      /* ("a $1 billion (730 million euro) loan") */
      "euro",   "euros",  "dollar",     "dollars",    "pound", "pounds",
      "yen",    "yuan",   "rupee",      "rupees",     "ruble", "rubles",
      "rouble", "roubles", "franc",     "francs",     "shekel", "shekels",
      "peso",   "pesos",  "naira",      "rand",       "lira",  "riyal",
      "riyals", "dinar",  "dinars",     "won"};
  if (!word_in(ac, h, units, ARRAY_SIZE(units)))
    return false;
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  for (int i = lo; i < h; i++)
    if (head(ac, i) == h && ac->w[i].upos == NLP_UPOS_NUM)
      return true;
  return h > lo && ac->w[h - 1].upos == NLP_UPOS_NUM;
}

bool actor_state_body(const actor_ctx *ac, const ev_actor *a) {
  return a->kind == ACT_NAMED && a->country && a->last >= 0 &&
         ac->w[a->last].upos == NLP_UPOS_PROPN &&
         (!a->ent || a->ent->kind == ENT_ORG) && is_state_noun(&ac->w[a->last]);
}

bool actor_arms(const char *const *weapons, const char *lemma) {
  static const char *const craft[] = {"aircraft", "warship", "warplane"};
  if (!lemma)
    return false;
  for (size_t k = 0; weapons && weapons[k]; k++)
    if (lemma_eq(lemma, weapons[k]))
      return true;
  for (size_t k = 0; k < ARRAY_SIZE(craft); k++)
    if (lemma_eq(lemma, craft[k]))
      return true;
  return false;
}

bool actor_union_body(const ev_actor *a) {
  return a->ent && a->ent->kind == ENT_ORG && !a->ent->country &&
         a->last >= 0 && a->word > a->last;
}

int actor_body_part_of(const actor_ctx *ac, int h) {
  const nlp_word *w = &ac->w[h];
  bool part = false;
  for (size_t k = 0;
       w->upos == NLP_UPOS_NOUN && ac->body_parts && ac->body_parts[k] && !part;
       k++)
    part = lemma_eq(w->lemma, ac->body_parts[k]);
  int o = part ? of_phrase(ac, h) : -1;
  if (o < 0 || (ac->date_word && ac->date_word[o]) ||
      ac->w[o].upos == NLP_UPOS_PRON)
    return -1;
  return o;
}

static bool actor_of_word(actor_ctx *ac, int h, ev_actor *out) {
  const nlp_word *w = &ac->w[h];
  if (w->upos == NLP_UPOS_VERB || w->upos == NLP_UPOS_AUX ||
      w->upos == NLP_UPOS_ADV || w->upos == NLP_UPOS_ADP)
    return false;
  /* "120 kilometres north of the prison": a direction is no one */
  if (actor_direction(w))
    return false;
  if (is_quantity(w) || w->upos == NLP_UPOS_SYM || is_unit(ac, h)) {
    /* "hundreds of supporters", "$155 billion of US goods" */
    int o = of_phrase(ac, h);
    if (o >= 0)
      return actor_of(ac, o, out);
    if (is_unit(ac, h))
      return false;
  }
  /* "fighters of Hamas", "rebels of the M23 movement": an armed
   * group's own named with the group are the group */
  static const char *const armed[] = {"fighter", "rebel", "militant",
                                      "insurgent", "combatant", "jihadist"};
  if (w->lemma && lemma_listed(w->lemma, armed, ARRAY_SIZE(armed))) {
    int o = of_phrase(ac, h);
    actor_ctx before = *ac; /* (a name tried and refused is not met) */
    if (o >= 0 && actor_of(ac, o, out) &&
        out->kind == ACT_NAMED)
      return true;
    *ac = before;
  }
  /* "the high command of the army said", "the leadership of the party
   * expelled": a part of a body named with the body is the body */
  int part_of = actor_body_part_of(ac, h);
  if (part_of >= 0 && actor_of(ac, part_of, out))
    return true;
  if (w->upos == NLP_UPOS_NOUN && ac->premises &&
      nlp_dep_universal(dep(ac, h)) != NLP_DEP_NSUBJ) {
    /* "raided the offices of the Daily Mirror", "stormed the party's
     * headquarters": a body's or a person's seat named with its owner
     * stands for the owner (not "his residence": whose, the pronoun
     * rules tell; and not a subject: "the premier's office said" is the
     * office that speaks) */
    bool seat = false;
    for (size_t k = 0; ac->premises[k] && !seat; k++)
      seat = lemma_eq(w->lemma, ac->premises[k]);
    int o = seat ? of_phrase(ac, h) : -1;
    if (seat && o < 0) {
      o = child(ac, h, NLP_DEP_NMOD_POSS);
      if (o >= 0 && ac->w[o].upos == NLP_UPOS_PRON)
        o = -1;
    }
    if (o >= 0 && !(ac->date_word && ac->date_word[o]) &&
        actor_of(ac, o, out)) {
      /* (the headline names the seat: "Police raid offices of Daily
       * Mirror", "Protesters storm party's headquarters") */
      int lo, hi, a = h;
      sent_range(ac, h, &lo, &hi);
      if (o > h) {
        while (a - 1 >= lo && head(ac, a - 1) == h &&
               (dep(ac, a - 1) == NLP_DEP_AMOD ||
                dep(ac, a - 1) == NLP_DEP_COMPOUND))
          a--; /* ("the main offices of") */
        out->phrase = phrase_of(ac, a, out->last > h ? out->last : h);
        return true;
      }
      /* (with the possessive as written: "Rajapaksa's residence") */
      a = out->first >= lo && out->first < h ? out->first : o;
      while (a < h && ac->w[a].upos == NLP_UPOS_DET)
        a++;
      out->phrase = intern(ac, ac->text + ac->w[a].start,
                           ac->w[h].end - ac->w[a].start);
      return true;
    }
  }
  if (w->upos == NLP_UPOS_PRON)
    return pronoun_actor(ac, h, out);
  if (w->upos == NLP_UPOS_NUM || w->upos == NLP_UPOS_PUNCT ||
      w->upos == NLP_UPOS_DET || w->upos == NLP_UPOS_SYM)
    return false;
  /* "announced hours earlier", "a week later", "warned ten times": a
   * stretch of time, or a count of times, is no one */
  static const char *const spans[] = {
      "hour",  "minute", "day",     "week",    "month",   "year",
      "decade", "moment", "weekend", "night", "morning", "evening",
      "afternoon", "hours", "minutes", "days", "weeks", "months",
      "years", "decades", "moments", "weekends", "nights", "eve",
      "aftermath", "wake", "run-up", "time", "times"};
  if (w->upos == NLP_UPOS_NOUN && word_in(ac, h, spans, ARRAY_SIZE(spans)))
    return false;
  /* "the elections took place": the place of the idiom is no one */
  if (w->upos == NLP_UPOS_NOUN && wis(ac, h, "place") && head(ac, h) >= 0 &&
      lemma_eq(ac->w[head(ac, h)].lemma, "take"))
    return false;
  /* "Denmark's Prime Minister, Mette Frederiksen, said", "a spokesman
   * for Hamas, Hazem Qassem": an office named with its holder after a
   * comma is the holder */
  if ((w->upos == NLP_UPOS_NOUN || w->upos == NLP_UPOS_PROPN) &&
      person_title(ac, h)) {
    int lo, hi;
    sent_range(ac, h, &lo, &hi);
    for (int k = h + 2; k < hi; k++)
      if (head(ac, k) == h && dep(ac, k) == NLP_DEP_APPOS &&
          ac->w[k].upos == NLP_UPOS_PROPN && is_proper(ac, k) &&
          wis(ac, k - 1, ",")) {
        /* (the name's first word: "Mette" of "Mette Frederiksen") */
        int a, b;
        name_span(ac, k, &a, &b);
        if (a > 0 && wis(ac, a - 1, ",")) {
          named(ac, a, b, k, out);
          if (out->ent && out->ent->kind != ENT_PERSON)
            break; /* ("the president, Nigeria": no holder) */
          /* (of the country that owns the office) */
          if (!out->country)
            out->country = office_country(ac, h);
          remember(ac, out);
          return true;
        }
      }
  }
  /* "France's ambassador to Niger Sylvain Itte": the envoy named after
   * the place sent to */
  if ((w->upos == NLP_UPOS_NOUN || w->upos == NLP_UPOS_PROPN) &&
      envoy_title(ac, h)) {
    int lo, hi;
    sent_range(ac, h, &lo, &hi);
    for (int k = h + 2; k < hi; k++) {
      if (head(ac, k) != h || ac->w[k].upos != NLP_UPOS_PROPN ||
          nlp_dep_universal(dep(ac, k)) != NLP_DEP_NMOD)
        continue;
      int a, b, f = wis(ac, h + 2, "the") ? h + 3 : h + 2;
      name_span(ac, k, &a, &b);
      if (!wis(ac, h + 1, "to") || a <= f)
        break;
      named(ac, a, b, k, out);
      if (out->ent && out->ent->kind != ENT_PERSON)
        break;
      if (!out->country)
        out->country = office_country(ac, h);
      remember(ac, out);
      return true;
    }
  }
  if ((w->upos == NLP_UPOS_NOUN || w->upos == NLP_UPOS_ADJ ||
       w->upos == NLP_UPOS_PROPN) &&
      person_title(ac, h) && office_reference(ac, h, out))
    return true;
  if (w->upos == NLP_UPOS_NOUN && noun_reference(ac, h, out))
    return true;
  if (is_proper(ac, h))
    return proper_actor(ac, h, out);
  if (w->upos == NLP_UPOS_ADJ) { /* "Israeli" in "Israeli strikes" */
    const gaz_entity *e = gaz_lookup(ac->g, ac->text, w->start, w->end);
    if (!e)
      return false;
    from_entity(e, h, out);
    return true;
  }
  if (led_actor(ac, h, out))
    return true;
  return common_actor(ac, h, out);
}

bool actor_of(actor_ctx *ac, int h, ev_actor *out) {
  /* (words that stand for one another, an apposition for its name and a
   * name for its apposition, in a text the parser misread: no answer
   * rather than no end) */
  if (ac->depth >= ACTOR_MAX_DEPTH)
    return false;
  ac->depth++;
  bool ok = actor_of_word(ac, h, out);
  ac->depth--;
  /* (a maker's code of a model names a machine, no one: "F-16", "Su-25") */
  if (!ok ||
      (out->kind == ACT_NAMED && !out->ent && out->first >= 0 &&
       out->last == out->first + 2 && actor_model_letters(ac, out->first)))
    return false;
  /* "Angry farmers blocked the road.  They ...": the last plural a
   * clause had as its subject (a name or not) */
  if (out->plural && ac->w[h].upos != NLP_UPOS_PRON &&
      (dep(ac, h) == NLP_DEP_NSUBJ || dep(ac, h) == NLP_DEP_NSUBJ_PASS)) {
    ac->last_plural = *out;
    ac->have_plural = true;
  }
  return true;
}

bool actor_is_person(const actor_ctx *ac, const ev_actor *a) {
  return person_actor(ac, a);
}

bool actor_peek(actor_ctx *ac, int h, ev_actor *out) {
  actor_ctx keep = *ac;
  bool ok = actor_of(ac, h, out);
  *ac = keep;
  return ok;
}

/* Common nouns that name a place by a name before them: "Iraq's
 * Kurdistan region", "the city of Kharkiv", "the Armenian capital of
 * Yerevan" is the name itself. */
bool actor_place_noun(const nlp_word *w) { return place_noun(w); }

static bool place_noun(const nlp_word *w) {
  static const char *const l[] = {"region", "province", "city", "town",
                                  "district", "village", "state", "area",
                                  "county", "governorate", "territory",
                                  "enclave", "port", "island", "coast",
                                  "municipality", "prefecture",
                                  "oblast", "commune", "suburb", "outskirt",
                                  "archipelago", "peninsula", "valley",
                                  "capital", "neighbourhood", "neighborhood",
                                  NULL};
  for (size_t k = 0; w->lemma && l[k]; k++)
    if (lemma_eq(w->lemma, l[k]))
      return true;
  return false;
}

/* "the Pazarcik district in Kahramanmaras Province": the country of the
 * known place an unknown one is said to be in, or NULL. */
static const char *within_country(actor_ctx *ac, int h) {
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  for (int i = h + 1; i < hi; i++) {
    ev_actor in;
    if (head(ac, i) != h || nlp_dep_universal(dep(ac, i)) != NLP_DEP_NMOD)
      continue;
    bool marked = false;
    for (int k = lo; k < i && !marked; k++)
      marked = head(ac, k) == i && dep(ac, k) == NLP_DEP_CASE &&
               wis(ac, k, "in");
    if (marked && place_of(ac, i, &in) && in.ent)
      return entity_country(in.ent);
  }
  return NULL;
}

/* "wrote on Twitter in English": a language is no place. */
static bool language_phrase(const actor_ctx *ac, int h) {
  static const char *const languages[] = {
      "English",  "French",    "Arabic",  "Spanish", "Russian", "Chinese",
      "Mandarin", "Persian",   "Farsi",   "Urdu",    "Hindi",   "Portuguese",
      "German",   "Turkish",   "Hebrew",  "Swahili", "Italian", "Japanese",
      "Korean",   "Ukrainian", "Bengali", "Pashto",  "Dari",    "Amharic"};
  if (!word_in(ac, h, languages, ARRAY_SIZE(languages)))
    return false;
  int lo, hi;
  sent_range(ac, h, &lo, &hi);
  return h > lo && wis(ac, h - 1, "in") &&
         !(h + 1 < hi && ac->w[h + 1].upos == NLP_UPOS_NOUN);
}

bool place_of(actor_ctx *ac, int h, ev_actor *out) {
  const nlp_word *w = &ac->w[h];
  if (language_phrase(ac, h))
    return false;
  /* "a Kenyan shopping mall", "a Turkish market": a public place named
   * with its land's word is in that land (not a seat abroad, "the Israeli
   * embassy", nor a kitchen's, "an Indian restaurant") */
  static const char *const sites[] = {
      "mall",        "malls",  "market",  "markets", "marketplace", "bazaar",
      "supermarket", "mosque", "mosques", "church",  "churches",    "cathedral",
      "synagogue",   "shrine", "campus",  "stadium", "square"};
  if (!is_proper(ac, h) && w->upos == NLP_UPOS_NOUN &&
      word_in(ac, h, sites, ARRAY_SIZE(sites)) && of_phrase(ac, h) < 0) {
    int pm = proper_modifier(ac, h);
    ev_actor pl;
    if (pm >= 0 && dep(ac, pm) == NLP_DEP_AMOD && place_of(ac, pm, &pl) &&
        pl.ent && pl.ent->kind == ENT_COUNTRY) {
      *out = pl;
      return true;
    }
  }
  if (!is_proper(ac, h) && place_noun(w)) {
    /* "Iraq's Kurdistan region", "the city of Kharkiv"; "the Ukrainian
     * city of Kupiansk" is Kupiansk, in Ukraine (but "the Kurdistan
     * region of Iraq" is Kurdistan) */
    int pm = proper_modifier(ac, h), o = of_phrase(ac, h);
    if (o < 0) /* ("the Armenian capital, Yerevan") */
      o = child(ac, h, NLP_DEP_APPOS);
    /* (a capital is its city's name: "the Lebanese capital" alone is no
     * place named) */
    if (o < 0 && lemma_eq(w->lemma, "capital"))
      return false;
    const char *adj = NULL;
    ev_actor pa, pb;
    /* (a land named after "of" is the place when the word before the noun
     * is a land as well or no place known: "the French territory of New
     * Caledonia" is New Caledonia, of France, and so is "the Pacific
     * territory of New Caledonia"; "the Kurdistan region of Iraq" is
     * Kurdistan) */
    bool lands =
        pm >= 0 && o >= 0 && is_proper(ac, o) && place_of(ac, o, &pa) &&
        pa.ent && pa.ent->kind == ENT_COUNTRY &&
        (!place_of(ac, pm, &pb) || !pb.ent || pb.ent->kind == ENT_COUNTRY);
    if (pm >= 0 && o >= 0 && is_proper(ac, o) &&
        (lands ||
         !(place_of(ac, o, &pa) && pa.ent && pa.ent->kind == ENT_COUNTRY))) {
      adj = place_of(ac, pm, &pa) && pa.ent
                ? (pa.country ? pa.country : pa.name)
                : NULL;
      pm = -1;
    }
    if (pm < 0)
      pm = o >= 0 && is_proper(ac, o) ? o : -1;
    if (pm < 0 || !place_of(ac, pm, out))
      return false;
    if (!out->country && adj && strcmp(adj, out->name) != 0)
      out->country = adj;
    if (!out->country) {
      int p = child(ac, h, NLP_DEP_NMOD_POSS);
      ev_actor pa;
      if (p >= 0 && is_proper(ac, p) && actor_of(ac, p, &pa))
        out->country = actor_land(ac, &pa);
    }
    if (!out->country && !out->ent)
      out->country = within_country(ac, h);
    return true;
  }
  if (!is_proper(ac, h))
    return false;
  int a, b;
  name_span(ac, h, &a, &b);
  const gaz_entity *e =
      gaz_lookup(ac->g, ac->text, ac->w[a].start, ac->w[b].end);
  /* ("Kahramanmaras Province", "Donetsk Region": the name without the
   * kind of place) */
  static const char *const kinds[] = {"Province", "Region", "District",
                                      "State", "County", "Governorate",
                                      "Oblast", "Prefecture"};
  if (!e && b > a && word_in(ac, b, kinds, ARRAY_SIZE(kinds)))
    e = gaz_lookup(ac->g, ac->text, ac->w[a].start, ac->w[b - 1].end);
  if (e && (e->kind == ENT_PERSON || e->kind == ENT_ORG ||
            e->kind == ENT_GROUP || e->kind == ENT_MEDIA))
    return false;
  if (e) {
    from_entity(e, h, out);
    out->name = e->name; /* a capital is a place here, not a government */
    /* ("Santiago, Cuba": a namesake abroad) */
    const char *ns = namesake_land(ac, b, e);
    if (ns)
      out->country = ns;
    return true;
  }
  /* an unknown name: a place only when tagged a singular proper noun
   * ("in Derna"), not a capitalised common word ("in Rivers"), nor a
   * person's name after a title ("no confidence in Prime Minister X") */
  if (w->xpos != NLP_XPOS_NNP || (a > 0 && person_title(ac, a - 1)) ||
      is_title(ac, a))
    return false;
  named(ac, a, b, h, out);
  /* ("broke into the Mexican Embassy": a state's seat abroad is in
   * another country, the one its "in" phrase names if any) */
  static const char *const seats[] = {"embassy", "consulate", "mission"};
  if (word_in(ac, b, seats, ARRAY_SIZE(seats)))
    out->country = within_country(ac, h);
  return true;
}

bool actor_last_name_of(const char *one, const char *full) {
  size_t m = strlen(full);
  if (strchr(one, ' ') || m <= strlen(one) || !ends_with_word(full, one))
    return false;
  for (size_t i = 0; i < m; i++)
    if ((i == 0 || full[i - 1] == ' ') && !g_ascii_isupper(full[i]))
      return false;
  return true;
}

/* Is a's name the last name of b, a person ("Gillard" of "Julia
 * Gillard", as a headline names one the text names in full)? */
static bool surname_of(const ev_actor *a, const ev_actor *b) {
  return a->kind == ACT_NAMED && b->kind == ACT_NAMED &&
         (!b->ent || b->ent->kind == ENT_PERSON) &&
         actor_last_name_of(a->name, b->name);
}

bool actors_share(const ev_actor *a, size_t na, const ev_actor *b, size_t nb) {
  for (size_t i = 0; i < na; i++)
    for (size_t j = 0; j < nb; j++) {
      const char *ca = a[i].country, *cb = b[j].country;
      if (strcmp(a[i].name, b[j].name) == 0 ||
          (ca && strcmp(ca, b[j].name) == 0) ||
          (cb && strcmp(cb, a[i].name) == 0) || surname_of(&a[i], &b[j]) ||
          surname_of(&b[j], &a[i]))
        return true;
    }
  return false;
}
