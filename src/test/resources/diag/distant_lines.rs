fn f(a: u32) -> u32 {
    let b = a + 1;
    let c = b + 1;
    let d = c + 1;
    let e = d + 1;
    if e > 3 {
        "x"
    } else {
        4
    }
}
fn main() {}
