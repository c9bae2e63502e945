//@ check-fail
// FIXME: rustc also labels the method name ("arguments to this method are incorrect") and adds
// "note: method defined here" pointing into std; rac has no std sources to point to yet.
fn main() {
    let f = 2.5f64.powi(2.0); //~ ERROR mismatched types
    let g = 2u8.min(); //~ ERROR this method takes 1 argument but 0 arguments were supplied
}
