#![allow(dead_code, unused_variables)]
enum Void {}
enum E {}
fn h1(x: Option<i32>) { match x { Some(_) => {} None => {} Some(3) => {} } }
fn h2(x: u8) { match x { 0..=10 => {} 11..=255 => {} 5 => {} } }
fn h3(x: u8) { match x { _ => {} 5 => {} } }
fn h4(x: bool) { match x { true | false | true => {} } }
fn h5(x: Option<bool>) { match x { Some(true) => {} Some(false) => {} None => {} _ => {} } }
fn h6(x: Result<u8, E>) { match x { Ok(_) => {} Err(_) => {} } }
fn h7(x: u8) { match x { 1 => {} 1 => {} _ => {} } }
fn h8(x: (bool, bool)) { match x { (true, _) => {} (_, true) => {} (true, true) => {} _ => {} } }
fn h9(x: u8) { match x { y => {} 5 => {} } }
fn h10(x: Option<u8>) { match x { Some(1 | 2 | 1) => {} _ => {} } }
fn h11(x: u8) { match x { 1 if true => {} 1 => {} 1 => {} _ => {} } }
fn h12(x: [u8; 2]) { match x { [_, ..] => {} [1, 2] => {} } }
fn i1(x: u8) { match x { 1 => {} 1 => {} 1 => {} _ => {} } }
fn i2(x: u8) { match x { 1 => {} 2 => {} 1 | 2 => {} 1..=2 => {} _ => {} } }
fn i3(x: (bool,bool)) { match x { (true,_) => {} (false,_) => {} (_, true) => {} _ => {} } }
fn i4(x: u8) { match x { 0 => {} 1 => {} 2 => {} 3 => {} 4 => {} 0..=5 => {} 0..=4 => {} _ => {} } }
fn i5(x: Option<u8>) { match x { Some(1) if true => {} Some(1) => {} Some(_) if false => {} None => {} Some(1) => {} _ => {} } }
fn i6(x: Result<u8, Void>) { match x { Ok(y) => {} Err(e) => {} } }
fn i7(x: (u8, bool)) { match x { (_, true) => {} (0, _) => {} (0, false) => {} _ => {} } }
fn i8x(x: &[bool]) { match x { [] => {} [.., true] => {} [false, ..] => {} [_, _] => {} [true, .., false] => {} _ => {} } }
fn main() {}
