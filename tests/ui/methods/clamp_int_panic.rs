//@ run-fail
// Ord::clamp asserts min <= max at the call (#[track_caller]), showing both bounds.
fn main() {
    let lo: i128 = -170141183460469231731687303715884105728;
    println!("{}", 5i128.clamp(lo, 0));
    let hi = lo + 1;
    println!("{}", 5i128.clamp(hi, lo));
}
