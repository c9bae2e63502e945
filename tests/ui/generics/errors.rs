//@ check-fail
struct W<T> {
    v: T,
}

fn id<T>(x: T) -> T {
    x
}

fn main() {
    let a: W<i32> = W { v: "no" }; //~ ERROR mismatched types
    let c: W<u8> = W { v: 1 };
    let d: u8 = c.v;
}
