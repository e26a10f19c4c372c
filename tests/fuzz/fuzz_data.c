/*
 * fuzz_data.c - user data files -> gazetteer and trigger lexicon
 * (annals_gazetteer_add, annals_lexicon_add: `annals extract --gazetteer
 * FILE --lexicon FILE`).
 *
 * Byte 0 bit 0 chooses the gazetteer (0) or the lexicon (1); the rest is
 * the file.  Invariants: diagnostics well formed; an error adds nothing
 * (the count is unchanged) and comes with an error diagnostic; success
 * never removes entries; when the file was accepted and is valid UTF-8,
 * extracting events from its own text with the extended data works.
 */
#include "fuzz.h"

#include <string.h>

int fuzz_data_one(const uint8_t *data, size_t n) {
  if (n < 1)
    return 0;
  bool lexicon = data[0] & 1;
  const char *buf = (const char *)data + 1;
  size_t len = n - 1;
  /* A fresh copy of the kind the file extends; the other is shared. */
  annals_gazetteer *g = lexicon ? NULL : annals_gazetteer_new();
  annals_lexicon *lx = lexicon ? annals_lexicon_new() : NULL;
  annals_diags d;
  annals_diags_init(&d);
  size_t before =
      lexicon ? annals_lexicon_count(lx) : annals_gazetteer_count(g);
  annals_status st = lexicon
                         ? annals_lexicon_add(lx, buf, len, "user.yaml", &d)
                         : annals_gazetteer_add(g, buf, len, "user.yaml", &d);
  size_t after = lexicon ? annals_lexicon_count(lx) : annals_gazetteer_count(g);
  fuzz_check_diags(&d);
  if (st != ANNALS_OK) {
    FUZZ_CHECK(st == ANNALS_ERR_INPUT || st == ANNALS_ERR_NOMEM);
    FUZZ_CHECK(d.n_errors > 0);
    FUZZ_CHECK(after == before);
  } else {
    FUZZ_CHECK(d.n_errors == 0);
    FUZZ_CHECK(after >= before);
    if (len <= 8192 && annals_utf8_check(buf, len) == len) {
      annals_extract_opts o;
      memset(&o, 0, sizeof o);
      o.gazetteer = g ? g : fuzz_gazetteer();
      o.lexicon = lx ? lx : fuzz_lexicon();
      o.keep_undated = true;
      annals_timeline *t = annals_timeline_new();
      annals_diags d2;
      annals_diags_init(&d2);
      FUZZ_CHECK(annals_extract(buf, len, &o, t, &d2) == ANNALS_OK);
      fuzz_check_diags(&d2);
      fuzz_check_timeline(t, len, true);
      annals_diags_release(&d2);
      annals_timeline_free(t);
    }
  }
  annals_diags_release(&d);
  annals_gazetteer_free(g);
  annals_lexicon_free(lx);
  return 0;
}
