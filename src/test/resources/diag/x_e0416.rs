fn main() {
    let (a, a) = (1, 2);
}