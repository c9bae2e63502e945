#[path = "mf_aux/other.rs"]
mod other;
fn main() {
    let t = other::Thing;
    t.qqq_method();
}
