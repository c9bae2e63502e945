trait Shape: Clone + Send where Self: Sized {
    const SIDES: usize;
    type Item<'a>: Iterator where Self: 'a;
    fn area(&self) -> f64;
    fn name(&self) -> String { String::new() }
}
unsafe trait Zeroable {}
pub auto trait Auto {}
trait Alias = Clone + Send;
impl<T: Clone> Shape for Vec<T> {
    const SIDES: usize = 4;
    type Item<'a> = std::slice::Iter<'a, T> where T: 'a;
    fn area(&self) -> f64 { 0.0 }
}
impl<T> Inherent<T> { pub fn new() -> Self { todo!() } }
unsafe impl Send for Raw {}
impl !Sync for Raw {}
impl<T> const Default for W<T> {}
impl Trait for dyn Other + 'static {}
impl ! {}
