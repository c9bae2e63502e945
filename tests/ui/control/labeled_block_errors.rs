//@ check-fail
// Errors in labeled blocks: mismatched break values.
fn main() {
    let _x: i32 = 'a: {
        if true {
            break 'a "no"; //~ ERROR mismatched types
        }
        1
    };
}
