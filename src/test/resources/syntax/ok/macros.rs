macro_rules! square {
    ($x:expr) => { $x * $x };
    () => {};
}
thread_local! { static X: u8 = 0; }
m!(a, b);
m![c];
std::m! { d }
pub macro gen_macro($x:ident) { $x }
fn f() {
    println!("{} {}", 1, x);
    vec![1, 2, 3];
    let v = format!("{x:?}");
    m! { }
    let t: m!() = m!();
    match x { m!(p) => {} }
    builtin # offset_of(S, f);
}
