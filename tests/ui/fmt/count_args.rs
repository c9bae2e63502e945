//@ run-pass
// Width and precision taken from arguments: `{:1$}`, `{:.*}`, `{:width$}`, `{:.prec$}`, captured names.

fn main() {
    let width = 8;
    let prec = 2;
    let v = 3.14159;
    println!("[{:1$}] [{:.*}] [{:>width$}] [{:.prec$}] [{:>width$.prec$}]", 7, 5, 3, v, "w", v);
    println!("[{v:width$.prec$}] [{0:>1$}] [{:^w2$}]", 9, 4, w2 = 6);
    println!("[{:.*}] [{:>8.*}]", 1, 2.55, 3, 1.0);
    let n: usize = 4;
    println!("[{:n$}] [{:>n$}] [{:.n$}]", "ab", 1, "abcdefgh");
}
