fn f(_a: &mut i32, _b: &mut i32) {}
fn main() {
    let mut a = 1;
    f(&mut a, &mut a);
}
