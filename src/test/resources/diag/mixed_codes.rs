fn unused_fn() {}
fn main() {
    let x: i32 = "hello";
    let y = qqq_undefined_value;
    let z = 1 + "a";
}
