fn main() {
    let p = (1, 2);
    p.0 = 3;
}