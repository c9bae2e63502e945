//@ check-fail
fn main() {
    let x = 1;
    5 = x; //~ ERROR invalid left-hand side of assignment
}
