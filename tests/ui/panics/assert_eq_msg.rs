//@ run-fail
fn main() {
    let x = 3;
    assert!(x == 3);
    assert_eq!(x + 1, 4);
    assert_ne!(x, 4, "x was {}", x);
    let a = (1, "x");
    assert!(a == (1, "x"));
    println!("ok");
    assert_eq!(x, 5, "custom {}", "msg");
}
