//@ check-fail
// An item of a nested block is not visible outside it.
fn main() {
    {
        fn inner() {}
        inner();
    }
    inner(); //~ ERROR cannot find function `inner` in this scope
}
