struct S;
impl S { fn go(&self) {} }
impl S { fn go(&self) {} }
fn main() {}
