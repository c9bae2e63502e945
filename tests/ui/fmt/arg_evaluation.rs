//@ run-pass
// Format arguments are evaluated once each, in the order they are written, however often and in
// whatever order the format string uses them.

fn noisy(n: i32) -> i32 {
    println!("evaluating {}", n);
    n
}

fn width() -> usize {
    println!("evaluating width");
    6
}

fn main() {
    println!("{1} {0} {1} {0}", noisy(1), noisy(2));
    println!("[{0:1$}] [{0:>1$}]", noisy(3), width());
    let x = 5;
    println!("{x} {x:?} {x:>w$}", w = width());
}
