/*
 * render_svg.c - writes a finished display list as SVG with real text:
 * one <text> per line (selectable, searchable, translatable, editable in
 * Inkscape or Illustrator), font families named in a <style> sheet, and
 * each event drawn as a group with an id, a <title> tooltip (date, title,
 * source sentence) and a link to its source when that is a URL.
 *
 * The text is set in the bundled families by name ("Noto Sans", "Noto
 * Naskh Arabic", "Noto Sans Devanagari", ...); a viewer without them
 * falls back to its sans-serif face, whose widths differ a little.
 * Flush-right lines are anchored at their right end (text-anchor: end),
 * so they never run past their leader.  For pixel-exact output, annals_render_opts.outlines
 * selects cairo's SVG with every glyph drawn as an outline.
 *
 * No cairo or pango here: the fonts answer the only question left (where
 * a line's baseline is) through fonts_int.h.
 */
#include "internal.h"

#include "annals_render.h"
#include "render/fonts_int.h"
#include "render/render_int.h"

#include <math.h>
#include <stdio.h>

/* Numbers with at most two decimals, no trailing zeros: "12", "12.5". */
static void num(GString *g, double v) {
  long long h = llround(v * 100);
  bool neg = h < 0;
  if (neg)
    h = -h;
  if (neg && h)
    g_string_append_c(g, '-');
  g_string_append_printf(g, "%lld", h / 100);
  int frac = (int)(h % 100);
  if (frac % 10)
    g_string_append_printf(g, ".%02d", frac);
  else if (frac)
    g_string_append_printf(g, ".%d", frac / 10);
}

static void attr(GString *g, const char *name, double v) {
  g_string_append_c(g, ' ');
  g_string_append(g, name);
  g_string_append(g, "=\"");
  num(g, v);
  g_string_append_c(g, '"');
}

void render_xml_escape(GString *g, const char *s) {
  for (const char *p = s; *p; p++) {
    switch (*p) {
    case '&':
      g_string_append(g, "&amp;");
      break;
    case '<':
      g_string_append(g, "&lt;");
      break;
    case '>':
      g_string_append(g, "&gt;");
      break;
    case '"':
      g_string_append(g, "&quot;");
      break;
    default:
      if ((unsigned char)*p < 0x20 && *p != '\n' && *p != '\t')
        g_string_append_c(g, ' ');
      else
        g_string_append_c(g, *p);
    }
  }
}

static void colour(GString *g, annals_theme th, annals_color_role r) {
  double rgb[3];
  annals_theme_color(th, r, rgb);
  g_string_append_printf(g, "#%02x%02x%02x", (unsigned)lround(rgb[0] * 255),
                         (unsigned)lround(rgb[1] * 255),
                         (unsigned)lround(rgb[2] * 255));
}

static void paint_attrs(GString *g, annals_theme th,
                        const annals_dl_item *it) {
  g_string_append(g, " fill=\"");
  if (it->flags & ANNALS_DL_F_FILL)
    colour(g, th, it->fill);
  else
    g_string_append(g, "none");
  g_string_append_c(g, '"');
  if ((it->flags & ANNALS_DL_F_FILL) && it->opacity < 1)
    attr(g, "fill-opacity", it->opacity);
  if (it->flags & ANNALS_DL_F_STROKE) {
    g_string_append(g, " stroke=\"");
    colour(g, th, it->stroke);
    g_string_append_c(g, '"');
    if (it->line_width != 1)
      attr(g, "stroke-width", it->line_width);
    if (it->flags & ANNALS_DL_F_DASHED)
      g_string_append(g, " stroke-dasharray=\"2 1.5\"");
  }
}

static void put_rect(GString *g, annals_theme th, const annals_dl_item *it) {
  g_string_append(g, "<rect");
  attr(g, "x", it->x);
  attr(g, "y", it->y);
  attr(g, "width", it->w);
  attr(g, "height", it->h);
  double r = fmin(it->r, fmin(it->w, it->h) / 2);
  if (r > 0)
    attr(g, "rx", r);
  paint_attrs(g, th, it);
  g_string_append(g, "/>\n");
}

static void put_circle(GString *g, annals_theme th,
                       const annals_dl_item *it) {
  g_string_append(g, "<circle");
  attr(g, "cx", it->x);
  attr(g, "cy", it->y);
  attr(g, "r", it->r);
  paint_attrs(g, th, it);
  g_string_append(g, "/>\n");
}

static void put_line(GString *g, annals_theme th, const annals_dl_item *it) {
  g_string_append(g, "<line");
  attr(g, "x1", it->x);
  attr(g, "y1", it->y);
  attr(g, "x2", it->x2);
  attr(g, "y2", it->y2);
  g_string_append(g, " stroke=\"");
  colour(g, th, it->stroke);
  g_string_append_c(g, '"');
  if (it->line_width != 1)
    attr(g, "stroke-width", it->line_width);
  if (it->opacity < 1)
    attr(g, "stroke-opacity", it->opacity);
  g_string_append(g, "/>\n");
}

/* One line of text at its baseline.  Flush-right lines are anchored at
 * their right end; right-to-left lines at the end nearer their label's
 * leader (a viewer's shaping may make them a little wider or narrower, and
 * the slack then goes away from the leader). */
static void put_text(GString *g, const annals_layout *l, annals_fonts *f,
                     const annals_dl_item *it) {
  if (!it->text || !*it->text)
    return;
  bool rtl = it->flags & ANNALS_DL_F_RTL;
  bool end = it->flags & ANNALS_DL_F_END;
  if (rtl && it->label >= 0 && (size_t)it->label < l->n_labels)
    end = l->labels[it->label].align <= 0;
  g_string_append_printf(g, "<text class=\"f%d\"", (int)it->font);
  attr(g, "x", end ? it->x + it->w : it->x);
  attr(g, "y", it->y + fonts_baseline(f, it->font, it->text));
  if (rtl) /* in a right-to-left line, "start" is the right end */
    g_string_append(g, end ? " direction=\"rtl\""
                           : " direction=\"rtl\" text-anchor=\"end\"");
  else if (end)
    g_string_append(g, " text-anchor=\"end\"");
  if (it->fill != ANNALS_COLOR_INK) {
    g_string_append(g, " fill=\"");
    colour(g, l->theme, it->fill);
    g_string_append_c(g, '"');
  }
  g_string_append_c(g, '>');
  if (it->tip) {
    g_string_append(g, "<title>");
    render_xml_escape(g, it->tip);
    g_string_append(g, "</title>");
  }
  render_xml_escape(g, it->text);
  g_string_append(g, "</text>\n");
}

static void put_item(GString *g, const annals_layout *l, annals_fonts *f,
                     const annals_dl_item *it) {
  annals_theme th = l->theme;
  switch (it->kind) {
  case ANNALS_DL_RECT:
    put_rect(g, th, it);
    break;
  case ANNALS_DL_CIRCLE:
    put_circle(g, th, it);
    break;
  case ANNALS_DL_LINE:
    put_line(g, th, it);
    break;
  case ANNALS_DL_TEXT:
    put_text(g, l, f, it);
    break;
  }
}

/* ---- event groups ------------------------------------------------------ */

typedef struct {
  const annals_layout *l;
  GHashTable *ids;  /* ids given out, so that each stays unique */
  size_t *marker_of; /* timeline index -> marker index + 1, or 0 */
  size_t n_events;
} groups;

/* An XML name from an event id: "ev-" and the id's letters, digits, '-',
 * '_' and '.', anything else as '_'; "-2", "-3" ... when already taken. */
static void put_id(GString *g, groups *gr, const char *id) {
  GString *s = g_string_new("ev-");
  for (const char *p = id; *p; p++) {
    char c = *p;
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    g_string_append_c(s, ok ? c : '_');
  }
  size_t base = s->len;
  for (int k = 2; g_hash_table_contains(gr->ids, s->str); k++) {
    g_string_truncate(s, base);
    g_string_append_printf(s, "-%d", k);
  }
  g_string_append(g, s->str);
  g_hash_table_add(gr->ids, g_string_free(s, FALSE));
}

/* Opens the group of markers[idx[0..n)]: <g id> with a <title> holding
 * every event's tooltip, inside an <a> when one of them has a URL.  The
 * bar of a labelled event, drawn apart from its label, gets no id (the
 * label's group has it).  Returns whether an <a> was opened. */
static bool open_group(GString *g, groups *gr, const size_t *idx,
                       size_t n, bool with_id) {
  const annals_layout *l = gr->l;
  const char *url = NULL;
  for (size_t k = 0; k < n && !url; k++)
    url = l->markers[idx[k]].url;
  if (url) {
    g_string_append(g, "<a href=\"");
    render_xml_escape(g, url);
    g_string_append(g, "\" xlink:href=\"");
    render_xml_escape(g, url);
    g_string_append(g, "\">\n");
  }
  if (with_id) {
    g_string_append(g, "<g id=\"");
    put_id(g, gr, l->markers[idx[0]].id);
    g_string_append(g, "\" class=\"event\"><title>");
  } else {
    g_string_append(g, "<g class=\"mark\"><title>");
  }
  for (size_t k = 0; k < n; k++) {
    if (k)
      g_string_append(g, "\n\n");
    render_xml_escape(g, l->markers[idx[k]].tip ? l->markers[idx[k]].tip
                                                 : "");
  }
  g_string_append(g, "</title>\n");
  return url != NULL;
}

static void close_group(GString *g, bool link) {
  g_string_append(g, link ? "</g>\n</a>\n" : "</g>\n");
}

/* The markers of event ev within label lab: its position in the label's
 * list and the events sharing its marker; 0 when it is not there. */
static size_t sub_markers(const groups *gr, int lab, int ev, size_t *first) {
  const annals_layout *l = gr->l;
  const annals_label *lb = &l->labels[lab];
  if (ev < 0 || (size_t)ev >= gr->n_events || !gr->marker_of[ev])
    return 0;
  size_t mk = gr->marker_of[ev] - 1;
  for (size_t k = 0; k < lb->n_markers; k++)
    if (l->label_markers[lb->first_marker + k] == mk) {
      size_t n = l->markers[mk].count ? l->markers[mk].count : 1;
      *first = lb->first_marker + k;
      return k + n <= lb->n_markers ? n : lb->n_markers - k;
    }
  return 0;
}

typedef struct {
  int label;     /* the label whose group is open, or -1 */
  bool link;     /* its group sits in an <a> */
  int sub;       /* the event of the nested group open in it, or -1 */
  bool sub_link;
} open_state;

/* Within a label of several events, the items of each but the first
 * event sit in a nested group of their own, so that every event has an
 * id. */
static void follow_event(GString *g, groups *gr, open_state *st, int ev) {
  const annals_layout *l = gr->l;
  const annals_label *lb = &l->labels[st->label];
  int first = (int)l->markers[l->label_markers[lb->first_marker]].event;
  int want = ev >= 0 && ev != first ? ev : -1;
  if (want == st->sub)
    return;
  if (st->sub >= 0)
    close_group(g, st->sub_link);
  st->sub = -1;
  size_t at;
  size_t n = want >= 0 ? sub_markers(gr, st->label, want, &at) : 0;
  if (n) {
    st->sub_link = open_group(g, gr, l->label_markers + at, n, true);
    st->sub = want;
  }
}

static void close_label(GString *g, open_state *st) {
  if (st->sub >= 0)
    close_group(g, st->sub_link);
  if (st->label >= 0)
    close_group(g, st->link);
  st->label = st->sub = -1;
}

/* The items, those of one label or one unlabelled marker in a group. */
static void put_items(GString *g, groups *gr, annals_fonts *f) {
  const annals_layout *l = gr->l;
  open_state st = {-1, false, -1, false};
  for (size_t i = 0; i < l->dl.n; i++) {
    const annals_dl_item *it = &l->dl.items[i];
    int lab = it->label >= 0 && (size_t)it->label < l->n_labels ? it->label
                                                                 : -1;
    if (lab != st.label)
      close_label(g, &st);
    if (lab >= 0 && lab != st.label && l->labels[lab].n_markers) {
      const annals_label *lb = &l->labels[lab];
      st.link = open_group(g, gr, l->label_markers + lb->first_marker,
                           lb->n_markers, true);
      st.label = lab;
    }
    if (st.label >= 0)
      follow_event(g, gr, &st, it->event);
    size_t mk = lab < 0 && it->event >= 0 && (size_t)it->event < gr->n_events
                    ? gr->marker_of[it->event]
                    : 0;
    if (mk) {
      size_t one = mk - 1;
      bool a = open_group(g, gr, &one, 1, l->markers[one].label < 0);
      put_item(g, l, f, it);
      close_group(g, a);
      continue;
    }
    put_item(g, l, f, it);
  }
  close_label(g, &st);
}

/* ---- the document ------------------------------------------------------ */

static void put_style(GString *g, annals_theme th) {
  g_string_append(g, "<style>\ntext{font-family:'Noto Sans','Noto Naskh "
                     "Arabic','Noto Sans Devanagari','Noto Sans Hebrew',"
                     "'Noto Sans Armenian','Noto Sans Georgian',sans-serif;"
                     "white-space:pre;fill:");
  colour(g, th, ANNALS_COLOR_INK);
  g_string_append(g, "}\n");
  for (int r = 0; r < ANNALS_FONT_COUNT; r++) {
    const annals_font_spec *sp = annals_font_spec_get((annals_font_role)r);
    g_string_append_printf(g, ".f%d{font-size:", r);
    num(g, sp->size);
    g_string_append(g, sp->bold ? "px;font-weight:bold}\n" : "px}\n");
  }
  g_string_append(g, "</style>\n");
}

void render_svg_text(const annals_layout *l, annals_fonts *f,
                     const annals_render_opts *o, GString *g) {
  g_string_append(g, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                     "xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
  g_string_append(g, " width=\"");
  num(g, l->width);
  g_string_append(g, "pt\" height=\"");
  num(g, l->height);
  g_string_append(g, "pt\" viewBox=\"0 0 ");
  num(g, l->width);
  g_string_append_c(g, ' ');
  num(g, l->height);
  g_string_append(g, "\">\n<title>");
  render_xml_escape(g, o->title && *o->title ? o->title : "Timeline");
  g_string_append(g, "</title>\n<desc>");
  render_xml_escape(g, o->desc ? o->desc : "");
  g_string_append(g, "</desc>\n");
  put_style(g, l->theme);
  g_string_append(g, "<rect width=\"100%\" height=\"100%\" fill=\"");
  colour(g, l->theme, ANNALS_COLOR_BACKGROUND);
  g_string_append(g, "\"/>\n");
  groups gr = {l, g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                        NULL),
               NULL, 0};
  for (size_t i = 0; i < l->n_markers; i++)
    if (l->markers[i].event + 1 > gr.n_events)
      gr.n_events = l->markers[i].event + 1;
  gr.marker_of = g_new0(size_t, gr.n_events ? gr.n_events : 1);
  for (size_t i = 0; i < l->n_markers; i++)
    if (!gr.marker_of[l->markers[i].event])
      gr.marker_of[l->markers[i].event] = i + 1;
  put_items(g, &gr, f);
  g_free(gr.marker_of);
  g_hash_table_destroy(gr.ids);
  g_string_append(g, "</svg>\n");
}
