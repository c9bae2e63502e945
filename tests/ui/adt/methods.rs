//@ run-pass
struct Counter {
    count: u32,
    name: &'static str,
}

impl Counter {
    fn new(name: &'static str) -> Counter {
        Counter { count: 0, name }
    }
    fn tick(&mut self) -> u32 {
        self.count += 1;
        self.count
    }
    fn get(&self) -> u32 {
        self.count
    }
    fn unused(&self) {} //~ WARN associated items `unused` and `also_unused` are never used
    fn also_unused() {}
}

struct Wrapper {
    inner: Counter,
    level: i8,
}

fn bump(c: &mut Counter) {
    c.tick();
}

fn main() {
    let mut c = Counter::new("hits");
    c.tick();
    bump(&mut c);
    let w = Wrapper { inner: c, level: -3 };
    println!("{}: {} at {}", w.inner.name, w.inner.get(), w.level);
    let big = (Counter::new("a"), 5u8);
    println!("{} {}", big.0.name, big.1);
    let v = Counter::new("x").get();
    println!("{}", v);
}
