struct W(i32);
fn main() {
    let _w = W { 0: 1, 1: 2 };
}
