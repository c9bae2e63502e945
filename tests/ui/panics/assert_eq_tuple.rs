//@ run-fail
fn main() {
    let a = (1, "x");
    assert_eq!(a, (1, "y"));
}
