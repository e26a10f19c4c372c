/* cmd_dates.c - annals dates (placeholder until its issue lands). */
#include "cmd.h"

int cmd_dates(int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error("'dates' is not implemented yet");
  return EXIT_INPUT;
}
