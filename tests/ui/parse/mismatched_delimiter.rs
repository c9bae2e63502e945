//@ check-fail
// A `(` closed by `]`.

fn main() {
    let x = (1 + 2]; //~ ERROR mismatched closing delimiter: `]`
    println!("{}", x);
}
