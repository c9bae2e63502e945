fn main() {
    let _x = if true {
        1
    } else if false {
        2
    } else {
        "three"
    };
}
