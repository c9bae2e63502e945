//@ run-fail
// The remainder with a divisor of zero panics.

fn rem(a: u64, b: u64) -> u64 {
    a % b
}

fn main() {
    println!("{}", rem(10, 3));
    println!("{}", rem(10, 0));
}
