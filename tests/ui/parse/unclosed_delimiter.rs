//@ check-fail
// A function body whose `}` was forgotten swallows the rest of the file.

fn add(a: i32, b: i32) -> i32 {
    a + b

fn main() {
    println!("{}", add(1, 2));
} //~ ERROR this file contains an unclosed delimiter
