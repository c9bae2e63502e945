//@ check-fail
// An inclusive range pattern needs an end (E0586); a top-level or-pattern in `let` needs
// parentheses; a name is bound once per pattern (E0416).

fn main() {
    match 5 {
        3..= => {} //~ ERROR inclusive range with no end
        _ => {}
    }
    let p = (1, 2);
    let (_v, 0) | (0, _v) = p else { return; };
    //~^ ERROR `let` bindings require top-level or-patterns in parentheses
    let (_a, _a) = (1, 2); //~ ERROR identifier `_a` is bound more than once in the same pattern
}
