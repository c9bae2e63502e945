//@ run-fail
// u8 multiplication past 255 panics, in a loop computing powers.

fn main() {
    let mut p: u8 = 1;
    let mut i = 0;
    while i < 10 {
        println!("3^{} = {}", i, p);
        p *= 3;
        i += 1;
    }
}
