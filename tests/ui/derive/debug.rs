//@ run-pass
// #[derive(Debug)] on structs, enums and generic types (built in until traits exist), {:?} and {:#?} of arrays, slices, Option and Result.
#[derive(Debug)]
struct Point {
    x: i32,
    y: f64,
}

#[derive(Debug)]
struct Pair(u8, bool);

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
enum Shape {
    Circle { center: Point, r: f32 },
    Square(u32),
    Empty,
}

#[derive(Debug)]
struct Wrapper<T> {
    inner: T,
    tags: [char; 2],
}

fn touch(p: &Point, q: &Pair, w: &Wrapper<Option<&str>>, s: &Shape) -> bool {
    let inner = match s {
        Shape::Circle { center, r } => center.x as f32 + *r,
        Shape::Square(n) => *n as f32,
        Shape::Empty => 0.0,
    };
    p.x as f64 + p.y > 0.0 && q.0 > 0 && q.1 && w.inner.is_some() && w.tags[0] == 'a' && inner > 0.0
}

fn main() {
    let p = Point { x: 1, y: 2.5 };
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{:?} {:?}", Pair(3, true), Unit);
    let shapes = [Shape::Circle { center: Point { x: 0, y: -1.0 }, r: 1.5 }, Shape::Square(4), Shape::Empty];
    for s in shapes.iter() {
        println!("{:?}", s);
    }
    println!("{:#?}", shapes[0]);
    let w = Wrapper { inner: Some("hi"), tags: ['a', 'b'] };
    println!("{:?}", w);
    println!("{:#?}", w);
    let arr = [1, 2, 3];
    println!("{:?} {:?}", arr, &arr[1..]);
    let empty: [i32; 0] = [];
    println!("{:?} {:#?}", empty, empty);
    println!("{:#?}", [(1, "a"), (2, "b")]);

    let o: Option<Option<u8>> = Some(None);
    println!("{:?} {:?}", o, Some(Pair(1, false)));
    println!("{}", touch(&p, &Pair(1, true), &w, &shapes[1]));
    let e: Result<u8, &str> = Err("bad");
    println!("{:?} {:5?}|", e, Some(7));
}
