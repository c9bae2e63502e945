//@ check-fail
// A function definition needs a parameter list, even an empty one.

fn answer -> i32 { //~ ERROR missing parameters for function definition
    42
}

fn main() {
    println!("{}", answer());
}
