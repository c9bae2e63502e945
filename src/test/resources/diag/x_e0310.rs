fn boxed<T>(t: T) -> Box<dyn std::any::Any> { Box::new(t) }
fn main() {}
