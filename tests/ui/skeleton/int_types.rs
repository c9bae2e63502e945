//@ run-pass
// Each integer type at its extremes, and arithmetic that stays in range.

fn main() {
    let a: i8 = -128;
    let b: i8 = 127;
    println!("i8: {} {} {}", a, b, a + b);
    let c: u8 = 255;
    let d: u8 = 0;
    println!("u8: {} {} {}", c, d, c - 55 + d);
    let e: i16 = -32768;
    let f: u16 = 65535;
    println!("i16: {} u16: {}", e, f);
    println!("{} {}", e / 256, f / 256);
    let g: i32 = -2147483648;
    let h: u32 = 4294967295;
    println!("i32: {} u32: {}", g, h);
    println!("{} {}", g + 1, h - 1);
    let i: i64 = -9223372036854775808;
    let j: u64 = 18446744073709551615;
    println!("i64: {} u64: {}", i, j);
    println!("{} {}", i / 2, j / 3);
    let k: isize = -9223372036854775807;
    let l: usize = 18446744073709551615;
    println!("isize: {} usize: {}", k - 1, l);
    let small: u8 = 3;
    let mut acc: u8 = 1;
    let mut n = 0;
    while n < 5 {
        acc *= small;
        n += 1;
    }
    println!("3^5 in u8 = {}", acc);
    let neg: i16 = -300;
    println!("{} {} {}", neg % 7, neg / 7, neg * 100);
}
