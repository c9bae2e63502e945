//@ run-pass
//@ compile-flags: -O
// Without overflow checks pow, abs and next_power_of_two wrap, as in rustc's release builds.
fn main() {
    let x: i32 = 100000;
    println!("{}", x.pow(3));
    let m = i32::MIN;
    println!("{}", m.abs());
    let u: u8 = 200;
    println!("{}", u.next_power_of_two());
    println!("{}", 3u64.pow(50));
}
