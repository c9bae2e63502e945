//@ run-pass
// Builtin methods called as associated functions: the receiver is the first argument.
fn main() {
    let x = 2.0f64;
    println!("{} {} {}", f64::sqrt(x), f64::powi(x, 3), f64::max(x, 7.5));
    println!("{} {} {}", i32::pow(3, 4), u8::max(3, 4), i64::abs(-9));
    println!("{} {}", u32::count_ones(255), i16::rotate_left(1, 3));
    println!("{} {}", char::is_ascii_digit(&'7'), char::is_alphabetic('ß'));
    println!("{} {}", u8::to_ascii_uppercase(&97), f32::mul_add(1.5, 2.0, 0.25));
    println!("{}", i32::MAX.wrapping_add(1));
}
