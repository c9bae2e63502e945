struct P { x: i32, y: i32 }
fn f(p: P) {
    let P { x } = p;
}
fn main() {}
