//@ check-fail
// FIXME: rustc also labels the callee ("arguments to this function are incorrect") and adds
// "note: function defined here" pointing into std's sources, which rac does not have yet.
fn main() {
    std::process::exit("no"); //~ ERROR mismatched types
}

fn other() {
    std::process::exit(1, 2); //~ ERROR this function takes 1 argument but 2 arguments were supplied
}
