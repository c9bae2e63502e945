#![allow(dead_code, unused_variables)]
fn c1(x: char) { match x { '\0'..='&' => {} '('..='[' => {} ']'..='\u{10ffff}' => {} } }
fn c2(x: char) { match x { '\0'..='\u{7e}' => {} '\u{80}'..='\u{9f}' => {} '\u{a1}'..='\u{300}' => {} '\u{302}'..='\u{10ffff}' => {} } }
fn c3(x: char) { match x { '\0'..='\u{8}' => {} '\u{b}'..='\u{c}' => {} '\u{e}'..='\u{10ffff}' => {} } }
fn c4(x: char) { match x { '\0'..='\u{fefe}' => {} '\u{ff00}'..='\u{10ffff}' => {} } }
fn c5(x: char) { match x { '\0'..='\u{1F600}' => {} '\u{1F602}'..='\u{10ffff}' => {} } }
fn main() {}
