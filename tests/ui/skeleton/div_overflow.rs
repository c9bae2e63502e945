//@ run-fail
// i64::MIN / -1 does not fit and panics.

fn div(a: i64, b: i64) -> i64 {
    a / b
}

fn main() {
    let min: i64 = -9223372036854775808;
    println!("{}", div(min, 2));
    println!("{}", div(min, -1));
}
