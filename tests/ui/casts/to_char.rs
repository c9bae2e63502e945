//@ check-fail
// Only `u8` casts to `char`; an integer literal becomes `u8` for the cast.

fn main() {
    let ok = 66 as char;
    let a = 1.5 as char; //~ ERROR only `u8` can be cast as `char`, not `f64`
    let b = 66i32 as char; //~ ERROR only `u8` can be cast as `char`, not `i32`
}
