//@ run-fail
// char::is_digit asserts 2 <= radix <= 36 inside core.
fn main() {
    let r: u32 = 36;
    println!("{} {}", 'z'.is_digit(r), 'z'.is_digit(r - 1));
    println!("{}", 'a'.is_digit(r + 1));
}
