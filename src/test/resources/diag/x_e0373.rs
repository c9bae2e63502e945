fn make() -> Box<dyn Fn() -> u32> {
    let n = 3;
    Box::new(|| n)
}
fn main() {}
