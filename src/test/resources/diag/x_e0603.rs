mod m { fn hidden() {} }
fn main() { m::hidden(); }