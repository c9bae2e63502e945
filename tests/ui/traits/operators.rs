//@ run-pass
// Operator traits on program types: Add/Sub/Mul with Self::Output, Neg, AddAssign, mixed operand types.
use std::ops::{Add, Mul, Neg, Sub, AddAssign};
use std::fmt;
#[derive(Debug, Clone, Copy, PartialEq)]
struct V { x: f64, y: f64 }
impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V { V { x: self.x + o.x, y: self.y + o.y } }
}
impl Sub for V {
    type Output = Self;
    fn sub(self, o: Self) -> Self::Output { V { x: self.x - o.x, y: self.y - o.y } }
}
impl Mul<f64> for V {
    type Output = V;
    fn mul(self, k: f64) -> V { V { x: self.x * k, y: self.y * k } }
}
impl Neg for V {
    type Output = V;
    fn neg(self) -> V { V { x: -self.x, y: -self.y } }
}
impl AddAssign for V {
    fn add_assign(&mut self, o: V) { self.x += o.x; self.y += o.y; }
}
impl fmt::Display for V {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "<{}, {}>", self.x, self.y) }
}
struct Meters(u32);
struct Millimeters(u32);
impl Add<Meters> for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Meters) -> Millimeters { Millimeters(self.0 + (other.0 * 1000)) }
}
fn main() {
    let a = V { x: 1.0, y: 2.0 };
    let b = V { x: 0.5, y: -1.0 };
    println!("{:?}", a + b);
    println!("{}", a - b);
    println!("{}", a * 3.0);
    println!("{}", -a);
    let mut c = a;
    c += b;
    c += V { x: 10.0, y: 10.0 };
    println!("{} {}", c, a + b == V { x: 1.5, y: 1.0 });
    let m = Millimeters(5) + Meters(2);
    println!("{}", m.0);
}
