fn take(_v: &String) {}
fn main() {
    let s = String::new();
    take(s);
}
