fn f() -> u32 {
    return;
}
fn main() {}
