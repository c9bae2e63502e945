//@ run-pass
// if / else as statements and as expressions, nested and chained.

fn max3(a: i32, b: i32, c: i32) -> i32 {
    let ab = if a > b { a } else { b };
    if ab > c { ab } else { c }
}

fn sign(x: i64) -> i64 {
    if x < 0 {
        -1
    } else if x == 0 {
        0
    } else {
        1
    }
}

fn clamp(x: i32, lo: i32, hi: i32) -> i32 {
    if x < lo {
        return lo;
    }
    if x > hi {
        return hi;
    }
    x
}

fn grade(score: u32) -> u32 {
    if score >= 90 {
        4
    } else {
        if score >= 80 {
            3
        } else if score >= 70 {
            2
        } else if score >= 60 {
            1
        } else {
            0
        }
    }
}

fn main() {
    println!("{} {} {}", max3(1, 2, 3), max3(3, 2, 1), max3(-5, -9, -7));
    println!("{} {} {}", sign(-42), sign(0), sign(9000000000));
    println!("{} {} {}", clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10));
    let mut s = 50;
    while s <= 100 {
        print!("{}:{} ", s, grade(s));
        s += 5;
    }
    println!("");
    let x = 7;
    let parity = if x % 2 == 0 { "even" } else { "odd" };
    println!("{} is {}", x, parity);
    let doubled = 2 * if x > 5 { x } else { 0 } + 1;
    println!("{}", doubled);
    if x > 100 {
        println!("big");
    }
    if x < 100 {
        println!("small");
    } else {
        println!("not small");
    }
}
