fn main() {
    let _x: i32 = if true {
        1
    };
}
