//@ check-fail
// Errors in slice patterns: lengths against arrays, non-array scrutinees, two rest patterns,
// non-exhaustive matches on slices.
fn main() {
    let arr = [1, 2, 3];
    let [_a, _b] = arr; //~ ERROR pattern requires 2 elements but array has 3
    let [_x, _y, _z, _w, ..] = arr; //~ ERROR pattern requires at least 4 elements but array has 3
    let [_q] = 5; //~ ERROR expected an array or slice, found `{integer}`
    let [_m, .., _n, ..] = arr; //~ ERROR `..` can only be used once per slice pattern
}
