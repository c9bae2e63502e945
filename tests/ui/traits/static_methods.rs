//@ run-pass
// Associated functions of traits: through the type, through a generic parameter, through Self.
trait Shape {
    fn new(size: f64) -> Self;
    fn area(&self) -> f64;
    fn doubled(&self) -> Self
    where
        Self: Sized,
    {
        Self::new(self.area() * 2.0)
    }
}
struct Square {
    side: f64,
}
struct Circle {
    r: f64,
}
impl Shape for Square {
    fn new(size: f64) -> Square {
        Square { side: size }
    }
    fn area(&self) -> f64 {
        self.side * self.side
    }
}
impl Shape for Circle {
    fn new(size: f64) -> Self {
        Circle { r: size }
    }
    fn area(&self) -> f64 {
        3.5 * self.r * self.r
    }
}
fn make<T: Shape>(size: f64) -> T {
    T::new(size)
}
fn main() {
    let s: Square = make(3.0);
    let c = make::<Circle>(2.0);
    println!("{} {}", s.area(), c.area());
    let s2 = Square::new(1.5);
    println!("{}", s2.doubled().area());
    println!("{}", c.doubled().doubled().area());
}
