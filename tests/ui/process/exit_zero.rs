//@ run-pass
fn main() {
    for i in 0..5 {
        if i == 3 {
            print!("bye");
            std::process::exit(0);
        }
        println!("{}", i);
    }
    println!("not reached");
}
