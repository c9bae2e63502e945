//@ run-pass
//@ exit-code: 3
// std::process::exit flushes stdout (also a line without newline) and exits with the code.
use std::process;

fn check(n: i32) -> i32 {
    if n > 10 {
        process::exit(3);
    }
    n * 2
}

fn main() {
    println!("start");
    let mut i = 0;
    loop {
        print!("{} ", check(i));
        i += 4;
    }
}
