//@ run-fail
fn main() {
    let x: i32 = 10;
    println!("{}", x.isqrt());
    let y = x - 11;
    println!("{}", y.isqrt());
}
