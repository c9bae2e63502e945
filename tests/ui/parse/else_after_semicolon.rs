//@ check-fail
// A `;` after the `if` block ends the statement, leaving the `else` stranded.

fn main() {
    let x = 3;
    if x > 2 {
        println!("yes");
    };
    else { //~ ERROR expected expression, found keyword `else`
        println!("no");
    }
}
