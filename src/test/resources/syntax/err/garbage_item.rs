struct S;
foo
fn main() {}
