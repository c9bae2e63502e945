//@ check-fail
// FIXME: rustc adds helps rac lacks: E0277's list of `Add` impls (needs traits), and for the
// `let` mismatch the "expected due to this" label and the `try_into().unwrap()` suggestion.
fn takes(a: i32) -> i32 {
    a
}

fn main() {
    let b = 1 + true; //~ ERROR cannot add `bool` to `{integer}`
    if 1 {} //~ ERROR mismatched types
    let c: u8 = takes(3); //~ ERROR mismatched types
    let d = -5u32; //~ ERROR cannot apply unary operator `-` to type `u32`
}
