//@ run-pass
// return from the middle of loops and nested ifs.

fn smallest_divisor(n: u32) -> u32 {
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return d;
        }
        d += 1;
    }
    n
}

fn first_multiple_above(k: i64, limit: i64) -> i64 {
    let mut x = 0;
    loop {
        x += k;
        if x > limit {
            return x;
        }
    }
}

fn classify(n: i32) -> i32 {
    if n < 0 {
        if n < -100 {
            return -2;
        }
        return -1;
    }
    if n == 0 {
        return 0;
    }
    return 1;
}

fn print_factors(mut n: u32) {
    if n < 2 {
        println!("{} has no prime factors", n);
        return;
    }
    print!("{} =", n);
    while n > 1 {
        let d = smallest_divisor(n);
        print!(" {}", d);
        n /= d;
    }
    println!("");
}

fn main() {
    println!("{} {} {} {}", smallest_divisor(91), smallest_divisor(97), smallest_divisor(1024), smallest_divisor(2));
    println!("{}", first_multiple_above(7, 100));
    println!("{} {} {} {}", classify(-500), classify(-5), classify(0), classify(5));
    print_factors(1);
    print_factors(360);
    print_factors(9699690);
    print_factors(2147483647);
}
