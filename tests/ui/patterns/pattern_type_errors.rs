//@ check-fail
// Pattern type errors: literals and ranges of the wrong type (E0308), non-numeric ranges (E0029),
// reference patterns against non-references, tuples of the wrong arity.

fn main() {
    let x = 5;
    match x {
        1 => {}
        "a" => {} //~ ERROR mismatched types
        'a'..=1 => {} //~ ERROR mismatched types
        true..=false => {} //~ ERROR only `char` and numeric types are allowed in range patterns
        (1, 2) => {} //~ ERROR mismatched types
        &y => {} //~ ERROR mismatched types
        _ => {}
    }
    let s = "s";
    match s {
        "a" => {}
        1 => {} //~ ERROR mismatched types
        _ => {}
    }
    let t = (1, 2, 3);
    let (a, b) = t; //~ ERROR mismatched types
}
