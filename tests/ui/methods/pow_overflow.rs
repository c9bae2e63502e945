//@ run-fail
// rustc reports the overflow inside core (core/src/num/mod.rs), not at the call.
fn main() {
    let x: i32 = 1000;
    println!("{}", x.pow(2));
    println!("{}", x.pow(4));
}
