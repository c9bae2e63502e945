//@ run-fail
// Debug builds check arithmetic: i32 addition past the maximum panics.

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let mut x = 2147483600;
    let mut i = 0;
    while i < 100 {
        x = add(x, 10);
        println!("{}", x);
        i += 1;
    }
}
