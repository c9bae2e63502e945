fn main() {
    1 = 2;
}
