//@ run-fail
fn main() {
    let x: i32 = -7;
    println!("{}", x.rem_euclid(3));
    let z = x + 7;
    println!("{}", x.rem_euclid(z));
}
