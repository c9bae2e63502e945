//@ run-pass
// `if let` chains with `else if let`, `while let`, `let`-`else` and `matches!`.

fn describe(p: (i32, i32)) -> i32 {
    if let (0, y) = p {
        y
    } else if let (x, 0) = p {
        -x
    } else if p.0 == p.1 {
        100
    } else {
        0
    }
}

fn parse_digit(c: char) -> u32 {
    let d @ '0'..='9' = c else {
        return 99;
    };
    d as u32 - '0' as u32
}

fn main() {
    println!("{} {} {} {}", describe((0, 5)), describe((4, 0)), describe((3, 3)), describe((1, 2)));
    println!("{} {}", parse_digit('7'), parse_digit('x'));
    let mut i = 0;
    while let 0..=3 = i {
        i += 1;
    }
    println!("{}", i);
    let mut state = (0, 1);
    while let (n, m) = state { //~ WARN irrefutable `while let` pattern
        if n > 50 {
            break;
        }
        print!("{} ", n);
        state = (m, n + m);
    }
    println!();
    let n = 5;
    println!("{} {} {}", matches!(n, 1 | 5), matches!(n, x if x > 6), matches!('q', 'a'..='z'));
    if let 1..=9 = n {
        println!("digit");
    }
    let x = if let 5 = n { "five" } else { "other" };
    println!("{}", x);
    let (a, _) = (n, 0) else { return; }; //~ WARN irrefutable `let...else` pattern
    println!("{}", a);
}
