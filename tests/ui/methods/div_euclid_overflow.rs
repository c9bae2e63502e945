//@ run-fail
fn main() {
    let x: i8 = -128;
    println!("{}", x.div_euclid(2));
    let m = 1 - 2;
    println!("{}", x.div_euclid(m));
}
