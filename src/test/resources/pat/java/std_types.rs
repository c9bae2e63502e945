#![allow(dead_code, unused_variables)]
// Cases that need std types; checked by MatchCheckTest (Java-built models), not by RustcOutputTest.
fn j6(x: Box<bool>) { match x { b if *b => {} } }
fn j11(x: std::cmp::Ordering) { match x { std::cmp::Ordering::Less => {} } }
fn j19(x: Option<std::num::NonZero<u8>>) { match x { None => {} } }
fn k3(x: std::io::ErrorKind) { match x { std::io::ErrorKind::NotFound => {} } }
fn n1(x: !) { match x {} }
fn n2(x: &std::convert::Infallible) { match *x {} }
fn n3(x: (u8, std::convert::Infallible)) { match x {} }
fn n4(x: Option<std::convert::Infallible>) { match x { None => {} } }
fn n5(x: &Option<std::convert::Infallible>) { match x { None => {} } }
fn main() {}
