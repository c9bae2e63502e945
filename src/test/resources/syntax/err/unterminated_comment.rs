fn main() {
    /* never closed
}
