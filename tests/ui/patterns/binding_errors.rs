//@ check-fail
// An inclusive range pattern needs an end (E0586); a name is bound once per pattern (E0416).

fn main() {
    match 5 {
        3..= => {} //~ ERROR inclusive range with no end
        _ => {}
    }
    let (_a, _a) = (1, 2); //~ ERROR identifier `_a` is bound more than once in the same pattern
}
