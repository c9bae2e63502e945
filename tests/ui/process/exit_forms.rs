//@ run-pass
//@ exit-code: 42
// The paths to exit: `std::process::exit`, `::std::process::exit`, an imported `exit` (renamed
// too); its type `!` coerces to any type.
use std::process::exit;
use std::process::exit as quit;

fn pick(n: i32) -> i32 {
    let v: i32 = if n < 100 { n + 1 } else { std::process::exit(1) };
    v
}

fn main() {
    println!("{}", pick(1));
    if pick(2) == 0 {
        ::std::process::exit(2);
    }
    if pick(3) == 0 {
        quit(5);
    }
    let code = pick(40) + 1;
    exit(code);
}
