//@ check-fail
// Exhaustiveness and reachability of slice patterns.
fn f(s: &[bool]) -> u8 {
    match s { //~ ERROR non-exhaustive patterns: `&[_, _, ..]` not covered
        [] => 0,
        [_] => 1,
    }
}

fn g(s: &[u8]) -> u8 {
    match s {
        [] => 0,
        [..] => 1,
        [_, ..] => 2, //~ WARN unreachable pattern
    }
}

fn h(a: [bool; 2]) -> u8 {
    match a { //~ ERROR non-exhaustive patterns: `[true, false]` not covered
        [false, _] => 0,
        [_, true] => 1,
    }
}

fn main() {
    let (Some(_) | None) = Some(f(&[true]));
    let _ = g(&[1]) + h([true, true]);
    let [.., _last] = [1, 2];
    let [_first, ..] = &[0u8][..]; //~ ERROR refutable pattern in local binding
}
