// Longest Collatz sequence below N (u64 arithmetic, a data-dependent loop).
// Usage: collatz [N]   (default 2_000_000).
// bench-debug-args: 1000000   (the size compare.py passes to debug builds, which run 5-20x slower)

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 1;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let limit: u64 = std::env::args().nth(1).map(|s| s.parse().unwrap()).unwrap_or(2_000_000);
    let mut best = 1;
    let mut best_len = 1;
    let mut total: u64 = 0;
    for i in 1..limit {
        let len = collatz_len(i);
        total += len as u64;
        if len > best_len {
            best = i;
            best_len = len;
        }
    }
    println!("longest below {}: {} ({} terms)", limit, best, best_len);
    println!("total terms: {}", total);
}
