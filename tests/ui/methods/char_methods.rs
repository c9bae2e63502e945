//@ run-pass
// char (and u8) methods built into rac; Unicode properties from tables in rt.c.
fn props(c: char) {
    println!("{:?}: alpha={} num={} alnum={} ws={} up={} low={} ctrl={} ascii={} len={} {}", c, c.is_alphabetic(),
        c.is_numeric(), c.is_alphanumeric(), c.is_whitespace(), c.is_uppercase(), c.is_lowercase(), c.is_control(),
        c.is_ascii(), c.len_utf8(), c.len_utf16());
    println!("  ascii: alpha={} up={} low={} alnum={} digit={} hex={} punct={} graph={} ws={} ctrl={}",
        c.is_ascii_alphabetic(), c.is_ascii_uppercase(), c.is_ascii_lowercase(), c.is_ascii_alphanumeric(),
        c.is_ascii_digit(), c.is_ascii_hexdigit(), c.is_ascii_punctuation(), c.is_ascii_graphic(),
        c.is_ascii_whitespace(), c.is_ascii_control());
    println!("  {} {} {} {}", c.to_ascii_uppercase(), c.to_ascii_lowercase(), c.is_digit(10), c.is_digit(16));
}

fn main() {
    props('a');
    props('Z');
    props('7');
    props(' ');
    props('\n');
    props('~');
    props('é');
    props('Σ');
    props('ß');
    props('٣');
    props('Ⅻ');
    props('½');
    props('\u{3000}');
    props('\u{85}');
    props('中');
    props('😀');
    props('ǅ');
    props('ª');
    println!("{} {} {}", 'A'.eq_ignore_ascii_case(&'a'), 'é'.eq_ignore_ascii_case(&'É'), 'z'.is_digit(36));
    let b: u8 = 113;
    println!("{} {} {}", b.is_ascii_alphabetic(), b.to_ascii_uppercase(), b.eq_ignore_ascii_case(&81));
    println!("{} {} {}", 200u8.is_ascii(), 48u8.is_ascii_digit(), 32u8.is_ascii_whitespace());
}
