//@ check-fail
fn f() {}
fn f() {} //~ ERROR the name `f` is defined multiple times

fn main() {
    f();
}
