fn g(x: i32) {
    let _ = match x {
        1 => 2,
        _ => "a",
    };
}
fn main() {}
