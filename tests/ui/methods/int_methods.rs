//@ run-pass
// Integer methods built into rac (rac.ty.BuiltinMethods), across widths and signedness.
fn show_i8(x: i8) {
    println!("i8 {}: abs={} signum={} pos={} neg={} wneg={} sabs={} uabs={}", x, x.wrapping_abs(), x.signum(),
        x.is_positive(), x.is_negative(), x.wrapping_neg(), x.saturating_abs(), x.unsigned_abs());
}

fn main() {
    let x: i32 = -17;
    println!("{} {} {} {}", x.abs(), x.pow(2), x.min(3), x.max(3));
    println!("{} {} {}", x.signum(), x.is_positive(), x.is_negative());
    println!("{} {} {} {}", x.rem_euclid(5), x.div_euclid(5), 17i32.div_euclid(-5), (-17i32).rem_euclid(-5));
    println!("{} {}", 17u32.rem_euclid(5), 17u32.div_euclid(5));
    let u: u32 = 40;
    println!("{} {} {} {}", u.count_ones(), u.leading_zeros(), u.trailing_zeros(), u.count_zeros());
    println!("{} {}", u.leading_ones(), 0b0111u8.trailing_ones());
    println!("{} {} {}", u.rotate_left(30), u.rotate_right(3), u.swap_bytes());
    println!("{} {} {}", u.reverse_bits(), 0x1234u16.swap_bytes(), 1u8.reverse_bits());
    println!("{} {} {}", u.is_power_of_two(), u.next_power_of_two(), 0u64.next_power_of_two());
    println!("{} {} {}", u.isqrt(), 99i64.isqrt(), u64::MAX.isqrt());
    println!("{} {} {} {}", u.ilog2(), u.ilog10(), 1u8.ilog10(), u64::MAX.ilog10());
    println!("{} {} {}", 200u8.saturating_add(100), 200u8.wrapping_add(100), (-100i8).saturating_sub(100));
    println!("{} {} {}", 5u16.saturating_sub(7), 100i8.wrapping_mul(3), 3u8.wrapping_sub(5));
    println!("{:?} {:?} {:?}", 200u8.overflowing_add(100), i32::MAX.overflowing_mul(2), 3u64.overflowing_sub(2));
    println!("{} {} {}", 3i64.pow(39), 7u64.wrapping_pow(30), 10i16.saturating_pow(7));
    println!("{} {} {}", (-10i16).saturating_pow(7), (-10i16).saturating_pow(8), 2u8.saturating_pow(9));
    println!("{} {} {}", 2i32.pow(0), 0i32.pow(0), (-1i64).pow(1001));
    println!("{} {} {}", 5i32.abs_diff(-7), i8::MIN.abs_diff(i8::MAX), 3u8.abs_diff(250));
    println!("{} {} {}", 12i32.clamp(0, 10), (-3i32).clamp(0, 10), 5u8.clamp(1, 9));
    println!("{} {} {}", (-5i64).saturating_mul(i64::MAX), 5i64.saturating_mul(i64::MAX), 3u32.saturating_mul(7));
    println!("{} {}", 1i128.pow(100), 3u128.pow(80));
    println!("{} {}", (-7i128).rem_euclid(3), u128::MAX.count_ones());
    show_i8(-128);
    show_i8(-5);
    show_i8(0);
    show_i8(127);
    let r = &&300usize;
    println!("{} {}", (**r).max(7), r.trailing_zeros());
}
