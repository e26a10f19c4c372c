/*
 * entry.c - the libFuzzer entry point.  Compile with -DFUZZ_ONE=fuzz_X_one
 * to make a fuzzer of target X (tests/fuzz/run.sh does).
 */
#include "fuzz.h"

#ifndef FUZZ_ONE
#error "compile with -DFUZZ_ONE=fuzz_X_one"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n) {
  return FUZZ_ONE(data, n);
}
