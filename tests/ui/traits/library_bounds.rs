//@ run-pass
// Bounds on the library traits (PartialOrd, Copy, Debug, Display, Clone, Default) and std::cmp.
use std::fmt;
use std::fmt::Display;
use std::cmp;
#[derive(Debug, Clone, Copy, PartialEq)]
struct P { x: i32 }
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}
fn show<T: fmt::Debug>(t: T) { println!("{:?}", t); }
fn disp<T>(t: &T) where T: Display { println!("<{}>", t); }
fn dup<T: Clone>(t: &T) -> (T, T) { (t.clone(), t.clone()) }
fn zero<T: Default>() -> T { T::default() }
fn main() {
    println!("{}", largest(&[3, 7, 2]));
    println!("{}", largest(&[1.5, 0.2]));
    println!("{}", largest(&['a', 'z', 'q']));
    show(P { x: 3 });
    show((1, "a"));
    disp(&5);
    disp(&"hi");
    println!("{:?}", dup(&P { x: 1 }));
    println!("{:?}", dup(&4u8));
    let z: i32 = zero();
    println!("{} {} {:?}", z, zero::<f64>(), zero::<Option<i32>>());
    println!("{} {}", cmp::max(3, 9), std::cmp::min(2.5f64 as i32, 1));
    println!("{}", i64::default());
}
