struct P {
    x: i32
    y: i32,
}
fn main() {}
