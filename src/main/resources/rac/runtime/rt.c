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

/* ---- std::fmt: the format spec (Formatter::pad, pad_integral, pad_formatted_parts) ----
 * Codegen passes the spec as integers: trait (T_*), flags (F_*), fill (a code point), align
 * (A_*), width and precision (-1 when absent). */
#include <math.h>
#include <stdio.h>

enum { T_DISPLAY, T_DEBUG, T_LHEX, T_UHEX, T_OCT, T_BIN, T_LEXP, T_UEXP };
enum { A_LEFT, A_RIGHT, A_CENTER, A_UNKNOWN };
#define F_PLUS 1
#define F_ALT 4
#define F_ZERO 8
#define F_DBG_LHEX 16
#define F_DBG_UHEX 32

typedef struct { int fd; uint32_t fill; int align; int flags; int64_t width; int64_t prec; } fmt_t;

static void put(const fmt_t *f, const char *p, size_t n) { rac_rt_write_str(f->fd, p, n); }

static size_t utf8_encode(uint32_t c, char *b) {
    if (c < 0x80) { b[0] = (char)c; return 1; }
    if (c < 0x800) { b[0] = (char)(0xC0 | (c >> 6)); b[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        b[0] = (char)(0xE0 | (c >> 12)); b[1] = (char)(0x80 | ((c >> 6) & 0x3F)); b[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    b[0] = (char)(0xF0 | (c >> 18)); b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((c >> 6) & 0x3F)); b[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

static void put_fill(const fmt_t *f, uint32_t fill, size_t n) {
    char b[4];
    size_t k = utf8_encode(fill, b);
    for (size_t i = 0; i < n; i++) put(f, b, k);
}

static size_t char_count(const char *p, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) if (((unsigned char)p[i] & 0xC0) != 0x80) c++;
    return c;
}

/* Writes the padding before the content; returns the amount to write after it. */
static size_t pre_pad(const fmt_t *f, size_t pad, int align, uint32_t fill) {
    size_t pre = align == A_LEFT ? 0 : align == A_CENTER ? pad / 2 : pad;
    put_fill(f, fill, pre);
    return pad - pre;
}

/* Formatter::pad: precision truncates (in chars), width pads (default left). */
static void fmt_pad(const fmt_t *f, const char *p, size_t n) {
    if (f->prec >= 0) {
        size_t chars = 0, i = 0;
        while (i < n) {
            if (chars == (size_t)f->prec) break;
            i++;
            while (i < n && ((unsigned char)p[i] & 0xC0) == 0x80) i++;
            chars++;
        }
        n = i;
    }
    size_t chars = char_count(p, n);
    if (f->width < 0 || chars >= (size_t)f->width) { put(f, p, n); return; }
    size_t post = pre_pad(f, (size_t)f->width - chars, f->align == A_UNKNOWN ? A_LEFT : f->align, f->fill);
    put(f, p, n);
    put_fill(f, f->fill, post);
}

/* Formatter::pad_integral. */
static void fmt_pad_integral(const fmt_t *f, int nonneg, const char *prefix, const char *buf, size_t len) {
    size_t width = len;
    const char *sign = "";
    if (!nonneg) { sign = "-"; width++; }
    else if (f->flags & F_PLUS) { sign = "+"; width++; }
    if (f->flags & F_ALT) width += strlen(prefix); else prefix = "";
    if (f->width < 0 || width >= (size_t)f->width) {
        put(f, sign, strlen(sign)); put(f, prefix, strlen(prefix)); put(f, buf, len);
    } else if (f->flags & F_ZERO) {
        put(f, sign, strlen(sign)); put(f, prefix, strlen(prefix));
        put_fill(f, '0', (size_t)f->width - width);
        put(f, buf, len);
    } else {
        size_t post = pre_pad(f, (size_t)f->width - width, f->align == A_UNKNOWN ? A_RIGHT : f->align, f->fill);
        put(f, sign, strlen(sign)); put(f, prefix, strlen(prefix)); put(f, buf, len);
        put_fill(f, f->fill, post);
    }
}

/* Formatter::pad_formatted_parts (floats, exponent forms): sign-aware zero padding, default right. */
static void fmt_pad_parts(const fmt_t *f, const char *sign, const char *body, size_t len) {
    if (f->width < 0) { put(f, sign, strlen(sign)); put(f, body, len); return; }
    size_t width = (size_t)f->width;
    uint32_t fill = f->fill;
    int align = f->align == A_UNKNOWN ? A_RIGHT : f->align;
    if (f->flags & F_ZERO) {
        put(f, sign, strlen(sign));
        width = width > strlen(sign) ? width - strlen(sign) : 0;
        sign = "";
        fill = '0';
        align = A_RIGHT;
    }
    size_t total = strlen(sign) + len;
    if (width <= total) { put(f, sign, strlen(sign)); put(f, body, len); return; }
    size_t post = pre_pad(f, width - total, align, fill);
    put(f, sign, strlen(sign)); put(f, body, len);
    put_fill(f, fill, post);
}

typedef unsigned __int128 u128;

static void int_exp(const fmt_t *f, int nonneg, u128 n, int upper) {
    /* core::fmt::num's exp_u128: trailing zeros dropped, precision rounds half to even. */
    int exponent = 0;
    while (n >= 10 && n % 10 == 0) { n /= 10; exponent++; }
    int64_t added = 0, subtracted = 0;
    if (f->prec >= 0) {
        u128 tmp = n; int64_t prec = 0;
        while (tmp >= 10) { tmp /= 10; prec++; }
        added = f->prec > prec ? f->prec - prec : 0;
        subtracted = prec > f->prec ? prec - f->prec : 0;
    }
    for (int64_t i = 1; i < subtracted; i++) { n /= 10; exponent++; }
    if (subtracted != 0) {
        unsigned rem = (unsigned)(n % 10);
        n /= 10; exponent++;
        if (rem > 5 || (rem == 5 && (n % 2 != 0 || subtracted > 1))) {
            u128 before = n;
            n += 1;
            int d1 = 0, d2 = 0; u128 t;
            for (t = n; t >= 10; t /= 10) d1++;
            for (t = before; t >= 10; t /= 10) d2++;
            if (d1 > d2) { n /= 10; exponent++; }
        }
    }
    char digits[64];
    int nd = 0;
    do { digits[nd++] = (char)('0' + (int)(n % 10)); n /= 10; } while (n);
    exponent += nd - 1;
    char body[256 + 64];
    size_t len = 0;
    body[len++] = digits[nd - 1];
    if (nd > 1 || added > 0) {
        body[len++] = '.';
        for (int i = nd - 2; i >= 0; i--) body[len++] = digits[i];
    }
    char *big = NULL;
    if (added > 0) {
        big = malloc(len + (size_t)added + 32);
        memcpy(big, body, len);
        memset(big + len, '0', (size_t)added);
        len += (size_t)added;
    }
    char *out = big ? big : body;
    len += (size_t)sprintf(out + len, "%c%d", upper ? 'E' : 'e', exponent);
    fmt_pad_parts(f, nonneg ? ((f->flags & F_PLUS) ? "+" : "") : "-", out, len);
    free(big);
}

void rac_rt_fmt_int(int fd, uint64_t lo, uint64_t hi, int is_signed, int bits, int trait, int flags, uint32_t fill,
                    int align, int64_t width, int64_t prec) {
    fmt_t f = { fd, fill, align, flags, width, prec };
    u128 v = ((u128)hi << 64) | lo;
    int neg = is_signed && (hi >> 63);
    if (trait == T_DEBUG) trait = (flags & F_DBG_LHEX) ? T_LHEX : (flags & F_DBG_UHEX) ? T_UHEX : T_DISPLAY;
    char buf[140];
    int i = 140;
    if (trait == T_DISPLAY || trait == T_LEXP || trait == T_UEXP) {
        u128 m = neg ? (u128)0 - v : v;
        if (trait != T_DISPLAY) { int_exp(&f, !neg, m, trait == T_UEXP); return; }
        do { buf[--i] = (char)('0' + (int)(m % 10)); m /= 10; } while (m);
        fmt_pad_integral(&f, !neg, "", buf + i, (size_t)(140 - i));
        return;
    }
    if (bits < 128) v &= (((u128)1) << bits) - 1;
    unsigned base = trait == T_OCT ? 8 : trait == T_BIN ? 2 : 16;
    const char *dig = trait == T_UHEX ? "0123456789ABCDEF" : "0123456789abcdef";
    do { buf[--i] = dig[(int)(v % base)]; v /= base; } while (v);
    const char *prefix = trait == T_OCT ? "0o" : trait == T_BIN ? "0b" : "0x";
    fmt_pad_integral(&f, 1, prefix, buf + i, (size_t)(140 - i));
}

/* Shortest digits that round-trip (as Rust's Grisu/Dragon): value = 0.DIGITS * 10^exp. */
static int shortest(double v, int is_f32, char *digits, int *exp) {
    char buf[64];
    int maxp = is_f32 ? 9 : 17;
    for (int p = 1; p <= maxp; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        int ok = is_f32 ? (strtof(buf, NULL) == (float)v) : (strtod(buf, NULL) == v);
        if (ok || p == maxp) break;
    }
    int n = 0;
    char *e = strchr(buf, 'e');
    for (char *q = buf; q < e; q++) if (*q >= '0' && *q <= '9') digits[n++] = *q;
    *exp = atoi(e + 1) + 1;
    /* An exact tie between two shortest candidates rounds up, as Rust's Grisu/Dragon do
     * (snprintf rounds half to even). */
    static char exact[1200];
    snprintf(exact, sizeof exact, "%.800e", v);
    char *ee = strchr(exact, 'e');
    char ed[1000];
    int en = 0;
    for (char *q = exact; q < ee; q++) if (*q >= '0' && *q <= '9') ed[en++] = *q;
    while (en > 1 && ed[en - 1] == '0') en--;
    if (en == n + 1 && ed[n] == '5') {
        int k = n - 1;
        memcpy(digits, ed, (size_t)n);
        while (k >= 0 && digits[k] == '9') digits[k--] = '0';
        if (k >= 0) digits[k]++;
        else { memmove(digits + 1, digits, (size_t)n); digits[0] = '1'; *exp = atoi(ee + 1) + 2; n++; }
        if (k >= 0) *exp = atoi(ee + 1) + 1;
    }
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    return n;
}

static void fmt_float_shortest_dec(const fmt_t *f, const char *sign, const char *d, int n, int exp, int frac_min) {
    size_t cap = (size_t)(n + (exp < 0 ? -exp : exp) + frac_min + 8);
    char *out = malloc(cap);
    size_t len = 0;
    if (exp <= 0) {
        out[len++] = '0'; out[len++] = '.';
        for (int i = 0; i < -exp; i++) out[len++] = '0';
        memcpy(out + len, d, (size_t)n); len += (size_t)n;
    } else if (exp < n) {
        memcpy(out + len, d, (size_t)exp); len += (size_t)exp;
        out[len++] = '.';
        memcpy(out + len, d + exp, (size_t)(n - exp)); len += (size_t)(n - exp);
    } else {
        memcpy(out + len, d, (size_t)n); len += (size_t)n;
        for (int i = 0; i < exp - n; i++) out[len++] = '0';
        if (frac_min > 0) { out[len++] = '.'; for (int i = 0; i < frac_min; i++) out[len++] = '0'; }
    }
    fmt_pad_parts(f, sign, out, len);
    free(out);
}

static void fmt_float_shortest_exp(const fmt_t *f, const char *sign, const char *d, int n, int exp, int upper) {
    char out[64];
    size_t len = 0;
    out[len++] = d[0];
    if (n > 1) { out[len++] = '.'; memcpy(out + len, d + 1, (size_t)(n - 1)); len += (size_t)(n - 1); }
    len += (size_t)sprintf(out + len, "%c%d", upper ? 'E' : 'e', exp - 1);
    fmt_pad_parts(f, sign, out, len);
}

void rac_rt_fmt_float(int fd, double v, int is_f32, int trait, int flags, uint32_t fill, int align, int64_t width,
                      int64_t prec) {
    fmt_t f = { fd, fill, align, flags, width, prec };
    if (isnan(v)) { fmt_pad_parts(&f, "", "NaN", 3); return; }
    const char *sign = signbit(v) ? "-" : (flags & F_PLUS) ? "+" : "";
    double a = fabs(v);
    if (isinf(v)) { fmt_pad_parts(&f, sign, "inf", 3); return; }
    int upper = trait == T_UEXP;
    if (trait == T_LEXP || trait == T_UEXP) {
        if (prec >= 0) {
            size_t cap = (size_t)prec + 32;
            char *buf = malloc(cap);
            snprintf(buf, cap, "%.*e", (int)prec, a);
            char *e = strchr(buf, 'e');
            int x = atoi(e + 1);
            size_t len = (size_t)(e - buf);
            len += (size_t)sprintf(buf + len, "%c%d", upper ? 'E' : 'e', x);
            fmt_pad_parts(&f, sign, buf, len);
            free(buf);
            return;
        }
        char d[32]; int exp;
        int n = a == 0 ? (strcpy(d, "0"), exp = 1, 1) : shortest(a, is_f32, d, &exp);
        fmt_float_shortest_exp(&f, sign, d, n, exp, upper);
        return;
    }
    if (prec >= 0) {
        size_t cap = (size_t)prec + 400;
        char *buf = malloc(cap);
        int len = snprintf(buf, cap, "%.*f", (int)prec, a);
        fmt_pad_parts(&f, sign, buf, (size_t)len);
        free(buf);
        return;
    }
    char d[32]; int exp;
    int n = a == 0 ? (strcpy(d, "0"), exp = 1, 1) : shortest(a, is_f32, d, &exp);
    if (trait == T_DEBUG) {
        int expo = is_f32 ? (a != 0 && ((float)a < 1e-4f || (float)a >= 1e16f)) : (a != 0 && (a < 1e-4 || a >= 1e16));
        if (expo) { fmt_float_shortest_exp(&f, sign, d, n, exp, 0); return; }
        fmt_float_shortest_dec(&f, sign, d, n, exp, 1);
        return;
    }
    fmt_float_shortest_dec(&f, sign, d, n, exp, 0);
}

/* char::is_printable, approximated: ASCII controls, C1 controls and a few format characters are not. */
static int is_printable(uint32_t c) {
    if (c < 0x20 || c == 0x7F) return 0;
    if (c >= 0x80 && c < 0xA0) return 0;
    if (c == 0xAD || c == 0x34F || c == 0x61C || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x206F) || c == 0xFEFF || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFFF0 && c <= 0xFFFB)
        || (c >= 0xD800 && c <= 0xDFFF) || c >= 0xE0000) return 0;
    return 1;
}

static void put_escaped(const fmt_t *f, uint32_t c, int single, int dbl) {
    char b[16];
    switch (c) {
    case 0: put(f, "\\0", 2); return;
    case '\t': put(f, "\\t", 2); return;
    case '\r': put(f, "\\r", 2); return;
    case '\n': put(f, "\\n", 2); return;
    case '\\': put(f, "\\\\", 2); return;
    case '\'': if (single) { put(f, "\\'", 2); return; } break;
    case '"': if (dbl) { put(f, "\\\"", 2); return; } break;
    default: break;
    }
    if (is_printable(c)) { put(f, b, utf8_encode(c, b)); return; }
    int n = snprintf(b, sizeof b, "\\u{%x}", c);
    put(f, b, (size_t)n);
}

static uint32_t utf8_decode(const unsigned char *p, size_t n, size_t *k) {
    uint32_t c = p[0];
    if (c < 0x80 || n < 2) { *k = 1; return c; }
    if (c < 0xE0) { *k = 2; return ((c & 0x1F) << 6) | (p[1] & 0x3F); }
    if (c < 0xF0 || n < 4) { *k = 3; return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F); }
    *k = 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

void rac_rt_fmt_str(int fd, const char *p, size_t n, int trait, int flags, uint32_t fill, int align, int64_t width,
                    int64_t prec) {
    fmt_t f = { fd, fill, align, flags, width, prec };
    if (trait != T_DEBUG) { fmt_pad(&f, p, n); return; }
    put(&f, "\"", 1);
    for (size_t i = 0; i < n;) {
        size_t k;
        uint32_t c = utf8_decode((const unsigned char *)p + i, n - i, &k);
        put_escaped(&f, c, 0, 1);
        i += k;
    }
    put(&f, "\"", 1);
}

void rac_rt_fmt_char(int fd, uint32_t c, int trait, int flags, uint32_t fill, int align, int64_t width, int64_t prec) {
    fmt_t f = { fd, fill, align, flags, width, prec };
    if (trait == T_DEBUG) {
        put(&f, "'", 1);
        put_escaped(&f, c, 1, 0);
        put(&f, "'", 1);
        return;
    }
    char b[4];
    fmt_pad(&f, b, utf8_encode(c, b));
}

void rac_rt_fmt_bool(int fd, _Bool v, int trait, int flags, uint32_t fill, int align, int64_t width, int64_t prec) {
    fmt_t f = { fd, fill, align, flags, width, prec };
    (void)trait;
    if (v) fmt_pad(&f, "true", 4); else fmt_pad(&f, "false", 5);
}
