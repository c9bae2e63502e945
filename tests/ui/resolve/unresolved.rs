//@ check-fail
// Unresolved imports and paths, with rustc's codes and wording (one per function, so that the
// order of the errors is the order of the functions).

mod a {
    pub fn f() {}
    pub mod b {
        pub fn g() {}
    }
}

use a::missing; //~ ERROR unresolved import `a::missing`

fn middle_segment() {
    a::x::f(); //~ ERROR cannot find `x` in `a`
}

fn last_segment() {
    let _q = a::zz; //~ ERROR cannot find value `zz` in module `a`
}

fn unknown_crate() {
    qqqq::h(); //~ ERROR cannot find module or crate `qqqq` in this scope
}

fn unknown_function() {
    zzzzzzzz(); //~ ERROR cannot find function `zzzzzzzz` in this scope
}

fn unknown_local() {
    let _v = wwwwww + 1; //~ ERROR cannot find value `wwwwww` in this scope
}

fn main() {
    a::f();
    a::b::g();
    middle_segment();
    last_segment();
    unknown_crate();
    unknown_function();
    unknown_local();
}
