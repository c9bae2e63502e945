//@ run-fail
// The signed wrapping_rem's zero check panics inside core (the unsigned one at the call).
fn main() {
    let z: i16 = 0;
    println!("{}", 7i16.wrapping_rem(2));
    println!("{}", 7i16.wrapping_rem(z));
}
