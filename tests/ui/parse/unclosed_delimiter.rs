//@ check-fail
// A function body whose `}` was forgotten swallows the rest of the file. FIXME: rustc draws the gutter one column wider here (as if the empty line after the final newline were shown); rac does not yet.

fn add(a: i32, b: i32) -> i32 {
    a + b

fn main() {
    println!("{}", add(1, 2));
} //~ ERROR this file contains an unclosed delimiter
