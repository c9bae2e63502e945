//@ check-fail
struct P {
    x: i32,
    y: i32,
}

enum E {
    B { v: u8 },
}

fn main() {
    let p = P { x: 1, z: 2 }; //~ ERROR struct `P` has no field named `z`
    let q = P { x: 1 }; //~ ERROR missing field `y` in initializer of `P`
    let r = q.w; //~ ERROR no field `w` on type `P`
    let e = E::B { w: 1 }; //~ ERROR variant `E::B` has no field named `w`
    let s = P { x: 1, y: 2, x: 3 }; //~ ERROR field `x` specified more than once
    let t = P { x: 1, y: 2, qqqq: 3 }; //~ ERROR struct `P` has no field named `qqqq`
    let u = p.0; //~ ERROR no field `0` on type `P`
}
