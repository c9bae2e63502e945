fn main() {
    let x = "\q";
    let y = 0x;
    let z = 1e;
    let w = 0b102;
}
