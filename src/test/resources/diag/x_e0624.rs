mod m { pub struct S; impl S { fn secret(&self) {} } }
fn main() { m::S.secret(); }