fn main() {
    let t = (1, 2);
    let u = t.0usize;
    let v = t.1;
}
