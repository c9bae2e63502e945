struct G<'a, 'b: 'a, T: 'a + Clone = u8, const N: usize = 3, U: ?Sized> { x: &'a T }
fn f<T>(x: T) where T: for<'a> Fn(&'a u8), Vec<T>: Debug, 'a: 'b + 'c, {}
fn g() { let x = Vec::<Vec<u8>>::with_capacity(1); let y: Vec<Vec<u8>>= vec![]; h::<{ 1 + 1 }>(); }
impl<T: Iterator<Item: Copy>> S {}
fn rpit() -> impl Sized + use<'a, T> {}
fn ret_notation<T: Trait<method(..): Send>>() {}
