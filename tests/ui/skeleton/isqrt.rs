//@ run-pass
// Integer square roots by bisection and by Newton's method.

fn isqrt_bisect(n: u64) -> u64 {
    let mut lo: u64 = 0;
    let mut hi: u64 = 4294967296;
    // invariant: lo * lo <= n < hi * hi
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if mid * mid <= n {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

fn isqrt_newton(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    let mut x = n;
    let mut y = (x + 1) / 2;
    while y < x {
        x = y;
        y = (x + n / x) / 2;
    }
    x
}

fn main() {
    let mut n: u64 = 0;
    while n <= 20 {
        print!("{} ", isqrt_bisect(n));
        n += 1;
    }
    println!("");
    println!("isqrt(1000000) = {}", isqrt_bisect(1000000));
    println!("isqrt(999999) = {}", isqrt_bisect(999999));
    println!("isqrt(2^62) = {}", isqrt_bisect(4611686018427387904));
    println!("isqrt(max) = {}", isqrt_bisect(18446744073709551615));
    let mut m: u64 = 1;
    let mut agree = true;
    while m < 100000000000 {
        if isqrt_bisect(m) != isqrt_newton(m) {
            agree = false;
        }
        m = m * 3 + 1;
    }
    println!("bisection and newton agree: {}", agree);
}
