fn main() {
    let count = 5;
}
