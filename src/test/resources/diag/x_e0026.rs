struct P { x: i32 }
fn f(p: P) {
    let P { z } = p;
}
fn main() {}
