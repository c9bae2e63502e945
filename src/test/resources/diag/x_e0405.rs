struct S;
impl Flyable for S {}
fn main() {}
