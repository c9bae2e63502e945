fn f(v: &Vec<String>) -> String {
    v[0]
}
fn main() {}
