fn main() {
    a < b < c;
}
