//@ check-fail
// Match checking visits a match before the matches inside it (its scrutinee and arms), and a
// `let` before its initializer, as rustc's MatchVisitor does.

fn main() {
    let x = 3u8;
    let (_a, 1) = (match x { 0 => 1, 1 => 2 }, 1);
    //~^ ERROR refutable pattern in local binding
    //~| ERROR non-exhaustive patterns: `2_u8..=u8::MAX` not covered
    match match x { 5 => 1u8, 6 => 2 } {
    //~^ ERROR non-exhaustive patterns: `1_u8..=u8::MAX` not covered
    //~| ERROR non-exhaustive patterns: `0_u8..=4_u8` and `7_u8..=u8::MAX` not covered
        0 => {}
    }
    match x {
        y if y > 2 => match y { 3 => {} }, //~ ERROR non-exhaustive patterns
        _ => {}
    }
}
