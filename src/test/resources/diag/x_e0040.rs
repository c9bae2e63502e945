struct S;
impl Drop for S { fn drop(&mut self) {} }
fn f(s: S) {
    s.drop();
}
fn main() {}
