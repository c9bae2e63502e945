//@ run-fail
// f32::clamp panics inside core (core/src/num/f32.rs) when min > max or a bound is NaN.
fn main() {
    let x: f32 = 2.5;
    println!("{}", x.clamp(0.0, 1.0));
    let nan = 0.0f32 / 0.0;
    println!("{}", x.clamp(nan, 1e10));
}
