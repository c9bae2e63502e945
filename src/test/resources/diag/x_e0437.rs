trait T {}
struct S;
impl T for S { type Extra = u8; }
fn main() {}
