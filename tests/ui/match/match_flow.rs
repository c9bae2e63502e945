//@ run-pass
// Control flow through matches: or-patterns binding in different positions, guards that fall
// through to later arms, matches as values and statements, labeled `while let` with `continue`.

fn pick(p: (i32, i32)) -> i32 {
    match p {
        (x, 0) | (0, x) => x,
        (x, y) if x == y => 1000 + x,
        (x, y) if x > y => x - y,
        (_, y) => y,
    }
}

fn through(p: &(i32, (bool, i32))) -> i32 {
    match p {
        (0, (true, n)) | (n, (false, _)) => *n,
        (a, (_, b)) => *a * *b,
    }
}

fn pair() -> (u8, char) {
    (7, 'z')
}

fn main() {
    println!("{} {} {} {} {}", pick((5, 0)), pick((0, 6)), pick((4, 4)), pick((9, 2)), pick((2, 9)));
    println!("{} {} {}", through(&(0, (true, 3))), through(&(8, (false, 1))), through(&(2, (true, 5))));
    match pair() {
        (7, 'a'..='y') => println!("early"),
        (7, c) => println!("late {}", c as u32),
        _ => println!("none"),
    }
    let mut n = 0;
    let mut total = 0;
    'outer: while let 0..=20 = n {
        n += 1;
        match n % 3 {
            0 => continue 'outer,
            1 => total += n,
            _ => {
                if n > 15 {
                    break 'outer;
                }
            }
        }
    }
    println!("{} {}", n, total);
    let mut count = 0;
    for_each_digit(1234, &mut count);
    println!("{}", count);
}

fn for_each_digit(mut v: u32, count: &mut u32) {
    loop {
        match v {
            0 => break,
            d => {
                *count += d % 10;
                v = d / 10;
            }
        }
    }
}
