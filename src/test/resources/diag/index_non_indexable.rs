fn main() {
    let a = 5u8;
    let _ = a[0];
}
