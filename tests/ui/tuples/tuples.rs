//@ run-pass
// Tuples: construction, `.0` access and assignment, nesting, destructuring in `let` and in
// parameters, tuples as arguments and results, unit and one-element tuples.

fn swap(p: (i32, i32)) -> (i32, i32) {
    (p.1, p.0)
}

fn divmod(a: u32, b: u32) -> (u32, u32) {
    (a / b, a % b)
}

fn sum3((a, b, c): (i64, i64, i64)) -> i64 {
    a + b + c
}

fn flags(n: i32) -> (bool, bool) {
    (n % 2 == 0, n > 0)
}

fn main() {
    let t = (1, 2);
    let s = swap(t);
    println!("{} {}", s.0, s.1);

    let (q, r) = divmod(17, 5);
    println!("17 = 5 * {} + {}", q, r);

    let mut m = (10, (20, 30));
    m.0 += 1;
    m.1 .1 = 99;
    let (x, (y, z)) = m;
    println!("{} {} {}", x, y, z);

    println!("{}", sum3((4, 5, 6)));

    let (even, positive) = flags(-4);
    println!("{} {}", even, positive);

    let one = (7u8,);
    let unit = ();
    let _ = unit;
    println!("{}", one.0);

    let nested = ((1, 2), (3, (4, 5)));
    let ((a, b), (c, (d, e))) = nested;
    println!("{}", a + b + c + d + e);
}
