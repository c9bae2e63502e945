trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}
struct Sq;
impl Shape for Sq {
    fn area(&self) -> f64 {
        1.0
    }
}
fn main() {}
