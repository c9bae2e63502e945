//@ run-pass
// std::mem::swap and std::mem::replace from library/std; references to constants are promoted to static memory (valid after the function returns).
use std::mem;

fn five() -> &'static i32 {
    &5
}

const LIMIT: u64 = 1 << 40;

fn limit() -> &'static u64 {
    &LIMIT
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let mut p = (1, 'x');
    let old = std::mem::replace(&mut p, (2, 'y'));
    println!("{:?} {:?}", old, p);
    println!("{} {}", five(), limit());
}
