/*
 * gazetteer.c - named actors and places, from events/gazetteer.yaml and
 * the generated place gazetteer (both compiled in) and user files of the
 * same format (--gazetteer).
 *
 * Each entry is a mapping (see the comments of events/gazetteer.yaml):
 *   - name: Shehbaz Sharif     # canonical name (required)
 *     kind: person             # country|city|region|org|group|person
 *     aliases: [Sharif, "PM Shehbaz Sharif"]
 *     country: Pakistan        # the country a person or city stands for
 *     role: Prime Minister     # persons (optional)
 *     capital: true            # cities: used as a metonym ("Tehran said")
 *     plural: true             # names that take a plural verb ("Houthis")
 * Names and aliases go into one phrase table of lowercased word
 * sequences; a lookup finds the longest match at a capitalised word.
 */
#include "events/extract_int.h"

#include "gazetteer.inc"
/* Countries, regions and cities from iso-codes and WordNet, written at
 * build time by src/tool_places.c. */
#include "places.inc"

struct annals_gazetteer {
  phrase_table names;
  phrase_table lower;  /* names written in lowercase: "al-Qaeda" */
  GPtrArray *entities; /* gaz_entity, owned */
  GStringChunk *strings;
};

static const struct {
  const char *name;
  ent_kind kind;
} kinds[] = {
    {"country", ENT_COUNTRY}, {"city", ENT_CITY},   {"region", ENT_REGION},
    {"org", ENT_ORG},         {"group", ENT_GROUP}, {"person", ENT_PERSON},
    {"media", ENT_MEDIA},
};

static bool kind_parse(const char *s, ent_kind *k) {
  for (size_t i = 0; i < ARRAY_SIZE(kinds); i++)
    if (strcmp(s, kinds[i].name) == 0) {
      *k = kinds[i].kind;
      return true;
    }
  return false;
}

static annals_gazetteer *gaz_alloc(void) {
  annals_gazetteer *g = g_new0(annals_gazetteer, 1);
  phrase_init(&g->names);
  phrase_init(&g->lower);
  g->entities = g_ptr_array_new_with_free_func(g_free);
  g->strings = g_string_chunk_new(4096);
  return g;
}

void annals_gazetteer_free(annals_gazetteer *g) {
  if (!g)
    return;
  phrase_release(&g->names);
  phrase_release(&g->lower);
  g_ptr_array_free(g->entities, TRUE);
  g_string_chunk_free(g->strings);
  g_free(g);
}

size_t annals_gazetteer_count(const annals_gazetteer *g) {
  return g->entities->len;
}

static const char *keep(annals_gazetteer *g, const char *s) {
  return s ? g_string_chunk_insert_const(g->strings, s) : NULL;
}

/* A name that starts in lowercase ("al-Qaeda") also matches where the
 * text writes it so; others only where the text capitalises them. */
static void add_name(annals_gazetteer *g, const char *name, gaz_entity *x) {
  phrase_add(&g->names, name, x);
  if (name[0] >= 'a' && name[0] <= 'z')
    phrase_add(&g->lower, name, x);
}

annals_status annals_gazetteer_add(annals_gazetteer *g, const char *buf,
                                   size_t len, const char *name,
                                   annals_diags *d) {
  data_doc doc;
  annals_status st = data_load(buf, len, name, &doc, d);
  if (st != ANNALS_OK)
    return st;
  char q[80];
  for (size_t i = 0; i < doc.n; i++) {
    const data_entry *e = &doc.items[i];
    const char *nm = data_str(e, "name");
    const char *kd = data_str(e, "kind");
    ent_kind k;
    if (!nm || !*nm) {
      annals_diags_add(d, ANNALS_SEV_ERROR, name, e->line, e->column, SIZE_MAX,
                       "gazetteer entry has no 'name'");
      st = ANNALS_ERR_INPUT;
    }
    if (!kd) {
      annals_diags_add(d, ANNALS_SEV_ERROR, name, e->line, e->column, SIZE_MAX,
                       "gazetteer entry has no 'kind'");
      st = ANNALS_ERR_INPUT;
    } else if (!kind_parse(kd, &k)) {
      annals_diags_add(d, ANNALS_SEV_ERROR, name, e->line, e->column, SIZE_MAX,
                       "unknown kind '%s' (use country, city, region, org, "
                       "group or person)",
                       annals_quote(kd, strlen(kd), q, sizeof q));
      st = ANNALS_ERR_INPUT;
    }
    /* "country:" with no value would make the entry act for a country
     * with an empty name */
    const char *ct = data_str(e, "country");
    if (ct && ct[strspn(ct, " \t")] == '\0') {
      annals_diags_add(d, ANNALS_SEV_ERROR, name, e->line, e->column, SIZE_MAX,
                       "gazetteer entry has an empty 'country'");
      st = ANNALS_ERR_INPUT;
    }
    for (size_t j = 0; j < e->n; j++) {
      static const char *const known[] = {"name",    "kind", "aliases",
                                          "country", "role", "capital",
                                          "plural"};
      bool ok = false;
      for (size_t t = 0; t < ARRAY_SIZE(known); t++)
        ok = ok || strcmp(e->fields[j].key, known[t]) == 0;
      if (!ok)
        annals_diags_add(d, ANNALS_SEV_WARNING, name, e->line, e->column,
                         SIZE_MAX,
                         "unknown key '%s' in gazetteer entry (ignored)",
                         annals_quote(e->fields[j].key,
                                      strlen(e->fields[j].key), q, sizeof q));
    }
  }
  if (st != ANNALS_OK) {
    data_doc_release(&doc);
    return st;
  }
  for (size_t i = 0; i < doc.n; i++) {
    const data_entry *e = &doc.items[i];
    gaz_entity *x = g_new0(gaz_entity, 1);
    x->name = keep(g, data_str(e, "name"));
    kind_parse(data_str(e, "kind"), &x->kind);
    x->country = keep(g, data_str(e, "country"));
    if (x->kind == ENT_COUNTRY)
      x->country = x->name;
    x->role = keep(g, data_str(e, "role"));
    const char *cap = data_str(e, "capital");
    x->metonym = cap && strcmp(cap, "true") == 0;
    const char *pl = data_str(e, "plural");
    x->plural = pl && strcmp(pl, "true") == 0;
    g_ptr_array_add(g->entities, x);
    add_name(g, x->name, x);
    const data_field *al = data_get(e, "aliases");
    for (size_t j = 0; al && j < al->n; j++)
      add_name(g, al->values[j], x);
  }
  data_doc_release(&doc);
  return ANNALS_OK;
}

annals_gazetteer *annals_gazetteer_new(void) {
  annals_gazetteer *g = gaz_alloc();
  /* The generated places first, so that the hand-written entries, added
   * after them, win where both give a name a meaning.  Checked by the unit
   * tests: a failure leaves that file's entries out. */
  (void)annals_gazetteer_add(g, embed_places, (size_t)embed_places_len,
                             "places.yaml", NULL);
  (void)annals_gazetteer_add(g, embed_gazetteer, (size_t)embed_gazetteer_len,
                             "events/gazetteer.yaml", NULL);
  return g;
}

const gaz_entity *gazetteer_match(const annals_gazetteer *g, const word *w,
                                  size_t n, size_t i, size_t *len) {
  if (!(w[i].flags & WORD_CAP))
    return phrase_match(&g->lower, w, n, i, len);
  return phrase_match(&g->names, w, n, i, len);
}
