fn show<T: std::fmt::Display>(t: T) {}
struct S;
fn main() { show(S); }