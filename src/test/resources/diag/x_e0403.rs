fn f<T, T>(a: T) {}
fn main() {}
