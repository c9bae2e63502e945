fn f(_a: i32, _b: i32) {}
fn main() {
    f(
        1,
        2,
        3,
    );
}
