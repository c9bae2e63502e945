//@ run-pass
// Every arithmetic operator on signed integers, including negative division and remainder,
// which truncate toward zero.

fn show(a: i32, b: i32) {
    println!("{} + {} = {}", a, b, a + b);
    println!("{} - {} = {}", a, b, a - b);
    println!("{} * {} = {}", a, b, a * b);
    println!("{} / {} = {}", a, b, a / b);
    println!("{} % {} = {}", a, b, a % b);
}

fn main() {
    show(17, 5);
    show(-17, 5);
    show(17, -5);
    show(-17, -5);
    show(0, 7);
    show(46340, 46341);
    show(-2147483647, -1);
    let x = 7;
    let y = -x;
    let z = -(-x);
    println!("{} {} {}", x, y, z);
    println!("{}", -x * -x - -x);
    println!("{}", 2 + 3 * 4 - 10 / 3 % 2);
    println!("{}", (2 + 3) * (4 - 10) / 3);
    let big: i64 = 9000000000;
    println!("{}", big * 1000000000 / 7);
    println!("{}", -big % 1000000007);
}
