#![allow(dead_code, unused_variables)]
enum E3 { A, B, C }
fn t1(x: E3) { match x { E3::A | E3::B => {} E3::C => {} _ => {} } }
fn t2(x: Option<bool>) { match x { Some(true) | None => {} None | Some(false) => {} } }
fn t3(x: Option<bool>) { match x { Some(true) | None => {} Some(false) => {} Some(_) => {} } }
fn t4(x: Option<bool>) { match x { Some(true) | None => {} Some(false) | None => {} } }
fn t5(x: Option<E3>) { match x { Some(E3::A | E3::B) => {} Some(E3::C | E3::A) => {} _ => {} } }
fn t6(x: Option<E3>) { match x { Some(E3::A) | Some(E3::B) => {} Some(E3::C | E3::A) => {} _ => {} } }
fn t7(x: u8) { match x { y @ 1 => {} z @ (1 | 2) => {} _ => {} } }
