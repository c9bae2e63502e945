//@ run-pass
// Triangle numbers: by a loop, by formula, and the inverse test.

fn triangle(n: u64) -> u64 {
    n * (n + 1) / 2
}

fn triangle_loop(n: u64) -> u64 {
    let mut sum = 0;
    let mut i = 1;
    while i <= n {
        sum += i;
        i += 1;
    }
    sum
}

fn is_triangular(t: u64) -> bool {
    let mut n = 0;
    loop {
        let x = triangle(n);
        if x == t {
            return true;
        }
        if x > t {
            return false;
        }
        n += 1;
    }
}

fn main() {
    let mut n = 1;
    while n <= 10 {
        print!("{} ", triangle(n));
        n += 1;
    }
    println!("");
    println!("{} {}", triangle(1000), triangle_loop(1000));
    println!("{}", triangle(4000000000));
    let mut t = 0;
    while t <= 30 {
        if is_triangular(t) {
            println!("{} is triangular", t);
        }
        t += 1;
    }
    // The first triangle number with more than 100 divisors.
    let mut k = 1;
    loop {
        let tk = triangle(k);
        let mut divisors = 0;
        let mut d = 1;
        while d * d <= tk {
            if tk % d == 0 {
                divisors += if d * d == tk { 1 } else { 2 };
            }
            d += 1;
        }
        if divisors > 100 {
            println!("T({}) = {} has {} divisors", k, tk, divisors);
            break;
        }
        k += 1;
    }
}
