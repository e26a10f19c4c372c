/*
 * events/lexicon.c - the frame lexicon: events/frames.yaml (compiled in)
 * and user files of the same format (--lexicon), indexed by lemma and
 * part of speech.  The format is described at the top of frames.yaml.
 * A user frame with the same lemma, part of speech and constraints as a
 * bundled one replaces it.  Word classes ({class: diplomat, words: [...]})
 * name a list of lemmas once; "@diplomat" in a frame's list stands for
 * them, and is replaced by them when the frame is read.
 */
#include "events/events.h"

#include <stdlib.h>

#include "frames.inc"

struct annals_lexicon {
  GHashTable *index;   /* "lemma\tv" | "lemma\tn" -> GPtrArray of frame_def */
  GPtrArray *frames;   /* every frame_def, owned */
  GHashTable *classes; /* class name -> NULL-terminated word list */
  GStringChunk *strings;
};

static void frame_free(gpointer p) {
  frame_def *f = p;
  g_free((void *)f->obj);
  g_free((void *)f->of);
  g_free((void *)f->mod);
  g_free((void *)f->pobj);
  g_free((void *)f->subj);
  g_free((void *)f->then);
  g_free(f);
}

static void list_free(gpointer p) { g_ptr_array_free(p, TRUE); }

static annals_lexicon *lexicon_alloc(void) {
  annals_lexicon *lx = g_new0(annals_lexicon, 1);
  lx->index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, list_free);
  lx->frames = g_ptr_array_new_with_free_func(frame_free);
  lx->classes = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
  lx->strings = g_string_chunk_new(8192);
  return lx;
}

void annals_lexicon_free(annals_lexicon *lx) {
  if (!lx)
    return;
  g_hash_table_destroy(lx->index);
  g_ptr_array_free(lx->frames, TRUE);
  g_hash_table_destroy(lx->classes);
  g_string_chunk_free(lx->strings);
  g_free(lx);
}

size_t annals_lexicon_count(const annals_lexicon *lx) {
  return lx->frames->len;
}

static const char *keep(annals_lexicon *lx, const char *s) {
  return s ? g_string_chunk_insert_const(lx->strings, s) : NULL;
}

/* "@place", "@person" and "@body" are matched by the extractor itself. */
static bool builtin_class(const char *w) {
  return strcmp(w, "@place") == 0 || strcmp(w, "@person") == 0 ||
         strcmp(w, "@body") == 0;
}

/* The words of class reference w ("@diplomat"): the classes of the file
 * being read (pending), then those read before; NULL when unknown. */
static const char *const *class_words(const annals_lexicon *lx,
                                      GHashTable *pending, const char *w) {
  const char *const *l = pending ? g_hash_table_lookup(pending, w + 1) : NULL;
  return l ? l : g_hash_table_lookup(lx->classes, w + 1);
}

/* The words of field f (NULL when it has none) as a NULL-terminated
 * list, each class reference replaced by its words, and each word once. */
static const char **keep_list_with(annals_lexicon *lx, GHashTable *pending,
                                   const data_field *f) {
  if (!f || f->n == 0)
    return NULL;
  GPtrArray *l = g_ptr_array_new();
  for (size_t i = 0; i < f->n; i++) {
    const char *v = f->values[i];
    const char *const *cw =
        v[0] == '@' && !builtin_class(v) ? class_words(lx, pending, v) : NULL;
    const char *one[] = {v, NULL};
    for (const char *const *w = cw ? cw : one; *w; w++) {
      const char *k = keep(lx, *w);
      bool seen = false;
      for (guint j = 0; j < l->len && !seen; j++)
        seen = g_ptr_array_index(l, j) == k; /* interned */
      if (!seen)
        g_ptr_array_add(l, (gpointer)k);
    }
  }
  g_ptr_array_add(l, NULL);
  return (const char **)g_ptr_array_free(l, FALSE);
}

static const char **keep_list(annals_lexicon *lx, const data_field *f) {
  return keep_list_with(lx, NULL, f);
}

static const struct {
  const char *name;
  frame_complement c;
} complements[] = {
    {"event", FC_EVENT},   {"intent", FC_INTENT}, {"threat", FC_THREAT},
    {"refuse", FC_REFUSE}, {"negate", FC_NEGATE}, {"report", FC_REPORT},
    {"deny", FC_DENY},     {"order", FC_ORDER},   {"decide", FC_DECIDE},
    {"permit", FC_PERMIT},
};

static const char *const known_keys[] = {
    "lemma",     "pos",   "prt",  "prep",   "obj",   "of",         "type",
    "cameo",     "title", "noun", "tag",    "light", "complement", "strength",
    "possessor", "mod",   "pobj", "clause", "subj",  "naming",     "then",
};

static bool lists_equal(const char **a, const char **b) {
  if (!a || !b)
    return a == b;
  size_t i = 0;
  for (; a[i] && b[i]; i++)
    if (strcmp(a[i], b[i]) != 0)
      return false;
  return !a[i] && !b[i];
}

/* Same predicate and constraints: a later frame replaces the earlier. */
static bool same_frame(const frame_def *a, const frame_def *b) {
  return a->noun == b->noun && strcmp(a->lemma, b->lemma) == 0 &&
         g_strcmp0(a->prt, b->prt) == 0 && g_strcmp0(a->prep, b->prep) == 0 &&
         lists_equal(a->obj, b->obj) && lists_equal(a->of, b->of) &&
         lists_equal(a->mod, b->mod) && lists_equal(a->pobj, b->pobj) &&
         lists_equal(a->subj, b->subj) && lists_equal(a->then, b->then) &&
         a->needs_clause == b->needs_clause && a->no_clause == b->no_clause &&
         a->needs_naming == b->needs_naming;
}

/* Checks one entry; adds errors to d.  Returns false when it is bad. */
static bool check_entry(const data_entry *e, const char *name,
                        annals_diags *d) {
  char q[80];
  bool ok = true;
#define ERR(...)                                                               \
  do {                                                                         \
    annals_diags_add(d, ANNALS_SEV_ERROR, name, e->line, e->column, SIZE_MAX, \
                     __VA_ARGS__);                                             \
    ok = false;                                                                \
  } while (0)
  const char *lemma = data_str(e, "lemma"), *pos = data_str(e, "pos");
  if (!lemma || !*lemma)
    ERR("frame has no 'lemma'");
  if (!pos)
    ERR("frame has no 'pos' (verb or noun)");
  else if (strcmp(pos, "verb") != 0 && strcmp(pos, "noun") != 0)
    ERR("unknown pos '%s' (use verb or noun)",
        annals_quote(pos, strlen(pos), q, sizeof q));
  const char *light = data_str(e, "light");
  bool is_light = light && strcmp(light, "true") == 0;
  const char *ty = data_str(e, "type");
  const char *comp = data_str(e, "complement");
  bool none = ty && strcmp(ty, "none") == 0;
  if (ty && !none && annals_type_from_slug(ty) == ANNALS_TYPE_NONE) {
    const char *sug = annals_type_suggest(ty);
    if (sug)
      ERR("unknown event type '%s' (did you mean '%s'?)",
          annals_quote(ty, strlen(ty), q, sizeof q), sug);
    else
      ERR("unknown event type '%s'", annals_quote(ty, strlen(ty), q, sizeof q));
  }
  if (!ty && !is_light && !comp)
    ERR("frame has no 'type' (give one, or light: true)");
  if (data_get(e, "then") && pos && strcmp(pos, "noun") == 0)
    ERR("frame has 'then' but is a noun (then names a verb's infinitive)");
  if (data_get(e, "pobj") && !data_str(e, "prep"))
    ERR("frame has 'pobj' but no 'prep' (pobj names the noun after prep)");
  if (ty && !none && !data_str(e, "title"))
    ERR("frame has no 'title' (the headline verb phrase)");
  if (comp) {
    bool known = false;
    for (size_t i = 0; i < ARRAY_SIZE(complements); i++)
      known = known || strcmp(comp, complements[i].name) == 0;
    if (!known)
      ERR("unknown complement '%s' (event, intent, decide, threat, refuse, "
          "negate, report, deny, order or permit)",
          annals_quote(comp, strlen(comp), q, sizeof q));
  }
  const char *cl = data_str(e, "clause");
  if (cl && strcmp(cl, "true") != 0 && strcmp(cl, "false") != 0)
    ERR("clause '%s' must be true or false (or left out)",
        annals_quote(cl, strlen(cl), q, sizeof q));
  const char *nm = data_str(e, "naming");
  if (nm && strcmp(nm, "true") != 0)
    ERR("naming '%s' must be true (or left out)",
        annals_quote(nm, strlen(nm), q, sizeof q));
  const char *st = data_str(e, "strength");
  if (st) {
    char *end;
    double v = strtod(st, &end);
    if (*end || !(v >= 0 && v <= 1))
      ERR("strength '%s' is not a number from 0 to 1",
          annals_quote(st, strlen(st), q, sizeof q));
  }
  for (size_t j = 0; j < e->n; j++) {
    bool known = false;
    for (size_t t = 0; t < ARRAY_SIZE(known_keys); t++)
      known = known || strcmp(e->fields[j].key, known_keys[t]) == 0;
    if (!known)
      annals_diags_add(d, ANNALS_SEV_WARNING, name, e->line, e->column,
                       SIZE_MAX, "unknown key '%s' in frame (ignored)",
                       annals_quote(e->fields[j].key,
                                    strlen(e->fields[j].key), q, sizeof q));
  }
#undef ERR
  return ok;
}

/* The lists of a frame whose words may name a class. */
static const char *const list_keys[] = {"obj",  "of",   "mod",
                                        "pobj", "subj", "then"};

/* Does every "@name" in field f name a known class?  Adds an error for
 * each that does not. */
static bool check_refs(const annals_lexicon *lx, GHashTable *pending,
                       const data_field *f, const data_entry *e,
                       const char *name, annals_diags *d) {
  bool ok = true;
  for (size_t i = 0; f && i < f->n; i++) {
    const char *v = f->values[i];
    if (v[0] != '@' || builtin_class(v) || class_words(lx, pending, v))
      continue;
    char q[80], q1[80];
    annals_diags_add(d, ANNALS_SEV_ERROR, name, e->line, e->column, SIZE_MAX,
                     "unknown word class '%s' in '%s' (define it before its "
                     "first use: {class: %s, words: [...]}; '@place' and "
                     "'@person' are built in)",
                     annals_quote(v, strlen(v), q, sizeof q), f->key,
                     annals_quote(v + 1, strlen(v + 1), q1, sizeof q1));
    ok = false;
  }
  return ok;
}

static bool class_name_ok(const char *s) {
  if (!g_ascii_islower(s[0]))
    return false;
  for (; *s; s++)
    if (!g_ascii_islower(*s) && !g_ascii_isdigit(*s) && *s != '-')
      return false;
  return true;
}

/* Checks a class definition {class: NAME, words: [...]} and, when it is
 * good, adds it to pending (the classes of the file being read). */
static bool add_class(annals_lexicon *lx, GHashTable *pending,
                      const data_entry *e, const char *name,
                      annals_diags *d) {
  char q[80];
  const data_field *cf = data_get(e, "class"), *wf = data_get(e, "words");
  const char *cls = !cf->is_list && cf->n == 1 ? cf->values[0] : NULL;
  const char *qc = cls ? annals_quote(cls, strlen(cls), q, sizeof q) : "";
#define CERR(...)                                                              \
  do {                                                                         \
    annals_diags_add(d, ANNALS_SEV_ERROR, name, e->line, e->column, SIZE_MAX, \
                     __VA_ARGS__);                                             \
    return false;                                                              \
  } while (0)
  if (!cls || !class_name_ok(cls))
    CERR("a word class is named by one lowercase word (letters, digits, "
         "'-'), as in {class: diplomat, words: [ambassador, envoy]}");
  if (strcmp(cls, "place") == 0 || strcmp(cls, "person") == 0)
    CERR("word class '%s' is built in (a name the gazetteer knows); "
         "choose another name", qc);
  if (g_hash_table_lookup(pending, cls) || g_hash_table_lookup(lx->classes, cls))
    CERR("word class '%s' is already defined; choose another name", qc);
  if (!wf || !wf->is_list || wf->n == 0)
    CERR("word class '%s' has no 'words' (a list of lemmas)", qc);
#undef CERR
  if (!check_refs(lx, pending, wf, e, name, d))
    return false;
  for (size_t j = 0; j < e->n; j++) {
    const char *k = e->fields[j].key;
    if (strcmp(k, "class") != 0 && strcmp(k, "words") != 0)
      annals_diags_add(d, ANNALS_SEV_WARNING, name, e->line, e->column,
                       SIZE_MAX, "unknown key '%s' in word class (ignored)",
                       annals_quote(k, strlen(k), q, sizeof q));
  }
  g_hash_table_insert(pending, (gpointer)keep(lx, cls),
                      keep_list_with(lx, pending, wf));
  return true;
}

/* Each list of the index ends with NULL, for lexicon_frames(). */
static void index_frame(annals_lexicon *lx, frame_def *f) {
  char *key = g_strdup_printf("%s\t%c", f->lemma, f->noun ? 'n' : 'v');
  GPtrArray *list = g_hash_table_lookup(lx->index, key);
  if (!list) {
    list = g_ptr_array_new();
    g_ptr_array_add(list, NULL);
    g_hash_table_insert(lx->index, key, list);
  } else {
    g_free(key);
  }
  for (guint i = 0; i + 1 < list->len; i++)
    if (same_frame(g_ptr_array_index(list, i), f)) {
      list->pdata[i] = f;
      return;
    }
  list->pdata[list->len - 1] = f;
  g_ptr_array_add(list, NULL);
}

annals_status annals_lexicon_add(annals_lexicon *lx, const char *buf,
                                 size_t len, const char *name,
                                 annals_diags *d) {
  data_doc doc;
  annals_status st = data_load(buf, len, name, &doc, d);
  if (st != ANNALS_OK)
    return st;
  /* the file's classes, kept only if the whole file is good */
  GHashTable *pending = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
                                              g_free);
  for (size_t i = 0; i < doc.n; i++) {
    const data_entry *e = &doc.items[i];
    bool ok;
    if (data_get(e, "class")) {
      ok = add_class(lx, pending, e, name, d);
    } else {
      ok = check_entry(e, name, d);
      for (size_t k = 0; k < ARRAY_SIZE(list_keys); k++)
        ok = check_refs(lx, pending, data_get(e, list_keys[k]), e, name, d) &&
             ok;
    }
    if (!ok)
      st = ANNALS_ERR_INPUT;
  }
  if (st != ANNALS_OK) {
    g_hash_table_destroy(pending);
    data_doc_release(&doc);
    return st;
  }
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, pending);
  while (g_hash_table_iter_next(&it, &k, &v)) {
    g_hash_table_iter_steal(&it);
    g_hash_table_insert(lx->classes, k, v);
  }
  g_hash_table_destroy(pending);
  for (size_t i = 0; i < doc.n; i++) {
    const data_entry *e = &doc.items[i];
    if (data_get(e, "class"))
      continue;
    frame_def *f = g_new0(frame_def, 1);
    f->lemma = keep(lx, data_str(e, "lemma"));
    f->noun = strcmp(data_str(e, "pos"), "noun") == 0;
    f->prt = keep(lx, data_str(e, "prt"));
    f->prep = keep(lx, data_str(e, "prep"));
    f->obj = keep_list(lx, data_get(e, "obj"));
    f->of = keep_list(lx, data_get(e, "of"));
    f->mod = keep_list(lx, data_get(e, "mod"));
    f->pobj = keep_list(lx, data_get(e, "pobj"));
    f->subj = keep_list(lx, data_get(e, "subj"));
    f->then = keep_list(lx, data_get(e, "then"));
    const char *ty = data_str(e, "type");
    f->type = ty ? annals_type_from_slug(ty) : ANNALS_TYPE_NONE;
    f->no_event = ty && strcmp(ty, "none") == 0;
    f->cameo = keep(lx, data_str(e, "cameo"));
    f->title = keep(lx, data_str(e, "title"));
    f->headline = keep(lx, data_str(e, "noun"));
    f->tag = keep(lx, data_str(e, "tag"));
    const char *st2 = data_str(e, "strength");
    f->strength = st2 ? strtod(st2, NULL) : 0.7;
    const char *light = data_str(e, "light");
    f->light = light && strcmp(light, "true") == 0;
    const char *comp = data_str(e, "complement");
    for (size_t k = 0; comp && k < ARRAY_SIZE(complements); k++)
      if (strcmp(comp, complements[k].name) == 0)
        f->complement = complements[k].c;
    const char *poss = data_str(e, "possessor");
    f->possessor_target = poss && strcmp(poss, "target") == 0;
    const char *cl = data_str(e, "clause");
    f->needs_clause = cl && strcmp(cl, "true") == 0;
    f->no_clause = cl && strcmp(cl, "false") == 0;
    /* (a naming sense is no more specific than a judgement: "called it
     * a crime" denounces) */
    const char *nm = data_str(e, "naming");
    f->needs_naming = nm && strcmp(nm, "true") == 0;
    /* an object names the event more surely than a preposition does */
    f->specific = (f->prt != NULL) + (f->prep != NULL) + 2 * (f->obj != NULL) +
                  (f->of != NULL) + (f->mod != NULL) + 2 * (f->pobj != NULL) +
                  f->needs_clause + (f->subj != NULL) + 2 * (f->then != NULL);
    f->line = e->line;
    g_ptr_array_add(lx->frames, f);
    index_frame(lx, f);
  }
  data_doc_release(&doc);
  return ANNALS_OK;
}

annals_lexicon *annals_lexicon_new(void) {
  annals_lexicon *lx = lexicon_alloc();
  /* Checked by the unit tests: a failure leaves the lexicon empty. */
  (void)annals_lexicon_add(lx, embed_frames, (size_t)embed_frames_len,
                           "events/frames.yaml", NULL);
  return lx;
}

const frame_def *const *lexicon_frames(const annals_lexicon *lx,
                                       const char *lemma, bool noun) {
  char key[NLP_NORM_MAX + 16];
  size_t n = strlen(lemma);
  if (n + 3 > sizeof key)
    return NULL;
  memcpy(key, lemma, n);
  key[n] = '\t';
  key[n + 1] = noun ? 'n' : 'v';
  key[n + 2] = '\0';
  GPtrArray *list = g_hash_table_lookup(lx->index, key);
  /* "reimpose", "reopen", "re-elect": what the verb does again */
  if (!list && !noun && n > 5 && lemma[0] == 'r' && lemma[1] == 'e')
    return lexicon_frames(lx, lemma + (lemma[2] == '-' ? 3 : 2), noun);
  return list ? (const frame_def *const *)list->pdata : NULL;
}

bool lexicon_deed_verb(const annals_lexicon *lx, const char *lemma) {
  const frame_def *const *fs = lexicon_frames(lx, lemma, false);
  for (size_t k = 0; fs && fs[k]; k++)
    if (fs[k]->type == ANNALS_TYPE_ASSAULT ||
        fs[k]->type == ANNALS_TYPE_FIGHT || fs[k]->type == ANNALS_TYPE_COERCE ||
        fs[k]->type == ANNALS_TYPE_MASS_VIOLENCE)
      return true;
  return false;
}

const char *const *lexicon_class(const annals_lexicon *lx, const char *name) {
  return g_hash_table_lookup(lx->classes, name);
}

const frame_def *lexicon_sense(const annals_lexicon *lx, const char *lemma,
                               bool noun, annals_type t, bool obj) {
  const frame_def *const *fs = lexicon_frames(lx, lemma, noun);
  for (size_t k = 0; fs && fs[k]; k++)
    if (fs[k]->type == t && (obj ? fs[k]->obj != NULL : !fs[k]->specific))
      return fs[k];
  return NULL;
}
