fn main() { let x = a b; }
