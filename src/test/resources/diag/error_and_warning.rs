fn main() {
    /// a doc comment on a statement
    let x: i32 = "a";
    let _ = x;
}
