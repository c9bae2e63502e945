//@ check-fail
// E0004 with rustc's witnesses, notes and suggested arms.

fn main() {
    let x = 5u8;
    match x { //~ ERROR non-exhaustive patterns: `101_u8..=u8::MAX` not covered
        0..=100 => {}
        50 => {} //~ WARN unreachable pattern
    }
    let s = "hi";
    match s { "a" => {} } //~ ERROR non-exhaustive patterns: `&_` not covered
    let t = (1, true);
    match t { (_, true) => {} } //~ ERROR non-exhaustive patterns: `(_, false)` not covered
    let n = -3i32;
    match n { //~ ERROR non-exhaustive patterns: `i32::MIN..=-1_i32` and `1_i32..=i32::MAX` not covered
        0 => {}
    }
    let b = true;
    match (b, b) { //~ ERROR non-exhaustive patterns: `(false, true)` not covered
        (true, _) => {}
        (false, false) => {}
    }
    let c = 'x';
    match c { //~ ERROR non-exhaustive patterns
        'a'..='z' => {}
    }
    match x { //~ ERROR non-exhaustive patterns: `0_u8..=u8::MAX` not covered
        y if y > 3 => {}
    }
    let r = &(1u8, false);
    match r { //~ ERROR non-exhaustive patterns: `&(0_u8, _)` not covered
        (1.., _) => {}
    }
    let u = 9usize;
    match u { //~ ERROR non-exhaustive patterns: `usize::MAX..` not covered
        0..=18446744073709551615 => {}
    }
}
