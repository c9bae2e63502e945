use something::missing;
fn main() {}
