//@ run-pass
// Palindromic numbers in base 10 and base 2, and the largest palindrome product of 3-digit numbers.

fn reverse_in_base(mut n: u64, base: u64) -> u64 {
    let mut r = 0;
    while n > 0 {
        r = r * base + n % base;
        n /= base;
    }
    r
}

fn is_palindrome(n: u64, base: u64) -> bool {
    n == reverse_in_base(n, base)
}

fn main() {
    let mut sum: u64 = 0;
    let mut n: u64 = 1;
    while n < 1000000 {
        if is_palindrome(n, 10) && is_palindrome(n, 2) {
            print!("{} ", n);
            sum += n;
        }
        n += 1;
    }
    println!("");
    println!("sum {}", sum);
    let mut best: u64 = 0;
    let mut a: u64 = 999;
    while a >= 100 {
        let mut b = a;
        while b >= 100 {
            let p = a * b;
            if p <= best {
                break;
            }
            if is_palindrome(p, 10) {
                best = p;
            }
            b -= 1;
        }
        a -= 1;
    }
    println!("largest palindrome product {}", best);
}
