/* cmd_check.c - annals check (placeholder until its issue lands). */
#include "cmd.h"

int cmd_check(int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error("'check' is not implemented yet");
  return EXIT_INPUT;
}
