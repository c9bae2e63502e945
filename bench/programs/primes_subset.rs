// Prime counting by trial division, in rac's current subset (u64 division and remainder, loops).

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    if n % 2 == 0 {
        return n == 2;
    }
    let mut d: u64 = 3;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 2;
    }
    true
}

fn main() {
    let limit: u64 = 3000000;
    let mut count: u64 = 0;
    let mut last: u64 = 0;
    let mut sum: u64 = 0;
    let mut n: u64 = 0;
    while n < limit {
        if is_prime(n) {
            count += 1;
            last = n;
            sum += n;
        }
        n += 1;
    }
    println!("primes below {}: {}", limit, count);
    println!("largest: {}", last);
    println!("sum: {}", sum);
}
