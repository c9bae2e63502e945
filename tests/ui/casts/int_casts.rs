//@ run-pass
// `as` between integer types truncates, sign-extends or zero-extends like rustc; bool casts to 0/1.

fn main() {
    let a = 300i32 as u8;
    let b = -1i32 as u32;
    let c = true as i64;
    let d = false as u8;
    let e = -1i8 as u64;
    let f = 255u8 as i8;
    let g = 65536 + 7;
    let h = g as u16;
    let i = -129i64 as i8;
    let j = (1u64 << 40) as i32;
    let k = 4000000000u32 as i32;
    println!("{} {} {} {} {}", a, b, c, d, e);
    println!("{} {} {} {} {}", f, h, i, j, k);
    let mut sum: u64 = 0;
    let mut n: u8 = 250;
    while n > 0 {
        sum += n as u64;
        n -= 50;
    }
    println!("{}", sum);
    println!("{}", (7 > 3) as usize + (2 > 9) as usize);
}
