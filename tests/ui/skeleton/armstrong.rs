//@ run-pass
// Armstrong (narcissistic) numbers: equal to the sum of their digits each raised to the number of digits.

fn power(base: u64, exp: u32) -> u64 {
    let mut r = 1;
    let mut i = 0;
    while i < exp {
        r *= base;
        i += 1;
    }
    r
}

fn digits(mut n: u64) -> u32 {
    let mut count = 0;
    loop {
        count += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    count
}

fn is_armstrong(n: u64) -> bool {
    let k = digits(n);
    let mut rest = n;
    let mut sum = 0;
    while rest > 0 {
        sum += power(rest % 10, k);
        rest /= 10;
    }
    sum == n
}

fn main() {
    let mut n = 0;
    while n < 1000000 {
        if is_armstrong(n) {
            println!("{}", n);
        }
        n += 1;
    }
}
