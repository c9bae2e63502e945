//@ run-pass
// The Ackermann function: deep, non-primitive recursion.

fn ack(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ack(m - 1, 1)
    } else {
        ack(m - 1, ack(m, n - 1))
    }
}

fn main() {
    let mut m = 0;
    while m <= 3 {
        let mut n = 0;
        while n <= 4 {
            print!("{} ", ack(m, n));
            n += 1;
        }
        println!("");
        m += 1;
    }
    println!("ack(3, 6) = {}", ack(3, 6));
}
