//@ run-pass
//@ compile-flags: -O
// Pattern tests through LLVM's optimizer: string comparisons, 128-bit and char ranges, ref bindings.

fn kind(s: &str) -> u32 {
    match s {
        "" => 0,
        "a" | "b" => 1,
        "abc" => 2,
        _ => 3,
    }
}

fn wide(v: u128) -> u32 {
    match v {
        0 => 0,
        1..=18446744073709551615 => 1,
        18446744073709551616.. => 2,
    }
}

fn bump(t: &mut (i32, i32)) {
    match t {
        (0, y) => *y += 1,
        (x, _) => *x -= 1,
    }
}

fn main() {
    let mut sum = 0;
    for_each(&mut sum);
    println!("{}", sum);
    println!("{} {} {} {} {}", kind(""), kind("b"), kind("abc"), kind("abcd"), kind("ab"));
    println!("{} {} {}", wide(0), wide(5), wide(18446744073709551616));
    let mut t = (2, 0);
    let mut i = 0;
    while i < 4 {
        bump(&mut t);
        i += 1;
    }
    println!("{} {}", t.0, t.1);
}

fn for_each(sum: &mut u32) {
    let mut c = 0u32;
    while c < 200 {
        let ch = c as u8 as char;
        *sum += match ch {
            'a'..='z' => 1,
            'A'..='Z' => 2,
            '0'..='9' => 3,
            _ => 0,
        };
        c += 1;
    }
}
