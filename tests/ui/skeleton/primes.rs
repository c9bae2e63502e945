//@ run-pass
// Primes by trial division: list those below 100, count those below 10000, find the 1000th.

fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    if n % 2 == 0 {
        return n == 2;
    }
    let mut d = 3;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 2;
    }
    true
}

fn main() {
    let mut n = 0;
    while n < 100 {
        if is_prime(n) {
            print!("{} ", n);
        }
        n += 1;
    }
    println!("");
    let mut count = 0;
    let mut m = 0;
    while m < 10000 {
        if is_prime(m) {
            count += 1;
        }
        m += 1;
    }
    println!("{} primes below 10000", count);
    let mut found = 0;
    let mut candidate = 1;
    loop {
        candidate += 1;
        if is_prime(candidate) {
            found += 1;
            if found == 1000 {
                break;
            }
        }
    }
    println!("the 1000th prime is {}", candidate);
}
