//@ run-pass
// The primitive types' associated constants: f64::NAN, f32::INFINITY, i32::MAX, u8::BITS, ...

const BIG: f64 = f64::MAX / 2.0;

fn main() {
    let nan = f64::NAN;
    println!("{} {} {} {}", nan, nan == nan, f64::INFINITY, f32::NEG_INFINITY);
    println!("{} {:?} {:e}", f64::MAX, f64::MIN, f64::MIN_POSITIVE);
    println!("{} {} {} {:?}", f32::MAX, f32::MIN, f32::EPSILON, f64::EPSILON);
    println!("{} {} {} {}", i32::MAX, i32::MIN, u64::MAX, i8::MIN);
    println!("{} {}", u128::MAX, i128::MIN);
    println!("{} {} {}", u8::BITS, i128::BITS, usize::MAX);
    println!("{} {} {}", f64::NAN as i32, f64::INFINITY as u8, f32::NEG_INFINITY as i16);
    println!("{} {}", BIG, -f64::MAX);
}
