//@ check-fail
// E0689 for receivers that are not a literal or a plain `let` binding: rustc labels a binding
// inside a pattern or of a `for` loop, and says nothing more for other expressions.
fn main() {
    let x = 5;
    let a = (x + 1).pow(2); //~ ERROR can't call method `pow` on ambiguous numeric type `{integer}`
    for i in 0..10 {
        let b = i.pow(2); //~ ERROR can't call method `pow` on ambiguous numeric type `{integer}`
    }
    let (p, q) = (1, 2.0);
    let c = p.pow(2); //~ ERROR can't call method `pow` on ambiguous numeric type `{integer}`
    let d = q.sqrt(); //~ ERROR can't call method `sqrt` on ambiguous numeric type `{float}`
}
