//@ check-fail
// An `if` body must be a block, even for one statement. The note and the help are annotated
// too, so every note and help of this file must be.

fn main() {
    let x = 3;
    if x > 2
    //~^ NOTE the `if` expression is missing a block after this condition
        println!("big");
        //~^ ERROR expected `{`, found `println`
        //~| HELP you might have meant to write this as part of a block
}
