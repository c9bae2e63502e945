//@ run-pass
// println! and print! with several {} placeholders mixing integers, bools and string literals.

fn main() {
    let a = 3;
    let b = 4;
    println!("{} + {} = {}", a, b, a + b);
    println!("{} * {} = {}, and {} > {} is {}", a, b, a * b, a, b, a > b);
    println!("{}{}{}", 1, 2, 3);
    println!("[{}] [{}]", "left", "right");
    println!("{} is {} and {} is {}", "true", true, "false", false);
    println!("negative {} and zero {}", -12345, 0);
    let max: u64 = 18446744073709551615;
    let min: i64 = -9223372036854775808;
    println!("u64 max {}, i64 min {}", max, min);
    print!("{}", "a");
    print!("{} ", "b");
    print!("{}-{}", 1, true);
    print!("\n");
    println!("{}", "multi\nline");
    println!("unicode: {} {}", "héllo", "日本");
    let label = "sum";
    println!("{}: {}", label, 1 + 2 + 3);
}
