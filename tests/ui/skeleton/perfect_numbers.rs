//@ run-pass
// Perfect, abundant and deficient numbers by summing proper divisors.

fn sum_proper_divisors(n: u32) -> u32 {
    if n == 1 {
        return 0;
    }
    let mut sum = 1;
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            sum += d;
            let other = n / d;
            if other != d {
                sum += other;
            }
        }
        d += 1;
    }
    sum
}

fn main() {
    let mut n = 1;
    let mut abundant = 0;
    let mut deficient = 0;
    while n <= 10000 {
        let s = sum_proper_divisors(n);
        if s == n {
            println!("{} is perfect", n);
        } else if s > n {
            abundant += 1;
        } else {
            deficient += 1;
        }
        n += 1;
    }
    println!("{} abundant, {} deficient", abundant, deficient);
    // Amicable pairs below 3000.
    let mut a = 2;
    while a < 3000 {
        let b = sum_proper_divisors(a);
        if b > a && sum_proper_divisors(b) == a {
            println!("amicable: {} {}", a, b);
        }
        a += 1;
    }
}
