fn empty() {}
pub fn params(a: i32, mut b: &str, (c, d): (u8, u8), _: bool) -> i64 { 0 }
const fn konst() -> usize { 1 }
async fn fut() {}
unsafe fn danger() {}
pub const unsafe extern "C" fn ffi(x: *const u8, ...) -> ! { loop {} }
extern "Rust" fn rust_abi() {}
fn generic<'a, T: Clone + ?Sized, const N: usize>(x: &'a T) -> [u8; N] where T: 'a { todo!() }
fn with_self(&self, other: Self) {}
fn with_self2(&'a mut self) {}
fn with_self3(mut self: Box<Self>) {}
fn decl(x: u8);
fn impl_ret() -> impl Iterator<Item = u8> + Send + 'static { [].into_iter() }
