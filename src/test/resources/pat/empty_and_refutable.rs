#![allow(dead_code, unused_variables)]
enum E {}
enum Two { A, B }
fn g1(x: Option<i32>) { let Some(y) = x; }
fn g2(x: bool) { match x {} }
fn g3(x: Two) { match x {} }
fn g4(x: Option<i32>) { match x { Some(y) if y > 0 => {} None => {} } }
fn g5((a, true): (i32, bool)) {}
fn g6(x: Result<u8, E>) { match x { Ok(_) => {} } }
fn g7(x: &E) { match x {} }
fn g8(x: Option<u8>) { match x { } }
fn g9(x: i32) { let 0..=5 = x; }
fn main() {}
