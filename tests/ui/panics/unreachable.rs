//@ run-fail
fn main() {
    let x: u8 = 1;
    match x {
        0 => {}
        _ => unreachable!(),
    }
}
