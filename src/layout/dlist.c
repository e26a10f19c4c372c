/*
 * dlist.c - display list storage, theme colours and the JSON dump of a
 * layout (the counterpart of graphviz's -Tjson / xdot: stable text, fixed
 * key order, "%.2f" numbers that do not depend on the locale).
 */
#include "layout/layout_int.h"

#include <math.h>
#include <stdio.h>

void dlist_init(annals_dlist *dl) { memset(dl, 0, sizeof *dl); }

void dlist_release(annals_dlist *dl) {
  g_free(dl->items);
  memset(dl, 0, sizeof *dl);
}

annals_dl_item *dlist_add(annals_dlist *dl, annals_dl_kind kind) {
  ANNALS_GROW(dl->items, dl->n, dl->cap);
  annals_dl_item *it = &dl->items[dl->n++];
  memset(it, 0, sizeof *it);
  it->kind = kind;
  it->line_width = 1;
  it->opacity = 1;
  it->label = -1;
  it->event = -1;
  return it;
}

/* ---- themes ---------------------------------------------------------- */

/* Quad colours from the Okabe-Ito palette (safe for the common forms of
 * colour blindness): conflict in warm hues (vermillion, orange),
 * cooperation in cool ones (blue, sky blue), unknown in grey.  Print uses
 * darker variants that survive greyscale copying with distinct lightness. */
static const unsigned int palette[3][ANNALS_COLOR_COUNT] = {
    /* light */
    {0xffffff, 0x1a1a1a, 0x5c5c5c, 0x333333, 0xf2f2f2, 0x8c8c8c, 0x56b4e9,
     0x0072b2, 0xe69f00, 0xd55e00},
    /* dark */
    {0x16181d, 0xeeeeee, 0xa8a8a8, 0xcccccc, 0x22252b, 0x9a9a9a, 0x56b4e9,
     0x3a9ad9, 0xe69f00, 0xff7a2a},
    /* print */
    {0xffffff, 0x000000, 0x404040, 0x000000, 0xededed, 0x808080, 0x6fa8dc,
     0x08306b, 0xc98a00, 0x8c2d04},
};

bool annals_theme_from_name(const char *name, annals_theme *out) {
  static const char *const names[] = {"light", "dark", "print"};
  for (size_t i = 0; i < ARRAY_SIZE(names); i++)
    if (strcmp(name, names[i]) == 0) {
      *out = (annals_theme)i;
      return true;
    }
  return false;
}

void annals_theme_color(annals_theme theme, annals_color_role role,
                        double rgb[3]) {
  unsigned t = (unsigned)theme < 3 ? (unsigned)theme : 0;
  unsigned r = (unsigned)role < ANNALS_COLOR_COUNT ? (unsigned)role : 1;
  unsigned int c = palette[t][r];
  rgb[0] = ((c >> 16) & 0xff) / 255.0;
  rgb[1] = ((c >> 8) & 0xff) / 255.0;
  rgb[2] = (c & 0xff) / 255.0;
}

annals_color_role annals_quad_color(annals_quad q) {
  switch (q) {
  case ANNALS_QUAD_VERBAL_COOPERATION:
    return ANNALS_COLOR_QUAD_VERBAL_COOPERATION;
  case ANNALS_QUAD_MATERIAL_COOPERATION:
    return ANNALS_COLOR_QUAD_MATERIAL_COOPERATION;
  case ANNALS_QUAD_VERBAL_CONFLICT:
    return ANNALS_COLOR_QUAD_VERBAL_CONFLICT;
  case ANNALS_QUAD_MATERIAL_CONFLICT:
    return ANNALS_COLOR_QUAD_MATERIAL_CONFLICT;
  case ANNALS_QUAD_NONE:
  default:
    return ANNALS_COLOR_QUAD_NONE;
  }
}

/* ---- JSON ------------------------------------------------------------ */

/* "%.2f" without locale: integers in hundredths. */
static void put_num(FILE *f, double v) {
  long long h = llround(v * 100);
  if (h < 0) {
    fputc('-', f);
    h = -h;
  }
  fprintf(f, "%lld.%02lld", h / 100, h % 100);
}

static void put_str(FILE *f, const char *s) {
  if (!s) {
    fputs("null", f);
    return;
  }
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\')
      fprintf(f, "\\%c", *p);
    else if (*p == '\n')
      fputs("\\n", f);
    else if (*p < 0x20)
      fprintf(f, "\\u%04x", *p);
    else
      fputc(*p, f);
  }
  fputc('"', f);
}

static void put_box(FILE *f, const annals_box *b) {
  fputs("\"x\": ", f);
  put_num(f, b->x);
  fputs(", \"y\": ", f);
  put_num(f, b->y);
  fputs(", \"w\": ", f);
  put_num(f, b->w);
  fputs(", \"h\": ", f);
  put_num(f, b->h);
}

/* A point: [x, y]. */
static void put_xy(FILE *f, double x, double y) {
  fputc('[', f);
  put_num(f, x);
  fputs(", ", f);
  put_num(f, y);
  fputc(']', f);
}

static void put_day(FILE *f, int64_t day) {
  int y, m, d;
  annals_civil_from_days(day, &y, &m, &d);
  annals_date dt = {y, m, d, ANNALS_PREC_DAY};
  char buf[24];
  annals_date_format(&dt, buf, sizeof buf);
  put_str(f, buf);
}

static void put_ids(FILE *f, const annals_layout *l, const size_t *idx,
                    size_t first, size_t n) {
  fputc('[', f);
  for (size_t i = 0; i < n; i++) {
    if (i)
      fputs(", ", f);
    put_str(f, l->markers[idx[first + i]].id);
  }
  fputc(']', f);
}

static void put_markers(FILE *f, const annals_layout *l) {
  fputs("  \"markers\": [", f);
  for (size_t i = 0; i < l->n_markers; i++) {
    const annals_marker *m = &l->markers[i];
    fputs(i ? ",\n    {" : "\n    {", f);
    fputs("\"id\": ", f);
    put_str(f, m->id);
    fprintf(f, ", \"lane\": %d, \"shape\": \"%s\", \"approximate\": %s, "
               "\"count\": %zu, ",
            m->lane, m->span ? "bar" : "point",
            m->approximate ? "true" : "false", m->count);
    fputs("\"from\": ", f);
    put_xy(f, m->x0, m->y0);
    fputs(", \"to\": ", f);
    put_xy(f, m->x1, m->y1);
    fputs(", \"r\": ", f);
    put_num(f, m->r);
    if (m->stem) {
      fputs(", \"stem\": [", f);
      put_xy(f, m->sx0, m->sy0);
      fputs(", ", f);
      put_xy(f, m->sx1, m->sy1);
      fputc(']', f);
    }
    fprintf(f, ", \"label\": %d, \"fold\": %d}", m->label, m->fold);
  }
  fputs(l->n_markers ? "\n  ],\n" : "],\n", f);
}

static void put_labels(FILE *f, const annals_layout *l) {
  fputs("  \"labels\": [", f);
  for (size_t i = 0; i < l->n_labels; i++) {
    const annals_label *b = &l->labels[i];
    fputs(i ? ",\n    {" : "\n    {", f);
    put_box(f, &b->box);
    fprintf(f, ", \"lane\": %d, \"side\": \"%s\", \"row\": %d, "
               "\"align\": \"%s\",\n     ",
            b->lane,
            l->orient == ANNALS_ORIENT_VERTICAL ? "right"
            : b->side < 0                       ? "above"
                                                : "below",
            b->row, b->align > 0 ? "start" : b->align < 0 ? "end" : "inside");
    fputs("\"leader\": [", f);
    for (int k = 0; k < b->n_leader; k++) {
      if (k)
        fputs(", ", f);
      put_xy(f, b->leader_x[k], b->leader_y[k]);
    }
    fputc(']', f);
    if (b->cluster.w > 0) {
      fputs(", \"cluster\": {", f);
      put_box(f, &b->cluster);
      fputc('}', f);
    }
    fputs(",\n     \"events\": ", f);
    put_ids(f, l, l->label_markers, b->first_marker, b->n_markers);
    fprintf(f, ", \"more\": %zu,\n     \"lines\": [", b->n_hidden);
    for (size_t k = 0; k < b->n_lines; k++) {
      if (k)
        fputs(", ", f);
      put_str(f, b->lines[k]);
    }
    fputs("]}", f);
  }
  fputs(l->n_labels ? "\n  ],\n" : "],\n", f);
}

annals_status annals_layout_write_json(const annals_layout *l, FILE *f) {
  static const char *const theme_names[] = {"light", "dark", "print"};
  fputs("{\n  \"canvas\": {\"w\": ", f);
  put_num(f, l->width);
  fputs(", \"h\": ", f);
  put_num(f, l->height);
  fprintf(f, ", \"theme\": \"%s\", \"orient\": \"%s\"},\n",
          theme_names[(unsigned)l->theme < 3 ? l->theme : 0],
          l->orient == ANNALS_ORIENT_VERTICAL ? "vertical" : "horizontal");
  fprintf(f, "  \"events\": {\"dated\": %zu, \"undated\": %zu, "
             "\"folded\": %zu},\n",
          l->n_markers, l->n_undated, l->n_folded);

  fputs("  \"axis\": {\n    \"segments\": [", f);
  for (size_t i = 0; i < l->n_segments; i++) {
    const annals_axis_segment *s = &l->segments[i];
    fputs(i ? ",\n      {" : "\n      {", f);
    fputs("\"from\": ", f);
    put_day(f, s->day0);
    fputs(", \"to\": ", f);
    put_day(f, s->day1);
    fputs(", \"x0\": ", f);
    put_num(f, s->x0);
    fputs(", \"x1\": ", f);
    put_num(f, s->x1);
    fprintf(f, ", \"unit\": \"%s\"}", annals_tick_unit_name(s->unit));
  }
  fputs(l->n_segments ? "\n    ],\n" : "],\n", f);
  fputs("    \"breaks\": [", f);
  for (size_t i = 0; i + 1 < l->n_segments; i++) {
    if (i)
      fputs(", ", f);
    put_num(f, (l->segments[i].x1 + l->segments[i + 1].x0) / 2);
  }
  fputs("],\n    \"ticks\": [", f);
  for (size_t i = 0; i < l->n_ticks; i++) {
    const annals_tick *t = &l->ticks[i];
    fputs(i ? ",\n      {" : "\n      {", f);
    fputs("\"date\": ", f);
    put_day(f, t->day);
    fputs(", \"x\": ", f);
    put_num(f, t->x);
    fputs(", \"label\": ", f);
    put_str(f, t->label);
    fputs(", \"box\": {", f);
    put_box(f, &t->box);
    fputs("}}", f);
  }
  fputs(l->n_ticks ? "\n    ]\n  },\n" : "]\n  },\n", f);

  fputs("  \"lanes\": [", f);
  for (size_t i = 0; i < l->n_lanes; i++) {
    const annals_lane *ln = &l->lanes[i];
    fputs(i ? ",\n    {" : "\n    {", f);
    fputs("\"name\": ", f);
    put_str(f, ln->name);
    fputs(", \"axis_y\": ", f);
    put_num(f, ln->axis_y);
    fputs(", \"axis_x\": ", f);
    put_num(f, ln->axis_x);
    fputs(", ", f);
    put_box(f, &ln->box);
    fputc('}', f);
  }
  fputs(l->n_lanes ? "\n  ],\n" : "],\n", f);

  put_markers(f, l);
  put_labels(f, l);

  fputs("  \"folds\": [", f);
  for (size_t i = 0; i < l->n_folds; i++) {
    const annals_fold *fo = &l->folds[i];
    fputs(i ? ",\n    {" : "\n    {", f);
    put_box(f, &fo->box);
    fprintf(f, ", \"lane\": %d, \"count\": %zu, \"events\": ", fo->lane,
            fo->n_markers);
    put_ids(f, l, l->fold_markers, fo->first_marker, fo->n_markers);
    fputc('}', f);
  }
  fputs(l->n_folds ? "\n  ],\n" : "],\n", f);

  fputs("  \"legend\": [", f);
  for (size_t i = 0; i < l->n_legend; i++) {
    fputs(i ? ",\n    {" : "\n    {", f);
    fputs("\"text\": ", f);
    put_str(f, l->legend[i].text);
    fputs(", ", f);
    put_box(f, &l->legend[i].box);
    fputc('}', f);
  }
  fputs(l->n_legend ? "\n  ]\n}\n" : "]\n}\n", f);
  return ferror(f) ? ANNALS_ERR_IO : ANNALS_OK;
}

/* ---- the display list as text ------------------------------------------ */

static const char *color_name(annals_color_role r) {
  static const char *const names[ANNALS_COLOR_COUNT] = {
      "background", "ink",       "muted",      "axis",      "lane",
      "quad-none",  "quad-vcoop", "quad-mcoop", "quad-vconf", "quad-mconf"};
  return (unsigned)r < ANNALS_COLOR_COUNT ? names[r] : "?";
}

static const char *font_name(annals_font_role r) {
  static const char *const names[ANNALS_FONT_COUNT] = {
      "title", "subtitle", "label", "label-date", "tick",
      "legend", "note",    "lane",  "badge"};
  return (unsigned)r < ANNALS_FONT_COUNT ? names[r] : "?";
}

/* One item: its kind and geometry, then what paints it. */
static void put_item(FILE *f, const annals_dl_item *it) {
  static const char *const kinds[] = {"rect", "line", "circle", "text"};
  fputs((unsigned)it->kind < 4 ? kinds[it->kind] : "?", f);
  const double *v[6] = {&it->x, &it->y, NULL, NULL, NULL, NULL};
  switch (it->kind) {
  case ANNALS_DL_LINE:
    v[2] = &it->x2;
    v[3] = &it->y2;
    break;
  case ANNALS_DL_CIRCLE:
    v[2] = &it->r;
    break;
  case ANNALS_DL_RECT:
  case ANNALS_DL_TEXT:
  default:
    v[2] = &it->w;
    v[3] = &it->h;
    break;
  }
  for (int k = 0; k < 6 && v[k]; k++) {
    fputc(' ', f);
    put_num(f, *v[k]);
  }
  if (it->flags & ANNALS_DL_F_FILL)
    fprintf(f, " fill=%s", color_name(it->fill));
  if (it->flags & ANNALS_DL_F_STROKE) {
    fprintf(f, " stroke=%s lw=", color_name(it->stroke));
    put_num(f, it->line_width);
  }
  if (it->kind == ANNALS_DL_TEXT) {
    fprintf(f, " font=%s", font_name(it->font));
    if (!(it->flags & ANNALS_DL_F_FILL)) /* text is drawn in its fill role */
      fprintf(f, " color=%s", color_name(it->fill));
  }
  if (it->opacity != 1) {
    fputs(" opacity=", f);
    put_num(f, it->opacity);
  }
  static const struct {
    unsigned flag;
    const char *name;
  } flags[] = {{ANNALS_DL_F_DASHED, " dashed"},
               {ANNALS_DL_F_FADED, " faded"},
               {ANNALS_DL_F_RTL, " rtl"},
               {ANNALS_DL_F_END, " end"}};
  for (size_t k = 0; k < ARRAY_SIZE(flags); k++)
    if (it->flags & flags[k].flag)
      fputs(flags[k].name, f);
  if (it->label >= 0)
    fprintf(f, " label=%d", it->label);
  if (it->event >= 0)
    fprintf(f, " event=%d", it->event);
  if (it->kind == ANNALS_DL_TEXT) {
    fputc(' ', f);
    put_str(f, it->text);
    if (it->tip) {
      fputs(" tip=", f);
      put_str(f, it->tip);
    }
  }
  fputc('\n', f);
}

annals_status annals_layout_write_dl(const annals_layout *l, FILE *f) {
  for (size_t i = 0; i < l->dl.n; i++)
    put_item(f, &l->dl.items[i]);
  return ferror(f) ? ANNALS_ERR_IO : ANNALS_OK;
}
