//@ check-fail
// E0408: every alternative of an or-pattern must bind the same variables.

fn main() {
    let p = (1, 2);
    match p {
        (_first, 1) | (_second, 2) => {}
        //~^ ERROR variable `_second` is not bound in all patterns
        //~| ERROR variable `_first` is not bound in all patterns
        _ => {}
    }
    match p {
        (_y, 1) | (_z, 2) => {}
        //~^ ERROR variable `_z` is not bound in all patterns
        //~| ERROR variable `_y` is not bound in all patterns
        _ => {}
    }
    let ((value, 0) | (0, value)) = p else { return; };
    println!("{}", value);
    match p {
        (x, 0) | (0, x) | (x, _) => println!("{}", x),
    }
}
