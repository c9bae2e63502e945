struct Pair<T>(T, T);
fn f(p: Pair<i32, i32>) {}
fn main() {}
