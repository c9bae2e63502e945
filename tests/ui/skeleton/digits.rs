//@ run-pass
// Digit sums, digital roots, digit counts and reversed numbers.

fn digit_sum(mut n: u64) -> u64 {
    let mut sum = 0;
    while n > 0 {
        sum += n % 10;
        n /= 10;
    }
    sum
}

fn digital_root(n: u64) -> u64 {
    let mut r = n;
    while r >= 10 {
        r = digit_sum(r);
    }
    r
}

fn count_digits(n: u64) -> u32 {
    if n < 10 {
        return 1;
    }
    1 + count_digits(n / 10)
}

fn reverse(mut n: u64) -> u64 {
    let mut r = 0;
    while n != 0 {
        r = r * 10 + n % 10;
        n = n / 10;
    }
    r
}

fn main() {
    let zero: u64 = 0;
    println!("{} {} {} {}", zero, digit_sum(zero), digital_root(zero), count_digits(zero));
    let mut n: u64 = 7;
    while n < 1000000000000000000 {
        println!("{}: sum {} root {} digits {} reversed {}", n, digit_sum(n), digital_root(n),
            count_digits(n), reverse(n));
        n = n * 13 + 5;
    }
}
