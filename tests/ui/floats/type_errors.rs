//@ check-fail
// Floats and integers do not mix; bool does not cast to float.
// FIXME: rustc adds help lists (the implementing types) and an "expected due to this" label;
// the .stderr asserts rac's output today.

fn main() {
    let x = 1.0 + 1; //~ ERROR cannot add an integer to a float
    let y: f32 = 1.0f64; //~ ERROR mismatched types
    let z = true as f64; //~ ERROR casting `bool` as `f64` is invalid
}
