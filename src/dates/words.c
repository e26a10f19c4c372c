/*
 * dates/words.c - reads the word list of the date finder (words.txt):
 * sections "[class]" of lines "word value [flag]", where values and
 * flags are numbers or names the class knows ("year", "plural").
 */
#include "dates/dates.h"

typedef struct {
  const char *name;
  int value;
} sym;

static const sym units[] = {
    {"sec", U_SEC},         {"min", U_MIN},         {"hour", U_HOUR},
    {"day", U_DAY},         {"night", U_NIGHT},     {"week", U_WEEK},
    {"fortnight", U_FORTNIGHT}, {"weekend", U_WEEKEND}, {"month", U_MONTH},
    {"quarter", U_QUARTER}, {"halfyear", U_HALFYEAR}, {"year", U_YEAR},
    {"decade", U_DECADE},   {"century", U_CENTURY}, {"millennium", U_MILLENNIUM},
    {NULL, 0}};
static const sym seasons[] = {{"spring", S_SP},
                              {"summer", S_SU},
                              {"autumn", S_FA},
                              {"winter", S_WI},
                              {NULL, 0}};
static const sym parts[] = {{"morning", P_MO}, {"afternoon", P_AF},
                            {"evening", P_EV}, {"night", P_NI},
                            {"daytime", P_DT}, {NULL, 0}};
static const sym refs[] = {{"past", REF_PAST},
                           {"present", REF_PRESENT},
                           {"future", REF_FUTURE},
                           {NULL, 0}};
static const sym rels[] = {
    {"last", R_LAST},       {"this", R_THIS},       {"next", R_NEXT},
    {"past", R_PAST},       {"coming", R_COMING},   {"previous", R_PREV},
    {"following", R_FOLLOW}, {"same", R_SAME},      {"that", R_THAT},
    {"current", R_CURRENT}, {"latest", R_LATEST},   {"these", R_THESE},
    {"those", R_THOSE},     {NULL, 0}};
static const sym edges[] = {
    {"start", E_START}, {"mid", E_MID}, {"end", E_END}, {NULL, 0}};
static const sym approx[] = {
    {"plain", 0}, {"approx", 1}, {"bound", 2}, {NULL, 0}};
static const sym preps[] = {
    {"in", PR_IN},         {"on", PR_ON},         {"at", PR_AT},
    {"since", PR_SINCE},   {"until", PR_UNTIL},   {"by", PR_BY},
    {"from", PR_FROM},     {"during", PR_DURING}, {"through", PR_THROUGH},
    {"within", PR_WITHIN}, {"for", PR_FOR},       {"between", PR_BETWEEN},
    {"as", PR_AS},         {NULL, 0}};
static const sym date_flags[] = {
    {"abbr", LX_ABBR}, {"ambig", LX_AMBIG}, {NULL, 0}};
static const sym plural[] = {{"plural", 1}, {NULL, 0}};
static const sym signal_flag[] = {{"signal", 1}, {NULL, 0}};
static const sym noun[] = {{"noun", 1}, {NULL, 0}};
static const sym to[] = {{"to", 1}, {NULL, 0}};

/* Every class, with the names its values and flags may take. */
static const struct {
  const char *name;
  uint8_t cls;
  const sym *vals, *flags;
} classes[] = {
    {"month", C_MONTH, NULL, date_flags},
    {"wday", C_WDAY, NULL, date_flags},
    {"wdays", C_WDAYS, NULL, NULL},
    {"num", C_NUM, NULL, NULL},
    {"tens", C_TENS, NULL, NULL},
    {"hundred", C_HUNDRED, NULL, NULL},
    {"thousand", C_THOUSAND, NULL, NULL},
    {"dozen", C_DOZEN, NULL, NULL},
    {"ord", C_ORD, NULL, NULL},
    {"ordsuf", C_ORDSUF, NULL, NULL},
    {"unit", C_UNIT, units, plural},
    {"season", C_SEASON, seasons, date_flags},
    {"seasons", C_SEASONS, seasons, NULL},
    {"part", C_PART, parts, NULL},
    {"parts", C_PARTS, parts, NULL},
    {"clockw", C_CLOCKW, NULL, NULL},
    {"overnight", C_OVERNIGHT, NULL, NULL},
    {"dayword", C_DAYWORD, NULL, parts},
    {"ref", C_REF, refs, NULL},
    {"futurew", C_FUTUREW, NULL, NULL},
    {"recent", C_RECENT, NULL, NULL},
    {"presentw", C_PRESENTW, NULL, NULL},
    {"rel", C_REL, rels, NULL},
    {"ago", C_AGO, NULL, NULL},
    {"shift", C_SHIFT, NULL, signal_flag},
    {"edge", C_EDGE, edges, noun},
    {"approx", C_APPROX, approx, NULL},
    {"some", C_SOME, NULL, NULL},
    {"whole", C_WHOLE, NULL, NULL},
    {"more", C_MORE, NULL, NULL},
    {"than", C_THAN, NULL, NULL},
    {"least", C_LEAST, NULL, NULL},
    {"up", C_UP, NULL, NULL},
    {"to", C_TO, NULL, NULL},
    {"no", C_NO, NULL, NULL},
    {"a", C_A, NULL, NULL},
    {"the", C_THE, NULL, NULL},
    {"few", C_FEW, NULL, NULL},
    {"couple", C_COUPLE, NULL, NULL},
    {"half", C_HALF, NULL, NULL},
    {"and", C_AND, NULL, NULL},
    {"or", C_OR, NULL, NULL},
    {"of", C_OF, NULL, NULL},
    {"so", C_SO, NULL, NULL},
    {"prep", C_PREP, preps, NULL},
    {"fiscal", C_FISCAL, NULL, NULL},
    {"setw", C_SETW, units, NULL},
    {"every", C_EVERY, NULL, NULL},
    {"timesw", C_TIMESW, NULL, NULL},
    {"times", C_TIMES, NULL, NULL},
    {"ampm", C_AMPM, NULL, NULL},
    {"oclock", C_OCLOCK, NULL, NULL},
    {"clock", C_CLOCK, NULL, NULL},
    {"tz", C_TZ, NULL, NULL},
    {"decadew", C_DECADEW, NULL, NULL},
    {"period", C_PERIOD, NULL, NULL},
    {"term", C_TERM, NULL, NULL},
    {"timew", C_TIMEW, NULL, NULL},
    {"while", C_WHILE, NULL, NULL},
    {"near", C_NEAR, NULL, NULL},
    {"eve", C_EVE, NULL, NULL},
    {"holiday", C_HOLIDAY, NULL, NULL},
    {"trading", C_TRADING, NULL, NULL},
    {"calendar", C_CALENDAR, NULL, NULL},
    {"s", C_S, NULL, NULL},
    {"fut", C_FUT, NULL, to},
    {"pastv", C_PASTV, NULL, NULL},
    {"block", C_BLOCK, NULL, NULL},
    {"pubw", C_PUBW, NULL, NULL},
    {"era", C_ERA, NULL, NULL},
    {"agency", C_AGENCY, NULL, NULL},
    {"soon", C_SOON, NULL, NULL},
};

/* A value: a number in lo..hi, or a name of tab. */
static bool read_value(const char *f, const sym *tab, long lo, long hi,
                       int *out) {
  char *end;
  long v = strtol(f, &end, 10);
  if (end != f && *end == '\0' && v >= lo && v <= hi) {
    *out = (int)v;
    return true;
  }
  for (size_t k = 0; tab && tab[k].name; k++)
    if (strcmp(tab[k].name, f) == 0) {
      *out = tab[k].value;
      return true;
    }
  return false;
}

static int find_class(const char *name) {
  for (size_t k = 0; k < ARRAY_SIZE(classes); k++)
    if (strcmp(classes[k].name, name) == 0)
      return (int)k;
  return -1;
}

static bool word_ok(const char *w) {
  size_t n = strlen(w);
  if (n == 0 || n > TIMEX_MAXWORD)
    return false;
  for (size_t k = 0; k < n; k++)
    if (w[k] < 'a' || w[k] > 'z')
      return false;
  return true;
}

/* One line "word value [flag]" of class c into *out; false with err. */
static bool read_line(char *line, int c, timex_word *out, char *err,
                      size_t err_size) {
  char *f[4];
  int nf = 0;
  for (char *p = line; *p;) {
    while (*p == ' ' || *p == '\t')
      *p++ = '\0';
    if (!*p)
      break;
    if (nf == 4) {
      nf = 5;
      break;
    }
    f[nf++] = p;
    while (*p && *p != ' ' && *p != '\t')
      p++;
  }
  if (nf < 2 || nf > 3) {
    snprintf(err, err_size, "expected 'word value [flag]'");
    return false;
  }
  if (!word_ok(f[0])) {
    snprintf(err, err_size, "'%.40s' is not a word of 1 to %d letters a-z", f[0],
             TIMEX_MAXWORD);
    return false;
  }
  int v, v2 = 0;
  if (!read_value(f[1], classes[c].vals, -128, 127, &v)) {
    snprintf(err, err_size, "unknown value '%.40s' for class %s", f[1],
             classes[c].name);
    return false;
  }
  if (nf == 3 && !read_value(f[2], classes[c].flags, 0, 255, &v2)) {
    snprintf(err, err_size, "unknown flag '%.40s' for class %s", f[2],
             classes[c].name);
    return false;
  }
  g_strlcpy(out->w, f[0], sizeof out->w);
  out->cls = classes[c].cls;
  out->val = (int8_t)v;
  out->val2 = (uint8_t)v2;
  return true;
}

timex_word *timex_words_parse(const char *text, size_t len, size_t *n,
                              char *err, size_t err_size) {
  GArray *words = g_array_new(FALSE, FALSE, sizeof(timex_word));
  GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                           NULL);
  char msg[128] = "";
  int c = -1;
  unsigned line_no = 0;
  for (size_t p = 0; p < len && !msg[0];) {
    const char *nl = memchr(text + p, '\n', len - p);
    size_t e = nl ? (size_t)(nl - text) : len;
    char line[256];
    line_no++;
    g_strlcpy(line, text + p, MIN(sizeof line, e - p + 1));
    p = e + 1;
    char *hash = strchr(line, '#');
    if (hash)
      *hash = '\0';
    g_strstrip(line);
    if (!line[0])
      continue;
    if (line[0] == '[') {
      char *close = strchr(line, ']');
      if (!close || close[1] != '\0') {
        snprintf(msg, sizeof msg, "expected '[class]'");
        continue;
      }
      *close = '\0';
      if ((c = find_class(line + 1)) < 0)
        snprintf(msg, sizeof msg, "unknown class '%.40s'", line + 1);
      continue;
    }
    timex_word w;
    if (c < 0)
      snprintf(msg, sizeof msg, "a word before the first [class]");
    else if (read_line(line, c, &w, msg, sizeof msg)) {
      if (!g_hash_table_add(seen, g_strdup(w.w)))
        snprintf(msg, sizeof msg, "'%s' is listed twice", w.w);
      g_array_append_val(words, w);
    }
  }
  g_hash_table_destroy(seen);
  if (msg[0]) {
    snprintf(err, err_size, "line %u: %s", line_no, msg);
    g_array_free(words, TRUE);
    return NULL;
  }
  *n = words->len;
  return (timex_word *)(void *)g_array_free(words, FALSE);
}
