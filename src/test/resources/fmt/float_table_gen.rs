// Generates float_table.txt, the table FloatRuntimeFormatTest checks rac's runtime formatter
// (src/main/resources/rac/runtime/rt.c) against: `rustc -O float_table_gen.rs && ./float_table_gen > float_table.txt`.
// Each line: kind (d = f64, f = f32), the value's bits in decimal, then the value formatted with
// {}, {:?}, {:e}, {:.3}, {:.1e}, {:+09.2}, separated by tabs ({:.3} and {:+09.2} only when |x| < 1e30, else -).

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn line64(x: f64) {
    let fixed = if x.abs() < 1e30 { format!("{:.3}\t{:+09.2}", x, x) } else { "-\t-".to_string() };
    println!("d\t{}\t{}\t{:?}\t{:e}\t{:.1e}\t{}", x.to_bits(), x, x, x, x, fixed);
}

fn line32(x: f32) {
    let fixed = if x.abs() < 1e30 { format!("{:.3}\t{:+09.2}", x, x) } else { "-\t-".to_string() };
    println!("f\t{}\t{}\t{:?}\t{:e}\t{:.1e}\t{}", x.to_bits(), x, x, x, x, fixed);
}

fn main() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    for _ in 0..400 {
        line64(f64::from_bits(rng.next()));
    }
    for _ in 0..1500 {
        let digits = (rng.next() % 100_000_000) as f64;
        let scale = 10f64.powi((rng.next() % 40) as i32 - 20);
        line64(digits * scale);
        line64(digits / 8.0);
    }
    for _ in 0..800 {
        line32(f32::from_bits(rng.next() as u32));
    }
    for _ in 0..800 {
        let digits = (rng.next() % 1_000_000) as f32;
        let scale = 10f32.powi((rng.next() % 20) as i32 - 10);
        line32(digits * scale);
        line32(digits / 16.0);
    }
    for x in [0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 1e-4, 1e-5, 5e-324, f64::MAX, f64::MIN_POSITIVE,
              f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 0.3, 2.0 / 3.0, 123456789.125, 9007199254740993.0] {
        line64(x);
    }
    for x in [0.0f32, -0.0, 1.0, 0.1, 1e16, 1e-4, 1e-45, f32::MAX, f32::MIN_POSITIVE, f32::NAN, 16777217.0, 0.3] {
        line32(x);
    }
}
