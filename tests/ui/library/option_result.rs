//@ run-fail
// Option and Result from rac's library (library/std), through the prelude; unwrap reports the caller's location (#[track_caller]).
fn find(xs: &[i32], target: i32) -> Option<usize> {
    for (i, x) in xs.iter().enumerate() {
        if *x == target {
            return Some(i);
        }
    }
    None
}

fn divide(a: i32, b: i32) -> Result<i32, &'static str> {
    if b == 0 {
        Err("division by zero")
    } else {
        Ok(a / b)
    }
}

fn main() {
    let v = [3, 5, 7];
    match find(&v, 5) {
        Some(i) => println!("found at {}", i),
        None => println!("not found"),
    }
    if let Some(i) = find(&v, 7) {
        println!("7 at {}", i);
    }
    println!("{}", find(&v, 9).is_none());
    println!("{}", find(&v, 3).unwrap());
    println!("{}", find(&v, 4).unwrap_or(99));
    match divide(7, 2) {
        Ok(q) => println!("q = {}", q),
        Err(e) => println!("error: {}", e),
    }
    match divide(1, 0) {
        Ok(q) => println!("q = {}", q),
        Err(e) => println!("error: {}", e),
    }
    let r: Result<u8, bool> = Ok(3);
    println!("{} {}", r.is_ok(), r.ok().unwrap());
    let o: Option<&str> = None;
    println!("{}", o.unwrap());
}
