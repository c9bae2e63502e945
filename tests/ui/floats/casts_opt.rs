//@ run-pass
//@ compile-flags: -O
// Saturating float-to-int casts, NaN comparisons and float printing in an optimised build (LLVM
// may fold the casts: it must fold them as Rust defines them).

fn cast(x: f64) -> (i8, u8, i32, u64, i128) {
    (x as i8, x as u8, x as i32, x as u64, x as i128)
}

fn main() {
    let nan = f64::NAN;
    println!("{:?}", cast(nan));
    println!("{:?}", cast(1e300));
    println!("{:?}", cast(-1e300));
    println!("{:?}", cast(-1.5));
    println!("{:?}", cast(255.9));
    println!("{} {} {}", nan < 0.0, nan > 0.0, !(nan == nan));
    let mut sum = 0.0f32;
    let mut i = 0;
    while i < 10 {
        sum += 0.1;
        i += 1;
    }
    println!("{} {:?} {:.3} {:e}", sum, sum, sum, sum as f64);
}
