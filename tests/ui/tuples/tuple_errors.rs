//@ check-fail
fn main() {
    let t = (1, true);
    let _x = t.2; //~ ERROR no field `2` on type `({integer}, bool)`
    let (_a, _b, _c) = t; //~ ERROR mismatched types
}
