#![allow(dead_code, unused_variables)]
enum Void {}
enum Shape { Circle(u8), Square { side: u8, filled: bool }, Empty }
struct P { x: bool, y: bool, z: u8 }
enum L { Nil, Cons(u8, Void), Many(bool, bool) }
fn m1(x: Option<Option<u8>>) { match x { Some(Some(1 | 2)) => {} Some(None) => {} None => {} } }
fn m2(x: (bool, Option<bool>)) { match x { (true, Some(_)) | (false, None) => {} (_, Some(true)) => {} } }
fn m3(x: P) { match x { P { x: true, .. } => {} P { y: true, z: 0..=9, .. } => {} } }
fn m4(x: Shape) { match x { Shape::Circle(0) => {} Shape::Square { filled: true, .. } => {} } }
fn m5(x: L) { match x { L::Nil => {} L::Many(true, _) => {} } }
fn m6(x: Result<bool, Void>) { match x { Ok(true) => {} } }
fn m7(x: [Option<bool>; 3]) { match x { [None, ..] => {} [_, None, _] => {} [Some(_), Some(_), _] => {} } }
fn m8(x: &[Option<u8>]) { match x { [] => {} [Some(_), ..] => {} [.., None] => {} } }
fn m9(x: (u8, u8)) { match x { (0..=127, _) => {} (_, 0..=127) => {} } }
fn m10(x: &(bool, bool)) { match x { (true, b) => {} &(false, true) => {} } }
fn m11(x: Option<Shape>) { match x { Some(Shape::Empty) => {} None => {} } }
fn m12(x: i16) { match x { i16::MIN..=-1 => {} 1..=i16::MAX => {} } }
fn m13(x: u32) { match x { 0 | 2 | 4 => {} 1..=3 => {} 5.. => {} } }
fn m14(x: Option<bool>) { match x { v @ Some(true) => {} None | Some(false) => {} w @ _ => {} } }
fn m15(x: (bool, bool, bool)) { match x { (true, true, true) => {} (false, false, false) => {} } }
fn m16(x: char) { match x { 'a'..='z' | 'A'..='Z' => {} '0'..='9' => {} '\0'..='/' => {} } }
fn m17(x: Option<u8>) { let (Some(1..=5) | None) = x; }
fn m18(x: Shape) { let Shape::Circle(r) = x; }
fn m19(x: bool) { match x { true => {} false if x => {} } }
fn m20(x: &str) { match x { "a" => {} "b" => {} "a" => {} _ => {} } }
fn m21(x: f32) { match x { 1.0 => {} 0.0..=2.0 => {} 1.0 => {} _ => {} } }
fn m22(x: &[bool]) { match x { [a, rest @ ..] => {} [] => {} [..] => {} } }
fn m23(x: Option<(bool, u8)>) { match x { Some((true, 3) | (false, 3) | (true, 3)) => {} _ => {} } }
fn m24(x: Option<u8>) { match x { None => {} Some(0) | None => {} Some(_) => {} } }
fn m25(x: (bool, u8), (a, 0): (bool, u8)) { }
fn m26(x: L) { match x { L::Nil | L::Many(..) => {} } }
fn m27(x: [u8; 0]) { match x { [] => {} } }
fn m28(x: [bool; 2]) { match x { [true, ..] => {} [.., true] => {} [false, false] => {} [_, _] => {} } }
fn main() {}
