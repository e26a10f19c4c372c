/*
 * types.c - the CAMEO root categories and their quad classes.
 */
#include "internal.h"

static const char *const slugs[ANNALS_TYPE_COUNT] = {
    NULL,
    "statement",
    "appeal",
    "intend-cooperation",
    "consult",
    "diplomatic-cooperation",
    "material-cooperation",
    "aid",
    "yield",
    "investigate",
    "demand",
    "disapprove",
    "reject",
    "threaten",
    "protest",
    "force-posture",
    "reduce-relations",
    "coerce",
    "assault",
    "fight",
    "mass-violence",
};

const char *annals_type_slug(annals_type t) {
  if ((int)t <= 0 || (int)t >= ANNALS_TYPE_COUNT)
    return NULL;
  return slugs[t];
}

annals_type annals_type_from_slug(const char *slug) {
  if (!slug)
    return ANNALS_TYPE_NONE;
  for (int i = 1; i < ANNALS_TYPE_COUNT; i++)
    if (strcmp(slugs[i], slug) == 0)
      return (annals_type)i;
  return ANNALS_TYPE_NONE;
}

const char *annals_type_suggest(const char *slug) {
  if (!slug)
    return NULL;
  char low[48];
  size_t n = 0;
  for (; slug[n] && n + 1 < sizeof low; n++) {
    char c = slug[n];
    low[n] = (char)((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c == '_' || c == ' ' ? '-' : c);
  }
  low[n] = '\0';
  int best = 99;
  const char *best_slug = NULL;
  for (int i = 1; i < ANNALS_TYPE_COUNT; i++) {
    int dist = annals_edit_distance(low, slugs[i]);
    if (dist < best) {
      best = dist;
      best_slug = slugs[i];
    }
  }
  /* Close enough: at most a third of the word wrong. */
  size_t len = strlen(low);
  if (best_slug && best <= (int)(len / 3 + 1))
    return best_slug;
  /* A prefix ("material" for material-cooperation) also counts. */
  for (int i = 1; i < ANNALS_TYPE_COUNT && len >= 4; i++)
    if (strncmp(slugs[i], low, len) == 0)
      return slugs[i];
  return annals_type_synonym(low);
}

/* Words people write for an event type, and the CAMEO root they belong
 * to (CAMEO 1.1b3 codebook: rallies and riots are 14 "protest", clashes
 * 19 "fight", arrests 17 "coerce", sanctions 16 "reduce relations"...). */
static const struct {
  const char *word;
  annals_type type;
} synonyms[] = {
    {"rally", ANNALS_TYPE_PROTEST},
    {"demonstration", ANNALS_TYPE_PROTEST},
    {"demo", ANNALS_TYPE_PROTEST},
    {"march", ANNALS_TYPE_PROTEST},
    {"riot", ANNALS_TYPE_PROTEST},
    {"sit-in", ANNALS_TYPE_PROTEST},
    {"boycott", ANNALS_TYPE_PROTEST},
    {"hunger-strike", ANNALS_TYPE_PROTEST},
    {"attack", ANNALS_TYPE_FIGHT},
    {"airstrike", ANNALS_TYPE_FIGHT},
    {"air-strike", ANNALS_TYPE_FIGHT},
    {"strike", ANNALS_TYPE_FIGHT},
    {"shelling", ANNALS_TYPE_FIGHT},
    {"battle", ANNALS_TYPE_FIGHT},
    {"clash", ANNALS_TYPE_FIGHT},
    {"skirmish", ANNALS_TYPE_FIGHT},
    {"war", ANNALS_TYPE_FIGHT},
    {"combat", ANNALS_TYPE_FIGHT},
    {"offensive", ANNALS_TYPE_FIGHT},
    {"invasion", ANNALS_TYPE_FIGHT},
    {"occupation", ANNALS_TYPE_FIGHT},
    {"bombing", ANNALS_TYPE_ASSAULT},
    {"suicide-bombing", ANNALS_TYPE_ASSAULT},
    {"kidnapping", ANNALS_TYPE_ASSAULT},
    {"abduction", ANNALS_TYPE_ASSAULT},
    {"assassination", ANNALS_TYPE_ASSAULT},
    {"torture", ANNALS_TYPE_ASSAULT},
    {"massacre", ANNALS_TYPE_MASS_VIOLENCE},
    {"genocide", ANNALS_TYPE_MASS_VIOLENCE},
    {"ethnic-cleansing", ANNALS_TYPE_MASS_VIOLENCE},
    {"arrest", ANNALS_TYPE_COERCE},
    {"detention", ANNALS_TYPE_COERCE},
    {"crackdown", ANNALS_TYPE_COERCE},
    {"repression", ANNALS_TYPE_COERCE},
    {"coup", ANNALS_TYPE_COERCE},
    {"expulsion", ANNALS_TYPE_COERCE},
    {"sanction", ANNALS_TYPE_REDUCE_RELATIONS},
    {"embargo", ANNALS_TYPE_REDUCE_RELATIONS},
    {"break", ANNALS_TYPE_REDUCE_RELATIONS},
    {"recall", ANNALS_TYPE_REDUCE_RELATIONS},
    {"exercise", ANNALS_TYPE_FORCE_POSTURE},
    {"drill", ANNALS_TYPE_FORCE_POSTURE},
    {"mobilization", ANNALS_TYPE_FORCE_POSTURE},
    {"mobilisation", ANNALS_TYPE_FORCE_POSTURE},
    {"deployment", ANNALS_TYPE_FORCE_POSTURE},
    {"blockade", ANNALS_TYPE_FORCE_POSTURE},
    {"threat", ANNALS_TYPE_THREATEN},
    {"ultimatum", ANNALS_TYPE_THREATEN},
    {"warning", ANNALS_TYPE_THREATEN},
    {"condemnation", ANNALS_TYPE_DISAPPROVE},
    {"criticism", ANNALS_TYPE_DISAPPROVE},
    {"accusation", ANNALS_TYPE_DISAPPROVE},
    {"complaint", ANNALS_TYPE_DISAPPROVE},
    {"lawsuit", ANNALS_TYPE_DISAPPROVE},
    {"rejection", ANNALS_TYPE_REJECT},
    {"refusal", ANNALS_TYPE_REJECT},
    {"veto", ANNALS_TYPE_REJECT},
    {"request", ANNALS_TYPE_APPEAL},
    {"call", ANNALS_TYPE_APPEAL},
    {"plea", ANNALS_TYPE_APPEAL},
    {"meeting", ANNALS_TYPE_CONSULT},
    {"talks", ANNALS_TYPE_CONSULT},
    {"talk", ANNALS_TYPE_CONSULT},
    {"visit", ANNALS_TYPE_CONSULT},
    {"summit", ANNALS_TYPE_CONSULT},
    {"negotiation", ANNALS_TYPE_CONSULT},
    {"mediation", ANNALS_TYPE_CONSULT},
    {"agreement", ANNALS_TYPE_DIPLOMATIC_COOPERATION},
    {"treaty", ANNALS_TYPE_DIPLOMATIC_COOPERATION},
    {"deal", ANNALS_TYPE_DIPLOMATIC_COOPERATION},
    {"recognition", ANNALS_TYPE_DIPLOMATIC_COOPERATION},
    {"alliance", ANNALS_TYPE_DIPLOMATIC_COOPERATION},
    {"cooperation", ANNALS_TYPE_MATERIAL_COOPERATION},
    {"trade", ANNALS_TYPE_MATERIAL_COOPERATION},
    {"donation", ANNALS_TYPE_AID},
    {"relief", ANNALS_TYPE_AID},
    {"assistance", ANNALS_TYPE_AID},
    {"ceasefire", ANNALS_TYPE_YIELD},
    {"cease-fire", ANNALS_TYPE_YIELD},
    {"truce", ANNALS_TYPE_YIELD},
    {"withdrawal", ANNALS_TYPE_YIELD},
    {"release", ANNALS_TYPE_YIELD},
    {"resignation", ANNALS_TYPE_YIELD},
    {"surrender", ANNALS_TYPE_YIELD},
    {"concession", ANNALS_TYPE_YIELD},
    {"investigation", ANNALS_TYPE_INVESTIGATE},
    {"inquiry", ANNALS_TYPE_INVESTIGATE},
    {"probe", ANNALS_TYPE_INVESTIGATE},
    {"speech", ANNALS_TYPE_STATEMENT},
    {"announcement", ANNALS_TYPE_STATEMENT},
    {"comment", ANNALS_TYPE_STATEMENT},
    {"election", ANNALS_TYPE_STATEMENT},
    {"vote", ANNALS_TYPE_STATEMENT},
    {"referendum", ANNALS_TYPE_STATEMENT},
    {"ruling", ANNALS_TYPE_STATEMENT},
    {"verdict", ANNALS_TYPE_STATEMENT},
    {"disaster", ANNALS_TYPE_STATEMENT},
    {"earthquake", ANNALS_TYPE_STATEMENT},
    {"flood", ANNALS_TYPE_STATEMENT},
    {"report", ANNALS_TYPE_STATEMENT},
};

const char *annals_type_synonym(const char *word) {
  if (!word)
    return NULL;
  char w[48];
  size_t n = 0;
  for (; word[n] && n + 1 < sizeof w; n++) {
    char c = word[n];
    w[n] = (char)((c >= 'A' && c <= 'Z')       ? c - 'A' + 'a'
                  : (c == '_' || c == ' ') ? '-'
                                           : c);
  }
  w[n] = '\0';
  /* Plurals: rallies, clashes, strikes, talks. */
  for (int pass = 0; pass < 3; pass++) {
    char cand[48];
    g_strlcpy(cand, w, sizeof cand);
    size_t len = strlen(cand);
    if (pass == 1) {
      if (len > 3 && strcmp(cand + len - 3, "ies") == 0)
        strcpy(cand + len - 3, "y");
      else if (len > 2 && cand[len - 1] == 's')
        cand[len - 1] = '\0';
      else
        continue;
    } else if (pass == 2) {
      if (len > 3 && strcmp(cand + len - 2, "es") == 0)
        cand[len - 2] = '\0';
      else
        continue;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(synonyms); i++)
      if (strcmp(synonyms[i].word, cand) == 0)
        return annals_type_slug(synonyms[i].type);
  }
  return NULL;
}

annals_quad annals_type_quad(annals_type t) {
  int c = (int)t;
  if (c >= 1 && c <= 5)
    return ANNALS_QUAD_VERBAL_COOPERATION;
  if (c >= 6 && c <= 9)
    return ANNALS_QUAD_MATERIAL_COOPERATION;
  if (c >= 10 && c <= 14)
    return ANNALS_QUAD_VERBAL_CONFLICT;
  if (c >= 15 && c <= 20)
    return ANNALS_QUAD_MATERIAL_CONFLICT;
  return ANNALS_QUAD_NONE;
}

const char *annals_quad_slug(annals_quad q) {
  switch (q) {
  case ANNALS_QUAD_VERBAL_COOPERATION:
    return "verbal-cooperation";
  case ANNALS_QUAD_MATERIAL_COOPERATION:
    return "material-cooperation";
  case ANNALS_QUAD_VERBAL_CONFLICT:
    return "verbal-conflict";
  case ANNALS_QUAD_MATERIAL_CONFLICT:
    return "material-conflict";
  case ANNALS_QUAD_NONE:
    break;
  }
  return NULL;
}
