//@ run-fail
// Shifting an i32 left by 32 or more bits panics.

fn shift(x: i32, by: u32) -> i32 {
    x << by
}

fn main() {
    let mut s = 28;
    while s < 40 {
        println!("1 << {} = {}", s, shift(1, s));
        s += 1;
    }
}
