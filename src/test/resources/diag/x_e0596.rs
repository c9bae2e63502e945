fn main() {
    let v = Vec::new();
    v.push(1);
}