//@ run-pass
// All six comparison operators on signed, unsigned and boolean values.

fn compare_i(a: i32, b: i32) {
    println!("{} vs {}: == {} != {} < {} > {} <= {} >= {}", a, b, a == b, a != b, a < b, a > b, a <= b, a >= b);
}

fn compare_u(a: u64, b: u64) {
    println!("{} vs {}: == {} != {} < {} > {} <= {} >= {}", a, b, a == b, a != b, a < b, a > b, a <= b, a >= b);
}

fn compare_b(a: bool, b: bool) {
    println!("{} vs {}: == {} != {} < {} > {} <= {} >= {}", a, b, a == b, a != b, a < b, a > b, a <= b, a >= b);
}

fn main() {
    compare_i(1, 2);
    compare_i(2, 1);
    compare_i(-1, 1);
    compare_i(-2147483648, 2147483647);
    compare_i(5, 5);
    compare_u(0, 18446744073709551615);
    compare_u(9223372036854775808, 9223372036854775807);
    compare_u(7, 7);
    compare_b(false, true);
    compare_b(true, true);
    let x: i8 = -1;
    let y: u8 = 255;
    println!("{} {}", x < 0, y > 254);
}
