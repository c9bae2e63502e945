//@ check-fail
// `else cond {` instead of `else if cond {`.

fn main() {
    let x = 3;
    if x > 5 {
        println!("big");
    } else x > 2 {
        //~^ ERROR expected `{`, found `x`
        println!("medium");
    } else {
        println!("small");
    }
}
