fn main() {
    let _z = 1 + "a";
}
