fn main() {
    let x: impl Clone = 1;
}