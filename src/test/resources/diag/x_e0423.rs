struct P { x: i32 }
fn main() { let p = P(1); }