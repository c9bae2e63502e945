trait Source { type Item; }
struct S;
impl Source for S { type Item = u8; }
fn f(x: S::Item) {}
fn main() {}
