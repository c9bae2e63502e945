fn take(_v: u32) {}
fn main() {
    let x = 5i64;
    take(x);
}
