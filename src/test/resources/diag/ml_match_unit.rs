fn f(x: i32) -> i32 {
    match x {
        1 => {
            let a = 1;
            a
        }
        _ => {
            let b = "x";
            b
        }
    }
}
fn main() {}
