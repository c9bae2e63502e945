//@ run-pass
// Self::Variant in patterns and expressions, matches! with enum or-patterns, methods on arrays of arrays in a struct.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    fn turn_right(self) -> Self {
        match self {
            Self::North => Self::East,
            Self::East => Direction::South,
            Direction::South => Direction::West,
            Direction::West => Direction::North,
        }
    }
    fn is_vertical(&self) -> bool {
        matches!(self, Direction::North | Direction::South)
    }
}

struct Grid {
    cells: [[u8; 4]; 3],
}

impl Grid {
    fn new() -> Self {
        Grid { cells: [[0; 4]; 3] }
    }
    fn set(&mut self, r: usize, c: usize, v: u8) {
        self.cells[r][c] = v;
    }
    fn row_sum(&self, r: usize) -> u32 {
        let mut s = 0u32;
        for v in self.cells[r].iter() {
            s += *v as u32;
        }
        s
    }
}

fn main() {
    let mut d = Direction::North;
    for _ in 0..5 {
        print!("{:?} ", d);
        d = d.turn_right();
    }
    println!();
    println!("{} {}", d.is_vertical(), Direction::West.is_vertical());
    let mut g = Grid::new();
    g.set(1, 2, 7);
    g.set(1, 3, 5);
    println!("{} {}", g.row_sum(1), g.row_sum(0));
}
