//! Exact digit generation with big integers (the Dragon4 family: Steele & White, refined by
//! Burger & Dybvig). Both modes work on a [`Decoded`] value `v = mant * 2^exp` whose
//! neighbours are `v - minus * 2^exp` and `v + plus * 2^exp` halfway away, and report digits
//! `d[0] d[1] ...` with a decimal exponent `k` meaning `v ~= 0.d[0]d[1]... * 10^k`.
//!
//! The tie-breaking rules are the ones the real `core::fmt` uses, so the printed bytes agree:
//! shortest mode rounds a tie between two shortest candidates up; exact mode rounds half to even
//! on the exact binary value (and with no digit kept, a tie goes down to zero).

use super::bignum::Big;
use super::Decoded;

/// Maximum number of digits the shortest mode can produce (17 for `f64`).
pub const MAX_SIG_DIGITS: usize = 17;

/// Estimate of the decimal exponent: returns `k0` with `10^(k0-1) < mant * 2^exp <= 10^(k0+1)`.
/// It is `floor((bitlen(mant - 1) + exp) * log10(2))`, with `log10(2)` as a 32-bit fixed-point
/// constant that errs low.
pub fn estimate_exponent(mant: u64, exp: i32) -> i32 {
    let mut nbits: i64 = 0;
    let mut m = mant - 1;
    while m != 0 {
        nbits += 1;
        m >>= 1;
    }
    // 0x4D104D42 = floor(2^32 * log10(2))
    (((nbits + exp as i64) * 0x4D10_4D42) >> 32) as i32
}

/// Adds one unit in the last place of the decimal digits `d[..n]`. Returns 0 when the length is
/// unchanged; otherwise the digits have become `1000...` and the returned byte is the digit
/// that must be appended to keep the old value with one more digit: `b'1'` when `n == 0`,
/// `b'0'` otherwise.
pub fn round_up(d: &mut [u8], n: usize) -> u8 {
    let mut i = n;
    while i > 0 {
        i -= 1;
        if d[i] != b'9' {
            d[i] += 1;
            let mut j = i + 1;
            while j < n {
                d[j] = b'0';
                j += 1;
            }
            return 0;
        }
    }
    if n == 0 {
        return b'1';
    }
    d[0] = b'1';
    let mut j = 1;
    while j < n {
        d[j] = b'0';
        j += 1;
    }
    b'0'
}

/// Digit generation step: `x < 10 * scale` on entry; subtracts `d * scale` and returns `d`.
fn next_digit(x: &mut Big, scale: &Big, scale2: &Big, scale4: &Big, scale8: &Big) -> u8 {
    let mut d: u8 = 0;
    if x.cmp(scale8) >= 0 {
        x.sub(scale8);
        d += 8;
    }
    if x.cmp(scale4) >= 0 {
        x.sub(scale4);
        d += 4;
    }
    if x.cmp(scale2) >= 0 {
        x.sub(scale2);
        d += 2;
    }
    if x.cmp(scale) >= 0 {
        x.sub(scale);
        d += 1;
    }
    d
}

/// `a < b`, or `a <= b` when `inclusive`.
fn below(a: &Big, b: &Big, inclusive: bool) -> bool {
    let c = a.cmp(b);
    if inclusive {
        c <= 0
    } else {
        c < 0
    }
}

/// Shortest mode: writes the fewest digits that read back as `d` (closest candidate; ties up)
/// into `buf` (at least [`MAX_SIG_DIGITS`] long). Returns `(digit count, k)`.
pub fn format_shortest(d: &Decoded, buf: &mut [u8]) -> (usize, i32) {
    let mut k = estimate_exponent(d.mant + d.plus, d.exp);
    // Fractions over a common `scale`: v = mant/scale, low = (mant-minus)/scale,
    // high = (mant+plus)/scale.
    let mut mant = Big::from_u64(d.mant);
    let mut minus = Big::from_u64(d.minus);
    let mut plus = Big::from_u64(d.plus);
    let mut scale = Big::from_u64(1);
    if d.exp < 0 {
        scale.mul_pow2((-d.exp) as usize);
    } else {
        mant.mul_pow2(d.exp as usize);
        minus.mul_pow2(d.exp as usize);
        plus.mul_pow2(d.exp as usize);
    }
    if k >= 0 {
        scale.mul_pow10(k as usize);
    } else {
        mant.mul_pow10((-k) as usize);
        minus.mul_pow10((-k) as usize);
        plus.mul_pow10((-k) as usize);
    }
    // The estimate may be one too low: then high already reaches the scale and the true
    // exponent is k + 1 (we keep the scale and skip the first multiplication by ten instead).
    let mut high = mant.copy();
    high.add(&plus);
    if below(&scale, &high, d.inclusive) {
        k += 1;
    } else {
        mant.mul_small(10);
        minus.mul_small(10);
        plus.mul_small(10);
    }
    let mut scale2 = scale.copy();
    scale2.mul_pow2(1);
    let mut scale4 = scale.copy();
    scale4.mul_pow2(2);
    let mut scale8 = scale.copy();
    scale8.mul_pow2(3);

    let mut n = 0;
    let mut down;
    let mut up;
    loop {
        let digit = next_digit(&mut mant, &scale, &scale2, &scale4, &scale8);
        buf[n] = b'0' + digit;
        n += 1;
        // Stop when cutting here stays above low (round down), or when the next digit up
        // stays below high (round up).
        down = below(&mant, &minus, d.inclusive);
        let mut hi = mant.copy();
        hi.add(&plus);
        up = below(&scale, &hi, d.inclusive);
        if down || up {
            break;
        }
        mant.mul_small(10);
        minus.mul_small(10);
        plus.mul_small(10);
    }
    // Both possible: pick the closer one, ties up (2 * remainder >= scale).
    let mut round = up;
    if up && down {
        mant.mul_pow2(1);
        round = mant.cmp(&scale) >= 0;
    }
    if round {
        let extra = round_up(buf, n);
        if extra != 0 {
            buf[n] = extra;
            n += 1;
            k += 1;
        }
    }
    (n, k)
}

/// Exact and fixed modes: the correctly rounded (half to even) digits of `d`, at most
/// `buf.len()` of them and none at or below the decimal position `limit` (the last digit kept
/// is worth `10^max(limit, k - buf.len())`). Returns `(digit count, k)`; when the count is 0
/// the value rounded to zero at `limit`, and `k <= limit`.
pub fn format_exact(d: &Decoded, buf: &mut [u8], limit: i32) -> (usize, i32) {
    let mut k = estimate_exponent(d.mant, d.exp);
    let mut mant = Big::from_u64(d.mant);
    let mut scale = Big::from_u64(1);
    if d.exp < 0 {
        scale.mul_pow2((-d.exp) as usize);
    } else {
        mant.mul_pow2(d.exp as usize);
    }
    if k >= 0 {
        scale.mul_pow10(k as usize);
    } else {
        mant.mul_pow10((-k) as usize);
    }
    // Exponent fix-up as in the shortest mode, but against `v + 10^-len / 2` (floored), so
    // that a value which rounds up to the next power of ten gets the larger exponent.
    let mut t = scale.copy();
    let mut left = buf.len();
    while left > 9 {
        t.div_rem_small(1_000_000_000);
        left -= 9;
    }
    let mut p: u32 = 2;
    while left > 0 {
        p *= 10;
        left -= 1;
    }
    t.div_rem_small(p);
    t.add(&mant);
    if t.cmp(&scale) >= 0 {
        k += 1;
    } else {
        mant.mul_small(10);
    }

    let mut len: usize = if k < limit {
        0
    } else if ((k - limit) as usize) < buf.len() {
        (k - limit) as usize
    } else {
        buf.len()
    };
    if len > 0 {
        let mut scale2 = scale.copy();
        scale2.mul_pow2(1);
        let mut scale4 = scale.copy();
        scale4.mul_pow2(2);
        let mut scale8 = scale.copy();
        scale8.mul_pow2(3);
        let mut i = 0;
        while i < len {
            if mant.is_zero() {
                // The expansion ended: the rest is exact zeros, no rounding.
                while i < len {
                    buf[i] = b'0';
                    i += 1;
                }
                return (len, k);
            }
            let digit = next_digit(&mut mant, &scale, &scale2, &scale4, &scale8);
            buf[i] = b'0' + digit;
            mant.mul_small(10);
            i += 1;
        }
    }
    // The remainder is mant / (10 * scale) of one unit in the last place; compare with 1/2.
    scale.mul_small(5);
    let order = mant.cmp(&scale);
    if order > 0 || (order == 0 && len > 0 && (buf[len - 1] & 1) == 1) {
        let extra = round_up(buf, len);
        if extra != 0 {
            k += 1;
            if k > limit && len < buf.len() {
                buf[len] = extra;
                len += 1;
            }
        }
    }
    (len, k)
}
