fn h(x: i32) -> i32 {
    match x {
        1 => if x > 0 {
            1
        } else {
            "b"
        },
        _ => 3,
    }
}
fn main() {}
