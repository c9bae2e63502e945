trait T { fn go(&self); }
struct S;
impl T for S {
    fn go(&self) {}
    fn go(&self) {}
}
fn main() {}
