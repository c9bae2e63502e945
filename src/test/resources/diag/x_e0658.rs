fn main() {
    let x: ! = panic!();
}