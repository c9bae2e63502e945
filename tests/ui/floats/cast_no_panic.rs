//@ run-fail
// Float-to-int casts never panic: they saturate (NaN becomes 0). The panic comes afterwards,
// from an integer overflow.

fn main() {
    let nan = 0.0f64 / 0.0;
    let big = 1e300;
    let a = nan as i32;
    let b = big as u8;
    let c = -big as i64;
    println!("{} {} {}", a, b, c);
    let x: u8 = b;
    let y = x + 1;
    println!("unreachable {}", y);
}
