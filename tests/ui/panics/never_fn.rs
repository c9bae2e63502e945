//@ run-fail
fn fail(n: i32) -> ! {
    panic!("failing with {}", n)
}

fn check(n: i32) -> i32 {
    if n < 0 {
        fail(n);
    }
    n * 2
}

fn main() {
    println!("{}", check(4));
    println!("{}", check(-1));
}
