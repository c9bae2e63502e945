fn main() { f(1 2); }
