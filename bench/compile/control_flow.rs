// Loops, breaks, early returns and bool logic, inside rac's current subset.

fn digit_sum(n: u64) -> u64 {
    let mut x = n;
    let mut s: u64 = 0;
    while x > 0 {
        s += x % 10;
        x /= 10;
    }
    s
}

fn is_harshad(n: u64) -> bool {
    n > 0 && n % digit_sum(n) == 0
}

fn first_divisor(n: u64) -> u64 {
    let mut d: u64 = 2;
    loop {
        if d * d > n {
            return n;
        }
        if n % d == 0 {
            return d;
        }
        d += 1;
    }
}

fn classify(n: i32) -> i32 {
    if n < 0 {
        -1
    } else if n == 0 {
        0
    } else if n < 10 {
        1
    } else if n < 100 {
        2
    } else {
        3
    }
}

fn count_steps(limit: u32) -> u32 {
    let mut steps: u32 = 0;
    let mut i: u32 = 0;
    'outer: while i < limit {
        let mut j: u32 = 0;
        while j < limit {
            if i * j > limit * 3 {
                i += 1;
                continue 'outer;
            }
            if i + j == limit + 7 {
                break 'outer;
            }
            steps += 1;
            j += 1;
        }
        i += 1;
    }
    steps
}

fn triangle_row(n: u64) -> u64 {
    let mut total: u64 = 0;
    let mut k: u64 = 1;
    while k <= n {
        total += k;
        k += 1;
    }
    total
}

fn main() {
    let mut harshad: u32 = 0;
    let mut n: u64 = 1;
    while n <= 1000 {
        if is_harshad(n) {
            harshad += 1;
        }
        n += 1;
    }
    println!("harshad numbers up to 1000: {}", harshad);
    println!("first divisors: {} {} {} {}", first_divisor(91), first_divisor(97), first_divisor(1001), first_divisor(65537));
    println!("classes: {} {} {} {} {}", classify(-5), classify(0), classify(7), classify(42), classify(420));
    println!("steps: {}", count_steps(50));
    let mut r: u64 = 1;
    while r <= 5 {
        println!("triangle({}) = {}", r * 10, triangle_row(r * 10));
        r += 1;
    }
    let mut flag = false;
    let mut toggles: u32 = 0;
    loop {
        flag = !flag;
        toggles += 1;
        if toggles >= 11 {
            break;
        }
    }
    println!("flag after {} toggles: {}", toggles, flag);
}
