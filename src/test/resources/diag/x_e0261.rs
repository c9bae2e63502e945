fn first(x: &'a str) -> &'a str { x }
fn main() {}
