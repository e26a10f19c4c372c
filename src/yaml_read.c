/* yaml_read.c - placeholder until the YAML reader lands. */
#include "internal.h"

annals_status annals_timeline_read_yaml(const char *buf, size_t len,
                                        const char *name,
                                        annals_timeline **out,
                                        annals_diags *d) {
  UNUSED(buf);
  UNUSED(len);
  *out = NULL;
  annals_diags_add(d, ANNALS_SEV_ERROR, name, 0, 0, SIZE_MAX,
                   "yaml reading is not implemented yet");
  return ANNALS_ERR_INPUT;
}
