//@ check-fail
// `while {` parses the block as the condition and then wants the body.

fn main() {
    let mut i = 0;
    while {
        i += 1;
    }
} //~ ERROR expected `{`, found `}`
