//@ run-fail
// u32 subtraction below zero panics.

fn countdown(mut n: u32, step: u32) {
    loop {
        println!("{}", n);
        n -= step;
    }
}

fn main() {
    countdown(20, 7);
}
