//@ run-pass
// `ref`, `ref mut`, `x @ p`, `&p`, tuple rest patterns, match ergonomics through references.

fn pair(p: (i32, bool)) -> i32 {
    match p {
        (0, _) => 0,
        (x, true) => x,
        (x @ 1..=5, false) => -x,
        (_, false) => 99,
    }
}

fn first(t: &(i32, i32)) -> i32 {
    match t {
        (0, y) => *y,
        &(x, _) => x,
    }
}

fn deref(&(a, b): &(i32, i32)) -> i32 {
    a * 10 + b
}

fn main() {
    println!("{} {} {} {}", pair((0, true)), pair((7, true)), pair((3, false)), pair((8, false)));
    println!("{} {} {}", first(&(0, 4)), first(&(5, 6)), deref(&(1, 2)));
    let t = (1, 2, 3, 4);
    let (a, .., d) = t;
    let (.., z) = t;
    let (x, y, ..) = t;
    println!("{} {} {} {} {}", a, d, z, x, y);
    let mut v = (1, 2);
    match v {
        (ref mut p, _) => *p += 10,
    }
    println!("{}", v.0);
    let (ref mut q, _) = v;
    *q += 1;
    println!("{}", v.0);
    let r = &mut v;
    match r {
        (first, _) => *first = 50,
    }
    println!("{}", v.0);
    let nested = &&(3, 'c');
    let (n, c) = nested;
    println!("{} {}", n, *c as u32);
    let ref w = 7;
    println!("{}", *w);
    match 42 {
        n @ (1 | 42) => println!("got {}", n),
        _ => println!("nope"),
    }
}
