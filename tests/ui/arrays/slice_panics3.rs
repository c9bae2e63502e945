//@ run-fail
fn head(xs: &[u8], b: usize) -> &[u8] {
    &xs[..=b]
}

fn main() {
    let v = [1u8, 2, 3];
    println!("{}", head(&v, 1).len());
    println!("{}", head(&v, 3).len());
}
