fn foo() {}
fn main() {}
