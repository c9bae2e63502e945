fn main() {
    let _x = if true {
        let a = 1;
        let b = 2;
        let c = 3;
        let d = 4;
        let e = 5;
        a + b + c + d + e
    } else {
        let a = 1;
        let b = 2;
        let c = 3;
        let d = 4;
        "x"
    };
}
