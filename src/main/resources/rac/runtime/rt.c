/*
 * rac's native runtime shim: the few primitives that rac-compiled programs call before the Rust
 * standard library in library/ takes over (buffered stdout with std's line-buffering, stderr,
 * panics with rustc's message format and exit code 101, process exit).
 * Compiled once by the driver with the system C compiler and cached by content hash.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OUT_CAP 8192
static char out_buf[OUT_CAP];
static size_t out_len;
static int in_panic;

int rac_rt_argc;
char **rac_rt_argv;

void rac_rt_panic(const char *msg, size_t msg_len, const char *file, size_t file_len, uint32_t line, uint32_t col)
    __attribute__((noreturn));

static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static void print_failed(void) {
    static const char m[] = "failed printing to stdout: Broken pipe (os error 32)";
    static const char f[] = "library/std/src/io/stdio.rs";
    rac_rt_panic(m, sizeof m - 1, f, sizeof f - 1, 1165, 9);
}

static void flush_out(size_t n) {
    if (n == 0) return;
    if (write_all(1, out_buf, n) < 0) {
        out_len = 0;
        if (!in_panic) print_failed();
        return;
    }
    memmove(out_buf, out_buf + n, out_len - n);
    out_len -= n;
}

void rac_rt_flush(void) { flush_out(out_len); }

/* Appends to stdout with std's LineWriter behaviour: flush through the last newline written. */
static void out_write(const char *p, size_t n) {
    const char *nl = NULL;
    for (size_t i = n; i > 0; i--) {
        if (p[i - 1] == '\n') { nl = p + i - 1; break; }
    }
    if (nl) {
        size_t head = (size_t)(nl - p) + 1;
        if (out_len + head <= OUT_CAP) {
            memcpy(out_buf + out_len, p, head);
            out_len += head;
            flush_out(out_len);
        } else {
            flush_out(out_len);
            if (write_all(1, p, head) < 0 && !in_panic) print_failed();
        }
        p += head;
        n -= head;
    }
    if (n == 0) return;
    if (out_len + n > OUT_CAP) flush_out(out_len);
    if (n > OUT_CAP) {
        if (write_all(1, p, n) < 0 && !in_panic) print_failed();
        return;
    }
    memcpy(out_buf + out_len, p, n);
    out_len += n;
}

void rac_rt_write_str(int fd, const char *p, size_t n) {
    if (fd == 1) out_write(p, n);
    else write_all(fd, p, n);
}

void rac_rt_write_u64(int fd, uint64_t v) {
    char buf[24];
    int i = 24;
    do { buf[--i] = (char)('0' + v % 10); v /= 10; } while (v);
    rac_rt_write_str(fd, buf + i, (size_t)(24 - i));
}

void rac_rt_write_i64(int fd, int64_t v) {
    char buf[24];
    int i = 24;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do { buf[--i] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) buf[--i] = '-';
    rac_rt_write_str(fd, buf + i, (size_t)(24 - i));
}

void rac_rt_write_bool(int fd, _Bool b) {
    if (b) rac_rt_write_str(fd, "true", 4);
    else rac_rt_write_str(fd, "false", 5);
}

/* `==` on two `&str`: equal lengths and equal bytes. */
_Bool rac_rt_str_eq(const char *a, size_t alen, const char *b, size_t blen) {
    return alen == blen && (alen == 0 || memcmp(a, b, alen) == 0);
}

void rac_rt_init(int argc, char **argv) {
    rac_rt_argc = argc;
    rac_rt_argv = argv;
    signal(SIGPIPE, SIG_IGN);
}

void rac_rt_exit(int code) __attribute__((noreturn));
void rac_rt_exit(int code) {
    rac_rt_flush();
    _exit(code);
}

void rac_rt_panic(const char *msg, size_t msg_len, const char *file, size_t file_len, uint32_t line, uint32_t col) {
    char num[24];
    in_panic = 1;
    rac_rt_flush();
    /* rustc 1.95's format: a blank line, then the thread name and id. */
    write_all(2, "\nthread 'main' (", 16);
    int i = 24;
    uint64_t tid = (uint64_t)getpid();
    do { num[--i] = (char)('0' + tid % 10); tid /= 10; } while (tid);
    write_all(2, num + i, (size_t)(24 - i));
    write_all(2, ") panicked at ", 14);
    write_all(2, file, file_len);
    write_all(2, ":", 1);
    i = 24;
    uint32_t v = line;
    do { num[--i] = (char)('0' + v % 10); v /= 10; } while (v);
    write_all(2, num + i, (size_t)(24 - i));
    write_all(2, ":", 1);
    i = 24;
    v = col;
    do { num[--i] = (char)('0' + v % 10); v /= 10; } while (v);
    write_all(2, num + i, (size_t)(24 - i));
    write_all(2, ":\n", 2);
    write_all(2, msg, msg_len);
    static const char note[] = "\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
    write_all(2, note, sizeof note - 1);
    _exit(101);
}
