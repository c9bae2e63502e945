//@ check-pass
// Warnings must be annotated and appear in the .stderr snapshot; the help is not annotated, so
// helps are not checked in this file.

fn main() {
    let answer = 42; //~ WARN unused variable: `answer`
    let mut count = 0; //~ WARN variable does not need to be mutable
    println!("{}", count);
}
