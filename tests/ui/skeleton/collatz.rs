//@ run-pass
// Lengths of Collatz sequences; the longest below 10000.

fn collatz_len(start: u64) -> u32 {
    let mut n = start;
    let mut steps: u32 = 0;
    while n != 1 {
        if n % 2 == 0 {
            n = n / 2;
        } else {
            n = 3 * n + 1;
        }
        steps += 1;
    }
    steps
}

fn main() {
    let mut i: u64 = 1;
    while i <= 15 {
        println!("collatz({}) takes {} steps", i, collatz_len(i));
        i += 1;
    }
    let mut best: u64 = 1;
    let mut best_len: u32 = 0;
    let mut j: u64 = 1;
    while j < 10000 {
        let len = collatz_len(j);
        if len > best_len {
            best = j;
            best_len = len;
        }
        j += 1;
    }
    println!("longest below 10000: {} with {} steps", best, best_len);
}
