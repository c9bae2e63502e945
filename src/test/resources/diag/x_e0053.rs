trait T { fn f(&self, x: u8); }
struct S;
impl T for S { fn f(&self, x: u16) {} }
fn main() {}
