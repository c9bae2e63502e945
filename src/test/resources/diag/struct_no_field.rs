struct P { x: i32 }
fn main() {
    let _p = P { x: 1, zzzzzz: 2 };
}
