mod m { pub struct P { secret: i32 } }
fn main() { let p = m::P { secret: 1 }; }