trait Source { type Item; }
fn f<T: Source<Itme = u8>>(t: T) {}
fn main() {}
