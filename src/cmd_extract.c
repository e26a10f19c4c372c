/* cmd_extract.c - annals extract (placeholder until its issue lands). */
#include "cmd.h"

int cmd_extract(int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error("'extract' is not implemented yet");
  return EXIT_INPUT;
}
