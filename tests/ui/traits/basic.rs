//@ run-pass
// Trait methods with default bodies, impls for structs and primitives, Self in traits.
trait Shape {
    fn area(&self) -> f64;
    fn describe(&self) -> f64 { self.area() * 2.0 }
    fn unit() -> Self;
}
struct Sq { s: f64 }
struct Circle { r: f64 }
impl Shape for Sq {
    fn area(&self) -> f64 { self.s * self.s }
    fn unit() -> Sq { Sq { s: 1.0 } }
}
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
    fn describe(&self) -> f64 { 7.0 }
    fn unit() -> Self { Circle { r: 1.0 } }
}
trait Double { fn double(self) -> Self; }
impl Double for i32 { fn double(self) -> i32 { self * 2 } }
fn total<T: Shape>(a: &T, b: &T) -> f64 { a.area() + b.describe() }
fn show(x: &impl Shape) -> f64 where { x.describe() }
fn main() {
    let s = Sq { s: 2.0 };
    let c = Circle { r: 1.0 };
    println!("{} {}", s.area(), c.area());
    println!("{} {}", s.describe(), c.describe());
    println!("{}", total(&s, &Sq::unit()));
    println!("{}", show(&c));
    println!("{}", 21.double());
    let u = Circle::unit();
    println!("{}", u.area());
}
