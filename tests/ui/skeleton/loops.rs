//@ run-pass
// while, loop with break, nested loops: a multiplication table and a search.

fn main() {
    let mut row = 1;
    while row <= 9 {
        let mut col = 1;
        while col <= row {
            print!("{}x{}={} ", col, row, col * row);
            col += 1;
        }
        println!("");
        row += 1;
    }
    // Smallest a, b, c with a*a + b*b == c*c and a + b + c == 1000.
    let mut a = 1;
    let mut found = false;
    loop {
        let mut b = a + 1;
        while b < 1000 - a - b {
            let c = 1000 - a - b;
            if a * a + b * b == c * c {
                println!("{} {} {} product {}", a, b, c, a * b * c);
                found = true;
                break;
            }
            b += 1;
        }
        if found || a > 500 {
            break;
        }
        a += 1;
    }
    let mut n = 0;
    loop {
        n += 1;
        if n * n > 2000 {
            break;
        }
    }
    println!("first square above 2000: {}", n * n);
    let mut countdown = 5;
    while countdown > 0 {
        print!("{}...", countdown);
        countdown -= 1;
    }
    println!("liftoff");
}
