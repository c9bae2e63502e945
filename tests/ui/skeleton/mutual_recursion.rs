//@ run-pass
// Mutually recursive functions, declared in either order.

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

// Hofstadter's female and male sequences.
fn female(n: i32) -> i32 {
    if n == 0 { 1 } else { n - male(female(n - 1)) }
}

fn male(n: i32) -> i32 {
    if n == 0 { 0 } else { n - female(male(n - 1)) }
}

fn main() {
    println!("{} {} {} {}", is_even(0), is_even(7), is_odd(7), is_even(1000));
    let mut n = 0;
    while n < 20 {
        print!("{} ", female(n));
        n += 1;
    }
    println!("");
    n = 0;
    while n < 20 {
        print!("{} ", male(n));
        n += 1;
    }
    println!("");
}
