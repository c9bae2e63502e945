fn main() {
let x: Option<i32> = Some(1);
let Some(y) = x;
}
