//@ check-pass
// Unused-variable lints for bindings in patterns (also in or-patterns, `@` and `ref`).

fn main() {
    let p = (1, 2);
    match p {
        (a, 1) | (a, 2) => {} //~ WARN unused variable: `a`
        (b, c) => println!("{}", c), //~ WARN unused variable: `b`
    }
    if let (x @ 1..=5, _) = p { //~ WARN unused variable: `x`
        println!("small");
    }
    let (ref r, _) = p; //~ WARN unused variable: `r`
    let (mut m, _) = p; //~ WARN unused variable: `m`
    //~^ WARN variable does not need to be mutable
    while let (_w, 0) = p {}
}
