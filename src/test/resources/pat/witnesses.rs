#![allow(dead_code, unused_variables)]
struct S { a: bool, b: bool, c: u8 }
struct T(bool, u8);
enum N { V { a: bool, b: bool }, W }
fn j1(x: S) { match x { S { a: true, .. } => {} } }
fn j2(x: T) { match x { T(true, _) => {} } }
fn j3(x: N) { match x { N::W => {} } }
fn j4(x: N) { match x { N::W => {} N::V { a: true, b: _ } => {} } }
fn j5(x: &Option<bool>) { match x { None => {} } }
fn j7(x: &[bool; 3]) { match x { [true, ..] => {} } }
fn j8(x: &[bool]) { match x { [true, ..] => {} [] => {} } }
fn j9(x: &[bool]) { match x { [.., true] => {} [] => {} } }
fn j10(x: &&bool) { match x { &&true => {} } }
fn j12(x: (u8, char)) { match x { (0..=255, 'a') => {} } }
fn j13(x: i128) { match x { 0.. => {} } }
fn j14(x: u128) { match x { 0..=5 => {} } }
fn j15(x: isize) { match x { 0.. => {} } }
fn j16(x: char) { match x { '\0'..='\u{10fffe}' => {} } }
fn j17(x: &[u8]) { match x { [1, .., 2] => {} [] | [_] => {} } }
fn j18(x: i64) { match x { i64::MIN..=-5 => {} -3..=i64::MAX => {} } }
fn j20(x: u8) { match x { 0..10 => {} 11.. => {} } }
fn main() {}
fn k1(x: isize) { match x { isize::MIN..=isize::MAX => {} } }
fn k2(x: isize) { match x { 0..=isize::MAX => {} } }
fn k4(x: u8) { match x { 0..=255 => {} } }
fn main() {}
