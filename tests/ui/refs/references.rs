//@ run-pass
// Shared and mutable references: `&`, `&mut`, `*`, assignment through `&mut`, field access through
// references (auto-deref), references to temporaries, lifetimes in signatures, `&mut T` to `&T`
// coercion, comparison of references (by value) and printing a reference.
fn inc(x: &mut i32) {
    *x += 1;
}
fn get(r: &i32) -> i32 {
    *r * 2
}
fn pick<'a>(a: &'a (i32, i32), first: bool) -> &'a i32 {
    if first { &a.0 } else { &a.1 }
}
fn main() {
    let mut n = 5;
    inc(&mut n);
    inc(&mut n);
    let r = &n;
    println!("{} {} {}", n, get(r), get(&40));
    let t = (3, 4);
    let p = pick(&t, false);
    println!("{} {}", *p, p);
    let mut pair = (1, 2);
    let m = &mut pair;
    m.0 = 10;
    (*m).1 += 5;
    println!("{} {} {}", pair.0, pair.1, &n == r);
}
