//@ run-pass
// pow with an exponent known only at run time (the loop) against constant exponents (unrolled).
fn main() {
    for e in 0..12u32 {
        println!("{} {} {} {}", 3i64.pow(e), (-2i32).wrapping_pow(e * 3), 7u8.saturating_pow(e),
            (-5i16).saturating_pow(e));
    }
    let x: u64 = 12345;
    println!("{} {} {}", x.pow(0), x.pow(1), x.pow(4));
    println!("{} {}", 2u128.pow(127), (-2i128).pow(127));
}
