fn f() -> u8 {
    if a { 1 } else if b { 2 } else { 3 };
    if let Some(x) = opt { x } else { 0 };
    if let Some(x) = a && let Ok(y) = b && x > y {}
    if x == (S { a: 1 }) {}
    match v {
        0 => 1,
        1 | 2 => { 2 }
        n if n > 10 => 3,
        Some(ref mut z) => 4,
        _ => {}
    }
    let x = match y { _ => 1 };
    match x { A => {} B => {} }
    if c { } else { }
    7
}
