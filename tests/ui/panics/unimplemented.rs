//@ run-fail
fn g() -> i32 {
    unimplemented!("later {}", 5)
}

fn main() {
    println!("start");
    g();
}
