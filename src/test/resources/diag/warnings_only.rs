fn foo() {}
fn bar() {}
fn main() {}
