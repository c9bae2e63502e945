//@ check-fail
fn main() {
    let _e = "x" as i32; //~ ERROR casting `&'static str` as `i32` is invalid
}
