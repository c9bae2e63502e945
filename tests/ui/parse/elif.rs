//@ check-fail
// `elif` is not a keyword in Rust.

fn main() {
    let x = 3;
    if x > 5 {
        println!("big");
    } elif x > 2 { //~ ERROR expected one of `!`, `.`, `::`, `;`, `?`, `{`, `}`, or an operator, found `x`
        println!("medium");
    }
}
