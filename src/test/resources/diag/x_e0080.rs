const X: u8 = 255 + 1;
fn main() {}
