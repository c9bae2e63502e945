fn f() -> i32 {
    let a = 1;
    a + 1;
}
fn main() {}
