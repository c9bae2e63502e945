fn pats() {
    let _ = 1;
    let x = 1;
    let mut y = 2;
    let ref z = 3;
    let ref mut w = 4;
    let (a, b, ..) = t;
    let [first, .., last] = arr;
    let [a, rest @ ..] = arr;
    let S { a, b: B(c), ref d, .. } = s;
    let T(x, _, y) = t;
    let &(a, b) = r;
    let &mut c = r;
    let (Ok(v) | Err(v)) = res;
    match n {
        0..=9 => {}
        10.. => {}
        ..=-1 => {}
        'a'..='z' => {}
        -5 => {}
        i32::MIN..0 => {}
        x @ 1..=3 => {}
        E::A | E::B => {}
        [] => {}
        [x] => {}
        (1, ..) => {}
        m!() => {}
        None => {}
        Some(_) => {}
        "str" => {}
    }
    let Some(x) = opt else { return };
}
