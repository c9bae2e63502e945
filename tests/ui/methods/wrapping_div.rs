//@ run-fail
// wrapping_shl/shr mask the amount, overflowing_neg flags MIN, wrapping_div/rem wrap MIN / -1
// but still panic on a zero divisor, inside core; div_ceil panics at the call.
fn main() {
    println!("{} {} {:?}", (-7i32).wrapping_shl(35), 100u8.wrapping_shr(9), i32::MIN.overflowing_neg());
    println!("{:?} {:?}", 5i8.overflowing_neg(), 0u16.overflowing_neg());
    println!("{} {} {}", i32::MIN.wrapping_div(-1), i32::MIN.wrapping_rem(-1), (-7i64).wrapping_rem(3));
    println!("{} {} {}", 9u32.div_ceil(4), 8u32.div_ceil(4), 0u8.div_ceil(3));
    let z: u64 = 0;
    println!("{}", 7u64.wrapping_div(3));
    println!("{}", 7u64.wrapping_div(z));
}
