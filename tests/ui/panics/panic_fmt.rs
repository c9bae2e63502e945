//@ run-fail
fn f(n: i32) -> i32 {
    if n > 2 {
        panic!("too big: {}", n)
    }
    n
}

fn main() {
    println!("{}", f(1));
    f(5);
}
