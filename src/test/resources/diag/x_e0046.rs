trait Speak { fn speak(&self); }
struct Dog;
impl Speak for Dog {}
fn main() {}
