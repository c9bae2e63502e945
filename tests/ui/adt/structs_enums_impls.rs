//@ run-pass
// Structs (named, tuple, unit), enums with data and explicit discriminants, inherent impls with
// methods taking self, &self and &mut self, associated functions and consts, Self, autoref.

struct Point {
    x: i32,
    y: i32,
}

struct Pair(i64, bool);
struct Unit;

#[allow(dead_code)]
enum Shape {
    Circle(i32),
    Rect { w: i32, h: i32 },
    Empty,
}

enum Color {
    Red = 1,
    Green = 5,
    Blue,
}

impl Point {
    const ORIGIN: i32 = 0;
    fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }
    fn sum(&self) -> i32 {
        self.x + self.y
    }
    fn shift(&mut self, d: i32) {
        self.x += d;
        self.y += d;
    }
    fn consume(self) -> i32 {
        self.x * self.y
    }
    fn origin() -> Self {
        Self { x: Self::ORIGIN, y: 0 }
    }
}

impl Shape {
    fn code(&self) -> i32 {
        7
    }
}

fn main() {
    let mut p = Point::new(3, 4);
    println!("{} {}", p.x, p.y);
    println!("{}", p.sum());
    p.shift(10);
    println!("{} {}", p.x, p.y);
    let r = &mut p;
    r.shift(1);
    println!("{}", r.sum());
    let q = Point { y: 100, ..p };
    println!("{} {}", q.x, q.y);
    println!("{}", q.consume());
    let o = Point::origin();
    println!("{} {}", o.x, o.y);
    let pair = Pair(5, true);
    println!("{} {}", pair.0, pair.1);
    let _u = Unit;
    let s = Shape::Circle(3);
    let t = Shape::Rect { w: 1, h: 2 };
    let e = Shape::Empty;
    println!("{} {} {}", s.code(), t.code(), e.code());
    println!("{} {} {}", Color::Red as i32, Color::Green as u8, Color::Blue as i64);
}
