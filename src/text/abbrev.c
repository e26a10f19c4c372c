/*
 * text/abbrev.c - the abbreviation table (see text/abbrev.h): one
 * sorted list, looked up by binary search on the lowercased word.
 */
#include "text/abbrev.h"

/* Short names for the table only. */
enum {
  SPLIT = ABBREV_SPLIT,
  TOKEN = ABBREV_TOKEN,
  CAP = ABBREV_CAP,
  NUM = ABBREV_NUM,
};

typedef struct {
  const char *word; /* lowercase ASCII, at most ABBREV_MAX bytes */
  unsigned flags;
} abbrev;

#define ABBREV_MAX 7

/* Sorted by word (strcmp order). */
static const abbrev abbrevs[] = {
    {"adm", SPLIT | TOKEN}, {"al", TOKEN | CAP}, {"ala", TOKEN | CAP},
    {"amb", SPLIT}, {"approx", SPLIT | TOKEN}, {"apr", SPLIT | TOKEN},
    {"apt", TOKEN}, {"ariz", TOKEN | CAP}, {"ark", TOKEN | CAP},
    {"art", TOKEN | CAP}, {"assn", TOKEN}, {"asst", TOKEN},
    {"attn", TOKEN}, {"aug", SPLIT | TOKEN}, {"ave", TOKEN},
    {"bldg", TOKEN}, {"blvd", TOKEN}, {"brig", SPLIT}, {"bros", TOKEN},
    {"calif", TOKEN | CAP}, {"capt", SPLIT | TOKEN}, {"cdr", TOKEN},
    {"cf", TOKEN}, {"ch", TOKEN | CAP}, {"cmdr", SPLIT | TOKEN},
    {"co", SPLIT | TOKEN}, {"col", SPLIT | TOKEN | CAP},
    {"colo", TOKEN | CAP}, {"conf", TOKEN | CAP}, {"conn", TOKEN | CAP},
    {"corp", SPLIT | TOKEN}, {"cpl", SPLIT | TOKEN},
    {"ct", TOKEN | CAP}, {"dec", SPLIT | TOKEN}, {"del", TOKEN | CAP},
    {"dept", SPLIT | TOKEN}, {"dr", SPLIT | TOKEN},
    {"drs", TOKEN}, {"ect", TOKEN}, {"eg", TOKEN}, {"esp", TOKEN},
    {"est", SPLIT | TOKEN}, {"et", TOKEN}, {"etc", TOKEN},
    {"ext", TOKEN}, {"feb", SPLIT | TOKEN},
    {"fig", SPLIT | TOKEN | CAP}, {"figs", TOKEN}, {"fla", TOKEN | CAP},
    {"fr", TOKEN | CAP}, {"fri", SPLIT | TOKEN | CAP},
    {"ft", SPLIT | TOKEN | CAP}, {"ga", TOKEN | CAP},
    {"gen", SPLIT | TOKEN}, {"gens", SPLIT},
    {"gov", SPLIT | TOKEN}, {"govt", TOKEN}, {"hon", SPLIT | TOKEN},
    {"hrs", TOKEN}, {"hwy", TOKEN}, {"ill", TOKEN | CAP},
    {"inc", SPLIT | TOKEN}, {"incl", TOKEN}, {"ind", TOKEN | CAP},
    {"insp", SPLIT}, {"jan", SPLIT | TOKEN},
    {"jr", SPLIT | TOKEN}, {"jul", SPLIT | TOKEN},
    {"jun", SPLIT | TOKEN}, {"kan", TOKEN | CAP}, {"kans", TOKEN | CAP},
    {"ky", TOKEN | CAP}, {"la", TOKEN | CAP}, {"lb", TOKEN}, {"lbs", TOKEN},
    {"lieut", SPLIT}, {"lt", SPLIT | TOKEN},
    {"ltd", SPLIT | TOKEN}, {"maj", SPLIT | TOKEN},
    {"mar", SPLIT | TOKEN | CAP}, {"mass", TOKEN | CAP},
    {"md", TOKEN | CAP}, {"messrs", SPLIT | TOKEN},
    {"mich", TOKEN | CAP}, {"minn", TOKEN | CAP}, {"mins", TOKEN},
    {"miss", TOKEN | CAP}, {"mo", TOKEN | CAP}, {"mon", SPLIT | TOKEN | CAP},
    {"mont", TOKEN | CAP}, {"mr", SPLIT | TOKEN},
    {"mrs", SPLIT | TOKEN}, {"ms", SPLIT | TOKEN},
    {"mt", SPLIT | TOKEN}, {"neb", TOKEN | CAP}, {"nev", TOKEN | CAP},
    {"no", SPLIT | TOKEN | CAP | NUM},
    {"nos", SPLIT | TOKEN | CAP | NUM}, {"nov", SPLIT | TOKEN},
    {"oct", SPLIT | TOKEN}, {"okla", TOKEN | CAP}, {"op", TOKEN | CAP},
    {"ore", TOKEN | CAP}, {"oz", TOKEN}, {"pa", TOKEN | CAP},
    {"para", TOKEN | CAP}, {"penn", TOKEN | CAP}, {"ph", TOKEN | CAP},
    {"pl", TOKEN | CAP}, {"pp", SPLIT | TOKEN},
    {"pres", SPLIT | TOKEN | CAP}, {"prof", SPLIT | TOKEN},
    {"ps", TOKEN}, {"pt", TOKEN | CAP}, {"pvt", SPLIT | TOKEN},
    {"que", TOKEN | CAP}, {"rd", TOKEN | CAP}, {"ref", TOKEN | CAP},
    {"rep", SPLIT | TOKEN | CAP}, {"reps", TOKEN | CAP},
    {"rev", SPLIT | TOKEN}, {"sat", SPLIT | TOKEN | CAP},
    {"sc", TOKEN | CAP}, {"sec", TOKEN | CAP}, {"sen", SPLIT | TOKEN},
    {"sep", SPLIT | TOKEN}, {"sept", SPLIT | TOKEN},
    {"sgt", SPLIT | TOKEN}, {"sheikh", SPLIT}, {"spec", TOKEN | CAP},
    {"sq", TOKEN | CAP}, {"sr", SPLIT | TOKEN},
    {"st", SPLIT | TOKEN}, {"ste", TOKEN | CAP}, {"sts", TOKEN},
    {"sun", SPLIT | TOKEN | CAP}, {"supt", SPLIT | TOKEN},
    {"tenn", TOKEN | CAP}, {"tex", TOKEN | CAP}, {"thu", SPLIT | TOKEN | CAP},
    {"thur", TOKEN}, {"thurs", SPLIT | TOKEN}, {"tue", SPLIT | TOKEN | CAP},
    {"tues", SPLIT | TOKEN}, {"univ", SPLIT | TOKEN},
    {"va", TOKEN | CAP}, {"viz", TOKEN}, {"vol", SPLIT | TOKEN | CAP},
    {"vols", TOKEN | CAP}, {"vs", SPLIT | TOKEN}, {"vt", TOKEN | CAP},
    {"wash", TOKEN | CAP}, {"wed", SPLIT | TOKEN | CAP}, {"wis", TOKEN | CAP},
    {"wyo", TOKEN | CAP}, {"yrs", TOKEN},
};

unsigned abbrev_lookup(const char *s, size_t len) {
  char w[ABBREV_MAX + 1];
  if (len == 0 || len > ABBREV_MAX)
    return 0;
  for (size_t k = 0; k < len; k++) {
    unsigned char c = (unsigned char)s[k] | 0x20; /* lowercase letters */
    if (c < 'a' || c > 'z')
      return 0;
    w[k] = (char)c;
  }
  w[len] = '\0';
  /* The splitter asks about the last word of every sentence, so the
   * search is inline, and most probes are settled by the first letter. */
  size_t lo = 0, hi = ARRAY_SIZE(abbrevs);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *e = abbrevs[mid].word;
    int c = (unsigned char)w[0] - (unsigned char)e[0];
    if (c == 0)
      c = strcmp(w + 1, e + 1);
    if (c == 0)
      return abbrevs[mid].flags;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return 0;
}
