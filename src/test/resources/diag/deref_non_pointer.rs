fn main() {
    let a = 5u32;
    let _b = *a;
}
