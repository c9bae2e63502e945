fn outer() {
    let n = 1;
    fn inner() -> i32 { n }
}
fn main() {}
