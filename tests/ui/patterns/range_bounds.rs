//@ check-fail
// Empty ranges: E0030 for `lo..=hi` with lo > hi, E0579 for `lo..hi` with lo >= hi.

fn main() {
    let x = 5u8;
    match x {
        5..=1 => {} //~ ERROR lower bound for range pattern must be less than or equal to upper bound
        5..5 => {} //~ ERROR lower bound for range pattern must be less than upper bound
        _ => {}
    }
    let c = 'c';
    match c {
        'z'..='a' => {} //~ ERROR lower bound for range pattern must be less than or equal to upper bound
        _ => {}
    }
}
