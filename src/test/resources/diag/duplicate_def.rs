struct Foo;
fn main() {}


struct Foo;
