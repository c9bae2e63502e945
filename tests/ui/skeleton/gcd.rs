//@ run-pass
// Greatest common divisor, recursive and iterative, and the least common multiple built on it.

fn gcd_rec(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd_rec(b, a % b)
    }
}

fn gcd_iter(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    a
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd_iter(a, b) * b
}

fn main() {
    println!("gcd(48, 18) = {}", gcd_rec(48, 18));
    println!("gcd(18, 48) = {}", gcd_iter(18, 48));
    println!("gcd(17, 5) = {}", gcd_rec(17, 5));
    println!("gcd(0, 9) = {}", gcd_iter(0, 9));
    println!("gcd(1071, 462) = {} {}", gcd_rec(1071, 462), gcd_iter(1071, 462));
    let mut n: u64 = 1;
    let mut k: u64 = 1;
    while k <= 20 {
        n = lcm(n, k);
        k += 1;
    }
    println!("lcm(1..=20) = {}", n);
}
