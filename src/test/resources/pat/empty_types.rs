#![allow(dead_code, unused_variables)]
enum Void {}
fn v1(x: Void) { match x { _ => {} } }
fn v2(x: Void) { match x { y => {} } }
fn v3(x: (Void, u8)) { match x { (_, 0) => {} } }
fn v5(x: Option<Void>) { match x { None => {} Some(_) => {} _ => {} } }
fn main() {}
