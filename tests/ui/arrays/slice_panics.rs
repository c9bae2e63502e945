//@ run-fail
fn take(xs: &[u8], a: usize, b: usize) -> usize {
    xs[a..b].len()
}

fn main() {
    let v = [1u8, 2, 3];
    println!("{}", take(&v, 1, 3));
    println!("{}", take(&v, 2, 1));
}
