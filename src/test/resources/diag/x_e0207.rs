struct S;
impl<T> S { fn f() {} }
fn main() {}
