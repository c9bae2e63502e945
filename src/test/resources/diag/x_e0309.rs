fn keep<'a, T>(x: T) -> Box<dyn Fn() + 'a> {
    Box::new(move || { let _ = &x; })
}
fn main() {}
