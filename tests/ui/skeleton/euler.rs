//@ run-pass
// A few small Project Euler problems.

fn multiples_of_3_or_5(limit: u32) -> u32 {
    let mut sum = 0;
    let mut i = 1;
    while i < limit {
        if i % 3 == 0 || i % 5 == 0 {
            sum += i;
        }
        i += 1;
    }
    sum
}

fn even_fibonacci_sum(limit: u64) -> u64 {
    let mut a = 1;
    let mut b = 2;
    let mut sum = 0;
    while a <= limit {
        if a % 2 == 0 {
            sum += a;
        }
        let c = a + b;
        a = b;
        b = c;
    }
    sum
}

fn largest_prime_factor(mut n: u64) -> u64 {
    let mut d = 2;
    let mut largest = 1;
    while d * d <= n {
        while n % d == 0 {
            largest = d;
            n /= d;
        }
        d += 1;
    }
    if n > 1 { n } else { largest }
}

fn square_difference(n: i64) -> i64 {
    let mut sum = 0;
    let mut sum_sq = 0;
    let mut i = 1;
    while i <= n {
        sum += i;
        sum_sq += i * i;
        i += 1;
    }
    sum * sum - sum_sq
}

fn main() {
    println!("1: {}", multiples_of_3_or_5(1000));
    println!("2: {}", even_fibonacci_sum(4000000));
    println!("3: {}", largest_prime_factor(600851475143));
    println!("6: {}", square_difference(100));
}
