//@ run-pass
// let shadowing, mutable variables, and a variable's type changing with each shadow.

fn main() {
    let x = 5;
    println!("x = {}", x);
    let x = x * 2;
    println!("x = {}", x);
    let x = x > 5;
    println!("x = {}", x);
    let x = "text";
    println!("x = {}", x);
    let mut count: u8 = 0;
    let mut i = 0;
    while i < 10 {
        let i_squared = i * i;
        if i_squared % 3 == 1 {
            count += 1;
        }
        i += 1;
    }
    println!("count = {}", count);
    let count = count + 1;
    println!("count = {}", count);
    let y: i64;
    if count > 3 {
        y = 100;
    } else {
        y = -100;
    }
    println!("y = {}", y);
}
