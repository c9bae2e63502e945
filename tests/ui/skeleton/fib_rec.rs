//@ run-pass
// Naive recursive Fibonacci.

fn fib(n: i32) -> i32 {
    if n < 2 {
        return n;
    }
    fib(n - 1) + fib(n - 2)
}

fn main() {
    let mut n = 0;
    while n <= 25 {
        print!("{}", fib(n));
        if n < 25 {
            print!(", ");
        }
        n += 1;
    }
    println!("");
}
