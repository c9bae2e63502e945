#![allow(dead_code, unused_variables)]
enum Color { Red, Green, Blue, Rgb(u8, u8, u8), Named { name: u8 } }
fn f1(x: Option<i32>) { match x { Some(_) => {} } }
fn f2(x: Option<i32>) { match x { None => {} } }
fn f3(x: i32) { match x { 0 => {} } }
fn f4(x: (bool, bool)) { match x { (true, true) => {} (false, _) => {} } }
fn f5(x: &[u8]) { match x { [] => {} [_] => {} } }
fn f6(x: Color) { match x { Color::Green => {} } }
fn f7(x: u8) { match x { 0..=254 => {} } }
fn f8(x: char) { match x { 'A'..='Z' => {} } }
fn f9(x: u8) { match x { 1 => {} 3 => {} 5 => {} 7 => {} 9 => {} } }
fn f10(x: &str) { match x { "a" => {} } }
fn f11(x: Color) { match x { Color::Red => {} } }
fn f12(x: i8) { match x { -128..=0 => {} 5 => {} } }
fn f13(x: Option<Option<bool>>) { match x { Some(Some(true)) => {} } }
fn f14(x: usize) { match x { 0..=usize::MAX => {} } }
fn f15(x: f64) { match x { 1.0 => {} } }
fn f16(x: [bool; 2]) { match x { [true, _] => {} } }
fn f17(x: Color) { match x { Color::Rgb(0, _, _) => {} Color::Red | Color::Green | Color::Blue => {} Color::Named { .. } => {} } }
fn f18(x: Color) { match x { Color::Rgb(..) => {} Color::Red | Color::Green | Color::Blue => {} Color::Named { name: 3 } => {} } }
fn main() {}
