fn main() {
    if x {} else if {}
}
