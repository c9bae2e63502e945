struct S;
impl S { fn size(&self) -> u8 { 1 } }
fn main() { let n = S.size; }