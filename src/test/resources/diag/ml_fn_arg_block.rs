fn take(_v: u32) {}
fn main() {
    take({
        let a = 1;
        "s"
    });
}
