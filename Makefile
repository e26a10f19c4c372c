# annals - plain GNU make.
#
# Knobs (give them on the command line: make check SANITIZE=1):
#   CC          C compiler (default: cc)
#   CFLAGS      optimisation and debug flags (default: -O2 -g)
#   CPPFLAGS LDFLAGS LDLIBS   passed through unchanged
#   PKG_CONFIG  pkg-config program (default: pkg-config)
#   PREFIX      install prefix (default: /usr/local); DESTDIR for staging
#   MANDIR      where the manual pages go (default: $(PREFIX)/share/man)
#   SANITIZE=1  AddressSanitizer + UndefinedBehaviorSanitizer build, kept
#               apart in build/san so normal and sanitized objects never mix
#   V=1         show the full compiler command lines
#   FUZZ_SECONDS  how long `make fuzz` runs each target (default: 60)
#   ISO_CODES_DIR  iso-codes JSON files, the countries and subdivisions of
#               the generated place gazetteer (default:
#               /usr/share/iso-codes/json, Debian package iso-codes)
#   WORDNET_DIR WordNet 3.0 database, its cities and regions (default:
#               /usr/share/wordnet, Debian package wordnet-base); also the
#               lemmas and word classes of the English model
#   TREEBANK    `make model` only: a folder holding a UD treebank's
#               *-ud-train.conllu (and -dev, -test, which it scores)
#   MODEL       the English model built into the library (default:
#               events/english.model)
#   DIST_PYTHON the Python with Dask distributed for `make check-dist`
#               (default: /usr/bin/python3, Debian's python3-distributed)
#
# Targets: all (default), check (= test), check-dist, demo, bench, valgrind, fuzz,
#          install, uninstall, check-deps, check-headers, format, clean, deps,
#          model (retrain the English model: make model TREEBANK=DIR),
#          check-identity BASE=<git-ref> (outputs byte-identical to BASE's)

CC ?= cc
PKG_CONFIG ?= pkg-config
PREFIX ?= /usr/local
MANDIR ?= $(PREFIX)/share/man
CFLAGS ?= -O2 -g
FUZZ_SECONDS ?= 60
ISO_CODES_DIR ?= /usr/share/iso-codes/json
MODEL ?= events/english.model
DIST_PYTHON ?= /usr/bin/python3
WORDNET_DIR ?= /usr/share/wordnet

ifeq ($(origin CC),default)
CC = cc
endif

VERSION := $(shell sed -n 's/^\#define ANNALS_VERSION "\(.*\)"/\1/p' src/annals.h)
PKGS := yaml-0.1 glib-2.0 cairo cairo-svg cairo-pdf cairo-png pangocairo \
        pangoft2 fontconfig
TEST_PKGS := cmocka

ifeq ($(SANITIZE),1)
BUILD := build/san
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer \
             -fno-sanitize-recover=all
else
BUILD := build
SAN_FLAGS :=
endif

WARN := -Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes \
        -Wold-style-definition -Wvla -Wwrite-strings -Wpointer-arith \
        -Wformat-security -fno-common
STD := -std=c11 -D_POSIX_C_SOURCE=200809L

PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
TEST_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(TEST_PKGS) 2>/dev/null)
TEST_LIBS := $(shell $(PKG_CONFIG) --libs $(TEST_PKGS) 2>/dev/null)

ALL_CFLAGS = $(STD) $(WARN) $(CFLAGS) $(SAN_FLAGS) $(CPPFLAGS) \
             -Isrc -I$(BUILD)/gen $(PKG_CFLAGS) -MMD -MP
ALL_LDFLAGS = $(CFLAGS) $(SAN_FLAGS) $(LDFLAGS)

ifneq ($(V),1)
Q := @
say = @printf '  %-6s %s\n' $(1) $(2);
else
Q :=
say =
endif

# Sources: everything in src/'s stage folders is the library except the
# program (src/cli/) and the build and development tools (src/tools/).
SRC := $(sort $(wildcard src/*/*.c))
PROG_SRC := $(filter src/cli/%.c,$(SRC))
TOOL_SRC := $(filter src/tools/%.c,$(SRC))
LIB_SRC := $(filter-out $(PROG_SRC) $(TOOL_SRC),$(SRC))
LIB_OBJ := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/model_blob.o \
           $(BUILD)/obj/fonts_blob.o
# The faces linked into the library (in the order of annals_font_files in
# src/render/fonts.c), so a program copied on its own still finds its fonts.
FONT_FACES := NotoSans-Regular.ttf NotoSans-Bold.ttf \
              NotoNaskhArabic-Regular.ttf NotoSansDevanagari-Regular.ttf \
              NotoSansHebrew-Regular.ttf NotoSansArmenian-Regular.ttf \
              NotoSansGeorgian-Regular.ttf
PROG_OBJ := $(PROG_SRC:src/%.c=$(BUILD)/obj/%.o)

# Data files in events/ (top level only) are compiled into the library as
# generated C strings, so the program needs no data directory at run time.
DATA := $(sort $(wildcard events/*.yaml))
# The date finder's word list (src/dates/words.txt) is compiled in the
# same way, as build/gen/dates/words.inc.
DATES_DATA := $(sort $(wildcard src/dates/*.txt))
GEN := $(DATA:events/%.yaml=$(BUILD)/gen/%.inc) $(BUILD)/gen/places.inc \
       $(BUILD)/gen/nouns.inc $(BUILD)/gen/persons.inc \
       $(DATES_DATA:src/dates/%.txt=$(BUILD)/gen/dates/%.inc)
# The place gazetteer is generated from iso-codes and WordNet at build time.
PLACES_SRC := $(ISO_CODES_DIR)/iso_3166-1.json \
  $(ISO_CODES_DIR)/iso_3166-2.json $(WORDNET_DIR)/data.noun
PLACES_DEPS := $(PLACES_SRC) \
  $(addprefix $(WORDNET_DIR)/index.,noun verb adj adv) $(WORDNET_DIR)/data.adj

UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TEST_HELP_SRC := $(filter-out $(UNIT_SRC),$(wildcard tests/unit/*.c))
TEST_HELP_OBJ := $(TEST_HELP_SRC:tests/unit/%.c=$(BUILD)/tests/obj/%.o)
CLI_TESTS := $(sort $(wildcard tests/cli/*.sh))

LIB := $(BUILD)/libannals.a
PROG := $(BUILD)/annals

.PHONY: all check test check-dist demo bench valgrind fuzz install uninstall \
        check-deps check-identity check-headers format clean deps model
.DEFAULT_GOAL := all
# Keep intermediate objects (test runners are built in two steps).
.SECONDARY:

all: $(PROG) $(LIB)

# Rebuild everything when the flags change (the stamp holds them).
FLAGS_STAMP := $(BUILD)/.flags
FLAGS_NOW := $(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) $(PKG_LIBS)
$(FLAGS_STAMP): FORCE
	@mkdir -p $(@D)
	@echo '$(FLAGS_NOW)' | cmp -s - $@ || echo '$(FLAGS_NOW)' > $@
.PHONY: FORCE
FORCE:

$(BUILD)/obj/%.o: src/%.c $(FLAGS_STAMP) | $(GEN)
	@mkdir -p $(@D)
	$(call say,CC,$<)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	$(call say,AR,$@)rm -f $@ && ar rcs $@ $^

$(PROG): $(PROG_OBJ) $(LIB)
	$(call say,LINK,$@)$(CC) $(ALL_LDFLAGS) -o $@ $(PROG_OBJ) $(LIB) \
	  $(PKG_LIBS) -lm $(LDLIBS)

# The embedding tool runs at build time, so it is built without sanitizers.
$(BUILD)/tool_embed: src/tools/tool_embed.c
	@mkdir -p $(@D)
	$(call say,CC,$<)$(CC) $(STD) $(WARN) -O1 -o $@ $<

# So is the place gazetteer generator (it reads iso-codes and WordNet).
$(BUILD)/tool_places: src/tools/tool_places.c
	@mkdir -p $(@D)
	$(call say,CC,$<)$(CC) $(STD) $(WARN) -O1 -o $@ $<

# So are the lists of nouns that name no one and of nouns of persons (it
# reads WordNet).
$(BUILD)/tool_nouns: src/tools/tool_nouns.c
	@mkdir -p $(@D)
	$(call say,CC,$<)$(CC) $(STD) $(WARN) -O1 -o $@ $<

# Development tools (src/tools/ but tool_embed, tool_places and
# tool_nouns: the trainer, evaluators) link the library; they are not part
# of `make all`.
$(BUILD)/tool_%: src/tools/tool_%.c $(LIB)
	@mkdir -p $(@D)
	$(call say,LINK,$@)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB) \
	  $(PKG_LIBS) -lm $(LDLIBS)

$(BUILD)/gen/%.inc: events/%.yaml $(BUILD)/tool_embed
	@mkdir -p $(@D)
	$(call say,GEN,$@)$(BUILD)/tool_embed $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/dates/%.inc: src/dates/%.txt $(BUILD)/tool_embed
	@mkdir -p $(@D)
	$(call say,GEN,$@)$(BUILD)/tool_embed $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/places.yaml: $(BUILD)/tool_places $(PLACES_DEPS)
	@mkdir -p $(@D)
	$(call say,GEN,$@)$(BUILD)/tool_places $(PLACES_SRC) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/nouns.txt: $(BUILD)/tool_nouns $(WORDNET_DIR)/data.noun
	@mkdir -p $(@D)
	$(call say,GEN,$@)$(BUILD)/tool_nouns $(WORDNET_DIR)/data.noun > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/persons.txt: $(BUILD)/tool_nouns $(WORDNET_DIR)/index.noun \
                          $(WORDNET_DIR)/data.noun
	@mkdir -p $(@D)
	$(call say,GEN,$@)$(BUILD)/tool_nouns --persons $(WORDNET_DIR)/index.noun \
	  $(WORDNET_DIR)/data.noun > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/persons.inc: $(BUILD)/gen/persons.txt $(BUILD)/tool_embed
	@mkdir -p $(@D)
	$(call say,GEN,$@)$(BUILD)/tool_embed $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/nouns.inc: $(BUILD)/gen/nouns.txt $(BUILD)/tool_embed
	@mkdir -p $(@D)
	$(call say,GEN,$@)$(BUILD)/tool_embed $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/places.inc: $(BUILD)/gen/places.yaml $(BUILD)/tool_embed
	@mkdir -p $(@D)
	$(call say,GEN,$@)$(BUILD)/tool_embed $< > $@.tmp && mv $@.tmp $@

# The English model is linked into the library as read-only bytes
# (annals_model_builtin); the assembler's .incbin reads the file.  With no
# model file the blob is empty and the library has no builtin model.
$(BUILD)/gen/model.S: $(wildcard $(MODEL)) $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(call say,GEN,$@){ printf '\t.section .rodata\n\t.balign 64\n'; \
	  printf '\t.globl annals_model_blob\nannals_model_blob:\n'; \
	  if [ -f "$(MODEL)" ]; then printf '\t.incbin "%s"\n' "$(abspath $(MODEL))"; fi; \
	  printf '\t.globl annals_model_blob_end\nannals_model_blob_end:\n'; \
	  printf '\t.section .note.GNU-stack,"",@progbits\n'; } > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/model_blob.o: $(BUILD)/gen/model.S $(wildcard $(MODEL))
	@mkdir -p $(@D)
	$(call say,AS,$<)$(CC) -c -o $@ $<

# The fonts are linked in the same way: annals_font_blob_K, _K_end and
# _K_name (its file name) for the K-th of FONT_FACES.
$(BUILD)/gen/fonts.S: $(addprefix fonts/,$(FONT_FACES)) $(FLAGS_STAMP)
	@mkdir -p $(@D)
	$(call say,GEN,$@)k=0; { for f in $(FONT_FACES); do \
	  printf '\t.section .rodata\n\t.balign 64\n'; \
	  printf '\t.globl annals_font_blob_%s\nannals_font_blob_%s:\n' $$k $$k; \
	  printf '\t.incbin "%s"\n' "$(CURDIR)/fonts/$$f"; \
	  printf '\t.globl annals_font_blob_%s_end\nannals_font_blob_%s_end:\n' $$k $$k; \
	  printf '\t.globl annals_font_blob_%s_name\nannals_font_blob_%s_name:\n' $$k $$k; \
	  printf '\t.asciz "%s"\n' "$$f"; k=$$((k + 1)); done; \
	  printf '\t.section .note.GNU-stack,"",@progbits\n'; } > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/fonts_blob.o: $(BUILD)/gen/fonts.S
	@mkdir -p $(@D)
	$(call say,AS,$<)$(CC) -c -o $@ $<

# `make model TREEBANK=DIR` trains the English model from a UD treebank
# (deterministic: the same treebank and WordNet give the same bytes) and
# scores it on the treebank's dev and test files.
model: $(BUILD)/tool_train
	@test -n "$(TREEBANK)" || { echo "usage: make model TREEBANK=DIR (a folder with *-ud-train.conllu)" >&2; exit 2; }
	$(BUILD)/tool_train model --treebank "$(TREEBANK)" \
	  --wordnet "$(WORDNET_DIR)" -o $(MODEL)

# Unit tests: one cmocka runner per file, linked with the library.
$(BUILD)/tests/obj/%.o: tests/unit/%.c $(FLAGS_STAMP) | $(GEN)
	@mkdir -p $(@D)
	$(call say,CC,$<)$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -Itests/unit -c -o $@ $<

$(BUILD)/tests/test_%: $(BUILD)/tests/obj/test_%.o $(TEST_HELP_OBJ) $(LIB)
	$(call say,LINK,$@)$(CC) $(ALL_LDFLAGS) -o $@ $< $(TEST_HELP_OBJ) $(LIB) \
	  $(TEST_LIBS) $(PKG_LIBS) -lm $(LDLIBS)

# test_fuzz_regress also links the fuzz targets (tests/fuzz/fuzz_*.c) to
# replay their seeds and past findings; `make fuzz` builds them with clang.
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_OBJ := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/tests/fuzz/%.o)
$(BUILD)/tests/fuzz/%.o: tests/fuzz/%.c tests/fuzz/fuzz.h $(FLAGS_STAMP) | $(GEN)
	@mkdir -p $(@D)
	$(call say,CC,$<)$(CC) $(ALL_CFLAGS) -Itests/fuzz -c -o $@ $<

$(BUILD)/tests/test_fuzz_regress: $(BUILD)/tests/obj/test_fuzz_regress.o \
    $(FUZZ_OBJ) $(TEST_HELP_OBJ) $(LIB)
	$(call say,LINK,$@)$(CC) $(ALL_LDFLAGS) -o $@ $< $(FUZZ_OBJ) \
	  $(TEST_HELP_OBJ) $(LIB) $(TEST_LIBS) $(PKG_LIBS) -lm $(LDLIBS)

# `make check` runs every unit runner and every CLI script, then prints one
# summary line.  LC_ALL=C keeps messages and number formats fixed.
check test: deps
	@$(MAKE) --no-print-directory all $(UNIT_BIN)
	@LC_ALL=C ANNALS=$(CURDIR)/$(PROG) BUILD=$(BUILD) \
	  sh tests/run.sh $(UNIT_BIN) $(CLI_TESTS)

deps:
	@sh .ci/deps

# The map/reduce test: extract over shards on a local Dask cluster (a
# scheduler and two workers), reduce with merge, compare with one run.
check-dist:
	@sh .ci/deps dist
	@$(MAKE) --no-print-directory all
	@$(DIST_PYTHON) tests/dist/dask_merge.py $(PROG)

demo: deps
	@$(MAKE) --no-print-directory all
	@sh tests/demo.sh $(PROG)

bench: deps
	@$(MAKE) --no-print-directory all
	@sh tests/bench.sh $(PROG)

valgrind: deps
	@$(MAKE) --no-print-directory all $(UNIT_BIN)
	@LC_ALL=C ANNALS=$(CURDIR)/$(PROG) BUILD=$(BUILD) \
	  VALGRIND='valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --suppressions=$(CURDIR)/tests/valgrind.supp' \
	  sh tests/run.sh $(UNIT_BIN) $(CLI_TESTS)

fuzz:
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS)

# The folder rule (a stage includes only its own and lower stages) and
# the library rules (libyaml, cairo/pango/fontconfig): tests/check-deps.sh.
check-deps:
	@sh tests/check-deps.sh

# `make check-identity BASE=<git-ref>`: builds BASE in a temporary git
# worktree (build/identity-base, removed afterwards) and compares the
# outputs of its program with this build's, byte for byte
# (tests/identity.sh: dates, extract, parse, render in every format).
check-identity: all
	@test -n "$(BASE)" || { echo "usage: make check-identity BASE=<git-ref>" >&2; exit 2; }
	@d=$(CURDIR)/build/identity-base; rm -rf "$$d" "$$d.log"; \
	 git worktree add -q -f --detach "$$d" "$(BASE)" || exit 1; \
	 trap 'git worktree remove --force "$$d"; rm -rf "$$d" "$$d.log"' EXIT; \
	 echo "  BUILD  $(BASE) in build/identity-base"; \
	 $(MAKE) --no-print-directory -C "$$d" all >"$$d.log" 2>&1 || \
	   { tail -20 "$$d.log"; echo "check-identity: $(BASE) does not build" >&2; exit 1; }; \
	 sh tests/identity.sh "$$d/$(BUILD)/annals" $(PROG)

check-headers:
	@for h in src/*.h src/*/*.h; do [ -f "$$h" ] || continue; \
	  echo "#include \"$$h\"" | $(CC) $(STD) $(WARN) -I. -Isrc $(PKG_CFLAGS) \
	    -x c -fsyntax-only - || exit 1; done; echo "check-headers: ok"

format:
	clang-format -i $(wildcard src/*.h src/*/*.c src/*/*.h) tests/unit/*.c

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/share/annals/fonts
	install -m 755 $(PROG) $(DESTDIR)$(PREFIX)/bin/annals
	install -m 644 src/annals.h $(DESTDIR)$(PREFIX)/include/annals.h
	if [ -f src/annals_render.h ]; then \
	  install -m 644 src/annals_render.h $(DESTDIR)$(PREFIX)/include/; fi
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libannals.a
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$${prefix}/lib' \
	  'includedir=$${prefix}/include' '' 'Name: annals' \
	  'Description: news text to timelines of events' \
	  'Version: $(VERSION)' 'Requires.private: $(PKGS)' \
	  'Cflags: -I$${includedir}' 'Libs: -L$${libdir} -lannals -lm' \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/annals.pc
	for f in fonts/*; do [ -f "$$f" ] && \
	  install -m 644 "$$f" $(DESTDIR)$(PREFIX)/share/annals/fonts/; done; true
	install -d $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	install -m 644 src/man/annals.1 $(DESTDIR)$(MANDIR)/man1/annals.1
	install -m 644 src/man/annals.5 $(DESTDIR)$(MANDIR)/man5/annals.5

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/annals $(DESTDIR)$(PREFIX)/include/annals.h \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig/annals.pc \
	  $(DESTDIR)$(PREFIX)/include/annals_render.h \
	  $(DESTDIR)$(PREFIX)/lib/libannals.a
	rm -rf $(DESTDIR)$(PREFIX)/share/annals
	rm -f $(DESTDIR)$(MANDIR)/man1/annals.1 $(DESTDIR)$(MANDIR)/man5/annals.5

clean:
	rm -rf build

-include $(wildcard $(BUILD)/obj/*/*.d $(BUILD)/tests/obj/*.d \
  $(BUILD)/tests/fuzz/*.d)
