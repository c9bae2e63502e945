fn f() {
    let x = 1;
    /// doc
}
//! inner
fn g() {}
