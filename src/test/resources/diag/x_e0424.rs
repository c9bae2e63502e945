struct S;
impl S {
    fn f() { self.g(); }
    fn g(&self) {}
}
fn main() {}
