/*
 * cli.c - helpers shared by the subcommands: messages and loading records.
 */
#include "cli/cmd.h"
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void cli_print_diags(const annals_diags *d) {
  for (size_t i = 0; i < d->n; i++)
    annals_diag_print(&d->items[i], stderr);
}

static void vmsg(const char *sev, const char *fmt, va_list ap) {
  fprintf(stderr, "annals: %s: ", sev);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

void cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vmsg("error", fmt, ap);
  va_end(ap);
}

void cli_warning(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vmsg("warning", fmt, ap);
  va_end(ap);
}

int cli_usage_error(const char *cmd, const char *usage, const char *fmt, ...) {
  if (fmt) {
    va_list ap;
    va_start(ap, fmt);
    vmsg("error", fmt, ap);
    va_end(ap);
  }
  fprintf(stderr, "usage: %s\n", usage);
  fprintf(stderr, "try 'annals %s%s--help' for more information\n",
          cmd ? cmd : "", cmd ? " " : "");
  return EXIT_USAGE;
}

bool cli_replace_file(const char *path, const char *old, size_t old_len,
                      const char *data, size_t len) {
  annals_diags d;
  annals_diags_init(&d);
  annals_output o;
  bool ok = annals_output_open(&o, path, false, NULL, 0, &d) == ANNALS_OK;
  if (ok && len && fwrite(data, 1, len, o.fp) != len)
    ok = false; /* the commit reports the error */
  if (ok) {
    /* Someone may have saved the file while we worked on it. */
    char *now = NULL;
    size_t now_len = 0;
    annals_diags rd;
    annals_diags_init(&rd);
    bool same = annals_read_file(path, (size_t)1 << 31, &now, &now_len,
                                 &rd) == ANNALS_OK &&
                now_len == old_len && memcmp(now, old, old_len) == 0;
    annals_diags_release(&rd);
    g_free(now);
    if (!same) {
      annals_output_abort(&o);
      cli_error("'%s' changed while annals was working on it; nothing was "
                "written (run the command again)",
                path);
      annals_diags_release(&d);
      return false;
    }
  }
  if (!o.fp)
    ok = false; /* the output did not open */
  else if (annals_output_commit(&o, &d) != ANNALS_OK)
    ok = false;
  cli_print_diags(&d);
  annals_diags_release(&d);
  return ok;
}

annals_timeline *cli_load_timelines(char **paths, int n, bool *had_warnings) {
  annals_timeline *all = annals_timeline_new();
  bool ok = true;
  if (had_warnings)
    *had_warnings = false;
  for (int i = 0; i < n; i++) {
    annals_diags d;
    annals_diags_init(&d);
    char *buf = NULL;
    size_t len = 0;
    const char *name = strcmp(paths[i], "-") == 0 ? "<stdin>" : paths[i];
    annals_status st =
        annals_read_file(paths[i], ANNALS_YAML_MAX_BYTES, &buf, &len, &d);
    annals_timeline *t = NULL;
    if (st == ANNALS_OK)
      st = annals_timeline_read_yaml(buf, len, name, &t, &d);
    annals_diags_sort(&d);
    cli_print_diags(&d);
    if (had_warnings && d.n_warnings)
      *had_warnings = true;
    if (st == ANNALS_OK)
      annals_timeline_merge(all, t);
    else
      ok = false;
    annals_timeline_free(t);
    g_free(buf);
    annals_diags_release(&d);
  }
  if (!ok) {
    annals_timeline_free(all);
    return NULL;
  }
  return all;
}
