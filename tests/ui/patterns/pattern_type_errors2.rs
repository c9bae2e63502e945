//@ check-fail
// More pattern type errors: match ergonomics keeps the scrutinee's type in the label; negative
// literals need `Neg`; `&` against `&mut`; string ranges.

fn main() {
    let r = &(1, 2);
    match r {
        (true, _) => {} //~ ERROR mismatched types
        _ => {}
    }
    let x = 5u32;
    match x {
        -1 => {} //~ ERROR the trait bound `u32: Neg` is not satisfied
        _ => {}
    }
    let t = (1, 2);
    match t {
        (_a, _b, _c) => {} //~ ERROR mismatched types
    }
    let m = &mut 5;
    match m {
        &_x => {} //~ ERROR mismatched types
    }
    let s = "a";
    match s {
        "a"..="z" => {} //~ ERROR only `char` and numeric types are allowed in range patterns
        _ => {}
    }
}
