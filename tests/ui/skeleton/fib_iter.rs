//@ run-pass
// Iterative Fibonacci in u64, up to fib(93), the largest that fits.

fn main() {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    let mut i = 0;
    loop {
        if i % 10 == 0 || i > 88 {
            println!("fib({}) = {}", i, a);
        }
        if i == 93 {
            break;
        }
        let t = b;
        if i < 92 {
            b = a + b;
        }
        a = t;
        i += 1;
    }
}
