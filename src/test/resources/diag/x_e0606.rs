fn main() {
    let x = &0u8;
    let y = x as u32;
}