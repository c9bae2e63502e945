//@ check-fail
mod nowhere; //~ ERROR file not found for module `nowhere`

fn main() {}
