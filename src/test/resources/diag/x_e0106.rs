struct Holder { r: &str }
fn main() {}
