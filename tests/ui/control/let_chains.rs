//@ run-pass
//@ edition: 2024
// Let chains (edition 2024): `let` conditions joined with `&&` in `if` and `while`, with else-if,
// values, bindings visible in later conditions, and break/continue inside.
fn classify(a: Option<i32>, b: Option<i32>) -> i32 {
    if let Some(x) = a && x > 3 && let Some(y) = b && y < x {
        x * 10 + y
    } else if let Some(x) = a && x < 0 {
        -1
    } else {
        0
    }
}

fn main() {
    println!("{}", classify(Some(5), Some(2)));
    println!("{}", classify(Some(5), Some(9)));
    println!("{}", classify(Some(-4), None));
    println!("{}", classify(None, Some(1)));
    let v = [Some(1), Some(2), None, Some(4)];
    let mut i = 0;
    while i < v.len() && let Some(n) = v[i] {
        println!("item {}", n);
        i += 1;
        if n == 100 { break; }
    }
    let mut total = 0;
    for k in 0..6 {
        if k < 4 && let Some(n) = v[k] && n % 2 == 0 {
            total += n;
            continue;
        }
        if k == 5 { break; }
    }
    println!("total {}", total);
    let flag = true;
    if flag && let Some(x) = Some(3) {
        println!("flag {}", x);
    }
}
