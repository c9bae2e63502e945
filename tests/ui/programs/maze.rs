//@ run-pass
// A small grid program: enums with derives, arrays of arrays, Option of tuples, i32::MIN in range patterns, slicing, formatting.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell { Empty, Wall, Start, End }

struct Maze {
    grid: [[Cell; 5]; 5],
    width: usize,
    height: usize,
}

impl Maze {
    fn new() -> Maze {
        let mut grid = [[Cell::Empty; 5]; 5];
        for i in 0..5 {
            grid[2][i] = Cell::Wall;
        }
        grid[2][4] = Cell::Empty;
        grid[0][0] = Cell::Start;
        grid[4][0] = Cell::End;
        Maze { grid, width: 5, height: 5 }
    }

    fn count(&self, kind: Cell) -> usize {
        let mut n = 0;
        for row in self.grid.iter() {
            for c in row.iter() {
                if *c == kind {
                    n += 1;
                }
            }
        }
        n
    }

    fn find(&self, kind: Cell) -> Option<(usize, usize)> {
        for y in 0..self.height {
            for x in 0..self.width {
                if self.grid[y][x] == kind {
                    return Some((x, y));
                }
            }
        }
        None
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1..=9 => "small",
        _ => "large",
    }
}

fn main() {
    let m = Maze::new();
    println!("walls: {}, empty: {}", m.count(Cell::Wall), m.count(Cell::Empty));
    match m.find(Cell::End) {
        Some((x, y)) => println!("end at ({}, {})", x, y),
        None => println!("no end"),
    }
    println!("{:?}", m.find(Cell::Start));
    println!("{:?}", m.grid[2]);
    let pairs = [(12u64, 18u64), (100, 75), (17, 5)];
    for &(a, b) in pairs.iter() {
        println!("gcd({}, {}) = {}", a, b, gcd(a, b));
    }
    for n in [-5, 0, 7, 42] {
        println!("{} is {}", n, classify(n));
    }
    let mut fib = [0u64; 20];
    fib[1] = 1;
    for i in 2..fib.len() {
        fib[i] = fib[i - 1] + fib[i - 2];
    }
    println!("{:?}", &fib[10..15]);
    let mut acc = 0;
    let mut i = 0;
    while i < fib.len() {
        acc += fib[i];
        i += 3;
    }
    println!("acc = {}, avg = {:.3}", acc, acc as f64 / 7.0);
    let t = (1, 2.5, 'z', "str", true);
    println!("{:?} {} {}", t, t.1 * 2.0, t.2 as u32);
    let x = 255u8;
    println!("{} {:08b} {:#x}", x.wrapping_add(1), x, x);
}
