//@ run-fail
fn main() {
    let x = 2.5f64;
    assert_eq!(x, 2.5);
    assert!(x > 3.0, "x = {:.1}", x);
}
