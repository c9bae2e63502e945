const R: &mut u8 = &mut 0;
fn main() {}
