//@ run-pass
// Labeled block expressions: break with and without values, nested in loops.
fn f(x: i32) -> i32 {
    let r = 'a: {
        if x > 5 {
            break 'a 1;
        }
        if x < 0 {
            break 'a -1;
        }
        0
    };
    r
}
fn main() {
    println!("{} {} {}", f(10), f(-3), f(2));
    let mut n = 0;
    'outer: for i in 0..10 {
        'blk: {
            if i % 2 == 0 { break 'blk; }
            if i == 7 { break 'outer; }
            n += i;
        }
    }
    println!("{}", n);
    let mut k = 0;
    while k < 10 {
        k += 1;
        'inner: {
            if k == 3 { break 'inner; }
            loop { if k > 0 { break; } }
        }
    }
    println!("{}", k);
    let v = 'x: {
        loop {
            break 'x 42u8;
        }
    };
    println!("{}", v);
    let s: &str = 'q: { if n > 3 { break 'q "big"; } "small" };
    println!("{}", s);
}
