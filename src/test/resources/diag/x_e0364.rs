mod m { pub(crate) fn f() {} }
pub use m::f;
fn main() {}
