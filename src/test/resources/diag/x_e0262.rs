fn f<'static>(x: &'static str) {}
fn main() {}
