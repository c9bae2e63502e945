//@ check-pass
//@ edition: 2018
// Analysis only (`rac check`): nothing is built or run, and there must be no diagnostics.

fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    println!("{}", collatz_steps(27));
}
