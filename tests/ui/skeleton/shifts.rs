//@ run-pass
// Shifts: logical on unsigned, arithmetic on signed, by amounts up to the width minus one.

fn main() {
    let one: u64 = 1;
    let mut s = 0;
    while s < 64 {
        if s % 9 == 0 || s == 63 {
            println!("1 << {} = {}", s, one << s);
        }
        s += 1;
    }
    let neg: i32 = -1000;
    println!("{} {} {}", neg >> 1, neg >> 4, neg >> 31);
    let pos: i32 = 1000;
    println!("{} {} {}", pos >> 1, pos >> 4, pos << 20);
    let u: u32 = 4294967295;
    println!("{} {}", u >> 31, u << 31);
    let b: u8 = 129;
    println!("{} {}", b >> 7, b << 7);
    let m: i8 = -128;
    println!("{} {}", m >> 7, m >> 1);
    let mut x: u16 = 1;
    x <<= 15;
    println!("{}", x);
    x >>= 3;
    println!("{}", x);
}
