// Longest Collatz sequence below a fixed limit, in rac's current subset (u64, while, if).

fn collatz_len(start: u64) -> u64 {
    let mut n = start;
    let mut steps: u64 = 1;
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
    let limit: u64 = 1500000;
    let mut best: u64 = 1;
    let mut best_len: u64 = 1;
    let mut total: u64 = 0;
    let mut i: u64 = 1;
    while i < limit {
        let len = collatz_len(i);
        total += len;
        if len > best_len {
            best = i;
            best_len = len;
        }
        i += 1;
    }
    println!("longest below {}: {} ({} terms)", limit, best, best_len);
    println!("total terms: {}", total);
}
