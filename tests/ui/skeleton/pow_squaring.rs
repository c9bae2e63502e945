//@ run-pass
// Exponentiation by squaring, plain and modular, checked against repeated multiplication.

fn pow(mut base: u64, mut exp: u32) -> u64 {
    let mut result: u64 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            result *= base;
        }
        exp >>= 1;
        if exp > 0 {
            base *= base;
        }
    }
    result
}

fn pow_slow(base: u64, exp: u32) -> u64 {
    let mut result: u64 = 1;
    let mut i = 0;
    while i < exp {
        result = result * base;
        i += 1;
    }
    result
}

fn pow_mod(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut result: u64 = 1 % m;
    base %= m;
    while exp != 0 {
        if exp % 2 == 1 {
            result = result * base % m;
        }
        base = base * base % m;
        exp /= 2;
    }
    result
}

fn main() {
    println!("2^10 = {}", pow(2, 10));
    println!("3^40 = {}", pow(3, 40));
    println!("2^63 = {}", pow(2, 63));
    println!("7^0 = {}", pow(7, 0));
    println!("10^19 = {} {}", pow(10, 19), pow(10, 19) == pow_slow(10, 19));
    println!("5^27 agrees: {}", pow(5, 27) == pow_slow(5, 27));
    println!("2^1000000 mod 1000000007 = {}", pow_mod(2, 1000000, 1000000007));
    println!("3^(10^18) mod 998244353 = {}", pow_mod(3, 1000000000000000000, 998244353));
    println!("anything mod 1 = {}", pow_mod(12345, 678, 1));
}
