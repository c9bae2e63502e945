//@ check-fail
// E0005: refutable patterns in `let` and in function parameters.

fn param((a, true): (i32, bool)) -> i32 { //~ ERROR refutable pattern in function argument
    a
}

fn main() {
    let t = (1, true);
    let (a, true) = t; //~ ERROR refutable pattern in local binding
    let 1..=9 = a; //~ ERROR refutable pattern in local binding
    let x = 5u8;
    let 0..=254 = x; //~ ERROR refutable pattern in local binding
    let (_, _) = t;
    let &(_b, _) = &t;
    println!("{}", param((1, true)));
}
