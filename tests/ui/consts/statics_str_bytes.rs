//@ run-pass
// Immutable statics read like consts, &str consts, byte literals; dead_code names statics.
static GREETING: &str = "hello";
static LIMIT: u32 = 3 * 4;
const DOUBLE: u32 = LIMIT * 2;
static UNUSED: i32 = 0; //~ WARN static `UNUSED` is never used

fn main() {
    println!("{} {} {}", GREETING, LIMIT, DOUBLE);
    let b = b'a';
    let c = b'\n';
    println!("{} {}", b, c);
}
