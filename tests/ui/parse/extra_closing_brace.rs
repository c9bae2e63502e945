//@ check-fail
// One `}` too many.

fn main() {
    let x = 1;
    if x == 1 {
        println!("one");
    }
    }
} //~ ERROR unexpected closing delimiter: `}`
