//@ check-fail
fn main() {
    let d = 3i32.foo(); //~ ERROR no method named `foo` found for type `i32` in the current scope
    let e = 'a'.bar(1); //~ ERROR no method named `bar` found for type `char` in the current scope
    let g = 1.5f32.frobnicate(); //~ ERROR no method named `frobnicate` found for type `f32` in the current scope
    let h = true.baz(); //~ ERROR no method named `baz` found for type `bool` in the current scope
}

fn assoc() {
    let a = i32::foo(1); //~ ERROR no function or associated item named `foo` found for type `i32` in the current scope
}
