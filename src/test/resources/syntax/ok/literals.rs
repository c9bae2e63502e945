const A: [&str; 3] = ["a\n\t\\\"", "\x41\u{1F600}", "multi
line"];
const B: u32 = 0x1F + 0o17 + 0b1010_1010 + 1_000_000 + 7u32;
const C: f64 = 1.5 + 1e10 + 2.5E-3 + 1_000.000_1 + 3f64 + 1.;
const D: char = '\'';
const E: u8 = b'\x7f';
const F: &[u8] = b"bytes\0";
const G: &str = r##"raw "# string"##;
const H: &[u8] = br#"raw bytes"#;
const I: &core::ffi::CStr = c"c string";
const J: char = 'é';
const K: &str = "unicode: ü € 😀";
/// doc comment
/** block doc */
// plain comment
/* nested /* block */ comment */
fn lifetimes<'a, 'static_ish>(x: &'a str) -> &'a str { 'label: loop { break 'label x; } }
