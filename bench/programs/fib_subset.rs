// Naive recursive Fibonacci written in rac's current subset (fns, integers, if, while).
// Fixed size (no argument parsing in the subset): fib(0..=36) summed.

fn fib(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    fib(n - 1) + fib(n - 2)
}

fn main() {
    let mut n: u64 = 30;
    let mut total: u64 = 0;
    while n <= 37 {
        let f = fib(n);
        total += f;
        println!("fib({}) = {}", n, f);
        n += 1;
    }
    println!("total: {}", total);
}
