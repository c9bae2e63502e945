//@ run-pass
// A module with a public struct, an associated const of struct type, methods taking self, &self and &mut self, f64 math and formatting.
mod geometry {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Vec2 {
        pub x: f64,
        pub y: f64,
    }

    impl Vec2 {
        pub const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 }; //~ WARN associated constant `ZERO` is never used
        pub fn new(x: f64, y: f64) -> Self {
            Self { x, y }
        }
        pub fn len(&self) -> f64 {
            (self.x * self.x + self.y * self.y).sqrt()
        }
        pub fn add(self, o: Vec2) -> Vec2 {
            Vec2::new(self.x + o.x, self.y + o.y)
        }
        pub fn scale(&mut self, k: f64) {
            self.x *= k;
            self.y *= k;
        }
    }
}

use geometry::Vec2;

fn centroid(pts: &[Vec2]) -> Option<Vec2> {
    if pts.is_empty() {
        return None;
    }
    let mut sum = Vec2::new(0.0, 0.0);
    for p in pts {
        sum = sum.add(*p);
    }
    sum.scale(1.0 / pts.len() as f64);
    Some(sum)
}

fn main() {
    let pts = [Vec2::new(1.0, 2.0), Vec2::new(3.0, 4.0), Vec2::new(-1.0, 0.5)];
    let c = centroid(&pts).unwrap();
    println!("{:?}", c);
    println!("{:.4}", c.len());
    println!("{}", centroid(&[]).is_none());
    let mut v = pts[1];
    v.scale(0.5);
    println!("{} {} {}", v.x, v.y, v == Vec2::new(1.5, 2.0));
    let total: f64 = {
        let mut t = 0.0;
        for p in pts.iter() {
            t += p.len();
        }
        t
    };
    println!("{:e} {:>10.2}|", total, total);
    let mut count = [0usize; 3];
    for (i, p) in pts.iter().enumerate() {
        let q = if p.x > 0.0 { 0 } else if p.y > 1.0 { 1 } else { 2 };
        count[q] += i;
    }
    println!("{:?}", count);
}
