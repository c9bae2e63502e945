#![allow(dead_code, unused_variables)]
fn q1(x: u8) { match x { _ => {} 1 if x > 0 => {} } }
fn q2(x: Option<u8>) { match x { Some(a) if a > 0 => {} Some(b) if b == 0 => {} None => {} } }
fn q3(x: bool) { match x { true if x => {} false if !x => {} } }
fn q4(x: (bool, bool)) { match x { (true, _) if x.1 => {} (true, true) => {} (true, false) => {} (false, _) => {} } }
fn q5(x: &Option<&u8>) { match x { Some(&0) => {} Some(&(1..)) => {} None => {} &None => {} } }
fn q6(x: Option<u8>) { match x { Some(n @ (1 | 2)) if n > 1 => {} Some(n @ 1..=2) => {} Some(m @ (1 | 3)) => {} _ => {} } }
fn q7(x: (u8,)) { match x { (0,) => {} } }
fn q8(x: ()) { match x { () => {} () => {} } }
fn q9(x: u8, c: bool) { match x { 1 | 1 if c => {} _ => {} } }
fn main() {}
