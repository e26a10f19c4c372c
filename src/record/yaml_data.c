/*
 * yaml_data.c - reads the small data format of events/types.yaml and
 * events/gazetteer.yaml: a sequence of flat mappings whose values are
 * scalars or sequences of scalars (see extract_int.h).
 */
#include "events/extract_int.h"

#include <yaml.h>

static void field_free(data_field *f) {
  g_free(f->key);
  for (size_t i = 0; i < f->n; i++)
    g_free(f->values[i]);
  g_free(f->values);
}

void data_doc_release(data_doc *doc) {
  for (size_t i = 0; i < doc->n; i++) {
    data_entry *e = &doc->items[i];
    for (size_t j = 0; j < e->n; j++)
      field_free(&e->fields[j]);
    g_free(e->fields);
  }
  g_free(doc->items);
  memset(doc, 0, sizeof *doc);
}

const data_field *data_get(const data_entry *e, const char *key) {
  for (size_t i = 0; i < e->n; i++)
    if (strcmp(e->fields[i].key, key) == 0)
      return &e->fields[i];
  return NULL;
}

const char *data_str(const data_entry *e, const char *key) {
  const data_field *f = data_get(e, key);
  return f && f->n ? f->values[0] : NULL;
}

static void err_at(annals_diags *d, const char *name, const yaml_mark_t *m,
                   const char *msg) {
  annals_diags_add(d, ANNALS_SEV_ERROR, name, (unsigned)m->line + 1,
                   (unsigned)m->column + 1, m->index, "%s", msg);
}

static char *scalar_dup(const yaml_event_t *ev) {
  return g_strndup((const char *)ev->data.scalar.value, ev->data.scalar.length);
}

/* States of the small reader. */
enum { S_TOP, S_SEQ, S_KEY, S_VALUE, S_LIST, S_DONE };

annals_status data_load(const char *buf, size_t len, const char *name,
                        data_doc *doc, annals_diags *d) {
  memset(doc, 0, sizeof *doc);
  yaml_parser_t p;
  yaml_parser_initialize(&p);
  yaml_parser_set_input_string(&p, (const unsigned char *)buf, len);
  int state = S_TOP;
  bool ok = true, done = false;
  data_entry *cur = NULL;
  data_field *fld = NULL;
  char q[128];
  while (!done && ok) {
    yaml_event_t ev;
    if (!yaml_parser_parse(&p, &ev)) {
      err_at(d, name, &p.problem_mark,
             p.problem ? p.problem : "yaml syntax error");
      ok = false;
      break;
    }
    const yaml_mark_t *m = &ev.start_mark;
    switch (ev.type) {
    case YAML_STREAM_START_EVENT:
    case YAML_DOCUMENT_START_EVENT:
    case YAML_DOCUMENT_END_EVENT:
      break;
    case YAML_STREAM_END_EVENT:
      done = true;
      break;
    case YAML_ALIAS_EVENT:
      err_at(d, name, m, "aliases are not supported in data files");
      ok = false;
      break;
    case YAML_SEQUENCE_START_EVENT:
      if (state == S_TOP) {
        state = S_SEQ;
      } else if (state == S_VALUE) {
        fld->is_list = true;
        state = S_LIST;
      } else {
        err_at(d, name, m, "unexpected sequence");
        ok = false;
      }
      break;
    case YAML_SEQUENCE_END_EVENT:
      if (state == S_LIST)
        state = S_KEY;
      else if (state == S_SEQ)
        state = S_DONE;
      break;
    case YAML_MAPPING_START_EVENT:
      if (state != S_SEQ) {
        err_at(d, name, m,
               state == S_TOP ? "expected a list of entries ('- key: value')"
                              : "nested mappings are not supported");
        ok = false;
        break;
      }
      ANNALS_GROW(doc->items, doc->n, doc->cap);
      cur = &doc->items[doc->n++];
      memset(cur, 0, sizeof *cur);
      cur->line = (unsigned)m->line + 1;
      cur->column = (unsigned)m->column + 1;
      state = S_KEY;
      break;
    case YAML_MAPPING_END_EVENT:
      state = S_SEQ;
      cur = NULL;
      break;
    case YAML_SCALAR_EVENT:
      if (state == S_TOP && ev.data.scalar.length == 0) {
        break; /* an empty document */
      } else if (state == S_KEY) {
        char *key = scalar_dup(&ev);
        if (data_get(cur, key)) {
          char kq[80];
          snprintf(q, sizeof q, "duplicate key '%s'",
                   annals_quote(key, strlen(key), kq, sizeof kq));
          err_at(d, name, m, q);
          g_free(key);
          ok = false;
          break;
        }
        ANNALS_GROW(cur->fields, cur->n, cur->cap);
        fld = &cur->fields[cur->n++];
        memset(fld, 0, sizeof *fld);
        fld->key = key;
        state = S_VALUE;
      } else if (state == S_VALUE || state == S_LIST) {
        fld->values = g_realloc_n(fld->values, fld->n + 1, sizeof(char *));
        fld->values[fld->n++] = scalar_dup(&ev);
        if (state == S_VALUE)
          state = S_KEY;
      } else {
        err_at(d, name, m, "expected a list of entries ('- key: value')");
        ok = false;
      }
      break;
    default:
      break;
    }
    yaml_event_delete(&ev);
  }
  yaml_parser_delete(&p);
  if (!ok) {
    data_doc_release(doc);
    return ANNALS_ERR_INPUT;
  }
  return ANNALS_OK;
}
