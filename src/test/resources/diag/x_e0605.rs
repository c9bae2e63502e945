fn main() {
    let v = vec![1u8];
    let n = v as u32;
}