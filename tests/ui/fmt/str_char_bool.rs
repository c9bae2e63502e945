//@ run-pass
// Display pads and truncates (precision) strings, chars and bools; Debug escapes strings and chars.

fn main() {
    let s = "hello";
    println!("[{:8}] [{:>8}] [{:^8}] [{:.2}] [{:>6.3}] [{:-<9.1}] [{:.0}]", s, s, s, s, s, s, s);
    println!("[{:5}] [{:^5}] [{:.2}] [{:>7}] [{:?}] [{:6?}]", true, false, true, false, true, false);
    println!("[{:3}] [{:>3}] [{:.0}] [{}] [{:?}]", 'x', 'y', 'z', 'é', 'é');
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", 'a', '\n', '\'', '"', '\\', '\0');
    println!("{:?}", "quote\" backslash\\ newline\n tab\t cr\r nul\0 del\u{7f} bell\u{7} é ü 日本 'single'");
    println!("{:?} {:?}", "", "\u{1b}[0m");
    let r = &&"ref";
    println!("{} {:?} {:>6}", r, r, r);
    println!("[{:ñ^7}] [{:日<4}]", "ab", 1);
    println!("{{literal}} {{{}}}", 5);
    println!("{:?}", "\u{a0}|\u{ad}|\u{300}a\u{300}|\u{200b}|\u{2028}|\u{e000}|\u{378}|\u{1F600}|\u{3000}|\u{feff}|\u{fffd}");
    println!("{:?} {:?} {:?}", '\u{300}', '\u{a0}', '\u{1F600}');
}
