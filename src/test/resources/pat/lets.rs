#![allow(dead_code, unused_variables)]
fn l1(x: (u8, bool)) { let (a, true | false | true) = x; }
fn l2((a, true | false | true): (u8, bool)) { }
fn main() {}
