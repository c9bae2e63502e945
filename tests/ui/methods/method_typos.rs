//@ check-fail
// A misspelt builtin method gets rustc's "similar name" help.
fn main() {
    let x: i32 = 3;
    let a = x.pwo(2); //~ ERROR no method named `pwo` found for type `i32` in the current scope
    let f = 1.5f32;
    let b = f.sqroot(); //~ ERROR no method named `sqroot` found for type `f32` in the current scope
    let c = 'q'.is_alphabtic(); //~ ERROR no method named `is_alphabtic` found for type `char` in the current scope
    let d = x.cout_ones(); //~ ERROR no method named `cout_ones` found for type `i32` in the current scope
    let e = f.flor(); //~ ERROR no method named `flor` found for type `f32` in the current scope
    let g = x.leading_zero(); //~ ERROR no method named `leading_zero` found for type `i32` in the current scope
}
