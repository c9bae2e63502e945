//@ check-fail
// A string literal that never ends: the annotation must come before it (after it, it would be
// inside the string).

fn main() {
    //~v ERROR unterminated double quote string
    println!("hello);
}
