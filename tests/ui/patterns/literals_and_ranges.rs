//@ run-pass
// Literal, range, const, or- and binding patterns over integers, chars, bools and &str.

const LIMIT: i32 = 100;
const FLAG: bool = true;
const LETTER: char = 'c';

fn classify(n: i32) -> &'static str {
    match n {
        ..=-1 => "negative",
        0 => "zero",
        1..=9 => "small",
        LIMIT => "limit",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}

fn letter(c: char) -> u32 {
    match c {
        'a'..='z' => 1,
        'A'..='Z' => 2,
        '0'..='9' | '_' => 3,
        _ => 0,
    }
}

fn greet(s: &str) -> i32 {
    match s {
        "hello" => 1,
        "bye" => 2,
        "" => 3,
        _ => 0,
    }
}

fn bucket(x: u8) -> u8 {
    match x {
        0..10 => 0,
        10..100 => 1,
        100.. => 2,
    }
}

fn sign(x: i64) -> i64 {
    match x {
        -1 => -100,
        -9223372036854775808..=-2 => -1,
        0 => 0,
        1..=9223372036854775807 => 1,
    }
}

fn both(a: bool, b: bool) -> u32 {
    match (a, b) {
        (true, true) => 3,
        (true, false) | (false, true) => 1,
        (false, false) => 0,
    }
}

fn main() {
    println!("{} {} {} {} {} {}", classify(-5), classify(0), classify(7), classify(100), classify(42), classify(43));
    println!("{} {} {} {} {}", letter('q'), letter('Q'), letter('5'), letter('_'), letter('!'));
    println!("{} {} {} {}", greet("hello"), greet("bye"), greet(""), greet("hell"));
    println!("{} {} {} {}", bucket(0), bucket(9), bucket(10), bucket(255));
    println!("{} {} {} {}", sign(-1), sign(-7), sign(0), sign(9));
    println!("{} {} {}", both(true, true), both(false, true), both(false, false));
    let s = "abc";
    println!("{} {}", s == "abc", s != "abd");
    let big = 300u128;
    let word = match big {
        0 => "zero",
        1..=299 => "some",
        300 => "exactly",
        _ => "many",
    };
    println!("{}", word);
    let flag = match 3 > 2 {
        FLAG => "flag",
        false => "no",
    };
    let letter = match 'c' {
        LETTER => 1,
        _ => 0,
    };
    println!("{} {}", flag, letter);
}
