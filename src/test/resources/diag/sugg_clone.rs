fn main() {
    let v = vec![1];
    let w = v;
    let _u = v;
    let _ = w;
}
