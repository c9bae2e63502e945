fn spawn_it(x: &i32) {
    std::thread::spawn(move || println!("{}", x));
}
fn main() {}
