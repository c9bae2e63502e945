trait Shape {}
struct Sq;
impl Shape for Sq {}
fn make() -> dyn Shape { Sq }
fn main() {}
