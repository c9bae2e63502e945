// Naive recursive Fibonacci (integer arithmetic, function calls, branches).
// Usage: fib [N]   (default 39).
// bench-debug-args: 38   (the size compare.py passes to debug builds, which run 5-20x slower)

fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn main() {
    let n: u32 = std::env::args().nth(1).map(|s| s.parse().unwrap()).unwrap_or(39);
    println!("fib({}) = {}", n, fib(n));
}
