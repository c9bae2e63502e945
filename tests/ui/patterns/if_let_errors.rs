//@ check-fail
// An `if let` without `else` must have a `()` body.

fn main() {
    let x = 5;
    if let 1 = x { 5 } //~ ERROR mismatched types
    if let 2 = x { 6; }
}
