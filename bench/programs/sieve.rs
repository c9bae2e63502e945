// Sieve of Eratosthenes over a Vec<bool>, repeated (indexing, bool stores, nested loops).
// Usage: sieve [LIMIT]   (default 50_000_000). Prints the prime count and a checksum.
// bench-debug-args: 10000000   (the size compare.py passes to debug builds, which run 5-20x slower)

fn sieve(limit: usize) -> Vec<bool> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= limit {
        if is_prime[i] {
            let mut j = i * i;
            while j <= limit {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    is_prime
}

fn main() {
    let limit: usize = std::env::args().nth(1).map(|s| s.parse().unwrap()).unwrap_or(50_000_000);
    let is_prime = sieve(limit);
    let mut count: u64 = 0;
    let mut checksum: u64 = 0;
    for (n, &p) in is_prime.iter().enumerate() {
        if p {
            count += 1;
            checksum = checksum.wrapping_mul(31).wrapping_add(n as u64);
        }
    }
    println!("primes up to {}: {}", limit, count);
    println!("checksum: {}", checksum);
}
