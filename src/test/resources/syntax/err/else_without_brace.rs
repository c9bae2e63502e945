fn main() {
    if x {} else y {}
}
