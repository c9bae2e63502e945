//@ check-pass
// The unreachable_patterns lint: arms and or-pattern alternatives covered by earlier patterns.

fn main() {
    let x = 7u8;
    match x {
        1 => {}
        1 => {} //~ WARN unreachable pattern
        _ => {}
    }
    match x {
        y => println!("{}", y),
        5 => {} //~ WARN unreachable pattern
    }
    match x {
        0 | 1 => {}
        2 | 1 => {} //~ WARN unreachable pattern
        _ => {}
    }
    let p = (true, false);
    match p {
        (true, _) => {}
        (_, true) => {}
        (true, true) => {} //~ WARN unreachable pattern
        _ => {}
    }
    match x {
        0..=9 => {}
        10..=255 => {}
        _ => {} //~ WARN unreachable pattern
    }
    if let 1 = x {} else if let 1 = x {}
    if let _z = x {} //~ WARN irrefutable `if let` pattern
}
