fn main() {
    let v = vec![1, 2];
    let _ = v.lenn();
}
