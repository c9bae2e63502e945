//@ run-pass
// Float arithmetic, compound assignment, comparisons (NaN is unordered), casts and consts.

const HALF: f64 = 1.0 / 2.0;
const SCALED: f32 = 3.5f32 * 2.0 - 1.0;
const TRUNC: i32 = 2.9 as i32;

fn area(r: f64) -> f64 {
    3.14159 * r * r
}

fn main() {
    let a = 1.5;
    let b: f32 = 0.1_f32 + 2f32;
    let mut c = a * 2.0 - 1e3 / 4.;
    c += 1.0;
    c -= 0.5;
    c *= 2.0;
    c /= 4.0;
    c %= 7.0;
    println!("{} {} {} {}", a, b, c, -c);
    println!("{} {} {}", area(2.0), HALF, SCALED);
    println!("{}", TRUNC);
    println!("{} {}", 7.5 % 2.0, -7.5 % 2.0);
    let nan = 0.0 / 0.0;
    let inf = 1.0 / 0.0;
    println!("{} {} {} {} {} {}", nan == nan, nan != nan, nan < 1.0, nan >= 1.0, inf > 1e308, -inf < -1e308);
    println!("{} {} {}", 0.0 == -0.0, 1.0 < 2.0, 2.0f32 <= 2.0);
    println!("{} {} {} {}", 1.9 as i32, -1.9 as i32, 300.0 as u8, -5.0 as u8);
    println!("{} {} {}", 1e20 as i32, -1e20 as i64, 1e40 as u128);
    println!("{} {} {}", nan as i32, inf as u16, -inf as i8);
    println!("{} {} {}", 16777217 as f32, 18446744073709551615u64 as f32, -3i8 as f64);
    println!("{} {}", 0.1f32 as f64, 0.1f64 as f32);
    println!("{} {} {}", 97u8 as char, 'z' as u32, 'é' as u8);
}
