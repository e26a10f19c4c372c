/*
 * measure_est.c - a deterministic text measurer from a table of advance
 * widths (graphviz's estimate_textspan_size idea).  The widths are close to
 * Noto Sans, in thousandths of an em; other code points count as 0.6 em,
 * combining marks as nothing.  No fonts are read, so layouts made with it
 * are the same everywhere: the golden tests use it.
 */
#include "internal.h"

/* Advance widths of ASCII 32..126 in 1/1000 em. */
static const unsigned short ascii_width[95] = {
    260, 268, 421, 646, 572, 826, 716, 232, 296, 296, /*  !"#$%&'() */
    552, 572, 252, 322, 266, 367, 572, 572, 572, 572, /* *+,-./0123 */
    572, 572, 572, 572, 572, 572, 266, 266, 572, 572, /* 456789:;<= */
    572, 429, 899, 639, 648, 631, 729, 556, 516, 728, /* >?@ABCDEFG */
    738, 279, 267, 613, 519, 907, 763, 779, 602, 779, /* HIJKLMNOPQ */
    618, 549, 553, 733, 605, 938, 600, 566, 572, 329, /* RSTUVWXYZ[ */
    367, 329, 572, 442, 561, 561, 615, 480, 615, 564, /* \]^_`abcde */
    344, 615, 618, 258, 258, 534, 258, 935, 618, 605, /* fghijklmno */
    615, 615, 413, 479, 361, 618, 508, 786, 529, 510, /* pqrstuvwxy */
    470, 372, 551, 372, 572,                          /* z{|}~ */
};

static double em_units(const char *s, size_t len) {
  double w = 0;
  const char *p = s, *end = s + len;
  while (p < end) {
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
      w += c >= 32 && c < 127 ? ascii_width[c - 32] : 0;
      p++;
      continue;
    }
    gunichar u = g_utf8_get_char_validated(p, end - p);
    if (u == (gunichar)-1 || u == (gunichar)-2) {
      w += 600;
      p++;
      continue;
    }
    GUnicodeType ty = g_unichar_type(u);
    if (ty != G_UNICODE_NON_SPACING_MARK && ty != G_UNICODE_ENCLOSING_MARK &&
        ty != G_UNICODE_FORMAT)
      w += u == 0x2026 ? 1000 : 600;
    p = g_utf8_next_char(p);
  }
  return w / 1000.0;
}

static double est_width(void *ctx, annals_font_role role, const char *s,
                        size_t len) {
  UNUSED(ctx);
  const annals_font_spec *f = annals_font_spec_get(role);
  double w = em_units(s, len) * f->size;
  if (f->bold)
    w *= 1.06;
  /* Round to 1/100 pt so that goldens do not depend on float noise. */
  return (double)(long long)(w * 100 + 0.5) / 100;
}

static double est_line_height(void *ctx, annals_font_role role) {
  UNUSED(ctx);
  const annals_font_spec *f = annals_font_spec_get(role);
  return (double)(long long)(f->size * 136 + 0.5) / 100;
}

void annals_measure_est_init(annals_measurer *m) {
  m->width = est_width;
  m->line_height = est_line_height;
  m->wrap = NULL;
  m->ctx = NULL;
}
