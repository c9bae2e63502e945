//@ check-fail
// A `let` statement without its `;`: the error points just after the initializer.

fn main() {
    let x = 5 //~ ERROR expected `;`, found keyword `let`
    let y = x + 1;
    println!("{}", y);
}
