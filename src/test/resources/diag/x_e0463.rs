extern crate no_such_crate;
fn main() {}
