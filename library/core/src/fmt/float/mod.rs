//! Exact float-to-decimal formatting for `f64` and `f32`: the bytes that `{}`, `{:?}`, `{:.N}`,
//! `{:e}`, `{:E}` and `{:.Ne}` print, identical to the real `core::fmt`.
//!
//! Written in a deliberately plain subset of Rust (free functions, integers, fixed arrays,
//! slices; no traits, generics, closures or allocation) so that rac can compile it early.
//!
//! # Shape of the API
//! Every entry point takes the value, the `+` flag and a caller-provided scratch buffer of at
//! least [`BUF_LEN`] bytes, and returns a [`Formatted`]: the sign (separate, so that the caller's
//! `Formatter` can do sign-aware zero padding) and up to six *parts* of the body. A part is
//! either a run of bytes in the scratch buffer or a run of `'0'` bytes that is not materialised
//! (so `{:.60000}` needs no 60 kB buffer). The caller pads with [`formatted_len`] and emits with
//! [`write_formatted`] or by walking the parts itself.
//!
//! | std format        | function                          |
//! |-------------------|-----------------------------------|
//! | `{}`              | [`f64_display`] / [`f32_display`] |
//! | `{:?}`            | [`f64_debug`] / [`f32_debug`]     |
//! | `{:.N}`, `{:.N?}` | [`f64_fixed`] / [`f32_fixed`]     |
//! | `{:e}`, `{:E}`    | [`f64_exp`] / [`f32_exp`]         |
//! | `{:.Ne}`, `{:.NE}`| [`f64_exp_prec`] / [`f32_exp_prec`] |
//!
//! A `Formatter` mirrors std's `pad_formatted_parts`: with no width, or when
//! `sign + formatted_len >= width`, write the sign and the parts; with the `0` flag, write the
//! sign, then `width - sign - len` `'0'` bytes, then the parts; otherwise pad the sign and parts
//! together with the fill character (right-aligned unless an alignment is given). Walking the
//! parts without an output buffer:
//!
//! ```text
//! let mut i = 0;
//! while i < f.nparts {
//!     if f.zeros[i] > 0 { emit f.zeros[i] b'0' bytes } else { emit &buf[f.start[i]..f.start[i] + f.len[i]] }
//!     i += 1;
//! }
//! ```
//!
//! Shortest digits come from Grisu3 ([`grisu`]) with a fallback to the exact big-integer
//! Dragon algorithm ([`dragon`]) when Grisu3 cannot prove its answer; fixed-precision digits the
//! same way (counted Grisu, then Dragon). See [`dragon`] for the rounding rules.

pub mod bignum;
pub mod dragon;
pub mod grisu;

/// Minimum length of the scratch buffer passed to the formatting functions.
pub const BUF_LEN: usize = 1024;

/// Maximum number of parts in a [`Formatted`].
pub const MAX_PARTS: usize = 6;

/// A finite non-zero value `mant * 2^exp` with its rounding interval: every real number
/// strictly between `(mant - minus) * 2^exp` and `(mant + plus) * 2^exp` reads back as this
/// value, and so do the two ends when `inclusive`.
pub struct Decoded {
    /// Scaled mantissa.
    pub mant: u64,
    /// Distance to the lower end of the rounding interval, in units of `2^exp`.
    pub minus: u64,
    /// Distance to the upper end of the rounding interval, in units of `2^exp`.
    pub plus: u64,
    /// Binary exponent.
    pub exp: i32,
    /// Whether the interval ends round to this value (the IEEE mantissa is even).
    pub inclusive: bool,
}

/// Category of a decoded float.
pub const KIND_NAN: u8 = 0;
/// Category of a decoded float.
pub const KIND_INF: u8 = 1;
/// Category of a decoded float.
pub const KIND_ZERO: u8 = 2;
/// Category of a decoded float.
pub const KIND_FINITE: u8 = 3;

/// A float split into sign, category and (for finite non-zero values) its [`Decoded`] form.
pub struct FullDecoded {
    /// Sign bit (also set for `-0.0`, `-inf` and negative NaNs).
    pub negative: bool,
    /// One of `KIND_NAN`, `KIND_INF`, `KIND_ZERO`, `KIND_FINITE`.
    pub kind: u8,
    /// Valid only when `kind == KIND_FINITE`.
    pub d: Decoded,
}

/// The formatted value: sign, then the body as a sequence of parts.
pub struct Formatted {
    /// `0` for no sign, otherwise `b'-'` or `b'+'`.
    pub sign: u8,
    /// Number of parts in use.
    pub nparts: usize,
    /// Part `i` is `zeros[i]` zero bytes if `zeros[i] > 0`, else `buf[start[i]..start[i] + len[i]]`.
    pub start: [usize; MAX_PARTS],
    /// Length of a byte part.
    pub len: [usize; MAX_PARTS],
    /// Length of a run-of-zeros part (0 for a byte part).
    pub zeros: [usize; MAX_PARTS],
}

fn new_formatted(sign: u8) -> Formatted {
    Formatted { sign: sign, nparts: 0, start: [0; MAX_PARTS], len: [0; MAX_PARTS], zeros: [0; MAX_PARTS] }
}

/// Appends a part referring to `buf[start..start + len]`.
fn push_bytes(f: &mut Formatted, start: usize, len: usize) {
    f.start[f.nparts] = start;
    f.len[f.nparts] = len;
    f.zeros[f.nparts] = 0;
    f.nparts += 1;
}

/// Appends a run of `n` zero digits (nothing if `n == 0`).
fn push_zeros(f: &mut Formatted, n: usize) {
    if n == 0 {
        return;
    }
    f.start[f.nparts] = 0;
    f.len[f.nparts] = 0;
    f.zeros[f.nparts] = n;
    f.nparts += 1;
}

/// Copies `lit` into `buf` at `*pos` and appends a part for it.
fn push_lit(f: &mut Formatted, buf: &mut [u8], pos: &mut usize, lit: &[u8]) {
    let mut i = 0;
    while i < lit.len() {
        buf[*pos + i] = lit[i];
        i += 1;
    }
    push_bytes(f, *pos, lit.len());
    *pos += lit.len();
}

/// Writes the decimal form of `n` into `buf` at `*pos` and appends a part for it.
fn push_num(f: &mut Formatted, buf: &mut [u8], pos: &mut usize, n: u32) {
    let mut tmp = [0u8; 10];
    let mut t = 0;
    let mut v = n;
    loop {
        tmp[t] = b'0' + (v % 10) as u8;
        t += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let start = *pos;
    while t > 0 {
        t -= 1;
        buf[*pos] = tmp[t];
        *pos += 1;
    }
    push_bytes(f, start, *pos - start);
}

/// Length of the body (everything but the sign) in bytes.
pub fn formatted_len(f: &Formatted) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < f.nparts {
        n += f.len[i] + f.zeros[i];
        i += 1;
    }
    n
}

/// Writes sign and body into `out` (which must be long enough); returns the bytes written.
/// `buf` is the scratch buffer the `Formatted` was produced with.
pub fn write_formatted(f: &Formatted, buf: &[u8], out: &mut [u8]) -> usize {
    let mut n = 0;
    if f.sign != 0 {
        out[0] = f.sign;
        n = 1;
    }
    let mut i = 0;
    while i < f.nparts {
        let mut j = 0;
        while j < f.zeros[i] {
            out[n] = b'0';
            n += 1;
            j += 1;
        }
        j = 0;
        while j < f.len[i] {
            out[n] = buf[f.start[i] + j];
            n += 1;
            j += 1;
        }
        i += 1;
    }
    n
}

fn empty_decoded() -> Decoded {
    Decoded { mant: 0, minus: 0, plus: 0, exp: 0, inclusive: false }
}

/// Decodes IEEE fields. `frac_bits` is the stored significand width, `bias_shift` is the
/// exponent bias plus `frac_bits`, `exp_max` the all-ones exponent field.
fn decode_fields(negative: bool, e: u64, f: u64, frac_bits: u32, bias_shift: i32, exp_max: u64) -> FullDecoded {
    let mut r = FullDecoded { negative: negative, kind: KIND_FINITE, d: empty_decoded() };
    if e == exp_max {
        r.kind = if f == 0 { KIND_INF } else { KIND_NAN };
        return r;
    }
    if e == 0 {
        if f == 0 {
            r.kind = KIND_ZERO;
            return r;
        }
        // Subnormal: neighbours are equally spaced. The mantissa is kept doubled (as core's
        // integer decoding does), which also makes the interval inclusive.
        r.d = Decoded { mant: f << 1, minus: 1, plus: 1, exp: -bias_shift, inclusive: true };
        return r;
    }
    let mant = f | (1u64 << frac_bits);
    let exp = e as i32 - bias_shift;
    let even = (mant & 1) == 0;
    if f == 0 {
        // A power of two: the lower neighbour is half as far as the upper one.
        r.d = Decoded { mant: mant << 2, minus: 1, plus: 2, exp: exp - 2, inclusive: even };
    } else {
        r.d = Decoded { mant: mant << 1, minus: 1, plus: 1, exp: exp - 1, inclusive: even };
    }
    r
}

/// Splits an `f64` into sign, category and exact rounding interval.
pub fn decode_f64(v: f64) -> FullDecoded {
    let bits = v.to_bits();
    decode_fields((bits >> 63) != 0, (bits >> 52) & 0x7ff, bits & 0x000f_ffff_ffff_ffff, 52, 1075, 0x7ff)
}

/// Splits an `f32` into sign, category and exact rounding interval.
pub fn decode_f32(v: f32) -> FullDecoded {
    let bits = v.to_bits() as u64;
    decode_fields((bits >> 31) != 0, (bits >> 23) & 0xff, bits & 0x7f_ffff, 23, 150, 0xff)
}

fn determine_sign(x: &FullDecoded, sign_plus: bool) -> u8 {
    if x.kind == KIND_NAN {
        0
    } else if x.negative {
        b'-'
    } else if sign_plus {
        b'+'
    } else {
        0
    }
}

/// Handles NaN and infinities; returns true if it did.
fn special(x: &FullDecoded, f: &mut Formatted, buf: &mut [u8]) -> bool {
    let mut pos = 0;
    if x.kind == KIND_NAN {
        push_lit(f, buf, &mut pos, b"NaN");
        return true;
    }
    if x.kind == KIND_INF {
        push_lit(f, buf, &mut pos, b"inf");
        return true;
    }
    false
}

/// Plain decimal from the digits `buf[..n]` (first digit non-zero) worth `0.d * 10^exp`,
/// with at least `frac_digits` fractional digits. Literals go after the digits.
fn digits_to_dec(f: &mut Formatted, buf: &mut [u8], n: usize, exp: i32, frac_digits: usize) {
    let mut pos = n;
    if exp <= 0 {
        let minus_exp = (-exp) as usize;
        push_lit(f, buf, &mut pos, b"0.");
        push_zeros(f, minus_exp);
        push_bytes(f, 0, n);
        if frac_digits > n && frac_digits - n > minus_exp {
            push_zeros(f, frac_digits - n - minus_exp);
        }
    } else {
        let e = exp as usize;
        if e < n {
            push_bytes(f, 0, e);
            push_lit(f, buf, &mut pos, b".");
            push_bytes(f, e, n - e);
            if frac_digits > n - e {
                push_zeros(f, frac_digits - (n - e));
            }
        } else {
            push_bytes(f, 0, n);
            push_zeros(f, e - n);
            if frac_digits > 0 {
                push_lit(f, buf, &mut pos, b".");
                push_zeros(f, frac_digits);
            }
        }
    }
}

/// Exponent form `d[.ddd]e[-]x` from the digits `buf[..n]` worth `0.d * 10^exp`, padded with
/// zeros to at least `min_ndigits` significant digits.
fn digits_to_exp(f: &mut Formatted, buf: &mut [u8], n: usize, exp: i32, min_ndigits: usize, upper: bool) {
    let mut pos = n;
    push_bytes(f, 0, 1);
    if n > 1 || min_ndigits > 1 {
        push_lit(f, buf, &mut pos, b".");
        push_bytes(f, 1, n - 1);
        if min_ndigits > n {
            push_zeros(f, min_ndigits - n);
        }
    }
    let e = exp - 1;
    if e < 0 {
        push_lit(f, buf, &mut pos, if upper { b"E-" } else { b"e-" });
        push_num(f, buf, &mut pos, (-e) as u32);
    } else {
        push_lit(f, buf, &mut pos, if upper { b"E" } else { b"e" });
        push_num(f, buf, &mut pos, e as u32);
    }
}

/// Shortest digits of `d`: Grisu3 when it can prove its answer, else Dragon.
pub fn format_shortest(d: &Decoded, buf: &mut [u8]) -> (usize, i32) {
    let r = grisu::format_shortest_opt(d, buf);
    if r.0 > 0 {
        return r;
    }
    dragon::format_shortest(d, buf)
}

/// Exact/fixed-mode digits of `d` (see [`dragon::format_exact`]): Grisu when it can prove its
/// answer, else Dragon.
pub fn format_exact(d: &Decoded, buf: &mut [u8], limit: i32) -> (usize, i32) {
    let r = grisu::format_exact_opt(d, buf, limit);
    if r.2 {
        return (r.0, r.1);
    }
    dragon::format_exact(d, buf, limit)
}

/// Shortest round-tripping digits in plain decimal, with at least `frac_digits` fractional
/// digits (core's `to_shortest_str`).
pub fn to_shortest_str(x: &FullDecoded, sign_plus: bool, frac_digits: usize, buf: &mut [u8]) -> Formatted {
    let mut f = new_formatted(determine_sign(x, sign_plus));
    if special(x, &mut f, buf) {
        return f;
    }
    if x.kind == KIND_ZERO {
        let mut pos = 0;
        if frac_digits > 0 {
            push_lit(&mut f, buf, &mut pos, b"0.");
            push_zeros(&mut f, frac_digits);
        } else {
            push_lit(&mut f, buf, &mut pos, b"0");
        }
        return f;
    }
    let (n, exp) = format_shortest(&x.d, buf);
    digits_to_dec(&mut f, buf, n, exp, frac_digits);
    f
}

/// Shortest round-tripping digits in exponent form (core's `to_shortest_exp_str` with
/// decimal bounds `(0, 0)`, i.e. always the exponent form).
pub fn to_shortest_exp_str(x: &FullDecoded, sign_plus: bool, upper: bool, buf: &mut [u8]) -> Formatted {
    let mut f = new_formatted(determine_sign(x, sign_plus));
    if special(x, &mut f, buf) {
        return f;
    }
    if x.kind == KIND_ZERO {
        let mut pos = 0;
        push_lit(&mut f, buf, &mut pos, if upper { b"0E0" } else { b"0e0" });
        return f;
    }
    let (n, exp) = format_shortest(&x.d, buf);
    digits_to_exp(&mut f, buf, n, exp, 0, upper);
    f
}

/// Upper bound on the number of significant digits the exact expansion of `mant * 2^exp`
/// can need (core's `estimate_max_buf_len`); the digits after it are all zero.
fn max_buf_len(exp: i32) -> usize {
    let m: i32 = if exp < 0 { -12 } else { 5 };
    21 + (((m * exp) as usize) >> 4)
}

/// Exactly `ndigits` significant digits, correctly rounded, in exponent form
/// (core's `to_exact_exp_str`). `ndigits` must be at least 1.
pub fn to_exact_exp_str(x: &FullDecoded, sign_plus: bool, ndigits: usize, upper: bool, buf: &mut [u8]) -> Formatted {
    let mut f = new_formatted(determine_sign(x, sign_plus));
    if special(x, &mut f, buf) {
        return f;
    }
    if x.kind == KIND_ZERO {
        let mut pos = 0;
        if ndigits > 1 {
            push_lit(&mut f, buf, &mut pos, b"0.");
            push_zeros(&mut f, ndigits - 1);
            push_lit(&mut f, buf, &mut pos, if upper { b"E0" } else { b"e0" });
        } else {
            push_lit(&mut f, buf, &mut pos, if upper { b"0E0" } else { b"0e0" });
        }
        return f;
    }
    let maxlen = max_buf_len(x.d.exp);
    let trunc = if ndigits < maxlen { ndigits } else { maxlen };
    let (n, exp) = format_exact(&x.d, &mut buf[..trunc], -32768);
    digits_to_exp(&mut f, buf, n, exp, ndigits, upper);
    f
}

/// Exactly `frac_digits` fractional digits, correctly rounded, in plain decimal
/// (core's `to_exact_fixed_str`).
pub fn to_exact_fixed_str(x: &FullDecoded, sign_plus: bool, frac_digits: usize, buf: &mut [u8]) -> Formatted {
    let mut f = new_formatted(determine_sign(x, sign_plus));
    if special(x, &mut f, buf) {
        return f;
    }
    let mut is_zero = x.kind == KIND_ZERO;
    let mut n = 0;
    let mut exp = 0;
    if !is_zero {
        let maxlen = max_buf_len(x.d.exp);
        let limit: i32 = if frac_digits < 0x8000 { -(frac_digits as i32) } else { -32768 };
        let r = format_exact(&x.d, &mut buf[..maxlen], limit);
        n = r.0;
        exp = r.1;
        if exp <= limit {
            is_zero = true;
        }
    }
    if is_zero {
        let mut pos = 0;
        if frac_digits > 0 {
            push_lit(&mut f, buf, &mut pos, b"0.");
            push_zeros(&mut f, frac_digits);
        } else {
            push_lit(&mut f, buf, &mut pos, b"0");
        }
        return f;
    }
    digits_to_dec(&mut f, buf, n, exp, frac_digits);
    f
}

/// `{}` of an `f64` (`sign_plus` is the `+` flag).
pub fn f64_display(v: f64, sign_plus: bool, buf: &mut [u8]) -> Formatted {
    to_shortest_str(&decode_f64(v), sign_plus, 0, buf)
}

/// `{:?}` of an `f64` without precision: exponent form when `|v| < 1e-4` (but not zero) or
/// `|v| >= 1e16`, otherwise plain decimal with at least one fractional digit.
pub fn f64_debug(v: f64, sign_plus: bool, buf: &mut [u8]) -> Formatted {
    let abs = v.to_bits() & 0x7fff_ffff_ffff_ffff;
    let x = decode_f64(v);
    // Bit patterns of 1e-4 and 1e16; for non-negative floats bit order is value order.
    if (abs != 0 && abs < 0x3f1a_36e2_eb1c_432d) || abs >= 0x4341_c379_37e0_8000 {
        to_shortest_exp_str(&x, sign_plus, false, buf)
    } else {
        to_shortest_str(&x, sign_plus, 1, buf)
    }
}

/// `{:.N}` (and `{:.N?}`) of an `f64`, `frac_digits = N`.
pub fn f64_fixed(v: f64, sign_plus: bool, frac_digits: usize, buf: &mut [u8]) -> Formatted {
    to_exact_fixed_str(&decode_f64(v), sign_plus, frac_digits, buf)
}

/// `{:e}` (`upper == false`) or `{:E}` of an `f64`.
pub fn f64_exp(v: f64, sign_plus: bool, upper: bool, buf: &mut [u8]) -> Formatted {
    to_shortest_exp_str(&decode_f64(v), sign_plus, upper, buf)
}

/// Significant digits for `{:.Ne}`: `N + 1`. std computes this in `u16`, so `N = 65535` wraps
/// to 0 and trips an assertion; we panic the same way.
fn exp_ndigits(precision: usize) -> usize {
    let n = (precision + 1) & 0xffff;
    if n == 0 {
        panic!("assertion failed: ndigits > 0");
    }
    n
}

/// `{:.Ne}` / `{:.NE}` of an `f64`, `precision = N` (so `N + 1` significant digits).
pub fn f64_exp_prec(v: f64, sign_plus: bool, precision: usize, upper: bool, buf: &mut [u8]) -> Formatted {
    to_exact_exp_str(&decode_f64(v), sign_plus, exp_ndigits(precision), upper, buf)
}

/// `{}` of an `f32`.
pub fn f32_display(v: f32, sign_plus: bool, buf: &mut [u8]) -> Formatted {
    to_shortest_str(&decode_f32(v), sign_plus, 0, buf)
}

/// `{:?}` of an `f32` without precision (thresholds `1e-4f32` and `1e16f32`).
pub fn f32_debug(v: f32, sign_plus: bool, buf: &mut [u8]) -> Formatted {
    let abs = v.to_bits() & 0x7fff_ffff;
    let x = decode_f32(v);
    if (abs != 0 && abs < 0x38d1_b717) || abs >= 0x5a0e_1bca {
        to_shortest_exp_str(&x, sign_plus, false, buf)
    } else {
        to_shortest_str(&x, sign_plus, 1, buf)
    }
}

/// `{:.N}` (and `{:.N?}`) of an `f32`.
pub fn f32_fixed(v: f32, sign_plus: bool, frac_digits: usize, buf: &mut [u8]) -> Formatted {
    to_exact_fixed_str(&decode_f32(v), sign_plus, frac_digits, buf)
}

/// `{:e}` / `{:E}` of an `f32`.
pub fn f32_exp(v: f32, sign_plus: bool, upper: bool, buf: &mut [u8]) -> Formatted {
    to_shortest_exp_str(&decode_f32(v), sign_plus, upper, buf)
}

/// `{:.Ne}` / `{:.NE}` of an `f32`.
pub fn f32_exp_prec(v: f32, sign_plus: bool, precision: usize, upper: bool, buf: &mut [u8]) -> Formatted {
    to_exact_exp_str(&decode_f32(v), sign_plus, exp_ndigits(precision), upper, buf)
}
