/*
 * tool_nouns.c - build-time tool: writes the nouns that name no one.
 *
 *   tool_nouns wordnet/data.noun > nouns.txt
 *
 * Reads the noun database of WordNet 3.0 and writes, one a line and
 * sorted, the one-word nouns none of whose senses is a being, a group, a
 * place or a thing: every sense is in one of WordNet's lexicographer
 * files of acts, attributes, cognition, communication, events, feelings,
 * motives, phenomena, possessions, processes, quantities, relations,
 * shapes, states or time ("result", "decree", "emergency", "history").
 * Such a noun is what an act is about, never who acts or undergoes it:
 * the extractor keeps it out of an event's actors (it may still be the
 * object its headline names).  A noun with one concrete sense stays out
 * of the list ("ties": a necktie; "opposition": a group).
 *
 *   tool_nouns --persons wordnet/index.noun wordnet/data.noun > persons.txt
 *
 * writes instead the one-word nouns whose first sense (WordNet's most
 * frequent, the first synset index.noun lists) is a person: its synset is
 * in the lexicographer file noun.person ("citizen", "journalist",
 * "widow"; not "man"'s chess piece, which comes later), and that a synset
 * of persons writes in lower case (not "ana", the goddess Ana).  "He" or "him"
 * may stand for such a noun ("detained an American citizen, accusing him
 * of spying").
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The lexicographer files (lex_filenum) of concrete senses: noun.Tops,
 * animal, artifact, body, food, group, location, object, person, plant,
 * substance. */
static int concrete(int lexfile) {
  switch (lexfile) {
  case 3:  /* noun.Tops */
  case 5:  /* noun.animal */
  case 6:  /* noun.artifact */
  case 8:  /* noun.body */
  case 13: /* noun.food */
  case 14: /* noun.group */
  case 15: /* noun.location */
  case 17: /* noun.object */
  case 18: /* noun.person */
  case 20: /* noun.plant */
  case 27: /* noun.substance */
    return 1;
  default:
    return 0;
  }
}

typedef struct {
  char *word;
  int abstract, concrete;
  int lexfile;
} entry;

static entry *entries;
static size_t n_entries, cap_entries;

static void die(const char *msg, const char *arg) {
  fprintf(stderr, "tool_nouns: %s%s\n", msg, arg ? arg : "");
  exit(1);
}

static int by_word(const void *a, const void *b);

static void note(const char *w, size_t n, int lexfile) {
  for (size_t i = 0; i < n; i++)
    if (!islower((unsigned char)w[i]))
      return; /* one lowercase word: no names, no compounds */
  if (n_entries == cap_entries) {
    cap_entries = cap_entries ? cap_entries * 2 : 65536;
    entries = realloc(entries, cap_entries * sizeof *entries);
    if (!entries)
      die("out of memory", NULL);
  }
  entry *e = &entries[n_entries++];
  e->word = malloc(n + 1);
  if (!e->word)
    die("out of memory", NULL);
  memcpy(e->word, w, n);
  e->word[n] = '\0';
  e->concrete = concrete(lexfile);
  e->abstract = !e->concrete;
  e->lexfile = lexfile;
}

/* Is w written in lower case in a synset of lexicographer file lexfile
 * (entries sorted by word)? */
static int written_in(const char *w, int lexfile) {
  entry ek = {(char *)w, 0, 0, 0};
  const entry *e = bsearch(&ek, entries, n_entries, sizeof *entries, by_word);
  if (!e)
    return 0;
  while (e > entries && strcmp(e[-1].word, w) == 0)
    e--;
  for (; e < entries + n_entries && strcmp(e->word, w) == 0; e++)
    if (e->lexfile == lexfile)
      return 1;
  return 0;
}

static int by_word(const void *a, const void *b) {
  return strcmp(((const entry *)a)->word, ((const entry *)b)->word);
}

/* Synset offsets of data.noun with their lexicographer files. */
typedef struct {
  long offset;
  int lexfile;
} synset;

static int by_offset(const void *a, const void *b) {
  long x = ((const synset *)a)->offset, y = ((const synset *)b)->offset;
  return (x > y) - (x < y);
}

/* Reads data.noun: notes each lowercase word with its lexicographer file
 * (note()) and, when ss is given, keeps each synset's offset and file
 * there (*n of them).  Dies on a malformed file; returns the number of
 * synsets. */
static size_t read_synsets(const char *path, synset **ss, size_t *n) {
  FILE *fp = fopen(path, "r");
  if (!fp) {
    perror(path);
    exit(1);
  }
  static char line[65536];
  size_t synsets = 0, cap = 0;
  while (fgets(line, sizeof line, fp)) {
    if (line[0] == ' ')
      continue; /* the licence at the top */
    /* "offset lex_filenum n w_cnt word lex_id [word lex_id...] ..." */
    char *save = NULL;
    char *off = strtok_r(line, " ", &save);
    char *lf = strtok_r(NULL, " ", &save);
    char *pos = strtok_r(NULL, " ", &save);
    char *wc = strtok_r(NULL, " ", &save);
    if (!off || !lf || !pos || !wc)
      die("a line of data.noun without its fields in ", path);
    int lexfile = atoi(lf);
    long words = strtol(wc, NULL, 16);
    for (long k = 0; k < words; k++) {
      char *w = strtok_r(NULL, " ", &save);
      char *id = strtok_r(NULL, " ", &save);
      if (!w || !id)
        die("a synset's words cut short in ", path);
      note(w, strlen(w), lexfile);
    }
    if (ss) {
      if (*n == cap) {
        cap = cap ? cap * 2 : 65536;
        *ss = realloc(*ss, cap * sizeof **ss);
        if (!*ss)
          die("out of memory", NULL);
      }
      (*ss)[*n].offset = strtol(off, NULL, 10);
      (*ss)[(*n)++].lexfile = lexfile;
    }
    synsets++;
  }
  fclose(fp);
  if (synsets < 50000)
    die("too few synsets (is this WordNet 3.0's data.noun?): ", path);
  return synsets;
}

/* --persons: see the head of the file. */
static int persons(const char *index_path, const char *data_path) {
  /* (the words written in lower case, from data.noun: "aalto" of
   * index.noun is the architect Aalto, no noun) */
  synset *ss = NULL;
  size_t n = 0;
  read_synsets(data_path, &ss, &n);
  static char line[65536];
  qsort(ss, n, sizeof *ss, by_offset);
  qsort(entries, n_entries, sizeof *entries, by_word);
  FILE *fp = fopen(index_path, "r");
  if (!fp) {
    perror(index_path);
    return 1;
  }
  printf("# nouns whose first WordNet 3.0 sense is a person (noun.person)\n"
         "# (generated by src/tools/tool_nouns.c from index.noun and "
         "data.noun; see that file)\n");
  size_t lemmas = 0;
  while (fgets(line, sizeof line, fp)) {
    if (line[0] == ' ')
      continue;
    /* "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt
     * tagsense_cnt synset_offset [synset_offset...]" */
    char *save = NULL;
    char *lemma = strtok_r(line, " ", &save);
    char *pos = strtok_r(NULL, " ", &save);
    char *sc = strtok_r(NULL, " ", &save);
    char *pc = strtok_r(NULL, " ", &save);
    if (!lemma || !pos || !sc || !pc)
      die("a line of index.noun without its fields in ", index_path);
    lemmas++;
    for (long k = strtol(pc, NULL, 10); k > 0; k--)
      if (!strtok_r(NULL, " ", &save))
        die("a line of index.noun cut short in ", index_path);
    char *senses = strtok_r(NULL, " ", &save);
    char *tagged = strtok_r(NULL, " ", &save);
    char *first = strtok_r(NULL, " ", &save);
    if (!senses || !tagged || !first)
      die("a line of index.noun cut short in ", index_path);
    int word = 1;
    for (const char *c = lemma; *c; c++)
      word = word && islower((unsigned char)*c);
    synset key = {strtol(first, NULL, 10), 0};
    const synset *hit = bsearch(&key, ss, n, sizeof *ss, by_offset);
    /* (and a noun of persons written in lower case: not "ana", whose
     * first sense is the goddess Ana, nor "lee", the general Lee) */
    if (word && hit && hit->lexfile == 18 && /* noun.person */
        written_in(lemma, 18))
      printf("%s\n", lemma);
  }
  fclose(fp);
  free(ss);
  for (size_t i = 0; i < n_entries; i++)
    free(entries[i].word);
  free(entries);
  if (lemmas < 50000)
    die("too few lemmas (is this WordNet 3.0's index.noun?): ", index_path);
  return ferror(stdout) ? 1 : 0;
}

int main(int argc, char **argv) {
  if (argc == 4 && strcmp(argv[1], "--persons") == 0)
    return persons(argv[2], argv[3]);
  if (argc != 2) {
    fprintf(stderr, "usage: tool_nouns wordnet/data.noun\n"
                    "       tool_nouns --persons wordnet/index.noun "
                    "wordnet/data.noun\n");
    return 2;
  }
  read_synsets(argv[1], NULL, NULL);
  qsort(entries, n_entries, sizeof *entries, by_word);
  printf("# nouns none of whose WordNet 3.0 senses is a being, a group, a "
         "place or a thing\n# (generated by src/tools/tool_nouns.c from "
         "data.noun; see that file)\n");
  for (size_t i = 0; i < n_entries;) {
    size_t j = i;
    int conc = 0;
    for (; j < n_entries && strcmp(entries[j].word, entries[i].word) == 0; j++)
      conc |= entries[j].concrete;
    if (!conc)
      printf("%s\n", entries[i].word);
    i = j;
  }
  for (size_t i = 0; i < n_entries; i++)
    free(entries[i].word);
  free(entries);
  return ferror(stdout) ? 1 : 0;
}
