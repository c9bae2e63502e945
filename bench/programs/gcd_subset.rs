// Sum of gcd(i, j) over a square, in rac's current subset (u64 remainder, nested while loops).

fn gcd(a: u64, b: u64) -> u64 {
    let mut x = a;
    let mut y = b;
    while y != 0 {
        let t = x % y;
        x = y;
        y = t;
    }
    x
}

fn main() {
    let size: u64 = 3500;
    let mut sum: u64 = 0;
    let mut coprime: u64 = 0;
    let mut i: u64 = 1;
    while i <= size {
        let mut j: u64 = 1;
        while j <= size {
            let g = gcd(i, j);
            sum += g;
            if g == 1 {
                coprime += 1;
            }
            j += 1;
        }
        i += 1;
    }
    println!("sum of gcd over {}x{}: {}", size, size, sum);
    println!("coprime pairs: {}", coprime);
}
