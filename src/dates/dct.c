/*
 * dates/dct.c - the document date (DCT) of a text when none is given:
 * a dateline or publication line (a page's revision stamp too), the
 * page's address with a date in its path, consistent date pairs, a
 * weekday told with its date, a caption's or an embedded post's date of a
 * day the text tells of, or a full date standing alone at the top of the
 * text (settled after the first piece is resolved, which is then read
 * again against it).  Never the clock, and never a day before one the
 * text tells of: conflicting evidence dates nothing.  The one place a DCT
 * is decided.
 */
#include "dates/dates.h"

#include <stdarg.h>

/* How far into a text its first full date (or its address) may date it. */
#define TOP_BYTES 400

/* Settles the text's DCT: every decision below ends here.  The note says
 * why, formatted into the stream's note buffer. */
G_GNUC_PRINTF(4, 5)
static void set_dct(annals_dates_stream *S, annals_date date,
                    annals_dct_source how, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(S->note, sizeof S->note, fmt, ap);
  va_end(ap);
  S->dct.date = date;
  S->dct.how = how;
  S->dct.note = S->note;
}

/* Words on the line of a mention outside it, and whether the line holds a
 * publication word ("Published", "Updated"...). */
static void line_context(const char *s, size_t len, const mention *m,
                         int *words, int *pub, bool *agency) {
  size_t a = m->start, b = m->end;
  while (a > 0 && s[a - 1] != '\n' && s[a - 1] != '\r')
    a--;
  while (b < len && s[b] != '\n' && s[b] != '\r')
    b++;
  /* a page's line of fields with the date a field of its own ("March 16,
   * 2011|JOHN SMITH | The Post"): that field is its line */
  size_t fa = m->start, fb = m->end;
  while (fa > a && (s[fa - 1] == ' ' || s[fa - 1] == '\t'))
    fa--;
  while (fb < b && (s[fb] == ' ' || s[fb] == '\t'))
    fb++;
  bool left = fa == a || s[fa - 1] == '|', right = fb == b || s[fb] == '|';
  if (left && right && (fa > a || fb < b)) {
    a = fa;
    b = fb;
  }
  *words = 0;
  *pub = 0;
  *agency = false;
  timex_lexer L = {s, b, a};
  tok t[64];
  size_t n = timex_lex(&L, t, ARRAY_SIZE(t));
  bool after = false; /* a word seen after the mention */
  int since_pub = 0;    /* words between the publication word and it */
  bool pub_prose = false; /* the publication word is a sentence's */
  for (size_t k = 0; k < n; k++) {
    if (t[k].start >= m->start && t[k].end <= m->end)
      continue;
    if (t[k].kind == TK_WORD) {
      (*words)++;
      if (*pub && t[k].start < m->start && ++since_pub > 8)
        *pub = 0; /* "edited by ... in a book on May 5, 2010" */
      if (t[k].cls == C_PUBW && t[k].start < m->start) {
        *pub = t[k].num;
        pub_prose = !t[k].cap && t[k].num != 3;
        since_pub = 0;
      }
      /* the agency of a dateline is the first word after its date, in
       * brackets or slashes ("May 27 (Reuters)", "January 6. /TASS/"),
       * not a photo's credit ("27 November 2023. EFE/EPA") */
      if (t[k].cls == C_AGENCY && t[k].start > m->start && !after &&
          k > 0 && t[k - 1].kind == TK_PUNCT &&
          (t[k - 1].ch == '(' || t[k - 1].ch == '/'))
        *agency = true;
      if (t[k].start > m->start)
        after = true;
    }
  }
  /* in a line of prose a lower-case publication word is a sentence's ("a
   * report published on March 3, 2024 found ..."), not the page's; a
   * page's revision stamp stands in a sentence ("as edited by ...") */
  if (*words > 12 && pub_prose)
    *pub = 0;
}

/* Only punctuation, spaces and the words "in", "of" between a and b. */
static bool apposed(const char *s, const mention *a, const mention *b) {
  size_t from = a->end <= b->start ? a->end : b->end;
  size_t to = a->end <= b->start ? b->start : a->start;
  if (to < from || to - from > 12)
    return false;
  for (size_t k = from; k < to; k++) {
    char c = s[k];
    if (c == ' ' || c == ',' || c == '(' || c == ')' || c == '-' || c == '\n')
      continue;
    if ((c == 'i' && k + 1 < to && s[k + 1] == 'n') ||
        (c == 'o' && k + 1 < to && s[k + 1] == 'f')) {
      k++;
      continue;
    }
    return false;
  }
  return true;
}

static int64_t told_day(const mention *m);

/* 3. A weekday told with its date ("on Sunday (Jan 8)", "Friday, May
 * 7"), in a text that states a year: the weekday fixes the year (the
 * first, from the latest year stated on, whose date falls on that
 * weekday), and news tells the days of its own week, so the document is
 * of the latest such day (or soon after).  Returns false when the text
 * has no such pair or states no year. */
static bool weekday_dct(annals_dates_stream *S, const char *s,
                        const mention *ms, size_t n) {
  /* (a year told with its month: a bare year is as often history, "its
   * return to China in 1997") */
  int ylatest = NOY;
  for (size_t i = 0; i < n; i++)
    if (ms[i].kind == MK_ABS && ms[i].y != NOY && !ms[i].yunit && ms[i].m &&
        ms[i].ytense <= 0 && (ylatest == NOY || ms[i].y > ylatest))
      ylatest = ms[i].y;
  if (ylatest == NOY || ylatest < ANNALS_YEAR_MIN || ylatest > ANNALS_YEAR_MAX - 7)
    return false;
  int64_t best = INT64_MIN;
  const mention *from = NULL;
  for (size_t i = 0; i < n; i++) {
    const mention *m = &ms[i], *dm = NULL;
    if (m->kind != MK_ABS || !m->wd || m->y != NOY)
      continue;
    if (m->m && m->d > 0)
      dm = m;
    for (size_t j = i >= 1 ? i - 1 : 0; !dm && j < n && j <= i + 1; j++)
      if (j != i && ms[j].kind == MK_ABS && ms[j].m && ms[j].d > 0 &&
          ms[j].y == NOY && !ms[j].wd && ms[j].sent == m->sent &&
          apposed(s, m, &ms[j]))
        dm = &ms[j];
    if (!dm)
      continue;
    for (int y = ylatest; y <= ylatest + 6; y++) {
      if (dm->d > annals_days_in_month(y, dm->m))
        continue;
      int64_t day = annals_days_from_civil(y, dm->m, dm->d);
      if (annals_weekday(day) + 1 != m->wd)
        continue;
      if (day > best) {
        best = day;
        from = m;
      }
      break;
    }
  }
  if (!from)
    return false;
  for (size_t i = 0; i < n; i++)
    if (told_day(&ms[i]) > best)
      return false; /* (never before a day the text tells of) */
  int y, mo, d;
  annals_civil_from_days(best, &y, &mo, &d);
  char q[80];
  set_dct(S, tx_mkdate(y, mo, d, ANNALS_PREC_DAY), ANNALS_DCT_INFERRED,
          "weekday and date '%s' in a text that states %d",
          annals_quote(s + from->start, from->end - from->start, q, sizeof q),
          ylatest);
  return true;
}

static bool standalone_date(const char *text, size_t s);
static bool is_dash(const char *text, size_t len, size_t k);

/* Does a span to the present start at text[e..) ("– present", "-
 * ongoing"), after brackets that may repeat the date? */
static bool opens_span(const char *s, size_t len, size_t e) {
  if (e < len && s[e] == ' ' && e + 1 < len && s[e + 1] == '(') {
    const char *close = memchr(s + e, ')', len - e < 24 ? len - e : 24);
    if (close)
      e = (size_t)(close - s) + 1;
  }
  while (e < len && (s[e] == ' ' || s[e] == ')'))
    e++;
  if (e >= len || !is_dash(s, len, e))
    return false;
  e += s[e] == '-' ? 1 : 3;
  while (e < len && s[e] == ' ')
    e++;
  return (len - e >= 7 && g_ascii_strncasecmp(s + e, "present", 7) == 0) ||
         (len - e >= 7 && g_ascii_strncasecmp(s + e, "ongoing", 7) == 0);
}

/* Does the line end after text[e..), but for full stops, bars, brackets
 * and spaces? */
static bool line_final(const char *s, size_t len, size_t e) {
  while (e < len && (s[e] == ' ' || s[e] == '\t' || s[e] == '.' ||
                     s[e] == '|' || s[e] == ')'))
    e++;
  return e == len || s[e] == '\n' || s[e] == '\r';
}

/* Is the line after the one that holds text[e] a photo's credit ("Getty
 * Images", "(AP Photo/Jane Roe)"): a few words, one of them a credit's?
 * The line above it is then the photo's caption. */
static bool credit_below(const char *s, size_t len, size_t e) {
  static const char *const credit[] = {"getty", "photo", "photos",
                                       "shutterstock", "credit"};
  const char *nl = memchr(s + e, '\n', len - e);
  if (!nl)
    return false;
  size_t k = (size_t)(nl - s) + 1, words = 0;
  bool seen = false;
  while (k < len && s[k] != '\n' && words <= 6) {
    if (!g_ascii_isalpha(s[k])) {
      k++;
      continue;
    }
    size_t b = k;
    while (k < len && g_ascii_isalpha(s[k]))
      k++;
    words++;
    for (size_t c = 0; c < ARRAY_SIZE(credit); c++)
      if (strlen(credit[c]) == k - b &&
          g_ascii_strncasecmp(s + b, credit[c], k - b) == 0)
        seen = true;
  }
  return seen && words <= 6;
}

/* A full date told before the text's end as past or present, day
 * precision: its day number, else INT64_MIN. */
static int64_t told_day(const mention *m) {
  /* (a deadline or an end in no clear tense may lie ahead: "must leave
   * by April 30, 2024") */
  bool ahead = (m->prep == PR_BY || m->prep == PR_UNTIL) && m->ytense >= 0;
  if (m->kind != MK_ABS || m->y == NOY || !m->m || m->d <= 0 || m->yunit ||
      m->ytense > 0 || ahead || m->quoted || m->y < ANNALS_YEAR_MIN ||
      m->y > ANNALS_YEAR_MAX || m->d > annals_days_in_month(m->y, m->m))
    return INT64_MIN;
  return annals_days_from_civil(m->y, m->m, m->d);
}

/* Does text[..at) end with a post's author handle ("(@janeroe) ")? */
static bool after_handle(const char *s, size_t at) {
  size_t k = at;
  while (k > 0 && s[k - 1] == ' ')
    k--;
  if (k == 0 || s[k - 1] != ')')
    return false;
  for (size_t j = k - 1; j > 0 && k - j < 40 && s[j - 1] != '\n'; j--)
    if (s[j - 1] == '(')
      return s[j] == '@';
  return false;
}

/* 4. A caption's or an embedded post's date: a full date that stands
 * alone at the end of its line ("..., near Tbilisi, August 8, 2008 |",
 * "-- A. Writer (@awriter) September 27, 2022") or any on a line above a
 * photo's credit ("Getty Images"), in a sentence told in the present (a
 * post's after its author's handle in any), of a day the text tells
 * of by its weekday alone ("late Thursday").  The photo or the post is of
 * the text's own days, so the text is of the latest such day or soon
 * after; never of a day before one it tells of.  year, unless NOY, is the
 * year date pairs gave the text: a caption of another year dates
 * nothing.  Returns false when the text has no such date. */
static bool caption_dct(annals_dates_stream *S, const char *s, size_t len,
                        const mention *ms, size_t n, int year) {
  const mention *from = NULL;
  int64_t best = INT64_MIN;
  for (size_t i = 0; i < n; i++) {
    const mention *m = &ms[i];
    int64_t day = told_day(m);
    if (day == INT64_MIN || m->bound || day <= best ||
        !((line_final(s, len, m->end) && standalone_date(s, m->start)) ||
          credit_below(s, len, m->end)))
      continue;
    /* a caption tells its picture in the present ("Soldiers patrol ...");
     * a post's date follows its author's handle, whatever its tense */
    if (m->ytense != 0 && !after_handle(s, m->start))
      continue;
    bool told = false;
    for (size_t j = 0; j < n && !told; j++)
      told = j != i && ms[j].kind == MK_ABS && ms[j].wd && !ms[j].m &&
             ms[j].y == NOY && !ms[j].quoted &&
             annals_weekday(day) + 1 == ms[j].wd;
    if (!told)
      continue;
    best = day;
    from = m;
  }
  if (!from || (year != NOY && from->y != year))
    return false;
  for (size_t i = 0; i < n; i++)
    if (told_day(&ms[i]) > best)
      return false;
  char q[80];
  set_dct(S, tx_mkdate(from->y, from->m, from->d, ANNALS_PREC_DAY),
          ANNALS_DCT_INFERRED,
          "caption date '%s' at byte %zu, a day the text tells of",
          annals_quote(s + from->start, from->end - from->start, q, sizeof q),
          from->start + S->offset);
  return true;
}

/* ------------------------------------------------------------------ */
/* A date in the address of the page                                   */
/* ------------------------------------------------------------------ */

/* One run of digits or letters in an address, and the mark before it. */
typedef struct {
  size_t at, n;
  bool digits;
  char sep;
} url_run;

/* The month a run of letters names ("jun", "june"), else 0. */
static int url_month(const char *p, size_t n) {
  static const char *const names[12] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (n < 3)
    return 0;
  for (int k = 0; k < 12; k++)
    if ((n == 3 || n == strlen(names[k])) &&
        g_ascii_strncasecmp(p, names[k], n) == 0)
      return k + 1;
  return 0;
}

static int url_num(const char *p, size_t n) {
  int v = 0;
  for (size_t k = 0; k < n; k++)
    v = v * 10 + (p[k] - '0');
  return v;
}

/* A valid day of the years news is of, as a date; prec NONE if not. */
static annals_date url_ymd(int y, int m, int d) {
  if (y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1 ||
      d > annals_days_in_month(y, m))
    return (annals_date){.prec = ANNALS_PREC_NONE};
  return tx_mkdate(y, m, d, ANNALS_PREC_DAY);
}

/* The date the path of the address u[0..n) names: "/2024/03/12/",
 * "/2018/jun/13/", "-20241208-", "/2024-03-12/", "05-May-2015",
 * "7-25-2025" (a month-day order only one reading makes valid); prec
 * NONE when it names none or more than one. */
static annals_date url_path_date(const char *u, size_t n) {
  url_run r[48];
  size_t nr = 0;
  size_t k = 0;
  for (size_t j = 0; j + 3 <= n && j < 8; j++)
    if (memcmp(u + j, "://", 3) == 0)
      k = j + 3;
  while (k < n && u[k] != '/') /* (the host names no date) */
    k++;
  char sep = '/';
  while (k < n && nr < ARRAY_SIZE(r)) {
    if (!g_ascii_isalnum(u[k])) {
      sep = u[k++];
      continue;
    }
    bool dg = g_ascii_isdigit(u[k]);
    size_t b = k;
    while (k < n && (dg ? g_ascii_isdigit(u[k]) : g_ascii_isalpha(u[k])))
      k++;
    r[nr++] = (url_run){b, k - b, dg, sep};
    sep = 0;
  }
  annals_date found = {.prec = ANNALS_PREC_NONE}, d;
  int hits = 0;
  for (size_t i = 0; i < nr; i++) {
    const url_run *a = &r[i], *b = i + 1 < nr ? &r[i + 1] : NULL,
                  *c = i + 2 < nr ? &r[i + 2] : NULL;
    bool three = c && b->sep && b->sep == c->sep &&
                 (b->sep == '/' || b->sep == '-' || b->sep == '_') &&
                 (i + 3 >= nr || r[i + 3].sep) && c->digits;
    d.prec = ANNALS_PREC_NONE;
    if (a->digits && a->n == 8 && (i + 1 >= nr || r[i + 1].sep))
      d = url_ymd(url_num(u + a->at, 4), url_num(u + a->at + 4, 2),
                  url_num(u + a->at + 6, 2));
    else if (three && a->digits && a->n == 4 && c->n <= 2 &&
             (b->digits ? b->n <= 2 : true)) {
      int mo = b->digits ? url_num(u + b->at, b->n) : url_month(u + b->at, b->n);
      d = url_ymd(url_num(u + a->at, 4), mo, url_num(u + c->at, c->n));
    } else if (three && a->digits && a->n <= 2 && !b->digits && c->n == 4)
      d = url_ymd(url_num(u + c->at, 4), url_month(u + b->at, b->n),
                  url_num(u + a->at, a->n));
    else if (three && a->digits && a->n <= 2 && b->digits && b->n <= 2 &&
             c->n == 4) {
      int x = url_num(u + a->at, a->n), y = url_num(u + b->at, b->n);
      int yr = url_num(u + c->at, 4);
      annals_date md = url_ymd(yr, x, y), dm = url_ymd(yr, y, x);
      if ((md.prec == ANNALS_PREC_NONE) != (dm.prec == ANNALS_PREC_NONE))
        d = md.prec != ANNALS_PREC_NONE ? md : dm;
    }
    if (d.prec == ANNALS_PREC_NONE)
      continue;
    if (hits && (d.y != found.y || d.m != found.m || d.d != found.d))
      return (annals_date){.prec = ANNALS_PREC_NONE};
    found = d;
    hits++;
  }
  return found;
}

/* 1b. The address of the page on a line of its own, at the top of the
 * text or after a "Source:" or "URL:" label, with a date in its path
 * ("https://news.example/world/2024/03/12/talks-fail/"): news sites date
 * their addresses by the day they publish.  Never a date before a day
 * the text tells of (an address of an older story).  Returns false when
 * the text has no such address. */
static bool url_dct(annals_dates_stream *S, const char *s, size_t len,
                    const mention *ms, size_t n) {
  /* the top: the lines before the first with more than 12 words, and
   * not after a line that introduces a link ("Read more:") */
  bool top = true, linked = false;
  for (size_t ls = 0; ls < len;) {
    const char *nl = memchr(s + ls, '\n', len - ls);
    size_t le = nl ? (size_t)(nl - s) : len, a = ls, e = le;
    while (a < e && (s[a] == ' ' || s[a] == '\t'))
      a++;
    while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
      e--;
    bool label = false;
    size_t w = a;
    while (w < e && g_ascii_isalpha(s[w]))
      w++;
    if (w > a && w < e && s[w] == ':' &&
        ((w - a == 6 && g_ascii_strncasecmp(s + a, "source", 6) == 0) ||
         (w - a == 3 && g_ascii_strncasecmp(s + a, "url", 3) == 0) ||
         (w - a == 4 && g_ascii_strncasecmp(s + a, "link", 4) == 0))) {
      label = true;
      a = w + 1;
      while (a < e && s[a] == ' ')
        a++;
    }
    bool url = e - a > 8 && !memchr(s + a, ' ', e - a) &&
               (g_ascii_strncasecmp(s + a, "http://", 7) == 0 ||
                g_ascii_strncasecmp(s + a, "https://", 8) == 0 ||
                g_ascii_strncasecmp(s + a, "www.", 4) == 0);
    if (url && (label || (top && !linked && ls < TOP_BYTES))) {
      annals_date d = url_path_date(s + a, e - a);
      if (d.prec == ANNALS_PREC_DAY) {
        int64_t day = annals_days_from_civil(d.y, d.m, d.d);
        for (size_t i = 0; i < n; i++)
          if (told_day(&ms[i]) > day)
            return false;
        char q[80];
        set_dct(S, d, ANNALS_DCT_DATELINE, "address '%s' at byte %zu",
                annals_quote(s + a, e - a, q, sizeof q), a + S->offset);
        return true;
      }
    }
    int words = 0;
    for (size_t k = a; k < e; k++)
      words += s[k] != ' ' && (k == a || s[k - 1] == ' ');
    if (words > 12)
      top = false;
    if (e > a)
      linked = s[e - 1] == ':';
    ls = le + 1;
  }
  return false;
}

/* A relative expression that counts years or months from the DCT
 * ("last year", "two months ago"). */
static bool relative_year(const mention *r) {
  return r->kind == MK_REL && r->anchor == A_DCT && r->type == 0 &&
         (r->unit == U_YEAR || r->unit == U_MONTH);
}

/* An explicit date that states its year ("January 2024"). */
static bool stated_year(const mention *a) {
  return a->kind == MK_ABS && a->y != NOY && !a->yunit && !a->wd && !a->q &&
         !a->half && !a->season;
}

/* The document years that pairs of a relative expression and an explicit
 * date naming the same period point to. */
typedef struct {
  int votes[8], years[8], nv, total;
  const mention *ex; /* an explicit date of a pair, for the note */
} pair_votes;

/* Adds the vote of relative r and explicit a; false when they name no
 * document year. */
static bool pair_vote(pair_votes *V, const mention *r, const mention *a) {
  long long c;
  if (r->unit == U_YEAR)
    c = (long long)a->y - r->n;
  else if (a->m)
    c = ((long long)a->y * 12 + a->m - 1 - r->n) / 12;
  else
    return false;
  /* "2021, 22222 years ago" names no document year */
  if (c < ANNALS_YEAR_MIN || c > ANNALS_YEAR_MAX)
    return false;
  int cand = (int)c;
  V->total++;
  int k;
  for (k = 0; k < V->nv && V->years[k] != cand; k++)
    ;
  if (k == V->nv && V->nv < 8) {
    V->years[V->nv] = cand;
    V->votes[V->nv++] = 0;
  }
  if (k < 8)
    V->votes[k]++;
  V->ex = a;
  return true;
}

/* The DCT a text gives when none is asked for. */
static void infer_dct(annals_dates_stream *S, const char *s, size_t len,
                      const mention *ms, size_t n) {
  char q[80];
  /* 1. a dateline or publication line near the top */
  const mention *best = NULL;
  int best_rank = 0;
  /* the last day the text tells of, but in the short lines of dates
   * at its top: a site's banner of today's date over the article's own
   * ("Thursday, 19th September 2024 / headline / Friday, 12th April
   * 2019") tells of nothing */
  int64_t told = INT64_MIN;
  for (size_t i = 0; i < n; i++) {
    if (told_day(&ms[i]) <= told)
      continue;
    int words, pub;
    bool agency;
    if (ms[i].start < 2000 && ms[i].kind == MK_ABS && ms[i].y != NOY) {
      line_context(s, len, &ms[i], &words, &pub, &agency);
      if (words <= 4 && standalone_date(s, ms[i].start))
        continue;
    }
    told = told_day(&ms[i]);
  }
  for (size_t i = 0; i < n && ms[i].start < 2000; i++) {
    const mention *m = &ms[i];
    if (m->kind != MK_ABS || !m->m || m->d <= 0 || m->yunit)
      continue;
    int words, pub;
    bool agency;
    line_context(s, len, m, &words, &pub, &agency);
    if (opens_span(s, len, m->end))
      continue; /* "Date 15 July 2016 (2016-07-15) – present": an event's */
    int rank = 0;
    if (pub && m->y != NOY)
      rank = 3;
    else if (agency)
      rank = 2;
    else if (((words <= 4 && standalone_date(s, m->start)) ||
              (m->wd && m->start < 400)) &&
             m->y != NOY)
      rank = 1; /* a short line's date that stands alone (not "Talks
                   held on May 9, 2024 failed."), or a full date with its
                   weekday at the top ("Sunday July 11, 2021, in Havana") */
    if (rank == 1 && told_day(m) < told)
      rank = 0; /* a heading or an event's date, the text going on past
                   it ("March 3, 2019" over a story of 2024) */
    /* (of two such lines, the earlier day: the banner's "today" is
     * never before the article's) */
    bool earlier = rank == 1 && rank == best_rank && m->y != NOY &&
                   best->y != NOY && told_day(m) < told_day(best);
    if (rank > best_rank || earlier) {
      best = m;
      best_rank = rank;
    }
    if (rank == 3)
      break;
  }
  if (best && best->y == NOY) {
    /* "WASHINGTON, May 27 (Reuters) -": the year is the latest one the
     * text states outside future-tense sentences */
    int y = NOY;
    for (size_t i = 0; i < n; i++)
      if (ms[i].kind == MK_ABS && ms[i].y != NOY && !ms[i].yunit &&
          ms[i].ytense <= 0 && !(ms[i].bound && !ms[i].m) &&
          (y == NOY || ms[i].y > y))
        y = ms[i].y; /* (a bare year that bounds a span is history: "has
                        been autonomous since 1991") */
    /* a text is not dated before a day it tells of in the past: "DAKAR,
     * Jan 3" over "the vote held on December 28, 2023" is of 2024; a
     * dateline that no year puts on or soon after that day (within three
     * months) is no dateline to trust */
    int64_t told = INT64_MIN;
    for (size_t i = 0; i < n; i++)
      if (ms[i].ytense < 0 && told_day(&ms[i]) > told)
        told = told_day(&ms[i]);
    if (y != NOY && told != INT64_MIN && y < ANNALS_YEAR_MAX &&
        best->d <= annals_days_in_month(y, best->m) &&
        annals_days_from_civil(y, best->m, best->d) < told) {
      int64_t next = best->d <= annals_days_in_month(y + 1, best->m)
                         ? annals_days_from_civil(y + 1, best->m, best->d)
                         : INT64_MIN;
      y = next >= told && next - told <= 92 ? y + 1 : NOY;
    }
    if (y != NOY && best->d <= annals_days_in_month(y, best->m)) {
      set_dct(
          S, tx_mkdate(y, best->m, best->d, ANNALS_PREC_DAY),
          ANNALS_DCT_DATELINE,
          "dateline '%s' at byte %zu, year %d from the text",
          annals_quote(s + best->start, best->end - best->start, q, sizeof q),
          best->start + S->offset, y);
      return;
    }
  }
  if (best && best->y != NOY) {
    set_dct(
        S, tx_mkdate(best->y, best->m, best->d, ANNALS_PREC_DAY),
        ANNALS_DCT_DATELINE, "%s '%s' at byte %zu",
        best_rank == 3 ? "publication line" : "dateline",
        annals_quote(s + best->start, best->end - best->start, q, sizeof q),
        best->start + S->offset);
    return;
  }
  if (url_dct(S, s, len, ms, n))
    return;
  /* "today (July 16)": the text names its own day */
  for (size_t i = 0; i < n; i++) {
    const mention *r = &ms[i];
    if (r->kind != MK_REL || r->anchor != A_DCT || r->type != 0 ||
        r->unit != U_DAY || r->n != 0)
      continue;
    for (size_t j = i >= 1 ? i - 1 : 0; j < n && j <= i + 1; j++) {
      const mention *a = &ms[j];
      if (j == i || a->kind != MK_ABS || !a->m || a->d <= 0 || a->wd ||
          a->sent != r->sent || !apposed(s, a, r))
        continue;
      int y = a->y;
      for (size_t k = 0; y == NOY && k < n; k++)
        if (ms[k].kind == MK_ABS && ms[k].y != NOY && !ms[k].yunit &&
            ms[k].m && ms[k].ytense <= 0)
          y = ms[k].y;
      for (size_t k = 0; k < n; k++) /* (the latest such year) */
        if (a->y == NOY && ms[k].kind == MK_ABS && ms[k].y != NOY &&
            !ms[k].yunit && ms[k].m && ms[k].ytense <= 0 && ms[k].y > y)
          y = ms[k].y;
      if (y == NOY || y < ANNALS_YEAR_MIN || y > ANNALS_YEAR_MAX ||
          a->d > annals_days_in_month(y, a->m))
        continue;
      set_dct(S, tx_mkdate(y, a->m, a->d, ANNALS_PREC_DAY),
              ANNALS_DCT_INFERRED, "'%s' names the day the text tells of",
              annals_quote(s + r->start, a->end - r->start, q, sizeof q));
      return;
    }
  }
  /* 2. consistent pairs: an explicit date and a relative one that name
   * the same period in one sentence ("in January 2024, last year"), or
   * that the caller links (two tellings of one event) */
  pair_votes V;
  memset(&V, 0, sizeof V);
  for (size_t i = 0; i < n; i++) {
    const mention *r = &ms[i];
    if (!relative_year(r))
      continue;
    for (size_t j = i >= 3 ? i - 3 : 0; j < n && j <= i + 3; j++) {
      const mention *a = &ms[j];
      if (j == i || !stated_year(a) || a->sent != r->sent)
        continue;
      /* the two must name the same period: side by side, with only
       * punctuation or "in"/"of" between ("in January 2024, last year",
       * "last year (2024)") */
      if (!apposed(s, a, r))
        continue;
      if (pair_vote(&V, r, a))
        break;
    }
  }
  for (size_t l = 0; l < S->opts.n_links; l++) {
    const annals_date_link *k = &S->opts.links[l];
    const mention *r = NULL, *a = NULL;
    for (size_t i = 0; i < n; i++) {
      if (ms[i].start + S->offset == k->relative && relative_year(&ms[i]))
        r = &ms[i];
      if (ms[i].start + S->offset == k->stated && stated_year(&ms[i]))
        a = &ms[i];
    }
    if (r && a)
      pair_vote(&V, r, a);
  }
  int total = V.total, nv = V.nv, *votes_y = V.votes, *years = V.years;
  const mention *ex = V.ex;
  if (total > 0) {
    int bk = 0;
    for (int k = 1; k < nv; k++)
      if (votes_y[k] > votes_y[bk])
        bk = k;
    if (votes_y[bk] * 3 >= total * 2) {
      /* (a caption of that year tells the day too) */
      if (caption_dct(S, s, len, ms, n, years[bk]))
        return;
      /* the text tells of a day after that year: the evidence conflicts */
      for (size_t i = 0; i < n; i++)
        if (told_day(&ms[i]) != INT64_MIN && ms[i].y > years[bk]) {
          set_dct(S, (annals_date){.prec = ANNALS_PREC_NONE},
                  ANNALS_DCT_NONE,
                  "date pairs give year %d, but the text tells of '%s': "
                  "relative expressions left unresolved",
                  years[bk],
                  annals_quote(s + ms[i].start, ms[i].end - ms[i].start, q,
                               sizeof q));
          return;
        }
      set_dct(S, tx_mkdate(years[bk], 0, 0, ANNALS_PREC_YEAR),
              ANNALS_DCT_INFERRED,
              "year %d from %d of %d date pair(s) such as '%s'", years[bk],
              votes_y[bk], total,
              annals_quote(s + ex->start, ex->end - ex->start, q, sizeof q));
      return;
    }
  }
  if (weekday_dct(S, s, ms, n))
    return;
  if (caption_dct(S, s, len, ms, n, NOY))
    return;
  set_dct(S, (annals_date){.prec = ANNALS_PREC_NONE}, ANNALS_DCT_NONE,
          "no dateline and no consistent date pairs: relative "
          "expressions left unresolved");
}

void tx_settle_dct(annals_dates_stream *S, const char *s, size_t len,
                   const mention *ms, size_t n) {
  if (S->opts.dct.prec == ANNALS_PREC_NONE) {
    infer_dct(S, s, len, ms, n);
    return;
  }
  char b[16];
  annals_date_format(&S->opts.dct, b, sizeof b);
  set_dct(S, S->opts.dct, ANNALS_DCT_GIVEN, "%s from --dct", b);
}

/* ------------------------------------------------------------------ */
/* Datelines and the top date                                          */
/* ------------------------------------------------------------------ */

/* Is there a dash at text[k]: '-', an en dash or an em dash? */
static bool is_dash(const char *text, size_t len, size_t k) {
  if (text[k] == '-')
    return true;
  return k + 2 < len && (unsigned char)text[k] == 0xE2 &&
         (unsigned char)text[k + 1] == 0x80 &&
         ((unsigned char)text[k + 2] == 0x93 ||
          (unsigned char)text[k + 2] == 0x94);
}

/* Does a news agency's name open text[k..)? */
static bool agency_at(const char *text, size_t len, size_t k) {
  timex_lexer L = {text, len < k + 24 ? len : k + 24, k};
  tok t[2];
  size_t n = timex_lex(&L, t, ARRAY_SIZE(t));
  return n > 0 && t[0].start == k && t[0].kind == TK_WORD &&
         t[0].cls == C_AGENCY;
}

/* Is the date at text[s..e) a dateline ("DOHA, March 14, 2025 - ")?  It
 * dates the article, not an event.  Returns 2 for a date opening its
 * line ("May 8, 2018 - "), 1 for one after a place, else 0. */
int tx_dateline_kind(const char *text, size_t len, size_t s, size_t e) {
  size_t ls = s;
  while (ls > 0 && text[ls - 1] != '\n' && s - ls <= 48)
    ls--;
  if (s - ls > 48)
    return 0;
  /* (an indented line opens at its first word) */
  while (ls < s && (text[ls] == ' ' || text[ls] == '\t'))
    ls++;
  int kind = ls == s ? 2 : 1;
  /* "Lena Varga said on Monday: ..." tells when she said it: a date after
   * a preposition is no dateline */
  static const char *const preps[] = {"on", "in", "since", "by", "until",
                                      "from", "at", "before", "after"};
  size_t pe = s;
  while (pe > ls && text[pe - 1] == ' ')
    pe--;
  size_t pb = pe;
  while (pb > ls && g_ascii_isalpha(text[pb - 1]))
    pb--;
  for (size_t i = 0; pe > pb && i < G_N_ELEMENTS(preps); i++)
    if (strlen(preps[i]) == pe - pb &&
        g_ascii_strncasecmp(text + pb, preps[i], pe - pb) == 0)
      return 0;
  if (opens_span(text, len, e))
    return 0;
  size_t k = e;
  while (k < len && (text[k] == ' ' || text[k] == ')'))
    k++;
  if (k < len && (text[k] == ':' || text[k] == '/' || is_dash(text, len, k)))
    return kind;
  /* the agency after the date: "(Reuters) -", "(EFE). -", "/TASS/." */
  size_t close = 0;
  if (k < len && (text[k] == '(' || text[k] == '/') && agency_at(text, len, k + 1))
    for (size_t j = k + 1; !close && j < len && j < k + 40; j++)
      if (text[j] == (text[k] == '(' ? ')' : '/'))
        close = j + 1;
  if (!close && k + 1 < len && text[k] == '.' && text[k + 1] == ' ' &&
      k + 2 < len && text[k + 2] == '/' && agency_at(text, len, k + 3))
    return kind; /* "MOSCOW, January 6. /TASS/." */
  if (close) {
    k = close;
    if (k < len && text[k] == '.')
      k++;
    while (k < len && text[k] == ' ')
      k++;
    return k < len && is_dash(text, len, k) ? kind : 0;
  }
  if (k < len && text[k] == '(') { /* "(Reuters) -" */
    const char *cl = memchr(text + k, ')', len - k < 40 ? len - k : 40);
    if (cl) {
      k = (size_t)(cl - text) + 1;
      while (k < len && text[k] == ' ')
        k++;
      return k < len && is_dash(text, len, k) ? kind : 0;
    }
  }
  return 0;
}

bool tx_is_dateline(const char *text, size_t len, size_t s, size_t e,
                        size_t line_dates) {
  int k = tx_dateline_kind(text, len, s, e);
  return k == 1 || (k == 2 && line_dates < 2);
}


/* Does the text hold dates that only a document date resolves ("on
 * Thursday", "yesterday", "last week")? */
static bool needs_anchor(const annals_timex *items, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (items[i].flags & ANNALS_TIMEX_F_UNRESOLVED)
      return true;
  return false;
}

/* Is the date at text[s..) one that stands alone, as a publication
 * date or a caption's does ("March 4, 2021" on its own line, "...,
 * Johannesburg, 24 August 2023."), not an event's date inside a
 * sentence ("On June 28, 1914, ...", "since May 2, 2019")? */
static bool standalone_date(const char *text, size_t s) {
  static const char *const preps[] = {
      "on",     "in",    "since",  "by",     "until",   "till",  "from",
      "of",     "after", "before", "to",     "between", "and",   "at",
      "during", "through", "until", "around", "about",  "or",    "than"};
  size_t e = s;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t'))
    e--;
  size_t b = e;
  while (b > 0 && g_ascii_isalpha(text[b - 1]))
    b--;
  if (b == e)
    return true; /* a line's start, a comma, a dash */
  for (size_t k = 0; k < ARRAY_SIZE(preps); k++)
    if (strlen(preps[k]) == e - b &&
        g_ascii_strncasecmp(preps[k], text + b, e - b) == 0)
      return false;
  return true;
}

/* Lines that open with a date and a dash are a chronology's entries
 * when there are several: each dates its own line.  Counts up to 2. */
size_t tx_count_line_dates(const char *text, size_t len,
                           const annals_timex *items, size_t n_items) {
  size_t n = 0;
  for (size_t i = 0; i < n_items && n < 2; i++)
    if (tx_dateline_kind(text, len, items[i].start, items[i].end) == 2)
      n++;
  return n;
}

/* Does a date the text states before items[i] name a later day?  Then
 * items[i] is no dateline of the text's (a photo's caption further down,
 * "BELGRADE, SERBIA - SEPTEMBER 24: ...", under a text that told of
 * September 25 above it): a text is not dated before what it tells. */
static bool told_later(const annals_timex *items, size_t i) {
  const annals_date *d = &items[i].when.start;
  if (d->prec != ANNALS_PREC_DAY)
    return false;
  int64_t day = annals_days_from_civil(d->y, d->m, d->d);
  for (size_t k = 0; k < i; k++) {
    const annals_timex *t = &items[k];
    if (t->when.start.prec != ANNALS_PREC_DAY || t->when.interval ||
        (t->flags & (ANNALS_TIMEX_F_RELATIVE | ANNALS_TIMEX_F_FUTURE |
                     ANNALS_TIMEX_F_UNRESOLVED)))
      continue;
    const annals_date *e = &t->when.start;
    if (annals_days_from_civil(e->y, e->m, e->d) > day)
      return true;
  }
  return false;
}

/* The document date a text's top gives when nothing else did: a
 * dateline ("DOHA, March 14, 2025 - Qatar hosted ..."), or the text's
 * first date when it is a full one near the top ("Nov. 12, 2013" under a
 * press release's title, a photo's caption) and it stands alone or
 * relative dates follow that need it; never one before a day the text
 * tells of (a file photo's "March 3, 2019" over a story of 2024).
 * items[0..n) are the first piece's dates resolved without a document
 * date, ms[0..n_ms) its mentions. */
static bool top_date(const char *text, size_t len, const annals_timex *items,
                     size_t n, const mention *ms, size_t n_ms,
                     annals_date *dct, const char **note) {
  size_t line_dates = tx_count_line_dates(text, len, items, n);
  int64_t told = INT64_MIN; /* the last day the text tells of */
  for (size_t k = 0; k < n_ms; k++)
    if (told_day(&ms[k]) > told)
      told = told_day(&ms[k]);
  /* (a dateline opens the story: none after a date the story's own
   * sentences tell, "... on March 24 demonstrated", as "The date of the
   * protest -- March 24 -- was" further down is not) */
  bool told_before = false;
  for (size_t i = 0; i < n && i < 8; i++) {
    const annals_timex *t = &items[i];
    bool dateline = tx_is_dateline(text, len, t->start, t->end, line_dates) &&
                    !told_later(items, i) && !told_before;
    told_before = told_before || !standalone_date(text, t->start);
    bool top = i == 0 && t->start < TOP_BYTES && line_dates < 2 &&
               (needs_anchor(items, n) || standalone_date(text, t->start));
    if (t->when.start.prec == ANNALS_PREC_DAY && !t->when.interval &&
        !(t->flags & ANNALS_TIMEX_F_RELATIVE) && (top || dateline) &&
        annals_days_from_civil(t->when.start.y, t->when.start.m,
                               t->when.start.d) >= told) {
      *dct = t->when.start;
      *note = dateline ? "the dateline at the top of the text"
                       : "the first date, near the top of the text";
      return true;
    }
  }
  return false;
}

void tx_settle_top_date(annals_dates_stream *S, const char *text, size_t len,
                        mention *ms, size_t n, annals_timexes *out,
                        size_t first, const tx_story_state *before) {
  annals_date dl;
  const char *note;
  if (S->dct.date.prec != ANNALS_PREC_NONE || out->n == first ||
      !top_date(text, len, out->items + first, out->n - first, ms, n, &dl,
                &note))
    return;
  /* the piece is read again against it, as if it had been given */
  set_dct(S, dl, ANNALS_DCT_DATELINE, "%s", note);
  S->ref = before->ref;
  S->story = before->story;
  S->started_story = before->started_story;
  S->ev_story = before->ev_story;
  S->ev_news = before->ev_news;
  out->n = first;
  tx_anchor_plan(S, ms, n);
  for (size_t k = 0; k < n; k++) {
    ANNALS_GROW(out->items, out->n, out->cap);
    tx_resolve(S, &ms[k], &out->items[out->n]);
    out->n++;
  }
}
