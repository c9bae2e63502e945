//@ run-pass
// Generic structs, enums, impls and functions, monomorphized; turbofish; nested generic types.
struct Wrapper<T> {
    value: T,
    count: u32,
}

impl<T> Wrapper<T> {
    fn new(value: T) -> Self {
        Wrapper { value, count: 0 }
    }
    fn get(&self) -> &T {
        &self.value
    }
    fn bump(&mut self) {
        self.count += 1;
    }
    fn into_inner(self) -> T {
        self.value
    }
}

enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T> Maybe<T> {
    fn is_just(&self) -> bool {
        match_just(self)
    }
}

fn match_just<T>(_m: &Maybe<T>) -> bool {
    true
}

fn first<A, B>(pair: (A, B)) -> A {
    pair.0
}

fn pick<T>(a: T, b: T, first: bool) -> T {
    if first { a } else { b }
}

struct Pair<A, B>(A, B);

fn main() {
    let mut w = Wrapper::new(5i64);
    w.bump();
    w.bump();
    println!("{} {}", w.get(), w.count);
    let s = Wrapper::new("hi");
    println!("{}", s.into_inner());
    println!("{}", first((1u8, true)));
    println!("{}", first::<bool, i32>((false, 3)));
    println!("{} {}", pick(1, 2, false), pick("a", "b", true));
    let p = Pair(1.5, 'x');
    println!("{} {}", p.0, p.1);
    let m: Maybe<i32> = Maybe::Just(3);
    let n = Maybe::<u8>::Nothing;
    println!("{} {}", m.is_just(), n.is_just());
    let ww: Wrapper<Wrapper<i32>> = Wrapper::new(Wrapper::new(7));
    println!("{}", ww.value.value);
}
