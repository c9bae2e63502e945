//@ check-fail
mod m {
    pub const K: u8 = 200;
}

const BAD: u8 = m::K + 100; //~ ERROR attempt to compute `200_u8 + 100_u8`, which would overflow
const ZERO: i32 = 10 / (5 - 5); //~ ERROR attempt to divide `10_i32` by zero

fn main() {
    println!("{} {}", BAD, ZERO);
}
