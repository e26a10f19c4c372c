/* test_io.c - whole-file reads and atomic outputs (src/text/io.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "annals.h"

#include <glib.h>

static char dir[64];

static int setup(void **state) {
  (void)state;
  strcpy(dir, "/tmp/annals-io-XXXXXX");
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  return system(cmd) == 0 ? 0 : -1;
}

static int count_entries(void) {
  DIR *d = opendir(dir);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
      n++;
  closedir(d);
  return n;
}

static void write_file(const char *path, const char *s) {
  FILE *fp = fopen(path, "wb");
  assert_non_null(fp);
  fputs(s, fp);
  fclose(fp);
}

static void test_read_file(void **state) {
  (void)state;
  char path[128], *buf;
  size_t len;
  annals_diags d;
  annals_diags_init(&d);
  snprintf(path, sizeof path, "%s/in.txt", dir);
  write_file(path, "hello\nworld");
  assert_int_equal(annals_read_file(path, 1000, &buf, &len, &d), ANNALS_OK);
  assert_int_equal(len, 11);
  assert_string_equal(buf, "hello\nworld");
  g_free(buf);
  /* Over the cap. */
  assert_int_equal(annals_read_file(path, 5, &buf, &len, &d),
                   ANNALS_ERR_NOMEM);
  assert_null(buf);
  /* A directory and a missing file are errors naming the path. */
  assert_int_equal(annals_read_file(dir, 1000, &buf, &len, &d),
                   ANNALS_ERR_IO);
  assert_non_null(strstr(d.items[d.n - 1].message, "is a directory"));
  snprintf(path, sizeof path, "%s/missing.txt", dir);
  assert_int_equal(annals_read_file(path, 1000, &buf, &len, &d),
                   ANNALS_ERR_IO);
  assert_non_null(strstr(d.items[d.n - 1].message, "missing.txt"));
  assert_int_equal(d.n_errors, 3);
  annals_diags_release(&d);
}

static void test_commit_and_abort(void **state) {
  (void)state;
  char path[128];
  annals_output o;
  annals_diags d;
  annals_diags_init(&d);
  snprintf(path, sizeof path, "%s/out.yaml", dir);
  write_file(path, "old\n");
  assert_int_equal(annals_output_open(&o, path, false, NULL, 0, &d),
                   ANNALS_OK);
  fputs("new\n", o.fp);
  /* Until commit, the old content is intact beside the temporary file. */
  assert_int_equal(count_entries(), 2);
  char *buf;
  size_t len;
  assert_int_equal(annals_read_file(path, 100, &buf, &len, &d), ANNALS_OK);
  assert_string_equal(buf, "old\n");
  g_free(buf);
  assert_int_equal(annals_output_commit(&o, &d), ANNALS_OK);
  assert_int_equal(count_entries(), 1);
  assert_int_equal(annals_read_file(path, 100, &buf, &len, &d), ANNALS_OK);
  assert_string_equal(buf, "new\n");
  g_free(buf);

  /* Abort leaves the old file and no temporary. */
  assert_int_equal(annals_output_open(&o, path, false, NULL, 0, &d),
                   ANNALS_OK);
  fputs("half", o.fp);
  annals_output_abort(&o);
  assert_int_equal(count_entries(), 1);
  assert_int_equal(annals_read_file(path, 100, &buf, &len, &d), ANNALS_OK);
  assert_string_equal(buf, "new\n");
  g_free(buf);
  assert_int_equal(d.n, 0);
  annals_diags_release(&d);
}

static void test_refusals(void **state) {
  (void)state;
  char path[128], in[128];
  annals_output o;
  annals_diags d;
  annals_diags_init(&d);
  snprintf(path, sizeof path, "%s/kept.yaml", dir);
  write_file(path, "hand edit\n");
  assert_int_equal(annals_output_open(&o, path, true, NULL, 0, &d),
                   ANNALS_ERR_IO);
  assert_non_null(strstr(d.items[0].message, "refusing to overwrite"));
  /* The same file reached through another name is still the input. */
  snprintf(in, sizeof in, "%s/./kept.yaml", dir);
  const char *inputs[] = {in};
  assert_int_equal(annals_output_open(&o, path, false, inputs, 1, &d),
                   ANNALS_ERR_IO);
  assert_non_null(strstr(d.items[1].message, "input file"));
  assert_int_equal(annals_output_open(&o, dir, false, NULL, 0, &d),
                   ANNALS_ERR_IO);
  snprintf(path, sizeof path, "%s/no/such/dir/out.svg", dir);
  assert_int_equal(annals_output_open(&o, path, false, NULL, 0, &d),
                   ANNALS_ERR_IO);
  assert_int_equal(d.n_errors, 4);
  assert_int_equal(count_entries(), 1);
  annals_diags_release(&d);
}

static void test_mode_kept(void **state) {
  (void)state;
  char path[128];
  annals_output o;
  snprintf(path, sizeof path, "%s/mode.txt", dir);
  write_file(path, "x");
  chmod(path, 0600);
  assert_int_equal(annals_output_open(&o, path, false, NULL, 0, NULL),
                   ANNALS_OK);
  fputs("y", o.fp);
  assert_int_equal(annals_output_commit(&o, NULL), ANNALS_OK);
  struct stat sb;
  assert_int_equal(stat(path, &sb), 0);
  assert_int_equal(sb.st_mode & 0777, 0600);
}

static void test_diags(void **state) {
  (void)state;
  annals_diags d;
  annals_diags_init(&d);
  annals_diags_add(&d, ANNALS_SEV_WARNING, "b.yaml", 3, 1, 0, "w %d", 1);
  annals_diags_add(&d, ANNALS_SEV_ERROR, "a.yaml", 9, 2, 0, "e %s", "x");
  annals_diags_add(&d, ANNALS_SEV_ERROR, "a.yaml", 2, 5, 0, "first");
  annals_diags_add(&d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX, "plain");
  annals_diags_sort(&d);
  char *mem = NULL;
  size_t n = 0;
  FILE *fp = open_memstream(&mem, &n);
  for (size_t i = 0; i < d.n; i++)
    annals_diag_print(&d.items[i], fp);
  fclose(fp);
  assert_string_equal(mem, "annals: error: plain\n"
                           "a.yaml:2:5: error: first\n"
                           "a.yaml:9:2: error: e x\n"
                           "b.yaml:3:1: warning: w 1\n");
  free(mem);
  assert_int_equal(d.n_errors, 3);
  assert_int_equal(d.n_warnings, 1);
  unsigned line, col;
  annals_text_position("ab\ncd\n\nx", 9, 7, &line, &col);
  assert_int_equal(line, 4);
  assert_int_equal(col, 1);
  annals_text_position("ab\ncd", 5, 4, &line, &col);
  assert_int_equal(line, 2);
  assert_int_equal(col, 2);
  annals_diags_release(&d);
}

/* annals_utf8_check skips ASCII eight bytes at a time and validates only
 * the runs of other bytes: it must agree with GLib's validator (which it
 * replaces on the hot path) on texts mixing ASCII runs of every length,
 * multi-byte characters, NULs and invalid bytes at every alignment. */
static void test_utf8_check_agrees_with_glib(void **state) {
  (void)state;
  static const char *const pieces[] = {"a",
                                       "abcdefg",
                                       "abcdefghijklmnop",
                                       " ",
                                       "\xC3\xA9",
                                       "\xE2\x80\x99",
                                       "\xF0\x9F\x98\x80",
                                       "\xD8\xA7\xD9\x84",
                                       "\xC3",
                                       "\xE2\x80",
                                       "\x80",
                                       "\xFF",
                                       "\xED\xA0\x80",
                                       "\xC0\xAF",
                                       "\x00"};
  const size_t np = sizeof pieces / sizeof pieces[0];
  GRand *r = g_rand_new_with_seed(20261127);
  for (int round = 0; round < 20000; round++) {
    char buf[256];
    size_t n = 0;
    int parts = g_rand_int_range(r, 0, 12);
    for (int k = 0; k < parts; k++) {
      size_t p = (size_t)g_rand_int_range(r, 0, (gint32)np);
      /* the NUL piece is one byte; strlen would see none */
      size_t l = pieces[p][0] ? strlen(pieces[p]) : 1;
      if (n + l > sizeof buf)
        break;
      memcpy(buf + n, pieces[p], l);
      n += l;
    }
    const gchar *end = NULL;
    size_t want =
        g_utf8_validate_len(buf, (gssize)n, &end) ? n : (size_t)(end - buf);
    assert_int_equal(annals_utf8_check(buf, n), want);
  }
  g_rand_free(r);
  assert_int_equal(annals_utf8_check("", 0), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_read_file, setup, teardown),
      cmocka_unit_test_setup_teardown(test_commit_and_abort, setup, teardown),
      cmocka_unit_test_setup_teardown(test_refusals, setup, teardown),
      cmocka_unit_test_setup_teardown(test_mode_kept, setup, teardown),
      cmocka_unit_test_setup_teardown(test_diags, setup, teardown),
      cmocka_unit_test(test_utf8_check_agrees_with_glib),
  };
  return cmocka_run_group_tests_name("io", tests, NULL, NULL);
}
