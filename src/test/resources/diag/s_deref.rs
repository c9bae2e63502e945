fn main() {
    let a = &5;
    let b: i32 = a;
    let _ = b;
}
