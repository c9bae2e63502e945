struct Wing;
struct Bird;
impl Wing for Bird {}
fn main() {}
