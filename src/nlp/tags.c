/*
 * nlp/tags.c - the inventories of the analysis stage: Universal POS tags,
 * Penn Treebank tags (the XPOS of the English treebanks) and Universal
 * Dependencies relations with the English subtypes.  The numbering is the
 * program's own; a model file names its tags and relations as strings,
 * which the loader maps onto these numbers, so a model never depends on
 * the numbering.
 */
#include "nlp/nlp.h"

static const char *const upos_names[NLP_UPOS_COUNT] = {
    [NLP_UPOS_ADJ] = "ADJ",     [NLP_UPOS_ADP] = "ADP",
    [NLP_UPOS_ADV] = "ADV",     [NLP_UPOS_AUX] = "AUX",
    [NLP_UPOS_CCONJ] = "CCONJ", [NLP_UPOS_DET] = "DET",
    [NLP_UPOS_INTJ] = "INTJ",   [NLP_UPOS_NOUN] = "NOUN",
    [NLP_UPOS_NUM] = "NUM",     [NLP_UPOS_PART] = "PART",
    [NLP_UPOS_PRON] = "PRON",   [NLP_UPOS_PROPN] = "PROPN",
    [NLP_UPOS_PUNCT] = "PUNCT", [NLP_UPOS_SCONJ] = "SCONJ",
    [NLP_UPOS_SYM] = "SYM",     [NLP_UPOS_VERB] = "VERB",
    [NLP_UPOS_X] = "X",
};

/* Penn Treebank tags as the English UD treebanks use them. */
static const char *const xpos_names[NLP_XPOS_COUNT] = {
    [NLP_XPOS_NONE] = "_", [NLP_XPOS_CC] = "CC",     [NLP_XPOS_CD] = "CD",
    [NLP_XPOS_DT] = "DT",  [NLP_XPOS_EX] = "EX",     [NLP_XPOS_FW] = "FW",
    [NLP_XPOS_IN] = "IN",  [NLP_XPOS_JJ] = "JJ",     [NLP_XPOS_JJR] = "JJR",
    [NLP_XPOS_JJS] = "JJS", [NLP_XPOS_LS] = "LS",    [NLP_XPOS_MD] = "MD",
    [NLP_XPOS_NN] = "NN",  [NLP_XPOS_NNS] = "NNS",   [NLP_XPOS_NNP] = "NNP",
    [NLP_XPOS_NNPS] = "NNPS", [NLP_XPOS_PDT] = "PDT", [NLP_XPOS_POS] = "POS",
    [NLP_XPOS_PRP] = "PRP", [NLP_XPOS_PRPS] = "PRP$", [NLP_XPOS_RB] = "RB",
    [NLP_XPOS_RBR] = "RBR", [NLP_XPOS_RBS] = "RBS",  [NLP_XPOS_RP] = "RP",
    [NLP_XPOS_SYM] = "SYM", [NLP_XPOS_TO] = "TO",    [NLP_XPOS_UH] = "UH",
    [NLP_XPOS_VB] = "VB",  [NLP_XPOS_VBD] = "VBD",   [NLP_XPOS_VBG] = "VBG",
    [NLP_XPOS_VBN] = "VBN", [NLP_XPOS_VBP] = "VBP",  [NLP_XPOS_VBZ] = "VBZ",
    [NLP_XPOS_WDT] = "WDT", [NLP_XPOS_WP] = "WP",    [NLP_XPOS_WPS] = "WP$",
    [NLP_XPOS_WRB] = "WRB", [NLP_XPOS_DOLLAR] = "$", [NLP_XPOS_HASH] = "#",
    [NLP_XPOS_PERIOD] = ".", [NLP_XPOS_COMMA] = ",", [NLP_XPOS_COLON] = ":",
    [NLP_XPOS_LRB] = "-LRB-", [NLP_XPOS_RRB] = "-RRB-",
    [NLP_XPOS_LQUOTE] = "``", [NLP_XPOS_RQUOTE] = "''",
    [NLP_XPOS_HYPH] = "HYPH", [NLP_XPOS_NFP] = "NFP", [NLP_XPOS_ADD] = "ADD",
    [NLP_XPOS_AFX] = "AFX", [NLP_XPOS_GW] = "GW",    [NLP_XPOS_XX] = "XX",
};

static const char *const dep_names[NLP_DEP_COUNT] = {
    [NLP_DEP_NONE] = "_",
    [NLP_DEP_ACL] = "acl",
    [NLP_DEP_ACL_RELCL] = "acl:relcl",
    [NLP_DEP_ADVCL] = "advcl",
    [NLP_DEP_ADVCL_RELCL] = "advcl:relcl",
    [NLP_DEP_ADVMOD] = "advmod",
    [NLP_DEP_AMOD] = "amod",
    [NLP_DEP_APPOS] = "appos",
    [NLP_DEP_AUX] = "aux",
    [NLP_DEP_AUX_PASS] = "aux:pass",
    [NLP_DEP_CASE] = "case",
    [NLP_DEP_CC] = "cc",
    [NLP_DEP_CC_PRECONJ] = "cc:preconj",
    [NLP_DEP_CCOMP] = "ccomp",
    [NLP_DEP_CLF] = "clf",
    [NLP_DEP_COMPOUND] = "compound",
    [NLP_DEP_COMPOUND_PRT] = "compound:prt",
    [NLP_DEP_CONJ] = "conj",
    [NLP_DEP_COP] = "cop",
    [NLP_DEP_CSUBJ] = "csubj",
    [NLP_DEP_CSUBJ_OUTER] = "csubj:outer",
    [NLP_DEP_CSUBJ_PASS] = "csubj:pass",
    [NLP_DEP_DEP] = "dep",
    [NLP_DEP_DET] = "det",
    [NLP_DEP_DET_PREDET] = "det:predet",
    [NLP_DEP_DISCOURSE] = "discourse",
    [NLP_DEP_DISLOCATED] = "dislocated",
    [NLP_DEP_EXPL] = "expl",
    [NLP_DEP_FIXED] = "fixed",
    [NLP_DEP_FLAT] = "flat",
    [NLP_DEP_GOESWITH] = "goeswith",
    [NLP_DEP_IOBJ] = "iobj",
    [NLP_DEP_LIST] = "list",
    [NLP_DEP_MARK] = "mark",
    [NLP_DEP_NMOD] = "nmod",
    [NLP_DEP_NMOD_DESC] = "nmod:desc",
    [NLP_DEP_NMOD_POSS] = "nmod:poss",
    [NLP_DEP_NMOD_UNMARKED] = "nmod:unmarked",
    [NLP_DEP_NSUBJ] = "nsubj",
    [NLP_DEP_NSUBJ_OUTER] = "nsubj:outer",
    [NLP_DEP_NSUBJ_PASS] = "nsubj:pass",
    [NLP_DEP_NUMMOD] = "nummod",
    [NLP_DEP_OBJ] = "obj",
    [NLP_DEP_OBL] = "obl",
    [NLP_DEP_OBL_AGENT] = "obl:agent",
    [NLP_DEP_OBL_UNMARKED] = "obl:unmarked",
    [NLP_DEP_ORPHAN] = "orphan",
    [NLP_DEP_PARATAXIS] = "parataxis",
    [NLP_DEP_PUNCT] = "punct",
    [NLP_DEP_REPARANDUM] = "reparandum",
    [NLP_DEP_ROOT] = "root",
    [NLP_DEP_VOCATIVE] = "vocative",
    [NLP_DEP_XCOMP] = "xcomp",
};

static int find(const char *const *names, int n, const char *s, size_t len) {
  for (int i = 0; i < n; i++)
    if (names[i] && strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
      return i;
  return -1;
}

const char *nlp_upos_name(int u) {
  return u >= 0 && u < NLP_UPOS_COUNT ? upos_names[u] : "X";
}

const char *nlp_xpos_name(int x) {
  return x > 0 && x < NLP_XPOS_COUNT ? xpos_names[x] : "_";
}

const char *nlp_dep_name(int d) {
  return d > 0 && d < NLP_DEP_COUNT ? dep_names[d] : "dep";
}

int nlp_upos_find(const char *s, size_t len) {
  return find(upos_names, NLP_UPOS_COUNT, s, len);
}

int nlp_xpos_find(const char *s, size_t len) {
  return find(xpos_names, NLP_XPOS_COUNT, s, len);
}

int nlp_dep_find(const char *s, size_t len) {
  int d = find(dep_names, NLP_DEP_COUNT, s, len);
  if (d > 0)
    return d;
  /* Older subtypes of the English treebanks map onto the current ones;
   * another subtype falls back to its universal relation. */
  static const struct {
    const char *old;
    int now;
  } renamed[] = {
      {"obl:tmod", NLP_DEP_OBL_UNMARKED}, {"obl:npmod", NLP_DEP_OBL_UNMARKED},
      {"nmod:tmod", NLP_DEP_NMOD_UNMARKED},
      {"nmod:npmod", NLP_DEP_NMOD_UNMARKED},
  };
  for (size_t i = 0; i < ARRAY_SIZE(renamed); i++)
    if (strlen(renamed[i].old) == len && memcmp(renamed[i].old, s, len) == 0)
      return renamed[i].now;
  const char *colon = memchr(s, ':', len);
  if (colon) {
    d = find(dep_names, NLP_DEP_COUNT, s, (size_t)(colon - s));
    if (d > 0)
      return d;
  }
  return -1;
}

int nlp_dep_universal(int d) {
  switch (d) {
  case NLP_DEP_ACL_RELCL:
    return NLP_DEP_ACL;
  case NLP_DEP_ADVCL_RELCL:
    return NLP_DEP_ADVCL;
  case NLP_DEP_AUX_PASS:
    return NLP_DEP_AUX;
  case NLP_DEP_CC_PRECONJ:
    return NLP_DEP_CC;
  case NLP_DEP_COMPOUND_PRT:
    return NLP_DEP_COMPOUND;
  case NLP_DEP_CSUBJ_OUTER:
  case NLP_DEP_CSUBJ_PASS:
    return NLP_DEP_CSUBJ;
  case NLP_DEP_DET_PREDET:
    return NLP_DEP_DET;
  case NLP_DEP_NMOD_DESC:
  case NLP_DEP_NMOD_POSS:
  case NLP_DEP_NMOD_UNMARKED:
    return NLP_DEP_NMOD;
  case NLP_DEP_NSUBJ_OUTER:
  case NLP_DEP_NSUBJ_PASS:
    return NLP_DEP_NSUBJ;
  case NLP_DEP_OBL_AGENT:
  case NLP_DEP_OBL_UNMARKED:
    return NLP_DEP_OBL;
  default:
    return d;
  }
}
