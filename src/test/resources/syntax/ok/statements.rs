fn stmts() {
    ;
    let a;
    let b: u8;
    let c = 1;
    let d: u8 = 2;
    fn nested() {}
    struct Local;
    use std::mem;
    if x {} 
    match y {}
    for _ in z {}
    { inner(); }
    unsafe { danger() }
    x
}
fn tail_block() -> u8 { if a { 1 } else { 2 } }
fn trailing_macro() { m!() }
