//@ run-fail
// Integer division by zero panics.

fn divide(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    let mut d = 3;
    while d >= 0 {
        println!("100 / {} = {}", d, divide(100, d));
        d -= 1;
    }
}
