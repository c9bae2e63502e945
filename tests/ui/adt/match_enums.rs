//@ run-pass
// Struct, tuple-struct and enum variant patterns (match ergonomics, guards, use Enum::*), if let and let destructuring; arithmetic on references to numbers.
#[derive(Clone, Copy)]
enum Shape {
    Circle(i32),
    Rect { w: i32, h: i32 },
    Empty,
}

struct Point {
    x: i32,
    y: i32,
}

enum Tree {
    Leaf(u8),
    Pair(u8, u8),
}

fn area(s: &Shape) -> i32 {
    match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}

fn describe(p: Point) -> &'static str {
    match p {
        Point { x: 0, y: 0 } => "origin",
        Point { x: 0, .. } => "on y axis",
        Point { y: 0, .. } => "on x axis",
        _ => "elsewhere",
    }
}

enum Op {
    Add,
    Sub,
    Mul,
}

use Op::*;

fn apply(op: Op, a: i32, b: i32) -> i32 {
    match op {
        Add => a + b,
        Sub => a - b,
        Mul => a * b,
    }
}

fn main() {
    let shapes = [Shape::Circle(2), Shape::Rect { w: 3, h: 4 }, Shape::Empty];
    for s in shapes.iter() {
        println!("{}", area(s));
    }
    println!("{}", describe(Point { x: 0, y: 5 }));
    println!("{}", describe(Point { x: 1, y: 0 }));
    println!("{}", describe(Point { x: 0, y: 0 }));
    println!("{}", describe(Point { x: 2, y: 2 }));
    println!("{} {} {}", apply(Add, 2, 3), apply(Sub, 2, 3), apply(Mul, 2, 3));
    let t = Tree::Pair(1, 2);
    if let Tree::Pair(a, b) = t {
        println!("pair {} {}", a, b);
    }
    let Point { x, y } = Point { x: 7, y: 8 };
    println!("{} {}", x, y);
    let mut n = 0;
    let items = [Tree::Leaf(5), Tree::Pair(1, 1), Tree::Leaf(9)];
    for t in items.iter() {
        n += match *t {
            Tree::Leaf(v) if v > 6 => v as i32 * 10,
            Tree::Leaf(v) => v as i32,
            Tree::Pair(a, b) => (a + b) as i32,
        };
    }
    println!("{}", n);
}
