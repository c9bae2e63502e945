struct S;
fn main() { S.fly(); }