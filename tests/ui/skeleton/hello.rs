//@ run-pass
// The smallest program: println! and print! with string literals only.

fn main() {
    println!("Hello, world!");
    print!("no newline yet, ");
    print!("still the same line");
    println!("");
    println!("tab\tand \"quotes\" and a backslash \\");
}
