//! Fast shortest-mode digit generation: Grisu3 (Loitsch, "Printing Floating-Point Numbers
//! Quickly and Accurately with Integers", PLDI 2010). It works with 64-bit approximations of
//! the value and its rounding interval scaled by a cached power of ten, and *reports failure*
//! whenever those approximations cannot prove that the digits are the shortest and closest;
//! the caller then falls back to the exact [`super::dragon`] algorithm. When it succeeds, its
//! output is the same as Dragon's (about 99.5% of random `f64` values).

use super::Decoded;

/// Number of cached powers.
pub const CACHED_LEN: usize = 87;
/// Decimal exponent of entry 0; entries are 8 apart.
pub const CACHED_K0: i32 = -348;
/// Significands (top bit set), rounded to nearest.
static CACHED_F: [u64; 87] = [
    0xfa8fd5a0081c0288, 0xbaaee17fa23ebf76, 0x8b16fb203055ac76, 0xcf42894a5dce35ea,
    0x9a6bb0aa55653b2d, 0xe61acf033d1a45df, 0xab70fe17c79ac6ca, 0xff77b1fcbebcdc4f,
    0xbe5691ef416bd60c, 0x8dd01fad907ffc3c, 0xd3515c2831559a83, 0x9d71ac8fada6c9b5,
    0xea9c227723ee8bcb, 0xaecc49914078536d, 0x823c12795db6ce57, 0xc21094364dfb5637,
    0x9096ea6f3848984f, 0xd77485cb25823ac7, 0xa086cfcd97bf97f4, 0xef340a98172aace5,
    0xb23867fb2a35b28e, 0x84c8d4dfd2c63f3b, 0xc5dd44271ad3cdba, 0x936b9fcebb25c996,
    0xdbac6c247d62a584, 0xa3ab66580d5fdaf6, 0xf3e2f893dec3f126, 0xb5b5ada8aaff80b8,
    0x87625f056c7c4a8b, 0xc9bcff6034c13053, 0x964e858c91ba2655, 0xdff9772470297ebd,
    0xa6dfbd9fb8e5b88f, 0xf8a95fcf88747d94, 0xb94470938fa89bcf, 0x8a08f0f8bf0f156b,
    0xcdb02555653131b6, 0x993fe2c6d07b7fac, 0xe45c10c42a2b3b06, 0xaa242499697392d3,
    0xfd87b5f28300ca0e, 0xbce5086492111aeb, 0x8cbccc096f5088cc, 0xd1b71758e219652c,
    0x9c40000000000000, 0xe8d4a51000000000, 0xad78ebc5ac620000, 0x813f3978f8940984,
    0xc097ce7bc90715b3, 0x8f7e32ce7bea5c70, 0xd5d238a4abe98068, 0x9f4f2726179a2245,
    0xed63a231d4c4fb27, 0xb0de65388cc8ada8, 0x83c7088e1aab65db, 0xc45d1df942711d9a,
    0x924d692ca61be758, 0xda01ee641a708dea, 0xa26da3999aef774a, 0xf209787bb47d6b85,
    0xb454e4a179dd1877, 0x865b86925b9bc5c2, 0xc83553c5c8965d3d, 0x952ab45cfa97a0b3,
    0xde469fbd99a05fe3, 0xa59bc234db398c25, 0xf6c69a72a3989f5c, 0xb7dcbf5354e9bece,
    0x88fcf317f22241e2, 0xcc20ce9bd35c78a5, 0x98165af37b2153df, 0xe2a0b5dc971f303a,
    0xa8d9d1535ce3b396, 0xfb9b7cd9a4a7443c, 0xbb764c4ca7a44410, 0x8bab8eefb6409c1a,
    0xd01fef10a657842c, 0x9b10a4e5e9913129, 0xe7109bfba19c0c9d, 0xac2820d9623bf429,
    0x80444b5e7aa7cf85, 0xbf21e44003acdd2d, 0x8e679c2f5e44ff8f, 0xd433179d9c8cb841,
    0x9e19db92b4e31ba9, 0xeb96bf6ebadf77d9, 0xaf87023b9bf0ee6b,
];
/// Binary exponents: 10^k ~= f * 2^e.
static CACHED_E: [i16; 87] = [
    -1220, -1193, -1166, -1140, -1113, -1087, -1060, -1034, -1007, -980, -954, -927,
    -901, -874, -847, -821, -794, -768, -741, -715, -688, -661, -635, -608,
    -582, -555, -529, -502, -475, -449, -422, -396, -369, -343, -316, -289,
    -263, -236, -210, -183, -157, -130, -103, -77, -50, -24, 3, 30,
    56, 83, 109, 136, 162, 189, 216, 242, 269, 295, 322, 348,
    375, 402, 428, 455, 481, 508, 534, 561, 588, 614, 641, 667,
    694, 720, 747, 774, 800, 827, 853, 880, 907, 933, 960, 986,
    1013, 1039, 1066,
];

/// Upper 64 bits of the 128-bit product `a * b`, rounded to nearest (ties up).
fn mul_round(a: u64, b: u64) -> u64 {
    let mask: u64 = 0xffff_ffff;
    let a_hi = a >> 32;
    let a_lo = a & mask;
    let b_hi = b >> 32;
    let b_lo = b & mask;
    let ll = a_lo * b_lo;
    let lh = a_lo * b_hi;
    let hl = a_hi * b_lo;
    let hh = a_hi * b_hi;
    let mid = (ll >> 32) + (lh & mask) + (hl & mask) + (1u64 << 31);
    hh + (lh >> 32) + (hl >> 32) + (mid >> 32)
}

/// Index of the cached power whose binary exponent lies in `[min_e, min_e + 27]`
/// (consecutive entries are 26 or 27 apart, so exactly one or two qualify; the first is taken).
fn cached_power_index(min_e: i32) -> usize {
    // Estimate from k ~= (min_e + 63) * log10(2), then correct by walking.
    let k = (((min_e as i64 + 63) * 0x4D10_4D42) >> 32) as i32;
    let mut i: i32 = (k - CACHED_K0) / 8;
    if i < 0 {
        i = 0;
    }
    if i >= CACHED_LEN as i32 {
        i = CACHED_LEN as i32 - 1;
    }
    let mut idx = i as usize;
    while idx + 1 < CACHED_LEN && (CACHED_E[idx] as i32) < min_e {
        idx += 1;
    }
    while idx > 0 && CACHED_E[idx - 1] as i32 >= min_e {
        idx -= 1;
    }
    idx
}

/// Moves the last digit down towards `w` while that keeps it inside the unsafe interval and
/// brings it closer, then checks the choice is certain despite the `unit` error of every
/// approximation. All quantities are distances below `too_high`, in the same fixed-point unit.
fn round_weed(buf: &mut [u8], n: usize, distance_too_high_w: u64, unsafe_interval: u64, rest0: u64, ten_kappa: u64, unit: u64) -> bool {
    let mut rest = rest0;
    // `w` lies somewhere in [too_high - big_distance, too_high - small_distance].
    let small_distance = distance_too_high_w - unit;
    let big_distance = distance_too_high_w + unit;
    while rest < small_distance
        && unsafe_interval - rest >= ten_kappa
        && (rest + ten_kappa < small_distance || small_distance - rest >= rest + ten_kappa - small_distance)
    {
        buf[n - 1] -= 1;
        rest += ten_kappa;
    }
    // Had `w` been at the other end of its error range, would we have moved further? Then the
    // closest candidate is not certain.
    if rest < big_distance
        && unsafe_interval - rest >= ten_kappa
        && (rest + ten_kappa < big_distance || big_distance - rest > rest + ten_kappa - big_distance)
    {
        return false;
    }
    // The candidate must be safely inside the real interval (the unsafe one minus the errors).
    if unsafe_interval < 4 * unit {
        return false;
    }
    2 * unit <= rest && rest <= unsafe_interval - 4 * unit
}

/// Shortest digits of `d` into `buf` (at least 17 long), or a count of 0 if Grisu3 cannot
/// guarantee the result. Returns `(digit count, k)` with `v ~= 0.d[0]d[1]... * 10^k`.
pub fn format_shortest_opt(d: &Decoded, buf: &mut [u8]) -> (usize, i32) {
    // Normalize the upper bound so that its top bit is set; bring v and the lower bound to the
    // same exponent (they are smaller, so they fit).
    let high = d.mant + d.plus;
    let mut shift: u32 = 0;
    let mut t = high;
    if t >> 32 == 0 {
        t <<= 32;
        shift += 32;
    }
    while t >> 63 == 0 {
        t <<= 1;
        shift += 1;
    }
    let e = d.exp - shift as i32;
    let idx = cached_power_index(-60 - (e + 64));
    let cf = CACHED_F[idx];
    let ck = CACHED_K0 + 8 * idx as i32;
    // Scaled values: x * 10^ck = f * 2^fe, with fe in [-60, -32].
    let fe = e + CACHED_E[idx] as i32 + 64;
    if fe < -60 || fe > -32 {
        return (0, 0);
    }
    let plus_f = mul_round(high << shift, cf);
    let minus_f = mul_round((d.mant - d.minus) << shift, cf);
    let w_f = mul_round(d.mant << shift, cf);

    // Each scaled value is within one unit of the truth: widen the interval by that much.
    let mut unit: u64 = 1;
    let too_low = minus_f - unit;
    let too_high = plus_f + unit;
    let mut unsafe_interval = too_high - too_low;
    let one_shift = (-fe) as u32;
    let one: u64 = 1u64 << one_shift;
    let mut integrals = too_high >> one_shift;
    let mut fractionals = too_high & (one - 1);

    // Integral digits: kappa = number of decimal digits of `integrals` (< 2^32).
    let mut kappa: i32 = 0;
    let mut divisor: u64 = 1;
    while divisor * 10 <= integrals {
        divisor *= 10;
        kappa += 1;
    }
    if integrals > 0 {
        kappa += 1;
    }
    let mut n: usize = 0;
    while kappa > 0 {
        let digit = integrals / divisor;
        buf[n] = b'0' + digit as u8;
        n += 1;
        integrals %= divisor;
        kappa -= 1;
        let rest = (integrals << one_shift) + fractionals;
        if rest < unsafe_interval {
            if round_weed(buf, n, too_high - w_f, unsafe_interval, rest, divisor << one_shift, unit) {
                return (n, n as i32 + kappa - ck);
            }
            return (0, 0);
        }
        divisor /= 10;
    }
    // Fractional digits.
    loop {
        fractionals *= 10;
        unit *= 10;
        unsafe_interval *= 10;
        let digit = fractionals >> one_shift;
        buf[n] = b'0' + digit as u8;
        n += 1;
        fractionals &= one - 1;
        kappa -= 1;
        if fractionals < unsafe_interval {
            if round_weed(buf, n, (too_high - w_f) * unit, unsafe_interval, fractionals, one, unit) {
                return (n, n as i32 + kappa - ck);
            }
            return (0, 0);
        }
        if n >= 17 {
            return (0, 0);
        }
    }
}

/// Decides the rounding of counted digits from the approximate remainder `rest` (below the last
/// digit, whose unit is `ten_kappa`), knowing the true remainder is within `unit` of `rest`.
/// Returns 1 to keep the digits, 2 to round up, 0 if the approximation cannot tell (including
/// every exact tie, which Dragon resolves half to even).
fn round_counted(rest: u64, ten_kappa: u64, unit: u64) -> u32 {
    if unit >= ten_kappa || ten_kappa - unit <= unit {
        return 0;
    }
    // 2 * (rest + unit) <= ten_kappa: the true remainder is below one half.
    if ten_kappa - rest > rest && ten_kappa - 2 * rest >= 2 * unit {
        return 1;
    }
    // 2 * (rest - unit) >= ten_kappa: the true remainder is above one half.
    if rest > unit && ten_kappa - (rest - unit) <= rest - unit {
        return 2;
    }
    0
}

/// Fast exact/fixed mode with the contract of [`super::dragon::format_exact`]: digits of `d`
/// correctly rounded at the position `max(limit, k - buf.len())`. Returns
/// `(digit count, k, true)`, or `(_, _, false)` when the 64-bit approximation cannot
/// guarantee the answer (then use Dragon).
pub fn format_exact_opt(d: &Decoded, buf: &mut [u8], limit: i32) -> (usize, i32, bool) {
    let mut shift: u32 = 0;
    let mut t = d.mant;
    if t >> 32 == 0 {
        t <<= 32;
        shift += 32;
    }
    while t >> 63 == 0 {
        t <<= 1;
        shift += 1;
    }
    let e = d.exp - shift as i32;
    let idx = cached_power_index(-60 - (e + 64));
    let ck = CACHED_K0 + 8 * idx as i32;
    let fe = e + CACHED_E[idx] as i32 + 64;
    if fe < -60 || fe > -32 {
        return (0, 0, false);
    }
    // w_f * 2^fe is within one unit (strictly) of v * 10^ck.
    let w_f = mul_round(t, CACHED_F[idx]);
    let one_shift = (-fe) as u32;
    let one: u64 = 1u64 << one_shift;
    let mut integrals = w_f >> one_shift;
    let mut fractionals = w_f & (one - 1);
    let mut kappa: i32 = 1;
    let mut divisor: u64 = 1;
    while divisor * 10 <= integrals {
        divisor *= 10;
        kappa += 1;
    }
    // The decimal exponent is only certain if the whole error range has as many integral
    // digits as the approximation.
    if ((w_f - 1) >> one_shift) < divisor || ((w_f + 1) >> one_shift) >= divisor * 10 {
        return (0, 0, false);
    }
    let k = kappa - ck;
    let len = buf.len() as i32;
    let requested = if k - limit < len { k - limit } else { len };
    if requested < 0 {
        // v < 10^k <= 10^(limit - 1): rounds to zero at the limit.
        return (0, k, true);
    }
    if requested == 0 || requested > 18 {
        return (0, 0, false);
    }
    let mut left = requested;
    let mut n: usize = 0;
    let mut rest: u64 = 0;
    let mut ten_kappa: u64 = 0;
    let mut unit: u64 = 1;
    while kappa > 0 {
        let digit = integrals / divisor;
        buf[n] = b'0' + digit as u8;
        n += 1;
        left -= 1;
        integrals %= divisor;
        kappa -= 1;
        if left == 0 {
            rest = (integrals << one_shift) + fractionals;
            ten_kappa = divisor << one_shift;
            break;
        }
        divisor /= 10;
    }
    if left > 0 {
        while left > 0 {
            if fractionals <= unit {
                return (0, 0, false);
            }
            fractionals *= 10;
            unit *= 10;
            let digit = fractionals >> one_shift;
            buf[n] = b'0' + digit as u8;
            n += 1;
            left -= 1;
            fractionals &= one - 1;
        }
        rest = fractionals;
        ten_kappa = one;
    }
    let decision = round_counted(rest, ten_kappa, unit);
    if decision == 0 {
        return (0, 0, false);
    }
    if decision == 2 {
        let extra = super::dragon::round_up(buf, n);
        if extra != 0 {
            // All nines became 10...0: one more integral digit.
            if n < buf.len() {
                buf[n] = extra;
                n += 1;
            }
            return (n, k + 1, true);
        }
    }
    (n, k, true)
}
