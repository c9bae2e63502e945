//@ check-fail
// The else block of `let`-`else` must diverge.

fn get(n: i32) -> i32 {
    let 1..=9 = n else { 2 }; //~ ERROR `else` clause of `let...else` does not diverge
    let (a, 0) = (n, n) else { return 0; };
    a
}

fn main() {
    println!("{}", get(3));
}
