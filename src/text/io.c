/*
 * io.c - reading whole inputs and writing outputs atomically.
 *
 * Outputs go to a temporary file in the destination's directory that is
 * flushed, fsynced and renamed over the destination, so a reader (or a
 * crash) sees either the old file or the complete new one, never a part.
 */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static void io_error(annals_diags *d, const char *path, const char *what,
                     int err) {
  annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX, "%s '%s': %s",
                   what, path, g_strerror(err));
}

annals_status annals_read_file(const char *path, size_t max, char **buf,
                               size_t *len, annals_diags *d) {
  *buf = NULL;
  *len = 0;
  bool is_stdin = strcmp(path, "-") == 0;
  FILE *fp = is_stdin ? stdin : fopen(path, "rb");
  if (!fp) {
    io_error(d, path, "cannot open", errno);
    return ANNALS_ERR_IO;
  }
  struct stat sb;
  if (fstat(fileno(fp), &sb) == 0 && S_ISDIR(sb.st_mode)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot read '%s': is a directory", path);
    if (!is_stdin)
      fclose(fp);
    return ANNALS_ERR_IO;
  }
  size_t cap = 0, n = 0;
  char *p = NULL;
  if (S_ISREG(sb.st_mode) && sb.st_size > 0) {
    if ((unsigned long long)sb.st_size > max) {
      annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                       "cannot read '%s': larger than the limit of %zu bytes",
                       path, max);
      if (!is_stdin)
        fclose(fp);
      return ANNALS_ERR_NOMEM;
    }
    cap = (size_t)sb.st_size + 1;
    p = g_malloc(cap);
  }
  for (;;) {
    if (n + 1 >= cap) {
      if (cap > max) {
        annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                         "cannot read '%s': larger than the limit of %zu bytes",
                         path, max);
        g_free(p);
        if (!is_stdin)
          fclose(fp);
        return ANNALS_ERR_NOMEM;
      }
      cap = cap ? cap * 2 : 65536;
      p = g_realloc(p, cap);
    }
    size_t r = fread(p + n, 1, cap - n - 1, fp);
    n += r;
    if (r == 0)
      break;
  }
  int err = ferror(fp) ? errno : 0;
  if (!is_stdin)
    fclose(fp);
  if (err) {
    io_error(d, path, "cannot read", err ? err : EIO);
    g_free(p);
    return ANNALS_ERR_IO;
  }
  if (n > max) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot read '%s': larger than the limit of %zu bytes",
                     path, max);
    g_free(p);
    return ANNALS_ERR_NOMEM;
  }
  if (!p)
    p = g_malloc(1);
  p[n] = '\0';
  *buf = p;
  *len = n;
  return ANNALS_OK;
}

annals_status annals_output_open(annals_output *o, const char *path,
                                 bool no_clobber, const char *const *inputs,
                                 size_t n_inputs, annals_diags *d) {
  memset(o, 0, sizeof *o);
  if (!path || strcmp(path, "-") == 0) {
    o->fp = stdout;
    return ANNALS_OK;
  }
  struct stat out_sb;
  bool exists = stat(path, &out_sb) == 0;
  if (exists && S_ISDIR(out_sb.st_mode)) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "cannot write '%s': is a directory", path);
    return ANNALS_ERR_IO;
  }
  if (exists && no_clobber) {
    annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                     "refusing to overwrite existing file '%s' (use --force)",
                     path);
    return ANNALS_ERR_IO;
  }
  for (size_t i = 0; exists && i < n_inputs; i++) {
    struct stat in_sb;
    if (inputs[i] && strcmp(inputs[i], "-") != 0 &&
        stat(inputs[i], &in_sb) == 0 && in_sb.st_dev == out_sb.st_dev &&
        in_sb.st_ino == out_sb.st_ino) {
      annals_diags_add(d, ANNALS_SEV_ERROR, NULL, 0, 0, SIZE_MAX,
                       "refusing to overwrite input file '%s'", path);
      return ANNALS_ERR_IO;
    }
  }
  if (exists && !S_ISREG(out_sb.st_mode)) {
    /* A device, FIFO or socket (/dev/null, /dev/full, a pipe) cannot be
     * replaced atomically, and renaming over it would destroy it: write
     * to it directly. */
    o->fp = fopen(path, "wb");
    if (!o->fp) {
      io_error(d, path, "cannot write", errno);
      return ANNALS_ERR_IO;
    }
    o->path = g_strdup(path);
    return ANNALS_OK;
  }
  char *dir = g_path_get_dirname(path);
  char *base = g_path_get_basename(path);
  char *tmpl = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
  g_free(dir);
  g_free(base);
  int fd = g_mkstemp_full(tmpl, O_WRONLY | O_CLOEXEC, 0666 & ~0022);
  if (fd < 0) {
    int err = errno;
    io_error(d, path, "cannot write", err);
    g_free(tmpl);
    return ANNALS_ERR_IO;
  }
  /* Keep the mode of a file we replace; otherwise honour the umask. */
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, exists ? (out_sb.st_mode & 07777) : (0666 & ~mask));
  o->fp = fdopen(fd, "wb");
  if (!o->fp) {
    int err = errno;
    close(fd);
    unlink(tmpl);
    g_free(tmpl);
    io_error(d, path, "cannot write", err);
    return ANNALS_ERR_IO;
  }
  o->path = g_strdup(path);
  o->tmp = tmpl;
  return ANNALS_OK;
}

annals_status annals_output_commit(annals_output *o, annals_diags *d) {
  annals_status st = ANNALS_OK;
  if (!o->fp)
    return ANNALS_ERR_ARG;
  if (!o->tmp) {
    /* Standard output (main closes it) or a file that is not a regular
     * one (closed here): flush and report errors. */
    int err = fflush(o->fp) != 0 || ferror(o->fp) ? (errno ? errno : EIO) : 0;
    if (o->path && fclose(o->fp) != 0 && !err)
      err = errno ? errno : EIO;
    if (err) {
      io_error(d, o->path ? o->path : "standard output", "cannot write", err);
      st = ANNALS_ERR_IO;
    }
    o->fp = NULL;
    g_free(o->path);
    o->path = NULL;
    return st;
  }
  int err = 0;
  if (fflush(o->fp) != 0 || ferror(o->fp))
    err = errno ? errno : EIO;
  if (!err && fsync(fileno(o->fp)) != 0 && errno != EINVAL)
    err = errno;
  if (fclose(o->fp) != 0 && !err)
    err = errno ? errno : EIO;
  o->fp = NULL;
  if (!err && rename(o->tmp, o->path) != 0)
    err = errno;
  if (err) {
    unlink(o->tmp);
    io_error(d, o->path, "cannot write", err);
    st = ANNALS_ERR_IO;
  } else {
    /* Make the rename itself durable. */
    char *dir = g_path_get_dirname(o->path);
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
      fsync(dfd);
      close(dfd);
    }
    g_free(dir);
  }
  g_free(o->tmp);
  g_free(o->path);
  o->tmp = o->path = NULL;
  return st;
}

void annals_output_abort(annals_output *o) {
  if (o->tmp) {
    if (o->fp)
      fclose(o->fp);
    unlink(o->tmp);
  } else if (o->path && o->fp) {
    fclose(o->fp); /* not a regular file: nothing to remove */
  }
  o->fp = NULL;
  g_free(o->tmp);
  g_free(o->path);
  o->tmp = o->path = NULL;
}

void annals_sha256_hex(const void *buf, size_t len, char out[65]) {
  GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
  /* g_checksum_update takes a gssize: feed very large inputs in parts. */
  const unsigned char *p = buf;
  while (len > 0) {
    size_t n = len > ((size_t)1 << 30) ? (size_t)1 << 30 : len;
    g_checksum_update(c, p, (gssize)n);
    p += n;
    len -= n;
  }
  g_strlcpy(out, g_checksum_get_string(c), 65);
  g_checksum_free(c);
}
