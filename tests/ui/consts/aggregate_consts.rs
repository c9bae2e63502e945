//@ run-pass
// Struct, tuple and array consts (computed by calling the initializer's MIR), x += &y on numbers.
const PRIMES: [u32; 5] = [2, 3, 5, 7, 11];
const ORIGIN: (i32, i32) = (0, 0);

#[derive(Debug)]
struct Config { depth: u8, name: &'static str }
const DEFAULT: Config = Config { depth: 3, name: "default" };

fn main() {
    let mut s = 0;
    for p in PRIMES.iter() {
        s += p;
    }
    println!("{} {:?} {:?} {}", s, ORIGIN, DEFAULT, PRIMES[2]);
    println!("{} {}", DEFAULT.depth, DEFAULT.name);
}
