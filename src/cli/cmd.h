/*
 * cmd.h - the subcommands of the annals program.  Each takes the argument
 * vector after the subcommand name (argv[0] is the subcommand) and returns
 * the process exit code: 0 success, 1 input or processing error, 2 usage.
 */
#ifndef ANNALS_CMD_H
#define ANNALS_CMD_H

#include "annals.h"

#define EXIT_INPUT 1
#define EXIT_USAGE 2

int cmd_check(int argc, char **argv);
int cmd_dates(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_render(int argc, char **argv);

/* Shared by the cmd_*.c files (cli.c). */
/* Prints every diagnostic of d to stderr (sorted) and resets nothing. */
void cli_print_diags(const annals_diags *d);
/* "annals: error: <fmt>" on stderr. */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
void cli_warning(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* Prints "usage: ..." and "try 'annals CMD --help'" to stderr; returns 2. */
int cli_usage_error(const char *cmd, const char *usage, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Replaces the file at path (atomically: a temporary file renamed over
 * it) with data[0..len), unless the file no longer holds old[0..old_len)
 * (someone saved it meanwhile): then nothing is written.  Prints its
 * errors; returns false on failure. */
bool cli_replace_file(const char *path, const char *old, size_t old_len,
                      const char *data, size_t len);
/* Reads and parses YAML record files (merged in order) into one timeline.
 * Prints diagnostics.  Returns NULL on any error. */
annals_timeline *cli_load_timelines(char **paths, int n, bool *had_warnings);
/* extract --update path (cmd_update.c): the events of the texts inputs
 * (eo->file is set for each) added to the record at path, made when
 * missing.  Prints what it did or its errors; returns the exit code. */
int cli_extract_update(const char *path, char **inputs, int n_inputs,
                       annals_extract_opts *eo);

#endif
