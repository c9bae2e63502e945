// Structs, impl blocks, traits with default methods, trait objects and operator overloading.
// Outside rac's current subset.

use std::fmt;
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

impl fmt::Display for Vec2 {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({:.2}, {:.2})", self.x, self.y)
    }
}

trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn describe(&self) -> String {
        format!("{} with area {:.3} and perimeter {:.3}", self.name(), self.area(), self.perimeter())
    }
}

struct Circle {
    center: Vec2,
    radius: f64,
}

struct Rect {
    min: Vec2,
    max: Vec2,
}

struct Triangle {
    a: Vec2,
    b: Vec2,
    c: Vec2,
}

fn dist(p: Vec2, q: Vec2) -> f64 {
    ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt()
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.radius * self.radius
    }
    fn perimeter(&self) -> f64 {
        2.0 * std::f64::consts::PI * self.radius
    }
    fn name(&self) -> String {
        format!("circle at {}", self.center)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        (self.max.x - self.min.x) * (self.max.y - self.min.y)
    }
    fn perimeter(&self) -> f64 {
        2.0 * ((self.max.x - self.min.x) + (self.max.y - self.min.y))
    }
    fn name(&self) -> String {
        format!("rect {}-{}", self.min, self.max)
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        ((self.b.x - self.a.x) * (self.c.y - self.a.y) - (self.c.x - self.a.x) * (self.b.y - self.a.y)).abs() / 2.0
    }
    fn perimeter(&self) -> f64 {
        dist(self.a, self.b) + dist(self.b, self.c) + dist(self.c, self.a)
    }
}

struct Counter {
    hits: u32,
    misses: u32,
}

impl Counter {
    fn new() -> Self {
        Counter { hits: 0, misses: 0 }
    }
    fn record(&mut self, hit: bool) {
        if hit {
            self.hits += 1;
        } else {
            self.misses += 1;
        }
    }
    fn ratio(&self) -> f64 {
        self.hits as f64 / (self.hits + self.misses).max(1) as f64
    }
}

fn main() {
    let o = Vec2 { x: 0.0, y: 0.0 };
    let u = Vec2 { x: 1.0, y: 2.0 };
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { center: u * 3.0, radius: 1.5 }),
        Box::new(Rect { min: o, max: u + Vec2 { x: 2.0, y: 0.5 } }),
        Box::new(Triangle { a: o, b: Vec2 { x: 4.0, y: 0.0 }, c: Vec2 { x: 0.0, y: 3.0 } }),
    ];
    let mut counter = Counter::new();
    let mut total = 0.0;
    for s in &shapes {
        println!("{}", s.describe());
        total += s.area();
        counter.record(s.area() > 5.0);
    }
    println!("total area {:.3}, big ratio {:.3}", total, counter.ratio());
    println!("{:?} == {:?}: {}", u, u * 1.0, u == u * 1.0);
}
