/*
 * layout_text.c - text for the layout: measuring through the measurer,
 * wrapping into lines (ellipsized past a line limit), and the display-list
 * items that draw text and lines.  Pure computation.
 */
#include "layout/layout_int.h"

#include <stdio.h>

double lay_width(const annals_measurer *m, annals_font_role r, const char *s,
                 size_t len) {
  return m->width(m->ctx, r, s, len);
}

/* True when the first strong character belongs to a right-to-left
 * script. */
bool lay_text_is_rtl(const char *s, size_t len) {
  const char *p = s, *end = s + len;
  while (p < end) {
    gunichar u = g_utf8_get_char_validated(p, end - p);
    if (u == (gunichar)-1 || u == (gunichar)-2)
      return false;
    if (g_unichar_isalpha(u)) {
      switch (g_unichar_get_script(u)) {
      case G_UNICODE_SCRIPT_ARABIC:
      case G_UNICODE_SCRIPT_HEBREW:
      case G_UNICODE_SCRIPT_SYRIAC:
      case G_UNICODE_SCRIPT_THAANA:
      case G_UNICODE_SCRIPT_NKO:
        return true;
      default:
        return false;
      }
    }
    p = g_utf8_next_char(p);
  }
  return false;
}

/* Longest prefix of s[0..len) (at a character boundary) no wider than
 * maxw; at least one character. */
static size_t fit_chars(const annals_measurer *m, annals_font_role r,
                        const char *s, size_t len, double maxw) {
  size_t lo = (size_t)(g_utf8_next_char(s) - s), hi = len;
  if (lo > len)
    lo = len;
  if (lay_width(m, r, s, len) <= maxw)
    return len;
  /* Binary search on byte positions, snapped to character starts. */
  while (lo < hi) {
    size_t mid = lo + (hi - lo + 1) / 2;
    while (mid > lo && ((unsigned char)s[mid] & 0xc0) == 0x80)
      mid--;
    if (mid <= lo)
      break;
    if (lay_width(m, r, s, mid) <= maxw)
      lo = mid;
    else
      hi = mid - 1;
    while (hi > lo && hi < len && ((unsigned char)s[hi] & 0xc0) == 0x80)
      hi--;
  }
  return lo;
}

/* Greedy wrapping with width(): words first, characters for long words. */
static size_t wrap_greedy(const annals_measurer *m, annals_font_role r,
                          const char *s, size_t len, double maxw,
                          annals_line_span *lines, size_t max_lines) {
  size_t n = 0, pos = 0;
  while (pos < len) {
    while (pos < len && s[pos] == ' ')
      pos++;
    if (pos >= len)
      break;
    size_t end = pos, best = 0;
    while (end < len) {
      size_t we = end;
      while (we < len && s[we] == ' ')
        we++;
      while (we < len && s[we] != ' ')
        we++;
      if (lay_width(m, r, s + pos, we - pos) > maxw)
        break;
      best = we;
      end = we;
    }
    if (best == 0) /* the first word alone is too wide */
      best = pos + fit_chars(m, r, s + pos, len - pos, maxw);
    size_t e = best;
    while (e > pos && s[e - 1] == ' ')
      e--;
    if (n < max_lines) {
      lines[n].start = pos;
      lines[n].len = e - pos;
      lines[n].width = lay_width(m, r, s + pos, e - pos);
    }
    n++;
    pos = best;
  }
  return n;
}

/* The last line of a text that needs more lines than it may have: the
 * longest prefix of the rest that fits with "...", cut between words when
 * that keeps at least half of it. */
static void ellipsize(const annals_measurer *m, lay_priv *pv, tline *t,
                      const char *rest, size_t rlen, double maxw) {
  double ew = lay_width(m, t->font, "\xe2\x80\xa6", 3);
  size_t k = fit_chars(m, t->font, rest, rlen, maxw - ew);
  size_t cut = k;
  while (cut > 0 && rest[cut - 1] != ' ')
    cut--;
  if (cut == 0 || cut < k / 2)
    cut = k;
  while (cut > 0 && rest[cut - 1] == ' ')
    cut--;
  GString *g = g_string_new_len(rest, (gssize)cut);
  g_string_append(g, "\xe2\x80\xa6");
  t->text = g_string_chunk_insert_len(pv->strings, g->str, (gssize)g->len);
  t->w = lay_width(m, t->font, g->str, g->len);
  g_string_free(g, TRUE);
}

/* Breaks s[0..len) into spans; returns how many lines the text needs. */
static size_t break_lines(const annals_measurer *m, annals_font_role font,
                          const char *s, size_t len, bool cut, double maxw,
                          annals_line_span *spans, size_t max_lines) {
  double whole = cut || memchr(s, '\n', len) ? maxw + 1
                                             : lay_width(m, font, s, len);
  size_t total;
  if (!cut && whole <= maxw && len > 0 && s[0] != ' ' && s[len - 1] != ' ') {
    total = 1; /* fits on one line: the common case, one measurement */
    spans[0].start = 0;
    spans[0].len = len;
    spans[0].width = whole;
  } else {
    total = m->wrap ? m->wrap(m->ctx, font, s, len, maxw, spans, max_lines)
                    : wrap_greedy(m, font, s, len, maxw, spans, max_lines);
  }
  if (total == 0) {
    total = 1;
    spans[0].start = 0;
    spans[0].len = 0;
    spans[0].width = 0;
  }
  return total;
}

size_t lay_wrap(const annals_measurer *m, lay_priv *pv, GArray *tl,
                const char *s, annals_font_role font, annals_color_role color,
                double maxw, size_t max_lines) {
  size_t len = strlen(s);
  /* A few lines never hold more than a few thousand bytes: measure only
   * the head of a huge title (the rest is summed up by the ellipsis). */
  bool cut = false;
  if (len > WRAP_MAX_BYTES) {
    len = WRAP_MAX_BYTES;
    while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
      len--;
    cut = true;
  }
  annals_line_span spans[MAX_LINES_CAP + 1];
  if (max_lines > MAX_LINES_CAP)
    max_lines = MAX_LINES_CAP;
  if (max_lines < 1)
    max_lines = 1;
  size_t total = break_lines(m, font, s, len, cut, maxw, spans, max_lines);
  size_t n = total < max_lines ? total : max_lines;
  if (cut && total <= n)
    total = n + 1; /* there is more: end with an ellipsis */
  bool rtl = lay_text_is_rtl(s, len);
  double lh = m->line_height(m->ctx, font);
  for (size_t i = 0; i < n; i++) {
    tline t = {0};
    t.font = font;
    t.color = color;
    t.h = lh;
    t.rtl = rtl;
    t.event = -1;
    if (i == n - 1 && total > n) {
      ellipsize(m, pv, &t, s + spans[i].start, len - spans[i].start, maxw);
      t.tip = g_string_chunk_insert(pv->strings, s);
    } else {
      t.text = g_string_chunk_insert_len(pv->strings, s + spans[i].start,
                                         (gssize)spans[i].len);
      t.w = spans[i].width;
    }
    g_array_append_val(tl, t);
  }
  return n;
}

annals_dl_item *lay_emit_text(annals_dlist *dl, const tline *t, double x,
                              double y) {
  annals_dl_item *it = dlist_add(dl, ANNALS_DL_TEXT);
  it->flags = ANNALS_DL_F_FILL | (t->rtl ? ANNALS_DL_F_RTL : 0);
  it->fill = t->color;
  it->x = x;
  it->y = y;
  it->w = t->w;
  it->h = t->h;
  it->font = t->font;
  it->text = t->text;
  it->tip = t->tip;
  it->event = t->event;
  return it;
}

annals_dl_item *lay_emit_line(annals_dlist *dl, annals_color_role c,
                              double lw, double x, double y, double x2,
                              double y2) {
  annals_dl_item *it = dlist_add(dl, ANNALS_DL_LINE);
  it->flags = ANNALS_DL_F_STROKE;
  it->stroke = c;
  it->line_width = lw;
  it->x = x;
  it->y = y;
  it->x2 = x2;
  it->y2 = y2;
  return it;
}

double lay_emit_block(annals_dlist *dl, const annals_measurer *m,
                      lay_priv *pv, const char *s, annals_font_role font,
                      annals_color_role color, double x, double y,
                      double maxw, size_t max_lines) {
  GArray *tl = g_array_new(FALSE, FALSE, sizeof(tline));
  lay_wrap(m, pv, tl, s, font, color, maxw, max_lines);
  double h = 0;
  for (guint i = 0; i < tl->len; i++) {
    tline *t = &g_array_index(tl, tline, i);
    annals_dl_item *it = lay_emit_text(dl, t, t->rtl ? x + maxw - t->w : x,
                                       y + h);
    if (t->rtl)
      it->flags |= ANNALS_DL_F_END;
    h += t->h;
  }
  g_array_free(tl, TRUE);
  return h;
}
