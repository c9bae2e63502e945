unsafe fn danger() {}
fn main() { danger(); }