/*
 * dates/anchor.c - whether a stretch of text is told as a story.
 *
 * A partial or relative date ("in June", "June 10", "the summer", "the
 * end of the month", "this year") names a time relative to something.
 * News means the time of writing, the document date (DCT): "in June"
 * written in May 2025 is June 2024 or 2025.  History and background
 * paragraphs mean the story's own time, the last date they told: "On
 * September 1, 1939, Germany invaded Poland.  By early October, ..." is
 * October 1939 whatever the DCT.
 *
 * The text decides, paragraph by paragraph, from its own evidence:
 *  - for the story: explicit dates whose year is far from the DCT's (two
 *    years or more), above all those that set a scene ("In 1940, ...",
 *    "On June 22, 1941, ...", "by 1943");
 *  - for the time of writing: expressions that point from it
 *    ("yesterday", "last week", "on Friday", "two years ago") and
 *    explicit dates in the DCT's own year.
 * A paragraph turns the text into a story when the story's evidence is
 * strong and the other absent; the text stays a story, paragraph after
 * paragraph, until a paragraph's evidence for the time of writing
 * outweighs it.  One background date in a news paragraph ("the 1988
 * cease-fire", "since 1980") does not make a story: news goes on to mean
 * the DCT ("... in December").  Without a DCT there is only the story.
 *
 * Expressions that name their anchor ("that year", "the following
 * month", "two days later", "the same day") follow the story in any
 * paragraph; that is resolve.c's business.
 */
#include "dates/dates.h"

/* Evidence weights. */
enum {
  W_SCENE = 2,   /* a far date that sets the scene */
  W_FAR = 1,     /* another far date */
  W_DEICTIC = 3, /* pointing from the time of writing */
  W_NOW = 1,     /* a date in the DCT's year */
};

/* A story begins with this much evidence and none against it. */
#define STORY_START 4

typedef struct {
  int story, news;
} evidence;

/* The year an explicit mention names, or NOY. */
static int explicit_year(const mention *m) {
  if (m->kind != MK_ABS || m->y == NOY)
    return NOY;
  if (m->yunit == U_DECADE)
    return m->y * 10 + 5;
  if (m->yunit == U_CENTURY)
    return m->y * 100 + 50;
  return m->y;
}

/* A date that sets the scene: it opens its sentence or follows a
 * preposition of time ("in", "on", "by", "during", "until", "from",
 * "through", "between"); not a modifier ("the 1988 cease-fire") nor
 * "since 1980". */
static bool sets_scene(const mention *m) {
  switch (m->prep) {
  case PR_IN:
  case PR_ON:
  case PR_BY:
  case PR_DURING:
  case PR_UNTIL:
  case PR_FROM:
  case PR_THROUGH:
  case PR_BETWEEN:
    return true;
  default:
    return m->initial && m->prep != PR_SINCE;
  }
}

static void weigh(const annals_date *dct, const mention *m, evidence *e) {
  if (m->quoted)
    return; /* the speaker's time, not the text's */
  if (m->deictic || m->here) {
    e->news += W_DEICTIC;
    return;
  }
  int y = explicit_year(m);
  if (y == NOY)
    return;
  long d = (long)y - dct->y;
  /* "On July 18, 1990, tensions spiral after Iraq accuses Kuwait": a far
   * day opening a sentence with no past tense in it is a recap told in
   * the historic present; its story starts there */
  if (d <= -2 && m->initial && m->m && m->d && m->ytense == 0 &&
      sets_scene(m))
    e->story += STORY_START;
  else if (d <= -2 || d >= 2)
    e->story += sets_scene(m) ? W_SCENE : W_FAR;
  else if (d == 0)
    e->news += W_NOW;
}

/* A text told as history: it sets many scenes in a far past and points
 * from the time of writing rarely (at most a quarter as much).  Counted
 * over all the text read so far. */
#define HISTORY_MIN 12

static bool history(const evidence *total) {
  return total->story >= HISTORY_MIN && 4 * total->news <= total->story;
}

/* The mode after a paragraph with evidence e, in mode story before.  In
 * a history text one far date in a quiet paragraph resumes the story; in
 * news it takes several.  A history text leaves its story for a paragraph
 * that points from the time of writing twice or more ("two years ago"
 * once is often the story's own, told in indirect speech). */
static bool next_mode(bool story, bool hist, const evidence *e) {
  if (story && hist)
    return e->news <= e->story || e->news < 2 * W_DEICTIC;
  if (story)
    return e->news <= e->story;
  return e->story >= (hist ? 1 : STORY_START) && e->news == 0;
}

void tx_anchor_plan(annals_dates_stream *S, mention *ms, size_t n) {
  if (S->dct.date.prec == ANNALS_PREC_NONE) {
    for (size_t i = 0; i < n; i++)
      ms[i].story = true;
    S->story = true;
    return;
  }
  evidence total = {S->ev_story, S->ev_news};
  for (size_t i = 0; i < n; i++)
    weigh(&S->dct.date, &ms[i], &total);
  S->ev_story = total.story;
  S->ev_news = total.news;
  bool hist = history(&total);
  if (hist && !S->started_story) {
    S->story = true; /* a history text opens as a story */
    S->started_story = true;
  }
  for (size_t a = 0; a < n;) {
    size_t b = a;
    evidence e = {0, 0};
    while (b < n && ms[b].para == ms[a].para)
      weigh(&S->dct.date, &ms[b++], &e);
    S->story = next_mode(S->story, hist, &e);
    for (size_t k = a; k < b; k++)
      ms[k].story = S->story;
    a = b;
  }
}
