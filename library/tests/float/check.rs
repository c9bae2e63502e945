//! Differential test of rac's float formatting (library/core/src/fmt/float) against the real
//! std `format!`. Build and run:
//!
//!     rustc --edition 2021 -O library/tests/float/check.rs -o /tmp/float_check
//!     /tmp/float_check [random-count] [seed] [--bench | --stats]
//!
//! Prints `N passed, M failed` (and the first failures) and exits non-zero on any failure.

#[path = "../../core/src/fmt/float/mod.rs"]
#[allow(dead_code)]
mod float;

use std::fmt::Write;
use std::time::Instant;

struct Checker {
    passed: u64,
    failed: u64,
    buf: Vec<u8>,
    out: Vec<u8>,
    expected: String,
}

impl Checker {
    fn compare(&mut self, what: &str, bits: u64, f: &float::Formatted) {
        let n = float::write_formatted(f, &self.buf, &mut self.out);
        let ok = &self.out[..n] == self.expected.as_bytes()
            && float::formatted_len(f) + (f.sign != 0) as usize == n;
        if ok {
            self.passed += 1;
        } else {
            self.failed += 1;
            if self.failed <= 30 {
                println!(
                    "FAIL {} bits={:#x}: expected {:?}, got {:?}",
                    what,
                    bits,
                    self.expected,
                    String::from_utf8_lossy(&self.out[..n])
                );
            }
        }
    }

    fn check_f64(&mut self, v: f64, precisions: &[usize]) {
        let bits = v.to_bits();
        macro_rules! case {
            ($what:expr, $call:expr, $($fmt:tt)*) => {{
                self.expected.clear();
                write!(self.expected, $($fmt)*).unwrap();
                let f = $call;
                self.compare($what, bits, &f);
            }};
        }
        case!("f64 {}", float::f64_display(v, false, &mut self.buf), "{}", v);
        case!("f64 {:+}", float::f64_display(v, true, &mut self.buf), "{:+}", v);
        case!("f64 {:?}", float::f64_debug(v, false, &mut self.buf), "{:?}", v);
        case!("f64 {:+?}", float::f64_debug(v, true, &mut self.buf), "{:+?}", v);
        case!("f64 {:e}", float::f64_exp(v, false, false, &mut self.buf), "{:e}", v);
        case!("f64 {:E}", float::f64_exp(v, false, true, &mut self.buf), "{:E}", v);
        for &p in precisions {
            case!("f64 {:.p}", float::f64_fixed(v, false, p, &mut self.buf), "{:.*}", p, v);
            // std's `{:.65535e}` panics (precision + 1 wraps to 0 in u16); not compared.
            if p < 65535 {
                case!("f64 {:.pe}", float::f64_exp_prec(v, false, p, false, &mut self.buf), "{:.*e}", p, v);
            }
        }
        if let Some(&p) = precisions.first() {
            case!("f64 {:+.p?}", float::f64_fixed(v, true, p, &mut self.buf), "{:+.*?}", p, v);
            case!("f64 {:+.pE}", float::f64_exp_prec(v, true, p, true, &mut self.buf), "{:+.*E}", p, v);
        }
    }

    fn check_f32(&mut self, v: f32, precisions: &[usize]) {
        let bits = v.to_bits() as u64;
        macro_rules! case {
            ($what:expr, $call:expr, $($fmt:tt)*) => {{
                self.expected.clear();
                write!(self.expected, $($fmt)*).unwrap();
                let f = $call;
                self.compare($what, bits, &f);
            }};
        }
        case!("f32 {}", float::f32_display(v, false, &mut self.buf), "{}", v);
        case!("f32 {:+}", float::f32_display(v, true, &mut self.buf), "{:+}", v);
        case!("f32 {:?}", float::f32_debug(v, false, &mut self.buf), "{:?}", v);
        case!("f32 {:e}", float::f32_exp(v, false, false, &mut self.buf), "{:e}", v);
        case!("f32 {:E}", float::f32_exp(v, true, true, &mut self.buf), "{:+E}", v);
        for &p in precisions {
            case!("f32 {:.p}", float::f32_fixed(v, false, p, &mut self.buf), "{:.*}", p, v);
            if p < 65535 {
                case!("f32 {:.pe}", float::f32_exp_prec(v, false, p, false, &mut self.buf), "{:.*e}", p, v);
            }
        }
    }
}

/// xorshift64*: a small deterministic generator, good enough to spread bit patterns.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const LARGE_PRECISIONS: [usize; 8] = [25, 40, 100, 340, 767, 1000, 1100, 5000];

fn edge_f64() -> Vec<f64> {
    let mut v = vec![
        0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 1e-7,
        1e-5, 1e-4, 9.999999999999999e-5, 0.001, 1e15, 1e16, 1e17, 9007199254740992.0,
        9007199254740993.0, 1e21, 1e22, 1e23, 123456789.0, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1e100,
        1e-100, 1e300, 1e-300, 1e308, 1.7976931348623157e308, 5e-324, 1e-323, 2.5e-323,
        2.2250738585072014e-308, 2.2250738585072009e-308, 4.9406564584124654e-324,
        f64::MAX, f64::MIN, f64::MIN_POSITIVE, f64::EPSILON, f64::INFINITY, f64::NEG_INFINITY,
        f64::NAN, -f64::NAN, std::f64::consts::PI, std::f64::consts::E, 0.05, 0.15, 0.25,
        0.35, 0.45, 1.005, 2.675, 1.45, 0.000001, 299792458.0, 1e-10, 65536.0, 4294967296.0,
        18446744073709551616.0, 5e-7, 0.3e-15, 123.456, 1e-6, 9.5, 99.5, 0.95, 0.0095,
    ];
    let mut p = 1.0f64;
    for _ in 0..310 {
        v.push(p);
        v.push(-p);
        p *= 10.0;
    }
    let mut p = 1.0f64;
    for _ in 0..330 {
        p /= 10.0;
        v.push(p);
    }
    for e in -1074..=1023 {
        v.push(2f64.powi(e));
    }
    // Neighbours of powers of ten (the decimal exponent changes there) and of halves.
    for k in -25..=25 {
        for base in [10f64.powi(k), 5.0 * 10f64.powi(k - 1), 9.5 * 10f64.powi(k)] {
            for d in 1..4u64 {
                v.push(f64::from_bits(base.to_bits() - d));
                v.push(f64::from_bits(base.to_bits() + d));
            }
        }
    }
    // Neighbours of the subnormal/normal boundary and of the top.
    for b in [0x0010_0000_0000_0000u64, 0x7fef_ffff_ffff_ffff, 1, 0x000f_ffff_ffff_ffff] {
        for d in 0..4u64 {
            v.push(f64::from_bits(b.wrapping_sub(d)));
            v.push(f64::from_bits(b + d));
        }
    }
    v
}

fn edge_f32() -> Vec<f32> {
    let mut v = vec![
        0.0f32, -0.0, 1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 0.5, 1.5, 2.5, 1e-7, 1e-5, 1e-4, 1e16,
        1e17, 16777216.0, 16777217.0, 16777218.0, 3.4028235e38, 1e-45, 1.17549435e-38,
        f32::MAX, f32::MIN, f32::MIN_POSITIVE, f32::EPSILON, f32::INFINITY, f32::NEG_INFINITY,
        f32::NAN, std::f32::consts::PI, 7.0e-45, 0.95, 9.5, 1e10, 1e30, 1e-30, 1.1754942e-38,
    ];
    // Debug switches to exponent form at 1e-4 and 1e16: check the neighbours.
    for b in [1e-4f32, 1e16, 1e-5, 1e15, 1e-38, 1e38] {
        for d in 1..3u32 {
            v.push(f32::from_bits(b.to_bits() - d));
            v.push(f32::from_bits(b.to_bits() + d));
        }
    }
    for e in -149..=127 {
        v.push(2f32.powi(e));
    }
    let mut p = 1.0f32;
    for _ in 0..39 {
        v.push(p);
        p *= 10.0;
    }
    v
}

/// A random f64 from a mix of distributions: raw bit patterns, "human" decimals
/// (digits / 10^k, which produce rounding ties), integers, and small exponents.
fn random_f64(r: &mut Rng) -> f64 {
    match r.below(4) {
        0 | 1 => f64::from_bits(r.next()),
        2 => {
            let digits = r.below(10_000_000_000) as f64;
            let k = r.below(30) as i32 - 15;
            let v = digits * 10f64.powi(k);
            if r.below(2) == 0 { v } else { -v }
        }
        _ => {
            // Exponent in the everyday range, random mantissa.
            let e = 1023 - 70 + r.below(140);
            f64::from_bits((e << 52) | (r.next() & 0x000f_ffff_ffff_ffff))
        }
    }
}

fn random_f32(r: &mut Rng) -> f32 {
    match r.below(3) {
        0 | 1 => f32::from_bits(r.next() as u32),
        _ => {
            let digits = r.below(10_000_000) as f32;
            let k = r.below(20) as i32 - 10;
            digits * 10f32.powi(k)
        }
    }
}

fn bench(n: usize) {
    let mut r = Rng(0x1234_5678_9abc_def1);
    let mixed: Vec<f64> = (0..n).map(|_| random_f64(&mut r)).collect();
    bench_set("mixed", &mixed);
    // Everyday magnitudes (about 1e-10 .. 1e10) with random mantissas.
    let everyday: Vec<f64> = (0..n)
        .map(|_| f64::from_bits(((1023 - 33 + r.below(66)) << 52) | (r.next() & 0x000f_ffff_ffff_ffff)))
        .collect();
    bench_set("everyday", &everyday);
}

fn bench_set(set: &str, vals: &[f64]) {
    let n = vals.len();
    let mut buf = vec![0u8; float::BUF_LEN];
    let mut out = vec![0u8; 80000];
    let mut s = String::new();
    for (name, mode) in [("{}", 0), ("{:?}", 4), ("{:e}", 1), ("{:.17}", 2), ("{:.3e}", 3)] {
        let t = Instant::now();
        let mut total = 0usize;
        for &v in vals {
            let f = match mode {
                0 => float::f64_display(v, false, &mut buf),
                1 => float::f64_exp(v, false, false, &mut buf),
                2 => float::f64_fixed(v, false, 17, &mut buf),
                3 => float::f64_exp_prec(v, false, 3, false, &mut buf),
                _ => float::f64_debug(v, false, &mut buf),
            };
            total += float::write_formatted(&f, &buf, &mut out);
        }
        let ours = t.elapsed();
        let t = Instant::now();
        let mut total2 = 0usize;
        for &v in vals {
            s.clear();
            match mode {
                0 => write!(s, "{}", v),
                1 => write!(s, "{:e}", v),
                2 => write!(s, "{:.17}", v),
                3 => write!(s, "{:.3e}", v),
                _ => write!(s, "{:?}", v),
            }
            .unwrap();
            total2 += s.len();
        }
        let std = t.elapsed();
        println!(
            "bench {:8} f64 {:7}: ours {:7.1} ns/value, std {:6.1} ns/value, ratio {:.2}x ({} / {} bytes)",
            set,
            name,
            ours.as_nanos() as f64 / n as f64,
            std.as_nanos() as f64 / n as f64,
            ours.as_secs_f64() / std.as_secs_f64(),
            total,
            total2
        );
    }
}

/// How often the Grisu fast paths give up and Dragon runs, on random values.
fn stats(n: u64) {
    let mut r = Rng(0x5eed);
    let mut buf = vec![0u8; float::BUF_LEN];
    let (mut short_fail, mut exact_fail, mut exact_n) = (0u64, 0u64, 0u64);
    for _ in 0..n {
        let x = float::decode_f64(random_f64(&mut r));
        if x.kind != float::KIND_FINITE {
            continue;
        }
        if float::grisu::format_shortest_opt(&x.d, &mut buf).0 == 0 {
            short_fail += 1;
        }
        let p = r.below(18) as usize + 1;
        exact_n += 1;
        if !float::grisu::format_exact_opt(&x.d, &mut buf[..p], -32768).2 {
            exact_fail += 1;
        }
    }
    println!(
        "grisu fallbacks: shortest {:.3}%, exact 1..=18 digits {:.3}%",
        100.0 * short_fail as f64 / n as f64,
        100.0 * exact_fail as f64 / exact_n as f64
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let count: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(0x9e37_79b9_7f4a_7c15);
    if args.iter().any(|a| a == "--stats") {
        stats(1_000_000);
        return;
    }
    if args.iter().any(|a| a == "--bench") {
        bench(200_000);
        return;
    }
    let mut c = Checker {
        passed: 0,
        failed: 0,
        buf: vec![0u8; float::BUF_LEN],
        out: vec![0u8; 80_000],
        expected: String::new(),
    };
    let all_small: Vec<usize> = (0..=20).collect();
    for v in edge_f64() {
        c.check_f64(v, &all_small);
        c.check_f64(v, &LARGE_PRECISIONS);
    }
    // The largest precisions std accepts (u16), also past i16::MAX where the digit limit saturates.
    for v in [1.0, 0.1, -2.5, 1e-300, f64::MAX, 5e-324, 0.0, -0.0] {
        c.check_f64(v, &[32767, 32768, 40000, 65535]);
        c.check_f32(v as f32, &[32768, 65535]);
    }
    for v in edge_f32() {
        c.check_f32(v, &all_small);
        c.check_f32(v, &LARGE_PRECISIONS);
    }
    let mut r = Rng(seed | 1);
    for i in 0..count {
        let p = r.below(21) as usize;
        let mut ps = vec![p];
        if i % 64 == 0 {
            ps.push(LARGE_PRECISIONS[r.below(LARGE_PRECISIONS.len() as u64) as usize]);
        }
        c.check_f64(random_f64(&mut r), &ps);
        if i % 4 == 0 {
            c.check_f32(random_f32(&mut r), &ps);
        }
    }
    println!("{} passed, {} failed", c.passed, c.failed);
    if c.failed != 0 {
        std::process::exit(1);
    }
}
