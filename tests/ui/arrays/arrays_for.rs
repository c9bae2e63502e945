//@ run-fail
// Arrays, slices, indexing, slicing, for loops over ranges and arrays; ends with a bounds-check panic.
const N: usize = 4;

fn sum(xs: &[i32]) -> i32 {
    let mut s = 0;
    for x in xs {
        s += *x;
    }
    s
}

fn main() {
    let a = [1, 2, 3, 4, 5];
    println!("{}", a[0] + a[4]);
    let mut b = [0u8; N];
    b[2] = 7;
    for i in 0..N {
        print!("{} ", b[i]);
    }
    println!();
    println!("{}", sum(&a));
    println!("{}", sum(&a[1..3]));
    println!("{} {}", a.len(), a[2..].len());
    for (i, x) in a.iter().enumerate() {
        print!("{}:{} ", i, x);
    }
    println!();
    for i in (0..5).rev() {
        print!("{}", i);
    }
    println!();
    for c in 'a'..='e' {
        print!("{}", c as u32);
    }
    println!();
    let mut total: u64 = 0;
    'outer: for i in 1..=10u64 {
        for j in 0..i {
            if j == 3 {
                continue 'outer;
            }
            total += j;
        }
    }
    println!("{}", total);
    let mut grid = [[0i32; 3]; 2];
    grid[1][2] = 5;
    for row in grid.iter_mut() {
        for cell in row.iter_mut() {
            *cell += 1;
        }
    }
    println!("{} {}", grid[0][0], grid[1][2]);
    for x in [10, 20, 30] {
        print!("{} ", x);
    }
    println!();
    let s: &[i32] = &a;
    println!("{}", s[s.len() - 1]);
    for i in 250u8..=255 {
        print!("{} ", i);
    }
    println!();
    let idx = seven();
    println!("{}", a[idx]);
}
fn seven() -> usize { 7 }
