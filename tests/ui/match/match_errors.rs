//@ check-fail
// Match checking runs per function after type checking: an empty match on a non-empty type
// (E0004, with the arm list rustc suggests) and arms of different types (E0308).

fn empty(x: u8) {
    match x {} //~ ERROR non-exhaustive patterns: type `u8` is non-empty
}

fn arms(x: i32) -> i32 {
    let y = match x {
        1 => 10,
        2 => 11,
        _ => "a", //~ ERROR `match` arms have incompatible types
    };
    y
}

fn many(x: i32) -> i32 {
    match x {
        1 => 1,
        2 => 2,
        3 => 3,
        4 => 4,
        5 => 5,
        _ => false, //~ ERROR `match` arms have incompatible types
    }
}

fn blocks(x: i32) {
    let _z = match x { 1 => { 2 } _ => { "a" } }; //~ ERROR `match` arms have incompatible types
    let _y = if let 5 = x { 1 } else { "no" }; //~ ERROR `if` and `else` have incompatible types
}

fn main() {
    blocks(1);
    empty(1);
    println!("{} {}", arms(1), many(2));
}
