fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    let _y = *r;
}
