//@ check-fail
// E0384 for bindings from patterns: destructured parameters are variables (not arguments), and
// rustc also suggests binding by `ref mut` to modify the original value.

fn f((a, b): (i32, i32)) -> i32 {
    let c = a;
    a = 5; //~ ERROR cannot assign twice to immutable variable `a`
    a + b + c
}

fn main() {
    let x = 5;
    match x {
        y => {
            println!("{}", y);
            y = 6; //~ ERROR cannot assign twice to immutable variable `y`
            println!("{}", y);
        }
    }
    let (p, ref q) = (1, 2);
    println!("{}", p);
    p = 3; //~ ERROR cannot assign twice to immutable variable `p`
    println!("{} {} {}", p, q, f((1, 2)));
}
