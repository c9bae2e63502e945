// Sieve of Eratosthenes (sieve.rs) written in rac's current subset: a fixed-size [bool; N] on the
// stack instead of a Vec, sieved 50 times (indexing, bool stores, nested loops, wrapping_mul).
// Prints the prime count and a checksum.

const LIMIT: usize = 2_000_000;
const SIZE: usize = 2_000_001;

fn sieve(is_prime: &mut [bool]) {
    let limit = is_prime.len() - 1;
    for k in 0..is_prime.len() {
        is_prime[k] = true;
    }
    is_prime[0] = false;
    is_prime[1] = false;
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
}

fn main() {
    let mut is_prime = [true; SIZE];
    let mut count: u64 = 0;
    let mut checksum: u64 = 0;
    for round in 0..50 {
        sieve(&mut is_prime);
        count = 0;
        for n in 0..is_prime.len() {
            if is_prime[n] {
                count += 1;
                checksum = checksum.wrapping_mul(31).wrapping_add(n as u64 + round);
            }
        }
    }
    println!("primes up to {}: {}", LIMIT, count);
    println!("checksum: {}", checksum);
}
