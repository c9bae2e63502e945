//@ run-fail
fn tail(xs: &[u8], a: usize) -> &[u8] {
    &xs[a..]
}

fn main() {
    let v = [1u8, 2, 3];
    println!("{}", tail(&v, 3).len());
    println!("{}", tail(&v, 4).len());
}
