fn main() {
    x.;
}
