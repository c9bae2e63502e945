//@ run-fail
fn main() {
    let x: u16 = 30000;
    println!("{}", x.next_power_of_two());
    let y: u16 = 40000;
    println!("{}", y.next_power_of_two());
}
