//@ run-pass
// Trait bounds on generic functions and impls, supertraits, blanket impls, generic traits.
trait Named {
    fn name(&self) -> &'static str;
}
trait Greet: Named {
    fn greet(&self) -> usize {
        self.name().len()
    }
}
struct Dog;
struct Cat {
    lives: u32,
}
impl Named for Dog {
    fn name(&self) -> &'static str {
        "dog"
    }
}
impl Named for Cat {
    fn name(&self) -> &'static str {
        "cat"
    }
}
impl Greet for Dog {}
impl Greet for Cat {
    fn greet(&self) -> usize {
        self.lives as usize
    }
}
trait Describe {
    fn describe(&self) -> usize;
}
impl<T: Greet> Describe for T {
    fn describe(&self) -> usize {
        self.greet() * 10
    }
}
trait Convert<T> {
    fn convert(&self) -> T;
}
impl Convert<i64> for i32 {
    fn convert(&self) -> i64 {
        *self as i64 * 1000
    }
}
impl Convert<bool> for i32 {
    fn convert(&self) -> bool {
        *self != 0
    }
}
struct Wrapper<T> {
    inner: T,
}
impl<T> Wrapper<T>
where
    T: Greet,
{
    fn twice(&self) -> usize {
        self.inner.greet() * 2
    }
}
fn loudest<A: Greet, B>(a: &A, b: &B) -> usize
where
    B: Greet + Named,
{
    if a.greet() > b.greet() { a.greet() } else { b.greet() + b.name().len() }
}
fn total(items: &[u32], f: &impl Describe) -> u32 {
    let mut t = 0;
    for i in items {
        t += i;
    }
    t + f.describe() as u32
}
fn main() {
    let d = Dog;
    let c = Cat { lives: 9 };
    println!("{} {}", d.name(), c.name());
    println!("{} {}", d.greet(), c.greet());
    println!("{} {}", d.describe(), c.describe());
    println!("{}", loudest(&d, &c));
    println!("{}", loudest(&c, &d));
    let x: i64 = 7i32.convert();
    let y: bool = 0i32.convert();
    println!("{} {}", x, y);
    let w = Wrapper { inner: Cat { lives: 3 } };
    println!("{}", w.twice());
    println!("{}", total(&[1, 2, 3], &d));
}
