fn main() {
    let x: i32 = "crlf";
    let y = if true {
        1
    } else {
        "s"
    };
}
