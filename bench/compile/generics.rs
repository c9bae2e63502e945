// Generic functions, generic structs and trait bounds instantiated at many types
// (monomorphization). Outside rac's current subset.

use std::fmt::Display;

trait Monoid: Copy {
    fn zero() -> Self;
    fn combine(self, other: Self) -> Self;
}

impl Monoid for i32 {
    fn zero() -> Self { 0 }
    fn combine(self, o: Self) -> Self { self.wrapping_add(o) }
}
impl Monoid for u64 {
    fn zero() -> Self { 0 }
    fn combine(self, o: Self) -> Self { self.wrapping_add(o) }
}
impl Monoid for f64 {
    fn zero() -> Self { 0.0 }
    fn combine(self, o: Self) -> Self { self + o }
}
impl Monoid for bool {
    fn zero() -> Self { false }
    fn combine(self, o: Self) -> Self { self || o }
}

fn fold_all<T: Monoid>(items: &[T]) -> T {
    let mut acc = T::zero();
    for &x in items {
        acc = acc.combine(x);
    }
    acc
}

#[derive(Debug, Clone)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone + Display> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn render(&self) -> String {
        let parts: Vec<String> = self.items.iter().map(|x| format!("{}", x)).collect();
        parts.join(",")
    }
}

struct Pair<A, B> {
    a: A,
    b: B,
}

impl<A: Display, B: Display> Pair<A, B> {
    fn show(&self) -> String {
        format!("<{} | {}>", self.a, self.b)
    }
    fn swap(self) -> Pair<B, A> {
        Pair { a: self.b, b: self.a }
    }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for &x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn apply_n<T, F: Fn(T) -> T>(mut x: T, n: usize, f: F) -> T {
    for _ in 0..n {
        x = f(x);
    }
    x
}

fn main() {
    println!("{}", fold_all(&[1i32, 2, 3, 4]));
    println!("{}", fold_all(&[10u64, 20, 30]));
    println!("{}", fold_all(&[0.5f64, 0.25, 0.125]));
    println!("{}", fold_all(&[false, true, false]));
    let mut s: Stack<i32> = Stack::new();
    let mut t: Stack<String> = Stack::new();
    let mut u: Stack<f64> = Stack::new();
    for i in 0..5 {
        s.push(i * i);
        t.push(format!("s{}", i));
        u.push(i as f64 / 2.0);
    }
    println!("{:?} {:?} {:?}", s.pop(), t.pop(), u.pop());
    println!("{:?} {:?}", s.peek(), t.peek());
    println!("{} / {} / {}", s.render(), t.render(), u.render());
    let p = Pair { a: 1u8, b: "one" };
    let q = Pair { a: 2.5f32, b: 'c' };
    println!("{} {} {} {}", p.show(), q.show(), p.swap().show(), q.swap().show());
    println!("{} {} {}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]), largest(&['x', 'b']));
    println!("{} {} {}", apply_n(1u64, 10, |x| x * 3), apply_n(1.0f64, 5, |x| x / 2.0), apply_n(String::from("a"), 3, |s| s.clone() + &s));
}
