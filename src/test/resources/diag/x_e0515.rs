fn make() -> &'static str {
    let s = String::from("x");
    &s
}
fn main() {}
