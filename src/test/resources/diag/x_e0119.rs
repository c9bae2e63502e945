trait Greet {}
impl<T> Greet for T {}
impl Greet for u8 {}
fn main() {}
