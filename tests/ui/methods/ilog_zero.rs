//@ run-fail
// The panic is at the call (core's ilog2 is #[track_caller]).
fn main() {
    let x: u32 = 1;
    println!("{}", x.ilog2());
    let z = x - 1;
    println!("{}", z.ilog10());
}
