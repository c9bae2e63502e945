fn main() {
    let _x = if true {
        1
    } else {
        "a"
    };
}
