struct Empty<T>;
fn main() {}
