1
fn main() {}
