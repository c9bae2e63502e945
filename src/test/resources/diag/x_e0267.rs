fn main() {
    loop {
        let f = || break;
    }
}