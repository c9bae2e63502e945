//@ check-fail
// An unknown format trait is a format string error.
// FIXME: rustc points at the trait letter and lists the known traits in a note.

fn main() {
    println!("{:q}", 1); //~ ERROR unknown format trait `q`
}
