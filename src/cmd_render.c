/* cmd_render.c - annals render (placeholder until its issue lands). */
#include "cmd.h"

int cmd_render(int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error("'render' is not implemented yet");
  return EXIT_INPUT;
}
