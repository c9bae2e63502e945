mod inner { pub fn f() {} }
pub use inner as outer;
fn main() {}
