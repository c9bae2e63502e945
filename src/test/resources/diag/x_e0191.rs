trait Source { type Item; }
fn f(s: &dyn Source) {}
fn main() {}
