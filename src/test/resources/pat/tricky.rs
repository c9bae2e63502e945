#![allow(dead_code, unused_variables)]
enum Void {}
enum E { A, B(bool), C { p: bool, q: u8 } }
fn p1(x: &[u8; 4]) { match x { [1, .., 2] => {} [_, 3, ..] => {} [.., 4, _] => {} } }
fn p2(x: &[bool]) { match x { [true, ..] => {} [.., false] => {} [] => {} } }
fn p3(x: &[bool]) { match x { [] => {} [_] => {} [_, _] => {} [_, _, _, ..] => {} [true, ..] => {} } }
fn p4(x: [E; 2]) { match x { [E::A, _] => {} [_, E::B(true)] => {} [E::C { q: 0, .. }, _] => {} } }
fn p5(x: Result<u8, Void>) { match x { Ok(_) => {} Err(_) => {} } }
fn p6(x: Option<Void>) { match x { None => {} Some(_) => {} } }
fn p7(x: E) { match x { E::C { q: 1..=5, p: true } => {} E::C { p: false, .. } => {} E::A | E::B(_) => {} } }
fn p8(x: i128) { match x { i128::MIN..=0 => {} 2..=i128::MAX => {} } }
fn p9(x: u128) { match x { 0..=100 => {} 102..=u128::MAX => {} 50 => {} } }
fn p10(x: (E, E)) { match x { (E::A, E::A) => {} (E::B(_), _) => {} (_, E::B(_)) => {} } }
fn p11(x: &mut Option<u8>) { match x { Some(0..=9) => {} None => {} } }
fn p12(x: Option<&[u8]>) { match x { Some([]) => {} Some([_, ..]) => {} None => {} Some(_) => {} } }
fn p13(x: u8) { match x { 0..100 => {} 100..200 => {} 200.. => {} 150 => {} } }
fn p14(x: (bool, (bool, bool))) { match x { (true, (true, _) | (_, true)) => {} (false, (false, false)) => {} } }
fn p15(x: Option<u8>) { match x { Some(a) if a > 3 => {} Some(3) => {} None => {} Some(3 | 4) => {} _ => {} } }
fn p16(x: (u8, u8, u8)) { match x { (1, 2, 3) => {} (1, _, _) => {} (_, 2, _) => {} (_, _, 3) => {} } }
fn p17(x: [bool; 3]) { match x { [a, b, c] if a => {} [false, ..] => {} [true, false, ..] => {} } }
fn p18(x: &[u8]) { match x { &[] => {} &[a] => {} &[a, b, ..] if a == b => {} } }
fn p19(x: Option<Option<Option<bool>>>) { match x { Some(Some(Some(true))) => {} Some(None) => {} } }
fn p20(x: E) { let (E::A | E::B(_)) = x; }
fn p21(x: (u8, bool)) { let (0..=9 | 20.., true) = x; }
fn main() {}
