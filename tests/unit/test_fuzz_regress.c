/*
 * test_fuzz_regress.c - replays every seed input and every past fuzz
 * finding through every fuzz target (tests/fuzz/fuzz_*.c), so that what
 * once crashed stays fixed under gcc, ASan/UBSan and valgrind.
 *
 * Inputs: every file under the directories listed in input_dirs (test
 * data of the other suites, the fuzz seeds and tests/fuzz/regressions/),
 * in sorted order.  Each target runs in a child process: a broken
 * invariant or a sanitizer report aborts the child after printing the file
 * being replayed, and fails that target only.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../fuzz/fuzz.h"

/* Inputs larger than this are pathological cases with their own tests
 * (tests/cli/pathological.sh); the fuzzers never make them either. */
#define REPLAY_MAX_INPUT (1u << 20)

static const char *const input_dirs[] = {
    "tests/fuzz/seeds", "tests/fuzz/regressions",
    "tests/yaml",       "tests/layout",
    "tests/spec",       "events",
};

static GPtrArray *inputs; /* sorted paths */
static const char *current;

#if defined(__SANITIZE_ADDRESS__)
void __asan_on_error(void);
void __asan_on_error(void) {
  if (current)
    fprintf(stderr, "test_fuzz_regress: while replaying '%s'\n", current);
}
#endif

static void collect(const char *dir) {
  GDir *d = g_dir_open(dir, 0, NULL);
  if (!d)
    return;
  const char *e;
  while ((e = g_dir_read_name(d))) {
    char *p = g_build_filename(dir, e, NULL);
    if (g_file_test(p, G_FILE_TEST_IS_DIR)) {
      collect(p);
      g_free(p);
    } else if (g_file_test(p, G_FILE_TEST_IS_REGULAR)) {
      g_ptr_array_add(inputs, p);
    } else {
      g_free(p);
    }
  }
  g_dir_close(d);
}

static gint cmp_paths(gconstpointer a, gconstpointer b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int setup(void **state) {
  (void)state;
  inputs = g_ptr_array_new_with_free_func(g_free);
  for (size_t i = 0; i < G_N_ELEMENTS(input_dirs); i++)
    collect(input_dirs[i]);
  g_ptr_array_sort(inputs, cmp_paths);
  return inputs->len > 0 ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  g_ptr_array_free(inputs, TRUE);
  return 0;
}

static size_t replay_all(const fuzz_target *t) {
  size_t ran = 0;
  for (guint i = 0; i < inputs->len; i++) {
    const char *path = g_ptr_array_index(inputs, i);
    gchar *buf = NULL;
    gsize len = 0;
    if (!g_file_get_contents(path, &buf, &len, NULL)) {
      fprintf(stderr, "cannot read '%s'\n", path);
      exit(3);
    }
    if (len <= REPLAY_MAX_INPUT) {
      current = path;
      fuzz_current_input = path;
      t->one((const uint8_t *)buf, len);
      ran++;
    }
    g_free(buf);
  }
  current = NULL;
  fuzz_current_input = NULL;
  return ran;
}

/* Each target replays in a child process, so that a finding (an abort)
 * fails that target only and the others still run. */
static void replay(void **state) {
  const fuzz_target *t = *state;
  fflush(NULL);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    size_t ran = replay_all(t);
    printf("%s: %zu inputs replayed\n", t->name, ran);
    exit(ran > 0 ? 0 : 4);
  }
  int status = 0;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  if (WIFSIGNALED(status))
    fail_msg("target '%s': killed by signal %d (see above)", t->name,
             WTERMSIG(status));
  if (WEXITSTATUS(status) != 0)
    fail_msg("target '%s': exit %d (see above)", t->name, WEXITSTATUS(status));
}

/* Each file under tests/fuzz/regressions/X/ must belong to a target X. */
static void regressions_named(void **state) {
  (void)state;
  for (guint i = 0; i < inputs->len; i++) {
    const char *p = g_ptr_array_index(inputs, i);
    const char *prefix = "tests/fuzz/regressions/";
    if (strncmp(p, prefix, strlen(prefix)) != 0)
      continue;
    const char *rest = p + strlen(prefix);
    const char *slash = strchr(rest, '/');
    assert_non_null(slash);
    char *name = g_strndup(rest, (gsize)(slash - rest));
    if (!fuzz_target_find(name))
      fail_msg("regression '%s' is under no known target", p);
    g_free(name);
  }
}

int main(void) {
  size_t n;
  const fuzz_target *all = fuzz_targets(&n);
  struct CMUnitTest *tests = g_new0(struct CMUnitTest, n + 1);
  for (size_t i = 0; i < n; i++) {
    tests[i].name = all[i].name;
    tests[i].test_func = replay;
    tests[i].initial_state = (void *)&all[i];
  }
  tests[n].name = "regressions_named";
  tests[n].test_func = regressions_named;
  int rc =
      _cmocka_run_group_tests("fuzz_regress", tests, n + 1, setup, teardown);
  g_free(tests);
  return rc;
}
