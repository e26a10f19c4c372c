/*
 * fuzz.h - the fuzz targets of annals.
 *
 * Each tests/fuzz/fuzz_X.c defines fuzz_X_one(), which runs one input
 * through an entry point of the library and checks invariants.  The same
 * functions serve three drivers:
 *  - entry.c maps LLVMFuzzerTestOneInput to one of them (chosen with
 *    -DFUZZ_ONE=fuzz_X_one) for libFuzzer (tests/fuzz/run.sh);
 *  - driver.c, a plain main() that runs files through a target named on
 *    its command line, to reproduce a finding under gcc, valgrind or gdb;
 *  - tests/unit/test_fuzz_regress.c, which replays every seed and every
 *    past finding through every target in `make check`.
 * A broken invariant calls fuzz_fail(), which prints and aborts.  Targets
 * return 0 (libFuzzer's convention) whatever the library said.
 */
#ifndef ANNALS_FUZZ_H
#define ANNALS_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "annals.h"

/* The input being replayed, printed by fuzz_fail() when set. */
extern const char *fuzz_current_input;

/* Prints "fuzz: FILE:LINE: invariant broken: WHAT" and aborts. */
_Noreturn void fuzz_fail(const char *file, int line, const char *what);

#define FUZZ_CHECK(cond)                                                       \
  do {                                                                         \
    if (!(cond))                                                               \
      fuzz_fail(__FILE__, __LINE__, #cond);                                    \
  } while (0)

/* YAML bytes -> model; on success write -> read -> write must be stable. */
int fuzz_yaml_one(const uint8_t *data, size_t n);

/* Gazetteer or lexicon files (byte 0 bit 0 chooses). */
int fuzz_data_one(const uint8_t *data, size_t n);

/* Text -> extract -> YAML -> read -> layout. */
int fuzz_pipeline_one(const uint8_t *data, size_t n);

/* Bytes decoded into layout options and a timeline -> layout. */
int fuzz_layout_one(const uint8_t *data, size_t n);
/* Checks every invariant the layout promises. */
void fuzz_check_layout(const annals_layout *l, const annals_timeline *t,
                       const annals_layout_opts *o);

/* Text -> date expressions (options from the first 4 bytes). */
int fuzz_dates_one(const uint8_t *data, size_t n);

/* Lines of JSON -> documents of a stream (annals_jdoc_parse). */
int fuzz_jsonl_one(const uint8_t *data, size_t n);

/* Text -> words, tags, lemmas and trees (builtin model) -> CoNLL-U. */
int fuzz_parse_one(const uint8_t *data, size_t n);

/* Model bytes (or the builtin model cut short) -> model -> analysis. */
int fuzz_model_one(const uint8_t *data, size_t n);

/* Text -> events (options from the first 4 bytes). */
int fuzz_extract_one(const uint8_t *data, size_t n);
/* The extraction of fuzz_extract_one: returns the timeline (caller frees)
 * after checking it; *valid tells whether the text was valid UTF-8.  With
 * cached, the bundled data loaded once is passed in whatever the options
 * say. */
annals_timeline *fuzz_extract_run(const uint8_t *data, size_t n, bool cached,
                                  bool *valid);
/* The bundled gazetteer and lexicon, loaded on first use and kept. */
const annals_gazetteer *fuzz_gazetteer(void);
const annals_lexicon *fuzz_lexicon(void);
/* Checks a timeline made by extraction from a text of text_len bytes. */
void fuzz_check_timeline(const annals_timeline *t, size_t text_len,
                         bool keep_undated);

/* A target: its name (the X of fuzz_X.c) and its function. */
typedef struct {
  const char *name;
  int (*one)(const uint8_t *data, size_t n);
} fuzz_target;

/* Every target, in a fixed order; *n receives the count. */
const fuzz_target *fuzz_targets(size_t *n);
/* The target called name, or NULL. */
const fuzz_target *fuzz_target_find(const char *name);

/* Writes t as YAML into a new buffer (caller frees with free()); aborts
 * when the writer fails, which it must not do on a memory stream. */
char *fuzz_write_yaml(const annals_timeline *t, size_t *len);

/* Length of the longest prefix of s[0..n) that is valid UTF-8. */
size_t fuzz_utf8_prefix(const uint8_t *s, size_t n);

/* Checks that every diagnostic is well formed: a NUL-terminated,
 * non-empty message, the counts add up. */
void fuzz_check_diags(const annals_diags *d);

#endif
