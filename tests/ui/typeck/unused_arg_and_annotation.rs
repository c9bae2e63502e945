//@ check-fail
// Resolution-stage errors come first, then type errors; rustc keeps type-checking after the first.

fn main() {
    println!("{}", 1, 2); //~ ERROR argument never used
    let x; //~ ERROR type annotations needed
}
