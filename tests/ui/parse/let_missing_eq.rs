//@ check-fail
// `let x 5;` forgot the `=`.

fn main() {
    let x 5; //~ ERROR expected one of `:`, `;`, `=`, `@`, or `|`, found `5`
    println!("{}", x);
}
