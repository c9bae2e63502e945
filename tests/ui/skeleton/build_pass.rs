//@ build-pass
// Built to an executable but not run: this program would loop forever.

fn spin(mut counter: u64) {
    loop {
        counter = counter % 1000 + 1;
        if counter == 0 {
            break;
        }
    }
    println!("unreachable in practice: {}", counter);
}

fn main() {
    spin(0);
}
