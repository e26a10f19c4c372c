/*
 * cmd_update.c - `annals extract --update EVENTS.yaml FILE...`: the
 * texts' events added to a record people edit by hand, none of its bytes
 * changed (record_update.c does the work); one line on stderr says what
 * was added and what was left out.  Called by cmd_extract.c.
 */
#include "cli/cmd.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

/* Largest text read from one input (as extract). */
#define UPDATE_MAX_BYTES ((size_t)1 << 30)

/* "1 new event", "3 new events" */
static void count(GString *s, size_t n, const char *one, const char *many) {
  g_string_append_printf(s, "%s%zu %s", s->len ? ", " : "", n,
                         n == 1 ? one : many);
}

/* The line that says what an update did. */
static void update_summary(const char *path, const annals_update_stats *st,
                           bool changed) {
  GString *did = g_string_new(NULL), *left = g_string_new(NULL);
  if (st->added)
    count(did, st->added, "new event", "new events");
  if (st->mentions)
    count(did, st->mentions, "new mention", "new mentions");
  if (st->known)
    count(left, st->known, "text read before", "texts read before");
  if (st->dismissed)
    count(left, st->dismissed, "event you deleted", "events you deleted");
  if (!did->len)
    g_string_append(did, "the texts listed");
  if (changed)
    fprintf(stderr, "annals: updated %s: %s%s%s%s\n", path, did->str,
            left->len ? " (left out: " : "", left->str, left->len ? ")" : "");
  else
    fprintf(stderr, "annals: %s is up to date: nothing new%s%s%s\n", path,
            left->len ? " (" : "", left->str, left->len ? ")" : "");
  g_string_free(did, TRUE);
  g_string_free(left, TRUE);
}

/* extract --update PATH: the texts' events into the record at path. */
int cli_extract_update(const char *path, char **inputs, int n_inputs,
                       annals_extract_opts *eo) {
  int rc = 0;
  annals_diags d;
  annals_diags_init(&d);
  char *old = NULL, *out = NULL;
  size_t old_len = 0, out_len = 0;
  annals_record *r = NULL;
  struct stat out_sb;
  bool exists = stat(path, &out_sb) == 0;
  for (int i = 0; exists && i < n_inputs; i++) {
    struct stat in_sb;
    if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &in_sb) == 0 &&
        in_sb.st_dev == out_sb.st_dev && in_sb.st_ino == out_sb.st_ino) {
      cli_error("refusing to update input file '%s'", path);
      rc = EXIT_INPUT;
      goto done;
    }
  }
  if (exists && annals_read_file(path, ANNALS_YAML_MAX_BYTES, &old, &old_len,
                                 &d) != ANNALS_OK) {
    rc = EXIT_INPUT;
    goto done;
  }
  if (annals_record_open(exists ? old : NULL, old_len, path, &r, &d) !=
      ANNALS_OK) {
    annals_diags_sort(&d);
    cli_print_diags(&d);
    cli_error("%s has errors: fix them first; nothing was written", path);
    annals_diags_release(&d);
    annals_diags_init(&d);
    rc = EXIT_INPUT;
    goto done;
  }
  annals_diags_sort(&d);
  cli_print_diags(&d); /* the file's warnings */
  annals_diags_release(&d);
  annals_diags_init(&d);
  for (int i = 0; i < n_inputs && rc == 0; i++) {
    const char *name = strcmp(inputs[i], "-") == 0 ? "<stdin>" : inputs[i];
    char *buf = NULL;
    size_t len = 0;
    annals_diags td;
    annals_diags_init(&td);
    annals_status st =
        annals_read_file(inputs[i], UPDATE_MAX_BYTES, &buf, &len, &td);
    if (st == ANNALS_OK) {
      char sha[65];
      annals_sha256_hex(buf, len, sha);
      if (annals_record_knows_text(r, name, sha)) {
        st = annals_record_add_text(r, name, sha, NULL, &td);
      } else {
        annals_timeline *t = annals_timeline_new();
        eo->file = name;
        st = annals_extract(buf, len, eo, t, &td);
        if (st == ANNALS_OK) {
          char *note =
              g_strdup_printf("Source: %s (events extracted by annals)", name);
          annals_timeline_set_source(t, note);
          g_free(note);
          if (annals_timeline_count(t) == 0)
            cli_warning("no events found in '%s'%s", name,
                        eo->keep_undated
                            ? ""
                            : " (events without a date are left out; "
                              "--keep-undated keeps them)");
          st = annals_record_add_text(r, name, sha, t, &td);
        }
        annals_timeline_free(t);
      }
    }
    annals_diags_sort(&td);
    cli_print_diags(&td);
    annals_diags_release(&td);
    g_free(buf);
    if (st != ANNALS_OK)
      rc = EXIT_INPUT;
  }
  if (rc)
    goto done;
  bool changed = false;
  annals_status st = annals_record_result(r, &out, &out_len, &changed, &d);
  cli_print_diags(&d);
  annals_diags_release(&d);
  annals_diags_init(&d);
  if (st != ANNALS_OK) {
    rc = EXIT_INPUT;
    goto done;
  }
  if (changed && exists) {
    if (!cli_replace_file(path, old, old_len, out, out_len))
      rc = EXIT_INPUT;
  } else if (changed) {
    annals_output o;
    if (annals_output_open(&o, path, true, (const char *const *)inputs,
                           (size_t)n_inputs, &d) != ANNALS_OK) {
      rc = EXIT_INPUT;
    } else {
      if (out_len)
        fwrite(out, 1, out_len, o.fp);
      if (annals_output_commit(&o, &d) != ANNALS_OK)
        rc = EXIT_INPUT;
    }
    cli_print_diags(&d);
  }
  if (rc == 0)
    update_summary(path, annals_record_stats(r), changed);
done:
  if (rc)
    fprintf(stderr, "annals: %s was not changed\n", path);
  annals_diags_release(&d);
  annals_record_free(r);
  g_free(out);
  g_free(old);
  return rc;
}
