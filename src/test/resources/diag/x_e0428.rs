struct Thing;
struct Thing;
fn main() {}
