//@ check-fail
// `let mut` with no pattern after it.

fn main() {
    let mut = 5; //~ ERROR expected identifier, found `=`
}
