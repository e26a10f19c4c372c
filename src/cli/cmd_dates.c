/*
 * cmd_dates.c - annals dates: lists the temporal expressions of a text.
 *
 * The input is read in pieces of about 1 MiB cut at a paragraph break
 * (else a sentence start, else a line end, else a space, else a UTF-8
 * character boundary) and fed to an annals_dates_stream, which splits
 * each piece into sentences and carries the DCT, the narrative reference
 * time and an open paragraph from piece to piece; the results of
 * each piece are printed before the next is read.  Memory therefore does
 * not grow with the input, and a 100 MB stdin is fine.  A cut that is not
 * a paragraph break is moved before any expression it would split (the
 * finder runs on a small window around it), and the rest of the piece is
 * carried over to the next one, so a one-paragraph text loses nothing.
 * Invalid input is reported at its line and column in the whole input.
 */
#include "cli/cmd.h"
#include "internal.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#define PIECE (1u << 20)

static const char usage_line[] =
    "annals dates [--dct YYYY-MM-DD] [--format jsonl|yaml|text] "
    "[--day-first] FILE|-";

static void help(void) {
  printf(
      "usage: %s\n\n"
      "Lists every temporal expression of a text with its TimeML TIMEX3\n"
      "type (DATE, TIME, DURATION, SET) and value (2024-01, 2025-05-09,\n"
      "2024-W03, 2024-Q1, P2Y, PAST_REF...).  Offsets are UTF-8 byte\n"
      "offsets into the input, end exclusive.\n\n"
      "Options:\n"
      "  --dct YYYY-MM-DD   the document date relative expressions resolve\n"
      "                     against.  Without it the date is inferred from a\n"
      "                     dateline or publication line, else from\n"
      "                     consistent pairs such as 'January 2024' called\n"
      "                     'last year'; else relative values stay\n"
      "                     unresolved (XXXX-05-09, PAST_REF).  Never the\n"
      "                     system clock.\n"
      "  --format FMT       jsonl (default): one JSON object per line;\n"
      "                     yaml: a dct header then the list;\n"
      "                     text: one line per expression, the DCT on\n"
      "                     stderr\n"
      "  --day-first        read numeric dates 05/09/2025 as day/month.\n"
      "                     The default is month first (US usage, as in\n"
      "                     the news this tool is tuned on); ISO dates\n"
      "                     2025-05-09 are always year-month-day and dotted\n"
      "                     dates 09.05.2025 always day first\n"
      "  -h, --help         this help\n\n"
      "FILE '-' reads standard input.  Input must be UTF-8 (CRLF and CR\n"
      "line ends are fine); invalid UTF-8, a NUL byte or UTF-16 is an\n"
      "error naming its line and column.  The input is processed in pieces\n"
      "cut between expressions, so memory does not grow with its length.\n\n"
      "Exit status: 0 success, 1 unreadable or invalid input, 2 usage "
      "error.\n",
      usage_line);
}

enum fmt { F_JSONL, F_YAML, F_TEXT };

/* Writes s[0..n) as a JSON (and YAML double-quoted) string. */
static void put_quoted(FILE *out, const char *s, size_t n) {
  putc('"', out);
  for (size_t i = 0; i < n; i++) {
    size_t k = i;
    while (k < n && (unsigned char)s[k] >= 0x20 && s[k] != '"' &&
           s[k] != '\\' && s[k] != 0x7f)
      k++;
    if (k > i) {
      fwrite(s + i, 1, k - i, out);
      i = k;
      if (i == n)
        break;
    }
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '"':
      fputs("\\\"", out);
      break;
    case '\\':
      fputs("\\\\", out);
      break;
    case '\n':
      fputs("\\n", out);
      break;
    case '\r':
      fputs("\\r", out);
      break;
    case '\t':
      fputs("\\t", out);
      break;
    default:
      if (c < 0x20 || c == 0x7f)
        fprintf(out, "\\u%04x", c);
      else
        putc(c, out);
    }
  }
  putc('"', out);
}

static const char *how_name(annals_dct_source h) {
  switch (h) {
  case ANNALS_DCT_GIVEN:
    return "given";
  case ANNALS_DCT_DATELINE:
    return "dateline";
  case ANNALS_DCT_INFERRED:
    return "inferred";
  default:
    return "none";
  }
}

/* The anchor of an expression as printed: "document" when it was
 * resolved against the DCT, the byte offset of the expression it was
 * resolved against, or nothing (an explicit date, a duration). */
static size_t anchor_text(const annals_timex *t, char *buf) {
  if (t->anchor != ANNALS_TIMEX_NO_ANCHOR)
    return annals_put_digits(buf, t->anchor, 1);
  if (t->flags & ANNALS_TIMEX_F_RELATIVE) {
    memcpy(buf, "\"document\"", 10);
    return 10;
  }
  return 0;
}

typedef struct {
  enum fmt fmt;
  FILE *out;
  bool header_done;
  size_t count;
} printer;

static void print_header(printer *P, const annals_timexes *x) {
  char b[16];
  annals_date_format(&x->dct.date, b, sizeof b);
  const char *note = x->dct.note ? x->dct.note : "";
  if (P->fmt == F_YAML) {
    fprintf(P->out, "dct:\n  date: %s\n  how: %s\n  note: ", b,
            how_name(x->dct.how));
    put_quoted(P->out, note, strlen(note));
    fputc('\n', P->out);
  } else if (P->fmt == F_TEXT) {
    fprintf(stderr, "annals: dct %s (%s: %s)\n", b, how_name(x->dct.how),
            note);
  }
  P->header_done = true;
}

/* Prints the expressions of one piece; base is the piece's offset. */
static void print_piece(printer *P, const annals_timexes *x, const char *piece,
                        size_t base) {
  if (!P->header_done)
    print_header(P, x);
  for (size_t i = 0; i < x->n; i++) {
    const annals_timex *t = &x->items[i];
    const char *s = piece + (t->start - base);
    size_t n = t->end - t->start;
    const char *type = annals_timex_type_name(t->type);
    switch (P->fmt) {
    case F_JSONL: {
      /* the hot path of big inputs: one line built in memory, no printf
       * (spans longer than the buffer take the slow path) */
      char line[512];
      size_t k = 0;
      bool plain = n < 256;
      for (size_t c = 0; c < n && plain; c++)
        plain = (unsigned char)s[c] >= 0x20 && s[c] != '"' && s[c] != '\\' &&
                s[c] != 0x7f;
      if (plain) {
        memcpy(line, "{\"start\": ", 10);
        k = 10;
        k += annals_put_digits(line + k, t->start, 1);
        memcpy(line + k, ", \"end\": ", 9);
        k += 9;
        k += annals_put_digits(line + k, t->end, 1);
        memcpy(line + k, ", \"text\": \"", 11);
        k += 11;
        memcpy(line + k, s, n);
        k += n;
        size_t tl = strlen(type), vl = strlen(t->value);
        memcpy(line + k, "\", \"type\": \"", 12);
        k += 12;
        memcpy(line + k, type, tl);
        k += tl;
        memcpy(line + k, "\", \"value\": \"", 13);
        k += 13;
        memcpy(line + k, t->value, vl);
        k += vl;
        line[k++] = '"';
        size_t an = anchor_text(t, line + k + 12);
        if (an) {
          memcpy(line + k, ", \"anchor\": ", 12);
          k += 12 + an;
        }
        memcpy(line + k, "}\n", 2);
        k += 2;
        fwrite(line, 1, k, P->out);
        break;
      }
      char num[48];
      fputs("{\"start\": ", P->out);
      fwrite(num, 1, annals_put_digits(num, t->start, 1), P->out);
      fputs(", \"end\": ", P->out);
      fwrite(num, 1, annals_put_digits(num, t->end, 1), P->out);
      fputs(", \"text\": ", P->out);
      put_quoted(P->out, s, n);
      fputs(", \"type\": \"", P->out);
      fputs(type, P->out);
      fputs("\", \"value\": ", P->out);
      put_quoted(P->out, t->value, strlen(t->value));
      char an[32];
      size_t al = anchor_text(t, an);
      if (al) {
        fputs(", \"anchor\": ", P->out);
        fwrite(an, 1, al, P->out);
      }
      fputs("}\n", P->out);
      break;
    }
    case F_YAML:
      if (P->count == 0)
        fputs("timexes:\n", P->out);
      fprintf(P->out, "  - start: %zu\n    end: %zu\n    text: ", t->start,
              t->end);
      put_quoted(P->out, s, n);
      fprintf(P->out, "\n    type: %s\n    value: ", type);
      put_quoted(P->out, t->value, strlen(t->value));
      fputc('\n', P->out);
      {
        char an[32];
        size_t al = anchor_text(t, an);
        if (al)
          fprintf(P->out, "    anchor: %.*s\n", (int)al, an);
      }
      break;
    case F_TEXT:
      fprintf(P->out, "%zu-%zu\t%-8s\t%-14s\t", t->start, t->end, type,
              t->value);
      put_quoted(P->out, s, n);
      fputc('\n', P->out);
      break;
    }
    P->count++;
  }
}

/* The start of the last sentence of buf[lo..n) as the splitter that
 * numbers the finder's sentences cuts it ("Sept. 12" and "U.S. officials"
 * are no sentence ends), or 0.  lo may fall inside a sentence, so the
 * end of the first one found is no boundary to trust. */
static size_t sentence_cut(const char *buf, size_t n, size_t lo) {
  annals_sentence *ss = NULL;
  size_t k = annals_sentences_split(buf + lo, n - lo, &ss);
  size_t c = k >= 3 ? lo + ss[k - 1].start : 0;
  g_free(ss);
  return c;
}

/* Moves a cut c of buf[0..n) that would split a temporal expression (a
 * line end or space inside "May 9,\n2025") to the start of that
 * expression, which then goes to the next piece whole.  The finder runs
 * on a small window around the cut only. */
static size_t cut_outside_expression(const char *buf, size_t n, size_t c,
                                     size_t lo) {
  const size_t margin = 512;
  size_t a = c > margin ? c - margin : 0, b = n - c > margin ? c + margin : n;
  while (a > 0 && ((unsigned char)buf[a] & 0xC0) == 0x80)
    a++;
  while (b < n && ((unsigned char)buf[b] & 0xC0) == 0x80)
    b++;
  if (annals_utf8_check(buf + a, b - a) < b - a)
    return c; /* reported when the piece is checked */
  annals_timexes x;
  annals_timexes_init(&x);
  annals_dates_find(buf + a, b - a, NULL, &x, NULL);
  for (size_t i = 0; i < x.n; i++) {
    size_t s = a + x.items[i].start, e = a + x.items[i].end;
    if (s < c && c < e) {
      if (s > lo)
        c = s;
      break;
    }
  }
  annals_timexes_release(&x);
  return c;
}

/* Where to cut buf[0..n) so that the piece ends at a boundary: a
 * paragraph break, else the start of a sentence, else a line end, else a
 * space (the last one in the second half of the piece); a cut other than
 * a paragraph break is moved before an expression it would split. */
static size_t cut_point(const char *buf, size_t n) {
  size_t lo = n / 2, c = 0;
  for (size_t i = n; i > lo + 1; i--)
    if (buf[i - 1] == '\n' && (buf[i - 2] == '\n' || buf[i - 2] == '\r'))
      return i;
  c = sentence_cut(buf, n, lo);
  for (size_t i = n; !c && i > lo; i--)
    if (buf[i - 1] == '\n' || buf[i - 1] == '\r')
      c = i;
  for (size_t i = n; !c && i > lo; i--)
    if (buf[i - 1] == ' ' || buf[i - 1] == '\t')
      c = i;
  if (c)
    return cut_outside_expression(buf, n, c, lo);
  size_t i = n;
  while (i > 0 && ((unsigned char)buf[i - 1] & 0xC0) == 0x80)
    i--;
  if (i > 0 && (unsigned char)buf[i - 1] >= 0xC0)
    i--; /* lead byte of a cut sequence */
  return i ? i : n;
}

/* Reports invalid input at byte bad of the piece p[0..n), which starts
 * line_no lines (and col0 bytes into a line) into the input. */
static void bad_input(const char *name, const char *p, size_t n, size_t bad,
                      size_t base, unsigned line_no, size_t col0) {
  const unsigned char *u = (const unsigned char *)p;
  if (base == 0 && n >= 2 &&
      ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
    fprintf(stderr,
            "%s:1:1: error: file is UTF-16 (byte order mark); "
            "convert it to UTF-8\n",
            name);
    return;
  }
  unsigned line, col;
  annals_text_position(p, n, bad, &line, &col);
  if (line == 1)
    col += (unsigned)col0;
  line += line_no;
  if (u[bad] == 0)
    fprintf(stderr, "%s:%u:%u: error: NUL byte in the file\n", name, line, col);
  else
    fprintf(stderr, "%s:%u:%u: error: invalid UTF-8 byte 0x%02x\n", name, line,
            col, (unsigned)u[bad]);
}

int cmd_dates(int argc, char **argv) {
  static const struct option longopts[] = {
      {"dct", required_argument, NULL, 'd'},
      {"format", required_argument, NULL, 'f'},
      {"day-first", no_argument, NULL, 'D'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0},
  };
  annals_dates_opts opts;
  memset(&opts, 0, sizeof opts);
  enum fmt fmt = F_JSONL;
  optind = 1;
  opterr = 0;
  int c;
  while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (c) {
    case 'd':
      if (!annals_parse_day(optarg, &opts.dct))
        return cli_usage_error("dates", usage_line,
                               "invalid --dct '%s': expected YYYY-MM-DD",
                               optarg);
      break;
    case 'f':
      if (strcmp(optarg, "jsonl") == 0)
        fmt = F_JSONL;
      else if (strcmp(optarg, "yaml") == 0)
        fmt = F_YAML;
      else if (strcmp(optarg, "text") == 0)
        fmt = F_TEXT;
      else
        return cli_usage_error("dates", usage_line,
                               "unknown format '%s' (jsonl, yaml, text)",
                               optarg);
      break;
    case 'D':
      opts.day_first = true;
      break;
    case 'h':
      help();
      return 0;
    case ':':
      return cli_usage_error("dates", usage_line, "option '%s' needs a value",
                             argv[optind - 1]);
    default:
      return cli_usage_error("dates", usage_line, "unknown option '%s'",
                             argv[optind - 1]);
    }
  }
  if (argc - optind != 1)
    return cli_usage_error("dates", usage_line,
                           argc - optind ? "expected one input, got %d"
                                         : "no input file (use '-' for "
                                           "standard input)%.0d",
                           argc - optind);
  const char *path = argv[optind];
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!in) {
    cli_error("cannot open '%s': %s", path, strerror(errno));
    return EXIT_INPUT;
  }
  int rc = 0;
  size_t cap = 2 * PIECE, n = 0, base = 0;
  char *buf = g_malloc(cap);
  annals_dates_stream *S = annals_dates_stream_new(&opts);
  printer P = {fmt, stdout, false, 0};
  bool eof = false;
  unsigned lines = 0;           /* line ends before the piece */
  size_t col0 = 0, last_nl = 0; /* bytes of the piece's first line before it */
  annals_timexes x;
  annals_timexes_init(&x);
  while (!eof || n > 0) {
    while (!eof && n < PIECE) {
      size_t got = fread(buf + n, 1, cap - n, in);
      n += got;
      if (got == 0) {
        if (ferror(in)) {
          fprintf(stderr, "%s: error: read failed: %s\n", name,
                  strerror(errno));
          rc = EXIT_INPUT;
          goto done;
        }
        eof = true;
      }
    }
    size_t cut = eof ? n : cut_point(buf, n);
    size_t bad = annals_utf8_check(buf, cut);
    if (bad < cut) {
      bad_input(name, buf, cut, bad, base, lines, col0);
      rc = EXIT_INPUT;
      goto done;
    }
    x.n = 0;
    annals_dates_stream_feed(S, buf, cut, &x, NULL);
    print_piece(&P, &x, buf, base);
    for (size_t i = 0; i < cut; i++) {
      const char *nl = memchr(buf + i, '\n', cut - i);
      if (!nl)
        break;
      i = (size_t)(nl - buf);
      lines++;
      last_nl = i + 1;
      col0 = 0;
    }
    col0 += cut - last_nl;
    last_nl = 0;
    memmove(buf, buf + cut, n - cut);
    n -= cut;
    base += cut;
    if (eof && n == 0)
      break;
  }
  if (!P.header_done)
    print_header(&P, &x);
  if (fmt == F_YAML && P.count == 0)
    fputs("timexes: []\n", stdout);
done:
  annals_timexes_release(&x);
  annals_dates_stream_free(S);
  g_free(buf);
  if (in != stdin)
    fclose(in);
  return rc;
}
