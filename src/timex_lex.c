/*
 * timex_lex.c - the tokenizer and word table of the date finder.
 *
 * The text is cut into tokens in one pass: words (ASCII letters), numbers
 * (ASCII digits), single punctuation marks and runs of other characters.
 * Each word is looked up, lowercased, in a fixed table of the words that
 * can take part in a temporal expression (month and weekday names, number
 * words, units, modifiers, tense markers...).  The table is an open
 * addressing hash built once; a miss costs one probe, so the tokenizer
 * runs at memory speed on ordinary prose.  Nothing is allocated per
 * character or per token: tokens go into a caller's fixed window.
 */
#include "internal.h"
#include "timex.h"

typedef struct {
  const char *w;
  uint8_t cls;
  int8_t val;
  uint8_t val2;
} lex_entry;

/* Every word the grammar knows.  val and val2 depend on the class. */
static const lex_entry lexicon[] = {
    /* months: val = 1..12, val2 = LX_ABBR / LX_AMBIG bits */
    {"january", C_MONTH, 1, 0},
    {"february", C_MONTH, 2, 0},
    {"march", C_MONTH, 3, LX_AMBIG},
    {"april", C_MONTH, 4, 0},
    {"may", C_MONTH, 5, LX_AMBIG},
    {"june", C_MONTH, 6, 0},
    {"july", C_MONTH, 7, 0},
    {"august", C_MONTH, 8, 0},
    {"september", C_MONTH, 9, 0},
    {"october", C_MONTH, 10, 0},
    {"november", C_MONTH, 11, 0},
    {"december", C_MONTH, 12, 0},
    {"jan", C_MONTH, 1, LX_ABBR},
    {"feb", C_MONTH, 2, LX_ABBR},
    {"mar", C_MONTH, 3, LX_ABBR},
    {"apr", C_MONTH, 4, LX_ABBR},
    {"jun", C_MONTH, 6, LX_ABBR},
    {"jul", C_MONTH, 7, LX_ABBR},
    {"aug", C_MONTH, 8, LX_ABBR},
    {"sep", C_MONTH, 9, LX_ABBR},
    {"sept", C_MONTH, 9, LX_ABBR},
    {"oct", C_MONTH, 10, LX_ABBR},
    {"nov", C_MONTH, 11, LX_ABBR},
    {"dec", C_MONTH, 12, LX_ABBR},
    /* weekdays: val = 1 (Monday) .. 7 */
    {"monday", C_WDAY, 1, 0},
    {"tuesday", C_WDAY, 2, 0},
    {"wednesday", C_WDAY, 3, 0},
    {"thursday", C_WDAY, 4, 0},
    {"friday", C_WDAY, 5, 0},
    {"saturday", C_WDAY, 6, 0},
    {"sunday", C_WDAY, 7, 0},
    {"mon", C_WDAY, 1, LX_ABBR},
    {"tue", C_WDAY, 2, LX_ABBR},
    {"tues", C_WDAY, 2, LX_ABBR},
    {"wed", C_WDAY, 3, LX_ABBR},
    {"thu", C_WDAY, 4, LX_ABBR},
    {"thur", C_WDAY, 4, LX_ABBR},
    {"thurs", C_WDAY, 4, LX_ABBR},
    {"fri", C_WDAY, 5, LX_ABBR},
    {"sat", C_WDAY, 6, LX_ABBR},
    {"sun", C_WDAY, 7, LX_ABBR},
    {"mondays", C_WDAYS, 1, 0},
    {"tuesdays", C_WDAYS, 2, 0},
    {"wednesdays", C_WDAYS, 3, 0},
    {"thursdays", C_WDAYS, 4, 0},
    {"fridays", C_WDAYS, 5, 0},
    {"saturdays", C_WDAYS, 6, 0},
    {"sundays", C_WDAYS, 7, 0},
    /* number words */
    {"zero", C_NUM, 0, 0},
    {"one", C_NUM, 1, 0},
    {"two", C_NUM, 2, 0},
    {"three", C_NUM, 3, 0},
    {"four", C_NUM, 4, 0},
    {"five", C_NUM, 5, 0},
    {"six", C_NUM, 6, 0},
    {"seven", C_NUM, 7, 0},
    {"eight", C_NUM, 8, 0},
    {"nine", C_NUM, 9, 0},
    {"ten", C_NUM, 10, 0},
    {"eleven", C_NUM, 11, 0},
    {"twelve", C_NUM, 12, 0},
    {"thirteen", C_NUM, 13, 0},
    {"fourteen", C_NUM, 14, 0},
    {"fifteen", C_NUM, 15, 0},
    {"sixteen", C_NUM, 16, 0},
    {"seventeen", C_NUM, 17, 0},
    {"eighteen", C_NUM, 18, 0},
    {"nineteen", C_NUM, 19, 0},
    {"twenty", C_TENS, 20, 0},
    {"thirty", C_TENS, 30, 0},
    {"forty", C_TENS, 40, 0},
    {"fifty", C_TENS, 50, 0},
    {"sixty", C_TENS, 60, 0},
    {"seventy", C_TENS, 70, 0},
    {"eighty", C_TENS, 80, 0},
    {"ninety", C_TENS, 90, 0},
    {"hundred", C_HUNDRED, 0, 0},
    {"thousand", C_THOUSAND, 0, 0},
    {"dozen", C_DOZEN, 12, 0},
    {"first", C_ORD, 1, 0},
    {"second", C_ORD, 2, 0},
    {"third", C_ORD, 3, 0},
    {"fourth", C_ORD, 4, 0},
    {"fifth", C_ORD, 5, 0},
    {"sixth", C_ORD, 6, 0},
    {"seventh", C_ORD, 7, 0},
    {"eighth", C_ORD, 8, 0},
    {"ninth", C_ORD, 9, 0},
    {"tenth", C_ORD, 10, 0},
    {"eleventh", C_ORD, 11, 0},
    {"twelfth", C_ORD, 12, 0},
    {"thirteenth", C_ORD, 13, 0},
    {"fourteenth", C_ORD, 14, 0},
    {"fifteenth", C_ORD, 15, 0},
    {"sixteenth", C_ORD, 16, 0},
    {"seventeenth", C_ORD, 17, 0},
    {"eighteenth", C_ORD, 18, 0},
    {"nineteenth", C_ORD, 19, 0},
    {"twentieth", C_ORD, 20, 0},
    {"thirtieth", C_ORD, 30, 0},
    /* ordinal suffixes after digits: 9th, 1st */
    {"st", C_ORDSUF, 0, 0},
    {"nd", C_ORDSUF, 0, 0},
    {"rd", C_ORDSUF, 0, 0},
    {"th", C_ORDSUF, 0, 0},
    /* units: val = U_*, val2 = 1 for plurals */
    {"second", C_ORD, 2, 0}, /* duplicate key ignored: kept as ordinal */
    {"seconds", C_UNIT, U_SEC, 1},
    {"minute", C_UNIT, U_MIN, 0},
    {"minutes", C_UNIT, U_MIN, 1},
    {"hour", C_UNIT, U_HOUR, 0},
    {"hours", C_UNIT, U_HOUR, 1},
    {"day", C_UNIT, U_DAY, 0},
    {"days", C_UNIT, U_DAY, 1},
    {"night", C_PART, P_NI, 0},
    {"nights", C_UNIT, U_NIGHT, 1},
    {"week", C_UNIT, U_WEEK, 0},
    {"weeks", C_UNIT, U_WEEK, 1},
    {"fortnight", C_UNIT, U_FORTNIGHT, 0},
    {"fortnights", C_UNIT, U_FORTNIGHT, 1},
    {"weekend", C_UNIT, U_WEEKEND, 0},
    {"weekends", C_UNIT, U_WEEKEND, 1},
    {"month", C_UNIT, U_MONTH, 0},
    {"months", C_UNIT, U_MONTH, 1},
    {"quarter", C_UNIT, U_QUARTER, 0},
    {"quarters", C_UNIT, U_QUARTER, 1},
    {"year", C_UNIT, U_YEAR, 0},
    {"years", C_UNIT, U_YEAR, 1},
    {"decade", C_UNIT, U_DECADE, 0},
    {"decades", C_UNIT, U_DECADE, 1},
    {"century", C_UNIT, U_CENTURY, 0},
    {"centuries", C_UNIT, U_CENTURY, 1},
    {"millennium", C_UNIT, U_MILLENNIUM, 0},
    {"millennia", C_UNIT, U_MILLENNIUM, 1},
    {"yr", C_UNIT, U_YEAR, 0},
    {"yrs", C_UNIT, U_YEAR, 1},
    {"hrs", C_UNIT, U_HOUR, 1},
    {"mins", C_UNIT, U_MIN, 1},
    /* seasons: val = S_*, val2 LX_AMBIG for "fall" */
    {"spring", C_SEASON, S_SP, 0},
    {"summer", C_SEASON, S_SU, 0},
    {"autumn", C_SEASON, S_FA, 0},
    {"fall", C_SEASON, S_FA, LX_AMBIG},
    {"winter", C_SEASON, S_WI, 0},
    {"springs", C_SEASONS, S_SP, 0},
    {"summers", C_SEASONS, S_SU, 0},
    {"autumns", C_SEASONS, S_FA, 0},
    {"winters", C_SEASONS, S_WI, 0},
    /* parts of the day: val = P_* */
    {"morning", C_PART, P_MO, 0},
    {"afternoon", C_PART, P_AF, 0},
    {"evening", C_PART, P_EV, 0},
    {"mornings", C_PARTS, P_MO, 0},
    {"afternoons", C_PARTS, P_AF, 0},
    {"evenings", C_PARTS, P_EV, 0},
    {"noon", C_CLOCKW, 12, 0},
    {"midday", C_CLOCKW, 12, 0},
    {"midnight", C_CLOCKW, 24, 0},
    {"overnight", C_OVERNIGHT, 0, 0},
    /* day words: val = offset in days */
    {"today", C_DAYWORD, 0, 0},
    {"yesterday", C_DAYWORD, -1, 0},
    {"tomorrow", C_DAYWORD, 1, 0},
    {"tonight", C_DAYWORD, 0, P_NI},
    /* reference words: val = REF_* */
    {"now", C_REF, REF_PRESENT, 0},
    {"currently", C_REF, REF_PRESENT, 0},
    {"nowadays", C_REF, REF_PRESENT, 0},
    {"presently", C_REF, REF_PRESENT, 0},
    {"recently", C_REF, REF_PAST, 0},
    {"lately", C_REF, REF_PAST, 0},
    {"soon", C_SOON, 0, 0},
    {"future", C_FUTUREW, 0, 0},
    {"recent", C_RECENT, 0, 0},
    {"present", C_PRESENTW, 0, 0},
    /* relative determiners: val = R_* */
    {"last", C_REL, R_LAST, 0},
    {"this", C_REL, R_THIS, 0},
    {"next", C_REL, R_NEXT, 0},
    {"past", C_REL, R_PAST, 0},
    {"coming", C_REL, R_COMING, 0},
    {"upcoming", C_REL, R_COMING, 0},
    {"previous", C_REL, R_PREV, 0},
    {"preceding", C_REL, R_PREV, 0},
    {"prior", C_REL, R_PREV, 0},
    {"following", C_REL, R_FOLLOW, 0},
    {"ensuing", C_REL, R_FOLLOW, 0},
    {"subsequent", C_REL, R_FOLLOW, 0},
    {"same", C_REL, R_SAME, 0},
    {"that", C_REL, R_THAT, 0},
    {"current", C_REL, R_CURRENT, 0},
    {"latest", C_REL, R_LATEST, 0},
    {"these", C_REL, R_THESE, 0},
    {"those", C_REL, R_THOSE, 0},
    /* shifts: val = +1 later, -1 earlier */
    {"ago", C_AGO, -1, 0},
    {"earlier", C_SHIFT, -1, 0},
    {"later", C_SHIFT, 1, 0},
    {"before", C_SHIFT, -1, 1},
    {"after", C_SHIFT, 1, 1},
    {"afterwards", C_SHIFT, 1, 0},
    {"afterward", C_SHIFT, 1, 0},
    {"hence", C_SHIFT, 1, 0},
    /* edges of periods: val = E_* */
    {"early", C_EDGE, E_START, 0},
    {"late", C_EDGE, E_END, 0},
    {"mid", C_EDGE, E_MID, 0},
    {"middle", C_EDGE, E_MID, 1},
    {"end", C_EDGE, E_END, 1},
    {"beginning", C_EDGE, E_START, 1},
    {"start", C_EDGE, E_START, 1},
    {"turn", C_EDGE, E_END, 1},
    {"close", C_EDGE, E_END, 1},
    /* approximations before durations */
    {"about", C_APPROX, 1, 0},
    {"around", C_APPROX, 1, 0},
    {"nearly", C_APPROX, 1, 0},
    {"almost", C_APPROX, 1, 0},
    {"approximately", C_APPROX, 1, 0},
    {"roughly", C_APPROX, 1, 0},
    {"some", C_SOME, 0, 0},
    {"over", C_APPROX, 2, 0},
    {"under", C_APPROX, 2, 0},
    {"just", C_APPROX, 0, 0},
    {"only", C_APPROX, 0, 0},
    {"another", C_APPROX, 0, 0},
    {"additional", C_APPROX, 0, 0},
    {"full", C_WHOLE, 0, 0},
    {"entire", C_WHOLE, 0, 0},
    {"whole", C_WHOLE, 0, 0},
    {"more", C_MORE, 0, 0},
    {"less", C_MORE, 0, 0},
    {"fewer", C_MORE, 0, 0},
    {"than", C_THAN, 0, 0},
    {"least", C_LEAST, 0, 0},
    {"most", C_LEAST, 0, 0},
    {"up", C_UP, 0, 0},
    {"to", C_TO, 0, 0},
    {"no", C_NO, 0, 0},
    /* quantities */
    {"a", C_A, 1, 0},
    {"an", C_A, 1, 0},
    {"the", C_THE, 0, 0},
    {"few", C_FEW, 0, 0},
    {"several", C_FEW, 0, 0},
    {"many", C_FEW, 0, 0},
    {"couple", C_COUPLE, 2, 0},
    {"half", C_HALF, 0, 0},
    {"and", C_AND, 0, 0},
    {"or", C_OR, 0, 0},
    {"of", C_OF, 0, 0},
    {"so", C_SO, 0, 0},
    /* prepositions that may precede an expression */
    {"in", C_PREP, PR_IN, 0},
    {"on", C_PREP, PR_ON, 0},
    {"at", C_PREP, PR_AT, 0},
    {"since", C_PREP, PR_SINCE, 0},
    {"until", C_PREP, PR_UNTIL, 0},
    {"till", C_PREP, PR_UNTIL, 0},
    {"by", C_PREP, PR_BY, 0},
    {"from", C_PREP, PR_FROM, 0},
    {"during", C_PREP, PR_DURING, 0},
    {"through", C_PREP, PR_THROUGH, 0},
    {"throughout", C_PREP, PR_THROUGH, 0},
    {"within", C_PREP, PR_WITHIN, 0},
    {"for", C_PREP, PR_FOR, 0},
    {"between", C_PREP, PR_BETWEEN, 0},
    {"into", C_PREP, PR_IN, 0},
    {"as", C_PREP, PR_AS, 0},
    /* fiscal years and sets */
    {"fiscal", C_FISCAL, 0, 0},
    {"fy", C_FISCAL, 1, 0},
    {"daily", C_SETW, U_DAY, 0},
    {"weekly", C_SETW, U_WEEK, 0},
    {"biweekly", C_SETW, U_FORTNIGHT, 0},
    {"monthly", C_SETW, U_MONTH, 0},
    {"yearly", C_SETW, U_YEAR, 0},
    {"hourly", C_SETW, U_HOUR, 0},
    {"nightly", C_SETW, U_DAY, 0},
    {"every", C_EVERY, 0, 0},
    {"each", C_EVERY, 1, 0},
    {"per", C_EVERY, 2, 0},
    {"once", C_TIMESW, 1, 0},
    {"twice", C_TIMESW, 2, 0},
    {"times", C_TIMES, 0, 0},
    /* clock words */
    {"am", C_AMPM, 0, 0},
    {"pm", C_AMPM, 12, 0},
    {"o", C_OCLOCK, 0, 0},
    {"clock", C_CLOCK, 0, 0},
    {"est", C_TZ, 0, 0},
    {"edt", C_TZ, 0, 0},
    {"cst", C_TZ, 0, 0},
    {"cdt", C_TZ, 0, 0},
    {"mst", C_TZ, 0, 0},
    {"mdt", C_TZ, 0, 0},
    {"pst", C_TZ, 0, 0},
    {"pdt", C_TZ, 0, 0},
    {"gmt", C_TZ, 0, 0},
    {"utc", C_TZ, 0, 0},
    {"bst", C_TZ, 0, 0},
    {"cet", C_TZ, 0, 0},
    {"cest", C_TZ, 0, 0},
    {"ist", C_TZ, 0, 0},
    {"jst", C_TZ, 0, 0},
    {"local", C_TZ, 1, 0},
    /* decades in words: val = decade digit */
    {"twenties", C_DECADEW, 2, 0},
    {"thirties", C_DECADEW, 3, 0},
    {"forties", C_DECADEW, 4, 0},
    {"fifties", C_DECADEW, 5, 0},
    {"sixties", C_DECADEW, 6, 0},
    {"seventies", C_DECADEW, 7, 0},
    {"eighties", C_DECADEW, 8, 0},
    {"nineties", C_DECADEW, 9, 0},
    /* nouns that make "the past"/"the year..." into periods */
    {"period", C_PERIOD, 0, 0},
    {"term", C_TERM, 0, 0},
    {"time", C_TIMEW, 0, 0},
    {"while", C_WHILE, 0, 0},
    {"near", C_NEAR, 0, 0},
    {"short", C_NEAR, 1, 0},
    {"long", C_NEAR, 2, 0},
    {"ago", C_AGO, -1, 0},
    {"eve", C_EVE, 0, 0},
    {"christmas", C_HOLIDAY, 1, 0},
    {"thanksgiving", C_HOLIDAY, 2, 0},
    {"halloween", C_HOLIDAY, 3, 0},
    {"trading", C_TRADING, 0, 0},
    {"calendar", C_CALENDAR, 0, 0},
    {"s", C_S, 0, 0},
    /* tense markers */
    {"will", C_FUT, 1, 0},
    {"shall", C_FUT, 1, 0},
    {"would", C_FUT, 1, 0},
    {"ll", C_FUT, 1, 0},
    {"plans", C_FUT, 0, 1},
    {"planned", C_FUT, 0, 1},
    {"planning", C_FUT, 0, 1},
    {"expected", C_FUT, 0, 1},
    {"expects", C_FUT, 0, 1},
    {"effective", C_FUT, 0, 0},
    {"payable", C_FUT, 0, 0},
    {"scheduled", C_FUT, 0, 0},
    {"due", C_FUT, 0, 0},
    {"intends", C_FUT, 0, 1},
    {"said", C_PASTV, 1, 0},
    {"was", C_PASTV, 1, 0},
    {"were", C_PASTV, 1, 0},
    {"had", C_PASTV, 1, 0},
    {"did", C_PASTV, 1, 0},
    {"told", C_PASTV, 0, 0},
    {"took", C_PASTV, 0, 0},
    {"came", C_PASTV, 0, 0},
    {"went", C_PASTV, 0, 0},
    {"met", C_PASTV, 0, 0},
    {"made", C_PASTV, 0, 0},
    {"gave", C_PASTV, 0, 0},
    {"began", C_PASTV, 0, 0},
    {"saw", C_PASTV, 0, 0},
    {"held", C_PASTV, 0, 0},
    {"left", C_PASTV, 0, 0},
    {"lost", C_PASTV, 0, 0},
    {"fell", C_PASTV, 0, 0},
    {"rose", C_PASTV, 0, 0},
    {"sent", C_PASTV, 0, 0},
    {"struck", C_PASTV, 0, 0},
    {"fought", C_PASTV, 0, 0},
    {"brought", C_PASTV, 0, 0},
    {"bought", C_PASTV, 0, 0},
    {"sold", C_PASTV, 0, 0},
    {"paid", C_PASTV, 0, 0},
    {"led", C_PASTV, 0, 0},
    {"kept", C_PASTV, 0, 0},
    {"spoke", C_PASTV, 0, 0},
    {"wrote", C_PASTV, 0, 0},
    {"won", C_PASTV, 0, 0},
    {"became", C_PASTV, 0, 0},
    {"got", C_PASTV, 0, 0},
    {"hit", C_PASTV, 0, 0},
    {"shot", C_PASTV, 0, 0},
    {"broke", C_PASTV, 0, 0},
    {"flew", C_PASTV, 0, 0},
    {"ran", C_PASTV, 0, 0},
    {"found", C_PASTV, 0, 0},
    {"thought", C_PASTV, 0, 0},
    {"knew", C_PASTV, 0, 0},
    {"felt", C_PASTV, 0, 0},
    {"stood", C_PASTV, 0, 0},
    {"grew", C_PASTV, 0, 0},
    {"drew", C_PASTV, 0, 0},
    {"wore", C_PASTV, 0, 0},
    {"chose", C_PASTV, 0, 0},
    {"froze", C_PASTV, 0, 0},
    {"swore", C_PASTV, 0, 0},
    {"meant", C_PASTV, 0, 0},
    {"spent", C_PASTV, 0, 0},
    {"been", C_PASTV, 0, 0},
    /* words before a number that make it a label, not a year */
    {"section", C_BLOCK, 0, 0},
    {"article", C_BLOCK, 0, 0},
    {"chapter", C_BLOCK, 0, 0},
    {"page", C_BLOCK, 0, 0},
    {"pages", C_BLOCK, 0, 0},
    {"flight", C_BLOCK, 0, 0},
    {"route", C_BLOCK, 0, 0},
    {"room", C_BLOCK, 0, 0},
    {"number", C_BLOCK, 0, 0},
    {"rule", C_BLOCK, 0, 0},
    {"resolution", C_BLOCK, 0, 0},
    {"paragraph", C_BLOCK, 0, 0},
    {"model", C_BLOCK, 0, 0},
    {"version", C_BLOCK, 0, 0},
    {"item", C_BLOCK, 0, 0},
    {"level", C_BLOCK, 0, 0},
    {"platform", C_BLOCK, 0, 0},
    {"gate", C_BLOCK, 0, 0},
    {"highway", C_BLOCK, 0, 0},
    {"interstate", C_BLOCK, 0, 0},
    {"bill", C_BLOCK, 0, 0},
    {"act", C_BLOCK, 0, 0},
    {"code", C_BLOCK, 0, 0},
    {"unit", C_BLOCK, 0, 0},
    {"vol", C_BLOCK, 0, 0},
    {"volume", C_BLOCK, 0, 0},
    {"issue", C_BLOCK, 0, 0},
    {"exhibit", C_BLOCK, 0, 0},
    {"box", C_BLOCK, 0, 0},
    {"suite", C_BLOCK, 0, 0},
    {"apartment", C_BLOCK, 0, 0},
    {"street", C_BLOCK, 0, 0},
    {"avenue", C_BLOCK, 0, 0},
    {"ext", C_BLOCK, 0, 0},
    {"tel", C_BLOCK, 0, 0},
    {"phone", C_BLOCK, 0, 0},
    {"fax", C_BLOCK, 0, 0},
    {"no", C_NO, 0, 0},
    {"nos", C_BLOCK, 0, 0},
    {"vs", C_BLOCK, 0, 0},
    {"score", C_BLOCK, 0, 0},
    {"published", C_PUBW, 1, 0},
    {"updated", C_PUBW, 2, 0},
    {"posted", C_PUBW, 1, 0},
    {"dated", C_PUBW, 1, 0},
    {"date", C_PUBW, 1, 0},
    {"modified", C_PUBW, 2, 0},
    {"ap", C_AGENCY, 0, 0},
    {"reuters", C_AGENCY, 0, 0},
    {"afp", C_AGENCY, 0, 0},
    {"upi", C_AGENCY, 0, 0},
    {"xinhua", C_AGENCY, 0, 0},
};

#define LEX_BITS 11
#define LEX_SIZE (1u << LEX_BITS)

/* A word of up to 16 letters as its key: the lowercased letters in two
 * 64-bit halves, padded with spaces (0x20, which no word contains, so the
 * padding cannot make two different words equal).  Keys are compared as
 * two integers and hashed with two multiplications, instead of a byte
 * loop and memcmp per word. */
typedef struct {
  uint64_t a, b;
} lex_key;

#define LEX_SPACES UINT64_C(0x2020202020202020)
G_STATIC_ASSERT(TIMEX_MAXWORD <= 16);

static int16_t lex_slot[LEX_SIZE]; /* index + 1 into lexicon, 0 = empty */
static lex_key lex_keys[ARRAY_SIZE(lexicon)];

static uint32_t lex_hash(lex_key k) {
  uint64_t h =
      k.a * UINT64_C(0x9E3779B97F4A7C15) ^ k.b * UINT64_C(0xC2B2AE3D27D4EB4F);
  return (uint32_t)(h >> (64 - LEX_BITS));
}

/* The key of the n (<= 16) letters at w.  ORing 0x20 lowercases ASCII
 * letters and turns the zero padding into spaces. */
static lex_key key_of(const unsigned char *w, size_t n) {
  uint64_t half[2] = {0, 0};
  memcpy(half, w, n);
  return (lex_key){half[0] | LEX_SPACES, half[1] | LEX_SPACES};
}

/* key_of for 1 <= n <= 16 letters at w when 16 bytes can be read there:
 * one fixed-size load and a mask instead of a variable-length copy. */
static inline lex_key key_of_wide(const unsigned char *w, size_t n) {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  uint64_t half[2];
  memcpy(half, w, 16);
  if (n <= 8)
    return (lex_key){(half[0] & (~UINT64_C(0) >> (64 - 8 * n))) | LEX_SPACES,
                     LEX_SPACES};
  return (lex_key){half[0] | LEX_SPACES,
                   (half[1] & (~UINT64_C(0) >> (128 - 8 * n))) | LEX_SPACES};
#else
  return key_of(w, n);
#endif
}

static void lex_build(void) {
  for (size_t i = 0; i < ARRAY_SIZE(lexicon); i++) {
    size_t n = strlen(lexicon[i].w);
    g_assert(n <= TIMEX_MAXWORD);
    lex_keys[i] = key_of((const unsigned char *)lexicon[i].w, n);
    uint32_t h = lex_hash(lex_keys[i]);
    for (;;) {
      int16_t s = lex_slot[h];
      if (s == 0) {
        lex_slot[h] = (int16_t)(i + 1);
        break;
      }
      if (strcmp(lexicon[s - 1].w, lexicon[i].w) == 0)
        break; /* first entry wins */
      h = (h + 1) & (LEX_SIZE - 1);
    }
  }
}

void timex_lex_init(void) {
  static gsize done = 0;
  if (g_once_init_enter(&done)) {
    lex_build();
    g_once_init_leave(&done, 1);
  }
}

static const lex_entry *lex_find(lex_key k) {
  uint32_t h = lex_hash(k);
  for (;;) {
    int16_t s = lex_slot[h];
    if (s == 0)
      return NULL;
    if (lex_keys[s - 1].a == k.a && lex_keys[s - 1].b == k.b)
      return &lexicon[s - 1];
    h = (h + 1) & (LEX_SIZE - 1);
  }
}

/* Character classes of ASCII bytes, for the hot loops. */
enum { CL_DIGIT = 1, CL_ALPHA = 2 };
#define AL CL_ALPHA
static const uint8_t char_class[256] = {
    ['0'] = CL_DIGIT, ['1'] = CL_DIGIT, ['2'] = CL_DIGIT, ['3'] = CL_DIGIT,
    ['4'] = CL_DIGIT, ['5'] = CL_DIGIT, ['6'] = CL_DIGIT, ['7'] = CL_DIGIT,
    ['8'] = CL_DIGIT, ['9'] = CL_DIGIT, ['a'] = AL,       ['b'] = AL,
    ['c'] = AL,       ['d'] = AL,       ['e'] = AL,       ['f'] = AL,
    ['g'] = AL,       ['h'] = AL,       ['i'] = AL,       ['j'] = AL,
    ['k'] = AL,       ['l'] = AL,       ['m'] = AL,       ['n'] = AL,
    ['o'] = AL,       ['p'] = AL,       ['q'] = AL,       ['r'] = AL,
    ['s'] = AL,       ['t'] = AL,       ['u'] = AL,       ['v'] = AL,
    ['w'] = AL,       ['x'] = AL,       ['y'] = AL,       ['z'] = AL,
    ['A'] = AL,       ['B'] = AL,       ['C'] = AL,       ['D'] = AL,
    ['E'] = AL,       ['F'] = AL,       ['G'] = AL,       ['H'] = AL,
    ['I'] = AL,       ['J'] = AL,       ['K'] = AL,       ['L'] = AL,
    ['M'] = AL,       ['N'] = AL,       ['O'] = AL,       ['P'] = AL,
    ['Q'] = AL,       ['R'] = AL,       ['S'] = AL,       ['T'] = AL,
    ['U'] = AL,       ['V'] = AL,       ['W'] = AL,       ['X'] = AL,
    ['Y'] = AL,       ['Z'] = AL,
};

#undef AL

static inline bool is_alpha(unsigned char c) {
  return char_class[c] & CL_ALPHA;
}

static inline bool is_digit(unsigned char c) {
  return char_class[c] & CL_DIGIT;
}

/* Length of the UTF-8 sequence starting with c (1 for stray bytes). */
static size_t utf8_len(unsigned char c) {
  if (c < 0xC0)
    return 1;
  if (c < 0xE0)
    return 2;
  if (c < 0xF0)
    return 3;
  return 4;
}

size_t timex_lex(timex_lexer *L, tok *out, size_t max) {
  const unsigned char *s = (const unsigned char *)L->s;
  size_t p = L->pos, len = L->len, n = 0;
  while (n < max && p < len) {
    unsigned nl = 0;
    bool sp = false;
    /* whitespace, line ends (LF, CRLF, lone CR) and no-break spaces */
    for (;;) {
      if (p >= len)
        break;
      unsigned char c = s[p];
      if (c == ' ') {
        sp = true;
        p++;
      } else if (c == '\n') {
        nl++;
        p++;
      } else if (c == '\r') {
        nl++;
        p++;
        if (p < len && s[p] == '\n')
          p++;
      } else if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
        sp = true;
        p++;
      } else if (c == 0xC2 && p + 1 < len && s[p + 1] == 0xA0) {
        sp = true;
        p += 2;
      } else {
        break;
      }
    }
    if (p >= len)
      break;
    tok *t = &out[n];
    t->num = 0;
    t->sent = t->para = 0;
    t->cls = t->val2 = t->ndig = t->len = 0;
    t->cap = t->allcap = false;
    t->ch = 0;
    t->start = p;
    t->nl = (uint8_t)(nl > 2 ? 2 : nl);
    t->sp = sp || nl > 0;
    unsigned char c = s[p];
    if (is_alpha(c)) {
      /* Four letters at a time; then, for capitalised words only, the OR
       * of the bytes tells whether any letter is lower case (bit 0x20). */
      size_t b = p;
      while (p + 4 <= len &&
             (char_class[s[p]] & char_class[s[p + 1]] & char_class[s[p + 2]] &
              char_class[s[p + 3]] & CL_ALPHA))
        p += 4;
      while (p < len && is_alpha(s[p]))
        p++;
      size_t k = p - b;
      t->kind = TK_WORD;
      t->len = (uint8_t)(k > 255 ? 255 : k);
      t->cap = c <= 'Z';
      if (t->cap && k > 1) {
        unsigned bits = 0;
        for (size_t q = b; q < p; q++)
          bits |= s[q];
        t->allcap = !(bits & 0x20);
      }
      t->ch = (char)(c | 0x20);
      if (k <= TIMEX_MAXWORD) {
        const lex_entry *e =
            lex_find(b + 16 <= len ? key_of_wide(s + b, k) : key_of(s + b, k));
        if (e) {
          t->cls = e->cls;
          t->num = e->val;
          t->val2 = e->val2;
        }
      }
    } else if (is_digit(c)) {
      int64_t v = 0;
      size_t k = 0;
      while (p < len && is_digit(s[p])) {
        if (k < 9)
          v = v * 10 + (s[p] - '0');
        k++;
        p++;
      }
      t->kind = TK_NUM;
      t->ndig = (uint8_t)(k > 255 ? 255 : k);
      t->num = k <= 9 ? (int32_t)v : -1;
    } else if (c >= 0x80) {
      /* Typographic apostrophes and dashes count as their ASCII
       * counterparts; other characters form one OTHER token per run. */
      if (c == 0xE2 && p + 2 < len && s[p + 1] == 0x80 &&
          (s[p + 2] == 0x99 || s[p + 2] == 0x98)) {
        t->kind = TK_PUNCT;
        t->ch = '\'';
        p += 3;
      } else if (c == 0xE2 && p + 2 < len && s[p + 1] == 0x80 &&
                 (s[p + 2] == 0x93 || s[p + 2] == 0x94)) {
        t->kind = TK_PUNCT;
        t->ch = s[p + 2] == 0x93 ? '-' : '_';
        p += 3;
      } else {
        t->kind = TK_OTHER;
        while (p < len && s[p] >= 0x80) {
          if (s[p] == 0xE2 && p + 1 < len && s[p + 1] == 0x80)
            break;
          if (s[p] == 0xC2 && p + 1 < len && s[p + 1] == 0xA0)
            break;
          size_t k = utf8_len(s[p]);
          p += k;
        }
        if (p == t->start)
          p += 3;
        if (p > len)
          p = len;
      }
    } else {
      t->kind = TK_PUNCT;
      t->ch = (char)c;
      p++;
    }
    t->end = p;
    n++;
  }
  L->pos = p;
  return n;
}
