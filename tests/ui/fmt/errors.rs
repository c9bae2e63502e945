//@ check-fail
// Formatting traits a type does not implement, and unknown format traits.
// FIXME: rustc adds a "required by this formatting parameter" label and help lists of the
// implementing types; the .stderr asserts rac's output today.

fn main() {
    let s = "hi";
    println!("{:x}", s); //~ ERROR the trait bound `str: LowerHex` is not satisfied
    println!("{:e}", true); //~ ERROR the trait bound `bool: LowerExp` is not satisfied
    println!("{}", ()); //~ ERROR `()` doesn't implement `std::fmt::Display`
    println!("{:b}", 1.5); //~ ERROR the trait bound `{float}: Binary` is not satisfied
}
