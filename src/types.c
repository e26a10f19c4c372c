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
