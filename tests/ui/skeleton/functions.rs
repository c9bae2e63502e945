//@ run-pass
// Functions with several parameters of different types, unit-returning functions and nested calls.

fn add3(a: i64, b: i64, c: i64) -> i64 {
    a + b + c
}

fn mix(flag: bool, a: u8, b: u16, c: u32, d: i16) -> u32 {
    if flag {
        c + 1
    } else {
        c * 2 + 1 + if a > 0 { 1 } else { 0 } + if b > 0 { 1 } else { 0 } + if d < 0 { 1 } else { 0 }
    }
}

fn greet(times: u32) {
    let mut i = 0;
    while i < times {
        println!("hello number {}", i + 1);
        i += 1;
    }
}

fn nothing() {}

fn explicit_unit() -> () {
    println!("explicit unit");
}

fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    println!("{}", add3(1, 2, 3));
    println!("{}", add3(add3(1, 1, 1), add3(2, 2, 2), -100));
    println!("{} {}", mix(true, 1, 2, 3, 4), mix(false, 1, 2, 3, -4));
    greet(3);
    nothing();
    explicit_unit();
    println!("{}", square(square(square(3))));
    println!("{}", square(-46340));
}
