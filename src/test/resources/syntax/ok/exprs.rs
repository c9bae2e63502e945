fn exprs() {
    1 + 2 * 3 - 4 / 5 % 6;
    a << 1 >> 2 & 3 | 4 ^ 5;
    a == b && c != d || e < f && g >= h;
    x = y += 1;
    x -= 1; x *= 2; x /= 3; x %= 4; x &= 5; x |= 6; x ^= 7; x <<= 8; x >>= 9;
    -x; !y; *z; &a; &mut b; &&c; &raw const d; &raw mut e;
    f(1, 2)(3);
    o.m::<u8>(1).n();
    a[0][1];
    t.0.1;
    (1, 2.5, 'c', "s", b'b', b"bs", r"raw", r#"raw"#, c"cs", true, false);
    (x);
    ();
    (x,);
    [1, 2, 3];
    [0; 16];
    x as u32 as u64;
    -1i32 as u8;
    a..b; a..; ..b; ..; a..=b; ..=b;
    x?;
    fut.await;
    || 1;
    |x: u8, y| -> u8 { x + y };
    move |x| x;
    async move { 1 };
    async || {};
    unsafe { 1 };
    const { 2 };
    'a: { break 'a 1; };
    'l: loop { continue 'l; }
    while x < 10 { x += 1; }
    while let Some(y) = it.next() {}
    for i in 0..10 { break; }
    loop { break 5; }
    return;
    S { a: 1, b, ..rest };
    Path::<T>::new();
    <Vec<u8>>::new();
    <T as Trait>::method();
    box_like!();
    _ = f();
}
fn ret() -> u8 { return 1 }
