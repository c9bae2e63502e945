//@ run-pass
// impl Display / Debug for a program type: printing calls its fmt, write! and writeln! on the formatter.
use std::fmt;
struct Point { x: i32, y: i32 }
impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}
#[derive(Debug)]
struct Inner(u8);
struct Matrix(f32, f32);
impl fmt::Debug for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let _ = writeln!(f, "[{} {}]", self.0, self.1);
        write!(f, "end")
    }
}
struct Wrap<T>(T);
impl<T: fmt::Display> fmt::Display for Wrap<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0)
    }
}
fn main() {
    let p = Point { x: 1, y: -2 };
    println!("p = {} and {}!", p, &p);
    println!("{:?} {:?}", Matrix(1.5, 2.0), Inner(3));
    println!("{}", Wrap(Point { x: 5, y: 6 }));
    println!("{}", Wrap(Wrap(7)));
    let i = Inner(4);
    println!("{}", i.0);
    eprintln!("err {}", p);
}
