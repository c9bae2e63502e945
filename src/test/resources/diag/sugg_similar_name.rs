fn main() {
    let counter = 1;
    let _ = countr + 1;
}
