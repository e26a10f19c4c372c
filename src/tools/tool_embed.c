/*
 * tool_embed.c - build-time tool: writes a file as a C string constant.
 *
 *   tool_embed events/gazetteer.yaml > build/gen/gazetteer.inc
 *
 * gives  static const char embed_gazetteer[] = "...";  plus its length, so
 * the library carries its data files and needs no data directory.
 */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: tool_embed FILE\n");
    return 2;
  }
  FILE *fp = fopen(argv[1], "rb");
  if (!fp) {
    perror(argv[1]);
    return 1;
  }
  const char *base = strrchr(argv[1], '/');
  base = base ? base + 1 : argv[1];
  char name[128];
  size_t n = 0;
  for (; base[n] && base[n] != '.' && n + 1 < sizeof name; n++) {
    char c = base[n];
    int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
             (c >= '0' && c <= '9');
    name[n] = ok ? c : '_';
  }
  name[n] = '\0';
  printf("/* generated from %s by tool_embed; do not edit */\n", argv[1]);
  printf("static const char embed_%s[] =\n\"", name);
  int c;
  unsigned long len = 0, col = 0;
  while ((c = fgetc(fp)) != EOF) {
    len++;
    if (c == '\n') {
      printf("\\n\"\n\"");
      col = 0;
      continue;
    }
    if (c == '"' || c == '\\')
      printf("\\%c", c);
    else if (c < 0x20 || c >= 0x7f)
      printf("\\%03o", c);
    else
      putchar(c);
    if (++col > 200) {
      printf("\"\n\"");
      col = 0;
    }
  }
  printf("\";\n");
  printf("static const unsigned long embed_%s_len = %luUL;\n", name, len);
  if (ferror(fp) || fclose(fp) != 0 || fflush(stdout) != 0) {
    perror(argv[1]);
    return 1;
  }
  return 0;
}
