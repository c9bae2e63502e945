fn main() {
    if x { 1 } elif y { 2 }
}
