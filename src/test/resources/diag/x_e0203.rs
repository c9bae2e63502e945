fn f<T: ?Sized + ?Sized>(t: &T) {}
fn main() {}
