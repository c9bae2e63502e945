//@ run-pass
// Towers of Hanoi: print the moves for 4 discs, count them for more.

fn hanoi(n: u32, from: u32, to: u32, via: u32) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to);
    println!("move disc {} from {} to {}", n, from, to);
    hanoi(n - 1, via, to, from);
}

fn count_moves(n: u32) -> u64 {
    if n == 0 { 0 } else { 2 * count_moves(n - 1) + 1 }
}

fn main() {
    hanoi(4, 1, 3, 2);
    let mut n = 1;
    while n <= 64 {
        if n % 8 == 0 {
            println!("{} discs: {} moves", n, count_moves(n));
        }
        n += 1;
    }
}
