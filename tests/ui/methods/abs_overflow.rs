//@ run-fail
fn main() {
    let x: i64 = i64::MIN + 1;
    println!("{}", x.abs());
    let y = x - 1;
    println!("{}", y.abs());
}
