enum Shape { Point(i32, i32) }
fn f(s: Shape) {
    let Shape::Point(x) = s;
}
fn main() {}
