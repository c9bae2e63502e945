//@ run-pass
// `const` items: evaluated at compile time, used from other consts and from modules, with casts,
// negation, logic and shifts; an unused one gets rustc's dead_code warning.

const MAX: u32 = 10 * 4 + 2;
const NEG: i64 = -(MAX as i64) * 3;
const ON: bool = MAX > 40 && NEG < 0;
const MASK: u8 = (1 << 7) | 1;
const UNUSED: i32 = 7; //~ WARN constant `UNUSED` is never used

mod limits {
    pub const K: u8 = 200;
    pub const BIG: u64 = super::MAX as u64 * 1_000_000_000;
}

fn scale(x: u32) -> u32 {
    x * MAX
}

fn main() {
    println!("{} {} {} {}", MAX, NEG, ON, limits::K);
    println!("{} {}", MASK, limits::BIG);
    println!("{}", scale(2));
    let mut total: u64 = 0;
    let mut i = 0;
    while i < MAX {
        total += i as u64;
        i += 1;
    }
    println!("{}", total);
}
