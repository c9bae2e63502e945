//@ run-pass
//@ compile-flags: -O
// An optimised build: same output, overflow wraps (no debug assertions with -O).

fn sum_to(n: u64) -> u64 {
    let mut s = 0;
    let mut i = 1;
    while i <= n {
        s += i;
        i += 1;
    }
    s
}

fn wrap(a: u32, b: u32) -> u32 {
    a + b
}

fn main() {
    println!("{}", sum_to(1000000));
    println!("{}", wrap(4294967295, 2));
}
