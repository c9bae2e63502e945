//@ run-pass
// Factorials in u64, recursive and iterative, up to 20! (the largest that fits).

fn fact_rec(n: u64) -> u64 {
    if n == 0 { 1 } else { n * fact_rec(n - 1) }
}

fn fact_iter(n: u64) -> u64 {
    let mut acc: u64 = 1;
    let mut i: u64 = 2;
    while i <= n {
        acc *= i;
        i += 1;
    }
    acc
}

fn main() {
    let mut n: u64 = 0;
    while n <= 20 {
        let a = fact_rec(n);
        let b = fact_iter(n);
        println!("{}! = {} {}", n, a, a == b);
        n += 1;
    }
}
