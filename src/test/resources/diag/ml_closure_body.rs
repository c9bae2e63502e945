fn main() {
    let f = |x: i32| -> i32 {
        let y = x + 1;
        y;
    };
    let _ = f(1);
}
