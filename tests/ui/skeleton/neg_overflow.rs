//@ run-fail
// Negating the minimum i32 overflows.

fn negate(x: i32) -> i32 {
    -x
}

fn main() {
    println!("{}", negate(5));
    println!("{}", negate(-2147483647));
    println!("{}", negate(-2147483647 - 1));
}
