#![allow(dead_code, unused_variables)]
enum E3 { A, B, C }
fn t1(x: (u8, bool)) { match x { (0, true) => {} (1, false) => {} (2..=255, _) => {} } }
fn t2(x: (E3, bool)) { match x { (E3::A, true) => {} (E3::B, false) => {} (E3::C, _) => {} } }
fn t3(x: (bool, bool)) { match x { (true, true) => {} (false, false) => {} } }
fn t4(x: (&[u8], bool)) { match x { ([], true) => {} ([_], false) => {} ([_, _, ..], _) => {} } }
fn t5(x: (bool, E3)) { match x { (false, E3::A) => {} (true, E3::B) => {} } }
fn main() {}
