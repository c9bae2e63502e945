fn main() {
    if true {
        foo();
}
