mod m { pub struct P { secret: i32 } impl P { pub fn new() -> P { P { secret: 0 } } } }
fn main() { let s = m::P::new().secret; }